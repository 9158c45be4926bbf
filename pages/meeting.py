"""会议演示 Meeting mode: a projector view stepping through the region, the areas, chosen projects."""

import datetime as dt
from dataclasses import replace
from urllib.parse import urlencode

import streamlit as st

from geo import filters
from geo.i18n import t
from geo.outputs import meeting
from geo.web import maps, panels, present, safe, sidebar


def turn(delta: int, n: int) -> None:
    """Move the presentation ``delta`` steps (button callback, runs before the rerun)."""
    st.session_state.meeting_step = meeting.shift(st.session_state.get("meeting_step", 0), delta, n)


opts = sidebar.sidebar()
lang = opts.lang
present.screen()
f = opts.filters
if st.session_state.get("meeting_verified"):  # the checkbox in the header's picker (issue 13)
    f = replace(f, review=("confirmed",))
today = f.as_of or dt.date.today()
items = filters.apply(opts.projects, replace(f, area=None))  # the steps choose the area

names = {p.id: p.name for p in items}
# The project picker is drawn in the header below; its choice (from the last run) shapes the steps.
chosen = [pid for pid in st.session_state.get("meeting_projects", []) if pid in names]
if "meeting_projects" in st.session_state:  # drop projects a changed filter has removed
    st.session_state.meeting_projects = chosen
steps = meeting.steps(project_ids=chosen)
if "meeting_step" not in st.session_state:
    st.session_state.meeting_step = meeting.initial_index(steps, f.area)
i = st.session_state.meeting_step % len(steps)
step = steps[i]
shown = meeting.step_items(items, step)

prev, head, tools, nxt = st.columns([1, 7, 1.4, 1], vertical_alignment="center")
prev.button(f"◀ {t('meeting.prev', lang)}", key="meeting_prev", on_click=turn, args=(-1, len(steps)),
            width="stretch")
nxt.button(f"{t('meeting.next', lang)} ▶", key="meeting_next", on_click=turn, args=(1, len(steps)),
           width="stretch")
title = meeting.step_title(step, items, lang)
head.title(safe.md(title) if step.kind == "project" else title)  # a project's name is document text
head.caption(" · ".join(x for x in (
    t("meeting.page", lang), t("meeting.step", lang).format(i=i + 1, n=len(steps)),
    t("meeting.today", lang).format(date=today.isoformat()), meeting.filters_line(f, lang),
    maps.area_caption(step.area, lang) if step.kind == "area" else "", t("meeting.keys", lang),
) if x))
with tools.popover(t("meeting.choose", lang), width="stretch"):
    st.multiselect(
        t("meeting.choose", lang), list(names), key="meeting_projects", format_func=names.get,
        help=t("meeting.choose.hint", lang), placeholder=t("meeting.choose.hint", lang), select_all=False,
    )
    st.checkbox(t("meeting.verified_only", lang), key="meeting_verified")
back = urlencode({k: st.query_params.get_all(k) for k in st.query_params}, doseq=True)  # keeps filters
tools.markdown(f'<a href="./?{back}" target="_self">{t("meeting.exit", lang)}</a>', unsafe_allow_html=True)

if step.kind == "project":
    left, right = st.container(key="meeting_body").columns([3, 2])
    area = meeting.project_area(shown[0]) if shown else None
    with left:
        maps.show_map(shown, area=area, opts=opts, key="meeting_map", height=present.BODY_PX, frame_to=shown)
    with right.container(height=present.BODY_PX, border=False):  # long sources scroll in their box
        for p in shown:
            panels.project_detail(p, lang)
else:
    figures = meeting.key_figures(shown, today=today)
    for col, (label, value) in zip(st.columns(len(figures)), figures.items()):
        col.metric(t(label, lang), value, border=True)
    left, right = st.container(key="meeting_body").columns([3, 2])
    with left:
        if not shown:
            st.info(t("meeting.empty", lang))
        maps.show_map(shown, area=step.area, opts=opts, key="meeting_map", height=present.BODY_PX)
    with right:
        st.subheader(t("meeting.funnel", lang))
        st.altair_chart(meeting.funnel_chart(meeting.funnel(shown), lang, row_px=present.FUNNEL_ROW_PX,
                                            width_px=present.CHART_PX), width="content")
        st.caption(t("meeting.funnel.outside", lang).format(**meeting.outside_funnel(shown)))
        st.subheader(t("meeting.timeline", lang))
        bars, total = meeting.timeline(shown, today=today, limit=present.TIMELINE_BARS)
        if bars:
            st.altair_chart(meeting.timeline_chart(bars, today=today, lang=lang, row_px=present.TIMELINE_ROW_PX,
                                                  width_px=present.CHART_PX), width="content")
        st.caption(t("meeting.timeline.caption", lang).format(n=len(bars), total=total))
