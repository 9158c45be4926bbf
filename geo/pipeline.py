"""Chain the stages: document → text → entities → geocoded features → database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Sequence

from shapely.geometry import mapping
from sqlalchemy.engine import Engine

from geo import documents, geocode, settings, store
from geo import extract as extract_mod
from geo.errors import PlanAtlasError
from geo.maps import assets
from geo.model import DocumentMeta, Entity, Precision, SourceText, name_key
from geo.places import gazetteer, rivers

#: File suffixes the ingest step reads when given a folder.
SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".docx", ".pdf"})


@dataclass(frozen=True, slots=True)
class FileResult:
    """Outcome of ingesting one file: its name and either the count found or an error."""

    name: str
    entities: int = 0
    error: str | None = None


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Return the files named by ``paths``, folders expanded to their readable files (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    return out


def _stored_sources(eng: Engine, skip: set[str]) -> list[SourceText]:
    """Rebuild the SourceText of every stored document not in ``skip`` from its stored text."""
    sources = []
    for doc in store.list_documents(eng):
        if doc.name in skip:
            continue
        raw = store.document_text(eng, doc.name) or ""
        src = documents.read_document(f"{doc.name}.txt", data=raw.encode("utf-8"), max_bytes=1 << 40)
        meta = DocumentMeta(title=doc.title, issuer=doc.issuer, date=doc.date)
        sources.append(replace(src, name=doc.name, meta=meta))
    return sources


def _stable_ids(eng: Engine, linked: list[Entity]) -> list[Entity]:
    """Keep the id a project already has in the database when its name or an alias matches."""
    known: dict[tuple[str, str], str] = {}
    for proj in store.load_projects(eng):
        for n in [proj.name, *proj.aliases]:
            known.setdefault((str(proj.type), name_key(n)), proj.id)
    for ent in linked:
        for n in [ent.name, *ent.aliases]:
            old = known.get((str(ent.type), name_key(n)))
            if old:
                ent.id = old
                break
    return linked


def _contexts(sources: Sequence[SourceText], linked: list[Entity]) -> dict[str, Sequence[str]]:
    """Return each entity's document context: issuers and titles, and the villages they locate."""
    gaz = gazetteer.load()
    docs = {s.name: geocode.source_context(s, gaz) for s in sources}
    return {e.id: geocode.joint_context([docs[d] for d in dict.fromkeys(m.doc for m in e.mentions)
                                         if d in docs]) for e in linked}


def locate(entities: list[Entity], contexts: dict[str, Sequence[str]]) -> dict[str, store.GeoInfo]:
    """Geocode entities and return their storable geometry info by entity id."""
    gaz = gazetteer.load()
    out = {}
    for feat in geocode.geocode_all(entities, gaz, contexts=contexts):
        out[feat.entity_id] = store.GeoInfo(
            geometry=mapping(feat.geometry) if feat.geometry is not None else None,
            precision=Precision(feat.precision),
            areas=list(feat.areas),
            note=feat.note,
        )
    return out


def ingest_files(eng: Engine, paths: Iterable[str | Path]) -> list[FileResult]:
    """Read, extract, link, geocode and store the given files.

    Every stored document is re-linked with the new ones so a project named in
    several documents stays one entity. A file that cannot be read is reported
    in its result and nothing already stored is touched.

    Returns
    -------
    list[FileResult]
        One result per file, in order.
    """
    store.init(eng)
    results: list[FileResult] = []
    new: list[SourceText] = []
    for path in expand(paths):
        try:
            new.append(documents.read_document(path))
        except (PlanAtlasError, OSError) as e:
            results.append(FileResult(path.name, error=_one_line(e)))
    if not new:
        return results
    counts = _process(eng, new)
    results.extend(FileResult(s.name, entities=counts[s.name]) for s in new)
    order = {p.name: i for i, p in enumerate(expand(paths))}
    return sorted(results, key=lambda r: order.get(r.name, 0))


def ingest_upload(eng: Engine, name: str, data: bytes) -> FileResult:
    """Ingest one uploaded file given as bytes (same rules as :func:`ingest_files`)."""
    safe = Path(name).name or "upload.txt"
    try:
        source = documents.read_document(safe, data=data)
    except PlanAtlasError as e:
        return FileResult(safe, error=_one_line(e))
    store.init(eng)
    return FileResult(safe, entities=_process(eng, [source])[safe])


def _process(eng: Engine, new: list[SourceText]) -> dict[str, int]:
    """Extract, link, geocode and store ``new`` together with every stored document.

    Returns the number of entities found in each new document.
    """
    sources = _stored_sources(eng, {s.name for s in new}) + new
    per_doc = {s.name: extract_mod.extract(s) for s in sources}
    linked = _stable_ids(eng, extract_mod.link(e for ents in per_doc.values() for e in ents))
    located = locate(linked, _contexts(sources, linked))
    for src in sources:
        here = [e for e in linked if any(m.doc == src.name for m in e.mentions)]
        store.save_document(eng, src, here, located)
    return {s.name: len(per_doc[s.name]) for s in new}


def setup(eng: Engine) -> str:
    """Build missing derived data and ingest the bundled documents into an empty database.

    Returns a one-line status for the console.
    """
    parts = []
    if not assets.is_installed():
        assets.install()
        parts.append("map assets installed")
    if not gazetteer.is_built():
        gazetteer.build()
        parts.append("gazetteer built")
    if rivers.load() is None:
        parts.append("rivers built" if rivers.build() else "rivers skipped (install Debian's gmt-gshhg-full)")
    if store.is_empty(eng):
        res = ingest_files(eng, [settings.path("PLAN_ATLAS_DOCUMENTS_DIR")])
        ok = sum(1 for r in res if not r.error)
        parts.append(f"ingested {ok} bundled documents")
    c = store.counts(eng)
    parts.append(f"{c['documents']} documents, {c['entities']} projects in the database")
    return "; ".join(parts)


def _one_line(e: BaseException) -> str:
    text = str(e).strip() or type(e).__name__
    return " ".join(text.split())


def today() -> dt.date:
    """Return today's date (one place, so tests can reason about it)."""
    return dt.date.today()
