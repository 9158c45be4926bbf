"""Place an item nothing else places at the one city or county its own sentence names (issue 12 item 4).

A news item or a list without a place in its title names its projects' unit in the sentence, not
in the name: "甲区正规划建设快速路三纵线延伸线" (a road), "乙县通车快20年的丙丁公路", "甲市防洪
工程的乙水库和丙水库基本建成". When the name, the clause's towns and the document's own unit
(:mod:`geo.geocode.fallbacks`) all fail, the unit the sentence writes is the finest place the text
gives: the item is placed at its seat with the unit's own precision (``district`` for a county,
``city`` for a city), never as an exact site. The item's own clause (between commas and
semicolons) is read first, and in it the item's own list piece (between 、) first: a unit another
piece of a list writes is that piece's item's (甲县乙水库、丙县丁水库: 丙县 is not 乙水库's); the whole
sentence is read when the clause names none; what is read must name
one unit only, or units that lie one in the other (a city and its county: the county). A unit written as where something else leads (西联甲市, 北接乙县,
距丙市12公里) is no place of the item; nor, for a point, one written after 至 or 到 (a line's end
is one of its places: 上溯至甲市). A railway is not placed so: it runs between the places it
joins (甲乙城际铁路 in a sentence on 成都 is no line of 成都), and an urban rail line is read by
:mod:`geo.geocode.lines` already.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geo.geocode.feature import Basis, Feature
from geo.model import LINE_TYPES, Entity, EntityType
from geo.places import Gazetteer

#: Start of the note of an item placed at the one unit its sentence names.
SENTENCE_UNIT_NOTE = "no place of its own; its sentence names one unit only: placed at the seat of"

#: A clause ends at these (the 、 of a list does not end one).
_CLAUSE_END = re.compile(r"[，,；;：:。！!？?\n]")
#: The mark between the pieces of a list.
_LIST_MARK = re.compile("、")
#: Written right before a unit, these make it where something leads to, not where the item is.
_TOWARDS = ("联", "接", "距", "往")
#: Also so for a point: a line's end is one of its places, a point's is not.
_TOWARDS_POINT = ("至", "到")


def written_names(entity: Entity) -> list[str]:
    """Return the names an item is written by in its document (its name, aliases and mentions' words), longest
    first, ties by the name itself (never a set's hash-seeded order): a sentence's words are blanked or found
    longest first, so "X高速公路" is taken before "X高速"."""
    return sorted({entity.name, *entity.aliases, *(m.text for m in entity.mentions)} - {""}, key=lambda n: (-len(n), n))


def sentence_unit(entity: Entity, gaz: Gazetteer, units_in: Callable[[str], set[str]]) -> Feature | None:
    """Return an item placed at the one city or county its sentences name, or ``None``.

    Parameters
    ----------
    entity
        The item; its mentions' quotes are read, its own names blanked out first.
    gaz
        The loaded gazetteer.
    units_in
        The adcodes (or adcode prefixes) of the cities and counties a text names.

    Returns
    -------
    Feature | None
        A point at the unit's seat with the unit's precision, or ``None`` when the sentences
        name no unit, or units that do not lie one in another.
    """
    if entity.type is EntityType.RAILWAY:
        return None  # a railway joins places: one unit of its sentence is no place of it
    towards = _TOWARDS if entity.type in LINE_TYPES else _TOWARDS + _TOWARDS_POINT
    names = written_names(entity)
    found: set[str] = set()
    for quote in dict.fromkeys(m.quote for m in entity.mentions if m.quote):
        at = next((i for n in names if (i := quote.find(n)) >= 0), -1)
        blank = quote
        for name in names:
            blank = blank.replace(name, "、" * len(name))
        codes: set[str] = set()
        if at >= 0:  # the item's own clause first: it ties the item closest
            start = max((m.end() for m in _CLAUSE_END.finditer(blank, 0, at)), default=0)
            end = next((m.start() for m in _CLAUSE_END.finditer(blank, at)), len(blank))
            pieces = _pieces(quote, start, end)
            own = next((p for p in pieces if p[0] <= at < p[1]), (start, end))
            # its own list piece first: the unit another piece writes is that piece's item's (甲县乙水库、
            # 丙县丁水库); a piece without one reads the clause (a unit written before the list is shared)
            if len(pieces) > 1:
                codes = _units(blank[own[0]:own[1]], towards, units_in)
            codes = codes or _units(blank[start:end], towards, units_in)
        found |= codes or _units(blank, towards, units_in)
    finest = _nested(found)
    unit = gaz.index.unit(finest.ljust(6, "0")) if finest is not None else None
    if unit is None:
        return None
    return Feature(entity.id, unit.point, unit.precision, [], f"{SENTENCE_UNIT_NOTE} {unit.name}",
                   basis=Basis.CLAUSE)


def _pieces(quote: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of a clause's list pieces (between 、), in order."""
    cuts = [start, *(m.end() for m in _LIST_MARK.finditer(quote, start, end)), end + 1]
    return [(a, b - 1) for a, b in zip(cuts, cuts[1:], strict=False)]


def _units(text: str, towards: tuple[str, ...], units_in: Callable[[str], set[str]]) -> set[str]:
    """Return the unit prefixes a text names, without those written after a word of ``towards``."""
    for word in towards:  # blank what follows the word (up to the clause's end) out of the reading
        text = re.sub(re.escape(word) + r"[^，,；;：:。、和与及]{0,8}", lambda m: "、" * len(m.group()), text)
    return {_prefix(c) for c in units_in(text)}


def _prefix(code: str) -> str:
    """Return a unit's adcode prefix: a city's four digits, a county's six."""
    return code[:4] if len(code) == 6 and code.endswith("00") else code


def _nested(prefixes: set[str]) -> str | None:
    """Return the finest of units that lie one in another, else ``None`` (none, or two apart)."""
    if not prefixes:
        return None
    finest = max(prefixes, key=len)
    return finest if all(finest.startswith(p) for p in prefixes) else None


__all__ = ["SENTENCE_UNIT_NOTE", "sentence_unit"]
