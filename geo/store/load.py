"""Load the stored projects as :class:`geo.model.Project` records, people's decisions applied.

What every page, map and export starts from (:func:`load_projects`); at 50,000 projects
it must stay within a second (issue 16): one query per table in one read transaction,
rows as tuples, equal stored texts decoded once, and the cyclic collector kept off the
hundreds of thousands of records it builds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import json
from dataclasses import fields
from typing import Any, Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from geo.model import (
    PERSON_NOTE,
    Decision,
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
    governing_first,
    latest_period,
    latest_stage,
    latest_start_year,
    latest_target_year,
    stated_register,
)
from geo.store import decisions
from geo.store.db import register_of
from geo.store.schema import documents, entities, mentions, review_decisions, status_events


def load_projects(eng: Engine, *, ids: Iterable[str] | None = None, hidden: bool = False) -> list[Project]:
    """Return every project (or those in ``ids``) with its geometry, current stage and mentions.

    Projects come by name; each carries its mentions (with their document's
    name, title and date, oldest document first, each document's governing
    mention first: :func:`geo.model.governing_first`) and its status timeline
    (oldest first), from which its stage and target year are taken. People's
    decisions apply (:mod:`geo.store.decisions`): review state, name, type,
    register, and merges — a merge target carries the merged projects'
    mentions, events and names. Rejected and merged-away projects are left
    out unless ``hidden`` (the review queue).
    """
    with _bulk(), eng.connect() as conn:  # one read transaction: decisions and projects of one moment
        decided = read_decisions(conn)
        wanted_ids = None if ids is None else decisions.with_merged(list(ids), decided)
        projects = _load_projects(conn, ids=wanted_ids)
        return decisions.apply(projects, decided, hidden=hidden, ids=None if ids is None else list(ids))


def read_decisions(conn: sa.Connection) -> dict[str, Decision]:
    """Return every stored review decision by project id (all rows at once: iterating fetched them one by one)."""
    return {r.project_id: decisions.from_row(r._mapping) for r in conn.execute(sa.select(review_decisions)).all()}


#: Stages and event sources by stored value: a dict lookup instead of an enum call per row.
_STAGES: dict[str, Stage] = {str(s): s for s in Stage}
_SOURCES: dict[str, EventSource] = {str(s): s for s in EventSource} | {PERSON_NOTE: EventSource.PERSON}


#: The constructors' arguments in the order :func:`_evidence` and :func:`_projects` pass them: positional
#: arguments are a fifth cheaper than keywords for the 100,000 records of a load at 50k (issue 16).
_EVIDENCE_ORDER = ("doc", "text", "quote", "start", "end", "stage", "target_year", "lead_unit", "doc_date", "doc_title",
                   "start_year", "year_basis", "period", "doc_year", "doc_year_source", "register",
                   "stage_basis")
_PROJECT_ORDER = ("id", "name", "type", "stage", "target_year", "start_year", "period", "aliases", "places", "part_of",
                  "areas", "precision", "geometry", "geo_note", "geometry_source", "version", "mentions", "events",
                  "review", "register")
for _record, _order in ((Evidence, _EVIDENCE_ORDER), (Project, _PROJECT_ORDER)):
    if tuple(f.name for f in fields(_record)) != _order:  # a field added or moved in geo.model: follow it here
        raise ImportError(f"geo.store.load passes {_record.__name__}'s fields in another order than geo.model has")


def _stage(value: str) -> Stage:
    return _STAGES.get(value) or Stage(value)  # an unknown value raises as Stage() does


@contextlib.contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many acyclic records.

    Loading 50,000 projects makes over half a million objects the collector
    tracks (rows, records, dicts and lists of coordinates), none of which form a
    cycle; every 700 allocations a collection would walk the young ones again,
    about a quarter of the load's CPU time at 10,000 (issue 16). Re-enabled, the
    collector would still walk them all once at its next allocation (0.1-0.2 s at
    50,000): ``freeze`` then ``unfreeze`` moves them straight into the oldest
    generation instead, where only the rare full collection looks at them, and
    from where they are freed like any other object.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was:
            gc.enable()


_SCAN = json.JSONDecoder().scan_once


def _geometry(text: str | None) -> dict[str, Any] | None:
    """Return a stored GeoJSON geometry (None for NULL or empty).

    The decoder's C scanner directly: :func:`json.loads` adds three Python calls
    per text, 50 ms of loading 50,000 projects (issue 16). Anything but one bare
    JSON value (whitespace around it, an error) goes through :func:`json.loads`.
    """
    if not text:
        return None
    try:
        value, end = _SCAN(text, 0)
    except StopIteration:
        return json.loads(text)  # raises the usual JSONDecodeError
    return value if end == len(text) else json.loads(text)


class _Decoded(dict[str, Any]):
    """JSON lists decoded once per load: equal texts (the same places, areas) give the one immutable tuple."""

    def __missing__(self, text: str) -> tuple[Any, ...]:
        value = self[text] = tuple(json.loads(text))
        return value


def _load_projects(conn: sa.Connection, *, ids: Iterable[str] | None = None) -> list[Project]:
    """Return the projects as the documents give them (no decision applied).

    One query per table, whatever the number of projects (issue 16): the
    documents (name, title, date), then every entity, mention and status event,
    joined to their projects in Python.
    """
    doc_q = sa.select(documents.c.id, documents.c.name, documents.c.title, documents.c.date, documents.c.year,
                      documents.c.year_source)
    ent_q = sa.select(
        entities.c.id, entities.c.name, entities.c.aliases, entities.c.type, entities.c.places, entities.c.part_of,
        entities.c.areas, entities.c.precision, entities.c.geometry, entities.c.geo_note, entities.c.version,
    ).order_by(entities.c.name)
    # the join only orders the mentions (oldest document first); the documents' columns come once from doc_q
    ment_q = (
        sa.select(
            mentions.c.entity_id, mentions.c.document_id, mentions.c.text, mentions.c.quote, mentions.c.start,
            mentions.c.end, mentions.c.stage, mentions.c.target_year, mentions.c.lead_unit, mentions.c.start_year,
            mentions.c.year_basis, mentions.c.period_start, mentions.c.period_end, mentions.c.register,
            mentions.c.stage_basis,
        )
        .join(documents, documents.c.id == mentions.c.document_id)
        .order_by(documents.c.date, documents.c.name, mentions.c.start)
    )
    event_q = sa.select(
        status_events.c.entity_id, status_events.c.stage, status_events.c.previous_stage, status_events.c.date,
        status_events.c.target_year, status_events.c.source, status_events.c.note, status_events.c.author,
    ).order_by(status_events.c.date, status_events.c.id)
    docs = {r[0]: tuple(r[1:]) for r in conn.execute(doc_q).all()}
    if ids is None:  # every project: the rows as the driver gives them
        ent_rows, ment_rows, event_rows = (_driver_rows(conn, q) for q in (ent_q, ment_q, event_q))
        text_dates = conn.dialect.name == "sqlite"  # SQLite keeps a date as its ISO text
    else:
        text_dates = False  # SQLAlchemy's rows: dates already converted
        wanted = list(ids)
        ent_rows = conn.execute(ent_q.where(entities.c.id.in_(wanted))).all()
        ment_rows = conn.execute(ment_q.where(mentions.c.entity_id.in_(wanted))).all()
        event_rows = conn.execute(event_q.where(status_events.c.entity_id.in_(wanted))).all()
    return _projects(ent_rows, _evidence(ment_rows, docs), _events(event_rows, text_dates=text_dates))


def _driver_rows(conn: sa.Connection, query: sa.Select[Any]) -> list[tuple[Any, ...]]:
    """Return the rows of a query without bound parameters as plain tuples from the driver's cursor.

    In the connection's transaction, without SQLAlchemy's row objects and result processing:
    a tenth of loading 50,000 projects (issue 16). Only the date columns need converting, on SQLite.
    """
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(str(query.compile(dialect=conn.dialect)))
        return cursor.fetchall()
    finally:
        cursor.close()


@functools.lru_cache(maxsize=4096)
def _date(text: str | None) -> dt.date | None:
    """Return a date SQLite keeps as ``YYYY-MM-DD`` text (what SQLAlchemy's Date type reads), or None."""
    return dt.date.fromisoformat(text) if text else None


def _evidence(rows: Iterable[Any], docs: dict[int, tuple[Any, ...]]) -> dict[str, list[Evidence]]:
    """Return the mentions of each entity, in the rows' order."""
    out: dict[str, list[Evidence]] = {}
    registers: dict[str, Register | None] = {}  # a Register is immutable: one per distinct stored text
    stages = _STAGES  # a local lookup, no call per row (_stage only for a value it does not know)
    for (entity_id, document_id, text, quote, start, end, stage, target_year, lead_unit, start_year, year_basis,
         period_start, period_end, register, stage_basis) in rows:
        doc, doc_title, doc_date, doc_year, doc_year_source = docs[document_id]
        if register is not None and register not in registers:
            registers[register] = register_of(register)
        evidence = Evidence(  # in the order of _EVIDENCE_ORDER
            doc, text, quote, start, end, stages.get(stage) or _stage(stage), target_year, lead_unit, doc_date,
            doc_title, start_year, year_basis, (period_start, period_end) if period_start is not None else None,
            doc_year, doc_year_source, registers[register] if register is not None else None, stage_basis,
        )
        if entity_id in out:
            out[entity_id].append(evidence)
        else:
            out[entity_id] = [evidence]
    return out


def _events(rows: Iterable[Any], *, text_dates: bool = False) -> dict[str, list[StatusEvent]]:
    """Return the status events of each entity, in the rows' order.

    A StatusEvent is immutable and a document's events repeat (its date, a
    stage, a target year): equal rows give the one record. ``text_dates``: the
    rows hold dates as ISO text (SQLite's driver), converted once per record made.
    """
    out: dict[str, list[StatusEvent]] = {}
    made: dict[tuple[Any, ...], StatusEvent] = {}
    for row in rows:
        entity_id, key = row[0], tuple(row[1:])
        event = made.get(key)
        if event is None:
            stage, previous_stage, date, target_year, source, note, author = key
            event = made[key] = StatusEvent(
                stage=_stage(stage), previous_stage=_stage(previous_stage) if previous_stage else None,
                date=_date(date) if text_dates else date,
                target_year=target_year, source=_SOURCES.get(source) or EventSource(source), note=note,
                author=author,
            )
        if entity_id in out:
            out[entity_id].append(event)
        else:
            out[entity_id] = [event]
    return out


def _projects(rows: Iterable[Any], evidence: dict[str, list[Evidence]],
              events: dict[str, list[StatusEvent]]) -> list[Project]:
    """Return the projects of the entity rows with their mentions and events."""
    lists = _Decoded()  # aliases, places and areas repeat across projects
    types = {str(t): t for t in EntityType}
    precisions = {str(p): p for p in Precision}
    timelines: dict[int | tuple[int, ...], tuple[Stage, int | None, tuple[StatusEvent, ...]]] = {}
    no_register = Register()
    person, document = GeometrySource.PERSON, GeometrySource.DOCUMENT
    pending = ReviewState.PENDING  # the review state before decisions.apply
    out = []
    for id_, name, aliases, type_, places, part_of, areas, precision, geometry, geo_note, version in rows:
        # Projects of one document share its events (_events gives equal rows one record): the stage and
        # target year of a timeline are worked out once per distinct timeline (issue 16).
        evs = events.get(id_, ())
        key = id(evs[0]) if len(evs) == 1 else tuple(map(id, evs))  # most: one event
        timeline = timelines.get(key)
        if timeline is None:
            timeline = timelines[key] = (latest_stage(evs), latest_target_year(evs), tuple(evs))
        ments = governing_first(evidence.get(id_, ()))
        if len(ments) == 1:  # most projects: one sentence names them; what the latest_* functions give for one
            [m] = ments
            start_year, period = m.start_year or None, m.period or None
            register = stated_register(ments) if m.register else no_register
        else:
            start_year, period, register = latest_start_year(ments), latest_period(ments), stated_register(ments)
        out.append(
            Project(  # in the order of _PROJECT_ORDER
                id_, name, types.get(type_) or EntityType(type_), timeline[0], timeline[1], start_year, period,
                lists[aliases], lists[places], part_of, lists[areas], precisions.get(precision) or Precision(precision),
                _geometry(geometry), geo_note,
                person if geo_note == PERSON_NOTE else document,  # GeometrySource.of_note
                version, ments, timeline[2], pending, register,
            )
        )
    return out
