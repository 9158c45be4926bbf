"""What an official sees matches what they get (issue 14): downloads, the reader, the correction map, meeting mode."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from conftest import ARTIFACTS, sign_in
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

IDLE = ".stApp[data-test-script-state='notRunning']"


def _idle(page) -> None:
    page.wait_for_timeout(300)  # let a rerun begin before waiting for it to end
    page.locator(IDLE).wait_for(timeout=90_000)


def _shown_count(page) -> int:
    hint = page.get_by_text(re.compile(r"^共 \d+ 个项目")).first
    hint.wait_for(timeout=60_000)
    return int(re.search(r"共 (\d+) 个项目", hint.inner_text()).group(1))


def _choose(page, label: str, option: str, *, within: str = "stExpander") -> None:
    page.get_by_test_id(within).get_by_test_id("stSelectbox").filter(has_text=label).first.click()
    page.get_by_role("option", name=option, exact=True).click()
    _idle(page)


def _download(page, name: str):
    button = page.get_by_test_id("stDownloadButton").filter(has_text=name)
    with page.expect_download(timeout=60_000) as got:
        button.first.click()
    return got.value


def test_a_download_always_matches_the_view_on_screen(page, app_url: str) -> None:
    page.goto(f"{app_url}/projects")
    everything = _shown_count(page)
    page.get_by_text("导出与简报").click()
    _choose(page, "导出格式", "csv")
    page.get_by_role("button", name="生成导出文件").click()
    _idle(page)
    first = _download(page, "下载 csv")
    assert f"{everything}项" in first.suggested_filename
    # A search narrows the view: the old file is no longer offered…
    search = page.get_by_test_id("stTextInput").first.locator("input")
    search.fill("珞璜")
    search.press("Enter")
    page.wait_for_function("() => /共 \\d+ 个项目/.test(document.body.innerText) && "
                           f"!document.body.innerText.includes('共 {everything} 个项目')", timeout=60_000)
    _idle(page)
    shown = _shown_count(page)
    assert 0 < shown < everything
    assert page.get_by_test_id("stDownloadButton").filter(has_text="下载 csv").count() == 0
    # …and the next one holds exactly the rows on screen, and says so in its name.
    page.get_by_role("button", name="生成导出文件").click()
    _idle(page)
    second = _download(page, "下载 csv")
    assert "珞璜" in second.suggested_filename and f"{shown}项" in second.suggested_filename
    rows = list(csv.reader(io.StringIO(Path(second.path()).read_text(encoding="utf-8-sig"))))
    assert len(rows) - 1 == shown
    # A briefing made for one area is not offered once another area is chosen.
    search.fill("")
    search.press("Enter")
    _idle(page)
    _choose(page, "简报格式", "pdf")
    _choose(page, "片区", "綦江")
    page.get_by_role("button", name="生成片区简报").click()
    page.get_by_test_id("stDownloadButton").filter(has_text="下载 pdf").wait_for(timeout=180_000)
    deck = _download(page, "下载 pdf")
    assert "綦江" in deck.suggested_filename and deck.suggested_filename.endswith(".pdf")
    _choose(page, "片区", "潼南")
    assert page.get_by_test_id("stDownloadButton").filter(has_text="下载 pdf").count() == 0
    page.screenshot(path=str(ARTIFACTS / "downloads-after-change.png"), full_page=True)


LONGMATAN = "002_e545cdc5681345ce.txt"  # the 龙马潭 plan: numbered, indented paragraphs


def test_the_reader_shows_text_not_markup_and_every_mention_is_an_anchor(page, app_url: str, seeded_db: str) -> None:
    from geo import store

    wanted = {m.start for p in store.load_projects(store.engine(seeded_db)) for m in p.mentions if m.doc == LONGMATAN}
    page.goto(f"{app_url}/documents?reader={LONGMATAN}&at=7190")  # 渝昆高铁, linked from the map
    reader = page.locator(".pa-reader")
    reader.wait_for(timeout=60_000)
    _idle(page)
    n = int(re.search(r"高亮处为提取出的 (\d+) 处", page.get_by_text("高亮处为提取出的").inner_text()).group(1))
    assert n >= 70
    main = page.get_by_test_id("stMain")
    assert "pa-mention" not in main.inner_text() and "<a " not in main.inner_text()
    assert main.locator("pre, code").count() == 0  # no paragraph read as a Markdown code block
    anchors = reader.evaluate("r => [...r.querySelectorAll('.pa-at')].map(a => a.id)")
    assert set(anchors) == {f"pa-at-{s}" for s in wanted}  # an anchor at every mention (73 in 002)
    unmarked = reader.evaluate("r => [...r.querySelectorAll('.pa-at')].filter(a => !(a.nextElementSibling"
                               " && a.nextElementSibling.matches('a.pa-mention'))).map(a => a.id)")
    assert unmarked == []  # each mention's text is highlighted from its first character
    assert reader.locator("a.pa-mention").count() >= n - 1
    focus = page.locator("#pa-focus")
    assert focus.inner_text().startswith("渝昆")
    page.wait_for_function("() => { const e = document.getElementById('pa-focus');"
                           " if (!e) return false; const r = e.getBoundingClientRect();"
                           " return r.top >= 0 && r.bottom <= window.innerHeight; }", timeout=15_000)
    page.screenshot(path=str(ARTIFACTS / "reader-002.png"))
    # The chooser names documents by their titles, never by file names.
    chooser = page.get_by_test_id("stSelectbox").filter(has_text="选择文件").locator("input").input_value()
    assert "龙马潭" in chooser and ".txt" not in chooser


@pytest.fixture(scope="module")
def editor_app(seeded_db: str, tmp_path_factory: pytest.TempPathFactory):
    """The app on a copy of the seeded database with one editor account."""
    from conftest import app_with_accounts

    yield from app_with_accounts(seeded_db, tmp_path_factory.mktemp("views"), {"editor_v": ("password-v", "editor")})


def test_the_correction_map_opens_framed_on_the_project(page, editor_app) -> None:
    from shapely.geometry import shape

    from geo import store
    from geo.filters import DEFAULT_TYPES

    app, eng = editor_app
    project = next(p for p in store.load_projects(eng) if p.geometry and p.geometry["type"] == "Point"
                   and "綦江" in p.areas and p.type in DEFAULT_TYPES)  # shown by the default type filter
    lon, lat = shape(project.geometry).coords[0]
    page.goto(f"{app}/progress?project={project.id}")
    page.get_by_role("heading", name="进展").wait_for(timeout=60_000)
    sign_in(page, "editor_v", "password-v")
    # The map loads inside the closed expander first (no size), as it does for a person reading the page.
    drawn = "() => [...document.querySelectorAll('iframe')].some(f => f.contentDocument && f.contentWindow.L" \
            " && f.contentDocument.querySelectorAll('.leaflet-paPoints-pane path').length > 0)"
    page.wait_for_function(drawn, timeout=60_000)
    page.get_by_text("在地图上绘制更正后的位置").click()
    frame_el = page.locator('iframe[src*="streamlit_folium"]').last
    frame_el.scroll_into_view_if_needed()
    frame = frame_el.content_frame
    box = frame.locator(".leaflet-container")
    box.wait_for(timeout=30_000)
    frame.locator(".leaflet-paPoints-pane path").first.wait_for(timeout=30_000)
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].some(f => { const L = f.contentWindow.L; if (!L) return false;"
        " const m = Object.values(f.contentWindow).find(v => v instanceof L.Map);"
        " return m && m.getSize().x > 0 && m.getZoom() > 0; })", timeout=30_000)
    leaflet = [f for f in page.frames if "streamlit_folium" in (f.url or "")][-1]
    zoom, bounds = leaflet.evaluate("() => { const m = Object.values(window).find(v => v instanceof L.Map);"
                                  " const b = m.getBounds(); return [m.getZoom(),"
                                  " [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]]; }")
    west, south, east, north = bounds
    assert west < lon < east and south < lat < north
    assert zoom >= 8 and east - west < 3  # framed on the project, not the world
    page.screenshot(path=str(ARTIFACTS / "correction-map.png"))


# How far the page overflows the window: down (the app scrolls in stMain), and to the right as seen.
FITS = """() => {
  const main = document.querySelector('[data-testid="stMain"]'), root = document.scrollingElement;
  const box = document.querySelector('[data-testid="stMainBlockContainer"]').getBoundingClientRect();
  return [main.scrollHeight - main.clientHeight, root.scrollHeight - window.innerHeight,
          box.right - window.innerWidth];
}"""


def _meeting_step_drawn(page) -> None:
    _idle(page)
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].some(f => f.src.includes('streamlit_folium') &&"
        " f.contentDocument && f.contentDocument.querySelectorAll('.leaflet-overlay-pane path').length > 5)",
        timeout=60_000)
    page.locator("[data-testid='stVegaLiteChart'] svg, [data-testid='stVegaLiteChart'] canvas").first.wait_for(
        timeout=60_000)


@pytest.mark.parametrize("width,height", [(1920, 1080), (1280, 720)])
def test_every_meeting_step_fits_the_screen(browser, app_url: str, width: int, height: int) -> None:
    ctx = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN")
    page = ctx.new_page()
    try:
        page.goto(f"{app_url}/meeting")
        for step in range(5):  # the region and the four areas
            page.get_by_text(f"第 {step + 1} / 5 页").wait_for(timeout=60_000)
            _meeting_step_drawn(page)
            try:
                page.wait_for_function(f"() => ({FITS})().every(d => d <= 4)", timeout=15_000)
            except Exception:
                pytest.fail(f"step {step + 1} at {width}×{height} overflows by {page.evaluate(FITS)} px")
            # the funnel, the timeline and the map's legend are all on the screen
            for part in ("[data-testid='stVegaLiteChart']", "iframe[src*='streamlit_folium']"):
                for box in [e.bounding_box() for e in page.locator(part).all()]:
                    assert box and box["y"] >= 0 and box["y"] + box["height"] <= height + 4, (step, part, box)
            page.screenshot(path=str(ARTIFACTS / f"p_meeting_{width}x{height}_{step + 1}.png"))
            page.get_by_role("button", name="下一页 ▶").click()
    finally:
        ctx.close()


def test_meeting_labels_in_english_are_never_cut(browser, app_url: str) -> None:
    ctx = browser.new_context(viewport={"width": 1280, "height": 720}, locale="en-GB")
    page = ctx.new_page()
    try:
        page.goto(f"{app_url}/meeting?lang=English")
        page.get_by_text("Proposed / preliminary").wait_for(timeout=60_000)
        _meeting_step_drawn(page)
        cut = page.evaluate("() => [...document.querySelectorAll('[data-testid=stMetricLabel] *')]"
                            ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)")
        assert cut == []
        assert all(d <= 4 for d in page.evaluate(FITS))
        page.screenshot(path=str(ARTIFACTS / "p_meeting_en_720.png"))
    finally:
        ctx.close()


def test_the_as_of_date_applies_on_enter_and_an_empty_view_says_so(page, app_url: str) -> None:
    page.goto(f"{app_url}/projects")
    everything = _shown_count(page)
    # The date sits in the sidebar's popover of the filters used less often (issue 16, item 2).
    page.get_by_test_id("stPopover").get_by_role("button").first.click()
    date = page.get_by_test_id("stDateInput").filter(has_text="截至日期")
    year = date.locator("[data-type=year]")
    year.scroll_into_view_if_needed()
    year.click()
    page.keyboard.type("20200101")
    # Enter only once the three segments hold what was typed (a loaded machine lags behind the keys)
    for part, value in (("year", "2020"), ("month", "01"), ("day", "01")):
        expect(date.locator(f"[data-type={part}]")).to_have_text(value, timeout=30_000)
    # Enter, no click elsewhere. On a loaded machine the date input may not yet have taken the last key when
    # Enter arrives (its calendar stays open, nothing is applied): Enter is pressed again, never a click.
    for attempt in range(3):
        page.keyboard.press("Enter")
        try:
            page.wait_for_url("**asof=2020-01-01**", timeout=20_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    _idle(page)
    assert 0 < _shown_count(page) < everything
    search = page.get_by_test_id("stTextInput").first.locator("input")
    search.fill("没有这个项目名")
    search.press("Enter")
    page.get_by_text("当前筛选条件下没有项目").first.wait_for(timeout=30_000)
