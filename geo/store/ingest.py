"""The ingest's tables: documents with their kept extraction, old versions, the geocode cache, and the corpus write.

Every function takes a connection inside :func:`geo.store.db.locked`, so the
reads and writes of one ingest see and leave a consistent corpus (issue 15).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

import sqlalchemy as sa

from geo.model import Entity, EventSource, GeometrySource, SourceText, Stage
from geo.store import corpus, db
from geo.store.corpus import Extraction
from geo.store.db import (
    GeoInfo,
    documents,
    entities,
    extractions,
    geocodes,
    mentions,
    status_events,
)

#: A list column's JSON (aliases, places, areas), by one encoder made once instead of one per
#: :func:`json.dumps` call (three per project, issue 16). The same text.
_to_json = json.JSONEncoder(ensure_ascii=False).encode


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A stored document without its text: id, name, content hash and metadata."""

    id: int
    name: str
    sha256: str
    title: str
    issuer: str | None
    date: dt.date | None
    year: int | None = None
    year_source: str | None = None
    #: The days its Word or PDF file's properties gave (``SourceText.file_dates``): not in the stored text, kept so
    #: that every later reading of its year (a re-read, an undone date) reads them again.
    file_dates: tuple[dt.date, ...] = ()


def stored_documents(conn: sa.Connection) -> dict[str, StoredDocument]:
    """Return every stored document by name."""
    keys = ("id", "name", "sha256", "title", "issuer", "date", "year", "year_source", "file_dates")
    rows = conn.execute(sa.select(*(documents.c[k] for k in keys)))
    return {r.name: StoredDocument(**{**r._mapping, "file_dates": _days(r.file_dates)}) for r in rows}


def set_document_year(conn: sa.Connection, doc_id: int, *, date: dt.date | None, year: int | None,
                      source: str | None) -> dict[str, Any]:
    """Write a document's date, year and the year's source; return what they were (for the audit).

    A person's correction is stored the same way (``source`` ``person``), and read by a re-read of the
    document instead of what its text says (issue 11 item 3).
    """
    cols = (documents.c.date, documents.c.year, documents.c.year_source)
    row = conn.execute(sa.select(*cols).where(documents.c.id == doc_id)).one()
    conn.execute(documents.update().where(documents.c.id == doc_id).values(date=date, year=year, year_source=source))
    return {"date": row.date.isoformat() if row.date else None, "year": row.year, "year_source": row.year_source}


def raw_text(conn: sa.Connection, doc_id: int) -> str:
    """Return a stored document's decoded text."""
    return conn.execute(sa.select(documents.c.raw_text).where(documents.c.id == doc_id)).scalar_one()


def mention_count(conn: sa.Connection, doc_id: int) -> int:
    """Return the number of mentions stored for a document."""
    query = sa.select(sa.func.count()).select_from(mentions).where(mentions.c.document_id == doc_id)
    return conn.execute(query).scalar_one()


def mention_counts(conn: sa.Connection, doc_ids: Sequence[int]) -> dict[int, int]:
    """Return the number of mentions stored for each of ``doc_ids`` (0 for none), in one query per 500."""
    out = dict.fromkeys(doc_ids, 0)
    wanted = list(out)
    for i in range(0, len(wanted), 500):
        query = (sa.select(mentions.c.document_id, sa.func.count()).where(mentions.c.document_id.in_(wanted[i:i + 500]))
                 .group_by(mentions.c.document_id))
        out.update((doc_id, n) for doc_id, n in conn.execute(query))
    return out


def add_document(conn: sa.Connection, source: SourceText, *, now: dt.datetime) -> int:
    """Insert a new document row and return its id."""
    # one statement with bound parameters (not .values(), a new statement for every document: issue 16)
    return int(conn.execute(documents.insert(), {"name": source.name, **_values(source, now)}).inserted_primary_key[0])


def replace_document(conn: sa.Connection, old: StoredDocument, source: SourceText, *, actor: str,
                     now: dt.datetime) -> int:
    """Keep ``old`` as a version in ``document_versions`` and store ``source`` in its place.

    Returns the version number the replaced text is kept under.
    """
    version = archive(conn, old, actor=actor, now=now)
    _drop_mentions(conn, old.id)
    conn.execute(documents.update().where(documents.c.id == old.id).values(**_values(source, now)))
    conn.execute(extractions.delete().where(extractions.c.document_id == old.id))
    return version


def remove_document(conn: sa.Connection, old: StoredDocument, *, actor: str, now: dt.datetime) -> int:
    """Keep ``old`` as a version, then delete it with its mentions; return that version number."""
    version = archive(conn, old, actor=actor, now=now)
    _drop_mentions(conn, old.id)
    conn.execute(extractions.delete().where(extractions.c.document_id == old.id))
    conn.execute(documents.delete().where(documents.c.id == old.id))
    return version


def archive(conn: sa.Connection, old: StoredDocument, *, actor: str, now: dt.datetime) -> int:
    """Copy a stored document's text and metadata to ``document_versions``; return its version number."""
    row = conn.execute(sa.select(documents).where(documents.c.id == old.id)).one()
    version = 1 + conn.execute(
        sa.select(sa.func.count()).select_from(db.document_versions).where(db.document_versions.c.name == old.name)
    ).scalar_one()
    conn.execute(db.document_versions.insert().values(
        name=old.name, version=version, title=row.title, issuer=row.issuer, date=row.date, sha256=row.sha256,
        raw_text=row.raw_text, mentions=mention_count(conn, old.id), ingested_at=row.ingested_at,
        superseded_at=now, superseded_by=actor[:64],
    ))
    return version


def document_versions(conn: sa.Connection, name: str) -> list[dict[str, Any]]:
    """Return the kept earlier versions of a document (without text), oldest first."""
    t = db.document_versions
    query = sa.select(*(c for c in t.c if c.name != "raw_text")).where(t.c.name == name).order_by(t.c.version)
    return [dict(r._mapping) for r in conn.execute(query)]


def _values(source: SourceText, now: dt.datetime) -> dict[str, Any]:
    return {
        "title": source.meta.title, "issuer": source.meta.issuer, "date": source.meta.date,
        "year": source.meta.year, "year_source": source.meta.year_source,
        "file_dates": " ".join(d.isoformat() for d in source.file_dates) or None, "sha256": source.sha256, "encoding": source.encoding, "media_type": source.media_type,
        "raw_text": source.raw, "ingested_at": now,
    }


def _days(column: str | None) -> tuple[dt.date, ...]:
    """Return the days of a ``documents.file_dates`` value (none for NULL)."""
    return tuple(dt.date.fromisoformat(d) for d in (column or "").split())


def _drop_mentions(conn: sa.Connection, doc_id: int) -> None:
    old = sa.select(mentions.c.id).where(mentions.c.document_id == doc_id)
    conn.execute(status_events.delete().where(status_events.c.mention_id.in_(old)))
    conn.execute(mentions.delete().where(mentions.c.document_id == doc_id))


# --------------------------------------------------------------------------- kept extractions


def load_extractions(conn: sa.Connection) -> dict[int, Extraction]:
    """Return the kept extraction of every document that has one, by document id."""
    rows = conn.execute(sa.select(extractions))
    return {r.document_id: Extraction(r.sha256, r.rules, r.entities, r.context) for r in rows}


def stale_documents(conn: sa.Connection, rules: str) -> list[str]:
    """Return the names of the stored documents whose kept extraction another reading would differ from.

    Those kept by other rules (an older or newer extractor: a fingerprint other than
    ``rules``), from other text, or kept by no one (a release before extractions were
    kept), by name. One query: cheap enough for every start.
    """
    query = (
        sa.select(documents.c.name)
        .select_from(documents.outerjoin(extractions, extractions.c.document_id == documents.c.id))
        .where(sa.or_(extractions.c.document_id.is_(None), extractions.c.rules != rules,
                      extractions.c.sha256 != documents.c.sha256))
        .order_by(documents.c.name)
    )
    return list(conn.execute(query).scalars())


def extraction_rules(conn: sa.Connection) -> list[str]:
    """Return the distinct fingerprints of the kept extractions (for the audit of a re-read)."""
    return sorted(conn.execute(sa.select(extractions.c.rules).distinct()).scalars())


def put_extraction(conn: sa.Connection, doc_id: int, extraction: Extraction) -> None:
    """Keep (or replace) a document's extraction."""
    put_extractions(conn, [(doc_id, extraction)])


def put_extractions(conn: sa.Connection, items: Sequence[tuple[int, Extraction]]) -> None:
    """Keep (or replace) the extraction of each ``(document id, extraction)``, in order, a few statements in all."""
    if not items:
        return
    ids = [doc_id for doc_id, _ in items]
    for i in range(0, len(ids), 500):
        conn.execute(extractions.delete().where(extractions.c.document_id.in_(ids[i:i + 500])))
    conn.execute(extractions.insert(), [
        {"document_id": doc_id, "sha256": e.sha256, "rules": e.rules, "entities": e.entities, "context": e.context}
        for doc_id, e in items
    ])


# --------------------------------------------------------------------------- geocode cache


def cached_features(conn: sa.Connection, keys: Iterable[str]) -> dict[str, str]:
    """Return the cached feature JSON of each known key."""
    wanted = sorted(set(keys))
    out: dict[str, str] = {}
    for i in range(0, len(wanted), 500):  # bounded IN lists
        query = sa.select(geocodes).where(geocodes.c.key.in_(wanted[i:i + 500]))
        out.update((r.key, r.feature) for r in conn.execute(query))
    return out


def cache_features(conn: sa.Connection, features: Mapping[str, str], *, keep: Iterable[str]) -> None:
    """Add new cached features and drop the ones no current project uses (``keep``)."""
    keep = set(keep)
    stale = [k for k in conn.execute(sa.select(geocodes.c.key)).scalars() if k not in keep]
    for i in range(0, len(stale), 500):
        conn.execute(geocodes.delete().where(geocodes.c.key.in_(stale[i:i + 500])))
    if features:
        conn.execute(geocodes.insert(), [{"key": k, "feature": v} for k, v in features.items()])


# --------------------------------------------------------------------------- the corpus write


@dataclass(frozen=True, slots=True)
class Row:
    """One linked project as the store keeps it, with the mentions of each document."""

    id: str
    values: dict[str, Any]  # name, type, aliases, places, part_of (JSON where needed)
    geo: GeoInfo | None
    mentions: list[dict[str, Any]]  # corpus.mention_dict keys, doc_date as a date

    @classmethod
    def of(cls, entity: Entity, geo: GeoInfo | None, *, doc: str | None = None) -> Row:
        """Return the row of a linked entity (with only its mentions in ``doc``, if given)."""
        return cls(
            id=entity.id,
            values={"name": entity.name, "type": str(entity.type),
                    "aliases": _to_json(entity.aliases),
                    "places": _to_json(entity.places), "part_of": entity.part_of},
            geo=geo,
            mentions=[corpus.mention_dict(m) | {"doc_date": m.doc_date}
                      for m in entity.mentions if doc is None or m.doc == doc],
        )


def write_corpus(conn: sa.Connection, doc_ids: Mapping[str, int], order: Sequence[str], rows: Sequence[Row],
                 *, now: dt.datetime) -> None:
    """Make the stored projects and mentions equal ``rows``, writing only what differs.

    Rows are written document by document in ``order`` (then in row order),
    the order a full re-save used, so a fresh database gets the same rows in
    the same order. Projects no document names and no person touched go.
    """
    stored_ent = {r.id: r for r in conn.execute(sa.select(entities))}
    stored_ment = {(r.document_id, r.entity_id, r.start, r.end): r for r in conn.execute(sa.select(mentions))}
    wanted: dict[tuple[int, str, int, int], dict[str, Any]] = {}
    for row in rows:
        for m in row.mentions:
            wanted[(doc_ids[m["doc"]], row.id, m["start"], m["end"])] = m
    gone = [r.id for key, r in stored_ment.items() if key not in wanted or _differs(r, wanted[key])]
    for i in range(0, len(gone), 500):
        chunk = gone[i:i + 500]
        conn.execute(status_events.delete().where(status_events.c.mention_id.in_(chunk)))
        conn.execute(mentions.delete().where(mentions.c.id.in_(chunk)))
    dropped = set(gone)
    kept = {k for k, r in stored_ment.items() if r.id not in dropped}
    by_doc: dict[str, dict[int, list[dict[str, Any]]]] = {}  # document → row index → its mentions there
    for i, row in enumerate(rows):
        for m in row.mentions:
            by_doc.setdefault(m["doc"], {}).setdefault(i, []).append(m)
    written: set[str] = set()
    new_entities: list[dict[str, Any]] = []
    new_mentions: list[tuple[int, str, Mapping[str, Any]]] = []
    for doc in order:
        doc_id = doc_ids[doc]
        for i, here in by_doc.get(doc, {}).items():
            row = rows[i]
            if row.id not in written:
                _put_entity(conn, row, stored_ent.get(row.id), now, inserts=new_entities)
                written.add(row.id)
            for m in here:
                if (doc_id, row.id, m["start"], m["end"]) not in kept:
                    new_mentions.append((doc_id, row.id, m))
    # Inserted many rows a statement, in the order a row-by-row write used (issue 16: one
    # statement per row was a third of an ingest); projects first, as mentions refer to them.
    _insert_entities(conn, new_entities)
    _insert_mentions(conn, new_mentions, now)
    db.drop_orphans(conn)


def _differs(stored: Any, m: Mapping[str, Any]) -> bool:
    wanted = {k: m[k] for k in ("text", "quote", "stage", "target_year", "lead_unit")}
    wanted |= db.year_columns(m.get("start_year"), m.get("year_basis"), m.get("period"))
    wanted["register"] = db.register_column(m.get("register"))
    wanted["stage_basis"] = m.get("stage_basis")
    return any(getattr(stored, k) != v for k, v in wanted.items())


def _put_entity(conn: sa.Connection, row: Row, stored: Any, now: dt.datetime,
                *, inserts: list[dict[str, Any]] | None = None) -> None:
    """Insert or update one project; a new one is appended to ``inserts`` (when given) instead."""
    values = dict(row.values)
    if row.geo is not None and (stored is None or GeometrySource.of_note(stored.geo_note) is not GeometrySource.PERSON):
        values |= {
            "geometry": json.dumps(row.geo.geometry) if row.geo.geometry else None,
            "precision": str(row.geo.precision),
            "areas": _to_json(row.geo.areas),
            "geo_note": row.geo.note,
        }
    if stored is None:
        values.setdefault("precision", "unlocated")
        values.setdefault("areas", "[]")
        values = {"id": row.id, "version": 1, "updated_at": now, **values}
        if inserts is None:
            _insert_entities(conn, [values])
        else:
            inserts.append(values)
    elif any(getattr(stored, k) != v for k, v in values.items()):
        conn.execute(entities.update().where(entities.c.id == row.id).values(updated_at=now, **values))


def _insert_entities(conn: sa.Connection, values: Sequence[dict[str, Any]]) -> None:
    """Insert projects in order, one statement for each run of rows with the same columns."""
    i = 0
    while i < len(values):
        j = i + 1
        while j < len(values) and values[j].keys() == values[i].keys():
            j += 1
        conn.execute(entities.insert(), list(values[i:j]))
        i = j


def _insert_mention(conn: sa.Connection, doc_id: int, entity_id: str, m: Mapping[str, Any], now: dt.datetime) -> None:
    _insert_mentions(conn, [(doc_id, entity_id, m)], now)


def _insert_mentions(conn: sa.Connection, items: Sequence[tuple[int, str, Mapping[str, Any]]],
                     now: dt.datetime) -> None:
    """Insert mentions ``(document id, project id, mention)`` in order, and the status event each states."""
    if not items:
        return
    values = [
        {"document_id": doc_id, "entity_id": entity_id, "text": m["text"], "quote": m["quote"],
         "start": m["start"], "end": m["end"], "stage": m["stage"], "target_year": m["target_year"],
         "lead_unit": m["lead_unit"], **db.year_columns(m.get("start_year"), m.get("year_basis"), m.get("period")),
         "register": db.register_column(m.get("register")), "stage_basis": m.get("stage_basis")}
        for doc_id, entity_id, m in items
    ]
    # One executemany, then the new ids read back by span (document, project, start, end: unique,
    # ``ux_mentions_span``) in one query per 500 documents. RETURNING in parameter order made SQLAlchemy
    # send SQLite one INSERT per row (1,037 statements and a third of the write at 50 documents, issue 16).
    # The rows go in in the same order, so they get the same ids as before.
    conn.execute(mentions.insert(), values)
    doc_ids = sorted({doc_id for doc_id, _, _ in items})
    by_span: dict[tuple[int, str, int, int], int] = {}
    cols = (mentions.c.id, mentions.c.document_id, mentions.c.entity_id, mentions.c.start, mentions.c.end)
    for i in range(0, len(doc_ids), 500):
        query = sa.select(*cols).where(mentions.c.document_id.in_(doc_ids[i:i + 500]))
        by_span.update(((d, e, s, t), mention_id) for mention_id, d, e, s, t in conn.execute(query))
    ids = [by_span[(doc_id, entity_id, m["start"], m["end"])] for doc_id, entity_id, m in items]
    events = [
        {"entity_id": entity_id, "stage": m["stage"], "date": m["doc_date"], "target_year": m["target_year"],
         "source": db.event_source_value(EventSource.DOCUMENT), "mention_id": mention_id, "created_at": now}
        for (_, entity_id, m), mention_id in zip(items, ids, strict=True)
        if m["stage"] != str(Stage.UNSPECIFIED) or m["target_year"]
    ]
    if events:
        conn.execute(status_events.insert(), events)


def save_document(eng: db.Engine, source: SourceText, found: Iterable[Entity],
                  geo_info: Mapping[str, GeoInfo] | None = None) -> int:
    """Store one document with entities already extracted and linked, in one transaction.

    For callers that hold entities (tests, scripts); the pipeline's ingest links the
    whole corpus and writes it with :func:`write_corpus`. Both write projects and
    mentions with the same pieces: re-saving a document replaces its mentions (and
    their status events), entities are upserted by id, and a location a person set
    is kept.

    Returns
    -------
    int
        The document's id.
    """
    geo_info = geo_info or {}
    now = db.utc_now()
    with eng.begin() as conn:
        db.bump_version(conn)
        row = conn.execute(sa.select(documents.c.id).where(documents.c.name == source.name)).first()
        if row is None:
            doc_id = add_document(conn, source, now=now)
        else:
            doc_id = row.id
            _drop_mentions(conn, doc_id)
            conn.execute(documents.update().where(documents.c.id == doc_id).values(**_values(source, now)))
        for ent in found:
            stored = conn.execute(sa.select(entities).where(entities.c.id == ent.id)).first()
            kept = Row.of(ent, geo_info.get(ent.id), doc=source.name)
            _put_entity(conn, kept, stored, now)
            for m in kept.mentions:
                _insert_mention(conn, doc_id, ent.id, m, now)
        db.drop_orphans(conn)
    return int(doc_id)
