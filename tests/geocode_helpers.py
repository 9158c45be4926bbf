"""Helpers shared by the geocoding tests of unseen-text classes: an entity said in one sentence, the
places a name reads as, and where its geometry lies (the ``gaz`` fixture is in ``conftest.py``)."""

from __future__ import annotations

from shapely.geometry import LineString, Point

from geo.model import Entity, EntityType, Mention
from geo.places import Gazetteer, buffer_m, gap_m, name_places


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


def along(line: LineString, unit) -> float:  # type: ignore[no-untyped-def]
    """Return how far along ``line`` (in its own units) its piece inside ``unit`` lies."""
    piece = line.intersection(unit)
    probe = piece.representative_point() if not piece.is_empty else unit.representative_point()
    return line.project(probe)


def passes_in_order(gaz: Gazetteer, name: str, adcodes: list[str]) -> bool:
    """Return whether the corridor of the line ``name`` passes within 2 km of each unit of ``adcodes``, in that order."""
    corridor = gaz.corridor(name)
    assert corridor is not None and corridor.name == name
    units = [gaz.unit_geometry(code) for code in adcodes]
    if not all(gap_m(unit, corridor.line) <= 2_000 for unit in units):  # metres from each county's polygon
        return False
    at = [along(corridor.line, unit) for unit in units]
    return at == sorted(at)
