"""文件 Documents: the documents, a reader with every mention highlighted, and upload."""

import streamlit as st

from geo.i18n import t
from geo.web import panels, reader, safe, sidebar, state

opts = sidebar.sidebar()
lang = opts.lang
st.title(t("page.documents", lang))
docs = state.documents()
st.dataframe(panels.document_table(docs, lang), hide_index=True, width="stretch", placeholder="—")

panels.upload_box(lang)

if docs:
    st.subheader(t("reader", lang))
    name = panels.reader_choice(docs, lang)
    text = state.document_text(name)
    marks = reader.document_mentions(opts.projects, name)
    st.caption(t("reader.hint", lang).format(n=len(marks)))
    focus = panels.reader_focus()
    st.markdown(safe.html_block(reader.highlight(text, marks, link="/projects?project={id}", focus=focus)),
                unsafe_allow_html=True)
    if focus is not None:
        panels.scroll_to("pa-focus")
