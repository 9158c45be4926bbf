"""Plan Atlas (规划一张图): entry script; picks the page. Each page draws the shared sidebar."""


import streamlit as st

from geo import settings
from geo.i18n import t
from geo.places import focus_areas
from geo.web import nodelay, safe

# The icon by its static URL: a file path is read and registered as media on every run of every
# session (a tenth of the server's CPU with 20 sessions opening at once, issue 16).
# Streamlit's server leaves Nagle's algorithm on for its connections: every request after a connection's
# first waited ~40 ms for the browser's delayed ACK (geo.web.nodelay). Once per process.
nodelay.enable_for_server()
st.set_page_config(page_title="规划一张图 Plan Atlas", page_icon="/app/static/favicon.png", layout="wide")

# Every page's URL is its file name, so a deep link resolves the same way before and after
# Streamlit leaves its old pages/-folder mode (see geo.web.sidebar._leave_pages_directory_mode).
# The sidebar's language radio is bound to ?lang= (Streamlit writes the option's label there).
_query_lang = {"English": "en", "en": "en", "中文": "zh", "zh": "zh"}.get(st.query_params.get("lang", ""))
lang = st.session_state.get("lang") or _query_lang or settings.get("PLAN_ATLAS_LANG")
# The overview is served at the root; its own name (its hash) is not "overview", which the hidden
# page below takes so that /overview, the URL its file name suggests, leads to the root.
overview = st.Page("pages/overview.py", title=t("page.overview", lang), icon=":material/map:", default=True,
                   url_path="home")


def _to_overview() -> None:
    """Send /overview (the overview's file name, the one page served at the root) to the root."""
    st.switch_page(overview, query_params=st.query_params.to_dict())


pages = {
    t("nav.browse", lang): [
        overview,
        *[
            st.Page(f"pages/{area.slug}.py", title=area.name, icon=":material/location_on:")
            for area in focus_areas()
        ],
        st.Page("pages/meeting.py", title=t("meeting.page", lang), icon=":material/co_present:"),
    ],
    t("nav.data", lang): [
        st.Page("pages/projects.py", title=t("page.projects", lang), icon=":material/table_view:"),
        st.Page("pages/documents.py", title=t("page.documents", lang), icon=":material/description:"),
        st.Page("pages/progress.py", title=t("page.progress", lang), icon=":material/timeline:"),
        st.Page("pages/review.py", title=t("page.review", lang), icon=":material/fact_check:"),
        # Hidden: /overview is not "Page not found" (the overview itself is the root URL).
        st.Page(_to_overview, title=t("page.overview", lang), url_path="overview", visibility="hidden"),
    ],
}
with safe.errors_as_message(lang):  # every page: a message with an error id, the traceback to the log only
    st.navigation(pages).run()
