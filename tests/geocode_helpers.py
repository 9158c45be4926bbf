"""Helpers shared by the geocoding tests of unseen-text classes: an entity said in one sentence, the
places a name reads as, and where its geometry lies (the ``gaz`` fixture is in ``conftest.py``)."""

from __future__ import annotations

from shapely.geometry import Point

from geo.model import Entity, EntityType, Mention
from geo.places import Gazetteer, buffer_m, name_places


def said(name: str, type_: EntityType, quote: str, places: list[str] | None = None) -> Entity:
    """Return an entity named in one sentence (the extractor's mention)."""
    start = max(quote.find(name), 0)
    mention = Mention(doc="d.txt", text=name, quote=quote, start=start, end=start + len(name))
    return Entity(name=name, type=type_, places=places or [], mentions=[mention])


def place_names(name: str, gaz: Gazetteer, ctx: list[str]) -> list[str]:
    """Return the names of the places a name reads as (:func:`geo.places.name_places`), in order."""
    return [p.name for p in name_places(name, gaz, ctx)]


def inside(gaz: Gazetteer, adcode: str, geometry) -> bool:  # type: ignore[no-untyped-def]
    """Return whether ``geometry`` lies in the unit ``adcode`` (2 km of slack for coarse borders)."""
    return buffer_m(gaz.unit_geometry(adcode), 2_000).contains(geometry)


def ends(geometry) -> tuple[Point, Point]:  # type: ignore[no-untyped-def]
    """Return the first and last points of a line or multi-line."""
    parts = list(getattr(geometry, "geoms", [geometry]))
    return Point(parts[0].coords[0]), Point(parts[-1].coords[-1])
