"""AppTest smoke tests: the entry script and every page run without an exception."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "pages").glob("*.py"))


@pytest.fixture(autouse=True)
def _seeded(seeded_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", seeded_db)
    from geo import store

    store.dispose_engines()


@pytest.fixture
def copied_db(seeded_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A copy of the seeded database for a page that writes, the app's caches cleared before and after: the app's
    engine and queries are cached per process, so the page's must be on the copy, and the next test's on its own."""
    import streamlit as st
    from conftest import copy_sqlite

    from geo import store

    url = copy_sqlite(seeded_db, tmp_path / "app.db")
    monkeypatch.setenv("DATABASE_URL", url)
    store.dispose_engines()
    st.cache_resource.clear()
    st.cache_data.clear()
    yield url
    store.dispose_engines()
    st.cache_resource.clear()
    st.cache_data.clear()


def _figures(at: AppTest) -> list[int]:
    """The key figures of a map page, as its one line of text shows them (projects, located, unlocated…)."""
    [line] = [m.value for m in at.markdown if m.value.startswith("项目数 **")]
    return [int(n) for n in re.findall(r"\*\*(\d+)\*\*", line)]


def test_entry_script_runs() -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == "规划一张图"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_runs(page: Path) -> None:
    at = AppTest.from_file(str(page), default_timeout=60).run()
    assert not at.exception, at.exception


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_runs_in_english(page: Path) -> None:
    at = AppTest.from_file(str(page), default_timeout=60)
    at.session_state["lang"] = "en"
    at.run()
    assert not at.exception, at.exception
    assert not any("项目库" == h.value for h in at.title)


def test_overview_shows_counts_and_map() -> None:
    at = AppTest.from_file(str(ROOT / "pages" / "overview.py"), default_timeout=60).run()
    projects = _figures(at)[0]
    located, unlocated = _figures(at)[1], _figures(at)[2]
    assert projects > 20 and located + unlocated == projects
    assert not at.metric  # a line of text: no number-formatting scripts for the browser to load (issue 16)
    maps = [c for c in at.get("component_instance") if "streamlit_folium" in str(c.proto.component_name)]
    assert maps, "no folium map on the overview page"


def test_overview_count_tables_are_plain_tables_that_add_up() -> None:
    """The three count tables are Markdown tables (no data grid to load before the map, issue 16)."""
    at = AppTest.from_file(str(ROOT / "pages" / "overview.py"), default_timeout=60).run()
    assert not at.exception and not at.dataframe
    tables = [m.value for m in at.markdown if m.value.startswith("| ")]
    assert len(tables) == 3
    by_type = [line.split(" | ") for line in tables[0].splitlines()[2:]]
    assert sum(int(cells[-1].rstrip(" |")) for cells in by_type) == _figures(at)[0]
    assert tables[0].splitlines()[1].endswith("---:|")  # counts right-aligned
    # the areas overlap (龙马潭 lies in 泸永江): their rows add up to more than the projects in them,
    # so the table says how many those are, and how many lie outside; those two make the total
    by_area = {cells[0].strip("| "): int(cells[-1].rstrip(" |")) for cells in
               (line.split(" | ") for line in tables[2].splitlines()[2:])}
    inside, outside = by_area.pop("四个片区（每项计一次）"), by_area.pop("四个片区以外")
    assert inside + outside == _figures(at)[0]
    assert sum(by_area.values()) > inside


def test_a_table_cell_shows_literally() -> None:
    from geo.web import safe

    table = safe.md_table(["名称", "数量"], [["[附件](https://x.cn) | <b>", 3]])
    assert "<b>" not in table and "](" not in table and table.count(" | ") == 2  # one separator a row
    assert table.splitlines()[1] == "|---|---:|"


def test_documents_page_lists_the_bundled_documents() -> None:
    at = AppTest.from_file(str(ROOT / "pages" / "documents.py"), default_timeout=60).run()
    table = at.dataframe[0].value
    assert len(table) == 5
    assert any("綦江" in str(v) for v in table.iloc[:, 0])


def _table_len(at: AppTest) -> int:
    return len(at.dataframe[0].value)


def test_filters_change_table_and_counts_together() -> None:
    at = AppTest.from_file(str(ROOT / "pages" / "projects.py"), default_timeout=60).run()
    everything = _table_len(at)
    at.multiselect(key="type").set_value(["railway"]).run()
    assert not at.exception
    railways = _table_len(at)
    assert 0 < railways < everything
    assert set(at.dataframe[0].value.iloc[:, 1]) == {"铁路"}
    at.text_input(key="q").set_value("渝昆").run()
    assert 0 < _table_len(at) <= railways
    assert any("渝昆" in n for n in at.dataframe[0].value.iloc[:, 0])


def test_overview_counts_follow_the_area_filter() -> None:
    at = AppTest.from_file(str(ROOT / "pages" / "overview.py"), default_timeout=60).run()
    total = _figures(at)[0]
    at.selectbox(key="area").set_value("潼南").run()
    assert not at.exception
    tongnan = _figures(at)[0]
    assert 0 < tongnan < total


def test_area_page_is_framed_to_its_area() -> None:
    at = AppTest.from_file(str(ROOT / "pages" / "qijiang.py"), default_timeout=60).run()
    assert not at.exception
    assert "綦江" in at.title[0].value
    assert "万盛" in at.caption[0].value  # the boundary caveat is stated
    stages = at.dataframe[0].value
    assert len(stages) == _figures(at)[0] > 0


def test_projects_page_exports_the_filtered_view_and_a_briefing() -> None:
    at = AppTest.from_file(str(ROOT / "pages" / "projects.py"), default_timeout=120).run()
    at.selectbox(key="export_fmt").set_value("csv").run()
    at.button(key="export_go").click().run()
    assert not at.exception
    downloads = at.get("download_button")
    assert downloads, "no download offered"
    at.selectbox(key="report_fmt").set_value("pptx")
    at.button(key="report_go").click().run()
    assert not at.exception
    assert len(at.get("download_button")) == 2


@pytest.mark.parametrize(("lang", "said"), [("zh", "-铁路+公路-在建-"), ("en", "-Railway+Highway-Under_construction-")])
def test_an_export_with_a_type_and_stage_filter_says_so_in_its_name(lang: str, said: str) -> None:
    at = AppTest.from_file(str(ROOT / "pages" / "projects.py"), default_timeout=120)
    at.query_params["lang"] = lang
    at.run()
    at.multiselect(key="type").set_value(["railway", "highway"])
    at.multiselect(key="stage").set_value(["under_construction"]).run()
    at.selectbox(key="area").set_value("綦江").run()
    at.selectbox(key="export_fmt").set_value("xlsx").run()
    at.button(key="export_go").click().run()
    assert not at.exception, at.exception
    name = at.session_state["export_blob"]["file"]
    assert said in name and "綦江" in name and name.endswith(".xlsx"), name
    at.selectbox(key="report_fmt").set_value("pdf")
    at.button(key="report_go").click().run()
    assert not at.exception, at.exception
    name = at.session_state["report_blob"]["file"]
    assert said in name and name.endswith(".pdf"), name


def test_other_facilities_are_off_by_default_and_a_link_can_show_them() -> None:
    """Issue 11: the type filter starts without other facilities; a link's type= wins; clearing shows all."""
    from geo.filters import DEFAULT_TYPES

    at = AppTest.from_file(str(ROOT / "pages" / "projects.py"), default_timeout=60).run()
    assert list(at.multiselect(key="type").value) == list(DEFAULT_TYPES)
    core = at.dataframe[0].value
    assert "其他设施" not in set(core.iloc[:, 1])
    at.multiselect(key="type").set_value([]).run()  # emptied: every type
    assert not at.exception and len(at.dataframe[0].value) > len(core)
    link = AppTest.from_file(str(ROOT / "pages" / "projects.py"), default_timeout=60)
    link.query_params["type"] = "其他设施"
    link.run()
    assert not link.exception, link.exception
    assert set(link.dataframe[0].value.iloc[:, 1]) == {"其他设施"}


def test_meeting_mode_leaves_other_facilities_out_by_default() -> None:
    from geo import store
    from geo.outputs import meeting

    at = AppTest.from_file(str(ROOT / "pages" / "meeting.py"), default_timeout=60).run()
    assert not at.exception, at.exception
    shown = next(int(m.value) for m in at.metric)
    items = [p for p in store.load_projects(store.engine()) if p.type != "other_facility"]
    assert shown == len(meeting.step_items(items, meeting.Step("region")))


def test_review_page_acts_only_for_a_signed_in_editor(copied_db: str) -> None:
    """An editor confirms from the 审核 page; a click on the same button after signing out is refused."""
    from geo import store
    from geo.store import accounts, review

    url = copied_db
    eng = store.engine(url)
    at = AppTest.from_file(str(ROOT / "pages" / "review.py"), default_timeout=60).run()
    assert not at.exception
    assert not [b for b in at.button if b.key in ("review_confirm", "review_reject")]  # read-only
    at.session_state["user"] = accounts.User("editor_x", "editor")
    at.run()
    first = at.session_state["review_pos"]
    name = at.subheader[0].value
    at.button(key="review_confirm").click().run()
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    confirmed = review.projects(eng, state="confirmed")
    assert len(confirmed) == 1 and confirmed[0].name in name
    assert review.decision(eng, confirmed[0].id).by == "editor_x"
    assert at.session_state["review_pos"] == first  # the next item took its place
    del at.session_state["user"]  # signed out, the button still on the screen: a forged click
    at.session_state["_pa_cookie_read"] = True
    at.button(key="review_confirm").click().run()
    assert any("只有登录的编辑人员可以审核" in e.value for e in at.error)
    assert len(review.projects(eng, state="confirmed")) == 1


def test_review_page_sets_register_fields(copied_db: str) -> None:
    """An editor types a total investment and a responsible unit in the register form; the project keeps them."""
    from geo import store
    from geo.store import accounts

    url = copied_db
    at = AppTest.from_file(str(ROOT / "pages" / "review.py"), default_timeout=60)
    at.session_state["user"] = accounts.User("editor_x", "editor")
    at.run()
    assert not at.exception
    shown = next(p for p in store.load_projects(store.engine(url)) if p.name in at.subheader[0].value)
    at.text_input(key=f"reg_total_investment_{shown.id}").input("35.5")
    at.text_input(key=f"reg_responsible_unit_{shown.id}").input("区交通局")
    next(b for b in at.button if b.label == "保存修改" and f"review_register_{shown.id}" in (b.form_id or "")).click()
    at.run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    after = store.load_projects(store.engine(url), ids=[shown.id])[0].register
    assert (str(after.total_investment), after.responsible_unit) == ("35.5", "区交通局")


@pytest.mark.parametrize(("lang", "said"), [("zh", "不是有效金额"), ("en", "not an amount")])
def test_review_page_says_a_refused_edit_in_the_interface_language(
        copied_db: str, lang: str, said: str) -> None:
    """A value the store refuses (an amount that is no number) is answered in the page's language."""
    from geo import store
    from geo.store import accounts

    url = copied_db
    at = AppTest.from_file(str(ROOT / "pages" / "review.py"), default_timeout=60)
    at.session_state["user"] = accounts.User("editor_x", "editor")
    at.session_state["lang"] = lang
    at.run()
    shown = next(p for p in store.load_projects(store.engine(url)) if p.name in at.subheader[0].value)
    at.text_input(key=f"reg_total_investment_{shown.id}").input("一些钱")
    next(b for b in at.button if f"review_register_{shown.id}" in (b.form_id or "")).click()
    at.run()
    assert not at.exception
    assert [e.value for e in at.error if said in e.value], [e.value for e in at.error]
    assert store.load_projects(store.engine(url), ids=[shown.id])[0].register.total_investment is None


def test_progress_form_starts_empty_again_after_a_save(copied_db: str) -> None:
    """A saved note does not stay in the form, where a second click would record it twice."""
    from geo import store
    from geo.store import accounts

    url = copied_db
    at = AppTest.from_file(str(ROOT / "pages" / "progress.py"), default_timeout=60)
    at.session_state["user"] = accounts.User("editor_x", "editor")
    at.run()
    shown = next(p for p in store.load_projects(store.engine(url)) if p.name == at.subheader[0].value)
    at.text_area[0].input("可研已批复")
    next(b for b in at.button if b.label == "保存进展").click()
    at.run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert [s.value for s in at.success] == ["已保存。"]
    assert at.text_area[0].value == ""
    notes = [e.note for e in store.load_projects(store.engine(url), ids=[shown.id])[0].events if e.note]
    assert notes.count("可研已批复") == 1


def test_review_page_says_why_a_project_was_rejected(copied_db: str) -> None:
    """Issue 13 item 2: the rejected list shows the state and the reason in words, never their codes."""
    from geo import store
    from geo.store import review

    url = copied_db
    eng = store.engine(url)
    target = store.load_projects(eng)[0]
    review.reject(eng, [target.id], reason="generic_reference", note="规划泛称", by="wang")
    at = AppTest.from_file(str(ROOT / "pages" / "review.py"), default_timeout=60)
    at.session_state["review_state"] = "rejected"
    at.run()
    assert not at.exception
    words = " ".join(m.value for m in (*at.markdown, *at.caption))
    assert "驳回理由：泛指，非具体项目：规划泛称" in words and "当前：已驳回" in words
    assert "generic_reference" not in words and "rejected" not in words


def test_documents_page_lets_an_editor_set_and_undo_a_documents_year(copied_db: str) -> None:
    """Issue 11 item 3: an editor sets a document's year alone; the table says so; undoing restores its own date."""
    from geo import store
    from geo.store import accounts

    url = copied_db
    eng = store.engine(url)
    at = AppTest.from_file(str(ROOT / "pages" / "documents.py"), default_timeout=120).run()
    assert not at.exception
    assert not [s for s in at.selectbox if s.key == "docdate_doc"]  # visitors: nothing to set
    at.session_state["user"] = accounts.User("editor_x", "editor")
    at.run()
    doc = store.list_documents(eng)[0]
    at.selectbox(key="docdate_doc").select(doc.name).run()
    at.radio(key="docdate_kind").set_value("year")
    at.number_input(key="docdate_year").set_value(2019)
    next(b for b in at.button if b.label == "保存").click()
    at.run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    now = next(d for d in store.list_documents(eng) if d.name == doc.name)
    assert (now.date, now.year, now.year_source) == (None, 2019, "person")
    table = at.dataframe[0].value
    row = table[table["文件名"] == doc.name].iloc[0]
    assert (row["日期"], row["日期来源"]) == ("2019年", "人工设定")
    at.button(key="docdate_reset").click().run()
    assert not at.exception and not at.error
    again = next(d for d in store.list_documents(eng) if d.name == doc.name)
    assert (again.date, again.year_source) == (doc.date, doc.year_source)


def test_a_filter_in_the_popover_filters_the_same_run_and_says_so() -> None:
    """Issue 16: years, date, review and documents sit in a popover (drawn by the browser only when
    opened); a link's value still filters the first run, and a caption says which are set, as text."""
    plain = AppTest.from_file(str(ROOT / "pages" / "overview.py"), default_timeout=60).run()
    assert not plain.exception
    assert not [c for c in plain.sidebar.caption if "核实状态" in c.value]
    everything = _figures(plain)[0]
    link = AppTest.from_file(str(ROOT / "pages" / "overview.py"), default_timeout=60)
    link.query_params["review"] = "已核实"
    link.run()
    assert not link.exception, link.exception
    assert link.multiselect(key="review").value == ["confirmed"]
    assert _figures(link)[0] < everything  # nothing is verified in the seeded data
    [said] = [c.value for c in link.sidebar.caption if "核实状态" in c.value]
    assert "已核实" in said
    link.multiselect(key="review").set_value([]).run()
    assert _figures(link)[0] == everything
    assert not [c for c in link.sidebar.caption if "核实状态" in c.value]


@pytest.mark.parametrize("years,as_of,review,docs,shown", [
    (None, None, [], [], ""),
    ((2020, 2025), None, [], [], "年份范围 2020–2025"),
    (None, "2024-01-31", ["pending"], [], "截至日期 2024-01-31；核实状态 待核实"),
    (None, None, [], ["a.txt"], "来源文件 [附件](x)"),
])
def test_the_popover_caption_names_each_set_filter(years, as_of, review, docs, shown) -> None:
    import datetime as dt

    from geo.web.sidebar import more_filters_set

    day = dt.date.fromisoformat(as_of) if as_of else None
    assert more_filters_set(years, day, review, docs, {"a.txt": "[附件](x)"}, "zh") == shown


@pytest.mark.parametrize("code,title", [("en", "Projects"), ("English", "Projects"), ("zh", "项目库"), ("中文", "项目库")])
def test_a_links_language_code_sets_the_whole_page(code: str, title: str) -> None:
    """?lang=en (the code app.py reads for the page names) sets the sidebar's language too.

    Before, the navigation showed English while the radio, not reading "en", drew
    the page in Chinese: one screen in two languages.
    """
    link = AppTest.from_file(str(ROOT / "pages" / "projects.py"), default_timeout=60)
    link.query_params["lang"] = code
    link.run()
    assert not link.exception, link.exception
    assert link.title[0].value == title
    assert link.radio(key="lang").value == ("en" if title == "Projects" else "zh")


def test_review_counts_agree_with_the_queue_they_head() -> None:
    """The unreviewed count is the queue's length under the same filters, and the whole register's is said too.

    Before, the caption counted every project (其他设施 included: 待核实 419 项) above
    a queue the sidebar's default types had narrowed (第 1 / 322 项).
    """
    at = AppTest.from_file(str(ROOT / "pages" / "review.py"), default_timeout=60).run()
    assert not at.exception, at.exception
    captions = [c.value for c in at.caption]
    [summary] = [c for c in captions if c.startswith("待核实 ")]
    [position] = [c for c in captions if c.startswith("第 1 / ")]
    queued = int(re.search(r"第 1 / (\d+) 项", position).group(1))
    assert int(re.search(r"待核实 (\d+) 项", summary).group(1)) == queued
    every = int(re.search(r"全部待核实 (\d+) 项", summary).group(1))
    assert every > queued  # other facilities are in the register but off the default view


def test_review_map_frames_a_project_of_no_focus_area_on_itself() -> None:
    """A queued project outside the four areas (a district-level point, drawn pale as unreviewed)
    was shown on the map of the whole region, a faint dot among a hundred districts."""
    import json

    from geo.web import state

    at = AppTest.from_file(str(ROOT / "pages" / "review.py"), default_timeout=60).run()
    assert not at.exception, at.exception
    title = at.subheader[0].value
    project = next(i.project for i in state.review_queue("pending") if i.project.name == title)
    assert project.located and not project.areas  # the bundled queue opens on such a project
    [comp] = [c for c in at.get("component_instance") if "streamlit_folium" in str(c.proto.component_name)]
    bounds = re.search(r"fitBounds\(\s*\[\[([\d.]+), ([\d.]+)\], \[([\d.]+), ([\d.]+)\]\]",
                       json.loads(comp.proto.json_args)["script"])
    south, west, north, east = map(float, bounds.groups())
    assert 0.2 < north - south < 1 and 0.2 < east - west < 1  # its surroundings: not the region, nor 5 km
    lon, lat = project.geometry["coordinates"]
    assert south < lat < north and west < lon < east


@pytest.mark.parametrize("geometry,framed", [
    ({"type": "Point", "coordinates": [106.6, 29.7]}, "ground"),  # a point: the 20 km around it
    ({"type": "LineString", "coordinates": [[106.0, 29.0], [106.5, 29.5]]}, "itself"),
    (None, "itself"),
])
def test_a_map_framed_on_a_point_shows_its_surroundings(geometry, framed) -> None:
    """The project page's and review page's small maps: a point alone framed a 5 km view inside one district."""
    from shapely.geometry import shape

    from geo.model import Project
    from geo.places import distance_m
    from geo.web import maps

    p = Project(id="p1", name="甲乙港", type="port", stage="proposed", geometry=geometry)
    [stand_in] = maps.surroundings(p)
    if framed == "itself":
        assert stand_in is p
        return
    minx, miny, maxx, maxy = shape(stand_in.geometry).bounds
    assert 38_000 < distance_m(shape({"type": "Point", "coordinates": [minx, 29.7]}),
                               shape({"type": "Point", "coordinates": [maxx, 29.7]})) < 42_000
    assert miny < 29.7 < maxy and stand_in.id != p.id and stand_in.name == p.name
