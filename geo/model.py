"""Typed records passed between the pipeline stages: document → text → entities → features."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Iterable


class EntityType(StrEnum):
    """Kind of physical infrastructure; the map's filter categories."""

    RAILWAY = "railway"
    RAIL_STATION = "rail_station"
    HIGHWAY = "highway"
    WATERWAY = "waterway"
    PORT = "port"
    AIRPORT = "airport"
    INDUSTRIAL_PARK = "industrial_park"
    LOGISTICS_HUB = "logistics_hub"
    ENERGY = "energy"
    WATER = "water"
    OTHER_FACILITY = "other_facility"


#: Types scored as "core" by the evaluation (all but other_facility).
CORE_TYPES: frozenset[EntityType] = frozenset(EntityType) - {EntityType.OTHER_FACILITY}

#: Types drawn as lines when their places allow it.
LINE_TYPES: frozenset[EntityType] = frozenset(
    {EntityType.RAILWAY, EntityType.HIGHWAY, EntityType.WATERWAY}
)


class Stage(StrEnum):
    """Stage of a project, in the order a project normally goes through them."""

    PROPOSED = "proposed"
    PRELIMINARY = "preliminary"
    STARTING = "starting"
    UNDER_CONSTRUCTION = "under_construction"
    COMPLETED = "completed"
    UPGRADE = "upgrade"
    UNSPECIFIED = "unspecified"


#: Funnel order used by charts and the meeting mode.
STAGE_ORDER: tuple[Stage, ...] = (
    Stage.PROPOSED,
    Stage.PRELIMINARY,
    Stage.STARTING,
    Stage.UNDER_CONSTRUCTION,
    Stage.COMPLETED,
    Stage.UPGRADE,
    Stage.UNSPECIFIED,
)


class Precision(StrEnum):
    """How a geometry was derived; never present a guess as exact."""

    SITE = "site"
    TOWN = "town"
    DISTRICT = "district"
    CITY = "city"
    SCHEMATIC = "schematic"
    UNLOCATED = "unlocated"


#: The focus areas' names in display order, read from the region data on first access
#: (``geo.places.region.area_names``; see :func:`__getattr__`).
AREAS: tuple[str, ...]


def __getattr__(name: str) -> object:
    """Return ``AREAS`` from the region data on first access (no I/O at import time)."""
    if name != "AREAS":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Imported here: geo.places imports this module.
    from geo.places import region

    globals()["AREAS"] = region.area_names()
    return globals()["AREAS"]


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """Title, issuing body and publication date of a document."""

    title: str
    issuer: str | None = None
    date: dt.date | None = None


@dataclass(slots=True)
class SourceText:
    """A decoded document, its cleaned text and the map back to the original.

    ``raw`` is the decoded original text; ``text`` is the cleaned text used by
    extraction; ``offsets[i]`` is the index in ``raw`` of ``text[i]`` (so
    ``len(offsets) == len(text)``).
    """

    name: str
    raw: str
    text: str
    offsets: list[int]
    meta: DocumentMeta
    sha256: str
    encoding: str = "utf-8"
    media_type: str = "text/plain"

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to the matching span of ``raw``."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.raw)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(slots=True)
class Mention:
    """One place where a document names a project, with the evidence."""

    doc: str
    text: str
    quote: str
    start: int
    end: int
    stage: Stage = Stage.UNSPECIFIED
    target_year: int | None = None
    lead_unit: str | None = None
    doc_date: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the mention as a JSON-ready dict (the GeoJSON contract)."""
        return {
            "doc": self.doc,
            "text": self.text,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "stage": str(self.stage),
            "target_year": self.target_year,
            "lead_unit": self.lead_unit,
            "doc_date": self.doc_date.isoformat() if self.doc_date else None,
        }


@dataclass(slots=True)
class Entity:
    """A project: one physical infrastructure item, possibly named in many documents."""

    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    part_of: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = entity_id(self.name, self.type)

    @property
    def stage(self) -> Stage:
        """Stage from the latest dated evidence, preferring specific stages."""
        return current_stage(self.mentions)

    @property
    def target_year(self) -> int | None:
        """Target year from the latest mention that gives one."""
        dated = [m for m in self.mentions if m.target_year]
        if not dated:
            return None
        return max(dated, key=lambda m: (m.doc_date or dt.date.min)).target_year


def current_stage(mentions: list[Mention]) -> Stage:
    """Return the stage of the latest evidence that states one.

    Mentions without a stage never override a stated one; among mentions of
    the same date the most advanced stage wins.
    """
    stated = [m for m in mentions if m.stage is not Stage.UNSPECIFIED]
    if not stated:
        return Stage.UNSPECIFIED
    rank = {s: i for i, s in enumerate(STAGE_ORDER)}
    best = max(stated, key=lambda m: (m.doc_date or dt.date.min, rank[m.stage]))
    return best.stage


def latest_stage(events: Iterable[dict[str, Any]]) -> str:
    """Return the stage of the latest status event (dicts with stage, date, source).

    Newest date first, a person's update over a document's on the same day,
    then the most advanced stage; events without a stated stage never count.
    """
    rank = {str(s): i for i, s in enumerate(STAGE_ORDER)}
    stated = [e for e in events if e["stage"] != Stage.UNSPECIFIED]
    if not stated:
        return str(Stage.UNSPECIFIED)
    best = max(stated, key=lambda e: (e.get("date") or "", e.get("source") == "manual", rank[e["stage"]]))
    return best["stage"]


_KEY_STRIP = re.compile(r"[\s·•\-—–~～()（）“”\"'《》]")


def name_key(name: str) -> str:
    """Return the normalised form of a name used to link mentions of one project."""
    return _KEY_STRIP.sub("", name)


def entity_id(name: str, type_: EntityType | str) -> str:
    """Return a stable id for a project from its canonical name and type."""
    digest = hashlib.sha1(f"{type_}:{name_key(name)}".encode()).hexdigest()
    return f"p{digest[:11]}"
