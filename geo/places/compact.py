"""Read compact line names made of one-character short forms: 郑万, 广忠黔, 成达万 (issue 12).

A compact stem is read one character at a time. A character means a place by,
in this order:

1. a fixed abbreviation of the region's table or a province (渝, 黔, 湘 …), else the one
   city or county starting with it that the item's own sentences name (盘兴高铁所连接的盘州
   是…，兴义则是…: 盘州—兴义);
2. a district or town of the document's own districts starting with it (万 → 万盛
   in a 綦江 plan); a town, the lesser reading, yields to the one unit starting with the
   character that borders the county read beside it (长 of 长垫 beside 垫江 is 长寿, not a
   town 长坪 of the 万州 report the name is in);
3. its default unit in the region's table (万 → 万州) or the national table of
   province abbreviations (豫 → 河南), else the one county of the document's own
   city starting with it (仁 → 仁怀 in a 遵义 plan). That county wins over a default
   far farther from the neighbour read next to it (西 of 西昭 in a 凉山 report is
   西昌); a province's 简称 the region does not list is no default farther than
   ``REACH_M`` from its neighbour (吉 of 张吉怀 is 吉首, not 吉林); a default waits
   for a neighbour to be read first;
4. a unit generated from the gazetteer: a city of China, a district of the
   region's provinces or a county-level city of the provinces its lines run to whose
   short name starts with it (郑 → 郑州, 忠 → 忠县, 吉 → 吉首), taken when it is the
   only one, or clearly the nearest to the characters already read around it (twice
   as near as the next, within ``REACH_M``), or among counties alike near, the one
   county-level city within ``OUTER_COUNTY_M`` (峨 beside 成都 is 峨眉山市, not 峨边县).

A default is no default when the gazetteer has another city (prefecture level) of China
whose short name starts with the character: 宜 is 宜宾, 宜昌 or 宜春, 西 is 西安, 西宁 or
西双版纳, 永 is 永川 or 永州. Such a character is read among those cities and its default
as the report's own city when that is the nearest to the character read beside it, clearly
or not (广 of 广甘 in a 广元 report is 广元: 广安 is not much farther from 甘肃), else
only when one is clearly the nearest (``CLEAR_RATIO``) to the characters read around it
(宜 beside 自贡 is 宜宾, 西 beside 兰州 is 西宁), or, when none of them can be read, to the
document's own area (合 of 合安 in a 潼南 plan is 合川); otherwise it stays doubtful (宜 of
宜万: 宜昌 is nearer 万州 than 宜宾, but not twice as near) and the name is listed for review.

A one-character end of a section beside a place written in full (甲市至乙段), whose rival cities are all
doubtful, is the county clearly nearest that place within ``SHORT_END_M`` (兴 beside 西安 is 兴平), never inside
a compact stem (:func:`geo.places.compact_chars.nearest_unit`).

A character still doubtful beside one read is, in a report of one county or city that lies between
the two ends, the reading whose way to that neighbour passes the report's unit within ``THROUGH_M``,
twice as straight as any other (天 of 十天 in a 汉中 report is 天水, not 天门; :func:`_through_document`).

A county whose short name is written across the stem's characters (巴南 of 巴南广 or 宝汉巴南) is the
initials misread as one name: the item's places and the units its sentences or document name are read
without it, unless the document's own strings (issuer, title) name that county. A city is kept (新黄石
in a report on 黄石 is a new line of the city).

A stem these readers leave unread is read as a new line of the initials after a leading 新 (新甲乙: 甲乙), else as
the one chain of neighbouring counties and cities near the document's own places (宁石 of two counties of 陕西,
:mod:`geo.places.compact_chain`); a chain two readings fit alike stays unread.

At least one character must be read as a place of the region or of the provinces
its lines run to (北滨大道 is a street, not 北京–滨州). A character none of
these settles is left unread and the whole name is left unresolved: :func:`read_compact` reports the candidates so that people can
review the name (``geo eval --geocode`` lists them), never a guess.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from geo.documents import fold
from geo.places.compact_chain import anchor_points, city_initial, near_chain
from geo.places.compact_chars import (
    OUTER_COUNTY_M,
    agrees,
    anchor_one,
    clear_among,
    default_reading,
    generated_candidates,
    local_reading,
    near_default,
    quoted_county,
    quoted_reading,
    reach_m,
    rival_readings,
)
from geo.places.compact_levels import (
    CLEAR_RATIO,
    HOP_M,
    TOUCH_M,
    along_line,
    fitting_beside,
    province_pair,
    related,
    touching_reading,
)
from geo.places.metric import distance_m, within_m
from geo.places.records import Level, Place, is_prefecture, short_name, unit_prefix
from geo.places.region import fixed_abbreviations, reach_provinces, region

#: A stem ending so is a river's name (赤水河, 芙蓉江 of …航道), not a row of initials.
RIVER_ENDINGS = ("河", "江", "溪")
#: Farthest a line named in a report bends off its straight way to pass the report's own unit.
THROUGH_M = 100_000


@dataclass(slots=True)
class CompactReading:
    """The places a compact stem reads as, in order, or the characters that stay doubtful.

    ``places`` is empty when any character is unread; ``doubtful`` maps each
    unread character to its candidate places (empty: no place starts with it).
    """

    stem: str
    places: list[Place] = field(default_factory=list)
    doubtful: dict[str, list[Place]] = field(default_factory=dict)

    def review_note(self) -> str:
        """Return a line for people: which character is doubtful and what it could be."""
        parts = []
        for char, candidates in self.doubtful.items():
            names = "、".join(p.name for p in candidates[:6]) or "no place starts with it"
            more = f" (+{len(candidates) - 6})" if len(candidates) > 6 else ""
            parts.append(f"{char}: {names}{more}")
        return f"{self.stem} — " + "; ".join(parts)


#: Directions that, after a province's 简称, name a part of it: 川南, 渝西, 黔北, 渝东北.
DIRECTIONS = "东南西北中"


def _part_of_province(stem: str, gaz) -> bool:  # type: ignore[no-untyped-def]
    """Return whether a stem is a province's 简称 and directions (川南, 渝东北): a region, no line's ends.

    Read as initials it would be a line (川南: 四川–南充); a line of that name is a corridor of
    the gazetteer (渝西高铁), looked up before any compact reading.
    """
    return (len(stem) >= 2 and all(c in DIRECTIONS for c in stem[1:])
            and any(p.level is Level.PROVINCE for p in gaz.lookup(stem[0])))


def province_part(name: str, gaz) -> Place | None:  # type: ignore[no-untyped-def]
    """Return the province a name opens with as a part of it (黔中水利枢纽: 贵州), if it does.

    A province's 简称 and directions (黔中, 川南, 渝东北) name a region of that province; a
    unit's name that starts the same way (黔东南州, 黔西市) is read before this.
    """
    for size in (3, 2):
        if len(name) > size and _part_of_province(name[:size], gaz):
            return next(p for p in gaz.lookup(name[0]) if p.level is Level.PROVINCE)
    return None


#: Readings kept per gazetteer, by stem and context (see :func:`read_compact`).
_READINGS: weakref.WeakKeyDictionary[Any, dict[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str],
                                               CompactReading]] = (
    weakref.WeakKeyDictionary())
#: Readings kept at most per gazetteer.
_READINGS_SIZE = 4096


def read_compact(stem: str, gaz, ctx: Sequence[str]) -> CompactReading:  # type: ignore[no-untyped-def]
    """Read a compact stem (2–5 characters) as ordered places, each near its neighbours.

    Fixed abbreviations are read first, and the one city or county starting with a character
    that the item's own sentences name (``ctx.quoted``: 盘州 of 盘兴); then, once per character (at least
    twice), every other character near the characters already read on either side (南广渝:
    南 near 广安 is 南充; in 金仁桐 桐 settles 仁, which settles 金).

    A reading is kept per gazetteer, stem and context (a line's name is read for each of its
    parts and mentions: 268 readings of 181 stems in the 50-document ingest bench, issue 16);
    a copy is returned.

    A stem written in traditional characters is read as its simplified form (城宣大鄰: 鄰 is the 邻 of
    邻水), as the rest of the pipeline reads a document; the reading's ``stem`` is the simplified one.
    """
    stem = fold(stem)
    if not 2 <= len(stem) <= 5 or stem.endswith(RIVER_ENDINGS) or _part_of_province(stem, gaz):
        return CompactReading(stem)  # no stem of initials: nothing to read, its context not worked out
    kept = _READINGS.setdefault(gaz, {})
    doc = tuple(getattr(ctx, "doc", ctx))
    # A place of the item written inside the stem (巴南 of 巴南广, read there by the extractor) is the
    # initials misread as one county: no unit the item is in, so not read for them.
    strings = (*doc, *(s for s in tuple(ctx)[len(doc):] if not (len(s) >= 2 and s in stem)))
    # So is a county the text names only there (宝汉巴南 scanned as 巴南), unless the document's own
    # strings name it; a city is not (新黄石 in a 黄石 report: a new line of the city).
    own = gaz.index.context_prefixes(doc)
    quoted, named = (tuple(c for c in getattr(ctx, attr, ()) if not _written_inside(c, stem, gaz, own))
                     for attr in ("quoted", "named"))
    own_unit = _own_unit(gaz, doc)
    key = (stem, strings, quoted, named, own_unit.adcode if own_unit is not None else "")
    reading = kept.get(key)
    if reading is None:
        if len(kept) >= _READINGS_SIZE:
            kept.clear()
        reading = kept[key] = _read_compact(stem, gaz, key[1], key[2], key[3], own_unit)
    return CompactReading(reading.stem, list(reading.places), {c: list(ps) for c, ps in reading.doubtful.items()})


@functools.cache
def table_defaults() -> frozenset[str]:
    """Return the characters the region's table gives a default unit (万, 康 …), kept once made: asked for each
    character a line's initials leave unread (issue 16)."""
    return frozenset(a.char for a in region().abbreviations if a.unit)


def _read_chars(chars: list[str], gaz, ctx: Sequence[str],  # type: ignore[no-untyped-def]
                found: list[Place | None]) -> list[Place | None]:
    """Read the characters of a compact stem not read yet in ``found``, near those read; return ``found``."""
    alone = False  # defaults read with no neighbour read yet: only once nothing else moves
    while not all(found):  # a reading may pass along the whole name (金仁桐)
        moved = False
        for i, char in enumerate(chars):
            if found[i] is not None:
                continue
            known = [found[j] for j in (i - 1, i + 1) if 0 <= j < len(chars) and found[j]]
            near = known[0].point if known else None
            found[i] = (local_reading(char, gaz, ctx, near)
                        or near_default(char, gaz, ctx, near, alone=alone, beside=known[0] if known else None))
            if found[i] is None and not rival_readings(char, gaz) and (known or char not in table_defaults()):
                # a character with a default in the region's table (康: 安康) waits for its
                # neighbour, not read by the one unit of China starting with it (康定) before; a
                # province's 简称 the table does not list is no such default (蒙 of 文蒙 is 蒙自)
                # beside a city a character is read among cities (南 of 南昆 is 南宁), unless no
                # city of China starts with it: then it is a county near that city (彝 of 宜彝: 彝良)
                counties = [p.point for p in known if p.level is not Level.PROVINCE and (
                    p.level is not Level.CITY or not city_initial(char, gaz))]
                found[i] = clear_among(fitting_beside(generated_candidates(char, gaz, counties), i, found, gaz),
                                  [p.point for p in known])
            moved = moved or found[i] is not None
        if not moved and alone:
            # Last: the one default with rivals clearest near the document's own area (合 of 合安
            # in a 潼南 plan is 合川), and again by neighbours from there.
            moved = anchor_one(chars, found, gaz, ctx)
            if not moved:
                break
        alone = alone or not moved
    return found


#: "Two" before an initial: the two units starting with it (两郧: 郧西 and 郧阳).
_TWO = "两"


def _pair_of_initial(char: str, gaz) -> list[Place]:  # type: ignore[no-untyped-def]
    """Return the two units one initial stands for twice (荆荆: 荆州 and 荆门; 两郧: 郧西 and 郧阳).

    The two cities (prefecture level) of China whose short name starts with it, else the two
    counties, when there are exactly two of that rank and they are neighbours (within
    :data:`OUTER_COUNTY_M`); otherwise none (the name is left for review, not guessed).
    """
    starting = gaz.index.starting_with(char)
    for rank in ([p for p in starting if is_prefecture(p)],
                 [p for p in starting if p.level is Level.DISTRICT]):
        if rank:
            pair = list(dict.fromkeys(rank))
            if len(pair) == 2 and distance_m(pair[0].point, pair[1].point) <= OUTER_COUNTY_M:
                return pair
            return []
    return []


def _named_beside(i: int, chars: list[str], found: list[Place | None], gaz,  # type: ignore[no-untyped-def]
                  named: Sequence[str]) -> Place | None:
    """Return the one unit the document names that starts with the ``i``-th character, if near its neighbours.

    A county the document names is read for a doubtful initial only within :data:`OUTER_COUNTY_M`
    of a neighbour already read: a far county the text names by its short form (甲南 of a list of
    compact names read as 甲南县 a province away) is no waypoint of a line between neighbours.
    """
    unit = quoted_reading(chars[i], gaz, named)
    known = [p for j in (i - 1, i + 1) if 0 <= j < len(chars) and (p := found[j]) is not None]
    if unit is None or unit.level is not Level.DISTRICT or not known or any(
            distance_m(unit.point, p.point) <= OUTER_COUNTY_M for p in known):
        return unit  # a city is a line's end from afar (宜昌 of 宜万 in a 万州 report)
    return None


def _bordering(i: int, chars: list[str], found: list[Place | None], gaz) -> Place | None:  # type: ignore[no-untyped-def]
    """Return the one unit starting with the ``i``-th character that borders the counties read beside it.

    A line named by initials joins neighbouring units: beside a county (綦江), a doubtful initial
    (江: 江津, 江北, 江阳 …) is the one unit starting with it whose polygon lies within
    :data:`TOUCH_M` of that county's (and of every county read beside it). None, or two such units
    (开 beside 万州: 开州 and 开江), leave it doubtful. Only counties are neighbours here: a city
    or province is a line's end from afar and says nothing of its initials' neighbours.
    """
    known = [p for j in (i - 1, i + 1) if 0 <= j < len(chars) and (p := found[j]) is not None]
    if not known or any(p.level is not Level.DISTRICT for p in known):
        return None
    shapes = [g for p in known if (g := gaz.unit_geometry(p.adcode)) is not None]
    if len(shapes) < len(known):
        return None
    touching = {p.adcode: p for p in generated_candidates(chars[i], gaz, [k.point for k in known])
                if p.level in (Level.DISTRICT, Level.CITY) and not any(related(p, k) for k in known)
                and (g := gaz.unit_geometry(p.adcode)) is not None
                and all(within_m(g, shape, TOUCH_M) for shape in shapes)}
    return next(iter(touching.values())) if len(touching) == 1 else None


def _own_unit(gaz, ctx: Sequence[str]) -> Place | None:  # type: ignore[no-untyped-def]
    """Return the one county, else the one city, the document's own strings name; else ``None``."""
    prefixes = gaz.index.document_prefixes(ctx)
    for size in (6, 4):
        units = [u for p in sorted(prefixes) if len(p) == size and (u := gaz.index.unit(p.ljust(6, "0"))) is not None]
        if units:
            return units[0] if len(units) == 1 else None
    return None


def _through_document(i: int, chars: list[str], found: list[Place | None], gaz,  # type: ignore[no-untyped-def]
                      own: Place | None) -> Place | None:
    """Return the reading of the ``i``-th initial whose way to the one read beside it passes the report's own unit.

    A report names the lines through its own county or city by their initials: 甲乙 in a report of a
    county midway between 甲 and a city starting with 乙 is that line, not one to a namesake of 乙 far
    aside (十天 in a 汉中 report is 十堰–天水: 十堰–天门 leaves 汉中 600 km aside). Read only when the
    report's unit ``own`` is no end of the line (no character read lies in it), lies between the two
    ends (neither :data:`CLEAR_RATIO` times farther from it than the other), the way passes it
    within :data:`THROUGH_M`, and every other reading's way is :data:`CLEAR_RATIO` times longer;
    else the initial stays doubtful.
    """
    known = [p for j in (i - 1, i + 1) if 0 <= j < len(chars) and (p := found[j]) is not None]
    if len(known) != 1 or own is None or any(p is not None and related(p, own) for p in found):
        return None
    end, mid = known[0].point, own.point
    readings = {p.adcode: p for p in (rival_readings(chars[i], gaz) or generated_candidates(chars[i], gaz, [end]))
                if not related(p, own) and not related(p, known[0])}
    ways = {code: distance_m(p.point, mid) + distance_m(mid, end) - distance_m(p.point, end)
            for code, p in readings.items()}
    cities = sorted((c for c, p in readings.items() if p.level is Level.CITY), key=lambda c: (ways[c], c))
    others = sorted((c for c, p in readings.items() if p.level is not Level.CITY), key=lambda c: (ways[c], c))
    if cities and (not others or ways[cities[0]] <= CLEAR_RATIO * max(ways[others[0]], HOP_M)):
        ranked = cities  # a city's short form is the usual one, as in :func:`clear_among`
    else:
        ranked = others
    if not ranked or ways[ranked[0]] > THROUGH_M or (
            len(ranked) > 1 and ways[ranked[1]] < CLEAR_RATIO * max(ways[ranked[0]], HOP_M)):
        return None
    best = readings[ranked[0]]
    near, far = sorted((distance_m(best.point, mid), distance_m(end, mid)))
    return best if far <= CLEAR_RATIO * near else None


def _county_of_province_initial(i: int, chars: list[str], found: list[Place | None],  # type: ignore[no-untyped-def]
                                gaz) -> Place | None:
    """Return the county a province's fixed 简称 stands for between places below a province, else ``None``.

    A fixed 简称 is the province beside another province (渝黔, 川黔: 贵州), but a line named by a city's
    or county's initial and a character that is both a province's 简称 and a county's initial joins that
    county (恩黔: 恩施–黔江, not 恩施–贵州): the one county of the region's provinces starting with the
    character that lies outside the province, taken when it is :data:`CLEAR_RATIO` times nearer every
    place read beside it than the province's seat. A county inside the province (黔西 of 贵州) is the
    province anyway; two such counties, or none clearly nearer, leave the province.
    """
    province = found[i]
    if chars[i] not in fixed_abbreviations() or province is None or province.level is not Level.PROVINCE:
        return None
    known = [p for j in (i - 1, i + 1) if 0 <= j < len(chars) and (p := found[j]) is not None]
    if not known or any(p.level is Level.PROVINCE for p in known):
        return None
    counties = {p.adcode: p for p in gaz.index.starting_with(chars[i])
                if p.level is Level.DISTRICT and p.adcode.startswith(region().region_provinces)
                and not related(p, province)}
    if len(counties) != 1:
        return None
    (county,) = counties.values()
    if all(CLEAR_RATIO * max(distance_m(county.point, k.point), HOP_M) <= distance_m(province.point, k.point)
           for k in known):
        return county
    return None


def _refit(i: int, chars: list[str], found: list[Place | None], gaz) -> Place | None:  # type: ignore[no-untyped-def]
    """Return the ``i``-th reading unless it is the character's default and does not fit the places read beside it
    (compact_levels, principle 2); then, and for a doubtful default with rival cities, the reading clearly nearest
    them among those that fit, else ``None`` (doubtful).

    The region's default is held to the principle as a generated reading is: 安 beside two cities is no county 安岳
    of a third city far off when a city clearly nearest them (安康) starts with it; 万 beside 巴中 alone is 万源,
    which borders it, not 万州. A reading of the document's own area (its district, its city's county) is kept, and
    so is its own unit (合 of 合泸 in a 合川 report), which the caller leaves alone.
    """
    place, default = found[i], default_reading(chars[i], gaz)
    known = [p.point for j in (i - 1, i + 1) if 0 <= j < len(chars) and (p := found[j]) is not None]
    if chars[i] in fixed_abbreviations() or default is None or default.level is Level.PROVINCE or not known \
            or place not in (None, default):
        return place  # a province's 简称 (青 → 青海, 陇 → 甘肃) names the province beside any unit
    if place is None:
        readings = rival_readings(chars[i], gaz)  # a doubtful default among rival cities (安: 安岳, 安康, 安顺 …)
    else:
        readings = list(dict.fromkeys([place, *rival_readings(chars[i], gaz),
                                       *generated_candidates(chars[i], gaz, known)]))
    fit = fitting_beside(readings, i, found, gaz)
    if place is not None and place in fit:
        return place
    # a doubtful character the principle rules no reading out of stays doubtful (宜 beside 渝: principle 3)
    return clear_among(fit, known) if place is not None or len(fit) < len(readings) else None


def _touching(chars: list[str], found: list[Place | None], seeds: list[Place | None], gaz,  # type: ignore[no-untyped-def]
              own: Place | None, ctx: Sequence[str]) -> list[Place | None]:
    """Return the readings with the one that borders no neighbour moved to the unit that does (compact_levels,
    principle 5): 甲 of 甲乙 beside the county 乙 is the county 甲… on its border, not a city 甲… farther off.

    A fixed 简称, a unit the item's sentences name, the report's own unit and a reading inside a city or county
    the context strings name (the item's places: 甲乙 of an item placed in the city holding the reading 甲…) stay;
    two characters that could move leave the name as it was.
    """
    named = {p for p in gaz.index.context_prefixes(tuple(ctx)) if len(p) >= 4}
    moved = {}
    for i, (char, place, seed) in enumerate(zip(chars, found, seeds, strict=True)):
        if seed is not None or char in fixed_abbreviations() or place is None or (
                own is not None and related(place, own)) or unit_prefix(place.adcode).startswith(tuple(named)):
            continue
        near = [p.point for j in (i - 1, i + 1) if 0 <= j < len(chars) and (p := found[j]) is not None]
        if (other := touching_reading(generated_candidates(char, gaz, near), i, found, gaz)) is not None:
            moved[i] = other
    if len(moved) != 1:
        return found
    return [moved.get(i, p) for i, p in enumerate(found)]


def _written_inside(code: str, stem: str, gaz, own: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """Return whether a county not of the document's own strings (``own`` prefixes) has its short name
    of two characters or more written inside a stem (巴南 in 宝汉巴南)."""
    unit = gaz.index.unit(code.ljust(6, "0"))
    if unit is None or unit.level is not Level.DISTRICT or unit_prefix(unit.adcode) in own:
        return False  # a city inside a stem is the city (新黄石: a new line of 黄石)
    short = short_name(unit.name)
    return len(short) >= 2 and short in stem


def _read_compact(stem: str, gaz, ctx: Sequence[str],  # type: ignore[no-untyped-def]
                  quoted: Sequence[str] = (), named: Sequence[str] = (),
                  own: Place | None = None) -> CompactReading:
    reading = _read_initials(stem, gaz, ctx, quoted, named, own)
    if not reading.places and (chain := _read_as_chain(stem, gaz, ctx, quoted, named, own)) is not None:
        return chain
    if len(stem) < 3 or stem[-1] not in DIRECTIONS or _local_line(reading.places):
        return reading
    # A direction after the initials of a local line is its section (甲乙北: the north part of 甲乙), not a
    # third end far off or doubtful: read without it when the rest is a line of neighbouring units.
    rest = _read_initials(stem[:-1], gaz, ctx, quoted, named, own)
    return CompactReading(stem, rest.places) if rest.places and _local_line(rest.places) else reading


#: Before a line's initials: a new line of them (新甲乙高速 beside the old 甲乙高速).
_NEW = "新"


def _read_as_chain(stem: str, gaz, ctx: Sequence[str],  # type: ignore[no-untyped-def]
                   quoted: Sequence[str], named: Sequence[str], own: Place | None) -> CompactReading | None:
    """Return a stem the characters leave unread read as a new line of the initials after 新, else as the one chain
    of neighbouring units near the document's places (:func:`geo.places.compact_chain.near_chain`), else ``None``.

    A unit the item's own sentences name is its character's one reading there too (太 of 太华 beside a 华池县 the
    sentence names is no 太白县 of 宝鸡: 华亭 is no reading of it).
    """
    anchors = anchor_points(gaz, ctx, named)
    if stem.startswith(_NEW) and len(stem) >= 3:
        rest = _read_initials(stem[1:], gaz, ctx, quoted, named, own).places or near_chain(
            stem[1:], gaz, anchors, quoted=[quoted_reading(c, gaz, quoted) for c in stem[1:]])
        if rest:
            return CompactReading(stem, rest)
    chain = near_chain(stem, gaz, anchors, quoted=[quoted_reading(c, gaz, quoted) for c in stem])
    return CompactReading(stem, chain) if chain else None


def _local_line(places: Sequence[Place]) -> bool:
    """Return whether each stop of a reading lies within :data:`OUTER_COUNTY_M` of the one before it."""
    return bool(places) and all(distance_m(a.point, b.point) <= OUTER_COUNTY_M
                                for a, b in zip(places, places[1:], strict=False))


def _read_initials(stem: str, gaz, ctx: Sequence[str],  # type: ignore[no-untyped-def]
                   quoted: Sequence[str], named: Sequence[str], own: Place | None) -> CompactReading:
    reading = CompactReading(stem)
    if len(stem) == 2 and (stem[0] == stem[1] or stem[0] == _TWO):
        # one initial twice, or "two" and an initial: the two units starting with it
        pair = _pair_of_initial(stem[1], gaz)
        if pair and any(p.adcode.startswith(reach_provinces()) for p in pair):
            reading.places = pair
        else:
            reading.doubtful[stem[1]] = pair or list(gaz.index.starting_with(stem[1]))
        return reading
    chars = list(stem)
    fixed = [default_reading(c, gaz) if c in fixed_abbreviations() else None for c in chars]
    found = _read_chars(chars, gaz, ctx, list(fixed))
    seeds = [f or quoted_reading(c, gaz, quoted) for c, f in zip(chars, fixed, strict=True)]
    if seeds != fixed and not agrees(found, seeds):
        found = _read_chars(chars, gaz, ctx, seeds)  # 合武 of a sentence naming 合肥 and 武汉
    if not all(found) and named:
        # a character left doubtful: the one unit starting with it that the document names (开
        # of 万开 in a news item on 万州 and 开州), then its neighbours again from there
        again = [p or _named_beside(i, chars, found, gaz, named) for i, p in enumerate(found)]
        if again != found:
            found = _read_chars(chars, gaz, ctx, again)
    if not all(found) and quoted:
        # a character still doubtful: the one county starting with it inside a city or province the item's own
        # sentences name (开 of 万开达 in a sentence naming 重庆 is 开州, not 开江 of 四川), then its neighbours
        again = [p or quoted_county(c, gaz, quoted, found) for c, p in zip(chars, found, strict=True)]
        if again != found:
            found = _read_chars(chars, gaz, ctx, again)
    if not all(found):
        # a character still doubtful beside a county: the one unit starting with it that borders
        # that county (江 of 江綦 beside 綦江 is 江津; 开 of 梁开 beside 梁平 is 开江)
        again = [p or _bordering(i, chars, found, gaz) for i, p in enumerate(found)]
        if again != found:
            found = _read_chars(chars, gaz, ctx, again)
    if not all(found):
        # a character still doubtful: the reading whose way to its neighbour passes the report's own
        # unit (天 of 十天 in a 汉中 report is 天水)
        again = [p or _through_document(i, chars, found, gaz, own) for i, p in enumerate(found)]
        if again != found:
            found = _read_chars(chars, gaz, ctx, again)
    if not all(found):
        # an end still doubtful among rival cities: the one from which the line runs through its neighbour on
        # to the next (广 of 广巴达: 广元, not 广安 behind 巴中; compact_levels, principle 4)
        again = [p or along_line(rival_readings(c, gaz), i, found)
                 for i, (c, p) in enumerate(zip(chars, found, strict=True))]
        if again != found:
            found = _read_chars(chars, gaz, ctx, again)
    # principle 2 of compact_levels holds for the region's defaults and rival cities too: a reading that does
    # not fit the places read beside it, or a doubtful one, is read among the readings that fit (安 of 安恩张
    # beside two cities: 安康, no county 安岳 of a city far off), else left doubtful; the report's own unit is kept
    found = [p if seed is not None or (own is not None and p is not None and related(p, own))
             else _refit(i, chars, found, gaz)
             for i, (p, seed) in enumerate(zip(found, seeds, strict=True))]
    if all(found):
        # a town of the document's districts beside a county is the lesser reading: the one unit
        # starting with its initial that borders that county (长 of 长垫 beside 垫江 is 长寿, not a
        # town 长坪 of the 万州 report the name is in; 万 of 綦万 stays 万盛: no 万… borders 綦江)
        found = [(_bordering(i, chars, found, gaz) or p) if p is not None and p.level is Level.TOWN else p
                 for i, p in enumerate(found)]
    if all(found):
        found = _touching(chars, found, seeds, gaz, own, ctx)
    if all(found):
        # a province's 简称 beside places read below a province is the county of the region starting with
        # it outside that province when clearly nearer them (黔 of 恩黔 beside 恩施 is 黔江, not 贵州)
        found = [_county_of_province_initial(i, chars, found, gaz) or p for i, p in enumerate(found)]
        # a province's official 简称 read as its default city beside a neighbouring province is that
        # province: two provinces' 简称 name a line between them (compact_levels, principle 1)
        found = [province_pair(i, chars, found, gaz) or p for i, p in enumerate(found)]
    if not any(p is not None and p.adcode.startswith(reach_provinces()) for p in found):
        # A name of initials that reaches no place of the region or the provinces its lines
        # run to (北滨大道: a street, not 北京–滨州) is not read as one; 张吉怀 (湖南) is.
        return reading
    if any(p is None for p in found):
        for i, char in enumerate(chars):
            if found[i] is None:
                known = [p.point for j in (i - 1, i + 1) if 0 <= j < len(chars) and (p := found[j])]
                reading.doubtful[char] = sorted(rival_readings(char, gaz) or generated_candidates(char, gaz),
                                                key=lambda p, k=known: reach_m(p, k))
        return reading
    for place in found:
        if place is not None and (not reading.places or reading.places[-1] != place):
            reading.places.append(place)
    return reading
