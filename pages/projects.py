"""项目库 Projects: every project in a searchable, sortable table; one selected opens its detail."""

import streamlit as st

from geo.i18n import t
from geo.web import maps, panels, sidebar

opts = sidebar.sidebar()
lang = opts.lang
st.title(t("page.projects", lang))
items = sidebar.filtered(opts)
if not opts.projects:
    st.info(t("empty.db", lang))
elif not items:
    st.info(t("empty.filtered", lang))
st.caption(t("projects.hint", lang).format(n=len(items)))
event = st.dataframe(
    panels.project_table(items, lang), hide_index=True, width="stretch", placeholder="—",
    on_select="rerun", selection_mode="single-row", key="project_table",
)
panels.export_box(items, opts)
chosen = panels.selected_project(items, event.selection.rows)
if chosen is not None:
    left, right = st.columns([1, 1])
    with left:
        panels.project_detail(chosen, lang)
    with right:
        maps.show_map([chosen], area=None, opts=opts, key="project_map", height=420,
                      frame_to=maps.surroundings(chosen))
