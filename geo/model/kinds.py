"""The kinds every stage shares: entity types, stages, precisions, sources, review states, name keys."""

from __future__ import annotations

import functools
import hashlib
import re
from enum import StrEnum


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


class GeometrySource(StrEnum):
    """Who placed a project's geometry: the geocoder from the documents, or a person."""

    DOCUMENT = "document"
    PERSON = "person"

    @classmethod
    def of_note(cls, geo_note: str | None) -> GeometrySource:
        """Return who placed a stored geometry from its stored note (a person's is :data:`PERSON_NOTE`)."""
        return cls.PERSON if geo_note == PERSON_NOTE else cls.DOCUMENT


class EventSource(StrEnum):
    """Who reported a status event: a document's sentence, or a person's update."""

    DOCUMENT = "document"
    PERSON = "person"

    @classmethod
    def _missing_(cls, value: object) -> EventSource | None:
        # Databases and exports written before the enum existed say "manual" for a person.
        return cls.PERSON if value == PERSON_NOTE else None


#: What the store (and older exports) write for a person: ``entities.geo_note`` of a
#: geometry drawn by a person, ``status_events.source`` of an update by a person.
PERSON_NOTE = "manual"


class ReviewState(StrEnum):
    """Where a project stands in review by a person (issue 13)."""

    PENDING = "pending"  # 待核实: extracted, nobody has checked it
    CONFIRMED = "confirmed"  # 已核实
    REJECTED = "rejected"  # 已驳回, with a :class:`RejectReason`
    MERGED = "merged"  # 已合并 into another project


#: States whose projects are left out of maps, counts, exports and briefings.
HIDDEN_STATES: frozenset[ReviewState] = frozenset({ReviewState.REJECTED, ReviewState.MERGED})


class RejectReason(StrEnum):
    """Why a person rejected an extracted project (the fixed list; free text goes in the note)."""

    NOT_INFRASTRUCTURE = "not_infrastructure"  # 非基础设施
    GENERIC = "generic_reference"  # 泛指，非具体项目
    DUPLICATE = "duplicate"  # 重复
    WRONG_READING = "wrong_reading"  # 识别错误
    OTHER = "other"  # 其他


_KEY_STRIP = re.compile(r"[\s·•\-—–~～()（）“”\"'《》]")


@functools.lru_cache(maxsize=1 << 16)  # an ingest asks for the key of the same names again and again (issue 16)
def name_key(name: str) -> str:
    """Return the normalised form of a name used to link mentions of one project."""
    return _KEY_STRIP.sub("", name)


@functools.lru_cache(maxsize=1 << 16)  # every Entity made asks it: 3,200 times for ~1,000 names an ingest (issue 16)
def entity_id(name: str, type_: EntityType | str) -> str:
    """Return a stable id for a project from its canonical name and type."""
    digest = hashlib.sha1(f"{type_}:{name_key(name)}".encode()).hexdigest()
    return f"p{digest[:11]}"
