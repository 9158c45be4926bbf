"""Review (issue 13): decisions that survive re-ingests, the queue, register fields, the review CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from geo import cli, filters, pipeline, store
from geo.errors import ConflictError, StoreError
from geo.model import Evidence, Precision, Project, Register, ReviewState, Stage
from geo.outputs import export
from geo.store import progress, queue, review

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "data" / "documents"

#: The acceptance test's projects: one rejected, a section merged into its road, the road confirmed.
REJECTED, MERGED, TARGET = "职业学院", "渝黔高速南环至綦江段", "渝黔高速"


def _by_name(eng, *, hidden: bool = False) -> dict[str, Project]:
    return {p.name: p for p in store.load_projects(eng, hidden=hidden)}


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _spans(p: Project) -> set[tuple[str, int, int]]:
    return {(m.doc, m.start, m.end) for m in p.mentions}


@pytest.fixture
def ingested(eng, db_url: str, monkeypatch: pytest.MonkeyPatch):
    """The five bundled documents ingested; the CLI pointed at the same database."""
    monkeypatch.setenv("DATABASE_URL", db_url)
    assert all(not r.error for r in pipeline.ingest_files(eng, [DOCS]))
    return eng


def test_acceptance_decisions_survive_reingest(ingested, capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    eng = ingested
    before = _by_name(eng)
    rejected, merged, target = before[REJECTED], before[MERGED], before[TARGET]
    assert target.stage is not Stage.UNDER_CONSTRUCTION
    assert _cli(capsys, "review", "reject", rejected.id, "--reason", "generic_reference", "--by", "wang")[0] == 0
    assert _cli(capsys, "review", "merge", merged.id, "--into", target.id, "--by", "wang")[0] == 0
    assert _cli(capsys, "review", "edit", target.id, "--stage", "under_construction", "--investment", "45.6",
                "--responsible-unit", "区交通局", "--by", "wang")[0] == 0
    code, out, _ = _cli(capsys, "review", "confirm", target.id, "--by", "wang")
    assert code == 0 and f"{target.id} {TARGET}: confirmed" in out

    # The same documents again: unchanged (a no-op), then one taken out and put back (a full re-link).
    assert {r.outcome for r in pipeline.ingest_files(eng, [DOCS])} == {pipeline.Outcome.UNCHANGED}
    doc = merged.mentions[0].doc
    pipeline.remove_document(eng, doc, actor="test")
    assert not pipeline.ingest_files(eng, [DOCS / doc])[0].error

    out_file, export_file = tmp_path / "ingest.geojson", tmp_path / "export.geojson"
    assert _cli(capsys, "ingest", str(DOCS), "--out", str(out_file))[0] == 0
    assert _cli(capsys, "export", "--format", "geojson", "--out", str(export_file))[0] == 0
    for path in (out_file, export_file):
        features = {f["id"]: f["properties"] for f in json.loads(path.read_text(encoding="utf-8"))["features"]}
        assert rejected.id not in features and merged.id not in features
        props = features[target.id]
        assert props["review"] == "confirmed" and props["stage"] == "under_construction"
        assert (props["total_investment"], props["responsible_unit"]) == (45.6, "区交通局")
        assert {(m["doc"], m["start"], m["end"]) for m in props["mentions"]} == _spans(target) | _spans(merged)
        assert MERGED in props["aliases"]
        assert {p["review"] for p in features.values()} == {"pending", "confirmed"}

    code, out, _ = _cli(capsys, "review", "list", "--state", "rejected", "--json")
    listed = json.loads(out)
    assert code == 0 and [r["id"] for r in listed] == [rejected.id]
    assert listed[0]["reason"] == "generic_reference" and listed[0]["by"] == "wang"
    code, out, _ = _cli(capsys, "review", "list", "--state", "merged", "--json")
    assert [(r["id"], r["merged_into"]) for r in json.loads(out)] == [(merged.id, target.id)]


def test_new_document_naming_the_project_keeps_the_decision(ingested, tmp_path: Path) -> None:
    eng = ingested
    target = _by_name(eng)[TARGET]
    review.edit(eng, target.id, stage=Stage.PRELIMINARY, register={"total_investment": "120", "code": "2023-500223"},
                by="wang")
    review.confirm(eng, [target.id], by="wang")
    new = tmp_path / "綦江区交通建设通报.txt"
    new.write_text("綦江区人民政府\n2024年綦江区交通建设情况通报\n加快渝黔高速扩能建设，力争2026年建成通车。\n",
                   encoding="utf-8")
    assert not pipeline.ingest_files(eng, [new])[0].error
    after = store.load_projects(eng, ids=[target.id])[0]
    assert after.review is ReviewState.CONFIRMED
    assert after.register.total_investment == Decimal("120") and after.register.code == "2023-500223"
    assert new.name in {m.doc for m in after.mentions} and _spans(target) < _spans(after)
    assert after.stage is Stage.PRELIMINARY  # a person's stage today outranks the document's


def test_decisions_follow_their_spans_when_ids_change(ingested, monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    """An improved extractor that gives every project another id: decisions re-attach by source span."""
    eng = ingested
    before = _by_name(eng)
    rejected, merged, target = before[REJECTED], before[MERGED], before[TARGET]
    review.reject(eng, [rejected.id], reason="not_infrastructure", by="wang")
    review.merge(eng, merged.id, into=target.id, by="wang")
    review.edit(eng, target.id, stage="under_construction", geometry={"type": "Point", "coordinates": [105.8, 30.2]},
                by="wang")
    review.confirm(eng, [target.id], by="wang")

    real = pipeline.stable_ids

    def other_ids(conn, linked):
        for ent in real(conn, linked):
            ent.id = "q" + ent.id[1:]
        return linked

    monkeypatch.setattr(pipeline, "stable_ids", other_ids)
    new = tmp_path / "other.txt"
    new.write_text("綦江区人民政府\n加快建设渝贵高铁，力争2025年建成通车。\n", encoding="utf-8")
    assert not pipeline.ingest_files(eng, [new])[0].error
    after = _by_name(eng, hidden=True)
    assert after[REJECTED].id.startswith("q") and after[REJECTED].review is ReviewState.REJECTED
    moved = after[TARGET]
    assert moved.id.startswith("q") and moved.review is ReviewState.CONFIRMED
    assert moved.stage is Stage.UNDER_CONSTRUCTION and moved.precision is Precision.SITE
    assert moved.geometry == {"type": "Point", "coordinates": [105.8, 30.2]}
    assert review.decision(eng, after[MERGED].id).merged_into == moved.id
    assert not [p for p in store.load_projects(eng) if not p.id.startswith("q")]  # no stale project left
    assert review.undo(eng, moved.id, by="wang").state is ReviewState.PENDING  # undo finds the old id's actions


def test_undo_restores_the_previous_decision(ingested, capsys: pytest.CaptureFixture[str]) -> None:
    eng = ingested
    target = _by_name(eng)[TARGET]
    _cli(capsys, "review", "edit", target.id, "--stage", "completed", "--investment", "88.5", "--lonlat",
         "105.8,30.2", "--by", "li")
    _cli(capsys, "review", "confirm", target.id, "--by", "wang")
    _cli(capsys, "review", "reject", target.id, "--reason", "只是泛指", "--by", "zhao")
    assert TARGET not in _by_name(eng)
    assert review.decision(eng, target.id).note == "只是泛指"
    code, out, _ = _cli(capsys, "review", "undo", target.id, "--by", "wang")
    assert code == 0 and "confirmed" in out
    assert _by_name(eng)[TARGET].review is ReviewState.CONFIRMED
    assert _cli(capsys, "review", "undo", target.id, "--by", "wang")[0] == 0  # the confirmation
    assert _cli(capsys, "review", "undo", target.id, "--by", "wang")[0] == 0  # the edit
    restored = _by_name(eng)[TARGET]
    assert restored.review is ReviewState.PENDING and restored.register == Register()
    assert (restored.stage, restored.geometry, restored.precision) == (target.stage, target.geometry, target.precision)
    code, _, err = _cli(capsys, "review", "undo", target.id, "--by", "wang")
    assert code == 1 and err.count("\n") == 1 and "nothing to undo" in err
    entries = [e for e in progress.audit_entries(eng) if e["entity_id"] == target.id]
    assert [e["action"] for e in entries][:4] == ["review_undo"] * 3 + ["review_reject"]
    reject = entries[3]
    assert reject["actor"] == "zhao" and reject["detail"]["review"] == ["confirmed", "rejected"]
    assert reject["detail"]["before"]["state"] == "confirmed" and reject["detail"]["after"]["state"] == "rejected"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["confirm", "pnope", "--by", "w"], "no project pnope"),
        (["edit", "{id}", "--stage", "soon", "--by", "w"], "unknown stage"),
        (["edit", "{id}", "--type", "bridge", "--by", "w"], "unknown type"),
        (["edit", "{id}", "--target-year", "20x5", "--by", "w"], "--target-year"),
        (["edit", "{id}", "--lonlat", "105.8", "--by", "w"], "--lonlat"),
        (["edit", "{id}", "--lonlat", "305.8,30", "--by", "w"], "lon/lat"),
        (["edit", "{id}", "--investment", "about 120", "--by", "w"], "not an amount"),
        (["edit", "{id}", "--by", "w"], "nothing to change"),
        (["merge", "{id}", "--into", "{id}", "--by", "w"], "into itself"),
        (["merge", "{id}", "--into", "pnope", "--by", "w"], "no project pnope"),
        (["reject", "{id}", "--reason", " ", "--by", "w"], "say why"),
        (["undo", "{id}", "--by", "w"], "nothing to undo"),
    ],
)
def test_cli_errors_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    doc = tmp_path / "d.txt"
    doc.write_text("綦江区人民政府\n加快建设渝贵高铁，力争2025年建成通车。\n", encoding="utf-8")
    pipeline.ingest_files(store.engine(url), [doc])
    pid = store.load_projects(store.engine(url))[0].id
    code, out, err = _cli(capsys, "review", *(a.replace("{id}", pid) for a in argv))
    assert code == 1 and out == "" and err.count("\n") == 1 and message in err


# --------------------------------------------------------------------------- the queue, pure


def _project(pid: str, name: str, *, stage: Stage = Stage.PROPOSED, precision: Precision = Precision.SITE,
             mentions: tuple[tuple[str, str, Stage], ...] = (("a.txt", "2023-01-01", Stage.PROPOSED),) * 2,
             type_: str = "highway") -> Project:
    return Project.from_record({
        "id": pid, "name": name, "type": type_, "stage": str(stage), "precision": str(precision),
        "geometry": None if precision is Precision.UNLOCATED else {"type": "Point", "coordinates": [106, 29]},
        "mentions": [Evidence(doc=d, text=name, quote=name, start=i, end=i + 2, stage=s,
                              doc_date=dt.date.fromisoformat(date)).to_dict() for i, (d, date, s) in enumerate(mentions)],
    })


@pytest.mark.parametrize(
    ("project", "needs"),
    [
        (_project("p1", "渝贵高铁"), []),
        (_project("p1", "渝贵高铁", precision=Precision.UNLOCATED), ["unlocated"]),
        (_project("p1", "渝贵高铁", precision=Precision.DISTRICT), ["district_only"]),
        (_project("p1", "渝贵高铁", stage=Stage.UNSPECIFIED), ["stage_unknown"]),
        (_project("p1", "渝贵高铁", mentions=(("new.txt", "2024-01-01", Stage.PROPOSED),) * 2), ["new"]),
        (_project("p1", "渝贵高铁", mentions=(("a.txt", "2023-01-01", Stage.PROPOSED),
                                          ("a.txt", "2023-01-01", Stage.COMPLETED))), ["conflicting"]),
        (_project("p1", "渝贵高铁", mentions=(("a.txt", "2021-01-01", Stage.UNDER_CONSTRUCTION),
                                          ("b.txt", "2023-01-01", Stage.PROPOSED))), ["conflicting"]),
        (_project("p1", "渝贵高铁", mentions=(("a.txt", "2021-01-01", Stage.PROPOSED),
                                          ("b.txt", "2023-01-01", Stage.UNDER_CONSTRUCTION))), []),  # progress
        (_project("p1", "渝贵高铁", mentions=(("a.txt", "2023-01-01", Stage.UNSPECIFIED),)), ["low_confidence"]),
        (_project("p1", "体育中心", type_="other_facility"), ["low_confidence"]),
    ],
)
def test_needs(project: Project, needs: list[str]) -> None:
    assert [str(n) for n in queue.needs_of(project, new_docs={"new.txt"})] == needs


def test_queue_puts_near_duplicates_first_and_leaves_out_hidden() -> None:
    road, section = _project("p1", "合安高速"), _project("p2", "合安高速潼南段")
    other_type = _project("p3", "合安高速服务区", type_="logistics_hub")
    unlocated = _project("p4", "渝贵高铁", precision=Precision.UNLOCATED)
    gone = dataclasses.replace(_project("p5", "合安高速二期"), review=ReviewState.REJECTED)
    items = queue.queue_of([unlocated, road, section, other_type, gone], new_docs=set(),
                           states={ReviewState.PENDING})
    assert [i.project.id for i in items] == ["p1", "p2", "p4", "p3"]
    assert items[0].duplicates == ("p2",) and items[1].duplicates == ("p1",)


def test_queue_of_the_bundled_documents(ingested) -> None:
    items = queue.review_queue(ingested)
    assert len(items) == len(store.load_projects(ingested))
    scores = [i.score for i in items]
    assert scores == sorted(scores, reverse=True)
    section = next(i for i in items if i.project.name == MERGED)
    assert queue.Need.NEAR_DUPLICATE in section.needs
    assert _by_name(ingested)[TARGET].id in section.duplicates


# --------------------------------------------------------------------------- register and exports


def test_register_fields_round_trip_through_exports(tmp_path: Path) -> None:
    register = Register(code="2023-500223-48-01", total_investment=Decimal("120.5"),
                        total_investment_quote="总投资约120.5亿元", annual_investment=Decimal("12"),
                        annual_investment_year=2024, responsible_unit="区交委", responsible_person="张三",
                        construction_progress="65%")
    p = dataclasses.replace(_project("p1", "合安高速"), review=ReviewState.CONFIRMED, register=register)
    props = export.to_feature(p)["properties"]
    assert props["review"] == "confirmed" and props["total_investment"] == 120.5 and props["annual_investment"] == 12
    assert list(props) == [*export.PROPERTY_KEYS, "mentions"]
    for fmt in ("geojson", "csv", "gpkg"):
        out = tmp_path / f"x.{fmt}"
        export.export([p], fmt, out)
        assert export.import_rows(out)[0].register == register
        assert export.import_rows(out)[0].review is ReviewState.CONFIRMED
    header, row = export.csv_text([p]).splitlines()[:2]
    assert header.startswith("编号,名称,别名,类型,阶段") and header.endswith("责任单位,责任人,形象进度,阶段依据")  # issue 11 added the last
    assert ",已核实,2023-500223-48-01,120.5,总投资约120.5亿元," in row  # the state as people read it
    out = tmp_path / "x.xlsx"
    export.export([p], "xlsx", out)
    sheet = openpyxl.load_workbook(out).worksheets[-1]
    cells = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]], strict=True))
    assert (cells["核实状态"], cells["总投资（亿元）"], cells["年度计划投资（亿元）"]) == ("已核实", 120.5, 12)
    assert (cells["责任单位"], cells["责任人"], cells["形象进度"]) == ("区交委", "张三", "65%")


def test_review_filter_and_url() -> None:
    confirmed = dataclasses.replace(_project("p1", "合安高速"), review=ReviewState.CONFIRMED)
    pending = _project("p2", "渝贵高铁")
    f = filters.Filters(review=("confirmed",))
    assert [p.id for p in filters.apply([confirmed, pending], f)] == ["p1"]
    assert filters.from_query(filters.to_query(f)) == f


def test_register_edit_is_validated_and_kept(ingested) -> None:
    eng = ingested
    pid = _by_name(eng)[TARGET].id
    review.edit(eng, pid, register={"construction_progress": "路基完成80%", "annual_investment": "9.6",
                                    "annual_investment_year": 2025}, by="wang")
    with pytest.raises(StoreError, match="unknown register"):
        review.edit(eng, pid, register={"budget": "1"}, by="wang")
    reg = store.load_projects(eng, ids=[pid])[0].register
    assert (reg.construction_progress, reg.annual_investment, reg.annual_investment_year) == (
        "路基完成80%", Decimal("9.6"), 2025)
    stale = review.decision(eng, pid).version - 1
    with pytest.raises(ConflictError, match="reviewed by someone else"):
        review.edit(eng, pid, name="合安高速公路", expected_version=stale, by="li")
