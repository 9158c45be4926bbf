"""Which level a compact name's short form stands for, beside the places read around it (issue 12 item 2).

:mod:`geo.places.compact` reads a compact line name (郑万, 成达万, 渝湘) one character at a time,
each near the characters read beside it. Three principles say which unit a character stands for
when the gazetteer offers several levels:

1. **A province pair.** Two provinces' 简称 side by side name a line between the provinces when the
   provinces border each other (甲乙铁路 of two neighbouring provinces): a character that is the
   official 简称 of a province (the national table's first column, not a customary second one) and
   that the region's table reads as a city by default is that province beside a neighbouring
   province read by its 简称 (:func:`province_pair`). Beside a city, or a province it does not
   border, the default holds.
2. **Cities beside cities.** Beside prefecture cities only, a character one city of China clearly
   nearest them starts with (twice as near as the next city, within ``REACH_M``) stands for that
   city, a county-level city (…市), a county of theirs, or a county just across their border
   (bordering them all); a county of another city farther off is no reading: a line to it would be
   named by its own city's initial (:func:`fitting_beside`). A name whose other characters reach
   beyond a unit read beside (甲 beside the municipality and 乙 of another province; 甲 beside a
   city and 乙 beyond it) is a line through that unit between cities: its own counties are no
   reading of its other characters; a name that stays in it may end in one of them (a city's or the
   municipality's initial and a county's). A unit next door to
   the place read beside it (within ``HOP_M``: a district of a city's core) is no other end of a line.
3. **A province's breadth.** Beside a province-level unit, the rival cities of a character (宜:
   宜宾, 宜昌) are clearly nearest only when the same one is clearly the nearest from the province's
   seat and from its border alike (:func:`clear_beside_province`); otherwise the character stays
   doubtful and the name is listed for review, never guessed.
4. **Along the line.** A name's initials are its stops in order: the end of a name runs through the place read
   beside it on to the next one read (甲乙丙: 甲 → 乙 → 丙). Of an end's readings, the one the line reaches its
   neighbour from without turning back is the line's end when clearly so: the way through the neighbour to the
   next lengthens ``CLEAR_RATIO`` times less than by any other reading, which turns back ``OFF_WAY_M`` at least
   (:func:`along_line`). Both alike (a county aside the way, a reading a little off it) leave it doubtful.
5. **Neighbours touch.** A county's initial names a line to a unit next to it: a reading below a province (a
   default or a generated one) that borders no unit read beside it, beside a county or with a county's reading,
   yields to the one unit starting with its character that borders them all (甲 of 甲乙 beside the county 乙 is the
   county 甲… bordering 乙, not a city 甲… one county off; 乙 beside the city 甲 is the county 乙… on its border, not
   one a county inside another city). Cities beside cities keep principle 2; none or two bordering units, or two
   characters of a name that could move, leave the reading as it was (:func:`touching_reading`).

Principle 2 holds for every reading of a character, the region's default as well as a generated one: a
default county inside a unit read beside it (长 of a line from the municipality on to a far city is no
district of the municipality) or far beside cities is no reading (:mod:`geo.places.compact` reads it again).
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.places.metric import distance_m, gap_m, within_m
from geo.places.records import Level, Place, is_prefecture, unit_prefix
from geo.places.region import official_province_abbreviations

#: Shortest hop between two waypoints named by abbreviation (was 0.1°, see issue 10 item 4).
HOP_M = 10_000
#: A generated reading must be this many times nearer than the next one to count as clear.
CLEAR_RATIO = 2.0
#: Farthest hop between neighbouring short forms of one line (郑州–万州 is ~700 km).
REACH_M = 1_500_000
#: A unit's polygon this close to a neighbour's borders it (the polygons are simplified).
TOUCH_M = 1_000
#: Between two read characters, how far off their way a rival reading must lie for the nearer to be clear.
OFF_WAY_M = 100_000


def related(a: Place, b: Place) -> bool:
    """Return whether one unit lies in the other (青白江区 in 成都市) or they are one."""
    pa, pb = unit_prefix(a.adcode), unit_prefix(b.adcode)
    return pa.startswith(pb) or pb.startswith(pa)


def _borders(gaz, a: Place, b: Place) -> bool:  # type: ignore[no-untyped-def]
    shapes = [gaz.unit_geometry(p.adcode) for p in (a, b)]
    return all(s is not None for s in shapes) and within_m(shapes[0], shapes[1], TOUCH_M)


def province_pair(i: int, chars: Sequence[str], found: Sequence[Place | None], gaz) -> Place | None:  # type: ignore[no-untyped-def]
    """Return the province the ``i``-th character names beside a neighbouring province, else ``None``.

    The character must be a province's official 简称 read as a unit below a province (the region's
    default city of that character), and a character beside it must be read as a province that borders
    the character's province.
    """
    name = official_province_abbreviations().get(chars[i])
    here = found[i]
    if name is None or here is None or here.level is Level.PROVINCE:
        return None
    province = next((p for p in gaz.lookup(name) if p.level is Level.PROVINCE), None)
    if province is None:
        return None
    beside = [p for j in (i - 1, i + 1) if 0 <= j < len(chars) and (p := found[j]) is not None
              and p.level is Level.PROVINCE and p != province]
    return province if any(_borders(gaz, province, p) for p in beside) else None


def fitting_beside(candidates: Sequence[Place], i: int, found: Sequence[Place | None],
                   gaz) -> list[Place]:  # type: ignore[no-untyped-def]
    """Return the generated readings of the ``i``-th character that fit the places read beside it (principle 2).

    ``found`` holds the name's readings so far.
    None lies next door to a place beside it. When a city is among the candidates: none of the
    counties of a unit beside it (a province or a prefecture city) with a reading beyond it outside it; beside prefecture cities only, and with one city of China within ``REACH_M`` clearly the
    nearest them, no county (but a county-level city, …市) outside them that does not border them all.
    """
    known = [p for j in (i - 1, i + 1) if 0 <= j < len(found) and (p := found[j]) is not None]
    out = [p for p in candidates if all(distance_m(p.point, k.point) > HOP_M for k in known)]
    if not any(p.level is Level.CITY for p in out):
        return out  # no city starts with it: a county near them (彝 of a line beside 宜宾: 彝良)
    # a unit beside it with a reading beyond it outside it: the name runs through that unit
    left = [k for j in (i - 1, i + 1) if 0 <= j < len(found) and (k := found[j]) is not None
            and (k.level is Level.PROVINCE or is_prefecture(k))
            and 0 <= (far := 2 * j - i) < len(found) and (p := found[far]) is not None and not related(p, k)]
    out = [p for p in out if p.level is Level.CITY or not any(related(p, k) for k in left)]
    if not known or not all(is_prefecture(k) for k in known):
        return out
    city = _clearest(_ranked([p for p in out if p.level is Level.CITY],
                             lambda p: sum(distance_m(p.point, k.point) for k in known)))
    if city is None or any(distance_m(city.point, k.point) > REACH_M for k in known):
        return out
    return [p for p in out if p.level is Level.CITY or p.name.endswith("市") or any(related(p, k) for k in known)
            or all(_borders(gaz, p, k) for k in known)]


def _ranked(readings: Sequence[Place], measure) -> list[tuple[float, Place]]:  # type: ignore[no-untyped-def]
    return sorted(((measure(p), p) for p in readings), key=lambda t: t[0])


def _clearest(ranked: list[tuple[float, Place]]) -> Place | None:
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[1][0] < CLEAR_RATIO * max(ranked[0][0], HOP_M):
        return None
    return ranked[0][1]


def clear_beside_province(readings: Sequence[Place], province: Place, gaz) -> Place | None:  # type: ignore[no-untyped-def]
    """Return the rival reading clearly nearest a province-level unit from its seat and its border alike.

    ``None`` when the two measures disagree, or either leaves no reading clearly nearest (principle 3).
    """
    border = gaz.unit_geometry(province.adcode)
    by_seat = _clearest(_ranked(readings, lambda p: distance_m(p.point, province.point)))
    if border is None or by_seat is None:
        return by_seat

    def to_border(place: Place) -> float:
        shape = gaz.unit_geometry(place.adcode)
        return gap_m(shape, border) if shape is not None else distance_m(place.point, province.point)

    # By the border, the reading nearest by the seat is the clear one when every other lies ``CLEAR_RATIO``
    # times farther (no nearer, no tie): what ranking them all by their gaps says, asking the gap only of the
    # rivals within that reach (:func:`within_m` skips the far ones by their bounding boxes). A far city's
    # whole border measured against a province's was ~80 M instructions of five such gaps (issue 16).
    reach = CLEAR_RATIO * max(to_border(by_seat), HOP_M)
    for rival in readings:
        shape = gaz.unit_geometry(rival.adcode)
        if rival is not by_seat and (shape is None or within_m(border, shape, reach)) and to_border(rival) < reach:
            return None
    return by_seat


def touching_reading(candidates: Sequence[Place], i: int, found: Sequence[Place | None],
                     gaz) -> Place | None:  # type: ignore[no-untyped-def]
    """Return the one candidate of the ``i``-th character that borders every unit read beside it (principle 5).

    ``None`` unless the ``i``-th reading is a city or county that borders none of the units read beside it, which
    are cities or counties, not all cities with it; and exactly one candidate (a city or county apart from them)
    borders them all.
    """
    here = found[i]
    known = [p for j in (i - 1, i + 1) if 0 <= j < len(found) and (p := found[j]) is not None]
    if here is None or not known or any(p.level not in (Level.CITY, Level.DISTRICT) for p in (here, *known)):
        return None
    if all(is_prefecture(p) for p in (here, *known)) or any(related(here, k) or _borders(gaz, here, k) for k in known):
        return None  # cities beside cities (principle 2), or neighbours already
    touching = {p.adcode: p for p in candidates if p.level in (Level.CITY, Level.DISTRICT)
                and not any(related(p, k) for k in known) and all(_borders(gaz, p, k) for k in known)}
    return next(iter(touching.values())) if len(touching) == 1 else None


def along_line(readings: Sequence[Place], i: int, found: Sequence[Place | None]) -> Place | None:
    """Return the reading of an end character from which the line runs through its neighbour on to the next (principle 4).

    ``i`` is the first or last character of the name and ``found`` its readings so far; the character beside it
    and the next one must be read. ``None`` when no reading is clearly the straightest.
    """
    step = 1 if i == 0 else -1 if i == len(found) - 1 else 0
    if not step or len(found) < 3 or found[i + step] is None or found[i + 2 * step] is None:
        return None
    beside, beyond = found[i + step], found[i + 2 * step]
    ways = _ranked([p for p in readings if not related(p, beside) and not related(p, beyond)
                    and HOP_M < distance_m(p.point, beside.point) <= REACH_M],
                   lambda p: distance_m(p.point, beside.point) + distance_m(beside.point, beyond.point)
                   - distance_m(p.point, beyond.point))
    if len(ways) > 1 and ways[1][0] < OFF_WAY_M:
        return None
    return _clearest(ways)
