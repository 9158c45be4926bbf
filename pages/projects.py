"""项目库 Projects: every project in a sortable table."""

import streamlit as st

from geo import ui
from geo.i18n import t

opts = ui.sidebar()
lang = opts["lang"]
st.title(t("page.projects", lang))
items = ui.projects()
if not items:
    st.info(t("empty.db", lang))
st.dataframe(ui.project_table(items, lang), hide_index=True, use_container_width=True)
