"""文件 Documents: the documents, a reader with every mention highlighted, and upload."""

import streamlit as st

from geo.i18n import t
from geo.web import reader, ui

opts = ui.sidebar()
lang = opts.lang
st.title(t("page.documents", lang))
docs = ui.documents()
st.dataframe(ui.document_table(docs, lang), hide_index=True, width="stretch", placeholder="—")

ui.upload_box(lang)

if docs:
    st.subheader(t("reader", lang))
    name = ui.reader_choice(docs, lang)
    text = ui.document_text(name)
    marks = reader.document_mentions(opts.projects, name)
    st.caption(t("reader.hint", lang).format(n=len(marks)))
    focus = ui.reader_focus()
    st.markdown(reader.highlight(text, marks, link="/projects?project={id}", focus=focus), unsafe_allow_html=True)
    if focus is not None:
        ui.scroll_to("pa-focus")
