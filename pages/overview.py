"""总览 Overview: the whole region, the four focus areas outlined, every project passing the filters."""

import streamlit as st

from geo.i18n import t
from geo.outputs import stats
from geo.web import maps, panels, safe, sidebar, state

opts = sidebar.sidebar()
lang = opts.lang
st.title(t("app.title", lang))
st.caption(t("app.subtitle", lang))

items = sidebar.filtered(opts)
if not opts.projects:
    st.info(t("empty.db", lang))
elif not items:
    st.info(t("empty.filtered", lang))
panels.key_figures(stats.key_figures(items, documents=len(state.documents())), lang)
# The map before anything heavier: the browser starts its frame while it draws what follows (issue 16).
maps.show_map(items, area=opts.filters.area, opts=opts, key="overview_map")

left, mid, right = st.columns(3)
for col, table in zip((left, mid, right), (stats.count_table(items, "type", lang),
                                           stats.count_table(items, "stage", lang), stats.area_table(items, lang))):
    col.markdown(safe.md_table(list(table.columns), table.values.tolist()))
