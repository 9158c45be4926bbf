"""Move a line's end noted with a border in brackets onto that border, and place a structure linking two units.

"甲镇(川渝界)至乙镇", "丙县至丁镇(戊县界)段", "己(黔渝界)—庚": the end is where the line leaves its
district across that border, not the town's point or the county's seat (issue 12 item 3);
:func:`geo.geocode.written_ends.noted_ends` reads the notes. "甲大桥连接A区和B区", or a route of
its own with its two ends written in two units ("甲大桥起于A新区乙片区，止于B区丙片区"): the bridge stands on
the two units' common border (:func:`linking_structure`); so does one its name heads with two neighbouring
units (甲乙长江大桥, :func:`named_pair_structure`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from shapely.geometry import LineString, Point

from geo.geocode.feature import Basis, Feature
from geo.geocode.written_ends import noted_ends
from geo.model import Entity, Precision
from geo.places import (
    BRACKETS,
    LINE_SPLIT,
    Gazetteer,
    Level,
    Place,
    between_units,
    border_shape,
    distance_m,
    facility_name,
    noted_edge,
    resolve,
    route_units,
    short_name,
    spanned_units,
)

_UNITS = (Level.DISTRICT, Level.CITY, Level.PROVINCE)


def at_noted_borders(entity: Entity, feature: Feature, gaz: Gazetteer, ctx: Sequence[str]) -> Feature | None:
    """Return a line with its noted ends moved onto their borders, else ``None``.

    A line drawn through its places has each noted end moved to the point of the border that lies
    on the end's district: nearest the end when it is a town (the town is at the border), nearest
    the line's other end when it is a county's seat (甲县(川渝界)至乙县: where it leaves 甲县 toward
    乙县). A line whose two ends are both unknown towns of one county, drawn at that county, runs
    between its two noted borders there. A note whose border does not reach the end's district
    (a unit that does not touch it) is not read.
    """
    notes = noted_ends(entity)
    geometry = feature.geometry
    if not notes or geometry is None:
        return None
    if geometry.geom_type == "LineString" and feature.basis is Basis.PLACES:
        coords = list(geometry.coords)
        ends = {0: Point(coords[0]), -1: Point(coords[-1])}
    elif geometry.geom_type == "Point" and len(notes) == 2 and feature.precision is Precision.DISTRICT:
        ends = {0: geometry, -1: geometry}
    else:
        return None
    moved = dict(ends)
    said = []
    for i, stem in _by_end(entity, notes, ends, gaz, ctx).items():
        point = _noted_point(stem, ends[i], ends[-1 if i == 0 else 0], gaz, ctx)
        if point is not None:
            moved[i] = point
            said.append(f"{stem}界")
    if not said or moved[0].equals(moved[-1]):
        return None
    coords = list(geometry.coords) if geometry.geom_type == "LineString" else [ends[0].coords[0]] * 2
    coords[0], coords[-1] = moved[0].coords[0], moved[-1].coords[0]
    return replace(feature, geometry=LineString(coords), precision=Precision.SCHEMATIC, basis=Basis.PLACES,
                   note=f"{feature.note}; its end written with the border in brackets ({'、'.join(said)})"
                   " moved onto that border, where it leaves its district")


def _by_end(entity: Entity, notes: dict[str, str], ends: dict[int, Point], gaz: Gazetteer,
            ctx: Sequence[str]) -> dict[int, str]:
    """Return each note at the end of the drawn line it follows (0: the first, -1: the last).

    Its sentence may write the line the other way round (乙至甲(丙界) of an item named 甲至乙): an end
    written as a known place is the drawn end nearest it; an unknown town is the end its name writes
    it at; two notes on a line drawn at one point are its first and last in the order written.
    """
    if ends[0].equals(ends[-1]):
        return dict(zip((0, -1), notes.values(), strict=False)) if len(notes) == 2 else {}
    parts = [p for p in LINE_SPLIT.split(BRACKETS.sub("", entity.name)) if p]
    out: dict[int, str] = {}
    for written, stem in notes.items():
        place = resolve(written, gaz, ctx, endpoint=True)
        if place is not None:
            near = {i: distance_m(place.point, end) for i, end in ends.items()}
            if near[0] != near[-1]:
                out[min(near, key=near.__getitem__)] = stem
        elif len(parts) >= 2 and written in (parts[0], parts[-1]) and parts[0] != parts[-1]:
            out[0 if written == parts[0] else -1] = stem
    return out


def _noted_point(stem: str, end: Point, other: Point, gaz: Gazetteer, ctx: Sequence[str]) -> Point | None:
    """Return the point of the border ``stem`` names on the district of ``end``, else ``None``."""
    district = gaz.index.district_at(end)
    shape = gaz.unit_geometry(district) if district else None
    unit = resolve(stem, gaz, ctx, near=end, endpoint=True)
    if shape is None or (unit is not None and (unit.level not in _UNITS or unit.adcode == district)):
        return None
    border = border_shape(stem, unit, gaz)
    if border is None:
        return None
    seat = gaz.index.unit(district)
    at_seat = seat is not None and distance_m(seat.point, end) < 1
    # a town is at the border: its nearest point; a county's seat is not: where it leaves toward the other end
    near = other if at_seat and not other.equals(end) else end
    return noted_edge(border, shape, near)


#: A structure on the border of the units it links: a bridge (over the river between them) or a tunnel.
_STRUCTURE = re.compile(r"(?:桥|隧道)$")


def linking_structure(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature | None:
    """Return a bridge or tunnel its sentence says links two units at their common border, else ``None``.

    "甲大桥连接A区和B区", "乙隧道跨A区和B区" (:func:`geo.places.spanned_units`): the structure lies where
    the two meet, the point of their shared border nearest the middle of their seats; units that do
    not touch put it in the first, at its point nearest the second. Without such a sentence, the two
    ends of its own route read as units ("甲大桥起于A新区乙片区，止于B区丙片区",
    :func:`geo.places.route_units`). Its precision is the units' (``district``): the point is derived
    from them, not the structure's own site.
    """
    if not _STRUCTURE.search(facility_name(entity.name)):
        return None
    names, quotes = [entity.name, *entity.aliases], [m.quote for m in entity.mentions if m.quote]
    units, says = spanned_units(quotes, names, gaz, ctx), "links"
    if len(units) != 2:
        # 甲大桥起于A新区乙片区，止于B区丙片区: its route's ends, read as the units they are written with
        units, says = route_units(quotes, gaz, ctx, names), "runs from the units its route's ends are written in,"
    found = between_units(units[0], units[1], gaz) if len(units) == 2 else None
    if found is None:
        return None
    point, touch = found
    where = "the point of their shared border nearest the middle of their seats" if touch else (
        f"the point of {units[0].name} nearest {units[1].name} (they do not touch)")
    return Feature(entity.id, point, Precision.DISTRICT, [],
                   f"its sentence says it {says} {units[0].name} and {units[1].name}: placed at {where}"
                   " (derived from the two units, not its own site)", basis=Basis.PLACES)


#: Longest short form of a unit read at the head of a structure's name.
_HEAD_SIZES = (3, 2)
#: A word followed by these is a river's or lake's head (嘉陵 of 嘉陵江), not a unit of the name.
_WATER_NEXT = ("江", "河", "湖", "溪")


def named_pair_structure(entity: Entity, gaz: Gazetteer) -> Feature | None:
    """Return a bridge or tunnel named by the two neighbouring units it joins at their common border, else ``None``.

    "甲乙长江大桥": a river's bridge named by the county on each bank, each written by its short form (甲县, 乙市
    of another province too); placed as :func:`linking_structure` places one its sentence says links them. The
    two units must touch (the reading of each short form that borders a reading of the other, and only one such
    pair): two units that do not, or a word heading a river's name (甲嘉陵江大桥: 嘉陵江 is the river), are no
    such name.
    """
    name = facility_name(entity.name)
    if not _STRUCTURE.search(name):
        return None
    pairs = {(a.adcode, b.adcode): (a, b) for first, rest in _heads(name, gaz) for second, _ in _heads(rest, gaz)
             for a in first for b in second if a.adcode != b.adcode}
    found = [(a, b, at) for a, b in pairs.values() if (at := between_units(a, b, gaz)) is not None and at[1]]
    if len(found) != 1:
        return None
    first, second, (point, _) = found[0]
    return Feature(entity.id, point, Precision.DISTRICT, [],
                   f"its name heads with {first.name} and {second.name}, which touch: placed at the point of their"
                   " shared border nearest the middle of their seats (derived from the two units, not its own site)",
                   basis=Basis.PLACES)


def _heads(name: str, gaz: Gazetteer) -> list[tuple[list[Place], str]]:
    """Return the counties and cities a name's first two or three characters are the short form of, with the rest."""
    found = []
    for size in _HEAD_SIZES:
        word, rest = name[:size], name[size:]
        units = [p for p in gaz.lookup(word)
                 if p.level in (Level.DISTRICT, Level.CITY) and word in (p.name, short_name(p.name))]
        if units and rest and not rest.startswith(_WATER_NEXT):
            found.append((units, rest))
    return found
