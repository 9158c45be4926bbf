"""What ingest keeps of each document so a new one is linked without re-reading the others (issue 15).

A document's own entities (before linking across documents) and its geocoding
context are kept as JSON next to it; a geocoded feature is cached under a key
made of everything the geocoder reads. Both carry :func:`rules`, the
fingerprint of the code and data that produced them, so a change of rules
re-reads the stored documents once instead of serving stale results.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from shapely.geometry import mapping, shape

from geo import settings
from geo.geocode import Basis, Feature
from geo.model import Entity, EntityType, Mention, Precision, Register, Stage, period_or_none
from geo.places import Context, Level, Place, gazetteer, rivers

#: Packages whose code decides what a document yields and where it is placed.
_CODE = ("geo/documents", "geo/extract", "geo/places", "geo/geocode", "geo/model", "geo/store/corpus.py")
#: Small curated data read whole: the gazetteer, the region, and the language the rules read (word
#: lists of data/language/name_words.toml, the traditional-to-simplified tables).
_DATA = ("data/gazetteer", "data/regions", "data/language")
#: The derived files standing for the large ones: the build stamp (the digest of the code, region
#: data and package versions that built the boundaries, towns and place words:
#: :func:`geo.places.build.fingerprint`) and the rivers, built apart and small.
_DERIVED = (gazetteer.STAMP_FILE, rivers.RIVERS_FILE)


#: Prefix of the file of the derived folder keeping the fingerprint of the inputs as they are (:func:`rules`).
RULES_PREFIX = "rules-"


@functools.cache
def rules() -> str:
    """Return the extractor fingerprint: a digest of the code and data that decide a reading (sha256 hex).

    The code of reading, extraction, places and geocoding, the region, curated gazetteer and
    language data, the derived data's build stamp and rivers (:data:`_DERIVED`) and the learned filter's
    model file when ``PLAN_ATLAS_LEARNED_FILTER`` names one, the stage model's when
    ``PLAN_ATLAS_STAGE_MODEL`` does (and the boundary model's, with its options, when
    ``PLAN_ATLAS_BOUNDARY_MODEL`` does), by content, so the
    same release on another machine, or the derived folder built again from the same sources,
    gives the same fingerprint. Computed once per process. A kept
    extraction carrying another fingerprint is read again (:func:`geo.pipeline.reread`).

    Digesting some 2 MB of code and data was 1 % of an ingest of 50 documents (issue 16): the
    digest is kept in the derived folder (``rules-<key>.txt``) under a key of the inputs' names,
    sizes and times of writing, as Python keeps a module's bytecode, and a process finding it reads
    it instead. A file written since gives another key, and the digest is made again by content
    (the newest few keys are kept, for checkouts sharing the folder: :func:`geo.settings.kept_digest`).
    """
    inputs = _rule_inputs()
    return settings.kept_digest(settings.path("PLAN_ATLAS_DERIVED_DIR"), RULES_PREFIX, inputs,
                                lambda: files_digest(inputs))


def files_digest(inputs: Iterable[tuple[bytes | None, Path]]) -> str:
    """Return the sha256 hex of files by content, each after its label (if any); a missing file counts as "-"."""
    h = hashlib.sha256()
    for label, path in inputs:
        if label is not None:
            h.update(label)
        h.update(path.read_bytes() if path.is_file() else b"-")
    return h.hexdigest()


def _rule_inputs() -> list[tuple[bytes | None, Path]]:
    """Return what :func:`rules` digests, in order: each file's content after its label (if any)."""
    inputs = rule_inputs_without_models()
    if str(settings.get("PLAN_ATLAS_LEARNED_FILTER")):  # the learned filter decides what is kept too
        inputs.append((b"learned_filter", settings.path("PLAN_ATLAS_LEARNED_FILTER")))
    if str(settings.get("PLAN_ATLAS_STAGE_MODEL")):  # the learned stage of the items no rule staged
        inputs.append((b"stage_model", settings.path("PLAN_ATLAS_STAGE_MODEL")))
    if str(settings.get("PLAN_ATLAS_BOUNDARY_MODEL")):  # so does the boundary model, with its options
        model = settings.path("PLAN_ATLAS_BOUNDARY_MODEL")
        inputs += [(b"boundary_model", model), (None, model.with_suffix(".json"))]
    return inputs


def rule_inputs_without_models() -> list[tuple[bytes | None, Path]]:
    """Return the inputs of :func:`rules` before any learned model: the code and data of the rules alone.

    A learned model is trained on the rules' output, so what it is made of is this list (and its
    corpora): :func:`geo.evaluation.stage_learning.ensure` keys the default stage model on it.
    """
    inputs: list[tuple[bytes | None, Path]] = [
        (f.relative_to(settings.ROOT).as_posix().encode(), f)
        for rel in (*_CODE, *_DATA) for f in _files(settings.ROOT / rel)
    ]
    derived = settings.path("PLAN_ATLAS_DERIVED_DIR")
    return inputs + [(name.encode(), derived / name) for name in _DERIVED]


def _files(path: Path) -> list[Path]:
    """Return the files under ``path`` (or ``path`` itself), sorted, leaving out Python's ``__pycache__`` folders.

    The folders are walked without entering ``__pycache__``: its compiled files are half of those
    under the code, each asked whether it is a file at every start of an ingest (issue 16).
    """
    if path.is_file():
        return [path]
    if not path.is_dir():
        return []
    found: list[Path] = []
    for folder, subfolders, names in os.walk(path):
        subfolders[:] = [d for d in subfolders if d != "__pycache__"]
        found.extend(Path(folder, name) for name in names)
    return sorted(f for f in found if f.is_file())


# --------------------------------------------------------------------------- entities


@dataclass(frozen=True, slots=True)
class Extraction:
    """What ingest keeps of a document: its entities and geocoding context as JSON, and what read them."""

    sha256: str
    rules: str
    entities: str
    context: str



def entities_json(found: Sequence[Entity]) -> str:
    """Return a document's entities (with their mentions) as JSON."""
    return _dumps([entity_dict(e) for e in found])


def entity_dict(e: Entity) -> dict[str, Any]:
    """Return an entity as a JSON-ready dict (without its id, which linking assigns)."""
    return {
        "name": e.name, "type": str(e.type), "aliases": list(e.aliases), "places": list(e.places),
        "part_of": e.part_of, "mentions": [mention_dict(m) for m in e.mentions],
    }


def mention_dict(m: Mention) -> dict[str, Any]:
    """Return a mention as a JSON-ready dict (the date as ISO text, the plan period as a list)."""
    return {
        "doc": m.doc, "text": m.text, "quote": m.quote, "start": m.start, "end": m.end, "stage": str(m.stage),
        "target_year": m.target_year, "lead_unit": m.lead_unit,
        "doc_date": m.doc_date.isoformat() if m.doc_date else None,
        "start_year": m.start_year, "year_basis": m.year_basis, "period": list(m.period) if m.period else None,
        "register": _register_dict(m.register), "stage_basis": m.stage_basis,
    }


def _register_dict(r: Register | None) -> dict[str, Any] | None:
    return {k: v for k, v in r.to_dict().items() if v is not None} if r else None


def entities_from_json(text: str) -> list[Entity]:
    """Return the entities kept by :func:`entities_json`."""
    return [
        Entity(
            name=d["name"], type=EntityType(d["type"]), aliases=list(d["aliases"]), places=list(d["places"]),
            part_of=d["part_of"],
            mentions=[
                Mention(doc=m["doc"], text=m["text"], quote=m["quote"], start=m["start"], end=m["end"],
                        stage=Stage(m["stage"]), target_year=m["target_year"], lead_unit=m["lead_unit"],
                        doc_date=dt.date.fromisoformat(m["doc_date"]) if m["doc_date"] else None,
                        # kept by releases before issue 11 without these
                        start_year=m.get("start_year"), year_basis=m.get("year_basis"),
                        period=period_or_none(m.get("period")),
                        register=Register.from_dict(m["register"]) if m.get("register") else None,
                        stage_basis=m.get("stage_basis") or None)
                for m in d["mentions"]
            ],
        )
        for d in json.loads(text)
    ]


# --------------------------------------------------------------------------- contexts


def context_json(ctx: Context) -> str:
    """Return a document's geocoding context (its strings and the villages it locates) as JSON."""
    return _dumps({"doc": list(ctx.doc), "localities": {w: _place_dict(p) for w, p in ctx.localities.items()},
                   "named": list(ctx.named)})


def context_from_json(text: str) -> Context:
    """Return the context kept by :func:`context_json`."""
    d = json.loads(text)
    return Context(d["doc"], localities={w: _place(p) for w, p in d["localities"].items()},
                   named=d.get("named", ()))


def _place_dict(p: Place) -> dict[str, Any]:
    return {"name": p.name, "level": str(p.level), "lon": p.lon, "lat": p.lat, "adcode": p.adcode,
            "precision": str(p.precision), "source": p.source, "kind": p.kind, "aliases": list(p.aliases)}


def _place(d: Mapping[str, Any]) -> Place:
    return Place(name=d["name"], level=Level(d["level"]), lon=d["lon"], lat=d["lat"], adcode=d["adcode"],
                 precision=Precision(d["precision"]), source=d["source"], kind=d["kind"],
                 aliases=tuple(d["aliases"]))


# --------------------------------------------------------------------------- geocoded features


def geocode_key(entity: Entity, contexts: Iterable[str]) -> str:
    """Return the cache key of an entity's feature: the rules, the entity, its documents' contexts (JSON).

    The digest of ``_dumps([rules(), entity_dict(entity), digests])``, where ``digests`` are those of
    the contexts: a document's context, which every entity it names carries, is quoted and digested
    once per document instead of once per entity (issue 16).
    """
    return hashlib.sha256(_dumps([rules(), entity_dict(entity), [_digest(c) for c in contexts]]).encode()).hexdigest()


@functools.lru_cache(maxsize=1024)
def _digest(context: str) -> str:
    """Return the sha256 of a document's context JSON (hex)."""
    return hashlib.sha256(context.encode()).hexdigest()


def feature_json(f: Feature, *, geometry: Mapping[str, Any] | None = None) -> str:
    """Return a feature (without its entity id) as JSON (``geometry``: its geometry's mapping, when made already)."""
    if geometry is None and f.geometry is not None:
        geometry = mapping(f.geometry)
    return _dumps({
        "geometry": geometry, "precision": str(f.precision),
        "areas": list(f.areas), "note": f.note, "basis": str(f.basis), "as_districts": f.as_districts,
    })


def feature_from_json(entity_id: str, text: str) -> Feature:
    """Return the feature of ``entity_id`` kept by :func:`feature_json`."""
    d = json.loads(text)
    return Feature(entity_id, shape(d["geometry"]) if d["geometry"] else None, Precision(d["precision"]),
                   list(d["areas"]), d["note"], basis=Basis(d["basis"]), as_districts=d["as_districts"])


#: The encoder of :func:`_dumps`, made once: :func:`json.dumps` with options builds an encoder per call,
#: some 5,000 calls of an ingest of 50 documents (issue 16). The same text.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _dumps(obj: Any) -> str:
    return _ENCODER.encode(obj)
