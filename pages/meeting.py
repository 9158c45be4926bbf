"""会议演示 Meeting mode: a projector view stepping through the region, the areas, chosen projects."""

import datetime as dt
from dataclasses import replace
from urllib.parse import urlencode

import streamlit as st

from geo import filters
from geo.i18n import t
from geo.outputs import meeting
from geo.web import maps, panels, safe, sidebar

# Large type, no sidebar: the filters still come from the shared sidebar (and the URL it binds).
CSS = """<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stExpandSidebarButton"], header[data-testid="stHeader"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 1rem 2rem 2rem !important; max-width: 100% !important;
}
[data-testid="stMainBlockContainer"] p { font-size: 1.25rem; }
[data-testid="stCaptionContainer"] p { font-size: 1.1rem; }
h1 { font-size: 3.2rem !important; padding: 0 !important; }
h3 { font-size: 1.8rem !important; }
[data-testid="stMetricValue"] p { font-size: 3.2rem !important; font-weight: 700; line-height: 1.1;
}
[data-testid="stMetricLabel"] p { font-size: 1.3rem !important; }
.st-key-meeting_prev button p, .st-key-meeting_next button p { font-size: 1.5rem; }
.st-key-meeting_prev button, .st-key-meeting_next button { min-height: 3.6rem; }
</style>"""

# ← → (and a clicker's PageUp/PageDown) press the buttons; typing in a field is left alone. A clicker
# keeps working after someone has clicked into the map: its PageUp/PageDown are caught in the map's
# (same-origin) frame too, while the arrows there keep panning the map as Leaflet users expect.
KEYS = """<script>
(() => {
  const press = (name) => {
    const button = document.querySelector(`.st-key-meeting_${name} button`);
    if (!button) return false;
    window.__paMeetingPresses = (window.__paMeetingPresses || 0) + 1;
    button.click();
    return true;
  };
  const handler = (keys) => (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || !e.target) return;
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) || e.target.isContentEditable) return;
    const name = keys[e.key];
    if (name && press(name)) e.preventDefault();
  };
  if (window.__paMeetingKeys) document.removeEventListener("keydown", window.__paMeetingKeys);
  window.__paMeetingKeys = handler({ArrowRight: "next", PageDown: "next", ArrowLeft: "prev", PageUp: "prev"});
  document.addEventListener("keydown", window.__paMeetingKeys);
  const clicker = handler({PageDown: "next", PageUp: "prev"});
  const watch = () => document.querySelectorAll("iframe").forEach((frame) => {
    if (!frame.__paLoad) { frame.addEventListener("load", watch); frame.__paLoad = true; }
    try {
      const doc = frame.contentDocument;
      if (doc && !doc.__paClicker) { doc.addEventListener("keydown", clicker); doc.__paClicker = true; }
    } catch (err) { /* a frame from elsewhere: leave it alone */ }
  });
  if (window.__paMeetingFrames) window.__paMeetingFrames.disconnect();
  window.__paMeetingFrames = new MutationObserver(watch);
  window.__paMeetingFrames.observe(document.body, {childList: true, subtree: true});
  watch();
})();
</script>"""


def turn(delta: int, n: int) -> None:
    """Move the presentation ``delta`` steps (button callback, runs before the rerun)."""
    st.session_state.meeting_step = meeting.shift(st.session_state.get("meeting_step", 0), delta, n)


opts = sidebar.sidebar()
lang = opts.lang
st.html(CSS)
f = opts.filters
if st.session_state.get("meeting_verified"):  # the checkbox at the end of the page (issue 13)
    f = replace(f, review=("confirmed",))
today = f.as_of or dt.date.today()
items = filters.apply(opts.projects, replace(f, area=None))  # the steps choose the area

names = {p.id: p.name for p in items}
# The project picker sits at the end of the page; its choice (from the last run) shapes the steps.
chosen = [pid for pid in st.session_state.get("meeting_projects", []) if pid in names]
if "meeting_projects" in st.session_state:  # drop projects a changed filter has removed
    st.session_state.meeting_projects = chosen
steps = meeting.steps(project_ids=chosen)
if "meeting_step" not in st.session_state:
    st.session_state.meeting_step = meeting.initial_index(steps, f.area)
i = st.session_state.meeting_step % len(steps)
step = steps[i]
shown = meeting.step_items(items, step)

prev, head, nxt = st.columns([1, 8, 1], vertical_alignment="center")
prev.button(f"◀ {t('meeting.prev', lang)}", key="meeting_prev", on_click=turn, args=(-1, len(steps)),
            width="stretch")
nxt.button(f"{t('meeting.next', lang)} ▶", key="meeting_next", on_click=turn, args=(1, len(steps)),
           width="stretch")
title = meeting.step_title(step, items, lang)
head.title(safe.md(title) if step.kind == "project" else title)  # a project's name is document text
head.caption(" · ".join(x for x in (
    t("meeting.page", lang), t("meeting.step", lang).format(i=i + 1, n=len(steps)),
    t("meeting.today", lang).format(date=today.isoformat()), meeting.filters_line(f, lang),
    t("meeting.keys", lang),
) if x))
st.html(KEYS, unsafe_allow_javascript=True)

if step.kind == "area" and (caption := maps.area_caption(step.area, lang)):
    st.caption(caption)
if step.kind == "project":
    area = meeting.project_area(shown[0]) if shown else None
    maps.show_map(shown, area=area, opts=opts, key="meeting_map", height=600, frame_to=shown)
    for p in shown:
        panels.project_detail(p, lang)
else:
    figures = meeting.key_figures(shown, today=today)
    for col, (label, value) in zip(st.columns(len(figures)), figures.items()):
        col.metric(t(label, lang), value, border=True)
    if not shown:
        st.info(t("meeting.empty", lang))
    maps.show_map(shown, area=step.area, opts=opts, key="meeting_map", height=600)
    left, right = st.columns([2, 3])
    with left:
        st.subheader(t("meeting.funnel", lang))
        st.altair_chart(meeting.funnel_chart(meeting.funnel(shown), lang), width="stretch")
        st.caption(t("meeting.funnel.outside", lang).format(**meeting.outside_funnel(shown)))
    with right:
        st.subheader(t("meeting.timeline", lang))
        bars, total = meeting.timeline(shown, today=today)
        if bars:
            st.altair_chart(meeting.timeline_chart(bars, today=today, lang=lang), width="stretch")
        st.caption(t("meeting.timeline.caption", lang).format(n=len(bars), total=total))

pick, leave = st.columns([4, 1], vertical_alignment="bottom")
pick.multiselect(
    t("meeting.choose", lang), list(names), key="meeting_projects", format_func=names.get,
    help=t("meeting.choose.hint", lang), placeholder=t("meeting.choose.hint", lang),
)
pick.checkbox(t("meeting.verified_only", lang), key="meeting_verified")
back = urlencode({k: st.query_params.get_all(k) for k in st.query_params}, doseq=True)  # keeps filters
exit_link = f'<a href="./?{back}" target="_self">{t("meeting.exit", lang)}</a>'
leave.markdown(exit_link, unsafe_allow_html=True)
