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
    EventSource,
    Precision,
    Register,
)

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
    *(mentions.c[name] for name in ("start_year", "year_basis", "period_start", "period_end", "register",
                                             "stage_basis")),
    users.c.disabled_at,
    documents.c.year,
    documents.c.year_source,
    documents.c.file_dates,
)

#: Text columns later releases widened; :func:`init` widens them where a database made by an older release has them
#: narrower (PostgreSQL enforces a length, SQLite does not). ``documents.media_type``: a .docx type is 71 characters.
_WIDENED_COLUMNS: tuple[sa.Column, ...] = (documents.c.media_type,)


def _init(eng: Engine) -> None:
    with locked(eng, changes_data=False) as conn:
        metadata.create_all(conn)
        _add_columns(conn)
        _widen_columns(conn)
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


def _widen_columns(conn: sa.Connection) -> None:
    """Widen the :data:`_WIDENED_COLUMNS` a database made by an older release keeps narrower (PostgreSQL only)."""
    if conn.dialect.name != "postgresql":
        return
    quote = conn.dialect.identifier_preparer.quote
    for col in _WIDENED_COLUMNS:
        have = {c["name"]: c["type"] for c in sa.inspect(conn).get_columns(col.table.name)}
        length = getattr(have.get(col.name), "length", None)
        if length is not None and length < col.type.length:
            kind = col.type.compile(dialect=conn.dialect)
            conn.exec_driver_sql(f"ALTER TABLE {quote(col.table.name)} ALTER COLUMN {quote(col.name)} TYPE {kind}")


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


def drop_orphans(conn: sa.Connection) -> None:
    """Delete entities that no document names any more and no person touched."""
    named = sa.select(mentions.c.entity_id)
    manual = sa.select(status_events.c.entity_id).where(
        status_events.c.source == event_source_value(EventSource.PERSON)
    )
    conn.execute(
        entities.delete().where(entities.c.id.not_in(named), entities.c.id.not_in(manual))
    )


def list_documents(eng: Engine) -> list[DocumentInfo]:
    """Return every document (without its text) with its number of mentions, newest first.

    A document without a full date stands by its year (``year``: its number's, title's or file
    name's, or a person's), after the dated documents of that year; one with neither comes last.
    """
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
    )
    year = sa.func.coalesce(documents.c.year, sa.extract("year", documents.c.date))
    query = query.order_by(year.desc().nulls_last(), documents.c.date.desc().nulls_last(), documents.c.name)
    with eng.connect() as conn:
        return [DocumentInfo(**r._mapping) for r in conn.execute(query)]


def document_text(eng: Engine, name: str) -> str | None:
    """Return the decoded original text of a document, or None if unknown."""
    with eng.connect() as conn:
        return conn.execute(
            sa.select(documents.c.raw_text).where(documents.c.name == name)
        ).scalar_one_or_none()


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
