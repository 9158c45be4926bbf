"""文件 Documents: the documents, a reader with every mention highlighted, and upload."""

import streamlit as st

from geo.i18n import t
from geo.web import docdates, panels, reader, sidebar, state

opts = sidebar.sidebar()
lang = opts.lang
st.title(t("page.documents", lang))
docs = state.documents()
st.dataframe(panels.document_table(docs, lang), hide_index=True, width="stretch", placeholder="—")

panels.upload_box(lang)
docdates.date_box(docs, lang)

if docs:
    st.subheader(t("reader", lang))
    name = panels.reader_choice(docs, lang)
    text = state.document_text(name)
    marks = reader.document_mentions(opts.projects, name)
    st.caption(t("reader.hint", lang).format(n=len(marks)))
    focus = reader.focus_offset(marks, panels.reader_focus())
    # One HTML block, never Markdown: indented, numbered paragraphs stay text (issue 14, item 2).
    st.html(reader.highlight(text, marks, link="/projects?project={id}", focus=focus))
    if focus is not None:
        panels.scroll_to("pa-focus")
