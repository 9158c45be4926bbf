"""Chain the stages: document → text → entities → geocoded features → database."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import logging
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import sqlalchemy as sa
from shapely.geometry import mapping
from sqlalchemy.engine import Engine

from geo import documents, geocode, reading, settings, store
from geo import extract as extract_mod
from geo.errors import DocumentError, PlanAtlasError, StoreError
from geo.model import DocumentMeta, Entity, Precision, SourceText, name_key
from geo.places import gazetteer
from geo.store import corpus, db, progress, relink
from geo.store import ingest as store_ingest


class Outcome(StrEnum):
    """What ingesting a file did to the store."""

    ADD = "add"  # a new document
    REPLACE = "replace"  # a new version of a stored document (the old text kept)
    UNCHANGED = "unchanged"  # the same content was already stored: nothing written
    DUPLICATE = "duplicate"  # the same content is stored under another name (``FileResult.same_as``): nothing written


_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FileResult:
    """Outcome of ingesting one file: its name and either the count found or an error."""

    name: str
    entities: int = 0
    error: str | None = None
    outcome: Outcome = Outcome.ADD
    #: A replaced document's date or year a person had set ("2021", "2022-05-01"), kept over what the
    #: new version's text gives: audited edits win over re-ingest (issue 11 item 3).
    kept_date: str | None = None
    #: Where the stored document's year comes from (``geo.model.YEAR_SOURCES``); None when it has none.
    year_source: str | None = None
    #: The stored document with the same content, for a :attr:`Outcome.DUPLICATE` (another file name).
    same_as: str | None = None

    @property
    def undated(self) -> bool:
        """Whether the text gave no year of its own (none at all, or only the file name's or properties' guess): its
        relative years (今年, 年底前, 明年) are then unresolved or guessed until a person sets its date."""
        return not self.error and self.year_source in (None, "filename", "file")


def stable_ids(conn: sa.Connection, linked: list[Entity]) -> list[Entity]:
    """Keep the id a project already has in the database when its name or an alias matches.

    An id goes to one project only: when re-linking splits a stored project in
    two, the second part gets its own id.
    """
    known: dict[tuple[str, str], str] = {}
    rows = conn.execute(sa.select(db.entities.c.id, db.entities.c.name, db.entities.c.type,
                                  db.entities.c.aliases).order_by(db.entities.c.name))
    for r in rows:
        for n in [r.name, *json.loads(r.aliases)]:
            known.setdefault((r.type, name_key(n)), r.id)
    taken: set[str] = set()
    for ent in linked:
        for n in [ent.name, *ent.aliases]:
            old = known.get((str(ent.type), name_key(n)))
            if old and old not in taken:
                ent.id = old
                break
        taken.add(ent.id)
    return linked


def locate(entities: list[Entity], contexts: dict[str, Sequence[str]]) -> dict[str, store.GeoInfo]:
    """Geocode entities and return their storable geometry info by entity id."""
    return _geo_infos(geocode.geocode_all(entities, gazetteer.load(), contexts=contexts))


def _geo_infos(features: Iterable[geocode.Feature],
               mapped: dict[int, tuple[Any, dict[str, Any]]] | None = None) -> dict[str, store.GeoInfo]:
    return {
        feat.entity_id: store.GeoInfo(
            geometry=_mapping(feat.geometry, mapped) if feat.geometry is not None else None,
            precision=Precision(feat.precision),
            areas=list(feat.areas),
            note=feat.note,
        )
        for feat in features
    }


def _mapping(geometry: Any, mapped: dict[int, tuple[Any, dict[str, Any]]] | None) -> dict[str, Any]:
    """Return a geometry's GeoJSON mapping, made once for its cached feature and its stored row (``mapped``)."""
    if mapped is None:
        return mapping(geometry)
    hit = mapped.get(id(geometry))
    if hit is None or hit[0] is not geometry:
        hit = mapped[id(geometry)] = (geometry, mapping(geometry))
    return hit[1]


def ingest_files(eng: Engine, paths: Iterable[str | Path], *, actor: str = "cli",
                 replace: bool = False, processes: int = 1,
                 ahead: reading.ReadAhead | None = None) -> list[FileResult]:
    """Read, extract, link, geocode and store the given files.

    Only the new files are read; the stored documents' entities are re-linked
    with theirs from what was kept of them, so a project named in several
    documents stays one entity. A file already stored with the same content
    is left as it is, under its name or another one (the same file renamed, or
    given twice, is stored once: :attr:`Outcome.DUPLICATE`); one whose name is
    taken by a different stored document is refused unless ``replace`` (the
    stored text is then kept as an earlier version). A file that cannot be read is reported in its result and nothing
    already stored is touched. Safe to run from many processes at once.

    Parameters
    ----------
    eng
        The database.
    paths
        Files or folders.
    actor
        Who ingests, for the audit log.
    replace
        Store a file whose name is taken by a different document as its new version.
    processes
        Read the documents in this many processes at most, this one and forked copies of it
        (:mod:`geo.forked`; the command line only, never a server running threads). The
        results are the same as with one.
    ahead
        The files already read and their extraction started (:class:`geo.reading.ReadAhead`, made
        by ``geo ingest`` before it opened the database); ``paths`` are then those it was given.

    Returns
    -------
    list[FileResult]
        One result per file, in order.
    """
    store.init(eng)
    ahead = ahead if ahead is not None else reading.ReadAhead(paths, processes=processes, here=True)
    results = [FileResult(f.name, error=f.message) for f in ahead.files if isinstance(f, reading.Unreadable)]
    if not ahead.sources:
        return results
    results.extend(_ingest(eng, ahead.sources, actor=actor, replace=replace, processes=processes,
                           readings=ahead.readings()))
    order = {f.name: i for i, f in enumerate(ahead.files)}  # the files in the order given, folders expanded
    return sorted(results, key=lambda r: order.get(r.name, 0))


def ingest_upload(eng: Engine, name: str, data: bytes, *, actor: str = "web",
                  replace: bool = False) -> FileResult:
    """Ingest one uploaded file given as bytes (same rules as :func:`ingest_files`).

    ``actor`` is the signed-in user, written to the audit log.
    """
    safe = Path(name).name or "upload.txt"
    try:
        source = documents.read_document(safe, data=data)
    except PlanAtlasError as e:
        return FileResult(safe, error=reading.one_line(e))
    store.init(eng)
    return _ingest(eng, [source], actor=actor, replace=replace)[0]


def remove_document(eng: Engine, name: str, *, actor: str) -> None:
    """Delete a stored document (its text kept as an earlier version), re-link the rest, audit it.

    Raises
    ------
    StoreError
        If no document has this name.
    """
    store.init(eng)

    def work() -> None:
        with db.locked(eng) as conn:
            stored = store_ingest.stored_documents(conn)
            old = stored.pop(name, None)
            if old is None:
                raise StoreError(f"no document named {name}")
            before = store_ingest.mention_count(conn, old.id)
            version = store_ingest.remove_document(conn, old, actor=actor, now=store.utc_now())
            _relink(conn, stored, gazetteer.load(), now=store.utc_now())
            progress.audit(conn, actor=actor, action="document_remove", entity_id=None, detail={
                "document": name, "sha256": [old.sha256, None], "mentions": [before, 0], "kept_as_version": version,
            })

    db.retrying(work)


def _ingest(eng: Engine, new: list[SourceText], *, actor: str, replace: bool,
            processes: int = 1, readings: list[reading.Reading] | None = None) -> list[FileResult]:
    """Extract ``new`` (outside any lock, unless ``readings`` has it), then store and re-link them in one
    locked transaction."""
    gaz = gazetteer.load()
    if readings is None:
        readings = reading.start(new, processes=processes).results()
    read, failed = [], []
    for src, got in zip(new, readings, strict=True):
        if isinstance(got, str):
            failed.append(FileResult(src.name, error=(
                f"could not read the projects of {src.name} ({got}: an error of Plan Atlas, "
                "logged for its developers); nothing of it was stored, the other files were")))
        else:
            read.append((src, *got))
    if not read:
        return failed
    return failed + db.retrying(lambda: _commit(eng, read, gaz, actor=actor, replace=replace, processes=processes))


def _commit(eng: Engine, read: list[tuple[SourceText, store_ingest.Extraction, int]],
            gaz: gazetteer.Gazetteer, *, actor: str, replace: bool, processes: int = 1) -> list[FileResult]:
    """Store the read documents that are new or replaced, re-link the corpus, audit; one transaction."""
    results: list[FileResult] = []
    audits: list[tuple[str, int, dict[str, Any]]] = []
    again: list[str] = []  # replaced documents whose date a person set: read again under that date
    kept_now: list[tuple[int, store_ingest.Extraction]] = []
    with db.locked(eng) as conn:
        now = store.utc_now()
        stored = store_ingest.stored_documents(conn)
        by_content = {d.sha256: d.name for d in stored.values()}  # the same bytes under another name are stored once
        for src, kept, n in read:
            old = stored.get(src.name)
            if old is not None and old.sha256 == src.sha256:
                results.append(FileResult(src.name, entities=n, outcome=Outcome.UNCHANGED, year_source=old.year_source))
                continue
            same = by_content.get(src.sha256)
            if same is not None:  # with ``replace`` too: a new version equal to another document would store it twice
                results.append(FileResult(src.name, entities=n, outcome=Outcome.DUPLICATE, same_as=same,
                                          year_source=stored[same].year_source))
                continue
            if old is not None and not replace:
                results.append(FileResult(src.name, error=(
                    f"a different document named {src.name} is already stored; ingest it with --replace "
                    "to store it as the new version (the stored text is kept)")))
                continue
            detail: dict[str, Any] = {"document": src.name, "sha256": [old.sha256 if old else None, src.sha256]}
            kept_date = None
            if old is not None and old.year_source == "person":
                # a date a person set stands over the new version's own: audited edits win over re-ingest
                src = _person_dated(src, old)
                kept_date = old.date.isoformat() if old.date else str(old.year)
                detail["kept_person_date"] = kept_date
                again.append(src.name)
            if old is None:
                doc_id, action, before = store_ingest.add_document(conn, src, now=now), "document_add", 0
            else:
                before = store_ingest.mention_count(conn, old.id)
                detail["kept_as_version"] = store_ingest.replace_document(conn, old, src, actor=actor, now=now)
                doc_id, action = old.id, "document_replace"
            kept_now.append((doc_id, kept))
            if old is not None and by_content.get(old.sha256) == old.name:
                del by_content[old.sha256]  # its earlier text is only a version now
            by_content[src.sha256] = src.name
            stored[src.name] = store_ingest.StoredDocument(doc_id, src.name, src.sha256, src.meta.title,
                                                           src.meta.issuer, src.meta.date, src.meta.year,
                                                           src.meta.year_source, src.file_dates)
            audits.append((action, doc_id, detail | {"mentions": [before]}))
            results.append(FileResult(src.name, entities=n, outcome=Outcome(action.removeprefix("document_")),
                                      kept_date=kept_date, year_source=src.meta.year_source))
        # The documents' extractions, their mention counts and audit rows a few statements each, not
        # a few per document (issue 16: 250 statements of a 50-document ingest); the same rows in order.
        store_ingest.put_extractions(conn, kept_now)
        if audits:
            _relink(conn, stored, gaz, now=now, reread=again, processes=processes)
        counts = store_ingest.mention_counts(conn, [doc_id for _, doc_id, _ in audits])
        for action, doc_id, detail in audits:
            detail["mentions"].append(counts[doc_id])
        for action, run in itertools.groupby(audits, key=lambda a: a[0]):
            progress.audit_all(conn, actor=actor, action=action, entries=[(None, detail) for _, _, detail in run])
    return results


def _person_dated(src: SourceText, old: store_ingest.StoredDocument) -> SourceText:
    """Return ``src`` dated as a person dated the stored document it replaces."""
    return replace(src, meta=replace(src.meta, date=old.date, year=old.year, year_source="person"))


def _relink(conn: sa.Connection, stored: dict[str, store_ingest.StoredDocument], gaz: gazetteer.Gazetteer,
            *, now: dt.datetime, reread: Iterable[str] = (), processes: int = 1) -> None:
    """Link the kept entities of every stored document, place them and write what changed.

    People's review decisions then re-attach to projects whose id changed. A document kept
    without an extraction (stored by an older release), one read by other rules, and those
    named in ``reread`` are read again from their stored text, once.
    """
    kept = store_ingest.load_extractions(conn)
    order = sorted(stored)
    again = set(reread)
    per_doc: dict[str, list[Entity]] = {}
    contexts: dict[str, str] = {}
    for name in order:
        doc = stored[name]
        ext = kept.get(doc.id)
        if ext is None or ext.sha256 != doc.sha256 or ext.rules != corpus.rules() or name in again:
            ext = reading.extraction(_stored_source(conn, doc), gaz, sha256=doc.sha256)[0]
            store_ingest.put_extraction(conn, doc.id, ext)
        per_doc[name] = corpus.entities_from_json(ext.entities)
        contexts[name] = ext.context
    linked = stable_ids(conn, extract_mod.link(e for name in order for e in per_doc[name]))
    mapped: dict[int, tuple[Any, dict[str, Any]]] = {}  # each new feature's geometry mapped once (issue 16)
    located = _geo_infos(_locate_cached(conn, linked, contexts, gaz, processes=processes, mapped=mapped), mapped)
    rows = [store_ingest.Row.of(e, located.get(e.id)) for e in linked]
    store_ingest.write_corpus(conn, {n: stored[n].id for n in order}, order, rows, now=now)
    relink.reattach(conn)  # decisions whose project got another id follow it by its source spans (issue 13)


def set_document_date(eng: Engine, name: str, *, actor: str, date: dt.date | None = None,
                      year: int | None = None) -> None:
    """Set a stored document's date (or only its year) as a person knows it, and read the document again.

    The relative years of its mentions (今年, 年内, 年底, a month and day) are resolved against it at
    once; the change is audited (``document_date``, with the values before and after) and undone by
    :func:`reset_document_date`. Give ``date``, or ``year`` alone when the day is not known.

    Raises
    ------
    DocumentError
        If no document of that name is stored, or neither a date nor a plausible year is given.
    """
    if date is not None:
        year = date.year
    if year is None or not 1949 <= year <= today().year + 1:
        raise DocumentError("give the document's date, or its year")
    _rewrite_year(eng, name, actor=actor, values=lambda _conn, _doc: (date, year, "person"))


def reset_document_date(eng: Engine, name: str, *, actor: str) -> None:
    """Undo a person's date of a stored document: take the date and year its own text and name give again, else
    those its file's own dates gave (a Word or PDF file's properties, kept with the document).

    Raises
    ------
    DocumentError
        If no document of that name is stored.
    """
    def read(conn: sa.Connection, doc: store_ingest.StoredDocument) -> tuple[Any, Any, Any]:
        meta = _stored_source(conn, doc, reread_meta=True).meta
        return meta.date, meta.year, meta.year_source

    _rewrite_year(eng, name, actor=actor, values=read)


def _rewrite_year(eng: Engine, name: str, *, actor: str, values: Any) -> None:
    """Store the date and year ``values(conn, doc)`` gives a document, re-read it and audit; one transaction."""
    store.init(eng)
    gaz = gazetteer.load()

    def work() -> None:
        with db.locked(eng) as conn:
            stored = store_ingest.stored_documents(conn)
            doc = stored.get(name)
            if doc is None:
                raise DocumentError(f"no stored document is named {name}")
            date, year, source = values(conn, doc)
            before = store_ingest.set_document_year(conn, doc.id, date=date, year=year, source=source)
            stored[name] = replace(doc, date=date, year=year, year_source=source)
            _relink(conn, stored, gaz, now=store.utc_now(), reread=[name])
            after = {"date": date.isoformat() if date else None, "year": year, "year_source": source}
            progress.audit(conn, actor=actor, action="document_date", entity_id=None,
                           detail={"document": name, "before": before, "after": after})

    db.retrying(work)


def _stored_source(conn: sa.Connection, doc: store_ingest.StoredDocument, *, reread_meta: bool = False) -> SourceText:
    """Rebuild the SourceText of a stored document from its stored text and metadata."""
    raw = store_ingest.raw_text(conn, doc.id)
    src = documents.read_document(f"{doc.name}.txt", data=raw.encode("utf-8"), max_bytes=1 << 40,
                                  file_dates=doc.file_dates)
    # a year a person set stands; else the stored date's, else the one read again from the text, name and the file's
    # kept dates, else the stored year of the file's dates (a database made before they were kept has them NULL)
    year, source = ((doc.year, doc.year_source) if doc.year_source == "person" else (doc.date.year, "date") if doc.date
                    else (src.meta.year, src.meta.year_source) if src.meta.year or doc.year_source != "file"
                    else (doc.year, doc.year_source))
    if reread_meta:  # what the text and name say, with the title and issuer as stored
        return replace(src, name=doc.name, meta=replace(src.meta, title=doc.title, issuer=doc.issuer))
    return replace(src, name=doc.name, meta=DocumentMeta(title=doc.title, issuer=doc.issuer, date=doc.date,
                                                         year=year, year_source=source))


#: Fewest projects to place whose placing is shared with forked copies (``processes`` above 1).
_FORK_MIN_PLACES = 100


def _locate_cached(conn: sa.Connection, linked: list[Entity], contexts: dict[str, str],
                   gaz: gazetteer.Gazetteer, *, processes: int = 1,
                   mapped: dict[int, tuple[Any, dict[str, Any]]] | None = None) -> list[geocode.Feature]:
    """Geocode the entities whose inputs changed; take the others' features from the cache.

    An entity's context is that of the documents naming it (issuers, titles,
    the villages they locate), as :func:`geocode.joint_context` joins them. With
    ``processes`` above 1 (the command line's ingest), the entities to place are shared
    with forked copies of this process (:func:`geo.forked.map_forked`).
    """
    docs = {e.id: [d for d in dict.fromkeys(m.doc for m in e.mentions) if d in contexts] for e in linked}
    keys = [corpus.geocode_key(e, [contexts[d] for d in docs[e.id]]) for e in linked]
    cached = store_ingest.cached_features(conn, keys)
    todo: dict[str, Entity] = {}  # the first entity of each key not cached: placed, its feature kept for the others
    for e, key in zip(linked, keys, strict=True):
        if key not in cached and key not in todo:
            todo[key] = e
    read = {d: corpus.context_from_json(contexts[d]) for d in dict.fromkeys(d for e in todo.values() for d in docs[e.id])}

    def place(e: Entity) -> tuple[geocode.Feature, str]:
        try:
            feat = geocode.geocode(e, gaz, context=geocode.joint_context([read[d] for d in docs[e.id]]))
        except Exception:  # noqa: BLE001 - a placing rule's fault on one project leaves it unplaced, not the corpus
            _log.exception("placing %s failed", e.name)
            feat = geocode.unlocated(e, "not placed: an error of Plan Atlas while placing it (logged)")
        geometry = _mapping(feat.geometry, mapped) if feat.geometry is not None else None
        return feat, corpus.feature_json(feat, geometry=geometry)

    if processes > 1:  # each entity is placed from its own inputs alone: shared with forked copies, same features
        from geo import forked

        placed = forked.map_forked(place, list(todo.values()), processes=processes, min_weight=_FORK_MIN_PLACES)
    else:
        placed = [place(e) for e in todo.values()]
    fresh: dict[str, str] = {}
    first = dict(zip(todo, placed, strict=True))
    features = []
    for e, key in zip(linked, keys, strict=True):
        if key in cached or key in fresh:
            features.append(corpus.feature_from_json(e.id, cached.get(key) or fresh[key]))
            continue
        feat, fresh[key] = first[key]
        features.append(feat)
    store_ingest.cache_features(conn, fresh, keep=keys)
    return geocode.by_sections(linked, features, gaz)


def stale_documents(eng: Engine) -> list[str]:
    """Return the stored documents read by another extractor than this one (see :func:`reread`), by name."""
    store.init(eng)
    with eng.connect() as conn:
        return store_ingest.stale_documents(conn, corpus.rules())


def reread(eng: Engine, *, everything: bool = False, actor: str = "cli") -> list[str]:
    """Read the stored documents again whose kept extraction another extractor made; return their names.

    The extractor fingerprint (:func:`geo.store.corpus.rules`: the code, word lists and region
    and gazetteer data that decide a reading) is kept with each document's extraction. When
    this release's differs, e.g. after an upgrade, the stored documents are read again from
    their stored text, re-linked, placed and written under the ingest's write lock, in one
    transaction that bumps the data version once; people's decisions (review, register fields,
    progress, locations) stay with their projects, by id and by source span, as after an ingest.
    ``everything`` reads every stored document again even if none is stale. When nothing is
    stale, nothing is written and the data version stays as it is.
    """
    store.init(eng)
    if not everything and not stale_documents(eng):  # a plain read: no write lock taken
        return []
    gaz = gazetteer.load()

    def work() -> list[str]:
        with db.locked(eng, changes_data=False) as conn:
            stored = store_ingest.stored_documents(conn)
            names = sorted(stored) if everything else store_ingest.stale_documents(conn, corpus.rules())
            if not names:  # another process re-read them meanwhile
                return []
            before = store_ingest.extraction_rules(conn)
            _relink(conn, stored, gaz, now=store.utc_now(), reread=names)
            progress.audit(conn, actor=actor, action="document_reread", entity_id=None, detail={
                "documents": names, "rules": [before, corpus.rules()],
            })
            db.bump_version(conn)
            return names

    return db.retrying(work)


def setup(eng: Engine, *, train: Callable[[], str] | None = None) -> str:
    """Build missing derived data, ingest the bundled documents into an empty database, re-read stale ones.

    A database whose documents another extractor read (an older release) has them read
    again (:func:`reread`), before the app starts, so no page waits for it.

    ``train``, called once the derived data is built and before any document is read, trains a
    model the extractor uses and returns what it did ("" when nothing): ``geo setup`` trains the
    learned stage there (:func:`geo.cli._cmd_setup`; geo.evaluation, which imports this module,
    is not imported here).

    Returns a one-line status for the console.
    """
    # Imported here, not at the top: an ingest needs neither folium nor geopandas (issue 16).
    from geo.maps import assets
    from geo.places import rivers

    parts = []
    if not assets.is_installed():
        assets.install()
        parts.append("map assets installed")
    if not gazetteer.is_built():
        gazetteer.build()
        parts.append("gazetteer built")
    if rivers.load() is None:
        parts.append("rivers built" if rivers.build() else "rivers skipped (install Debian's gmt-gshhg-full)")
    if train is not None and (trained := train()):
        parts.append(trained)
    if parts:
        corpus.rules.cache_clear()  # the derived data (and a model) is part of the extractor fingerprint
    if store.is_empty(eng):
        res = ingest_files(eng, [settings.path("PLAN_ATLAS_DOCUMENTS_DIR")])
        ok = sum(1 for r in res if not r.error)
        parts.append(f"ingested {ok} bundled documents")
    elif again := reread(eng, actor="setup"):
        parts.append(f"re-read {len(again)} stored documents (the extractor changed)")
    c = store.counts(eng)
    parts.append(f"{c['documents']} documents, {c['entities']} projects in the database")
    return "; ".join(parts)


def today() -> dt.date:
    """Return today's date (one place, so tests can reason about it)."""
    return dt.date.today()
