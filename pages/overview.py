"""总览 Overview: the whole region, the four focus areas outlined, every located project."""

import streamlit as st

from geo import ui
from geo.i18n import t

opts = ui.sidebar()
lang = opts["lang"]
st.title(t("app.title", lang))
st.caption(t("app.subtitle", lang))

items = ui.projects()
if not items:
    st.info(t("empty.db", lang))
located = sum(1 for p in items if p["geometry"])
cols = st.columns(4)
cols[0].metric(t("metric.projects", lang), len(items))
cols[1].metric(t("metric.located", lang), located)
cols[2].metric(t("metric.unlocated", lang), len(items) - located)
cols[3].metric(t("metric.documents", lang), len(ui.documents()))
ui.show_map(items, area=None, opts=opts, key="overview_map")
