"""A line's end written as a border (甲镇至乙县界, 丙至丁交界处, 戊至川渝界): the edge toward the other end.

A road rebuilt "to the 乙 border" ends where it leaves its own county for 乙, not at 乙's seat
(tens of kilometres further on), nor at its own near end: the end is the point of 乙's polygon
nearest the line's other end (issue 12, item 4). Two provinces' 简称 before the border word
(川渝界) name their shared border, of which the point nearest the other end is taken.
:func:`geo.places.names.name_places` and :func:`geo.places.names.section_places` read these ends.
"""

from __future__ import annotations

import re
from dataclasses import replace

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from geo.places.gazetteer import Gazetteer
from geo.places.metric import buffer_m, from_utm, gap_m, to_utm
from geo.places.records import Level, Place

#: The words that write a line's end as a border, after the unit it borders: 乙界, 乙县界, 乙交界处,
#: 乙边界, 乙省界 (longest first).
_BORDER_WORD = re.compile(r"(?:交界处|交界|边界|界)$")
#: Two provinces' 简称 before the border word: 川渝界, 渝黔交界处.
_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
#: A province's polygon this close to another's edge shares that border (coarse polygons).
SHARED_M = 5_000


def border_stem(part: str) -> str | None:
    """Return the unit a line's end writes as its border (米易界 → 米易, 米易县交界处 → 米易县), else ``None``.

    A bare border word (省界, 县界) names no unit and gives ``None``, as does a part with no border
    word. Whether the whole part is a place of its own (张家界) is for the caller to check.
    """
    match = _BORDER_WORD.search(part)
    stem = part[: match.start()] if match is not None else ""
    return stem if len(stem) >= 2 else None


def _nearest(shape: BaseGeometry, toward: Point) -> Point:
    """Return the point of ``shape`` nearest ``toward``, measured in metres (UTM), as longitude and latitude."""
    near, _ = nearest_points(to_utm(shape), to_utm(toward))
    return from_utm(near)


def _edge_point(shape: BaseGeometry, toward: Point) -> Point | None:
    """Return the point of ``shape`` nearest ``toward`` (:func:`_nearest`); ``None`` if ``toward`` is inside."""
    if gap_m(shape, toward) == 0.0:
        return None
    return _nearest(shape, toward)


def _at(place: Place, point: Point, name: str, what: str) -> Place:
    """Return ``place`` moved to ``point`` on its border, named and sourced as such."""
    return replace(place, name=name, lon=round(point.x, 5), lat=round(point.y, 5), kind="border",
                   source=f"{what}, at its point nearest the line's other end")


def edge_toward(unit: Place, toward: Point, gaz: Gazetteer) -> Place | None:
    """Return the point of a unit's border nearest ``toward`` (the line's other end), as a place of that unit.

    ``None`` when the unit has no polygon (a town) or ``toward`` lies inside it (甲县城至甲县界:
    the border of the unit the line starts in is not told by its name).
    """
    if unit.level not in (Level.DISTRICT, Level.CITY, Level.PROVINCE):
        return None
    shape = gaz.unit_geometry(unit.adcode)
    point = _edge_point(shape, toward) if shape is not None else None
    if point is None:
        return None
    return _at(unit, point, f"{unit.name}界", f"the border of {unit.name}")


def shared_border(stem: str, toward: Point, gaz: Gazetteer) -> Place | None:
    """Return the point of two provinces' shared border (川渝 of 川渝界) nearest ``toward``, else ``None``.

    The place is of the province ``toward`` does not lie in (the line runs to it). ``None`` when
    ``stem`` is not two provinces' 简称 or they share no border.
    """
    if _PAIR.fullmatch(stem) is None:
        return None
    provinces = []
    for char in stem:
        found = [p for p in gaz.lookup(char) if p.level is Level.PROVINCE]
        shape = gaz.unit_geometry(found[0].adcode) if found else None
        if shape is None:
            return None
        provinces.append((found[0], shape))
    (first, first_shape), (second, second_shape) = provinces
    if first.adcode == second.adcode:
        return None
    edge = first_shape.boundary.intersection(buffer_m(second_shape, SHARED_M))
    if edge.is_empty:
        return None
    beyond = second if gap_m(first_shape, toward) == 0.0 else first
    return _at(beyond, _nearest(edge, toward), f"{stem}界", f"the border of {first.name} and {second.name}")
