"""Point-type items that are lines: a pipeline, power line or water transfer, drawn between the ends its name gives.

Named by its ends with 至 or a dash ("甲至乙输气管道"), by the provinces it joins by their 简称 (a power
line, "甲乙1000千伏…"), or by the units written before a water transfer's word ("甲乙引水"); an end not
known leaves the item to the point readings. Water or energy works whose own sentence gives their route
(甲护岸工程从A镇出发…至B镇) are drawn along it first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shapely.geometry import LineString

from geo.geocode.feature import Basis, Feature
from geo.model import Entity, EntityType, Precision
from geo.places import (
    BRACKETS,
    Gazetteer,
    Level,
    distance_m,
    read_compact,
    resolve,
    route_places,
    scan_places,
)

#: Words of a linear facility of a point type (an energy or water pipeline, a power line).
_PIPE_WORDS = ("管道", "管线", "输水", "输气", "输油", "输电", "千伏", "特高压")
#: Between the ends of a pipeline or power line: 甲至乙输气管道, 阿坝—成都东1000千伏….
_PIPE_ROUTE = re.compile(r"[至—–\-－~～]")


def pipe_line(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature | None:
    """Draw a pipeline, water transfer or power line named by its ends ("X至Y…管道",
    "X—Y 1000千伏…工程") as a line from X to Y, if both are known; else water or energy works along
    the route their own sentence gives (:func:`_own_route`)."""
    bare = BRACKETS.sub("", entity.name)
    routed = _own_route(entity, gaz, ctx)
    if routed is not None:
        return routed
    if not _PIPE_ROUTE.search(bare):
        return _power_between(entity, bare, gaz, ctx) or _conveyance(entity, bare, gaz, ctx)
    if not any(w in bare for w in _PIPE_WORDS):
        return None
    places = []
    for part in _PIPE_ROUTE.split(bare):
        place = resolve(part, gaz, ctx)
        if place is None:
            found = [gaz.lookup(n, context=ctx) for _, _, n in gaz.index.scan(part)]
            place = next((f[0] for f in found if f), None)
        if place is not None:
            places.append(place)
    if len(places) < 2:
        return None
    return Feature(entity.id, LineString([p.point for p in places]), Precision.SCHEMATIC, [],
                   "pipeline or power line drawn through " + "、".join(p.name for p in places),
                   basis=Basis.PLACES)


#: Kinds of works a route sentence draws as a line (a bank's flood wall, a canal, a pipeline, a power line).
_ROUTED_TYPES = (EntityType.WATER, EntityType.ENERGY)


def _own_route(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature | None:
    """Draw water or energy works along the route their own sentence gives (甲护岸工程从A镇出发，沿乙河向下游至B镇;
    丙管道起于A，经B，止于C): the item named before the route in its sentence (:func:`geo.places.route_places`).

    A route of another item (a line it lies on, a road its sentence also tells) or of fewer than two
    known places says nothing.
    """
    if entity.type not in _ROUTED_TYPES:
        return None
    quotes = [m.quote for m in entity.mentions if m.quote]
    names = [entity.name, *entity.aliases, *(m.text for m in entity.mentions)]
    route = route_places(quotes, gaz, ctx, names=names, subject=True)
    if len(route) < 2:
        return None
    return Feature(entity.id, LineString([p.point for p in route]), Precision.SCHEMATIC, [],
                   "its sentence gives the route: " + "、".join(p.name for p in route), basis=Basis.PLACES)


#: Words of a power line (a pipeline's 管道 is not one).
_POWER_WORDS = ("千伏", "特高压", "输电")
#: A power line's name up to its voltage or kind: the provinces it joins by their 简称 (川渝1000千伏…).
_POWER_STEM = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?=[0-9±]|特高压|千伏|输电)")


def _power_between(entity: Entity, bare: str, gaz: Gazetteer, ctx: Sequence[str]) -> Feature | None:
    """Draw a power line named by the provinces it joins (甲乙1000千伏特高压交流工程).

    Its name opens with their 简称, then its voltage or kind, and no 至: a line between their
    seats. Every character must read as a province (a region's initials, 攀西, or a place word
    is no such name), and the name must be a power line's (千伏, 特高压, 输电).
    """
    match = _POWER_STEM.match(bare) if any(w in bare for w in _POWER_WORDS) else None
    if match is None or gaz.lookup(match.group(1)):
        return None  # 甲市500千伏输变电工程: one place, not initials; 甲乙17标…大桥: no power line
    places = read_compact(match.group(1), gaz, ctx).places
    if len(places) < 2 or any(p.level is not Level.PROVINCE for p in places):
        return None  # 攀西 (攀枝花 and 西昌, a region) is no pair of provinces
    return Feature(entity.id, LineString([p.point for p in places]), Precision.SCHEMATIC, [],
                   "power line drawn between the units its name joins: " + "、".join(p.name for p in places),
                   basis=Basis.PLACES)


#: Words of a water transfer between the places written before them (延安榆林黄河引水).
_CONVEY_WORDS = ("引水", "调水", "供水", "输水", "干渠")
#: Two ends of a water transfer at least this far apart (a city and its seat district are one).
_CONVEY_MIN_M = 5_000


def _conveyance(entity: Entity, bare: str, gaz: Gazetteer, ctx: Sequence[str]) -> Feature | None:
    """Draw a water transfer named by the units it joins, without a 至, as a line between them.

    延安榆林黄河引水工程 (two cities before 黄河引水), 毕大供水工程 (毕节 and 大方 by their
    initials). At least two counties or cities apart from each other; a region (滇中引水)
    or one place (城区供水) is no such line.
    """
    at = min((i for w in _CONVEY_WORDS if (i := bare.find(w)) > 0), default=-1)
    if at < 0:
        return None
    stem = bare[:at]
    units = [p for p in scan_places(stem, gaz, ctx) if p.level in (Level.DISTRICT, Level.CITY)]
    if len(units) < 2 and len(stem) == 2:
        units = [p for p in read_compact(stem, gaz, ctx).places
                 if p.level in (Level.DISTRICT, Level.CITY)]
    units = list(dict.fromkeys(units))
    if len(units) < 2 or any(distance_m(a.point, b.point) < _CONVEY_MIN_M
                             for a, b in zip(units, units[1:], strict=False)):
        return None  # a county and its own city's seat at one spot: no line to draw
    return Feature(entity.id, LineString([p.point for p in units]), Precision.SCHEMATIC, [],
                   "water transfer drawn between the units its name joins: "
                   + "、".join(p.name for p in units), basis=Basis.PLACES)


__all__ = ["pipe_line"]
