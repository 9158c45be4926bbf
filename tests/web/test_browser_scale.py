"""A large map in Debian's chromium (issue 16): every project on one canvas, popups still cite their exact sources."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import ARTIFACTS, drag_and_zoom, start_app, stop_app

pytestmark = pytest.mark.browser

#: More points of one type than ``CANVAS_OVER``: the layer draws on a canvas.
N = 1_200
SENTENCE = "加快推进第{i}号<b>码头</b>建设，力争2026年建成。"
#: Projects drawn at one spot (beyond the grid of the others), and that spot.
STACKED = 3
SPOT = (106.95, 28.55)
#: Railways, north–south lines south of the points' grid, each named by its own sentence.
LINES = 20
LINE_SENTENCE = "规划建设第{i}号铁路，2030年前建成。"
#: An area known by its district, drawn as a square south-east of the lines (under them, were they on it).
AREA_SENTENCE = "推进第一号园区建设。"
AREA = [[106.90, 28.30], [107.00, 28.30], [107.00, 28.40], [106.90, 28.40], [106.90, 28.30]]
#: The scene of the map in the frame (plan-atlas-scene.js).
SCENE = "(() => { const map = Object.values(window).find(v => v instanceof L.Map); return [map, planAtlas.scene(map)]; })()"
READY = ("() => [...document.querySelectorAll('iframe')].some(f => f.contentWindow && f.contentWindow.planAtlas"
         " && f.contentDocument.querySelector('.leaflet-paPoints-pane canvas[data-pa-drawn]'))")


@pytest.fixture(scope="module")
def large_app(tmp_path_factory: pytest.TempPathFactory):
    """The app on a database of N ports and LINES railways in 綦江, each named by its own sentence."""
    from geo import store
    from geo.maps.setup import CANVAS_OVER
    from geo.model import DocumentMeta, Entity, EntityType, Mention, Precision, SourceText, Stage

    assert N > CANVAS_OVER
    url = f"sqlite:///{tmp_path_factory.mktemp('large') / 'large.db'}"
    eng = store.engine(url)
    store.init(eng)
    sentences = [SENTENCE.format(i=i) for i in range(N)]
    text = "".join(sentences) + "".join(LINE_SENTENCE.format(i=i) for i in range(LINES)) + AREA_SENTENCE
    src = SourceText.plain("large.txt", text, DocumentMeta("港口规划", "綦江区政府", dt.date(2022, 8, 13)), "0" * 64)
    found, info, at = [], {}, 0
    for i, s in enumerate(sentences):
        name = f"第{i}号码头"
        ent = Entity(name=name, type=EntityType.PORT, places=[], mentions=[Mention(
            doc="large.txt", text=name, quote=s, start=at + 4, end=at + 4 + len(name), stage=Stage.PROPOSED,
            doc_date=dt.date(2022, 8, 13))])
        found.append(ent)
        lon, lat = 106.45 + (i % 40) * 0.012, 28.60 + (i // 40) * 0.012
        if i >= N - STACKED:  # the last few share one spot
            lon, lat = SPOT
        info[ent.id] = store.GeoInfo({"type": "Point", "coordinates": [lon, lat]}, Precision.SITE, ["綦江"])
        at += len(s)
    for i in range(LINES):
        s, name = LINE_SENTENCE.format(i=i), f"第{i}号铁路"
        ent = Entity(name=name, type=EntityType.RAILWAY, places=[], mentions=[Mention(
            doc="large.txt", text=name, quote=s, start=at + 4, end=at + 4 + len(name), stage=Stage.PROPOSED,
            doc_date=dt.date(2022, 8, 13))])
        found.append(ent)
        lon = 106.45 + i * 0.02
        info[ent.id] = store.GeoInfo({"type": "LineString", "coordinates": [[lon, 28.40], [lon, 28.45], [lon, 28.50]]},
                                     Precision.SCHEMATIC, ["綦江"])
        at += len(s)
    ent = Entity(name="第一号园区", type=EntityType.INDUSTRIAL_PARK, places=[], mentions=[Mention(
        doc="large.txt", text="第一号园区", quote=AREA_SENTENCE, start=at + 2, end=at + 7, stage=Stage.PROPOSED,
        doc_date=dt.date(2022, 8, 13))])
    found.append(ent)
    info[ent.id] = store.GeoInfo({"type": "Polygon", "coordinates": [AREA]}, Precision.DISTRICT, ["綦江"])
    store.save_document(eng, src, found, info)
    proc, app, log = start_app(url)
    yield app
    stop_app(proc, log)


def _scene_frame(page, large_app: str):
    """Open the 綦江 page of the large app with every type; return its map frame once the scene has drawn."""
    page.goto(f"{large_app}/qijiang?type=")
    page.wait_for_function(READY, timeout=60_000)
    return next(f for f in page.frames if "streamlit_folium" in (f.url or ""))


def test_the_scene_draws_every_point_and_line_on_one_canvas(page, large_app: str) -> None:
    """One canvas for every project, no Leaflet layer per project; what it drew is counted on it."""
    frame = _scene_frame(page, large_app)
    assert frame.locator(".leaflet-container canvas").count() == 1
    assert frame.locator(":is(.leaflet-paPoints-pane, .leaflet-overlay-pane) path.leaflet-interactive").count() == 0
    assert frame.evaluate("""() => { const map = Object.values(window).find(v => v instanceof L.Map); let n = 0;
      map.eachLayer(l => { if (l instanceof L.Path && l.options.interactive !== false) n++; }); return n; }""") == 1
    frame.evaluate(f"() => {{ const [map] = {SCENE}; map.setZoom(8, {{animate: false}}); }}")  # everything in view
    frame.wait_for_function(f"() => {{ const [, scene] = {SCENE}; const c = scene._renderer._container;"
                            f" return c.getAttribute('data-pa-points') === '{N}'; }}", timeout=10_000)
    counts = frame.evaluate(f"""() => {{ const [, scene] = {SCENE}; const c = scene._renderer._container;
      return ['points', 'lines', 'areas', 'drawn'].map(k => +c.getAttribute('data-pa-' + k)); }}""")
    assert counts == [N, LINES, 1, N + LINES + 1]


def test_a_click_on_a_line_of_the_scene_opens_that_lines_popup(page, large_app: str) -> None:
    """Lines lie under the points on the same canvas and stay clickable (two canvases caught each other's clicks)."""
    frame = _scene_frame(page, large_app)
    pick = LINES // 2
    x, y = frame.evaluate(f"""() => {{
      const [map] = {SCENE}, at = [28.45, 106.45 + {pick} * 0.02];
      map.setView(at, 13, {{animate: false}});
      const p = map.latLngToContainerPoint(at);
      return [p.x, p.y];
    }}""")
    frame.locator(".leaflet-container").click(position={"x": x, "y": y})
    quote = frame.locator(".leaflet-popup-content .pa-quote").first
    quote.wait_for(timeout=10_000)
    assert frame.locator(".leaflet-popup-content b").first.inner_text() == f"第{pick}号铁路"
    assert quote.inner_text().startswith(LINE_SENTENCE.format(i=pick))
    # beside the line (and below the popup), nothing: the popup closes and none opens
    frame.locator(".leaflet-container").click(position={"x": x + 50, "y": y + 150})
    frame.locator(".leaflet-popup").wait_for(state="detached", timeout=10_000)


def test_a_click_inside_an_area_of_the_scene_opens_its_popup(page, large_app: str) -> None:
    """An area (drawn as its district) is found by the point inside it, and says how it is drawn."""
    frame = _scene_frame(page, large_app)
    x, y = frame.evaluate(f"""() => {{
      const [map] = {SCENE}, at = [28.35, 106.95];
      map.setView(at, 12, {{animate: false}});
      const p = map.latLngToContainerPoint(at);
      return [p.x, p.y];
    }}""")
    frame.locator(".leaflet-container").click(position={"x": x, "y": y})
    popup = frame.locator(".leaflet-popup-content")
    popup.locator(".pa-quote").first.wait_for(timeout=10_000)
    assert popup.locator("b").first.inner_text() == "第一号园区"
    assert "范围按所在区县示意" in popup.inner_text()


def test_panning_and_zooming_the_scene_never_rerun_the_app(page, large_app: str) -> None:
    """The scene redraws itself on pan and zoom; the server hears nothing of it (issue 16)."""
    sent: list[object] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda payload: sent.append(payload)))
    frame = _scene_frame(page, large_app)
    page.locator(".stApp[data-test-script-state='notRunning']").wait_for(timeout=60_000)
    frame.evaluate(f"() => {{ const [map] = {SCENE}; window.__moves = 0; map.on('moveend', () => window.__moves++); }}")
    messages = len(sent)
    drag_and_zoom(page, frame, 'iframe[src*="streamlit_folium"]')
    assert len(sent) == messages, "a pan or zoom sent the server a message (a rerun)"
    assert int(frame.locator("canvas[data-pa-drawn]").get_attribute("data-pa-drawn")) > 0  # drawn again


def test_a_large_layer_draws_on_canvas_and_its_popups_cite_their_sentences(page, large_app: str) -> None:
    frame = _scene_frame(page, large_app)
    assert frame.locator(".leaflet-paPoints-pane path").count() == 0  # no SVG path per point
    # The point of one project, zoomed in, clicked where a person would click it.
    x, y = frame.evaluate(f"""() => {{
      const [map, scene] = {SCENE};
      const pick = scene.points().find(q => q.lat > 28.58);  // not the shared spot
      map.setView([pick.lat, pick.lng], 14, {{animate: false}});
      const p = map.latLngToContainerPoint([pick.lat, pick.lng]);
      return [p.x, p.y];
    }}""")
    container = frame.locator(".leaflet-container")
    container.hover(position={"x": x, "y": y})
    tooltip = frame.locator(".leaflet-tooltip").first
    tooltip.wait_for(timeout=10_000)
    page.wait_for_function(  # the name arrives with the popup data, fetched on demand
        "() => [...document.querySelectorAll('iframe')].some(f => f.contentDocument && "
        "[...f.contentDocument.querySelectorAll('.leaflet-tooltip')].some(t => t.innerText.includes('号码头')))",
        timeout=10_000)
    name = tooltip.inner_text().split(" ")[0]
    container.click(position={"x": x, "y": y})
    quote = frame.locator(".leaflet-popup-content .pa-quote").first
    quote.wait_for(timeout=10_000)
    i = int(name.removeprefix("第").split("号")[0])
    assert quote.inner_text().startswith(SENTENCE.format(i=i))  # the exact sentence, as text
    assert frame.locator(".leaflet-popup-content b").first.inner_text() == name
    assert frame.locator(".leaflet-popup-content blockquote b").count() == 0  # markup in a sentence stays text
    assert frame.locator(".leaflet-popup-content a[href*='/documents?reader=large.txt']").count() == 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "large-canvas-popup.png"))


def test_points_at_one_spot_of_a_large_layer_are_listed_and_each_opens(page, large_app: str) -> None:
    frame = _scene_frame(page, large_app)
    x, y = frame.evaluate("""([lon, lat]) => {
      const map = Object.values(window).find(v => v instanceof L.Map);
      map.setView([lat, lon], 14, {animate: false});
      const p = map.latLngToContainerPoint([lat, lon]);
      return [p.x, p.y];
    }""", list(SPOT))
    frame.locator(".leaflet-container").click(position={"x": x, "y": y})
    links = frame.locator(".leaflet-popup-content a[data-pa-stack]")
    links.first.wait_for(timeout=10_000)
    assert links.count() == STACKED
    pick = links.nth(1).inner_text()
    links.nth(1).click()
    page.wait_for_function(
        "name => [...document.querySelectorAll('iframe')].some(f => { const c = f.contentDocument"
        " && f.contentDocument.querySelector('.leaflet-popup-content');"
        " return c && !c.querySelector('a[data-pa-stack]') && c.querySelector('.pa-quote')"
        " && c.innerText.includes(name); })", arg=pick, timeout=10_000)
    i = int(pick.removeprefix("第").split("号")[0])
    quote = frame.locator(".leaflet-popup-content .pa-quote").last.inner_text()
    assert quote.startswith(SENTENCE.format(i=i))
    assert frame.locator(".leaflet-popup-content a[data-pa-back]").count() >= 1  # and a way back to the list


def test_the_browser_reads_packed_records_as_python_wrote_them(page, large_app: str) -> None:
    """``planAtlas.unpack`` is the inverse of ``compact.pack``: negatives, multi-byte values, lines."""
    from geo.maps import compact

    records = [[0, 3, 12, 34], [5, 250, 240_000, 0], [3, compact.KIND_STRIDE + 4, 10, 20, 5000, -5000, -1, 1],
               [2_000_000, 1, 36_000_000, 9_000_000], [2_000_001, 2 * compact.KIND_STRIDE, 1, 2]]
    frame = _scene_frame(page, large_app)
    assert frame.evaluate("b => planAtlas.unpack(b)", compact.pack(records)) == records


def test_a_point_keeps_its_own_style_not_a_lines(page, large_app: str) -> None:
    """A point keeps its own ring, not the lines' style.

    A planned port at a known site: a thin ring (weight 2) with short dashes, radius 7 — not a planned
    line's weight and long dashes (which would also hide the dotted ring of an approximate place).
    """
    frame = _scene_frame(page, large_app)
    styles = frame.evaluate(f"""() => {{
      const [, scene] = {SCENE};
      return scene.points().map(q => [q.style.weight, q.style.dash.join(" "), q.style.radius]);
    }}""")
    assert len(styles) == N
    assert {tuple(s) for s in styles} == {(2, "4 3", 7)}
