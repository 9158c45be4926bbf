"""Place an item at the county a locative phrase of its own sentence writes (issue 12 items 3 and 4).

News and reports write where a works stands in a phrase of place, not in its name: "在甲省乙市丙县境内，
甲乙铁路控制性工程——丁隧道开工", "戊水电站坝址位于…河段，地跨丙、己两县". The phrase is the item's when it opens the sentence (after a date at
most) and the item follows, or when it follows the item with no list between them (a 、 after the item means
several items share the sentence: the phrase may be another's) and no other item's head ("甲水库已建成，乙水库位于丙县": the
phrase is 乙水库's). Its county is the one the phrase names (the first of a 地跨 list: the item spans them), read
only when every such phrase of the item's sentences names that same county and it lies in a province the
document is about (when the document names none, a province of the region or one its lines run to: a county
written with its suffix is a word of all China, 丙县 of a far province is not the county meant), and not in a district's own text (the district says as much:
another county it writes is not taken). The item is placed at the county's seat, at district precision, and the
note says so; a phrase with no county, or with two (not a 地跨 list), says nothing. Tried after every reading of
the name and before the document's own unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geo.extract import HEAD_RE
from geo.geocode.feature import Basis, Feature
from geo.geocode.through import document_district
from geo.model import Entity, Mention
from geo.places import Context, Gazetteer, Level, reach_provinces, short_name

#: A phrase of place: 位于/地处/坐落于/地跨 X (up to the clause's end), or 在 X 境内.
_LOCATIVE = re.compile(r"(?P<verb>位于|地处|坐落于|座落于|地跨)(?P<where>[^，,。；;：:]{2,30})"
                       r"|在(?P<inside>[^，,。；;：:在]{2,20}?)境内")
#: What may stand before a phrase that opens the sentence: a date (2019年6月30日上午,).
_DATE_ONLY = re.compile(r"^[\d\s年月日号上下午晚早前后间,，.]*$")

#: The suffix a county is written with (丙县, 丁区, 戊市, 己旗) and the longest short name read before it.
_UNIT_SUFFIXES = ("县", "区", "市", "旗")
_COUNTY_MAX = 5
#: What may follow a county's bare name in a phrase of place: a list's joiner or its count (丁、戊两县), 境.
_AFTER_UNIT = ("和", "与", "及", "两", "三", "等", "境")
_CJK = re.compile(r"[\u4e00-\u9fff]")

#: Start of the note of an item placed at the county a phrase of place in its sentence writes.
LOCATIVE_NOTE = "no place in its name; a phrase of place in its sentence writes its county:"


def _phrases(mention: Mention) -> list[tuple[str, str]]:
    """Return ``(verb, words)`` of the phrases of place that are the mention's item's (see the module)."""
    quote = mention.quote
    start = quote.find(mention.text) if mention.text else -1
    if start < 0:
        return []
    end = start + len(mention.text)
    out = []
    for match in _LOCATIVE.finditer(quote):
        before = match.start() < start and _DATE_ONLY.match(quote[:match.start()]) is not None
        between = quote[end:match.start()]
        after = match.start() >= end and "、" not in between and HEAD_RE.search(between) is None
        if before or after:
            out.append((match["verb"] or "在", match["where"] or match["inside"]))
    return out


def locative_county(entity: Entity, gaz: Gazetteer, ctx: Context,
                    units_in: Callable[[str], set[str]]) -> tuple[str, str] | None:
    """Return ``(county adcode, verb)`` of the one county the item's phrases of place write, else ``None``.

    ``units_in`` gives the adcodes of the cities and counties a text names.
    """
    # the provinces the document is about, else the region's and its neighbours'
    area = sorted({p[:2] for p in gaz.index.document_prefixes(ctx)}) or reach_provinces()
    found: dict[str, str] = {}
    for mention in entity.mentions:
        for verb, words in _phrases(mention):
            counties = [c for c in _in_order(words, units_in, gaz) if not c.endswith("00")]
            counties = [c for c in counties if c.startswith(tuple(area))]
            if len(counties) > 1 and verb != "地跨":
                return None  # two counties in one phrase: not one place
            if counties:
                found.setdefault(counties[0], verb)
    return next(iter(found.items())) if len(found) == 1 else None


def _ends_name(words: str, end: int) -> bool:
    """Return whether a unit's name read up to ``end`` ends a name there (丁、戊两县; not 丁新区, a zone's name)."""
    after = words[end:end + 1]
    return not after or not _CJK.match(after) or after in _UNIT_SUFFIXES or after in _AFTER_UNIT


def _in_order(words: str, units_in: Callable[[str], set[str]], gaz: Gazetteer) -> list[str]:
    """Return the adcodes of the units a phrase names, in the order it writes them: those ``units_in`` reads,
    and the counties written with their unit's suffix (丙县: a county beyond the region is read so too)."""
    found = [(start, code) for start, end, word in gaz.index.scan(words) if _ends_name(words, end)
             for code in sorted(units_in(word))]
    for start in range(len(words)):
        for size in range(2, _COUNTY_MAX + 1):
            word = words[start:start + size]
            if len(word) == size and words[start + size:start + size + 1] in _UNIT_SUFFIXES:
                found += [(start, p.adcode) for p in gaz.lookup(word)
                          if p.level is Level.DISTRICT and word in (p.name, short_name(p.name))]
    return list(dict.fromkeys(code for _, code in sorted(found)))


def at_locative(entity: Entity, gaz: Gazetteer, ctx: Context,
                units_in: Callable[[str], set[str]]) -> Feature | None:
    """Return an item placed at the county its sentence's phrase of place writes, else ``None``."""
    if document_district(gaz, ctx) is not None:
        return None  # a district's own text: the district says as much, another county is not taken
    found = locative_county(entity, gaz, ctx, units_in)
    if found is None:
        return None
    county = gaz.index.unit(found[0])
    if county is None or county.level is not Level.DISTRICT:
        return None
    how = "spans it and more, placed at the first" if found[1] == "地跨" else "placed at its seat"
    return Feature(entity.id, county.point, county.precision, [], f"{LOCATIVE_NOTE} {county.name} ({how})",
                   basis=Basis.PLACE)


__all__ = ["LOCATIVE_NOTE", "at_locative", "locative_county"]
