"""Read the words between a list's last item and the head it shares (its filler) that go into every item's name: the
river a shared crossing head names ("A、B两座长江大桥": A长江大桥, B长江大桥) and a ring's role ("甲、乙等外环高速公路": 甲外环高速公路).

Hands on both (:func:`crossed_water`, :func:`ring_filler`) to the readers of lists closed by 等
(:mod:`geo.extract.names.deng_lists`) and by a count (:mod:`geo.extract.names.count_lists`), which pass them to
:func:`geo.extract.names.list_items.list_items` as the items' qualifier.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.names.kind_words import core_head
from geo.extract.names.list_items import RING_ROLE
from geo.extract.patterns import GENERIC_RE
from geo.model import EntityType

#: A river or lake a shared crossing head names ("A、B两座长江大桥", "A、B等嘉陵江隧道"), with 特 of
#: 特大桥: part of each item's name; words of crossing in general (跨江, 过江, 沿江, 临江) are no river's name.
_CROSSED_WATER_RE = re.compile(
    lx.COUNT_NUMBER + r"?[座条个]?(?P<water>[\u4e00-\u9fff]{1,3}[江河湖])?(?P<grand>特)?")

_CROSSING_WORDS = frozenset({"跨江", "过江", "沿江", "临江", "滨江", "跨河", "过河", "沿河", "临河", "滨河", "沿湖", "环湖"})

_CROSSING_HEADS = frozenset({"大桥", "特大桥", "桥", "隧道", "过江通道"})


def crossed_water(filler: str, head: str) -> str:
    """Return the river a list's filler names before a shared crossing head ("两座长江大桥" → 长江), or ""."""
    m = _CROSSED_WATER_RE.fullmatch(filler)
    if not m or core_head(head) not in _CROSSING_HEADS:
        return ""
    water = m.group("water") or ""
    if water in _CROSSING_WORDS or GENERIC_RE.fullmatch(water):
        water = ""  # "两座跨江大桥": a kind of bridge, no river of its name
    grand = (m.group("grand") or "") if head == "大桥" else ""
    return water + grand


def ring_filler(filler: str, typ: EntityType) -> str:
    """Return a ring's role that a list's filler after 等 gives every item of a list of places before a line's
    head ("甲、乙等外环高速公路": 甲外环高速公路, 乙外环高速公路; issue 11), or ""."""
    return filler if typ in lx.LINE_LIKE and _RING_FILLER_RE.fullmatch(filler) else ""


#: A ring's role alone: a filler naming each place's ring.
_RING_FILLER_RE = re.compile(RING_ROLE)
