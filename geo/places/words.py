"""Word boundaries around a unit's name met inside a longer word (issue 12 item 4).

A unit's short form is read inside project names and sentences; whether it is the unit or only
part of another word is told by what stands beside it, not by lists of names:

- a counting character right before it makes a place word of a count (两合江 "two rivers
  joining", 三江口, 双河口): a bridge named for such a place is not in 合江县;
- a direction and a street word after it (中山北路, 北京东路) make it a street's name, in whatever city the
  document is about: a unit named by a street of another city is not the street's place (read in the scan of a
  name, :func:`geo.places.scan.scan_places`);
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
