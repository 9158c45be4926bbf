"""Meeting mode's screen: large type, no sidebar, keys that turn pages, every step fitted to the screen.

A step is laid out for a 1920×1080 projector and the page is scaled (CSS ``zoom``)
to the window, so the same step fits 1280×720 or a 4K screen without scrolling
(issue 14, item 4). Map and chart heights below are in those reference pixels.
"""

from __future__ import annotations

import streamlit as st

#: The screen a step is laid out for; the page is scaled to the window from it.
SCREEN_PX = (1920, 1080)
#: Height of the map (and of the project details beside it) on that screen.
BODY_PX = 760
#: Bars of the stage funnel and of the timeline, and how many timeline bars fit beside the map.
FUNNEL_ROW_PX = 40
TIMELINE_ROW_PX = 28
TIMELINE_BARS = 10
#: Width of the charts beside the map (fixed: a scaled chart must not measure its column).
CHART_PX = 700

# Large type, no sidebar: the filters still come from the shared sidebar (and the URL it binds).
_CSS = """<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stExpandSidebarButton"], header[data-testid="stHeader"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 0.75rem 2rem 0.5rem !important; max-width: none !important;
}
[data-testid="stMain"] { overflow-x: hidden; }
/* A project's details beside the map, readable from the back of the room. */
.st-key-meeting_body .pa-popup { font-size: 1.15rem; line-height: 1.6; }
.st-key-meeting_body .pa-popup table { font-size: 1.05rem; }
/* The map fills its column in layout pixels, whatever width the scaled page measured. */
.st-key-meeting_body iframe { width: 100% !important; }
[data-testid="stMainBlockContainer"] p { font-size: 1.25rem; }
[data-testid="stCaptionContainer"] p { font-size: 1.1rem; }
h1 { font-size: 3.2rem !important; padding: 0 !important; }
h3 { font-size: 1.5rem !important; padding: 0.25rem 0 0 !important; }
[data-testid="stMetricValue"] p { font-size: 3.2rem !important; font-weight: 700; line-height: 1.1;
}
[data-testid="stMetricLabel"] p { font-size: 1.3rem !important; }
/* English labels wrap rather than end in "…" ("Proposed / preliminary"). */
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] * { white-space: normal !important;
  overflow: visible !important; text-overflow: clip !important; }
.st-key-meeting_prev button p, .st-key-meeting_next button p { font-size: 1.5rem; }
.st-key-meeting_prev button, .st-key-meeting_next button { min-height: 3.6rem; }
</style>"""

# ← → (and a clicker's PageUp/PageDown) press the buttons; typing in a field is left alone. A clicker
# keeps working after someone has clicked into the map: its PageUp/PageDown are caught in the map's
# (same-origin) frame too, while the arrows there keep panning the map as Leaflet users expect.
_KEYS = """<script>
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


# Scale the step to the window: it is laid out on a 1920×1080 screen, then scaled (a transform,
# which leaves the widths maps and charts measure alone) and its extra layout height taken back.
_FIT = """<script>
(() => {
  const [W, H] = [%d, %d];
  const fit = () => {
    const main = document.querySelector('[data-testid="stMain"]');
    const box = document.querySelector('[data-testid="stMainBlockContainer"]');
    if (!main || !box) return;
    const s = Math.max(0.3, Math.min(main.clientWidth / W, window.innerHeight / H, 3));
    box.style.transformOrigin = "0 0";
    box.style.marginLeft = box.style.marginRight = "0";
    box.style.alignSelf = "flex-start";  // a column of the app centres a wider box: keep it at the left
    box.style.transform = "scale(" + s + ")";
    box.style.width = (main.clientWidth / s) + "px";
    box.style.marginBottom = (-box.offsetHeight * (1 - s)) + "px";
    window.__paMeetingScale = s;
  };
  if (window.__paMeetingFit) window.removeEventListener("resize", window.__paMeetingFit);
  window.__paMeetingFit = fit;
  window.addEventListener("resize", fit);
  if (window.__paMeetingSize) window.__paMeetingSize.disconnect();
  const box = document.querySelector('[data-testid="stMainBlockContainer"]');
  if (box) { window.__paMeetingSize = new ResizeObserver(fit); window.__paMeetingSize.observe(box); }
  fit();
})();
</script>""" % SCREEN_PX


def screen() -> None:
    """Draw meeting mode's style, page keys and fit-to-screen scaling (once per run, at the top)."""
    st.html(_CSS)
    st.html(_KEYS + _FIT, unsafe_allow_javascript=True)
