"""A large map in Debian's chromium (issue 16): drawn on canvas, popups still cite their exact sources."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import ARTIFACTS, start_app, stop_app

pytestmark = pytest.mark.browser

#: More points of one type than ``CANVAS_OVER``: the layer draws on a canvas.
N = 1_200
SENTENCE = "加快推进第{i}号<b>码头</b>建设，力争2026年建成。"
#: Projects drawn at one spot (beyond the grid of the others), and that spot.
STACKED = 3
SPOT = (106.95, 28.55)


@pytest.fixture(scope="module")
def large_app(tmp_path_factory: pytest.TempPathFactory):
    """The app on a database of N ports in 綦江, each named by its own sentence."""
    from geo import store
    from geo.maps.setup import CANVAS_OVER
    from geo.model import DocumentMeta, Entity, EntityType, Mention, Precision, SourceText, Stage

    assert N > CANVAS_OVER
    url = f"sqlite:///{tmp_path_factory.mktemp('large') / 'large.db'}"
    eng = store.engine(url)
    store.init(eng)
    sentences = [SENTENCE.format(i=i) for i in range(N)]
    text = "".join(sentences)
    src = SourceText(name="large.txt", raw=text, text=text, offsets=list(range(len(text))),
                     meta=DocumentMeta("港口规划", "綦江区政府", dt.date(2022, 8, 13)), sha256="0" * 64)
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
    store.save_document(eng, src, found, info)
    proc, app, log = start_app(url)
    yield app
    stop_app(proc, log)


def test_a_large_layer_draws_on_canvas_and_its_popups_cite_their_sentences(page, large_app: str) -> None:
    page.goto(f"{large_app}/qijiang?type=")
    frame_el = page.locator('iframe[src*="streamlit_folium"]').first
    frame_el.wait_for(timeout=60_000)
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].some(f => f.contentDocument && "
        "f.contentDocument.querySelector('.leaflet-paPoints-pane canvas'))", timeout=60_000)
    frame = next(f for f in page.frames if "streamlit_folium" in (f.url or ""))
    assert frame.locator(".leaflet-paPoints-pane path").count() == 0  # no SVG path per point
    # The point of one project, zoomed in, clicked where a person would click it.
    x, y = frame.evaluate("""() => {
      const map = Object.values(window).find(v => v instanceof L.Map);
      let pick = null;
      map.eachLayer(l => { if (l.feature && l.feature.properties.n !== undefined && l.getLatLng && !pick
                               && l.getLatLng().lat > 28.58) pick = l; });  // not the shared spot
      map.setView(pick.getLatLng(), 14, {animate: false});
      const p = map.latLngToContainerPoint(pick.getLatLng());
      return [p.x, p.y];
    }""")
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
    page.goto(f"{large_app}/qijiang?type=")
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].some(f => f.contentDocument && "
        "f.contentDocument.querySelector('.leaflet-paPoints-pane canvas'))", timeout=60_000)
    frame = next(f for f in page.frames if "streamlit_folium" in (f.url or ""))
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
    page.goto(f"{large_app}/qijiang?type=")
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].some(f => f.contentWindow && f.contentWindow.planAtlas"
        " && f.contentDocument.querySelector('.leaflet-paPoints-pane canvas'))", timeout=60_000)
    frame = next(f for f in page.frames if "streamlit_folium" in (f.url or ""))
    assert frame.evaluate("b => planAtlas.unpack(b)", compact.pack(records)) == records


def test_a_point_keeps_its_own_style_not_a_lines(page, large_app: str) -> None:
    """L.geoJSON restyles each layer it adds with the lines' style function: a point must keep its ring.

    A planned port at a known site: a thin ring (weight 2) with short dashes, radius 7 — not a planned
    line's weight and long dashes (which would also hide the dotted ring of an approximate place).
    """
    page.goto(f"{large_app}/qijiang?type=")
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].some(f => f.contentWindow && f.contentWindow.planAtlas"
        " && f.contentDocument.querySelector('.leaflet-paPoints-pane canvas'))", timeout=60_000)
    frame = next(f for f in page.frames if "streamlit_folium" in (f.url or ""))
    styles = frame.evaluate("""() => {
      const map = Object.values(window).find(v => v instanceof L.Map);
      const out = [];
      map.eachLayer(l => { if (l.feature && l.getLatLng)
        out.push([l.options.weight, l.options.dashArray, l.getRadius()]); });
      return out;
    }""")
    assert len(styles) == N
    assert {tuple(s) for s in styles} == {(2, "4 3", 7)}
