"""The geometry record of a geocoded entity, with its precision and how it was derived."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from shapely.geometry.base import BaseGeometry

from geo.model import Entity, Precision


class Basis(StrEnum):
    """What the geocoder placed an entity by; the feature's note says the same in words."""

    SITE = "site"  # a curated site its name (or an alias) denotes
    PLACE = "place"  # the most specific place (town, district, city) its name or places give
    CORRIDOR = "corridor"  # its curated corridor, whole, cut to a section or clipped to a unit
    PLACES = "places"  # straight segments through the places it runs through (a line, a pipeline)
    RIVER = "river"  # along the river its name or places give
    SECTIONS = "sections"  # the sections of it the documents name (a line's parts)
    CLAUSE = "clause"  # the town its own clause names
    QUALIFIER = "qualifier"  # the town its sentence writes before its locality
    HEADING = "heading"  # the town heading its passage
    ZONE = "zone"  # the towns its sentence gives its 临空/临港 zone
    VICINITY = "vicinity"  # the airport, port or station its zone is named after
    STREET = "street"  # the urban seat of the district whose street it is
    ISSUER = "issuer"  # the district (or city) its document is about
    NONE = "none"  # nothing: unlocated


@dataclass(slots=True)
class Feature:
    """Geometry of an entity (WGS-84 lon/lat) with how it was derived.

    ``basis`` says what placed it and ``note`` says it in words (for people);
    ``as_districts`` marks an area by nature (新区, 灌区) drawn as the district(s)
    it lies in, whose ``basis`` is that of the point it was first placed at;
    ``review`` says what people should settle (``geo eval --geocode`` lists it).
    """

    entity_id: str
    geometry: BaseGeometry | None
    precision: Precision
    areas: list[str] = field(default_factory=list)
    note: str = ""
    basis: Basis = field(kw_only=True)
    as_districts: bool = field(default=False, kw_only=True)
    #: A doubt for people to settle (a compact name's initial with several readings), else "".
    review: str = field(default="", kw_only=True)

    @property
    def located(self) -> bool:
        """Return whether the entity has a geometry."""
        return self.geometry is not None


def unlocated(entity: Entity, note: str) -> Feature:
    """Return the feature of an entity that cannot be placed (never a default point)."""
    return Feature(entity.id, None, Precision.UNLOCATED, [], note, basis=Basis.NONE)
