"""Plan Atlas (规划一张图): entry script; picks the page. Each page draws the shared sidebar."""

from pathlib import Path

import streamlit as st

from geo import settings
from geo.i18n import t

HERE = Path(__file__).parent
st.set_page_config(page_title="规划一张图 Plan Atlas", page_icon=str(HERE / "static" / "favicon.png"), layout="wide")

# The sidebar's language radio is bound to ?lang= (Streamlit writes the option's label there).
_query_lang = {"English": "en", "en": "en", "中文": "zh", "zh": "zh"}.get(st.query_params.get("lang", ""))
lang = st.session_state.get("lang") or _query_lang or settings.get("PLAN_ATLAS_LANG")
AREA_PAGES = [("luyongjiang", "泸永江"), ("tongnan", "潼南"), ("longmatan", "龙马潭"), ("qijiang", "綦江")]
pages = {
    t("nav.browse", lang): [
        st.Page("pages/overview.py", title=t("page.overview", lang), icon=":material/map:", default=True),
        *[
            st.Page(f"pages/area_{slug}.py", title=name, icon=":material/location_on:", url_path=slug)
            for slug, name in AREA_PAGES
        ],
        st.Page("pages/meeting.py", title=t("meeting.page", lang), icon=":material/co_present:", url_path="meeting"),
    ],
    t("nav.data", lang): [
        st.Page("pages/projects.py", title=t("page.projects", lang), icon=":material/table_view:"),
        st.Page("pages/documents.py", title=t("page.documents", lang), icon=":material/description:"),
        st.Page("pages/progress.py", title=t("page.progress", lang), icon=":material/timeline:"),
    ],
}
st.navigation(pages).run()
