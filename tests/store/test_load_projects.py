"""Loading projects from the store (issue 16): every field of every record, against values written by hand.

The fixture is written row by row (not through ingest), so the expectation is
independent of the code that stores projects: documents, entities, mentions
(with years, plan period and register text), status events of documents and of
a person, and review decisions (a confirmation with a register edit, a rename,
a rejection, a merge). Run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
from decimal import Decimal

import pytest
import sqlalchemy as sa

from geo import store
from geo.model import (
    EntityType,
    EventSource,
    Evidence,
    GeometrySource,
    Precision,
    Project,
    Register,
    ReviewState,
    Stage,
    StatusEvent,
)
from geo.store import schema

D1, D2 = dt.date(2021, 3, 1), dt.date(2023, 5, 10)
NOW = dt.datetime(2024, 1, 1)
LINE = {"type": "LineString", "coordinates": [[106.1, 29.1], [106.3, 29.2]]}
POINT = {"type": "Point", "coordinates": [105.5, 28.9]}

ENTITIES = [
    # id, name, type, aliases, places, areas, precision, geometry, geo_note, version
    ("p1", "测试东线铁路", "railway", ["东线铁路"], ["甲镇", "乙镇"], ["北区"], "schematic", LINE, "两镇连线", 3),
    ("p2", "测试北港", "port", [], ["甲镇"], ["北区"], "unlocated", None, None, 1),
    ("p3", "测试南园区", "industrial_park", [], [], ["南区"], "site", POINT, "manual", 2),
    ("p4", "测试东线铁路二期", "railway", [], ["乙镇"], ["北区"], "town", POINT, "乙镇", 1),
]
MENTIONS = [
    # id, document, entity, start, stage, target_year, lead_unit, start_year, year_basis, period, register
    (1, 2, "p1", 10, "under_construction", None, "乙局", None, None, None,
     {"total_investment": "120", "total_investment_quote": "总投资120亿元"}),
    (2, 1, "p1", 30, "proposed", 2025, "甲局", None, "explicit", (2021, 2025), None),
    (3, 1, "p1", 5, "unspecified", None, None, None, None, None, None),
    (4, 1, "p2", 40, "preliminary", None, None, 2022, "explicit", None, None),
    (5, 2, "p3", 50, "completed", None, None, None, None, None, None),
    (6, 2, "p4", 60, "starting", 2027, None, None, "explicit", None, {"responsible_unit": "丙公司"}),
]
EVENTS = [
    # id, entity, stage, previous_stage, date, target_year, source, mention, note, author
    (1, "p1", "proposed", None, D1, 2025, "document", 2, None, None),
    (2, "p1", "under_construction", None, D2, None, "document", 1, None, None),
    (3, "p1", "completed", "under_construction", D2, 2024, "manual", None, "已通车", "张三"),
    (4, "p2", "preliminary", None, D1, None, "document", 4, None, None),
    (5, "p3", "completed", None, D2, None, "document", 5, None, None),
    (6, "p4", "starting", None, D2, 2027, "document", 6, None, None),
]
DECISIONS = [
    {"project_id": "p1", "state": "confirmed", "construction_progress": "路基完成60%"},
    {"project_id": "p2", "state": "confirmed", "name": "测试北港码头"},
    {"project_id": "p3", "state": "rejected", "reason": "not_infrastructure"},
    {"project_id": "p4", "state": "merged", "merged_into": "p1"},
]


def _quote(mention_id: int) -> str:
    return f"第{mention_id}句。"


def _fill(eng: sa.Engine) -> None:
    with eng.begin() as conn:
        conn.execute(schema.documents.insert(), [
            {"id": 1, "name": "甲.txt", "title": "甲文件", "date": D1, "sha256": "1" * 64, "raw_text": "", "ingested_at": NOW},
            {"id": 2, "name": "乙.txt", "title": "乙文件", "date": D2, "sha256": "2" * 64, "raw_text": "", "ingested_at": NOW},
        ])
        conn.execute(schema.entities.insert(), [
            {"id": i, "name": n, "type": t, "aliases": json.dumps(a, ensure_ascii=False),
             "places": json.dumps(pl, ensure_ascii=False), "areas": json.dumps(ar, ensure_ascii=False),
             "precision": pr, "geometry": json.dumps(g) if g else None, "geo_note": note, "version": v,
             "updated_at": NOW}
            for i, n, t, a, pl, ar, pr, g, note, v in ENTITIES])
        conn.execute(schema.mentions.insert(), [
            {"id": i, "document_id": d, "entity_id": e, "text": "名", "quote": _quote(i), "start": s, "end": s + 4,
             "stage": st, "target_year": ty, "lead_unit": lu, "start_year": sy, "year_basis": yb,
             "period_start": per[0] if per else None, "period_end": per[1] if per else None,
             "register": json.dumps(reg, ensure_ascii=False) if reg else None}
            for i, d, e, s, st, ty, lu, sy, yb, per, reg in MENTIONS])
        conn.execute(schema.status_events.insert(), [
            {"id": i, "entity_id": e, "stage": st, "previous_stage": ps, "date": d, "target_year": ty, "source": src,
             "mention_id": m, "note": note, "author": au, "created_at": NOW}
            for i, e, st, ps, d, ty, src, m, note, au in EVENTS])
        for d in DECISIONS:
            conn.execute(schema.review_decisions.insert().values(spans="[]", version=1, **d))
        store.bump_version(conn)


def _evidence(mention_id: int) -> Evidence:
    """The mention as written in the fixture, spelled out field by field."""
    by_id = {
        1: dict(doc="乙.txt", doc_title="乙文件", doc_date=D2, start=10, stage=Stage.UNDER_CONSTRUCTION,
                lead_unit="乙局", register=Register(total_investment=Decimal("120"),
                                                   total_investment_quote="总投资120亿元")),
        2: dict(doc="甲.txt", doc_title="甲文件", doc_date=D1, start=30, stage=Stage.PROPOSED, target_year=2025,
                lead_unit="甲局", year_basis="explicit", period=(2021, 2025)),
        3: dict(doc="甲.txt", doc_title="甲文件", doc_date=D1, start=5),
        4: dict(doc="甲.txt", doc_title="甲文件", doc_date=D1, start=40, stage=Stage.PRELIMINARY, start_year=2022,
                year_basis="explicit"),
        5: dict(doc="乙.txt", doc_title="乙文件", doc_date=D2, start=50, stage=Stage.COMPLETED),
        6: dict(doc="乙.txt", doc_title="乙文件", doc_date=D2, start=60, stage=Stage.STARTING, target_year=2027,
                year_basis="explicit", register=Register(responsible_unit="丙公司")),
    }[mention_id]
    return Evidence(text="名", quote=_quote(mention_id), end=by_id["start"] + 4, **by_id)


E1 = StatusEvent(stage=Stage.PROPOSED, date=D1, target_year=2025)
E2 = StatusEvent(stage=Stage.UNDER_CONSTRUCTION, date=D2)
E3 = StatusEvent(stage=Stage.COMPLETED, previous_stage=Stage.UNDER_CONSTRUCTION, date=D2, target_year=2024,
                 source=EventSource.PERSON, note="已通车", author="张三")
E6 = StatusEvent(stage=Stage.STARTING, date=D2, target_year=2027)

#: The railway with the second phase merged into it: the merged mentions, events and name join it;
#: each document's governing mention first (the one with a target year); the person's update of the
#: same day decides stage and target year; the register joins the text's figures and the person's edit.
P1 = Project(
    id="p1", name="测试东线铁路", type=EntityType.RAILWAY, stage=Stage.COMPLETED, target_year=2024, start_year=None,
    period=(2021, 2025), aliases=("东线铁路", "测试东线铁路二期"), places=("甲镇", "乙镇"), part_of=None,
    areas=("北区",), precision=Precision.SCHEMATIC, geometry=LINE, geo_note="两镇连线",
    geometry_source=GeometrySource.DOCUMENT, version=3,
    mentions=(_evidence(2), _evidence(3), _evidence(6), _evidence(1)), events=(E1, E2, E3, E6),
    review=ReviewState.CONFIRMED,
    register=Register(total_investment=Decimal("120"), total_investment_quote="总投资120亿元",
                      responsible_unit="丙公司", construction_progress="路基完成60%"),
)
#: The port renamed by a person: the extracted name becomes an alias.
P2 = Project(
    id="p2", name="测试北港码头", type=EntityType.PORT, stage=Stage.PRELIMINARY, target_year=None, start_year=2022,
    period=None, aliases=("测试北港",), places=("甲镇",), part_of=None, areas=("北区",),
    precision=Precision.UNLOCATED, geometry=None, geo_note=None, geometry_source=GeometrySource.DOCUMENT,
    version=1, mentions=(_evidence(4),), events=(StatusEvent(stage=Stage.PRELIMINARY, date=D1),),
    review=ReviewState.CONFIRMED, register=Register(),
)


@pytest.fixture
def filled(eng: sa.Engine) -> sa.Engine:
    _fill(eng)
    return eng


def test_loaded_projects_equal_the_fixture_field_by_field(filled: sa.Engine) -> None:
    got = store.load_projects(filled)
    assert [p.id for p in got] == ["p1", "p2"]  # rejected and merged-away left out, by name
    for have, want in zip(got, (P1, P2)):
        for name in Project.__dataclass_fields__:
            assert getattr(have, name) == getattr(want, name), (want.id, name)
    assert got == [P1, P2]


def test_selected_project_carries_what_was_merged_into_it(filled: sa.Engine) -> None:
    assert store.load_projects(filled, ids=["p1"]) == [P1]
    assert store.load_projects(filled, ids=["p2", "nothing"]) == [P2]


def test_hidden_projects_are_loaded_with_their_own_records(filled: sa.Engine) -> None:
    got = {p.id: p for p in store.load_projects(filled, hidden=True)}
    assert {k: p.review for k, p in got.items()} == {
        "p1": ReviewState.CONFIRMED, "p2": ReviewState.CONFIRMED,
        "p3": ReviewState.REJECTED, "p4": ReviewState.MERGED}
    p3, p4 = got["p3"], got["p4"]
    assert (p3.stage, p3.geometry, p3.geometry_source, p3.mentions) == (
        Stage.COMPLETED, POINT, GeometrySource.PERSON, (_evidence(5),))
    assert (p4.stage, p4.target_year, p4.mentions, p4.events, p4.register) == (
        Stage.STARTING, 2027, (_evidence(6),), (E6,), Register(responsible_unit="丙公司"))


def test_equal_stored_lists_are_not_shared_as_mutable_values(filled: sa.Engine) -> None:
    # places and areas repeat across projects and are decoded once per load: they must be immutable
    got = store.load_projects(filled, hidden=True)
    assert all(isinstance(v, tuple) for p in got for v in (p.aliases, p.places, p.areas))
    # each project gets its own geometry dict (a caller changing one never changes another)
    geometries = [p.geometry for p in got if p.geometry]
    assert len({id(g) for g in geometries}) == len(geometries)


def test_the_collector_is_left_as_it_was(filled: sa.Engine, tmp_path) -> None:
    # the load pauses the cyclic garbage collector while it builds records; it must come back
    assert gc.isenabled()
    store.load_projects(filled)
    assert gc.isenabled()
    half = store.engine(f"sqlite:///{tmp_path / 'half.db'}")
    schema.review_decisions.create(half)  # decisions read, then no projects' tables: the load fails half way
    with pytest.raises(sa.exc.OperationalError, match="no such table"):
        store.load_projects(half)
    assert gc.isenabled()
    gc.disable()
    try:
        store.load_projects(filled)
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
