"""Read the places written inside a name: its units and towns, a works or park named for its town, the
curated sites it holds, the county a site's name writes.

Where it sits: **places** (document → text → entities → places → database → map layers). The geocoder
reads an item's own name (and a sentence's words) here before it falls back on the document's area.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.places.gazetteer import Gazetteer
from geo.places.line_words import BRACKETS
from geo.places.metric import gap_m
from geo.places.records import Level, Place, short_name, unit_prefix
from geo.places.resolving import resolve
from geo.places.words import counted_word, street_word

#: Endings of a park's name (蒲吕工业园, 石板大健康产业园): a park named first by a town is in it.
_PARK_ENDS = ("园", "园区")
#: Endings of a works named first by the town it stands in, as a park is: a port area (甲保税港区, 乙港区,
#: 丙作业区), a wharf (丁码头), a bridge or a tunnel (戊嘉陵江大桥, 己隧道).
_WORKS_ENDS = ("港区", "作业区", "码头", "大桥", "隧道")
#: The last character of a river's name (甲江, 乙河): a works first named so is named for the river.
_RIVER_ENDS = ("江", "河")
#: How far from the river its name writes a bridge's town may lie (the rivers are drawn schematically,
#: a town's point is its seat: a few km either way).
RIVER_REACH_M = 15_000
#: A phase or the word "works" closing a name (甲作业区一期, 乙大桥工程): the kind is written before it.
_PHASE_END = re.compile(r"(?:[一二三四五六七八九十\d]+期|工程|项目)+$")


def _park_of_town(text: str, start: int, piece: str, gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether a town opens a park's name (蒲吕工业园) and no other town bears that name.

    As for a works (:func:`works_town`), a town of a province none of the document's own units is in
    is no park's town: the park's first word is then a word of its trade that a far town shares (a
    herb's or a crop's name before 产业园), not where it is.
    """
    if start != 0 or not _PHASE_END.sub("", text.rstrip()).endswith(_PARK_ENDS):
        return False
    towns = [p for p in gaz.lookup(piece) if p.level is Level.TOWN]
    return len(towns) == 1 and _in_documents_provinces(towns[0], gaz, ctx)


def _in_documents_provinces(place: Place, gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether ``place`` lies in a province of the document's own units (any province when it names none)."""
    provinces = {p[:2] for p in gaz.index.document_prefixes(ctx)}
    return not provinces or place.adcode[:2] in provinces


def works_town(text: str, start: int, piece: str, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the town a port area's, wharf's, bridge's or tunnel's name opens with, written bare
    (甲保税港区, 乙作业区一期, 丙嘉陵江大桥 for the towns 甲, 乙, 丙), else ``None`` (issue 12 item 4).

    Such a works is named for the town it stands in, as a park is, and the town is read wherever in
    its province the document is from (a district's news names a port area of the next district);
    a town of a province none of the document's own units is in is not (a 内江 report's bridge is
    no bridge of a far town of that name). The first word of such a name is often a word of the
    landscape that towns elsewhere share (凤凰梁大桥, 鹿角隧道), so it is read only when the
    gazetteer holds that one place of the name (no other town, no county's short form) and the
    town → county index holds no town of it in another county of China. A first word ending like a
    river's name (甲江大桥) is the river's; a bridge over a river its name writes (丙嘉陵江大桥) stands
    within :data:`RIVER_REACH_M` of that river, and a town of the name farther off is another place.
    """
    if start != 0 or not _PHASE_END.sub("", text.rstrip()).endswith(_WORKS_ENDS):
        return None
    if piece.endswith(_RIVER_ENDS):
        return None  # a town named for its river: the bridge is named for the river (甲江大桥), anywhere on it
    found = gaz.lookup(piece)
    if len(found) != 1 or found[0].level is not Level.TOWN:
        return None  # no town, two, or a unit's name too (a county's short form is read as the county)
    if not _in_documents_provinces(found[0], gaz, ctx):
        return None
    if not gaz.index.bare_town_counties(piece) <= {found[0].adcode}:
        return None
    rest = text[start + len(piece):]
    rivers = [r.line for r in gaz.index.rivers() if any(a in rest for a in (r.name, *r.aliases) if len(a) >= 2)]
    if rivers and min(gap_m(line, found[0].point) for line in rivers) > RIVER_REACH_M:
        return None
    return found[0]


#: "火车" written inside a station's name (重庆火车西站, 火车北站): the station is named without it.
_TRAIN = re.compile(r"火车(?=[东南西北]?站)")


def sites_in_name(name: str, gaz: Gazetteer) -> list[Place]:
    """Return the curated sites written inside a name (云龙机场扩建工程, 重庆火车西站东接线).

    A station may be written with 火车 (重庆火车西站 is the site 重庆西站). Route nodes and
    areas (南环立交, 重庆中心城区) are left out: they only serve as line ends.
    """
    text = _TRAIN.sub("", name)
    inside = [found[0] for _, _, word in gaz.index.scan(text) if (found := gaz.lookup(word))]
    return [p for p in inside if p.level is Level.SITE and p.kind not in ("area", "highway_node")]


#: What follows a unit's name in the name of a facility named for it (甲港, 乙北站, 丙机场): its kind alone.
_SITE_KIND = re.compile(r"(?:火车|高铁)?[东南西北]?站|港区?|机场|码头")


def site_units(word: str, gaz: Gazetteer) -> list[Place]:
    """Return the county a curated site's name writes before its kind word, when the site lies in it, else ``[]``.

    The scan reads the longest name: a site named for its county (甲港 in 甲县, 乙北站 in 乙区) is read whole,
    and the county it writes would be lost to the sentence's other items ("甲港扩能工程进展顺利，丙作业区
    建成": 丙作业区 is in 甲县, issue 12 item 4). A county the site does not lie in (an airport named for the
    district it serves, in one beside it) is no unit of the sentence by the site's name; nor is a city (a
    city's station or port, 甲市西站, says nothing of where the sentence's other items are in that city, and
    beside a county the sentence writes it would only make two units of one).
    """
    for site in (p for p in gaz.lookup(word) if p.level is Level.SITE and word in (p.name, *p.aliases)):
        for cut in range(len(word) - 1, 1, -1):
            if _SITE_KIND.fullmatch(word, cut):
                head = word[:cut]
                units = [p for p in gaz.lookup(head) if p.level is Level.DISTRICT
                         and head in (p.name, short_name(p.name)) and site.adcode.startswith(unit_prefix(p.adcode))]
                if units:  # (乙北站: not 乙北 before 站, but 乙 before 北站)
                    return units
    return []


#: After a unit's short form, the character that makes it a river's name: 金沙江, 澜沧江, 嘉陵江.
_RIVER_AFTER = "江"


def river_word(text: str, end: int, piece: str, place: Place) -> bool:
    """Return whether a place read at ``text[:end]`` is only the head of a river's name.

    A unit's short form followed by 江 names the river (金沙江 is no place of 金沙县, 澜沧江
    none of 澜沧县, 嘉陵江 none of 嘉陵区): a river runs through many units. A unit whose own
    name ends in 江 (綦江, 黔江) is read whole and is not concerned, nor a city or province
    (重庆江南…: 重庆 then 江南).
    """
    return (text[end:end + 1] == _RIVER_AFTER and place.level in (Level.DISTRICT, Level.TOWN)
            and piece != place.name and not piece.endswith(_RIVER_AFTER))


def bare_towns(text: str, gaz: Gazetteer, ctx: Sequence[str], *,
               starts: Sequence[int]) -> list[tuple[int, int, Place]]:
    """Return ``(start, end, county)`` of the towns written without their suffix at ``starts`` of a name.

    A station, interchange or bridge is named for its town written bare (叠溪站: 叠溪镇, 高川站: 高川乡);
    the town → county index knows the town and its county, not its point. Read only for a town of a
    county the context, the item's sentences or the document names (``quoted``, ``named``): a bare
    name is a word of many places.
    """
    return gaz.index.bare_towns_at(text, starts, lambda: named_counties(gaz, ctx))


def named_counties(gaz: Gazetteer, ctx: Sequence[str], *, document: bool = False) -> set[str]:
    """Return the adcodes of the counties a context names: its strings (with ``document``, only the document's
    own, :meth:`~geo.places.index.PlaceIndex.document_prefixes`) and the units the item's sentences and the
    document name (``quoted``, ``named``)."""
    prefixes = gaz.index.document_prefixes(ctx) if document else gaz.index.context_prefixes(ctx)
    counties = {p for p in prefixes if len(p) == 6}
    counties |= {c for c in (*getattr(ctx, "quoted", ()), *getattr(ctx, "named", ())) if not c.endswith("00")}
    return counties


def scan_places(name: str, gaz: Gazetteer, ctx: Sequence[str], *, index_towns: bool = False) -> list[Place]:
    """Return the places named inside a name; towns only where the document is about them.

    With ``index_towns``, a town of the town → county index written with its suffix (叠溪镇供水工程)
    gives its county where the name (and context) settles it: for an item's own name, not a sentence.
    """
    text = BRACKETS.sub(r" \1 ", name)
    local = {p for p in gaz.index.context_prefixes(ctx) if len(p) == 6}
    # the document's own cities and counties (a street named for one of them is in it)
    own = tuple(p for p in gaz.index.document_prefixes(ctx) if len(p) > 2)
    out = []
    scanned = gaz.index.scan(text)
    if index_towns:
        scanned = gaz.index.with_index_towns(text, scanned, lambda word: resolve(word, gaz, ctx) is not None)
        former = gaz.index.former_name_opening(text)  # 开县浦里工业新区: named for 开县 (开州区 now)
        if former is not None and not any(s < len(former) for s, _, _ in scanned):
            scanned = [(0, len(former), former), *scanned]
        # A far county written bare is read in its own city's documents (江陵港 in a 荆州 report).
        document = tuple(getattr(ctx, "doc", ctx))
        for word in gaz.index.own_bare_names(tuple(gaz.index.context_prefixes(document))):
            at, end = text.find(word), text.find(word) + len(word)
            if at < 0 or any(s < end and e > at and (s < at or e > end) for s, e, _ in scanned):
                continue  # not there, or part of a longer name
            # the county, not a shorter name inside it (冷水 of 冷水滩)
            scanned = sorted([*(t for t in scanned if not (t[0] < end and t[1] > at)), (at, end, word)])
    after: tuple[int, str] | None = None  # (end, adcode prefix) of the province or city read last
    for start, end, piece in scanned:
        works = works_town(text, start, piece, gaz, ctx)
        place = works or resolve(piece, gaz, ctx)
        if place is None or river_word(text, end, piece, place):
            continue
        # 重庆珞璜物流中心: a town written bare right after its own province or city, by its own name (not
        # an alias: 兴隆场 is the old name of more than one town), is that town
        qualified = (after is not None and after[0] == start and place.adcode.startswith(after[1])
                     and piece == place.name)
        if place.level in (Level.PROVINCE, Level.CITY):
            after = (end, place.adcode[:2] if place.level is Level.PROVINCE else place.adcode[:4])
        if piece != place.name and counted_word(text, start):
            continue  # 两合江特大桥: the place word 两合江, not 合江县
        if (piece != place.name and street_word(text, end)
                and not any(place.adcode.startswith(p) for p in own)):
            continue  # 中山北路互通 in a 贵港 report: a street of 贵港, not 中山市
        if place.level is Level.TOWN:
            suffixed = text[end:end + 1] in ("镇", "乡") or text[end:end + 2] == "街道"
            if (place.adcode not in local and not suffixed and works is None and not qualified
                    and not _park_of_town(text, start, piece, gaz, ctx)):
                continue
        elif place.level is Level.SITE:
            out += [unit for unit in site_units(piece, gaz) if unit not in out]  # 甲港 writes 甲县
            continue
        elif len(piece) < 2 or short_name(piece) != piece and len(short_name(piece)) < 2:
            continue
        out.append(place)
    # Villages the document itself locates (大罗红花湖… once it has written 打通镇大罗).
    out += [place for word, place in getattr(ctx, "localities", {}).items()
            if word in text and place not in out]
    return out

