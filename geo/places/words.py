"""Word boundaries around a unit's name met inside a longer word (issue 12 item 4).

A unit's short form is read inside project names and sentences; whether it is the unit or only
part of another word is told by what stands beside it, not by lists of names:

- a counting character right before it makes a place word of a count (两合江 "two rivers
  joining", 三江口, 双河口): a bridge named for such a place is not in 合江县;
- a longer place word the gazetteer knows that starts where it starts (大竹林 of 大竹, 镇江关 of
  镇江) is that place word, not the unit;
- a direction and a street word after it (中山北路, 北京东路) make it a street's name, in whatever city the
  document is about: a unit named by a street of another city is not the street's place;
- a word the scan never reads as a place (南部, 东部, 中心: see ``PlaceIndex.common_word``) is no
  place either when it is all that is left of a name (垫江县南部快速通道 cut to 南部快速通道).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from geo.places.records import Level

if TYPE_CHECKING:
    from geo.places.gazetteer import Gazetteer

#: Counting characters that make a place word with the name after them (两合江, 三江口, 双河口).
_COUNTS = "一二三四五六七八九十两双"
#: Before a count, the mark of an ordinal: 第二合江大桥 is the second bridge of 合江, a count of
#: facilities, not a place word.
_ORDINAL = "第"


#: After a place's name, a direction and a street word: a city's street named for a place (中山北路,
#: 北京东路, 人民南路), split by direction as urban streets are. A bare 路 or 大道 after a place
#: may be the road leading to it (甲乙路, 邻水路 of a neighbouring district): not read here.
_STREET_AFTER = re.compile(r"[东南西北中](?:路|街|大道|大街)")


def street_word(text: str, end: int) -> bool:
    """Return whether the name read at ``text[:end]`` opens a city street's name (中山北路, 北京东路)."""
    return _STREET_AFTER.match(text, end) is not None


def counted_word(text: str, start: int) -> bool:
    """Return whether the name read at ``text[start:]`` follows a counting character of a place word.

    两合江特大桥 holds 合江 after 两: the place 两合江 ("where two rivers join"), not 合江县. An
    ordinal (第二合江大桥) counts facilities of the place and does not join it.
    """
    return (start > 0 and text[start - 1] in _COUNTS
            and (start < 2 or text[start - 2] != _ORDINAL))


def inside_longer_place(word: str, name: str, gaz: Gazetteer) -> bool:
    """Return whether a place word is written in a name only inside a longer town or village name.

    The extractor may give 大竹 for 大竹林嘉陵江大桥: the scan of the name reads 大竹林, a place
    the gazetteer knows as a town (a 街道 of 重庆), which starts where 大竹 starts or before and
    ends after it. Such a word is that town's, not the county's. A longer reading that is a unit
    or a site (南充市, 成都东站) is the same place written more fully and does not count; a word
    the name does not write (or writes once on its own) is kept.
    """
    spans = [(start, end) for start, end, piece in gaz.index.scan(name)
             if len(piece) > len(word) and _only_towns(piece, gaz)]
    at = name.find(word)
    if at < 0 or not spans:
        return False
    while at >= 0:
        if not any(s <= at and at + len(word) <= e for s, e in spans):
            return False  # written once on its own
        at = name.find(word, at + 1)
    return True


def _only_towns(piece: str, gaz: Gazetteer) -> bool:
    found = gaz.lookup(piece)
    return bool(found) and all(p.level is Level.TOWN for p in found)


def without_inner_words(places: Sequence[str], names: Sequence[str], gaz: Gazetteer, *,
                        own: Sequence[str] = ()) -> list[str]:
    """Return an item's place words without those its names write only inside a longer word.

    A word is dropped when the first name that writes it writes it only inside a longer town name
    (:func:`inside_longer_place`: 大竹 of 大竹林嘉陵江大桥) or only as the opening of a street's name
    (:func:`street_word`: 中山 of 中山北路互通立交) and it names no unit of the document's own
    (``own``: the adcode prefixes of the document's strings; 合江大道 in a 合江 report is its street).
    """
    kept = []
    for word in places:
        writer = next((n for n in names if n and word in n), None)
        if writer is None or not (inside_longer_place(word, writer, gaz)
                                  or _street_only(word, writer, gaz, own)):
            kept.append(word)
    return kept


def _street_only(word: str, name: str, gaz: Gazetteer, own: Sequence[str]) -> bool:
    ends = [at + len(word) for at in range(len(name)) if name.startswith(word, at)]
    if not ends or not all(street_word(name, end) for end in ends):
        return False
    local = tuple(p for p in own if len(p) > 2)
    return not any(p.adcode.startswith(local) for p in gaz.lookup(word)) if local else True


def common_word(word: str, gaz: Gazetteer, prefixes: Sequence[str] = ()) -> bool:
    """Return whether a whole name part is a common word, no place (南部 of 南部快速通道).

    The scan never reads such words (see ``PlaceIndex.common_word``); a name cut to one of them
    is not read as the unit it is also the short form of, unless the document names that unit
    (``prefixes``, the adcode prefixes of the document's strings).
    """
    if not gaz.index.common_word(word):
        return False
    units = [p for p in gaz.lookup(word) if p.level in (Level.DISTRICT, Level.CITY)]
    return not any(p.adcode.startswith(tuple(q for q in prefixes if len(q) > 2)) for p in units)
