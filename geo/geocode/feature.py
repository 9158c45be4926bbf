"""The geometry record of a geocoded entity, with its precision and how it was derived."""

from __future__ import annotations

from dataclasses import dataclass, field

from shapely.geometry.base import BaseGeometry

from geo.model import Entity, Precision


@dataclass(slots=True)
class Feature:
    """Geometry of an entity (WGS-84 lon/lat) with how it was derived."""

    entity_id: str
    geometry: BaseGeometry | None
    precision: Precision
    areas: list[str] = field(default_factory=list)
    note: str = ""

    @property
    def located(self) -> bool:
        """Return whether the entity has a geometry."""
        return self.geometry is not None


def unlocated(entity: Entity, note: str) -> Feature:
    """Return the feature of an entity that cannot be placed (never a default point)."""
    return Feature(entity.id, None, Precision.UNLOCATED, [], note)
