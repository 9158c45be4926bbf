"""The app in Debian's chromium: maps draw offline, filters act, popups cite their sources."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import ARTIFACTS, drag_and_zoom, start_app, stop_app
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

MAP_FRAME = 'iframe[src*="streamlit_folium"]'
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
FEATURES = ":is(.leaflet-overlay-pane, .leaflet-paPoints-pane, .leaflet-paAreas-pane) path.leaflet-interactive"


def _external(urls: list[str]) -> list[str]:
    return [
        u for u in urls
        if urlparse(u).scheme not in {"data", "blob", "about"} and urlparse(u).hostname not in LOCAL_HOSTS
    ]


def _map(page):
    return page.frame_locator(MAP_FRAME).first


def _wait_for_map(page) -> int:
    """Wait until Leaflet has drawn the boundary polygons; return the number of paths."""
    paths = _map(page).locator(".leaflet-overlay-pane path")
    paths.first.wait_for(state="attached", timeout=60_000)
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].some(f => f.contentDocument && "
        "f.contentDocument.querySelectorAll('.leaflet-overlay-pane path').length > 5)",
        timeout=60_000,
    )
    return paths.count()


def _feature_count(page) -> int:
    return _map(page).locator(FEATURES).count()


@pytest.mark.parametrize(
    "slug,heading",
    [("", "规划一张图"), ("luyongjiang", "泸永江"), ("tongnan", "潼南"), ("longmatan", "龙马潭"), ("qijiang", "綦江")],
)
def test_each_map_page_draws_offline(page, app_url: str, slug: str, heading: str) -> None:
    page.goto(f"{app_url}/{slug}")
    page.get_by_role("heading", name=heading).first.wait_for(timeout=60_000)
    assert _wait_for_map(page) > 5
    assert _feature_count(page) > 0, "no project drawn"
    assert _map(page).locator(".pa-label").count() > 3  # district names drawn from our own data
    assert _map(page).locator(".pa-legend").count() == 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"page-{slug or 'overview'}.png"), full_page=True)
    assert _external(page.requests_seen) == [], _external(page.requests_seen)


def test_overview_by_its_name_leads_to_the_overview(page, app_url: str) -> None:
    """/overview (the page's file name) shows the overview at the root URL, keeping the query."""
    page.goto(app_url)  # the server out of Streamlit's pages/-folder mode, where /overview is the file
    page.get_by_role("heading", name="规划一张图").first.wait_for(timeout=60_000)
    page.goto(f"{app_url}/overview?lang=English")
    page.wait_for_url(lambda url: urlparse(url).path in {"", "/"}, timeout=60_000)
    page.get_by_role("heading", name="Plan Atlas").first.wait_for(timeout=60_000)  # still in English
    assert page.get_by_test_id("stSidebarNav").get_by_text("Overview").count() == 1
    assert _wait_for_map(page) > 5
    assert page.get_by_text("Page not found").count() == 0
    # A name that is no page still says so.
    page.goto(f"{app_url}/no-such-page")
    page.get_by_text("Page not found").first.wait_for(timeout=60_000)


def test_the_fetched_background_lies_under_the_projects(page, app_url: str) -> None:
    """Outlines and rivers come as files after the projects are drawn, and still go under them (issue 16)."""
    page.goto(f"{app_url}/?type=")
    _wait_for_map(page)
    frame = page.frame_locator(MAP_FRAME).first
    frame.locator(FEATURES).first.wait_for(timeout=60_000)
    order = frame.locator(".leaflet-overlay-pane svg").first.evaluate(
        "svg => [...svg.querySelectorAll('path')].map(p => p.classList.contains('pa-background') ? 'b' : "
        "p.classList.contains('leaflet-interactive') ? 'p' : '')")
    assert order.count("b") > 5 and order.count("p") > 0
    last_background = len(order) - 1 - order[::-1].index("b")
    assert last_background < order.index("p")  # every outline and river before (under) every project
    fetched = [u for u in page.requests_seen if "/app/static/cache/shapes/" in u]
    assert len(fetched) == 3  # the region's outlines, the focus areas', the rivers


@pytest.mark.parametrize("slug,heading", [("projects", "项目库"), ("documents", "文件")])
def test_table_pages_render(page, app_url: str, slug: str, heading: str) -> None:
    page.goto(f"{app_url}/{slug}")
    page.get_by_role("heading", name=heading).wait_for(timeout=60_000)
    page.locator("[data-testid='stDataFrame']").first.wait_for(timeout=60_000)
    page.screenshot(path=str(ARTIFACTS / f"page-{slug}.png"), full_page=True)
    assert _external(page.requests_seen) == []


def test_panning_and_zooming_never_rerun_the_app(page, app_url: str) -> None:
    """The map returns nothing on pan and zoom (issue 16): the browser sends the server not one message."""
    sent: list[object] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda payload: sent.append(payload)))
    page.goto(f"{app_url}/?type=")
    _wait_for_map(page)
    page.locator(".stApp[data-test-script-state='notRunning']").wait_for(timeout=60_000)
    frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    frame.evaluate("() => { window.__moves = 0; window.map.on('moveend', () => window.__moves++); }")
    view = "() => { const c = window.map.getCenter(); return [c.lat, c.lng, window.map.getZoom()]; }"
    before, messages = frame.evaluate(view), len(sent)
    drag_and_zoom(page, frame, MAP_FRAME)
    after = frame.evaluate(view)
    assert after[2] > before[2] and (after[0], after[1]) != (before[0], before[1])  # it did pan and zoom
    assert len(sent) == messages, "a pan or zoom sent the server a message (a rerun)"
    assert page.locator(".stApp[data-test-script-state='notRunning']").count() == 1


def test_changing_a_filter_changes_the_drawn_features(page, app_url: str) -> None:
    page.goto(f"{app_url}/?type=")  # an emptied type filter: every type (other facilities start unticked)
    _wait_for_map(page)
    before = _feature_count(page)
    map_frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    map_frame.evaluate("window.__notRebuilt = true")
    box = page.get_by_test_id("stMultiSelect").first  # 类型 (type)
    box.click()
    page.keyboard.type("港口")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_function(
        f"() => {{ const f = [...document.querySelectorAll('iframe')].find(f => f.src.includes('streamlit_folium'));"
        f" return f && f.contentDocument && f.contentDocument.querySelectorAll('{FEATURES}').length > 0 &&"
        f" f.contentDocument.querySelectorAll('{FEATURES}').length < {before}; }}",
        timeout=60_000,
    )
    after = _feature_count(page)
    assert 0 < after < before
    # the layers were swapped in place: same map document, no iframe rebuild (no flash)
    assert map_frame.evaluate("window.__notRebuilt === true")
    # the view is in the link (Streamlit writes the option's label)
    assert "type=%E6%B8%AF%E5%8F%A3" in page.url
    page.screenshot(path=str(ARTIFACTS / "filter-ports.png"), full_page=True)


def test_a_copied_link_reopens_the_same_view(page, app_url: str) -> None:
    page.goto(f"{app_url}/projects?type=%E9%93%81%E8%B7%AF&q=%E6%B8%9D%E6%98%86")  # 铁路, 渝昆
    page.locator("[data-testid='stDataFrame']").first.wait_for(timeout=60_000)
    # the sidebar may still be drawing after the table arrives (under load): wait for its widgets to show the
    # link's values, and fail if they never do
    expect(page.get_by_test_id("stMultiSelect").first.get_by_text("铁路")).not_to_have_count(0, timeout=30_000)
    expect(page.get_by_test_id("stTextInput").first.locator("input")).to_have_value("渝昆", timeout=30_000)


def _count_after(page, url: str) -> str:
    page.goto(url)
    page.locator(".stApp[data-test-script-state='notRunning']").wait_for(timeout=60_000)
    shown = page.locator(".st-key-pa-figures strong").first  # the key figures' first number: projects shown
    shown.wait_for(timeout=60_000)
    return shown.inner_text()


def test_a_link_keeps_its_filter_in_the_other_language(page, app_url: str) -> None:
    """A link copied after switching language carries the first language's labels: keep them."""
    all_ = _count_after(page, f"{app_url}/qijiang?lang=English")
    english = _count_after(page, f"{app_url}/qijiang?lang=English&type=Railway")
    assert english != all_  # the filter does something here
    mixed = _count_after(page, f"{app_url}/qijiang?lang=English&type=%E9%93%81%E8%B7%AF")  # 铁路
    assert mixed == english
    # the sidebar may still be drawing after the key figures arrive (the map and figures come first):
    # wait for the type box to show the English label rather than counting at once
    page.get_by_test_id("stMultiSelect").first.get_by_text("Railway").first.wait_for(timeout=30_000)
    # the next click writes the link again, in English
    search = page.get_by_test_id("stTextInput").first.locator("input")
    search.fill("x")
    search.press("Enter")
    page.wait_for_url("**type=Railway**", timeout=30_000)
    assert _count_after(page, f"{app_url}/qijiang?type=Railway") == _count_after(
        page, f"{app_url}/qijiang?type=%E9%93%81%E8%B7%AF")


def test_built_lines_are_solid_and_planned_ones_dashed(page, app_url: str) -> None:
    """Issue 11: existing lines named as context (渝黔高速 in the 綦江 plan) are completed: drawn solid."""
    page.goto(f"{app_url}/qijiang")
    _wait_for_map(page)
    frame = next(f for f in page.frames if "streamlit_folium" in (f.url or ""))
    drawn = frame.evaluate("""() => {
      const map = Object.values(window).find(v => v instanceof L.Map), out = [];
      map.eachLayer(l => {
        if (!l.feature || !l._path || l.feature.geometry.type !== "LineString" || !l.options.color
            || l.options.color === "#ffffff") return;  // project lines, not the railways' white centre
        out.push([l.feature.properties.stage, l._path.getAttribute("stroke-dasharray")]);
      });
      return out;
    }""")
    done = [dash for stage, dash in drawn if stage == "completed"]
    planned = [dash for stage, dash in drawn if stage in ("proposed", "preliminary", "unspecified")]
    assert done and planned, drawn
    assert all(d in (None, "", "none") for d in done), drawn
    assert all(d not in (None, "", "none") for d in planned), drawn


def _one_popup(page) -> None:
    """Wait until the list's popup has faded out and only the chosen project's popup is left."""
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].some(f => f.contentDocument && f.contentDocument"
        ".querySelectorAll('.leaflet-popup-content').length === 1 && !f.contentDocument"
        ".querySelector('.leaflet-popup-content a[data-pa-stack]'))", timeout=10_000)


def _click_first_point(page) -> None:
    """Click a point; where several share its spot, pick the first of the list it opens."""
    frame = _map(page)
    paths = frame.locator(".leaflet-paPoints-pane path.leaflet-interactive")
    for i in range(paths.count()):
        b = paths.nth(i).bounding_box()
        if b and 8 <= b["width"] <= 30 and 8 <= b["height"] <= 30:  # a circle marker
            paths.nth(i).click(force=True)
            stacked = frame.locator(".leaflet-popup-content a[data-pa-stack='0']")
            # the popup's box is filled after it opens (a project's details may be fetched, a "…" shown
            # meanwhile): wait for its heading — a project's name or the shared spot's count, both bold —
            # not only the box or the placeholder, before asking whether it is the list of a shared spot
            frame.locator(".leaflet-popup-content .pa-popup > b").first.wait_for(timeout=30_000)
            if stacked.count():
                stacked.click()
                _one_popup(page)
            return
    pytest.fail("no point feature to click")


def test_points_at_one_spot_are_listed_and_each_can_be_opened(page, app_url: str) -> None:
    """The projects a plan names without a place share their district's seat: none is hidden."""
    page.goto(f"{app_url}/qijiang")
    _wait_for_map(page)
    frame = next(f for f in page.frames if "streamlit_folium" in (f.url or ""))
    # The spot holding the most points, zoomed in, clicked where a person would click it.
    size, x, y = frame.evaluate("""() => {
      const map = Object.values(window).find(v => v instanceof L.Map), spots = {};
      map.eachLayer(l => { if (l._paSpot) (spots[l._paSpot] = spots[l._paSpot] || []).push(l); });
      const key = Object.keys(spots).sort((a, b) => spots[b].length - spots[a].length)[0];
      map.setView(spots[key][0].getLatLng(), 11, {animate: false});
      const p = map.latLngToContainerPoint(spots[key][0].getLatLng());
      return [spots[key].length, p.x, p.y];
    }""")
    assert size >= 10  # the 綦江 plan names many projects only by the district
    container = _map(page).locator(".leaflet-container")
    container.hover(position={"x": x, "y": y})
    assert f"此处共 {size} 项" in _map(page).locator(".leaflet-tooltip").first.inner_text()
    container.click(position={"x": x, "y": y})
    popup = _map(page).locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    assert f"此处共 {size} 个项目" in popup.inner_text()
    assert "只知所在区县" in popup.inner_text()
    links = popup.locator("a[data-pa-stack]")
    assert links.count() == size
    names = [links.nth(i).inner_text() for i in range(size)]
    assert len(set(names)) == size  # every project once
    pick = names[size // 2]
    links.nth(size // 2).click()
    page.wait_for_function(
        "name => [...document.querySelectorAll('iframe')].some(f => { const c = f.contentDocument"
        " && f.contentDocument.querySelector('.leaflet-popup-content');"
        " return c && !c.querySelector('a[data-pa-stack]') && c.innerText.includes(name); })",
        arg=pick, timeout=10_000)
    _one_popup(page)
    assert pick in popup.inner_text() and popup.locator(".pa-quote").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "stacked_points.png"))  # the chosen project, faded in
    popup.locator("a[data-pa-back]").click()  # and back to the list
    page.wait_for_function(
        "n => [...document.querySelectorAll('iframe')].some(f => f.contentDocument && f.contentDocument"
        ".querySelectorAll('.leaflet-popup-content a[data-pa-stack]').length === n)", arg=size,
        timeout=10_000)  # the whole list again


def test_an_area_lies_under_lines_and_says_it_is_drawn_as_its_district(page, app_url: str) -> None:
    """洋渡河流域综合治理 covers 綦江: drawn as the district, faint, under the lines crossing it."""
    page.goto(f"{app_url}/qijiang")
    _wait_for_map(page)
    frame = next(f for f in page.frames if "streamlit_folium" in (f.url or ""))
    spots = frame.evaluate("""async () => {
      const map = Object.values(window).find(v => v instanceof L.Map), features = [];
      map.eachLayer(l => { if (l.feature && l.feature.properties.src) features.push(l.feature); });
      await planAtlas.load(features);  // names travel with the popup data, fetched on demand (issue 16)
      let area = null;
      const lines = [];
      map.eachLayer(l => {
        if (!l.feature || !l._path || !l.feature.properties.stage) return;  // projects only
        const kind = l.feature.geometry.type;
        if (kind.includes("Polygon") && l.feature.properties.name.includes("流域")) area = l;
        if (kind === "LineString") lines.push(l);
      });
      if (!area || !lines.length) return null;
      // Where a person would click: a spot of the area with nothing else drawn on it.
      const b = area.getBounds(), hit = (p) => document.elementFromPoint(p.x, p.y);
      let free = null;
      for (let i = 1; i < 20 && !free; i++) for (let j = 1; j < 20 && !free; j++) {
        const p = map.latLngToContainerPoint([b.getSouth() + (b.getNorth() - b.getSouth()) * i / 20,
                                              b.getWest() + (b.getEast() - b.getWest()) * j / 20]);
        if (hit(p) === area._path) free = p;
      }
      // Every vertex of a line inside the area and in view is the line's, or a point's on it.
      const size = map.getSize(), seen = [];
      lines.forEach(line => line.getLatLngs().forEach(ll => {
        const p = map.latLngToContainerPoint(ll);
        if (p.x < 5 || p.y < 5 || p.x > size.x - 5 || p.y > size.y - 5 || !b.contains(ll)) return;
        const top = hit(p);
        if (top === area._path || top === line._path) seen.push(top === line._path);
      }));
      return {pane: area._path.closest(".leaflet-pane").className, free: free && [free.x, free.y],
              lines: seen.length, lineOnTop: seen.length > 0 && seen.every(Boolean)};
    }""")
    assert spots is not None, "no area or no line on the 綦江 map"
    assert "leaflet-paAreas-pane" in spots["pane"]
    assert spots["lineOnTop"], "a line across the area is hidden under it"
    assert spots["free"], "no free spot of the area to click"
    x, y = spots["free"]
    _map(page).locator(".leaflet-container").click(position={"x": x, "y": y})
    popup = _map(page).locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    assert "流域" in popup.inner_text() and "范围按所在区县示意" in popup.inner_text()
    page.wait_for_function(  # the popup has faded in
        "() => [...document.querySelectorAll('iframe')].some(f => f.contentDocument && [...f"
        ".contentDocument.querySelectorAll('.leaflet-popup')].some(p => getComputedStyle(p).opacity === '1'))",
        timeout=10_000)
    page.screenshot(path=str(ARTIFACTS / "area_popup.png"))


def _first_popup(page, app_url: str):
    """Open the 綦江 map, click its first point and return the project's popup."""
    page.goto(f"{app_url}/qijiang")
    _wait_for_map(page)
    _click_first_point(page)
    popup = _map(page).locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    return popup


def test_clicking_a_feature_shows_its_source_sentence(page, app_url: str) -> None:
    popup = _first_popup(page, app_url)
    quote = popup.locator(".pa-quote").first
    assert len(quote.inner_text()) > 10
    assert popup.locator("a[href*='/documents?reader=']").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "popup.png"), full_page=True)


HOSTILE = "[附件](https://example.com)<img src=x onerror=alert(1)>港"
HOSTILE_TITLE = "[附件](https://example.com) **粗体** <b>x</b>"  # a title is text, never Markdown (issue 15)


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory: pytest.TempPathFactory):
    """The app on a database holding a project whose name and sentence are hostile HTML."""
    from geo import store
    from geo.model import (
        DocumentMeta,
        Entity,
        EntityType,
        Mention,
        Precision,
        Register,
        SourceText,
        Stage,
    )

    url = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'h.db'}"
    eng = store.engine(url)
    store.reset(eng)
    text = f"加快建设{HOSTILE}。<script>alert(2)</script>"
    src = SourceText.plain("hostile.txt", text, DocumentMeta(HOSTILE_TITLE, "綦江", dt.date(2022, 1, 1)), "0" * 64)
    ent = Entity(name=HOSTILE, type=EntityType.PORT, places=["綦江"], mentions=[
        Mention(doc="hostile.txt", text=HOSTILE, quote=text, start=4, end=4 + len(HOSTILE),
                stage=Stage.STARTING, doc_date=dt.date(2022, 1, 1),
                register=Register(total_investment=Decimal("120.5"), total_investment_quote=text,
                                  responsible_unit="区交通局"))])
    info = store.GeoInfo({"type": "Point", "coordinates": [106.65, 29.03]}, Precision.SITE, ["綦江"])
    store.save_document(eng, src, [ent], {ent.id: info})
    proc, app, log = start_app(url)
    yield app
    stop_app(proc, log)


def test_hostile_names_show_as_text_and_no_script_runs(page, hostile_app: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in ("qijiang", "documents", "projects", "progress", "meeting"):
        page.goto(f"{hostile_app}/{path}")
        page.locator("h1").first.wait_for(timeout=60_000)
        page.wait_for_timeout(1500)  # give any injected handler the chance to fire
        links = page.locator("a[href*='example.com']")
        assert links.count() == 0, [path, links.first.evaluate("e => e.parentElement.parentElement.outerHTML.slice(0, 1500)")]
        if path == "documents":
            title = page.locator("strong").filter(has_text="附件").first
            assert title.inner_text().replace("\u2060", "") == HOSTILE_TITLE  # an invisible joiner stops autolinks
            page.screenshot(path=str(ARTIFACTS / "title-literal.png"), full_page=True)
        if path == "progress":
            heading = page.locator("h3").filter(has_text="附件").first
            assert heading.inner_text().replace("\u2060", "") == HOSTILE
        if path == "qijiang":  # a deep link is the fresh server's first visit: still our navigation
            nav = page.get_by_test_id("stSidebarNav")
            nav.get_by_text("总览").wait_for(timeout=30_000)
            assert nav.get_by_text("qijiang").count() == 0
            assert page.get_by_text("Page not found").count() == 0
            assert page.get_by_role("heading", name="綦江").count() >= 1
    page.goto(f"{hostile_app}/qijiang")
    _wait_for_map(page)
    _click_first_point(page)
    popup = _map(page).locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    assert HOSTILE in popup.inner_text()
    assert popup.locator("img").count() == 0
    page.goto(f"{hostile_app}/documents")
    page.locator(".pa-reader").wait_for(timeout=60_000)
    assert HOSTILE in page.locator(".pa-reader").inner_text()
    assert page.locator(".pa-reader img, .pa-reader script").count() == 0
    assert dialogs == []


def test_a_map_popup_shows_the_register_and_its_sentence_as_text(page, hostile_app: str) -> None:
    """Issues 13 and 16: the popup built in the browser carries what the detail shows."""
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    popup = _first_popup(page, hostile_app)
    text = popup.inner_text()
    for words in ("核实状态", "待核实", "总投资（亿元）", "120.5", "责任单位", "区交通局", "总投资依据"):
        assert words in text, words
    stated = popup.locator(".pa-stated")
    assert HOSTILE in stated.inner_text() and "<script>" in stated.inner_text()  # the sentence, as text
    assert popup.locator("img, script, a[href*='example.com']").count() == 0 and dialogs == []
    assert _map(page).locator(".pa-legend details[open]").count() == 0  # the legend folds away, not over it
    page.screenshot(path=str(ARTIFACTS / "popup-register.png"))


def _one_project_db(path: Path, name: str, text: str, meta, mention: dict) -> tuple[str, str]:
    """Return the URL of a new SQLite database holding one 綦江港 project named in ``text`` (of ``name``, ``meta``),
    its mention given the attributes ``mention``, and the project's id."""
    from geo import store
    from geo.model import Entity, EntityType, Mention, Precision, SourceText

    url = f"sqlite:///{path}"
    eng = store.engine(url)
    store.reset(eng)
    src = SourceText.plain(name, text, meta, hashlib.sha256(text.encode()).hexdigest())
    start = text.index("綦江港")
    ent = Entity(name="綦江港", type=EntityType.PORT, places=["綦江"], mentions=[
        Mention(doc=name, text="綦江港", quote=text, start=start, end=start + 3, **mention)])
    info = store.GeoInfo({"type": "Point", "coordinates": [106.65, 29.03]}, Precision.SITE, ["綦江"])
    store.save_document(eng, src, [ent], {ent.id: info})
    [project] = store.load_projects(eng)
    return url, project.id


@pytest.fixture(scope="module")
def year_only_app(tmp_path_factory: pytest.TempPathFactory):
    """The app on a database holding one project of a document whose year only is known (its file name's)."""
    from geo.model import DocumentMeta, Stage

    meta = DocumentMeta("某某港口建设进展", "綦江", None, year=2020, year_source="filename")
    url, _ = _one_project_db(tmp_path_factory.mktemp("yearonly") / "y.db", "gangkou_2020.txt", "綦江港今年年底前建成投用。",
                             meta, {"stage": Stage.UNDER_CONSTRUCTION, "target_year": 2020, "year_basis": "relative"})
    proc, app, log = start_app(url)
    yield app
    stop_app(proc, log)


def test_a_map_popup_gives_a_year_only_documents_year_and_its_source(page, year_only_app: str) -> None:
    """Issue 11 item 3: a document without a full date shows its year in the popup built in the browser."""
    popup = _first_popup(page, year_only_app)
    source = popup.locator(".pa-quote small").first.inner_text()
    assert "某某港口建设进展 2020年（据文件名推断）" in source, source
    page.screenshot(path=str(ARTIFACTS / "popup-year-only.png"))


def test_english_by_link(page, app_url: str) -> None:
    page.goto(f"{app_url}/?lang=English")
    page.get_by_role("heading", name="Plan Atlas").wait_for(timeout=60_000)
    assert page.get_by_test_id("stSidebarNav").get_by_text("Overview").count() == 1
    _wait_for_map(page)
    assert "Legend" in _map(page).locator(".pa-legend").inner_text()
    page.screenshot(path=str(ARTIFACTS / "page-overview-en.png"), full_page=True)


def test_popup_source_link_opens_the_reader_at_the_mention(page, app_url: str) -> None:
    popup = _first_popup(page, app_url)
    quote = popup.locator(".pa-quote").first.inner_text()
    with page.context.expect_page() as opened:  # the reader opens beside the map
        popup.locator("a[href*='/documents?reader=']").first.click()
    page = opened.value
    focus = page.locator("#pa-focus")
    focus.wait_for(timeout=60_000)
    assert focus.inner_text().strip() and focus.inner_text().strip()[:2] in quote
    page.wait_for_function("() => { const e = document.getElementById('pa-focus');"
                           " if (!e) return false; const r = e.getBoundingClientRect();"
                           " return r.top >= 0 && r.bottom <= window.innerHeight; }", timeout=15_000)
    page.screenshot(path=str(ARTIFACTS / "reader-focus.png"), full_page=False)


@pytest.fixture(scope="module")
def inferred_app(tmp_path_factory: pytest.TempPathFactory):
    """The app on a database holding one project whose stage the learned model inferred (issue 11 item 2)."""
    from geo.model import DocumentMeta, Stage

    meta = DocumentMeta("某某区新闻", "綦江", dt.date(2024, 5, 1))
    url, project_id = _one_project_db(tmp_path_factory.mktemp("inferred") / "i.db", "xinwen.txt",
                                      "周末，市民到綦江港码头边散步，江水持续上涨。", meta,
                                      {"stage": Stage.COMPLETED, "doc_date": meta.date, "stage_basis": "learned"})
    proc, app, log = start_app(url)
    yield app, project_id
    stop_app(proc, log)


def test_a_map_popup_says_the_stage_was_inferred(page, inferred_app) -> None:
    """Issue 11 item 2: a stage the model inferred is said to be one, beside the stage and the sentence."""
    app, _ = inferred_app
    popup = _first_popup(page, app)
    assert "建成 · 阶段由模型推断（原文未写明）" in popup.locator("table").inner_text()
    assert "阶段由模型推断" in popup.locator(".pa-quote .pa-inferred").inner_text()
    page.screenshot(path=str(ARTIFACTS / "popup-inferred-stage.png"))


def test_the_project_detail_says_the_stage_was_inferred(page, inferred_app) -> None:
    app, project_id = inferred_app
    page.goto(f"{app}/projects?project={project_id}&lang=English")
    page.locator(".pa-popup .pa-inferred").wait_for(timeout=60_000)
    detail = page.locator(".pa-popup")
    assert "Completed · stage inferred by the model (the text states none)" in detail.inner_text()
    page.goto(f"{app}/projects?project={project_id}")
    page.locator(".pa-popup .pa-inferred").wait_for(timeout=60_000)
    assert "建成 · 阶段由模型推断（原文未写明）" in page.locator(".pa-popup").inner_text()
    page.screenshot(path=str(ARTIFACTS / "detail-inferred-stage.png"), full_page=True)
