"""审核 Review: the queue of extracted projects, neediest first, one at a time; editors decide with a key."""

from dataclasses import replace

import streamlit as st

from geo import filters
from geo.i18n import t
from geo.model import ReviewState
from geo.web import maps, panels, review, sidebar, state

opts = sidebar.sidebar()
lang = opts.lang
st.title(t("page.review", lang))
user = panels.login_box(lang)
editor = user is not None and user.can_edit
if not editor:
    st.info(t("review.readonly", lang))

shown = opts.projects  # every project still shown (not rejected or merged away)
# The sidebar's filters narrow the queue (an area, a type, a document); its review filter is this page's own.
passing = filters.apply(shown, replace(opts.filters, review=())) if not opts.filters.is_empty() else shown
summary = t("review.summary", lang).format(pending=sum(p.review is ReviewState.PENDING for p in passing),
                                           confirmed=sum(p.review is ReviewState.CONFIRMED for p in passing))
if len(passing) < len(shown):  # the same figures as the queue below, and the whole register's
    summary += t("review.summary.filtered", lang).format(
        pending=sum(p.review is ReviewState.PENDING for p in shown))
st.caption(summary)
which = st.segmented_control(t("review.queue", lang), [str(s) for s in ReviewState], key="review_state",
                             default=str(ReviewState.PENDING), format_func=lambda s: t(f"review.{s}", lang))
wanted = {p.id for p in passing} if passing is not shown else None
items = [i for i in state.review_queue(which or str(ReviewState.PENDING))
         if wanted is None or i.project.id in wanted or i.project.review in (ReviewState.REJECTED, ReviewState.MERGED)]
names = {p.id: p.name for p in shown}

review.show_message()
if not items:
    st.success(t("review.empty", lang))
    if editor:
        st.button(t("review.undo", lang), key="review_undo", on_click=review.undo_last, args=(names,))
        review.keys_script()
    st.stop()

pos = review.cursor(items)
item = items[pos]
project = item.project
review.navigation(pos, len(items), lang)
review.card(item, names=names, lang=lang)
if editor:
    review.actions(item, names=names, lang=lang)

left, right = st.columns([3, 2])
with left:
    review.sources(project, lang)
with right:
    # Framed on the project's area, so a point is seen among its districts; a line is framed on itself,
    # and a project in none of the areas on its surroundings (else a faint dot on the whole region).
    line = project.located and (project.geometry or {}).get("type") != "Point"
    maps.show_map([project], area=project.areas[0] if project.areas else None, opts=opts, key="review_map",
                  height=340, frame_to=maps.surroundings(project) if line or not project.areas else None)

if editor:
    with st.expander(t("review.merge", lang)):
        review.merge_box(item, names=names, lang=lang)
    with st.expander(t("review.edit", lang)):
        review.edit_form(project, lang)
    with st.expander(t("reg.edit", lang)):
        review.register_form(project, lang)
    if st.toggle(t("review.place", lang), key="review_place"):  # the drawing map only when asked for
        drawn = maps.draw_location(project, opts, lang)
        review.place_box(project, drawn, lang)
review.keys_script()
