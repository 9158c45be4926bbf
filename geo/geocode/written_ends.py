"""Read what a sentence writes right after a line's name: the section after a bare road number (G245甲镇至乙镇段)
and the ends in brackets after a line (甲线(乙~丙)); :func:`geo.geocode.lines.draw_line` draws with them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.model import Entity
from geo.places import BRACKETS, LINE_SPLIT, ROAD_NUMBER, Gazetteer, border_stem, resolve_all

#: What follows a road's number (:data:`geo.places.line_words.ROAD_NUMBER`) in its sentence when the
#: sentence names the section worked on: its two ends (甲至乙, 甲—乙) closed by 段 or a road word
#: (G245甲镇至乙镇段改线工程, G323甲县乙村—丙县丁村道路改扩建工程).
_CODE_SECTION = re.compile(r"线?([^，。；、,;：:\s]{2,30}?(?:至|—|－|到)[^，。；、,;：:\s]{2,30}?(?:段|道路|公路))")


def code_with_section(entity: Entity) -> str | None:
    """Return a bare road number with the section its sentences write right after it, else ``None``.

    "G245峨眉山市甲镇至峨边县乙镇段改线工程" kept as G245: the section's ends are where the works
    are, not the whole national road nor the document's city. A number followed by anything
    else (G245、G318等国道; G245沿线) has none, and so has a road met elsewhere on its own (国道319
    of a county's news that names it whole too, and its 甲至乙路段 as a project of its own).
    """
    if not ROAD_NUMBER.fullmatch(entity.name):
        return None
    found: set[str] = set()
    for mention in entity.mentions:
        quote, text = mention.quote or "", mention.text or entity.name
        at = quote.find(text)
        if at < 0:
            continue
        after = at + len(text)
        section = None if quote[after:after + 1].isdigit() else _CODE_SECTION.match(quote, after)
        if section is None:
            return None
        found.add(text + section.group(1))
    return found.pop() if len(found) == 1 else None


#: A line's ends written in brackets right after its name: 甲线(乙~丙), 丁大道(戊—己), 庚线(辛-壬-癸).
_BRACKET_ENDS = re.compile(r"[(（]([^()（），。；、,;：:\s]{2,40}?(?:至|—|–|－|~|～|-)[^()（），。；、,;：:\s]{2,40}?)[)）]")


def ends_in_brackets(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> str | None:
    """Return a line's name with the ends its sentences write in brackets right after it, else ``None``.

    "与城轨快线甲号线(乙~丙)顺接" names the line by its number and gives where it runs in brackets: it is
    read as a line named by its ends (乙~丙城轨快线甲号线). :func:`geo.geocode.lines.draw_line` reads two ends only for a line
    its name and places cannot draw (甲乙铁路(丙至丁) is drawn by its initials or corridor as it is), a route
    of three waypoints or more first (甲乙铁路(丙-丁-戊): the part the document means).
    Not for a section written in the brackets (甲乙高速(丙至丁段) is a part of the line, not its ends), a
    route of more waypoints with one the gazetteer cannot read (drawn through the known ones it would
    cut a bend, as :func:`geo.places.route_places` says), brackets that do not follow the name (甲线、
    乙线(丙至丁)), or two sentences that write different ones.
    """
    if BRACKETS.search(entity.name) or LINE_SPLIT.search(entity.name):
        return None  # (a name read with its brackets is not read again)
    found: set[str] = set()
    for mention in entity.mentions:
        quote, text = mention.quote or "", mention.text or entity.name
        at = quote.find(text)
        ends = _BRACKET_ENDS.match(quote, at + len(text)) if at >= 0 and text else None
        words = LINE_SPLIT.split(ends.group(1)) if ends is not None else []
        if ends is None or ends.group(1).endswith("段") or (
                len(words) > 2 and len(resolve_all(words, gaz, ctx)) < len(words)):
            continue
        found.add(ends.group(1) + entity.name)  # 乙~丙甲号线: read as a name by its ends
    return found.pop() if len(found) == 1 else None


#: A border written in brackets right after a line's end: 甲镇(川渝界), 乙(丙县界), 丁(黔渝交界).
_NOTE = re.compile(r"[(（]([^()（），。；、,;：:\s]{3,10})[)）]")


def _without_notes(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Return ``text`` without its border notes, and each note's border (川渝, 丙县) at its offset there."""
    kept: list[str] = []
    notes: list[tuple[int, str]] = []
    last = 0
    for match in _NOTE.finditer(text):
        stem = border_stem(match.group(1))
        if stem is None:
            continue  # (河东长江大桥), (省界): no unit's border
        kept.append(text[last:match.start()])
        last = match.end()
        notes.append((sum(map(len, kept)), stem))
    kept.append(text[last:])
    return "".join(kept), notes


def _end_notes(name: str, notes: Sequence[tuple[int, str]]) -> dict[str, str]:
    """Return the notes that follow a line name's first end or its last, keyed by that end as written."""
    splits = list(LINE_SPLIT.finditer(name))
    if not splits:
        return {}
    out: dict[str, str] = {}
    for at, stem in notes:
        if at == splits[0].start():
            out[_last_place(name[:at])] = stem  # 甲镇(川渝界)至乙镇: right after the first end
        elif at > splits[-1].end() and not LINE_SPLIT.search(name[at:]):
            out[name[splits[-1].end():at]] = stem  # 甲至乙镇(丙县界)段, 甲至乙(川渝界)高速公路: the last end
    return out


def _last_place(head: str) -> str:
    """Return a line's first end as written after what may open its name (S316甲县乙镇: 甲县乙镇)."""
    return ROAD_NUMBER.sub("", head)


def noted_ends(entity: Entity) -> dict[str, str]:
    """Return the borders written in brackets after a line's ends, keyed by the end: {甲镇: 川渝, 乙镇: 前锋}
    of "甲镇(川渝界)至乙镇(前锋界)段", read in its name or, dropped there, in its sentences around its name.

    A note says the end is on that border: a town at it, or the part of a county where the line
    leaves across it (甲县(川渝界)至乙县). Notes elsewhere (a via place's, a bracket that is no border)
    say nothing; two sentences that write different ones say nothing either.
    """
    for name in (entity.name, *entity.aliases, code_with_section(entity) or ""):
        plain, notes = _without_notes(name)
        if notes:
            return _end_notes(plain, notes)
    found: set[tuple[tuple[str, str], ...]] = set()
    for mention in entity.mentions:
        quote, notes = _without_notes(mention.quote or "")
        for name in dict.fromkeys((mention.text or "", entity.name)):
            at = quote.find(name) if len(name) >= 4 else -1
            if at >= 0:
                inside = [(offset - at, stem) for offset, stem in notes if at < offset <= at + len(name)]
                found.add(tuple(sorted(_end_notes(name, inside).items())))
                break
    found.discard(())
    return dict(found.pop()) if len(found) == 1 else {}
