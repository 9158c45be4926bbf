"""The database layer, run against SQLite and a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt

from geo import store
from geo.model import DocumentMeta, Entity, EntityType, Mention, Precision, SourceText, Stage


def _source(name: str, text: str, date: dt.date) -> SourceText:
    return SourceText.plain(name, text, DocumentMeta(title=f"{name} 标题", issuer="重庆市綦江区人民政府办公室", date=date), "0" * 64)


def _entity(name: str, doc: str, text: str, stage: Stage, year: int | None, date: dt.date) -> Entity:
    start = text.index(name)
    return Entity(
        name=name,
        type=EntityType.RAILWAY,
        places=["重庆", "昆明"],
        mentions=[
            Mention(doc=doc, text=name, quote=text, start=start, end=start + len(name),
                    stage=stage, target_year=year, lead_unit="区交通局", doc_date=date)
        ],
    )


TEXT_A = "加快推进渝昆高铁建设，力争2025年建成。"
TEXT_B = "渝昆高铁于2026年建成通车。"


def test_save_and_load_round_trip(eng) -> None:
    d = dt.date(2022, 8, 13)
    src = _source("a.txt", TEXT_A, d)
    ent = _entity("渝昆高铁", "a.txt", TEXT_A, Stage.UNDER_CONSTRUCTION, 2025, d)
    info = store.GeoInfo({"type": "LineString", "coordinates": [[106.5, 29.5], [102.7, 25.0]]},
                         Precision.SCHEMATIC, ["綦江"], "corridor")
    store.save_document(eng, src, [ent], {ent.id: info})

    [proj] = store.load_projects(eng)
    assert proj.name == "渝昆高铁"
    assert proj.stage == "under_construction"
    assert proj.target_year == 2025
    assert proj.precision == "schematic"
    assert proj.areas == ("綦江",)
    assert proj.geometry["coordinates"][0] == [106.5, 29.5]
    [m] = proj.mentions
    assert (m.doc, m.start, m.end, m.lead_unit) == ("a.txt", 4, 8, "区交通局")
    assert TEXT_A[m.start:m.end] == "渝昆高铁"
    assert m.doc_date == dt.date(2022, 8, 13)
    assert store.document_text(eng, "a.txt") == TEXT_A


def test_reingest_replaces_mentions_never_duplicates(eng) -> None:
    d = dt.date(2022, 8, 13)
    src = _source("a.txt", TEXT_A, d)
    for _ in range(3):
        ent = _entity("渝昆高铁", "a.txt", TEXT_A, Stage.UNDER_CONSTRUCTION, 2025, d)
        store.save_document(eng, src, [ent])
    c = store.counts(eng)
    assert (c["documents"], c["entities"], c["mentions"], c["status_events"]) == (1, 1, 1, 1)


def test_latest_evidence_sets_current_stage(eng) -> None:
    old, new = dt.date(2021, 1, 1), dt.date(2023, 6, 1)
    a = _entity("渝昆高铁", "a.txt", TEXT_A, Stage.UNDER_CONSTRUCTION, 2025, old)
    b = _entity("渝昆高铁", "b.txt", TEXT_B, Stage.COMPLETED, 2026, new)
    store.save_document(eng, _source("b.txt", TEXT_B, new), [b])
    store.save_document(eng, _source("a.txt", TEXT_A, old), [a])
    [proj] = store.load_projects(eng)
    assert proj.stage == "completed"
    assert proj.target_year == 2026
    assert [m.doc for m in proj.mentions] == ["a.txt", "b.txt"]  # oldest document first


def test_entity_no_longer_named_is_dropped(eng) -> None:
    d = dt.date(2022, 8, 13)
    src = _source("a.txt", TEXT_A, d)
    store.save_document(eng, src, [_entity("渝昆高铁", "a.txt", TEXT_A, Stage.PROPOSED, None, d)])
    store.save_document(eng, src, [])
    assert store.counts(eng)["entities"] == 0
    assert store.list_documents(eng)[0].mentions == 0


def test_hostile_text_is_stored_verbatim(eng) -> None:
    name = "<img src=x onerror=alert(1)>港'; DROP TABLE entities;--"
    text = f"建设{name}。"
    d = dt.date(2022, 1, 1)
    ent = _entity(name, "x.txt", text, Stage.PROPOSED, None, d)
    store.save_document(eng, _source("x.txt", text, d), [ent])
    assert store.load_projects(eng)[0].name == name


def test_is_empty(eng) -> None:
    assert store.is_empty(eng)
    store.save_document(eng, _source("a.txt", TEXT_A, dt.date(2022, 1, 1)), [])
    assert not store.is_empty(eng)


def test_load_selected_projects(eng) -> None:
    d = dt.date(2022, 8, 13)
    a = _entity("渝昆高铁", "a.txt", TEXT_A, Stage.PROPOSED, None, d)
    store.save_document(eng, _source("a.txt", TEXT_A, d), [a])
    assert [p.name for p in store.load_projects(eng, ids=[a.id])] == ["渝昆高铁"]
    assert store.load_projects(eng, ids=["nothing"]) == []
