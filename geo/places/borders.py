"""A line's end written as a border (甲镇至乙县界, 丙至丁交界处, 戊至川渝界): the edge toward the other end.

A road rebuilt "to the 乙 border" ends where it leaves its own county for 乙, not at 乙's seat
(tens of kilometres further on), nor at its own near end: the end is the point of 乙's polygon
nearest the line's other end (issue 12, item 4). Two provinces' 简称 before the border word
(川渝界) name their shared border, of which the point nearest the other end is taken.
:func:`geo.places.line_ends.border_place` reads these ends for :func:`geo.places.names.name_places` and
:func:`geo.places.line_sections.section_places`.

A border written in brackets after an end (甲镇(川渝界)至乙镇) is that end's district's stretch of it
(:func:`noted_edge`), and a structure linking two units stands on their common border
(:func:`between_units`); :mod:`geo.geocode.noted_borders` places both (part-p39).
"""

from __future__ import annotations

import re
from dataclasses import replace

from shapely.geometry import LineString, Point
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
#: A border a bracketed note names this close to the unit of the end it follows is that unit's stretch
#: of it (polygons of one source share their edges; the slack covers simplification).
NOTED_M = 2_000


def border_stem(part: str) -> str | None:
    """Return the unit a line's end writes as its border (米易界 → 米易, 米易县交界处 → 米易县), else ``None``.

    A bare border word (省界, 县界) names no unit and gives ``None``, as does a part with no border
    word. Whether the whole part is a place of its own (张家界) is for the caller to check.
    """
    match = _BORDER_WORD.search(part)
    stem = part[: match.start()] if match is not None else ""
    return stem if len(stem) >= 2 else None


def _edge_point(shape: BaseGeometry, toward: Point) -> Point | None:
    """Return the point of ``shape`` nearest ``toward``, measured in metres; ``None`` if ``toward`` is inside."""
    if gap_m(shape, toward) == 0.0:
        return None
    return nearest_on(shape, toward)


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
    pair = _province_pair(stem, gaz)
    if pair is None:
        return None
    (first, first_shape), (second, second_shape) = pair
    edge = shared_edge(first_shape, second_shape)
    if edge is None:
        return None
    point = nearest_on(edge, toward)
    beyond = second if gap_m(first_shape, toward) == 0.0 else first
    return _at(beyond, point, f"{stem}界", f"the border of {first.name} and {second.name}")


def _province_pair(stem: str, gaz: Gazetteer) -> tuple[tuple[Place, BaseGeometry], ...] | None:
    """Return the two provinces (with their polygons) whose 简称 a stem writes (川渝), else ``None``."""
    if _PAIR.fullmatch(stem) is None:
        return None
    provinces = []
    for char in stem:
        found = [p for p in gaz.lookup(char) if p.level is Level.PROVINCE]
        shape = gaz.unit_geometry(found[0].adcode) if found else None
        if shape is None:
            return None
        provinces.append((found[0], shape))
    return tuple(provinces) if provinces[0][0].adcode != provinces[1][0].adcode else None


def shared_edge(first: BaseGeometry, second: BaseGeometry, *, slack_m: float = SHARED_M) -> BaseGeometry | None:
    """Return the part of ``first``'s edge within ``slack_m`` of ``second`` (their shared border), else ``None``."""
    edge = first.boundary.intersection(buffer_m(second, slack_m))
    return None if edge.is_empty else edge


def nearest_on(shape: BaseGeometry, toward: Point) -> Point:
    """Return the point of ``shape`` nearest ``toward``, measured in metres."""
    near, _ = nearest_points(to_utm(shape), to_utm(toward))
    return from_utm(near)


def border_shape(stem: str, unit: Place | None, gaz: Gazetteer) -> BaseGeometry | None:
    """Return the border a note names: two provinces' shared border (川渝), else the edge of ``unit``
    (the unit the stem resolves to, 前锋 of 前锋界); ``None`` when neither has a polygon."""
    pair = _province_pair(stem, gaz)
    if pair is not None:
        return shared_edge(pair[0][1], pair[1][1])
    shape = gaz.unit_geometry(unit.adcode) if unit is not None else None
    return shape.boundary if shape is not None else None


def noted_edge(border: BaseGeometry, unit: BaseGeometry, near: Point) -> Point | None:
    """Return the point of a noted border (甲镇(川渝界): the 川渝 border) on the end's unit, nearest ``near``.

    ``unit`` is the polygon of the district the end lies in: the end is where the line leaves it
    across that border. ``None`` when the border does not reach the unit (a note that does not
    fit the end it follows is not read).
    """
    local = border.intersection(buffer_m(unit, NOTED_M))
    return None if local.is_empty else nearest_on(local, near)


def between_units(first: Place, second: Place, gaz: Gazetteer) -> tuple[Point, bool] | None:
    """Return where a structure linking two units stands (甲大桥连接A区和B区), and whether they touch.

    Units that touch: the point of their shared border nearest the midpoint of their seats (a
    bridge over the river between two districts, a tunnel through the ridge between them). Units
    that do not: the point of ``first`` nearest ``second``. ``None`` without both polygons.
    """
    shapes = [gaz.unit_geometry(u.adcode) for u in (first, second)]
    if shapes[0] is None or shapes[1] is None:
        return None
    edge = shared_edge(shapes[0], shapes[1], slack_m=NOTED_M)
    if edge is None:
        return nearest_on(shapes[0].boundary, second.point), False
    middle = from_utm(LineString([to_utm(first.point), to_utm(second.point)]).interpolate(0.5, normalized=True))
    return nearest_on(edge, middle), True
