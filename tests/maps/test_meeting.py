"""Meeting mode: steps, key figures, funnel and timeline data; the page in AppTest and in chromium."""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from conftest import ARTIFACTS
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from streamlit.testing.v1 import AppTest

from geo.filters import Filters
from geo.i18n import keys, t
from geo.model import EntityType, Project
from geo.outputs import meeting

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "pages" / "meeting.py")
TODAY = dt.date(2025, 6, 1)


def _event(stage: str, date: str, *, target_year: int | None = None) -> dict[str, Any]:
    return {"stage": stage, "previous_stage": None, "date": date, "target_year": target_year,
            "source": "document", "note": None, "author": None}


def _project(pid: str, stage: str, *, events: list[dict[str, Any]] = (), target_year: int | None = None,
             areas: tuple[str, ...] = ("綦江",), docs: tuple[str, ...] = ()) -> Project:
    return Project.from_record(_record(pid, stage, events=events, target_year=target_year, areas=areas,
                                       docs=docs))


def _record(pid: str, stage: str, *, events: list[dict[str, Any]] = (), target_year: int | None = None,
            areas: tuple[str, ...] = ("綦江",), docs: tuple[str, ...] = ()) -> dict[str, Any]:
    dates = list(docs) or [e["date"] for e in events]
    return {
        "id": pid, "name": f"项目{pid}", "type": "highway", "stage": stage, "target_year": target_year,
        "places": [], "areas": list(areas), "precision": "district", "geometry": None,
        "mentions": [{"doc": f"{d}.txt", "doc_title": "文件", "doc_date": d, "quote": "", "stage": stage,
                      "target_year": target_year, "lead_unit": None} for d in dates],
        "events": list(events),
    }


PROJECTS = [
    # started this year (first evidence of construction in 2025)
    _project("a", "under_construction", events=[_event("proposed", "2022-01-01"), _event("starting", "2025-03-01")]),
    # started 2023, completed this year
    _project("b", "completed", events=[_event("under_construction", "2023-01-01"), _event("completed", "2025-02-01")],
             areas=("潼南",)),
    # target year passed, not completed: overdue
    _project("c", "proposed", events=[_event("proposed", "2021-05-01", target_year=2024)], target_year=2024),
    # completed long ago, target passed: not overdue
    _project("d", "completed", events=[_event("completed", "2020-06-01")], target_year=2020, areas=("泸永江", "綦江")),
    # evidence dated after "today" does not count yet
    _project("e", "starting", events=[_event("preliminary", "2024-01-01"), _event("starting", "2025-09-01")]),
    # no stated stage, no date at all
    Project.from_record({**_record("f", "unspecified"), "mentions": [], "events": []}),
    _project("g", "upgrade", events=[_event("upgrade", "2022-04-22")], target_year=2027),
]


# --------------------------------------------------------------------------- steps


@pytest.mark.parametrize(
    "index,delta,n,expected",
    [(0, 1, 5, 1), (4, 1, 5, 0), (0, -1, 5, 4), (2, -1, 5, 1), (3, 7, 5, 0), (0, 1, 1, 0), (0, 1, 0, 0)],
)
def test_shift_wraps_around(index: int, delta: int, n: int, expected: int) -> None:
    assert meeting.shift(index, delta, n) == expected


def test_steps_are_region_then_areas_then_chosen_projects() -> None:
    got = meeting.steps(project_ids=["x", "y", "x"])
    assert [s.kind for s in got] == ["region", "area", "area", "area", "area", "project", "project"]
    assert [s.area for s in got[1:5]] == ["泸永江", "潼南", "龙马潭", "綦江"]
    assert [s.project_id for s in got[5:]] == ["x", "y"]


@pytest.mark.parametrize("area,expected", [(None, 0), ("泸永江", 1), ("潼南", 2), ("綦江", 4), ("成都", 0)])
def test_initial_index_opens_on_the_filtered_area(area: str | None, expected: int) -> None:
    assert meeting.initial_index(meeting.steps(), area) == expected


@pytest.mark.parametrize(
    "step,ids,title",
    [
        (meeting.Step("region"), list("abcdefg"), "四个合作片区（仅计片区内项目）"),
        (meeting.Step("area", area="綦江"), ["a", "c", "d", "e", "f", "g"], "綦江"),
        (meeting.Step("area", area="潼南"), ["b"], "潼南"),
        (meeting.Step("area", area="龙马潭"), [], "龙马潭"),
        (meeting.Step("project", project_id="d"), ["d"], "项目d"),
        (meeting.Step("project", project_id="zz"), [], t("meeting.missing")),
    ],
)
def test_step_items_and_title(step: meeting.Step, ids: list[str], title: str) -> None:
    assert [p.id for p in meeting.step_items(PROJECTS, step)] == ids
    assert meeting.step_title(step, PROJECTS) == title


def test_region_counts_only_projects_in_the_four_areas() -> None:
    outside = [_project("x", "proposed", areas=()), _project("y", "proposed", areas=("成都",))]
    shown = meeting.step_items([*PROJECTS, *outside], meeting.Step("region"))
    assert [p.id for p in shown] == list("abcdefg")
    assert meeting.key_figures(shown, today=TODAY)["meeting.fig.total"] == 7
    assert "仅计片区内" in meeting.step_title(meeting.Step("region"), shown)


@pytest.mark.parametrize("areas,expected", [(("潼南",), "潼南"), (("成都", "綦江"), "綦江"), ((), None)])
def test_project_area(areas: tuple[str, ...], expected: str | None) -> None:
    assert meeting.project_area(Project(id="p1", name="项目", type=EntityType.PORT, areas=areas)) == expected


# --------------------------------------------------------------------------- figures


@pytest.mark.parametrize(
    "pid,started,completed",
    [
        ("a", dt.date(2025, 3, 1), None),
        ("b", dt.date(2023, 1, 1), dt.date(2025, 2, 1)),
        ("c", None, None),
        ("d", dt.date(2020, 6, 1), dt.date(2020, 6, 1)),
        ("e", None, None),  # its starting evidence is dated after TODAY
        ("f", None, None),
    ],
)
def test_started_and_completed_dates(pid: str, started: dt.date | None, completed: dt.date | None) -> None:
    p = next(p for p in PROJECTS if p.id == pid)
    assert meeting.started_on(p, TODAY) == started
    assert meeting.completed_on(p, TODAY) == completed


@pytest.mark.parametrize(
    "key,expected",
    [
        ("meeting.fig.total", 7),
        ("meeting.fig.planned", 1),
        ("meeting.fig.building", 2),
        ("meeting.fig.completed", 2),
        ("meeting.fig.started_this_year", 1),
        ("meeting.fig.completed_this_year", 1),
        ("meeting.fig.overdue", 1),
    ],
)
def test_key_figures(key: str, expected: int) -> None:
    assert meeting.key_figures(PROJECTS, today=TODAY)[key] == expected


@pytest.mark.parametrize(
    "today,started,completed,overdue",
    [
        (dt.date(2025, 12, 31), 2, 1, 1),  # e started in September
        (dt.date(2026, 1, 1), 0, 0, 1),  # a new year: nothing yet this year
        (dt.date(2024, 6, 1), 0, 0, 0),  # c's target year not yet passed
    ],
)
def test_this_year_follows_today(today: dt.date, started: int, completed: int, overdue: int) -> None:
    got = meeting.key_figures(PROJECTS, today=today)
    assert (got["meeting.fig.started_this_year"], got["meeting.fig.completed_this_year"],
            got["meeting.fig.overdue"]) == (started, completed, overdue)


def test_key_figures_of_nothing_are_zero() -> None:
    assert set(meeting.key_figures([], today=TODAY).values()) == {0}


def test_funnel_counts_each_stage_and_those_beyond() -> None:
    rows = meeting.funnel(PROJECTS)
    assert [r.stage for r in rows] == ["proposed", "preliminary", "starting", "under_construction", "completed"]
    assert [r.count for r in rows] == [1, 0, 1, 1, 2]
    assert [r.reached for r in rows] == [5, 4, 4, 3, 2]
    assert meeting.outside_funnel(PROJECTS) == {"upgrade": 1, "unspecified": 1}


def test_timeline_bars_run_from_first_mention_to_target_year() -> None:
    rows, total = meeting.timeline(PROJECTS, today=TODAY)
    assert total == 6  # f has no date at all
    by_id = {r.id: r for r in rows}
    assert [r.id for r in rows[:3]] == ["d", "c", "g"]  # target years first, in order
    assert (by_id["c"].start, by_id["c"].end, by_id["c"].overdue) == (dt.date(2021, 5, 1), dt.date(2024, 12, 31), True)
    assert by_id["a"].end == TODAY and by_id["a"].open_ended
    assert by_id["b"].end == dt.date(2025, 2, 1) and not by_id["b"].open_ended  # completed, no target
    assert not by_id["d"].overdue and not by_id["d"].open_ended
    assert [r.id for r in rows[3:]] == ["a", "e", "b"]  # under construction, starting, completed


@pytest.mark.parametrize("limit,n", [(2, 2), (6, 6), (50, 6)])
def test_timeline_limit(limit: int, n: int) -> None:
    rows, total = meeting.timeline(PROJECTS, today=TODAY, limit=limit)
    assert (len(rows), total) == (n, 6)


def test_timeline_end_never_before_start() -> None:
    p = _project("h", "proposed", events=[_event("proposed", "2023-06-12")], target_year=2021)
    (row,), _ = meeting.timeline([p], today=TODAY)
    assert row.start == row.end == dt.date(2023, 6, 12)


@pytest.mark.parametrize(
    "f,lang,expected",
    [
        (Filters(), "zh", ""),
        (Filters(area="綦江"), "zh", ""),
        (Filters(types=("railway", "port")), "zh", "类型: 铁路, 港口"),
        (Filters(stages=("completed",), years=(2020, 2025)), "en", "Stage: Completed · Years: 2020–2025"),
        (Filters(as_of=dt.date(2023, 1, 1), text=" 渝昆 "), "zh", "截至日期: 2023-01-01 · 搜索: 渝昆"),
    ],
)
def test_filters_line(f: Filters, lang: str, expected: str) -> None:
    assert meeting.filters_line(f, lang) == expected


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_charts_carry_the_data_and_no_remote_url(lang: str) -> None:
    rows, _ = meeting.timeline(PROJECTS, today=TODAY)
    specs = [
        meeting.funnel_chart(meeting.funnel(PROJECTS), lang).to_dict(),
        meeting.timeline_chart(rows, today=TODAY, lang=lang).to_dict(),
    ]
    text = json.dumps(specs, ensure_ascii=False)
    assert t("stage.under_construction", lang) in text and "项目c" in text
    assert '"url"' not in text  # data inline: nothing for vega to fetch


def test_every_meeting_label_exists_in_both_languages() -> None:
    mine = [k for k in keys() if k.startswith("meeting.")]
    assert len(mine) > 20
    for k in mine:
        assert t(k, "zh") and t(k, "en") and t(k, "zh") != t(k, "en"), k


# --------------------------------------------------------------------------- the page (AppTest)


@pytest.fixture
def seeded(seeded_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", seeded_db)
    from geo import store

    store.dispose_engines()


def _total(at: AppTest) -> int:
    return int(next(m.value for m in at.metric if m.label == t("meeting.fig.total")))


def test_page_steps_through_the_areas(seeded: None) -> None:
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not at.exception, at.exception
    assert at.title[0].value == t("meeting.region")
    region = _total(at)
    assert region > 20
    assert [c for c in at.get("component_instance") if "streamlit_folium" in str(c.proto.component_name)]
    assert len(at.get("vega_lite_chart")) == 2  # funnel and timeline
    at.button(key="meeting_next").click().run()
    assert not at.exception, at.exception
    assert at.title[0].value == "泸永江"
    assert 0 < _total(at) < region
    at.button(key="meeting_prev").click().run()
    at.button(key="meeting_prev").click().run()  # wraps round to the last area
    assert not at.exception, at.exception
    assert at.title[0].value == "綦江"


def test_page_respects_the_filters(seeded: None) -> None:
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    everything = _total(at)
    at.multiselect(key="type").set_value(["railway"]).run()
    assert not at.exception, at.exception
    assert 0 < _total(at) < everything
    at.selectbox(key="area").set_value("潼南").run()  # the filtered area is a step, not a filter
    assert at.title[0].value == t("meeting.region")


def test_page_opens_on_the_area_in_the_link(seeded: None) -> None:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.query_params["area"] = "龙马潭"
    at.run()
    assert not at.exception, at.exception
    assert at.title[0].value == "龙马潭"


def test_page_presents_chosen_projects(seeded: None) -> None:
    from geo import store

    project = next(p for p in store.load_projects(store.engine()) if p.areas and p.geometry)
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    at.multiselect(key="meeting_projects").set_value([project.id]).run()
    for _ in range(5):  # region + four areas, then the project
        at.button(key="meeting_next").click().run()
    assert not at.exception, at.exception
    assert at.title[0].value == project.name
    assert "第 6 / 6 页" in at.caption[0].value
    at.button(key="meeting_next").click().run()
    assert at.title[0].value == t("meeting.region")


def test_page_in_english(seeded: None) -> None:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["lang"] = "en"
    at.run()
    assert not at.exception, at.exception
    assert html.unescape(at.title[0].value) == t("meeting.region", "en")  # the title is shown literally
    assert at.button(key="meeting_next").label.startswith("Next")


# --------------------------------------------------------------------------- the page in chromium

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


def _press_when_idle(page, key: str, then: str, frame=None) -> None:
    """Press ``key`` once the app is idle and wait for the heading ``then``.

    A key pressed in the instant a rerun starts (the map reports its first view right after it is
    drawn) can be dropped by Streamlit, as a mouse click would be; a presenter presses again, and
    so does the test, once, after checking that the page did see the first press.
    """
    page.locator(".stApp[data-test-script-state='notRunning']").wait_for(timeout=60_000)
    before = page.evaluate("() => window.__paMeetingPresses || 0")
    if frame is None:
        page.keyboard.press(key)
    else:  # focus inside the map first, as a presenter who clicked it
        frame.locator(".leaflet-container").press(key)
    heading = page.get_by_role("heading", name=then)
    try:
        heading.wait_for(timeout=20_000)
        return
    except PlaywrightTimeout:
        pass
    seen = page.evaluate("() => [window.__paMeetingPresses || 0, window.__paKeydowns || 0,"
                         " document.activeElement && document.activeElement.outerHTML.slice(0, 120),"
                         " !!document.querySelector('.st-key-meeting_next button')]")
    assert seen[0] == before + 1, f"{key} never reached the page: {seen}"
    page.locator(".stApp[data-test-script-state='notRunning']").wait_for(timeout=60_000)
    if heading.count() == 0:
        (page.keyboard if frame is None else frame.locator(".leaflet-container")).press(key)
    heading.wait_for(timeout=60_000)


def _map_frame(page):
    """The map's frame (same origin), for keys pressed while the map has the focus."""
    return page.frame_locator('iframe[src*="streamlit_folium"]').first


def _wait_for_map(page) -> None:
    """Wait until Leaflet has drawn the boundaries and finished zooming to them."""
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].some(f => { const d = f.contentDocument;"
        " return d && d.querySelectorAll('.leaflet-overlay-pane path').length > 5"
        " && !d.querySelector('.leaflet-zoom-anim'); })",
        timeout=60_000,
    )


@pytest.mark.browser
def test_arrow_key_turns_the_page_offline(page, app_url: str) -> None:
    page.set_viewport_size({"width": 1920, "height": 1080})  # a projector
    page.add_init_script("window.__paKeydowns = 0; document.addEventListener('keydown',"
                         " () => { window.__paKeydowns++; }, true);")
    page.goto(f"{app_url}/meeting")
    page.get_by_role("heading", name=t("meeting.region")).wait_for(timeout=60_000)
    page.wait_for_function("() => !!window.__paMeetingKeys", timeout=30_000)
    page.locator("[data-testid='stSidebar']").wait_for(state="hidden", timeout=10_000)
    _wait_for_map(page)
    # A presenter clicks the page before using the keys, so the first key goes to the page
    # (not to the map, whose arrow keys pan it). In one CI run out of many a first ArrowRight
    # reached no handler; the failure message now says where the focus was and what was seen.
    page.get_by_role("heading", name=t("meeting.region")).click()
    _press_when_idle(page, "ArrowRight", "泸永江")
    _wait_for_map(page)
    charts = page.locator("[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg")
    charts.first.wait_for(timeout=30_000)
    _press_when_idle(page, "ArrowLeft", t("meeting.region"))
    _wait_for_map(page)
    # A clicker still turns the page after someone has clicked into the map.
    _press_when_idle(page, "PageUp", "綦江", frame=_map_frame(page))
    _wait_for_map(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "meeting.png"))
    external = [u for u in page.requests_seen
                if urlparse(u).scheme not in {"data", "blob", "about"} and urlparse(u).hostname not in LOCAL_HOSTS]
    assert external == [], external


def test_chosen_projects_outside_a_new_filter_are_dropped(seeded: None) -> None:
    from geo import store

    port = next(p for p in store.load_projects(store.engine()) if p.type == "port")
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    at.multiselect(key="meeting_projects").set_value([port.id]).run()
    assert "第 1 / 6 页" in at.caption[0].value
    at.multiselect(key="type").set_value(["railway"]).run()
    assert not at.exception, at.exception
    assert "第 1 / 5 页" in at.caption[0].value
    assert at.multiselect(key="meeting_projects").value == []


def _dated(pid: str, stage: str, mention: dict[str, Any], *, events: list[dict[str, Any]] = ()) -> Project:
    record = _record(pid, stage, events=list(events), target_year=mention.get("target_year"), docs=("2022-03-01",))
    record["mentions"][0] |= mention
    return Project.from_record(record)


def test_timeline_uses_stated_start_and_plan_period_apart_from_stated_years() -> None:
    """Issue 11: a stated start year starts the bar; a plan period ends it when no target year is stated."""
    stated = _dated("s", "starting", {"start_year": 2023, "target_year": 2026, "year_basis": "explicit",
                                      "period": [2021, 2025]})
    window = _dated("w", "proposed", {"year_basis": "plan_period", "period": [2021, 2025]})
    bare = _dated("o", "proposed", {})
    rows, _ = meeting.timeline([bare, window, stated], today=TODAY)
    assert [(r.id, r.end_basis) for r in rows] == [("s", "target"), ("w", "plan_period"), ("o", "open")]
    s, w, o = rows
    assert (s.start, s.end, s.target_year, s.period) == (dt.date(2023, 1, 1), dt.date(2026, 12, 31), 2026, (2021, 2025))
    assert (w.start, w.end, w.target_year, w.open_ended) == (dt.date(2022, 3, 1), dt.date(2025, 12, 31), None, False)
    assert (o.end, o.open_ended) == (TODAY, True)
    spec = json.dumps(meeting.timeline_chart(rows, today=TODAY).to_dict(), ensure_ascii=False)
    assert t("meeting.end.plan_period") in spec and "2021–2025" in spec


def test_a_plan_period_is_never_overdue() -> None:
    """The end of a plan period is a window, not a promise: only a stated target year makes a project overdue."""
    window = _dated("w", "proposed", {"year_basis": "plan_period", "period": [2016, 2020]})
    late = _dated("l", "proposed", {"target_year": 2020, "year_basis": "explicit"},
                  events=[_event("proposed", "2022-03-01", target_year=2020)])
    rows, _ = meeting.timeline([window, late], today=TODAY)
    assert {r.id: r.overdue for r in rows} == {"w": False, "l": True}


def _bar(name: str, stage: str) -> meeting.TimelineRow:
    return meeting.TimelineRow(id=name, name=name, stage=stage, start=dt.date(2021, 1, 1), end=dt.date(2025, 12, 31),
                               target_year=None, open_ended=False, overdue=False, end_basis="target", period=None)


@pytest.mark.parametrize("lang,names,columns", [
    ("zh", ["甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"], 4),  # short stage names fit four to a row beside long names
    ("en", ["甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"], 2),  # "Under construction" is not cut to "Under c"
    ("en", ["甲乙"], 4),  # short names leave room for four
])
def test_the_timeline_legend_fits_under_the_bars(lang: str, names: list[str], columns: int) -> None:
    stages = ["proposed", "preliminary", "starting", "under_construction", "upgrade"]
    rows = [_bar(f"{names[0]}{i}", s) for i, s in enumerate(stages)]
    spec = meeting.timeline_chart(rows, today=TODAY, lang=lang, row_px=28, width_px=700).to_dict()
    [legend] = [layer["encoding"]["color"]["legend"] for layer in spec["layer"] if "color" in layer["encoding"]]
    assert legend["columns"] == columns
    assert spec["height"] == 28 * len(rows) + 90  # the step keeps its height: a longer legend takes from the bars
