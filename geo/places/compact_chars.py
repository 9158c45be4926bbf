"""One character of a compact stem read as a place (:mod:`geo.places.compact` reads the stem): a fixed
abbreviation or a unit the item's sentences name, a unit of the document's own districts, the region's default, or a
unit generated from the gazetteer — and how clearly one reading stands out among its rivals near the characters read
around it. The order and the thresholds are explained in :mod:`geo.places.compact`'s docstring."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from shapely.geometry import Point

from geo.places.compact_levels import (
    CLEAR_RATIO,
    HOP_M,
    OFF_WAY_M,
    REACH_M,
    clear_beside_province,
    related,
)
from geo.places.metric import distance_m
from geo.places.records import Level, Place, is_prefecture
from geo.places.region import abbreviation_units, fixed_abbreviations, reach_provinces, region

#: Most specific first: a site beats a town beats a district.
LEVEL_ORDER = {Level.SITE: 0, Level.TOWN: 1, Level.DISTRICT: 2, Level.CITY: 3, Level.PROVINCE: 4}
#: Farthest a one-character section end read by the gazetteer alone lies from the end written in full beside it.
SHORT_END_M = 100_000
#: Farthest a county (not a 市) of a province beyond the region may lie from the character read
#: beside it to be read for its initial (叙永–威信 ~70 km, 巫山–建始 ~110 km, 吉首–龙山 ~100 km).
OUTER_COUNTY_M = 200_000


def agrees(found: list[Place | None], seeds: list[Place | None]) -> bool:
    """Return whether a full reading agrees with the units the item's sentences name.

    A character read as a province (青 of 川青: 青海) keeps it; any other reading must be the
    unit named or hold it (or lie in it).
    """
    return all(p is not None for p in found) and all(
        s is None or p.level is Level.PROVINCE or related(s, p)
        for s, p in zip(seeds, found, strict=True) if p is not None)


def default_reading(char: str, gaz) -> Place | None:  # type: ignore[no-untyped-def]
    unit = abbreviation_units().get(char)
    found = gaz.lookup(unit) if unit else []
    return found[0] if found else None


def local_reading(char: str, gaz, ctx: Sequence[str], near: Point | None) -> Place | None:  # type: ignore[no-untyped-def]
    prefixes = {p for p in gaz.index.context_prefixes(tuple(ctx)) if len(p) == 6}
    if not prefixes:
        return None  # a context naming no county has no local place
    # A line's next waypoint is not next door: skip local places too near the previous one.
    local = [p for p in gaz.index.starting_with(char)
             if p.adcode in prefixes and (near is None or _dist_m(p, near) > HOP_M)]
    if not local:
        return None
    return min(local, key=lambda p: (LEVEL_ORDER[p.level] != 2, _dist_m(p, near)))


def quoted_reading(char: str, gaz, quoted: Sequence[str]) -> Place | None:  # type: ignore[no-untyped-def]
    """Return the one city or county the item's own sentences name that starts with a character.

    A news item spells out the ends of the line it names by initials ("盘兴高铁所连接的盘州是…，
    兴义则是…"; "东连甲乙高铁合肥至武汉段，在武汉枢纽与合武高铁衔接"): 盘 is 盘州, 合 is 合肥,
    whatever the character stands for elsewhere. Two such units (宜宾 and 宜昌 both named)
    settle nothing.
    """
    units = {code: unit for code in quoted
             if (unit := gaz.index.unit(code)) is not None and unit.name.startswith(char)}
    return next(iter(units.values())) if len(units) == 1 else None


def quoted_county(char: str, gaz, quoted: Sequence[str],  # type: ignore[no-untyped-def]
                  read: Sequence[Place | None] = ()) -> Place | None:
    """Return the one unit starting with a character inside a city or province the item's own sentences name.

    A doubtful initial (开: 开州区 or 开江县, alike near 万州) is the county of the unit the item is
    about: the one 开… of 重庆 in a sentence naming 重庆. A unit the name's other characters are ``read``
    as is no such unit (渝 of 渝乙 is 重庆 itself: its other end lies anywhere), and a city of it starting
    with the character is read before its counties (张 in a sentence naming 湖南 is 张家界). A character
    the region's table reads among rival cities stays among them (西 of 西成 in a sentence naming 汉中 is no
    county 西乡 of it). Two such units (峨眉山市 and 峨边县 of a sentence naming 乐山), none, or one farther
    than :data:`REACH_M` from a character read (吉 of 甲吉 read as 吉林 far off), or than
    :data:`OUTER_COUNTY_M` from one read below a province, settle nothing.
    """
    if rival_readings(char, gaz):
        return None
    known = [p for p in read if p is not None]
    holders = [u for code in quoted if (u := gaz.index.unit(code)) is not None and u.level is not Level.DISTRICT
               and u not in known]
    inside = [p for p in gaz.index.starting_with(char) if p.level in (Level.CITY, Level.DISTRICT)
              and any(p != u and related(p, u) for u in holders)]
    units = list(dict.fromkeys([p for p in inside if p.level is Level.CITY] or inside))
    if len(units) != 1 or any(distance_m(units[0].point, p.point) > (
            REACH_M if p.level is Level.PROVINCE else OUTER_COUNTY_M) for p in known):
        return None
    return units[0]


def rival_readings(char: str, gaz) -> list[Place]:  # type: ignore[no-untyped-def]
    """Return a character's default and the other cities of China it may stand for, or ``[]``.

    Empty when the character has no default, or its default is the only reading of its rank:
    no other city (prefecture level) of China has a short name starting with it (万 → 万州).
    """
    return list(_initial(char, gaz).rivals)


@dataclass(frozen=True, slots=True)
class _Initial:
    """What the gazetteer alone offers for one character, the same for every stem and context it is read in."""

    #: :func:`rival_readings`' answer.
    rivals: tuple[Place, ...]
    #: The units :func:`generated_candidates` may give, each with whether it is given whatever its neighbours.
    generated: tuple[tuple[Place, bool], ...]
    #: The districts (counties) starting with the character, in the index's order (:func:`_of_city`).
    districts: tuple[Place, ...]


#: Each character's :class:`_Initial` by the identity of its gazetteer and the character, kept with the gazetteer
#: (so an id is never another's while its entries are kept), worked out on first use: a line's initials are read
#: character by character for every stem, part and context (2,000 filters of the index's places starting with a
#: character for the 50 documents of the ingest bench; issue 16 item 5).
_INITIALS: dict[tuple[int, str], tuple[Any, _Initial]] = {}
#: Characters kept at most (then all are dropped).
_INITIALS_SIZE = 4096


def _initial(char: str, gaz) -> _Initial:  # type: ignore[no-untyped-def]
    """Return what the gazetteer alone offers for a character (kept per gazetteer, :data:`_INITIALS`)."""
    hit = _INITIALS.get((id(gaz), char))
    if hit is None or hit[0] is not gaz:
        if len(_INITIALS) >= _INITIALS_SIZE:
            _INITIALS.clear()
        hit = _INITIALS[(id(gaz), char)] = (gaz, _work_out_initial(char, gaz))
    return hit[1]


def _work_out_initial(char: str, gaz) -> _Initial:  # type: ignore[no-untyped-def]
    starting = gaz.index.starting_with(char)
    default = default_reading(char, gaz)
    rivals: list[Place] = []
    if default is not None and char not in fixed_abbreviations() and default.level is not Level.PROVINCE:
        # Prefecture level: 万宁 (469006), a county-level city the gazetteer keeps among cities, is no rival of 万州.
        others = [p for p in starting if is_prefecture(p) and p != default]
        rivals = [default, *others] if others else []
    keep, reach = region().region_provinces, reach_provinces()
    generated = tuple((p, p.level is Level.CITY or p.adcode.startswith(keep) or p.name.endswith("市"))
                      for p in starting
                      if p.level is Level.CITY or (p.level is Level.DISTRICT and p.adcode.startswith((*keep, *reach))))
    return _Initial(tuple(rivals), generated, tuple(p for p in starting if p.level is Level.DISTRICT))


def _document_area(gaz, ctx: Sequence[str]) -> list[Point]:  # type: ignore[no-untyped-def]
    """Return the seats of the units the document strings name, finest first; else the region's provinces."""
    prefixes = gaz.index.document_prefixes(ctx)
    for size in (6, 4, 2):
        found = [u for p in sorted(prefixes) if len(p) == size
                 and (u := gaz.index.unit(p.ljust(6, "0"))) is not None]
        if found:
            return [u.point for u in found]
    return [u.point for c in region().region_provinces if (u := gaz.index.unit(c.ljust(6, "0"))) is not None]


def _by_distance(readings: list[Place], near: Sequence[Point]) -> list[tuple[float, Place]]:
    """Return the readings with their distance to the nearest of the points, nearest first."""
    return sorted(((min(distance_m(p.point, q) for q in near), p) for p in readings), key=lambda t: t[0])


def _clearness(ranked: list[tuple[float, Place]]) -> float:
    """Return how many times farther the second reading is than the first (infinite for one reading)."""
    return ranked[1][0] / max(ranked[0][0], HOP_M) if len(ranked) > 1 else float("inf")


def _among_rivals(readings: list[Place], near: Sequence[Point], own: Place | None = None) -> Place | None:
    """Return the reading clearly nearest (``CLEAR_RATIO``) the nearest of points, else ``None``; the report's
    ``own`` city when it is the nearest, clearly or not."""
    ranked = _by_distance(readings, near)
    if own is not None and ranked[0][1] == own:
        return own
    return ranked[0][1] if _clearness(ranked) >= CLEAR_RATIO else None


def anchor_one(chars: list[str], found: list[Place | None], gaz,  # type: ignore[no-untyped-def]
                ctx: Sequence[str]) -> bool:
    """Read the unread default with rivals, none of whose neighbours is read, clearest near the document's area.

    Clearest: the largest ratio of the next reading's distance to the nearest one's, at least
    ``CLEAR_RATIO``. Return whether a character was read.
    """
    area = _document_area(gaz, ctx)
    best: tuple[float, int, Place] | None = None
    for i, char in enumerate(chars):
        beside = [found[j] for j in (i - 1, i + 1) if 0 <= j < len(chars) and found[j]]
        if found[i] is not None or beside or not (readings := rival_readings(char, gaz)) or not area:
            continue  # a character beside one read is read by it, or stays doubtful
        ranked = _by_distance(readings, area)
        ratio = _clearness(ranked)
        if ratio >= CLEAR_RATIO and (best is None or ratio > best[0]):
            best = (ratio, i, ranked[0][1])
    if best is None:
        return False
    found[best[1]] = best[2]
    return True


def near_default(char: str, gaz, ctx: Sequence[str], near: Point | None, *,  # type: ignore[no-untyped-def]
                  alone: bool, beside: Place | None = None) -> Place | None:
    """Return a character's default unit, or the county of the document's city it means here.

    The default yields to the document's own county when that is :data:`CLEAR_RATIO` times
    nearer the character read next to it (西 of 西昭 in a 凉山 report is 西昌, not 西安). A
    province's 简称 the region's table does not list (吉 → 吉林) is a default only near its
    neighbours: farther than :data:`REACH_M` it is not that province (吉 of 张吉怀 is 吉首).
    Among rival cities (广: 广安, 广元, 广州) the report's own city is taken when it is the
    nearest to the neighbour, clearly or not. With no neighbour read yet a default waits for one, unless reading is ``alone`` (no other
    character could be read).
    """
    default = default_reading(char, gaz)
    own = _of_city(char, gaz, ctx, near)
    if default is None:
        return own
    if near is not None and own is not None and (
            CLEAR_RATIO * distance_m(own.point, near) < distance_m(default.point, near)):
        return own
    if readings := rival_readings(char, gaz):  # 宜: 宜宾, 宜昌 or 宜春, by nearness only
        # (the report's own city when it is the nearest reading, clear or not: 广 of 广甘 in a 广元 report)
        if near is None:
            return None
        if beside is not None and beside.level is Level.PROVINCE and (own is None or own not in readings):
            return clear_beside_province(readings, beside, gaz)  # 宜 beside 渝: 宜宾 or 宜昌
        return _among_rivals(readings, [near], own)
    if near is None:
        return default if alone else None
    if char in {a.char for a in region().abbreviations}:
        return default
    return default if distance_m(default.point, near) <= REACH_M else own


def _of_city(char: str, gaz, ctx: Sequence[str], near: Point | None) -> Place | None:  # type: ignore[no-untyped-def]
    """Return the one county of the document's city whose short name starts with a character.

    A city's plan names its lines by its counties' initials (桐新: 桐梓—新蒲 in a 遵义 plan);
    read after the region's defaults, so that a city's own short form keeps its meaning. The
    city's own initial is the city (甲 of 甲乙高速 in a report of 甲市 is 甲市, not its county 甲丙县).
    """
    cities = {p for p in gaz.index.context_prefixes(tuple(ctx)) if len(p) == 4}
    itself = [u for c in sorted(cities) if (u := gaz.index.unit(c + "00")) is not None
              and u.level is Level.CITY and u.name.startswith(char) and (near is None or _dist_m(u, near) > HOP_M)]
    if len(itself) == 1:
        return itself[0]
    found = [p for p in _initial(char, gaz).districts
             if p.adcode[:4] in cities
             and (near is None or _dist_m(p, near) > HOP_M)]
    return found[0] if len(found) == 1 else None


def generated_candidates(char: str, gaz, near: Sequence[Point] = ()) -> list[Place]:  # type: ignore[no-untyped-def]
    """Return the units a character may stand for by the gazetteer alone.

    Cities of China, districts of the region's provinces and county-level cities (…市) of the
    provinces its lines run to (its ``town_provinces``: 吉 of 张吉怀 is 吉首市 of 湖南) whose
    short name starts with it. A county of those provinces (威信县 of 云南, 建始县 of 湖北)
    counts only within :data:`OUTER_COUNTY_M` of ``near``, the counties read beside it (威 of
    叙威 beside 叙永 is 威信): a line named by a county's initial links it with neighbouring
    counties, a county far off is no reading (环 of 内环 is no 环县 of 甘肃), and beside a city a
    character is read among cities (南 of 南昆 is 南宁, not 南华县 near 昆明).
    """
    return [p for p, anywhere in _initial(char, gaz).generated
            if anywhere or any(distance_m(p.point, q) <= OUTER_COUNTY_M for q in near)]


def clear_among(candidates: list[Place], near: Sequence[Point]) -> Place | None:
    """Return the one candidate, or the clear reading near the known neighbours, else ``None``.

    A city's short form is the usual one (南 of a line is 南充 rather than 南部县): the
    nearest city is taken when no district is ``CLEAR_RATIO`` times nearer; otherwise
    the nearest district when it is ``CLEAR_RATIO`` times nearer than the next one, else the one
    county-level city (…市) among the districts about as near as it (:func:`_county_city`).
    """
    if not near:
        return candidates[0] if len(candidates) == 1 else None
    within = sorted((p for p in candidates if reach_m(p, near) <= REACH_M * len(near)),
                    key=lambda p: _detour(p, near))
    if len(within) <= 1:
        return within[0] if within else None
    cities = [p for p in within if p.level is Level.CITY]
    districts = [p for p in within if p.level is not Level.CITY]
    if cities and (not districts or _detour(cities[0], near) <= CLEAR_RATIO * max(_detour(districts[0], near), HOP_M)):
        return cities[0] if _is_clear(cities, near) else None
    return districts[0] if _is_clear(districts, near) else _county_city(districts, near)


def _county_city(ranked: list[Place], near: Sequence[Point]) -> Place | None:
    """Return the one county-level city (…市) among districts as near as the nearest, else ``None``.

    One level down from a city over its counties: of the counties sorted by :func:`_detour` that no
    one is clearly nearer than (峨 beside 成都: 峨眉山市 or 峨边县, alike near), a county-level city's
    short form is the usual one. No such city among them (开 beside 万州: 开州区 and 开江县), two, a
    county-level city ``CLEAR_RATIO`` times farther than the nearest county, or one farther than
    :data:`OUTER_COUNTY_M` from a neighbour (峨 beside 汉中: a county's initial names a line to a unit
    near it), leave the character doubtful.
    """
    first = max(_detour(ranked[0], near), HOP_M)
    alike = [p for p in ranked if _detour(p, near) < CLEAR_RATIO * first]
    cities = [p for p in alike if p.name.endswith("市")]
    if len(cities) != 1 or any(distance_m(cities[0].point, q) > OUTER_COUNTY_M for q in near):
        return None
    return cities[0]


def _is_clear(ranked: list[Place], near: Sequence[Point]) -> bool:
    """Return whether the first of candidates sorted by :func:`_detour` is clearly the nearest.

    Between two read characters the next reading must also lie off their way by
    :data:`OFF_WAY_M` at least: roads bend, and a reading a county aside (开 of 万开达: 开州 or
    开江) is no clear loser.
    """
    if len(ranked) == 1:
        return True
    second = _detour(ranked[1], near)
    return second >= CLEAR_RATIO * max(_detour(ranked[0], near), HOP_M) and (len(near) != 2 or second >= OFF_WAY_M)


def reach_m(place: Place, near: Sequence[Point]) -> float:
    return sum(distance_m(place.point, p) for p in near)


def _detour(place: Place, near: Sequence[Point]) -> float:
    """Return how far a reading lies off its neighbours' way: beside one, its distance to it.

    A character between two read ones is a waypoint of the line (大 of 南大梁 between 南充 and
    梁平): the reading that lengthens the way between them least, not the one nearest both (大竹
    lies on the way, 大英 as near 南充 but behind it).
    """
    if len(near) != 2:
        return reach_m(place, near)
    return reach_m(place, near) - distance_m(near[0], near[1])


def nearest_unit(char: str, gaz, near: Point) -> Place | None:  # type: ignore[no-untyped-def]
    """Return the generated reading clearly nearest the character read beside it, when no rival city is.

    A one-character end beside a place written in full (甲市至乙段) whose default has rival cities (兴:
    兴义 or 兴安盟) and none of them clearly nearest is still the county clearly nearest of all its readings
    and within :data:`SHORT_END_M` (兴 beside 西安 is 兴平, 45 km off); a reading farther off (广 beside
    郑州: 广水, 270 km), or two alike near (宜 beside 万州: 宜昌 or 宜宾), leave it doubtful. Not used
    inside a compact stem, whose neighbours are read by initials too (广 of 京广 is no 广水 beside 京山).
    """
    found = clear_among(generated_candidates(char, gaz, [near]), [near])
    return found if found is not None and distance_m(found.point, near) <= SHORT_END_M else None


def _dist_m(place: Place, near: Point | None) -> float:
    return 0.0 if near is None else distance_m(place.point, near)


def resolve_char(char: str, gaz, ctx: Sequence[str], *,  # type: ignore[no-untyped-def]
                 near: Point | None = None) -> Place | None:
    """Return the place a one-character abbreviation stands for (see the module docstring)."""
    if char in fixed_abbreviations():
        return default_reading(char, gaz)
    plain = _resolve_plain(char, gaz, ctx, near)
    own = quoted_reading(char, gaz, getattr(ctx, "quoted", ()))
    if own is not None and not agrees([plain], [own]):
        return own
    return plain if plain is not None else quoted_reading(char, gaz, getattr(ctx, "named", ()))


def _resolve_plain(char: str, gaz, ctx: Sequence[str], near: Point | None) -> Place | None:  # type: ignore[no-untyped-def]
    if readings := rival_readings(char, gaz):
        return local_reading(char, gaz, ctx, near) or _among_rivals(
            readings, [near] if near is not None else _document_area(gaz, ctx)) or (
            nearest_unit(char, gaz, near) if near is not None else None)
    return (local_reading(char, gaz, ctx, near) or default_reading(char, gaz)
            or clear_among(generated_candidates(char, gaz), [near] if near is not None else []))
