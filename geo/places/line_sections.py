"""Read a line's section in its name: the section's ends (…江津至泸州段, …泸渝段), the province or unit a
part keeps to (…重庆段, …川境段, …甲县境内段), corridor waypoints and border crossings.

Where it sits: **places** (document → text → entities → places → database → map layers). The geocoder
(:mod:`geo.geocode.sections`, :mod:`geo.geocode.lines`) clips a line to the ends read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shapely.geometry import LineString, Point

from geo.places.compact import read_compact
from geo.places.compact_chars import LEVEL_ORDER
from geo.places.gazetteer import Gazetteer
from geo.places.line_ends import border_end, border_place, without_lead
from geo.places.line_words import (
    BRACKETS,
    LINE_HEAD,
    LINE_MODIFIERS,
    LINE_SPLIT,
    LINE_WORDS,
    without_road_number,
)
from geo.places.metric import gap_m
from geo.places.records import Corridor, Level, Place, short_name
from geo.places.region import abbreviation_units, province_abbreviations
from geo.places.resolving import SEAT_WORDS, Context, resolve

#: A section written with 段 (…江津至泸州段, …重庆段): the words before it, its ends or the part it keeps to.
_SECTION = re.compile(r"([\u4e00-\u9fffA-Za-z0-9—–\-－~～至到、]+?)段")
#: A line's part in a province written with 境 and no 段 (甲至乙(四川境)高速): the words up to it.
_PROVINCE_REACH = re.compile(r"([\u4e00-\u9fff]+?境内?)")
#: A line's part by direction written before a section's ends (甲大道南延线乙丙段, 甲路北线乙至丙段):
#: the words of the line's name, not an end; a piece that is nothing else is left to :data:`_DIRECTION_PART`.
_EXTENSION_HEAD = re.compile(r"^[东西南北](?:延伸|延)?线(?=[\u4e00-\u9fff])")
#: A section named by its direction on the line (西段, 东延伸段, 北环段), not by its ends.
_DIRECTION_PART = re.compile(r"[东西南北中](?:延伸|延|环|线|半)?")


def without_province_section(part: str, gaz: Gazetteer, ctx: Sequence[str]) -> str:
    """Return a line end without the province section written after it (安岳重庆段 → 安岳).

    铜梁至安岳高速公路重庆段 is often run together as 铜梁至安岳重庆段高速公路: the section
    is the line's part in that province, the end is still 安岳.
    """
    if not part.endswith("段") or gaz.lookup(part, context=ctx):
        return part
    stem = _province_tail(part[:-1], gaz, ctx)
    return stem if stem != part[:-1] else part


def province_section(name: str, gaz: Gazetteer) -> Place | None:
    """Return the province a line's name keeps to (铜梁至安岳高速公路重庆段, …四川境内段), if any.

    The part in a province is also written with 境 and no 段, in brackets or at the end
    (甲至乙(四川境)高速, 甲至乙高速公路四川境, 甲至乙高速川境内): that province's part too;
    a 境 of another word (过境, 出境, 入境) names none.
    """
    tail = _trailing_reach(name)
    if tail and "段" in name:
        # 甲高速乙至丙段(贵州境), 甲铁路乙至丙段四川境内: the section's part in that province
        return _province_at_end(tail, gaz)
    match = None
    for match in _SECTION.finditer(name):
        pass
    if match is not None:
        return _province_at_end(match.group(1), gaz)
    reach = None
    for reach in _PROVINCE_REACH.finditer(BRACKETS.sub(r"\1", name)):
        pass
    return _province_at_end(reach.group(1), gaz) if reach is not None else None


#: A unit's reach closing a line's name after its last 段 or its kind (…段贵州境, 甲高速遵义境, 乙铁路(四川境内)).
_TRAILING_REACH = re.compile(r"([\u4e00-\u9fff]{1,10}?境内?)$")


def _trailing_reach(name: str) -> str:
    """Return the unit's reach a line's name ends with after its last 段 (…段四川境内 → 四川境内), else "".

    A 境 of another word (甲过境, 出境, 入境, 跨境) is no unit's reach.
    """
    flat = BRACKETS.sub(r"\1", name)
    found = _TRAILING_REACH.search(flat, flat.rfind("段") + 1)
    stem = _reach_stem(found.group(1)) if found else ""
    return found.group(1) if stem and not stem.endswith(("过", "出", "入", "越", "跨")) else ""


def _reach_stem(piece: str) -> str:
    """Return a section's piece without its 境 or 境内 (甲县境内 → 甲县, 川境 → 川)."""
    return piece.removesuffix("境内").removesuffix("境")


def _unit_reach(piece: str, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the city or county a section's piece ending in 境 or 境内 is written by in full (甲县境内 → 甲县)."""
    bare = _reach_stem(piece)
    place = resolve(bare, gaz, ctx) if len(bare) >= 2 else None
    return place if place is not None and place.level in (Level.CITY, Level.DISTRICT) else None


def _province_at_end(piece: str, gaz: Gazetteer) -> Place | None:
    """Return the province a section's words end with: 重庆, 四川境内, or a 简称 with 境 (川境).

    A bare 简称 at the end is no province (泸渝段 runs 泸州–重庆); written with 境 it is the
    part of the line inside that province (攀枝花至大理高速川境段).
    """
    bare = _reach_stem(piece)
    for province in gaz.province_names:
        if bare.endswith((province, short_name(province))):
            return next((p for p in gaz.lookup(province) if p.level is Level.PROVINCE), None)
    if bare != piece and bare and (name := province_abbreviations().get(bare[-1])) is not None:
        return next((p for p in gaz.lookup(name) if p.level is Level.PROVINCE), None)
    return None


def _province_tail(stem: str, gaz: Gazetteer, ctx: Sequence[str]) -> str:
    """Return a section's end without a province written after it (安岳重庆 of …至安岳重庆段)."""
    if gaz.lookup(stem, context=ctx):
        return stem
    for province in gaz.province_names:
        short = short_name(province)
        if stem.endswith(short) and len(stem) > len(short) + 1:
            return stem[: -len(short)]
    return stem


#: What may follow a section's two ends written after its line's name without 段: the line's kind, a road's
#: grade, the works (甲高速乙至丙高速公路改扩建, 甲国道乙至丙二级公路, 甲铁路乙至丙扩能改造工程).
_UNMARKED_TAIL = re.compile(
    "(?:" + "|".join(LINE_WORDS) + r"|[一二三四五六七八九十两双]+(?:级|车道)|\d+(?:\.\d+)?(?:万|千)?(?:吨级|吨|米|公里)|"
    r"高等级|水深|改扩建|扩能|扩容|改建|改造|提升|升级|整治|工程|项目)+$")


def unmarked_section(name: str, corridor: Corridor) -> str | None:
    """Return a section written after its line's name without 段, as a section's name (…乙至丙段), else ``None``.

    甲高速乙至丙高速公路改扩建, 甲国道乙至丙二级公路: the corridor's name or alias, two ends joined by 至 (or
    a dash), then only the line's kind, a grade or the works: the stretch between them, not the whole line.
    A name with 段 (read as a section already), with nothing but the corridor's name, or with more than
    two ends is ``None``.
    """
    if "段" in name:
        return None
    for alias in sorted((corridor.name, *corridor.aliases), key=len, reverse=True):
        if len(alias) < 2 or not name.startswith(alias):
            continue
        rest = name[len(alias):]
        tail = _UNMARKED_TAIL.search(rest)
        stem = rest[: tail.start()] if tail else rest
        parts = LINE_SPLIT.split(stem)
        return f"{alias}{stem}段" if len(parts) == 2 and all(len(p) >= 2 for p in parts) else None
    return None


def section_places(name: str, gaz: Gazetteer, ctx: Sequence[str], corridor: Corridor | None,
                   pool: Sequence[Place] = ()) -> list[Place | Point | None] | None:
    """Return the endpoints of a section (…江津至泸州段, …(潼南段), …泸渝段), or ``None`` if not a section.

    An endpoint is read as a waypoint of the corridor, else one of ``pool``
    (the line's own places: 南 of 汉中至巴中至南充铁路南巴段 is 南充), else a
    gazetteer place; an endpoint that cannot be read is ``None``.
    """
    text = name
    for inner in BRACKETS.findall(name):
        if inner.endswith("段"):
            text = inner
    if "段" not in text and _trailing_reach(text):
        text = BRACKETS.sub(r"\1", text) + "段"  # 甲高速遵义境, 乙铁路(四川境内): the part in that unit, as with 段
    match = None
    for match in _SECTION.finditer(text):
        pass
    if match is None:
        return None
    piece = match.group(1)
    words = list(LINE_HEAD.finditer(piece))
    if words:
        piece = piece[words[-1].end():]
    piece = without_road_number(piece)  # S308线泸县至荣昌段: the section runs 泸县 → 荣昌
    piece = _EXTENSION_HEAD.sub("", piece)  # 甲大道南延线乙丙段: the section 乙丙 of the south extension
    if _DIRECTION_PART.fullmatch(piece):
        return None  # 宜宾过境高速西段, 鹿角隧道东延伸段: a part by direction, not by its ends
    if piece.endswith(("境", "境内")) and _unit_reach(piece, gaz, ctx) is not None:
        # …甲县境内段, …乙市境段: the line's part in a city or county (永川境内 is 永川's, not 四川's 川)
        piece = _reach_stem(piece)
    elif piece.endswith(("境", "境内")) and (province := _province_at_end(piece, gaz)) is not None:
        # …高速川境段, …四川境内段: the line's part in a province (clipped to it), no ends
        if len(_reach_stem(piece)) <= len(province.name):
            piece = province.name
    if corridor is not None:
        for alias in (corridor.name, *corridor.aliases):
            piece = piece.removeprefix(alias)
    parts = [p for p in LINE_SPLIT.split(piece) if p]
    if len(parts) >= 2:
        parts[-1] = _province_tail(parts[-1], gaz, ctx)
        if corridor is None and resolve(parts[0], gaz, ctx, endpoint=True) is None:
            parts[0] = without_lead(parts[0], gaz, ctx)  # 金沙江甲市至乙县段, 项目中的甲市至乙市段
    initials: list[Place] = []
    if len(parts) == 1 and len(parts[0]) == 2 and not gaz.lookup(parts[0], context=ctx):
        through = read_compact(parts[0], gaz, ctx).places if corridor is None and not pool else []
        if len(through) == 2:
            return list(through)  # 甲乙高速万开段 of a line the gazetteer lacks: 万州—开州, read together
        # 甲丙铁路乙丙段: 乙 read beside 丙, the line's end, and kept when it lies on the line
        initials = initials_on_parent(read_compact(parts[0], gaz, _beside_ends(ctx, pool)).places, corridor, pool)
        parts = list(parts[0])
    elif len(parts) == 1 and len(parts[0]) >= 3 and not gaz.lookup(parts[0], context=ctx):
        # 川南城际铁路内自泸段: a section named by its ends' initials runs through them in order
        through = read_compact(parts[0], gaz, ctx).places
        if corridor is None and len(through) >= 2:
            return list(through)
        on_line = initials_on_parent(read_compact(parts[0], gaz, _beside_ends(ctx, pool)).places, corridor, pool)
        if on_line:
            return on_line  # 甲线乙丙丁段 of a curated line: the places its initials read, on the line
    out: list[Place | Point | None] = []
    borders = {i: stem for i, part in enumerate(parts) if i in (0, len(parts) - 1) and len(parts) >= 2
               and (stem := border_end(part, gaz, ctx)) is not None}
    for i, part in enumerate(parts):
        point = waypoint(corridor, part) or border_crossing(part, gaz, corridor)
        if point is None and i in borders:
            out.append(None)  # read below, toward the other end (S308甲县至乙界段)
            continue
        borders.pop(i, None)
        if point is None and len(part) == 1:
            point = _waypoint_by_initial(corridor, part)
        own = [p for p in pool if p.name.startswith(part) or short_name(p.name) == part]
        if point is None and not own and initials:
            own = [initials[i]]  # an initial no end of the line starts with, read beside the other
        if point is not None and (unit := _waypoint_unit(part, point, gaz, ctx)) is not None:
            # 兰渝铁路武胜段: a waypoint that is a county of the gazetteer is that county, so a
            # one-unit section is clipped to it and a known end is drawn as such
            out.append(unit)
        elif point is not None:
            out.append(point)
        elif own:
            out.append(own[0])
        else:
            previous = next((p for p in reversed(out) if isinstance(p, Place)), None)
            end = _section_end(part, gaz, ctx, previous, endpoint=len(parts) >= 2)
            out.append(end if end is not None else _on_parent(part, gaz, pool))
    for i, stem in borders.items():
        other = out[1] if i == 0 else out[-2]
        found = border_place(stem, other.point if isinstance(other, Place) else other, gaz, ctx)
        out[i] = found[0] if found else None
    return _towns_of_named_county(parts, out, gaz)


def _towns_of_named_county(parts: Sequence[str], ends: list[Place | Point | None],
                           gaz: Gazetteer) -> list[Place | Point | None]:
    """Return a section's ends with the later ends read as towns of the county written before the first.

    省道甲线乙县丙镇至丁段 (乙县丙至丁段): a county written before the first end's town is the county the
    section lies in, and a later end written bare that the town → county index holds as a town of that
    county is that town: its point when the gazetteer has one there, else an end not drawn (``None``;
    the county's seat may lie on the other side of the first town), never a namesake county or town
    elsewhere (丁县 of another province). An end the index does not hold in the county is left as read.
    """
    first = ends[0] if ends else None
    if len(parts) < 2 or not isinstance(first, Place) or first.level not in (Level.DISTRICT, Level.TOWN):
        return ends
    county = gaz.index.unit(first.adcode)  # a town's adcode is its county's
    if county is None or county.level is not Level.DISTRICT or not any(
            parts[0].startswith(n) and len(parts[0]) > len(n)
            for n in (county.name, short_name(county.name), *county.aliases) if len(n) >= 2):
        return ends  # no county written before the first end's town
    out = list(ends)
    for i, part in enumerate(parts[1:], start=1):
        end = out[i]
        if isinstance(end, Point) or (isinstance(end, Place) and end.adcode == county.adcode):
            continue  # a corridor's waypoint, or already in the county
        if county.adcode in gaz.index.bare_town_counties(part):
            own = [p for p in gaz.lookup(part) if p.level is Level.TOWN and p.adcode == county.adcode]
            out[i] = own[0] if own else None  # a town whose point is unknown: an end not drawn
    return out


#: A section's initials read together lie this near their parent line when they are its part: the
#: farthest a section end may lie from its corridor and still be joined to it (:mod:`geo.geocode.sections`).
INITIALS_ON_PARENT_M = 50_000


def initials_on_parent(places: Sequence[Place], corridor: Corridor | None, pool: Sequence[Place]) -> list[Place]:
    """Return a section's initials read together (:func:`~geo.places.compact.read_compact`) when they lie on their line.

    A section named by initials (大理至瑞丽铁路 written 甲乙铁路, its section 丙乙段) is a part of its line:
    an initial that no end of the line starts with (丙) is the place the initials read it as beside the
    others, when each place they read lies within :data:`INITIALS_ON_PARENT_M` of the line's course (its
    corridor, else the straight way through the line's own places ``pool``). Otherwise ``[]``: a reading off
    the line is a namesake (安康 for the 康 of a section of a line running west of 雅安), not its part.
    """
    if len(places) < 2:
        return []
    course = corridor.line if corridor is not None else (
        LineString([p.point for p in pool]) if len({p.point.coords[0] for p in pool}) >= 2 else None)
    if course is None or any(gap_m(course, p.point) > INITIALS_ON_PARENT_M for p in places):
        return []
    return list(places)


def _beside_ends(ctx: Sequence[str], pool: Sequence[Place]) -> Context:
    """Return ``ctx`` with the cities and counties of a section's line (``pool``) among the units its item names.

    A section's initials are read among its line's own places first (大 of a section of 昆大铁路 is 大理), as
    a compact name's are among the units its sentences name (:attr:`Context.quoted`).
    """
    units = tuple(p.adcode for p in pool if p.level in (Level.CITY, Level.DISTRICT))
    if not units:
        return ctx if isinstance(ctx, Context) else Context(ctx)
    doc = getattr(ctx, "doc", tuple(ctx))
    return Context(ctx if isinstance(ctx, Context) else doc, tuple(ctx)[len(doc):],
                   quoted=(*getattr(ctx, "quoted", ()), *units), named=getattr(ctx, "named", ()))


#: A section's end read from its parent line alone lies this near the line's straight course.
ON_PARENT_M = 40_000


def _on_parent(part: str, gaz: Gazetteer, pool: Sequence[Place]) -> Place | None:
    """Return the one place of a section end's name that lies on its parent line, else ``None``.

    渝怀铁路梅江至怀化段 in a 贵阳 report: 梅江 is no place of the document's area, but the
    town 梅江 of 秀山 lies on the line 重庆–怀化 (the 梅江区 of 广东 does not). Readings within
    :data:`ON_PARENT_M` of the straight course through the line's own places; two such
    readings apart, or none, leave the end unknown.
    """
    course = [p.point for p in pool]
    if len(course) < 2 or len(part) < 2:
        return None
    line = LineString(course)
    near = [p for p in gaz.lookup(part) if p.level in (Level.TOWN, Level.DISTRICT)
            and gap_m(line, p.point) <= ON_PARENT_M]
    if not near or any(gap_m(near[0].point, p.point) > ON_PARENT_M / 4 for p in near[1:]):
        return None
    return min(near, key=lambda p: LEVEL_ORDER[p.level])


#: A section end at a provincial border: 川陕界, 渝黔界 (two provinces' 简称 and 界).
#: A crossing this close to the second province lies on the shared border (coarse polygons).
BORDER_M = 5_000
_BORDER = re.compile(r"^([\u4e00-\u9fff])([\u4e00-\u9fff])界$")


def border_crossing(part: str, gaz: Gazetteer, corridor: Corridor | None) -> Point | None:
    """Return where a corridor crosses the border a section end names (G5川陕界至广元段).

    ``part`` is two provinces' one-character 简称 and 界; the point is the crossing of the
    corridor with the first province's edge within :data:`BORDER_M` of the second. ``None``
    when ``part`` is no such end, either character is not a province, or the corridor does not
    cross that border.
    """
    match = _BORDER.match(part)
    if match is None or corridor is None:
        return None
    units = []
    for char in match.groups():
        found = [p for p in gaz.lookup(char) if p.level is Level.PROVINCE]
        shape = gaz.unit_geometry(found[0].adcode) if found else None
        if shape is None:
            return None
        units.append(shape)
    crossing = corridor.line.intersection(units[0].boundary)
    points = [g for g in getattr(crossing, "geoms", [crossing]) if g.geom_type == "Point"]
    on_border = [q for q in points if gap_m(units[1], q) <= BORDER_M]
    return min(on_border, key=lambda q: units[1].distance(q), default=None)

#: What follows a unit's name in a node of it: 合川城南枢纽, 璧山西, 永川东互通, 江津北站.
_NODE = re.compile(r"(?:城?[东南西北])?(?:枢纽|互通|立交|收费站|站)?")


def _section_end(part: str, gaz: Gazetteer, ctx: Sequence[str], previous: Place | None, *,
                 endpoint: bool) -> Place | None:
    """Return the place of a section's end as written in a name, or ``None``.

    Besides a place name: the seat (县城) of the unit the other end lies in; an end written
    with a modifier (泸州北线) or as a node of its unit (合川城南枢纽, 璧山西) is that unit.
    """
    if part in SEAT_WORDS:
        return gaz.index.unit(previous.adcode) if previous is not None else None
    bare = LINE_MODIFIERS.sub("", part) or part
    near = previous.point if previous is not None and len(bare) >= 2 else None  # (a namesake county)
    place = resolve(bare, gaz, ctx, near=near, endpoint=endpoint, town_of_unit=endpoint)
    if place is not None or len(bare) <= 2:
        return place
    for size in range(len(bare) - 1, 1, -1):  # a unit followed by a node of it
        head, tail = bare[:size], bare[size:]
        if not _NODE.fullmatch(tail):
            continue
        place = resolve(head, gaz, ctx, endpoint=endpoint)
        if place is not None and place.level in (Level.DISTRICT, Level.CITY):
            return place
    return None


def _waypoint_unit(label: str, point: Point, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the county or city a corridor waypoint's label names, drawn where the waypoint is.

    ``None`` for a waypoint drawn elsewhere than its label's place (江口=支坪, 朝阳湖=蒲江) or
    whose label is a town or site.
    """
    found = gaz.lookup(label, context=ctx)
    if not found or found[0].level not in (Level.DISTRICT, Level.CITY):
        return None
    place = found[0]
    return place if abs(place.lon - point.x) < 1e-4 and abs(place.lat - point.y) < 1e-4 else None


def waypoint(corridor: Corridor | None, name: str) -> Point | None:
    """Return the point of a corridor waypoint by its label (江口 of 綦河航道), if any."""
    if corridor is None:
        return None
    for label, coords in zip(corridor.waypoints, corridor.line.coords, strict=True):
        if label == name:
            return Point(coords)
    return None


def _waypoint_by_initial(corridor: Corridor | None, char: str) -> Point | None:
    """Return the one waypoint whose label starts with a section's abbreviation (峨 of 峨米段).

    Else the waypoint of the unit the region's table gives the character (康 of 西渝高铁康渝段 is
    安康, a waypoint whose label starts otherwise).
    """
    if corridor is None:
        return None
    found = [Point(c) for label, c in zip(corridor.waypoints, corridor.line.coords, strict=True)
             if label.startswith(char)]
    if not found and (unit := abbreviation_units().get(char)):
        found = [Point(c) for label, c in zip(corridor.waypoints, corridor.line.coords, strict=True)
                 if label in (unit, short_name(unit))]
    return found[0] if len(found) == 1 else None

