"""Cut a line to the part a text means: a section between its ends, its stretch in a unit, or the unit itself
when the line as read never reaches it (:mod:`geo.geocode.lines` draws the line first)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from geo.geocode.feature import Basis, Feature
from geo.geocode.sections import cut_section, near_corridor
from geo.geocode.through import bend_line_through, corridor_in_document
from geo.model import Entity, Precision
from geo.places import (
    BRACKETS,
    LINE_SPLIT,
    Corridor,
    Gazetteer,
    Level,
    Place,
    distance_m,
    province_section,
)


def merge(parts: list[BaseGeometry]) -> BaseGeometry:
    """Return one geometry of several parts (the part itself when there is only one)."""
    return parts[0] if len(parts) == 1 else unary_union(parts)


def lines_only(geometry: BaseGeometry) -> BaseGeometry | None:
    """Keep the line parts of a clipped line (a polygon edge may add stray points)."""
    parts = [g for g in getattr(geometry, "geoms", [geometry])
             if g.geom_type in ("LineString", "MultiLineString") and not g.is_empty]
    return merge(parts) if parts else None


#: Farthest apart a section's two known ends may lie to be drawn between them when one is off its corridor
#: (梁平 to 长寿 ~100 km); farther, one of them is a misreading and the section is not drawn from it.
SECTION_SPAN_M = 200_000


def clip_section(entity: Entity, gaz: Gazetteer, corridor: Corridor,
          ends: list[Place | Point | None]) -> Feature:
    """Cut a corridor between a section's two ends (渝昆高铁江津至泸州段), or to a one-place section."""
    line = corridor.line
    if len(ends) == 2 and all(isinstance(e, Place) for e in ends) and ends[0].point == ends[1].point:
        ends = ends[:1]  # two towns known only by one county (its seat): the section in that county
    provinces = [e for e in ends if isinstance(e, Place) and e.level is Level.PROVINCE]
    if provinces and len(provinces) == len(ends):
        # 渝昆高铁川渝段: the part of the line in those provinces, not between their capitals; one
        # province's section (甲铁路四川段) likewise, wherever its capital lies from the line
        shapes = [g for p in provinces if (g := gaz.unit_geometry(p.adcode)) is not None]
        piece = lines_only(line.intersection(unary_union(shapes))) if shapes else None
        if piece is not None:
            return Feature(entity.id, piece, Precision.SCHEMATIC, [],
                           f"corridor {corridor.name} within " + "、".join(p.name for p in provinces),
                           basis=Basis.CORRIDOR)
    points = near_corridor(line, [e.point if isinstance(e, Place) else e for e in ends if e is not None])
    if len(points) == 1 and len(ends) == 1 and isinstance(ends[0], Place):
        clipped = within_unit(entity, gaz, line, ends[0])
        if clipped.geometry is line and (bent := bend_line_through(line, ends[0], gaz)) is not None:
            # 西渝高铁华蓥段: the schematic corridor passes beside 华蓥; its section there bends through it
            clipped = within_unit(entity, gaz, bent, ends[0])
        return at_unclipped_unit(entity, clipped, ends[0], [])
    known = [e for e in ends if isinstance(e, Place) and e.level is not Level.PROVINCE]
    if len(points) == 1 and len(ends) >= 2 and len(known) == 1 and near_corridor(line, [known[0].point]):
        # 京昆高速蒲城至涝峪段 with 涝峪 unknown: its one known end, not the line from 北京 to 昆明
        end = known[0]
        return Feature(entity.id, end.point, end.precision, [],
                       f"section of corridor {corridor.name} with one known end, drawn at {end.name}",
                       basis=Basis.PLACE)
    if len(points) <= 1 and len(ends) == len(known) == 2 and distance_m(*(e.point for e in known)) <= SECTION_SPAN_M:
        # 甲高速乙至丙段 with 丙 (or both ends: 甲国道乙至丙段 in a province the curated corridor does not
        # reach) far from the schematic corridor (the section runs on a stretch the corridor's waypoints
        # skip): between its two ends, not the whole line from end to end
        return Feature(entity.id, LineString([e.point for e in known]), Precision.SCHEMATIC, [],
                       f"section of corridor {corridor.name} with {'one end' if points else 'its ends'} off it:"
                       " straight between"
                       f" {known[0].name} and {known[1].name}", basis=Basis.PLACES)
    if len(points) < 2:
        return Feature(entity.id, line, Precision.SCHEMATIC, [],
                       f"corridor {corridor.name}; section ends not found, whole line shown",
                       basis=Basis.CORRIDOR)
    piece = cut_section(line, points[0], points[-1])
    province = province_section(entity.name, gaz)
    if province is not None and province not in ends:
        # 江津至泸州北线重庆段: the section between its ends, then its part in 重庆
        inside = gaz.unit_geometry(province.adcode)
        clipped = lines_only(piece.intersection(inside)) if inside is not None else None
        if clipped is not None:
            return Feature(entity.id, clipped, Precision.SCHEMATIC, [],
                           f"section of corridor {corridor.name} within {province.name}",
                           basis=Basis.CORRIDOR)
    return Feature(entity.id, piece, Precision.SCHEMATIC, [],
                   f"section of corridor {corridor.name}", basis=Basis.CORRIDOR)


def local_stretch(entity: Entity, gaz: Gazetteer, ctx: Sequence[str], corridor: Corridor) -> Feature | None:
    """Return a line named whole cut to its stretch in the county its document says it passes, else ``None``.

    "甲乙高速穿境而过" in a county's text (:func:`corridor_in_document`): the part of the corridor inside the
    county's polygon; a schematic corridor that passes beside the county is first bent through its seat
    (as a one-county section is, :func:`clip_section`). A corridor that neither reaches the county nor bends
    through it stays whole: no stretch is made up.
    """
    unit = corridor_in_document(entity, gaz, ctx)
    if unit is None:
        return None
    bent = ""
    clipped = within_unit(entity, gaz, corridor.line, unit)
    if not clipped.note.startswith("clipped") and (line := bend_line_through(corridor.line, unit, gaz)) is not None:
        clipped, bent = within_unit(entity, gaz, line, unit), " (the schematic corridor bent through its seat)"
    if not clipped.note.startswith("clipped"):
        return None
    return replace(clipped, note=f"stretch of corridor {corridor.name} within {unit.name}{bent}: the county its"
                   " document is about, which its sentence says the line passes (cut at the county's boundary)")


#: Start of the note of a one-unit section whose line, as read, does not reach the unit.
UNREACHED_SECTION_NOTE = "section in one unit that its line as read does not reach: placed at"


def at_unclipped_unit(entity: Entity, clipped: Feature, place: Place, read: Sequence[Place]) -> Feature:
    """Return a one-unit section (福银高铁黄石段, 泸石高速泸定段) at its unit when its line misses it.

    The section lies in its county or city, whatever the line: when the line as read (by
    initials, 福 of 福泉 for 福州; or a corridor drawn straight) passes far from the unit and
    cannot be bent through it, the whole line is no drawing of the section. The section is
    then the unit's seat at the unit's precision, and the note says so. A province's section
    (云南段) keeps the line: its seat says nothing of where the line crosses it.
    """
    if (not clipped.note.startswith("section not clipped") or place.level not in (Level.CITY, Level.DISTRICT)
            or LINE_SPLIT.search(BRACKETS.sub("", entity.name))):
        return clipped  # (ends spelled out, 成都至重庆…万州段: the name contradicts itself, nothing is moved)
    via = "—".join(p.name for p in read)
    return Feature(entity.id, place.point, place.precision, [],
                   f"{UNREACHED_SECTION_NOTE} {place.name}" + (f" (its line read as {via})" if via else ""),
                   basis=Basis.PLACE)


def within_unit(entity: Entity, gaz: Gazetteer, line: LineString, place: Place) -> Feature:
    """Clip a line to the unit of a one-place section (潼荣高速(潼南段) → the part in 潼南)."""
    unit = gaz.unit_geometry(place.adcode) if place.level is not Level.SITE else None
    piece = lines_only(line.intersection(unit)) if unit is not None else None
    if piece is None:
        return Feature(entity.id, line, Precision.SCHEMATIC, [], "section not clipped",
                       basis=Basis.CORRIDOR)
    return Feature(entity.id, piece, Precision.SCHEMATIC, [], f"clipped to {place.name}",
                   basis=Basis.CORRIDOR)
