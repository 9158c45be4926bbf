"""Register fields read from text (issue 13): invented sentences of each kind, with negatives."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from extract_helpers import plain

from geo import pipeline, store
from geo.extract import extract
from geo.model import Evidence, Project, Register, SourceText, stated_register
from geo.store import review


def _source(text: str) -> SourceText:
    return plain(text, date=dt.date(2024, 3, 1))


def _register(text: str, name: str) -> Register | None:
    found = {e.name: e for e in extract(_source(text))}
    assert name in found, sorted(found)
    return next((m.register for m in found[name].mentions if m.register), None)


# (text, project, field, value): the field the text states for that project
POSITIVE = [
    ("加快建设甲乙高速公路（总投资约120亿元），力争2026年建成。", "甲乙高速公路", "total_investment", Decimal("120")),
    ("丙丁铁路全长80公里，总投资约60.5亿元，2025年开工。", "丙丁铁路", "total_investment", Decimal("60.5")),
    ("戊己水库工程计划投资3.5亿元，年内开工。", "戊己水库", "total_investment", Decimal("3.5")),
    ("新建庚辛物流园，总投资35000万元。", "庚辛物流园", "total_investment", Decimal("3.5")),
    ("壬癸大桥总投资100—120亿元，2027年建成。", "壬癸大桥", "total_investment", Decimal("100")),
    ("子丑机场改扩建工程总投资超50亿元。", "子丑机场", "total_investment", Decimal("50")),
    ("寅卯高速公路2024年计划投资12亿元，加快推进路基施工。", "寅卯高速公路", "annual_investment", Decimal("12")),
    ("辰巳铁路年度计划投资8000万元。", "辰巳铁路", "annual_investment", Decimal("0.8")),
    ("寅卯铁路2025年计划完成投资15亿元。", "寅卯铁路", "annual_investment", Decimal("15")),
    ("午未港区一期工程形象进度完成65%。", "午未港区一期", "construction_progress", "65%"),
    ("推进申酉快速路建设。（牵头单位：区交通局；责任单位：区住建委、某某镇）", "申酉快速路", "responsible_unit",
     "区住建委、某某镇"),
    ("推进戌亥水厂建设（责任单位：区水利局；责任人：张某）", "戌亥水厂", "responsible_person", "张某"),
    ("建设甲丙物流园，项目编码：2024-500101-54-01-000123。", "甲丙物流园", "code", "2024-500101-54-01-000123"),
]


@pytest.mark.parametrize(("text", "name", "key", "value"), POSITIVE)
def test_stated_for_the_project(text: str, name: str, key: str, value: object) -> None:
    register = _register(text, name)
    assert register is not None and getattr(register, key) == value


def test_amount_keeps_its_sentence_and_the_year_of_an_annual_figure() -> None:
    r = _register("寅卯高速公路2024年计划投资12亿元，加快推进路基施工。", "寅卯高速公路")
    assert r is not None and r.annual_investment_year == 2024 and r.total_investment is None
    assert r.annual_investment_quote == "寅卯高速公路2024年计划投资12亿元，加快推进路基施工。"
    r = _register("辰巳铁路年度计划投资8000万元。", "辰巳铁路")
    assert r is not None and r.annual_investment_year == 2024  # the document's year
    r = _register("丙丁铁路全长80公里，总投资约60.5亿元，2025年开工。", "丙丁铁路")
    assert r is not None and r.total_investment_quote == "丙丁铁路全长80公里，总投资约60.5亿元，2025年开工。"


# (text, project): the text states no figure of that project alone
NEGATIVE = [
    ("甲乙高速公路、丙丁铁路等3个项目集中开工，总投资273亿元。", "甲乙高速公路"),
    ("甲乙高速公路、丙丁铁路等3个项目集中开工，总投资273亿元。", "丙丁铁路"),
    ("全市交通建设完成投资800亿元，建成甲乙高速公路。", "甲乙高速公路"),
    ("十四五期间全市计划总投资3000亿元，加快建设甲乙高速公路。", "甲乙高速公路"),
    ("加快建设甲乙高速公路，推进丙丁铁路前期工作，总投资150亿元。", "甲乙高速公路"),
    ("加快建设甲乙高速公路，推进丙丁铁路前期工作，总投资150亿元。", "丙丁铁路"),
    ("甲乙高速公路和丙丁铁路总投资共计90亿元。", "甲乙高速公路"),
    ("累计完成投资689亿元，甲乙高速公路建成通车。", "甲乙高速公路"),
    ("加快建设甲乙高速公路。全省公路水路建设投资1500亿元以上。", "甲乙高速公路"),
    ("甲乙高速公路已完成投资20亿元，路面施工加快推进。", "甲乙高速公路"),
    ("甲乙高速公路开工以来完成投资20亿元。", "甲乙高速公路"),
]


@pytest.mark.parametrize(("text", "name"), NEGATIVE)
def test_no_figure_of_a_group_an_area_or_another_sentence(text: str, name: str) -> None:
    r = _register(text, name)
    assert r is None or (r.total_investment is None and r.annual_investment is None)


def test_a_bracket_figure_is_its_heads_not_the_next_projects() -> None:
    text = "加快建设甲乙高速公路（总投资约120亿元），推进丙丁铁路前期工作。"
    assert _register(text, "甲乙高速公路").total_investment == Decimal("120")
    other = _register(text, "丙丁铁路")
    assert other is None or other.total_investment is None


def test_table_row_columns() -> None:
    text = ("序号    项目名称    总投资（万元）    2024年计划投资（万元）    责任单位    形象进度\n"
            "1    甲乙高速公路    1200000    150000    区交通局    路基完成80%\n"
            "2    丙丁水库    52000    8000    区水利局    —\n")
    r = _register(text, "甲乙高速公路")
    assert r is not None
    assert (r.total_investment, r.annual_investment, r.annual_investment_year) == (Decimal(120), Decimal(15), 2024)
    assert (r.responsible_unit, r.construction_progress) == ("区交通局", "路基完成80%")
    r = _register(text, "丙丁水库")
    assert r is not None and r.total_investment == Decimal("5.2") and r.construction_progress is None


def test_stated_register_takes_the_newest_document_and_people_override() -> None:
    old = Evidence("a", "x", "q1", 0, 1, doc_date=dt.date(2022, 1, 1),
                   register=Register(total_investment=Decimal(100), total_investment_quote="q1", responsible_unit="甲局"))
    new = Evidence("b", "x", "q2", 0, 1, doc_date=dt.date(2024, 1, 1),
                   register=Register(total_investment=Decimal(120), total_investment_quote="q2"))
    stated = stated_register([new, old])
    assert (stated.total_investment, stated.total_investment_quote, stated.responsible_unit) == (
        Decimal(120), "q2", "甲局")
    edited = stated.overlaid(Register(total_investment=Decimal(130)))
    assert edited.total_investment == Decimal(130) and edited.total_investment_quote is None
    assert edited.responsible_unit == "甲局"


def test_a_figure_spent_on_a_group_after_it_is_not_one_projects() -> None:
    r = _register("拟投资900亿元建设甲乙水资源配置工程和124座水库。", "甲乙水资源配置工程")
    assert r is None or r.total_investment is None


# --------------------------------------------------------------------------- stored, edited, kept


PLAN = "某市人民政府\n2024年重点项目计划\n加快建设甲乙高速公路（总投资约120亿元），力争2026年建成。\n推进丙丁水厂建设（责任单位：市水务局；责任人：李某）。\n"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "计划.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


def _by_name(eng) -> dict[str, Project]:
    return {p.name: p for p in store.load_projects(eng)}


def test_stored_edited_undone_and_kept_across_reingest(eng, plan: Path) -> None:
    pipeline.ingest_files(eng, [plan])
    road = _by_name(eng)["甲乙高速公路"]
    assert road.register.total_investment == Decimal(120)
    assert road.register.total_investment_quote == "加快建设甲乙高速公路（总投资约120亿元），力争2026年建成。"
    assert _by_name(eng)["丙丁水厂"].register.responsible_person == "李某"
    review.edit(eng, road.id, register={"total_investment": "135.5", "construction_progress": "40%"}, by="wang")
    with eng.begin() as conn:
        conn.execute(store.db.extractions.delete())  # read again, as after a change of rules
    other = plan.with_name("另.txt")
    other.write_text("某区人民政府\n新建某区物流园。\n", encoding="utf-8")
    pipeline.ingest_files(eng, [plan, other])  # a new document re-links the corpus
    edited = _by_name(eng)["甲乙高速公路"].register
    assert (edited.total_investment, edited.total_investment_quote, edited.construction_progress) == (
        Decimal("135.5"), None, "40%")
    review.undo(eng, road.id, by="wang")
    assert _by_name(eng)["甲乙高速公路"].register.total_investment == Decimal(120)


def test_an_older_database_gets_the_register_column(eng, plan: Path) -> None:
    with eng.begin() as conn:
        conn.execute(sa.text("ALTER TABLE mentions DROP COLUMN register"))
    store.init(eng)
    store.init(eng)  # twice: nothing left to add
    assert "register" in {c["name"] for c in sa.inspect(eng).get_columns("mentions")}
    pipeline.ingest_files(eng, [plan])
    assert _by_name(eng)["甲乙高速公路"].register.total_investment == Decimal(120)


# --------------------------------------------------------------------------- shown to people


def _shown_project() -> Project:
    from geo.model import EntityType, ReviewState

    register = Register(total_investment=Decimal("120.50"), total_investment_quote="甲乙高速<总投资>约120.5亿元",
                        annual_investment=Decimal(12), annual_investment_year=2024, responsible_unit="区交通局")
    return Project(id="p1", name="甲乙高速公路", type=EntityType.HIGHWAY, review=ReviewState.CONFIRMED,
                   register=register)


@pytest.mark.parametrize(("lang", "words"), [
    ("zh", ["核实状态", "已核实", "总投资（亿元）", "120.5", "12（2024）", "责任单位", "区交通局",
            "甲乙高速&lt;总投资&gt;约120.5亿元"]),
    ("en", ["Review state", "Verified", "Total investment", "Responsible unit"]),
])
def test_the_detail_shows_the_register_and_the_state_in_the_interface_language(lang: str, words: list[str]) -> None:
    from geo.maps import layers

    html = layers.popup_html(_shown_project(), lang)
    assert all(w in html for w in words), [w for w in words if w not in html]
    assert "confirmed" not in html and "<总投资>" not in html


def test_the_project_table_has_the_register_columns() -> None:
    from geo.web import panels

    frame = panels.project_table([_shown_project()], "zh")
    row = frame.iloc[0]
    assert (row["核实状态"], row["总投资（亿元）"], row["年度计划投资（亿元）"], row["责任单位"]) == (
        "已核实", 120.5, 12.0, "区交通局")


def test_the_audit_log_speaks_the_interface_language(eng, plan: Path) -> None:
    """Issue 13 item 2: review actions, states and reasons in words, not codes, in either language."""
    from geo.store import progress
    from geo.web import panels

    pipeline.ingest_files(eng, [plan])
    projects = _by_name(eng)
    review.reject(eng, [projects["丙丁水厂"].id], reason="generic_reference", by="wang")
    review.edit(eng, projects["甲乙高速公路"].id, register={"total_investment": "130"}, by="wang")
    zh = panels.audit_table(progress.audit_entries(eng), "zh")
    assert list(zh.columns) == ["时间", "操作人", "操作", "项目编号", "内容"]
    rows = zh.to_dict("records")
    assert (rows[0]["操作"], rows[0]["内容"]) == ("审核修改", "待核实 → 待核实；总投资（亿元）")
    assert (rows[1]["操作"], rows[1]["内容"]) == ("驳回", "待核实 → 已驳回（泛指，非具体项目）")
    assert rows[2]["操作"] == "新增文件"
    en = panels.audit_table(progress.audit_entries(eng), "en").to_dict("records")
    assert (en[1]["Action"], en[1]["What changed"]) == ("Rejected", "Unreviewed → Rejected (Generic reference)")


@pytest.mark.parametrize(("typed", "amount"), [
    ("120", Decimal(120)), ("120亿元", Decimal(120)), ("3500万元", Decimal("0.35")), ("1,200 万元", Decimal("0.12")),
    ("45.6亿", Decimal("45.6")),
])
def test_a_typed_amount_may_name_its_unit(typed: str, amount: Decimal) -> None:
    assert Register.from_dict({"total_investment": typed}).total_investment == amount


@pytest.mark.parametrize("typed", ["万元", "约120", "120美元", "nan", "inf"])
def test_a_typed_amount_that_is_not_one_is_refused(typed: str) -> None:
    with pytest.raises(ValueError, match="not an amount"):
        Register.from_dict({"total_investment": typed})


def test_a_sentence_stating_both_amounts_is_shown_once() -> None:
    import dataclasses

    from geo.maps import layers

    p = _shown_project()
    p = dataclasses.replace(p, register=dataclasses.replace(p.register, annual_investment_quote="甲乙高速<总投资>约120.5亿元"))
    html = layers.popup_html(p, "zh")
    assert html.count("甲乙高速&lt;总投资&gt;约120.5亿元") == 1 and "总投资依据、年度计划投资依据" in html


def test_documents_stored_before_register_fields_get_them_at_the_next_ingest(eng, plan: Path) -> None:
    """An older release stored the mentions without register fields, its extractions by other rules."""
    pipeline.ingest_files(eng, [plan])
    with eng.begin() as conn:
        conn.execute(store.db.mentions.update().values(register=None))
        conn.execute(store.db.extractions.update().values(rules="older"))
    assert _by_name(eng)["甲乙高速公路"].register.total_investment is None
    other = plan.with_name("另.txt")
    other.write_text("某区人民政府\n新建某区物流园。\n", encoding="utf-8")
    pipeline.ingest_files(eng, [other])
    assert _by_name(eng)["甲乙高速公路"].register.total_investment == Decimal(120)


def test_the_map_popup_data_carries_the_register_and_the_sentence_stating_it() -> None:
    """The popup built in the browser (issue 16) shows what the detail shows (issue 13)."""
    from geo.maps import compact, setup

    entry = compact.popup_entry(_shown_project(), {})
    assert entry[9] == [["total_investment", "120.5"], ["annual_investment", "12（2024）"],
                        ["responsible_unit", "区交通局"]]
    assert entry[10] == [[["total_investment"], "甲乙高速<总投资>约120.5亿元"]]  # text; the browser never parses it
    labels = setup.MapSetup("zh").config
    assert "总投资（亿元）" in labels and "总投资依据" in labels and "核实状态" in labels
