"""Plan Atlas (规划一张图): entry script; picks the page and draws the shared sidebar."""

from pathlib import Path

import streamlit as st

from geo.i18n import t

HERE = Path(__file__).parent
st.set_page_config(page_title="规划一张图 Plan Atlas", page_icon=str(HERE / "static" / "favicon.png"), layout="wide")

lang = st.session_state.get("lang", st.query_params.get("lang", "zh"))
pages = [
    st.Page("pages/overview.py", title=t("page.overview", lang), icon=":material/map:", default=True),
    st.Page("pages/projects.py", title=t("page.projects", lang), icon=":material/table_view:"),
    st.Page("pages/documents.py", title=t("page.documents", lang), icon=":material/description:"),
]
st.navigation(pages).run()
