"""A city's street named by one generic word ("站前大道", "产业大道"), where the text shows it is a street (issue 11
item 1).

站前, 产业, 工业 and 物流 name no item before most heads ("产业园" alone is a kind), and a name made only of such words
fails :func:`geo.extract.names.judge.acceptable`. Before 大道 one such word names an avenue when the text shows a
street: listed beside another street ("站前大道、产业大道", "与工业大道、滨江大道"), closing a list of roads
("站前大道等道路"), or named with its part or a crossing ("工业大道北段", "产业大道交叉口"). Bare ("推进城市大道建设")
or in a figure ("走上康庄大道": :mod:`geo.extract.names.sites`) it names nothing.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.patterns import CJK, GENERIC_RE

#: A street's name ("X大道", "Y路"; not a kind of road: 公路, 铁路, 道路, 马路, 水路, 线路).
_STREET = rf"[{CJK}]{{2,5}}?(?:大道|(?<![公铁道马水线])路(?![网面基径况程线口]))"

#: A street of the same list right before the name ("滨江大道、", "龙腾路和").
_STREET_BEFORE_RE = re.compile(rf"{_STREET}[、和与及]$")

#: A street of the same list right after the name ("、滨江大道", "和龙腾路"), or a list of roads it closes ("等道路").
_STREET_AFTER_RE = re.compile(rf"[、和与及]{_STREET}|等(?:城市)?(?:道路|路)")

#: A street's part or crossing right after its name ("北段", "南延线", "延伸段", "交叉口").
_PART_AFTER_RE = re.compile(r"[东西南北]段|[东西南北]?延(?:长|伸)?[线段]|交叉口")


def generic_street(work: str, start: int, end: int, modifier: str, head: str) -> bool:
    """Return whether ``work[start:end]``, one generic word ``modifier`` and a street's ``head`` ("产业大道"), names a
    street: listed beside another street, closing a list of roads, or named with its part or a crossing."""
    if head not in lx.GENERIC_STREET_HEADS or len(modifier) != 2 or GENERIC_RE.sub("", modifier):
        return False
    he = start + len(modifier) + len(head)  # the name may hold its part already ("工业大道北段")
    return bool(_STREET_BEFORE_RE.search(work, max(0, start - 8), start) or _STREET_AFTER_RE.match(work, end)
                or _PART_AFTER_RE.match(work, he))
