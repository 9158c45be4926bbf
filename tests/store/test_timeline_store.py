"""A mention's years in the store and the GeoJSON contract, and the order of a project's mentions (issue 11)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from geo import pipeline, store
from geo.model import (
    DocumentMeta,
    Entity,
    EntityType,
    Evidence,
    Mention,
    SourceText,
    Stage,
    governing_first,
)
from geo.outputs import export
from geo.store import corpus, db

#: An invented 十四五 plan: a plan-period mention first, then one stating its start and target years.
PLAN = (
    "某区“十四五”综合交通运输发展规划（2021—2025年）\n某区人民政府\n2022年3月1日\n"
    "加快渝贵高铁建设。渝贵高铁2023年开工建设，力争2026年建成。研究綦江至万盛快速通道。\n"
)


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "规划.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


def _railway(projects: list) -> object:
    return next(p for p in projects if p.name == "渝贵高铁")


def test_ingest_stores_and_loads_the_years(eng, plan: Path) -> None:
    pipeline.ingest_files(eng, [plan])
    p = _railway(store.load_projects(eng))
    assert (p.target_year, p.start_year, p.period) == (2026, 2023, (2021, 2025))
    first, second = p.mentions
    assert (first.target_year, first.start_year, first.year_basis, first.period) == (2026, 2023, "explicit",
                                                                                     (2021, 2025))
    assert (second.target_year, second.start_year, second.year_basis) == (None, None, "plan_period")
    assert second.period == (2021, 2025)


def test_the_governing_mention_comes_first(eng, plan: Path) -> None:
    """The sentence stating the target year comes before the earlier one that only says 加快建设."""
    pipeline.ingest_files(eng, [plan])
    p = _railway(store.load_projects(eng))
    assert [m.quote for m in p.mentions] == ["渝贵高铁2023年开工建设，力争2026年建成。", "加快渝贵高铁建设。"]
    assert p.mentions[0].start > p.mentions[1].start


def test_save_document_keeps_the_years(eng) -> None:
    text = "渝昆高铁2024年开工。"
    d = dt.date(2023, 5, 1)
    src = SourceText.plain("a.txt", text, DocumentMeta(title="a", date=d), "0" * 64)
    ent = Entity(name="渝昆高铁", type=EntityType.RAILWAY, mentions=[Mention(
        doc="a.txt", text="渝昆高铁", quote=text, start=0, end=4, stage=Stage.STARTING, doc_date=d,
        start_year=2024, year_basis="explicit", period=(2021, 2025))])
    store.save_document(eng, src, [ent])
    [p] = store.load_projects(eng)
    [m] = p.mentions
    assert (m.start_year, m.year_basis, m.period) == (2024, "explicit", (2021, 2025))
    assert (p.start_year, p.period, p.target_year) == (2024, (2021, 2025), None)


def test_an_older_database_gets_the_year_columns(eng, plan: Path) -> None:
    """A mentions table without the issue-11 columns is upgraded at init, and ingest fills them."""
    with eng.begin() as conn:
        for col in ("start_year", "year_basis", "period_start", "period_end"):
            conn.execute(sa.text(f"ALTER TABLE mentions DROP COLUMN {col}"))
    assert "start_year" not in {c["name"] for c in sa.inspect(eng).get_columns("mentions")}
    store.init(eng)
    store.init(eng)  # twice: nothing left to add
    assert {"start_year", "year_basis", "period_start", "period_end"} <= {
        c["name"] for c in sa.inspect(eng).get_columns("mentions")}
    pipeline.ingest_files(eng, [plan])
    assert _railway(store.load_projects(eng)).start_year == 2023


def test_a_changed_year_rewrites_the_stored_mention(eng, plan: Path) -> None:
    """Re-linking compares the years too: a stored mention without them (an older release) is rewritten."""
    pipeline.ingest_files(eng, [plan])
    with eng.begin() as conn:
        conn.execute(db.mentions.update().values(start_year=None, year_basis=None, period_start=None,
                                                 period_end=None))
        conn.execute(db.extractions.delete())  # read again, as after a change of rules
    other = plan.with_name("另.txt")
    other.write_text("某区人民政府\n新建某区物流园。\n", encoding="utf-8")
    pipeline.ingest_files(eng, [other])  # a new document re-links the corpus
    p = _railway(store.load_projects(eng))
    assert p.mentions[0].year_basis == "explicit" and p.period == (2021, 2025)


def test_the_contract_carries_the_years(eng, plan: Path, tmp_path: Path) -> None:
    pipeline.ingest_files(eng, [plan])
    out = tmp_path / "p.geojson"
    export.write_geojson(store.load_projects(eng), out)
    feature = next(f for f in json.loads(out.read_text(encoding="utf-8"))["features"]
                   if f["properties"]["name"] == "渝贵高铁")
    props = feature["properties"]
    assert (props["target_year"], props["start_year"], props["period"]) == (2026, 2023, [2021, 2025])
    assert [m["year_basis"] for m in props["mentions"]] == ["explicit", "plan_period"]
    assert props["mentions"][0]["period"] == [2021, 2025] and props["mentions"][0]["start_year"] == 2023
    back = export.import_rows(out)
    assert _railway(back).period == (2021, 2025) and _railway(back).mentions[0].year_basis == "explicit"


def test_kept_extractions_keep_the_years() -> None:
    m = Mention(doc="a", text="x", quote="x", start=0, end=1, target_year=2026, start_year=2023,
                year_basis="explicit", period=(2021, 2025), doc_date=dt.date(2022, 3, 1))
    [back] = corpus.entities_from_json(corpus.entities_json([Entity("渝贵高铁", EntityType.RAILWAY, mentions=[m])]))
    assert back.mentions == [m]
    old = json.loads(corpus.entities_json([Entity("渝贵高铁", EntityType.RAILWAY, mentions=[m])]))
    for key in ("start_year", "year_basis", "period"):
        del old[0]["mentions"][0][key]  # kept by an older release
    [older] = corpus.entities_from_json(json.dumps(old))
    assert (older.mentions[0].start_year, older.mentions[0].period) == (None, None)


def _ev(doc: str, start: int, stage: Stage = Stage.UNSPECIFIED, year: int | None = None) -> Evidence:
    return Evidence(doc=doc, text="x", quote=f"{doc}{start}", start=start, end=start + 1, stage=stage,
                    target_year=year)


@pytest.mark.parametrize("given,expected", [
    # a target year governs, wherever it is in the document
    ([_ev("a", 0, Stage.COMPLETED), _ev("a", 5), _ev("a", 9, year=2025)], ["a9", "a0", "a5"]),
    # else the most advanced stated stage
    ([_ev("a", 0), _ev("a", 5, Stage.PROPOSED), _ev("a", 9, Stage.UNDER_CONSTRUCTION)], ["a9", "a0", "a5"]),
    # equal stages: the first
    ([_ev("a", 0, Stage.PROPOSED), _ev("a", 5, Stage.PROPOSED)], ["a0", "a5"]),
    # nothing stated: text order
    ([_ev("a", 0), _ev("a", 5)], ["a0", "a5"]),
    # documents keep their order and stay together, each with its own governing mention first
    ([_ev("a", 0), _ev("b", 1), _ev("a", 5, Stage.STARTING), _ev("b", 2, year=2030)], ["a5", "a0", "b2", "b1"]),
    ([], []),
])
def test_governing_first(given: list[Evidence], expected: list[str]) -> None:
    assert [m.quote for m in governing_first(given)] == expected


#: Invented documents, one per basis of a year: a news report dated only by its dateline and the
#: lead's "截至2024年2月底" (relative years), a dated report stating years (explicit), a plan (its period).
BASIS_DOCS = {
    "快讯.txt": "某地高速建设提速\n中新网重庆3月11日电 截至2024年2月底,全市完成交通投资80亿元。"
                "梁平至开州高速公路预计3月底建成通车,綦江至万盛高速公路年内开工。\n",
    "通报.txt": "某区交通建设通报\n发布时间：2023-06-12\n南川至贵阳高速公路于2021年开工，计划2025年建成通车。\n",
    "规划.txt": "某区“十四五”综合交通运输发展规划\n“十四五”期间，建设黔江至石柱高速公路。\n",
}


def test_each_year_basis_reaches_the_geojson_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`python -m geo ingest DIR --out F.geojson`: target, start, period and per-mention basis (issue 11 item 7)."""
    from geo import cli

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in BASIS_DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'b.db'}")
    out = tmp_path / "b.geojson"
    assert cli.main(["ingest", str(docs), "--out", str(out)]) == 0
    props = {f["properties"]["name"]: f["properties"] for f in json.loads(out.read_text(encoding="utf-8"))["features"]}

    def years(name: str) -> tuple:
        p = props[name]
        return p["target_year"], p["start_year"], p["period"], [m["year_basis"] for m in p["mentions"]]

    assert years("梁平至开州高速公路") == (2024, None, None, ["relative"])
    assert years("綦江至万盛高速公路") == (None, 2024, None, ["relative"])
    assert years("南川至贵阳高速公路") == (2025, 2021, None, ["explicit"])
    assert years("黔江至石柱高速公路") == (None, None, [2021, 2025], ["plan_period"])
    assert props["梁平至开州高速公路"]["mentions"][0]["doc_date"] == "2024-03-11"
