"""The database: engines, locking, documents, projects, mentions and status events.

The tables are declared in :mod:`geo.store.schema`.

SQLite by default, PostgreSQL through ``DATABASE_URL``; the same SQLAlchemy Core
code and bound parameters for both. Geometries are stored as GeoJSON text so no
spatial extension is needed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import json
import random
import secrets
import time
import zlib
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from geo import settings
from geo.errors import StoreError
from geo.model import (
    PERSON_NOTE,
    DocumentInfo,
    EntityType,
    EventSource,
    Evidence,
    GeometrySource,
    Precision,
    Project,
    Register,
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

# The tables, re-exported: the store's modules and the tests address them as ``db.<table>``.
from geo.store.schema import (  # noqa: F401
    app_secrets,
    audit_log,
    data_changes,
    data_version,
    document_versions,
    documents,
    entities,
    extractions,
    geocodes,
    login_failures,
    mention_span,
    mentions,
    metadata,
    review_decisions,
    status_events,
    users,
)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def dispose_engines() -> None:
    """Close every cached engine's pooled connections and forget the engines (tests, settings changes)."""
    for url in list(_ENGINE_URLS):
        engine_for(url).dispose()
    _ENGINE_URLS.clear()
    engine_for.cache_clear()


#: The URLs :func:`engine_for` has made an engine for (so they can be disposed of).
_ENGINE_URLS: set[str] = set()


@functools.cache
def engine_for(url: str) -> Engine:
    """Return the engine of ``url``, made once per URL (see :func:`dispose_engines`)."""
    _ENGINE_URLS.add(url)
    if url.startswith("postgresql"):
        try:
            import psycopg  # noqa: F401  (checked here so the hint is clear)
        except ImportError as e:  # pragma: no cover - depends on the install
            raise StoreError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from e
    if not url.startswith("sqlite"):
        return sa.create_engine(url, future=True, pool_pre_ping=True)
    # Wait for another process's write instead of failing at once, in WAL mode so readers never
    # wait, and take the write lock when a transaction begins (issue 15: "database is locked").
    engine = sa.create_engine(url, future=True, pool_pre_ping=True, connect_args={"timeout": _SQLITE_WAIT_S})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's BEGIN below, not the driver's
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        with contextlib.suppress(Exception):  # busy or read-only: the next connection tries again
            cur.execute("PRAGMA journal_mode=WAL")
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")

    return engine


#: How long a SQLite connection waits for another writer before reporting the database locked.
_SQLITE_WAIT_S = 60.0
#: Execution option asking SQLite for the write lock when the transaction begins.
_WRITE = "plan_atlas_write"
#: Key of the PostgreSQL advisory lock held while the corpus is re-linked and written.
_LOCK_KEY = zlib.crc32(b"plan-atlas corpus") & 0x7FFFFFFF


@contextlib.contextmanager
def locked(
    eng: Engine, *, changes_data: bool = True, touched: Iterable[str] | None = None
) -> Iterator[sa.Connection]:
    """Open a transaction holding the corpus write lock; commit on success.

    Writers that change documents, mentions and links run one at a time:
    PostgreSQL through a transaction-scoped advisory lock, SQLite through
    ``BEGIN IMMEDIATE`` (readers go on in WAL mode). Wrap retries around the
    whole unit of work with :func:`retrying`. Unless ``changes_data`` is false, the
    data version is bumped in the same transaction (:func:`bump_version`), naming the
    projects ``touched`` when the writer knows them.
    """
    with eng.connect().execution_options(**{_WRITE: True}) as conn, conn.begin():
        if eng.dialect.name == "postgresql":
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_LOCK_KEY)))
        yield conn
        if changes_data:
            bump_version(conn, touched=touched)


def retrying(work: Any, *, attempts: int = 8) -> Any:
    """Return ``work()``, run again with backoff while SQLite reports the database locked.

    The busy timeout already waits for other writers; this covers the rare
    lock error SQLite raises without waiting (a checkpoint, a stale snapshot).
    """
    for attempt in range(attempts):
        try:
            return work()
        except sa.exc.OperationalError as e:
            if "database is locked" not in str(e) or attempt == attempts - 1:
                raise
            time.sleep(min(5.0, 0.05 * 2**attempt) * (1 + random.random()))
    raise AssertionError("unreachable")


def engine(url: str | None = None) -> Engine:
    """Return the (cached) engine for ``url`` or the ``DATABASE_URL`` setting."""
    return engine_for(url or settings.database_url())


def init(eng: Engine) -> None:
    """Create every table and index that does not exist yet (safe to run from many processes)."""
    retrying(lambda: _init(eng))


#: Nullable columns later releases added to existing tables; :func:`init` adds those missing.
_ADDED_COLUMNS: tuple[sa.Column, ...] = (
    *(mentions.c[name] for name in ("start_year", "year_basis", "period_start", "period_end", "register")),
    users.c.disabled_at,
    documents.c.year,
    documents.c.year_source,
)


def _init(eng: Engine) -> None:
    with locked(eng, changes_data=False) as conn:
        metadata.create_all(conn)
        _add_columns(conn)
        if mention_span.name not in {i["name"] for i in sa.inspect(conn).get_indexes("mentions")}:
            _drop_duplicate_mentions(conn)
            mention_span.create(conn, checkfirst=True)
            bump_version(conn)  # the copies dropped change what readers loaded (once, on an old database)
        if conn.execute(sa.select(data_version.c.id)).first() is None:
            conn.execute(data_version.insert().values(id=1, nonce=secrets.token_hex(8), version=0))


def bump_version(conn: sa.Connection, *, touched: Iterable[str] | None = None) -> None:
    """Mark the project data changed, inside the writing transaction ``conn`` (see :func:`data_version_of`).

    Every write to documents, projects, review decisions or progress calls it
    (:func:`locked` does for its writers), so readers reload once per change. A
    writer that knows which projects it ``touched`` names them, so a reader can
    reload only those (:func:`touched_between`); without them, anything may have changed.
    """
    done = conn.execute(
        data_version.update().where(data_version.c.id == 1).values(version=data_version.c.version + 1)
    ).rowcount
    if not done:  # a database made before the stamp: its first write creates it
        conn.execute(data_version.insert().values(id=1, nonce=secrets.token_hex(8), version=1))
    ids = sorted(set(touched or ()))
    if ids:
        version = conn.execute(sa.select(data_version.c.version)).scalar_one()
        conn.execute(data_changes.insert(), [{"version": version, "entity_id": i} for i in ids])
        conn.execute(data_changes.delete().where(data_changes.c.version < version - _CHANGES_KEPT))


#: Versions whose touched projects are kept (a reader further behind reloads everything).
_CHANGES_KEPT = 1000


def touched_between(eng: Engine, old: str, new: str) -> set[str] | None:
    """Return the projects changed from stamp ``old`` to stamp ``new``, or None if anything may have.

    None unless both stamps are of this database (:func:`data_version_of`), ``old`` is
    the earlier, and every bump in between named the projects it touched.
    """
    (db_old, _, v_old), (db_new, _, v_new) = old.rpartition(":"), new.rpartition(":")
    if db_old != db_new or not (v_old.isdigit() and v_new.isdigit()) or int(v_old) > int(v_new):
        return None
    first, last = int(v_old), int(v_new)
    with eng.connect() as conn:
        rows = conn.execute(sa.select(data_changes.c.version, data_changes.c.entity_id).where(
            data_changes.c.version > first, data_changes.c.version <= last)).all()
    if len({r.version for r in rows}) != last - first:
        return None
    return {r.entity_id for r in rows}


def data_version_of(eng: Engine) -> str:
    """Return the stamp of the project data: equal while nothing was written, different after any write.

    One small ``SELECT`` (cheap enough for every rerun of every session). The stamp
    names the database (its URL and a nonce made with it) and a counter bumped
    by :func:`bump_version`, so two databases, or one reset, never share a stamp.
    """
    with eng.connect() as conn:
        row = conn.execute(sa.select(data_version.c.nonce, data_version.c.version)).first()
    nonce, version = (row.nonce, row.version) if row else ("none", 0)
    return f"{eng.url.render_as_string(hide_password=True)}#{nonce}:{version}"


def _add_columns(conn: sa.Connection) -> None:
    """Add the nullable :data:`_ADDED_COLUMNS` a database made by an older release lacks (issue 11)."""
    quote = conn.dialect.identifier_preparer.quote
    inspector = sa.inspect(conn)
    for col in _ADDED_COLUMNS:
        have = {c["name"] for c in inspector.get_columns(col.table.name)}
        if col.name not in have:
            kind = col.type.compile(dialect=conn.dialect)
            conn.exec_driver_sql(f"ALTER TABLE {quote(col.table.name)} ADD COLUMN {quote(col.name)} {kind}")


def year_columns(start_year: int | None, year_basis: str | None, period: Any) -> dict[str, Any]:
    """Return the ``mentions`` columns of a mention's years: start year, basis, plan period (a pair or None)."""
    first, last = period if period else (None, None)
    return {"start_year": start_year, "year_basis": year_basis, "period_start": first, "period_end": last}


def register_column(register: Any) -> str | None:
    """Return the ``mentions.register`` value of a mention's register (a Register or its dict; NULL when empty)."""
    if register is None:
        return None
    values = register if isinstance(register, dict) else register.to_dict()
    kept = {k: v for k, v in values.items() if v is not None}
    return json.dumps(kept, ensure_ascii=False, sort_keys=True) if kept else None


def register_of(value: str | None) -> Register | None:
    """Return the register of a ``mentions.register`` value (None for NULL)."""
    return Register.from_dict(json.loads(value)) if value else None


def _drop_duplicate_mentions(conn: sa.Connection) -> None:
    """Delete the copies of a mention span that older releases could store twice (issue 15)."""
    keep = (
        sa.select(sa.func.min(mentions.c.id))
        .group_by(mentions.c.document_id, mentions.c.entity_id, mentions.c.start, mentions.c.end)
        .scalar_subquery()
    )
    copies = sa.select(mentions.c.id).where(mentions.c.id.not_in(keep))
    conn.execute(status_events.delete().where(status_events.c.mention_id.in_(copies)))
    conn.execute(mentions.delete().where(mentions.c.id.not_in(keep)))


def reset(eng: Engine) -> None:
    """Drop and recreate every table (tests and ``python -m geo reset``)."""
    metadata.drop_all(eng)
    init(eng)


def is_empty(eng: Engine) -> bool:
    """Return whether no document has been stored yet."""
    init(eng)
    with eng.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one() == 0


@dataclass(frozen=True, slots=True)
class GeoInfo:
    """Where an entity was placed: GeoJSON geometry (or None), precision, areas, note."""

    geometry: dict[str, Any] | None
    precision: Precision
    areas: list[str]
    note: str = ""


def _drop_orphans(conn: sa.Connection) -> None:
    """Delete entities that no document names any more and no person touched."""
    named = sa.select(mentions.c.entity_id)
    manual = sa.select(status_events.c.entity_id).where(
        status_events.c.source == event_source_value(EventSource.PERSON)
    )
    conn.execute(
        entities.delete().where(entities.c.id.not_in(named), entities.c.id.not_in(manual))
    )


def list_documents(eng: Engine) -> list[DocumentInfo]:
    """Return every document (without its text) with its number of mentions, by date."""
    count = (
        sa.select(sa.func.count(mentions.c.id))
        .where(mentions.c.document_id == documents.c.id)
        .scalar_subquery()
    )
    query = sa.select(
        documents.c.id,
        documents.c.name,
        documents.c.title,
        documents.c.issuer,
        documents.c.date,
        documents.c.year,
        documents.c.year_source,
        documents.c.ingested_at,
        count.label("mentions"),
    ).order_by(documents.c.date.desc().nulls_last(), documents.c.name)
    with eng.connect() as conn:
        return [DocumentInfo(**r._mapping) for r in conn.execute(query)]


def document_text(eng: Engine, name: str) -> str | None:
    """Return the decoded original text of a document, or None if unknown."""
    with eng.connect() as conn:
        return conn.execute(
            sa.select(documents.c.raw_text).where(documents.c.name == name)
        ).scalar_one_or_none()


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
    with _bulk():
        with eng.connect() as conn:
            decided = {r.project_id: decisions.from_row(r._mapping)
                       for r in conn.execute(sa.select(review_decisions))}
        wanted_ids = None if ids is None else decisions.with_merged(list(ids), decided)
        projects = _load_projects(eng, ids=wanted_ids)
        return decisions.apply(projects, decided, hidden=hidden, ids=None if ids is None else list(ids))


#: Stages and event sources by stored value: a dict lookup instead of an enum call per row.
_STAGES: dict[str, Stage] = {str(s): s for s in Stage}
_SOURCES: dict[str, EventSource] = {str(s): s for s in EventSource} | {PERSON_NOTE: EventSource.PERSON}


def _stage(value: str) -> Stage:
    return _STAGES.get(value) or Stage(value)  # an unknown value raises as Stage() does


@contextlib.contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many acyclic records.

    Loading 50,000 projects makes over half a million objects the collector
    tracks (rows, records, dicts and lists of coordinates), none of which form a
    cycle; every 700 allocations a collection would walk the young ones again,
    about a quarter of the load's CPU time at 10,000 (issue 16). The collector
    is restored as it was, so it runs once over them afterwards.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
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


def _load_projects(eng: Engine, *, ids: Iterable[str] | None = None) -> list[Project]:
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
        )
        .join(documents, documents.c.id == mentions.c.document_id)
        .order_by(documents.c.date, documents.c.name, mentions.c.start)
    )
    event_q = sa.select(
        status_events.c.entity_id, status_events.c.stage, status_events.c.previous_stage, status_events.c.date,
        status_events.c.target_year, status_events.c.source, status_events.c.note, status_events.c.author,
    ).order_by(status_events.c.date, status_events.c.id)
    if ids is not None:
        wanted = list(ids)
        ent_q = ent_q.where(entities.c.id.in_(wanted))
        ment_q = ment_q.where(mentions.c.entity_id.in_(wanted))
        event_q = event_q.where(status_events.c.entity_id.in_(wanted))
    with eng.connect() as conn:
        docs = {r[0]: tuple(r[1:]) for r in conn.execute(doc_q)}
        ent_rows = conn.execute(ent_q).all()
        ment_rows = conn.execute(ment_q).all()
        event_rows = conn.execute(event_q).all()
    return _projects(ent_rows, _evidence(ment_rows, docs), _events(event_rows))


def _evidence(rows: Iterable[Any], docs: dict[int, tuple[Any, ...]]) -> dict[str, list[Evidence]]:
    """Return the mentions of each entity, in the rows' order."""
    out: dict[str, list[Evidence]] = {}
    registers: dict[str, Register | None] = {}  # a Register is immutable: one per distinct stored text
    for (entity_id, document_id, text, quote, start, end, stage, target_year, lead_unit, start_year, year_basis,
         period_start, period_end, register) in rows:
        doc, doc_title, doc_date, doc_year, doc_year_source = docs[document_id]
        if register is not None and register not in registers:
            registers[register] = register_of(register)
        evidence = Evidence(
            doc=doc, doc_title=doc_title, doc_date=doc_date, doc_year=doc_year, doc_year_source=doc_year_source,
            text=text, quote=quote, start=start, end=end,
            stage=_stage(stage), target_year=target_year, lead_unit=lead_unit, start_year=start_year,
            year_basis=year_basis, period=(period_start, period_end) if period_start is not None else None,
            register=registers[register] if register is not None else None,
        )
        if entity_id in out:
            out[entity_id].append(evidence)
        else:
            out[entity_id] = [evidence]
    return out


def _events(rows: Iterable[Any]) -> dict[str, list[StatusEvent]]:
    """Return the status events of each entity, in the rows' order.

    A StatusEvent is immutable and a document's events repeat (its date, a
    stage, a target year): equal rows give the one record.
    """
    out: dict[str, list[StatusEvent]] = {}
    made: dict[tuple[Any, ...], StatusEvent] = {}
    for entity_id, *values in rows:
        key = tuple(values)
        event = made.get(key)
        if event is None:
            stage, previous_stage, date, target_year, source, note, author = key
            event = made[key] = StatusEvent(
                stage=_stage(stage), previous_stage=_stage(previous_stage) if previous_stage else None, date=date,
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
    out = []
    for id_, name, aliases, type_, places, part_of, areas, precision, geometry, geo_note, version in rows:
        evs = events.get(id_, ())
        ments = governing_first(evidence.get(id_, ()))
        out.append(
            Project(
                id=id_,
                name=name,
                aliases=lists[aliases],
                type=types.get(type_) or EntityType(type_),
                stage=latest_stage(evs),
                target_year=latest_target_year(evs),
                start_year=latest_start_year(ments),
                period=latest_period(ments),
                places=lists[places],
                part_of=part_of,
                areas=lists[areas],
                precision=precisions.get(precision) or Precision(precision),
                geometry=_geometry(geometry),
                geo_note=geo_note,
                geometry_source=GeometrySource.of_note(geo_note),
                version=version,
                mentions=ments,
                events=tuple(evs),
                register=stated_register(ments),
            )
        )
    return out


def event_source_value(source: EventSource) -> str:
    """Return the ``status_events.source`` value of ``source`` (a person is stored as "manual")."""
    return PERSON_NOTE if source is EventSource.PERSON else str(source)


def counts(eng: Engine) -> dict[str, int]:
    """Return the number of rows in each table (for status lines and tests)."""
    with eng.connect() as conn:
        return {
            t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
            for t in (documents, entities, mentions, status_events)
        }
