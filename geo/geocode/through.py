"""Bend a line drawn between far ends through a unit its text puts on it (issue 12).

A line drawn straight between the far ends its name gives (a railway from a provincial capital
to a city 500 km away) misses the counties it crosses, so a county's news item about "its"
railway shows the line passing somewhere else. Two kinds of text put a unit on such a line:

- **a section named by one unit** ("甲乙铁路丙县段"): the line crosses that unit;
- **the document of one district or city** whose clause about the line says it passes there
  (境内, 过境, 经过, 途经, 穿境 …) or whose list piece names the unit: a county's plan lists the
  lines across it.

The unit's seat becomes a waypoint when it lies near the straight line: going through it
lengthens the line by at most :data:`DETOUR` (a unit off to the side is not on the way, and is
not forced onto it). A curated corridor is never bent (its waypoints are knowledge), and a line
that already passes within :data:`ON_LINE_M` of the unit is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shapely.geometry import LineString, Point

from geo.model import Entity
from geo.places import Gazetteer, Level, Place, distance_m, gap_m, scan_places, short_name

#: Going through a unit's seat may lengthen a line by this share of its straight length.
DETOUR = 0.15
#: A line this close to a unit's polygon already passes it.
ON_LINE_M = 2_000
#: Words by which a sentence says a line passes (the document's own unit): 境内, 经过彭水 ….
_PASSING = re.compile(r"境内|过境|经过|途经|穿境|贯穿|横贯|纵贯|穿越")


def bend_through(places: Sequence[Place], unit: Place, gaz: Gazetteer) -> LineString | None:
    """Return the line through ``places`` with ``unit``'s seat inserted where it adds least.

    ``None`` when the straight line already passes the unit, when the unit contains one of the
    places, or when the detour is longer than :data:`DETOUR` of the line.
    """
    if len(places) < 2 or unit.level not in (Level.DISTRICT, Level.CITY):
        return None
    prefix = unit.adcode.rstrip("0")
    if any(p.adcode.startswith(prefix) for p in places):
        return None
    straight = LineString([p.point for p in places])
    shape = gaz.unit_geometry(unit.adcode)
    if gap_m(shape if shape is not None else unit.point, straight) <= ON_LINE_M:
        return None
    length = sum(distance_m(a.point, b.point) for a, b in zip(places, places[1:], strict=False))
    added, at = min((distance_m(a.point, unit.point) + distance_m(unit.point, b.point)
                     - distance_m(a.point, b.point), i + 1)
                    for i, (a, b) in enumerate(zip(places, places[1:], strict=False)))
    if added > DETOUR * length:
        return None
    points = [p.point for p in places]
    points.insert(at, unit.point)
    return LineString(points)


def bend_line_through(line: LineString, unit: Place, gaz: Gazetteer) -> LineString | None:
    """Return a drawn line (a schematic corridor) with ``unit``'s seat inserted where it adds least.

    A corridor drawn straight between its waypoints may pass beside a county it crosses
    (西渝高铁 between 合川 and 广安 passes west of 华蓥): its section there (华蓥段) bends
    through the seat. ``None`` as for :func:`bend_through`.
    """
    coords = list(line.coords)
    if len(coords) < 2 or unit.level not in (Level.DISTRICT, Level.CITY):
        return None
    shape = gaz.unit_geometry(unit.adcode)
    if gap_m(shape if shape is not None else unit.point, line) <= ON_LINE_M:
        return None
    points = [Point(c) for c in coords]
    length = sum(distance_m(a, b) for a, b in zip(points, points[1:], strict=False))
    added, at = min((distance_m(a, unit.point) + distance_m(unit.point, b) - distance_m(a, b), i + 1)
                    for i, (a, b) in enumerate(zip(points, points[1:], strict=False)))
    if added > DETOUR * length:
        return None
    coords.insert(at, (unit.point.x, unit.point.y))
    return LineString(coords)


def document_district(gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the district its document is about (its own plan or news), else ``None`` (a city's or a
    province's text, or one naming several districts)."""
    unit = gaz.index.issuer_unit(tuple(getattr(ctx, "doc", ctx)))
    return unit if unit is not None and unit.level is Level.DISTRICT else None


def document_units(gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the district (else city) its document is about, or, for a project whose strings
    join several documents, each district they are about."""
    document = tuple(getattr(ctx, "doc", ctx))
    unit = gaz.index.issuer_unit(document)
    if unit is not None:
        return [unit]
    return [u for code in sorted(gaz.index.context_prefixes(document)) if len(code) == 6
            and (u := gaz.index.unit(code)) is not None and u.level is Level.DISTRICT]


#: Where a clause ends, and where a list piece ends inside it.
_CLAUSE_END = re.compile(r"[，,；;。：:！？!?]")
_PIECE_END = re.compile(r"[、]")


def _around(text: str, start: int, end: int, ends: re.Pattern[str]) -> str:
    """Return the stretch of ``text`` around ``start:end`` between two ``ends``."""
    left = max((m.end() for m in ends.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in ends.finditer(text, end)), len(text))
    return text[left:right]


def says_it_passes(quote: str, name: str, unit: Place) -> bool:
    """Return whether a line's sentence in its unit's document puts the line there.

    The clause that names the line says it passes (境内, 经过, 途经 …: "甲乙铁路经过丙县",
    "境内甲乙、丙丁铁路纵横交错"), or the line's own list piece names the unit ("丙县甲乙铁路").
    A unit written elsewhere in the sentence says nothing about this line.
    """
    at = quote.find(name)
    if at < 0:
        return False
    clause = _around(quote, at, at + len(name), _CLAUSE_END)
    piece = _around(clause, clause.find(name), clause.find(name) + len(name), _PIECE_END)
    short = short_name(unit.name)
    return bool(_PASSING.search(clause)) or unit.name in piece or (len(short) >= 2 and short in piece)


def through_document(entity: Entity, places: Sequence[Place], gaz: Gazetteer,
                     ctx: Sequence[str]) -> tuple[LineString, Place] | None:
    """Return a line between far ends bent through its document's unit, and that unit.

    Only when one of the line's sentences says it passes there (:func:`says_it_passes`) and
    the unit is on the way (:func:`bend_through`).
    """
    said = [(m.quote, m.text or entity.name) for m in entity.mentions if m.quote]
    for unit in document_units(gaz, ctx):
        if any(says_it_passes(q, name, unit) for q, name in said) and (
                line := bend_through(places, unit, gaz)) is not None:
            return line, unit
    return None


def corridor_in_document(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the county its document is about when a clause of a line named whole says the line passes there.

    A county's text that names a national or provincial line whole ("境内甲乙铁路、丙丁高速纵横交错", "甲乙高速
    穿境而过") means the line's stretch in the county, not the line from end to end (issue 12). Only a
    project all of whose mentions are in one document about one county-level unit (not a city's or a
    province's text: a line met in several documents is drawn once for all of them), and only a clause
    with a word of passing (:data:`_PASSING`): a clause that merely names the county beside the line
    ("甲县关注乙丙高铁建设", "乙丙铁路甲县至丁段") may mean the whole line or another part of it.
    """
    if len({m.doc for m in entity.mentions}) != 1:
        return None
    unit = document_district(gaz, ctx)
    if unit is None:
        return None
    for mention in entity.mentions:
        quote, name = mention.quote or "", mention.text or entity.name
        at = quote.find(name)
        clause = _around(quote, at, at + len(name), _CLAUSE_END) if at >= 0 else ""
        if any(not _elsewhere(clause[:word.start()], unit, gaz) for word in _PASSING.finditer(clause)):
            return unit
    return None


def _elsewhere(before: str, unit: Place, gaz: Gazetteer) -> bool:
    """Return whether a word of passing follows the name of a unit other than ``unit`` ("乙省境内", "经过丙市").

    The word then says where the line runs elsewhere, not in the document's county.
    """
    for size in (4, 3, 2):
        found = [p for p in gaz.lookup(before[-size:]) if p.level in (Level.PROVINCE, Level.CITY, Level.DISTRICT)]
        if found:
            prefix = found[0].adcode.rstrip("0")
            return not (unit.adcode.startswith(prefix) or found[0].adcode.startswith(unit.adcode.rstrip("0")))
    return False


#: Words before a line's name in its clause by which the text says a link runs by way of the line: 通过甲乙铁路,
#: 经甲乙高速 (not 已经 or 曾经).
_BY_WAY_OF = re.compile(r"通过|经由|(?<![已曾])经")
#: A line's name followed by a section of it (甲乙铁路丙至丁段, 甲乙高铁丙段): the places are the section's.
_SECTION_AFTER = re.compile(r"[^，,；;。、：:！？!?\s]{0,20}?段")


def clause_places(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the cities, counties and towns a line's clause says a link runs between by way of the line, else ``[]``.

    "通过甲乙铁路衔接丙县、丁县", "由丙经甲乙高铁到达丁", "丙与丁的联系主要通过甲乙高速": the places the text
    ties to the line. Only for a project of one document, for a clause with 通过 or 经 before the line's
    name and no section of the line right after it (甲乙铁路丙至丁段 is another item), and only when every
    such clause names the same places (provinces are no places along a line here).
    """
    if len({m.doc for m in entity.mentions}) != 1:
        return []
    found: set[tuple[Place, ...]] = set()
    for mention in entity.mentions:
        quote, name = mention.quote or "", mention.text or entity.name
        at = quote.find(name)
        if at < 0 or _SECTION_AFTER.match(quote, at + len(name)):
            continue
        clause = _around(quote, at, at + len(name), _CLAUSE_END)
        if not _BY_WAY_OF.search(clause[:clause.find(name)]):
            continue
        places = tuple(dict.fromkeys(p for p in scan_places(clause.replace(name, "、"), gaz, ctx)
                                     if p.level is not Level.PROVINCE))
        if len(places) >= 2:
            found.add(places)
    return list(found.pop()) if len(found) == 1 else []
