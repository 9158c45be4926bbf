"""A city's ring road named by its role or its order, without a place's name of its own ("南环高速",
"内环快速路", "二环路": :func:`city_ring`), and a ring's order that is a term of a plan's grid label instead
("“三环线十射线”": :func:`grid_ring`).

Asked by :mod:`geo.extract.names.judge` (a ring's name is acceptable), :mod:`geo.extract.names.place_networks` (a
ring is no place's network) and :mod:`geo.extract.names.head_names`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.patterns import place_re

#: The heads of a city's ring road named by its role ("内环快速路", "南环高速", "中环线", "二环路").
_RING_ROAD_HEADS = frozenset({"高速", "高速公路", "快速路", "环线", "环路"})
#: The heads a ring's place or order comes right before ("内环线", "二环路"), no role word between.
RING_ORDER_HEADS = frozenset({"环线", "环路"})
#: A city's ring by its role: a direction or an ordinal may come first ("北四环", "二环"), 城市 may open it.
_CITY_RING_RE = re.compile(rf"(?:城市)?[东南西北]?[一二三四五六七八九十]?(?:{'|'.join(lx.RING_ITEM_ROLES)}|中环)")
#: Before 环线 or 环路, the ring's place in the city's rings alone: inner or outer ("内环线", "城市中环线") or its
#: order counted from the centre ("二环线", "第三环路"); a count of rings (两环) is no order.
_RING_ORDER_RE = re.compile("(?:城市)?(?:[内中外]|第?[一二三四五六七八九十])")


def city_ring(modifier: str, head: str, *, after_place: bool = True) -> bool:
    """Return whether ``modifier`` + ``head`` names a city's ring road by its role ("南环高速", "北四环高速",
    "宜宾城市内环线"), maybe after the city's name (unless ``after_place`` is False); not a grade of a city's
    layout ("一环八射": no road's head), nor a tour's loop (旅游环线 is no ring role). Data: name_words.toml,
    ring_item_roles."""
    if head not in _RING_ROAD_HEADS:
        return False
    place = place_re().match(modifier) if after_place else None
    rest = modifier[place.end() :] if place and not _CITY_RING_RE.fullmatch(modifier) else modifier
    return bool((_RING_ORDER_RE if head in RING_ORDER_HEADS else _CITY_RING_RE).fullmatch(rest))


#: A count of a plan's grid terms ("十射", "两纵", "八中心"): the rings, axes and hubs a layout's label counts.
_GRID_TERM = "[一二三四五六七八九十两多]+(?:[横纵射联环]|中心)"
#: A ring by its order inside a plan's label, a grid term right before or after it ("“三环线十射线”",
#: "两横两纵二环线"): a count of the layout's rings, no ring road.
_GRID_BEFORE_RE = re.compile(_GRID_TERM + "[一二三四五六七八九十]$")
_GRID_AFTER_RE = re.compile(_GRID_TERM)


def grid_ring(work: str, start: int, end: int, head: str) -> bool:
    """Return whether ``work[start:end]``, a ring named by its order before ``head`` ("二环线", "一环路"), is a term
    of a plan's grid label: a count of another grid term right before or after it ("“三环线十射线”",
    "“两横两纵二环线”", "“八环线八中心”"), not a ring road."""
    if head not in RING_ORDER_HEADS:
        return False
    return bool(_GRID_BEFORE_RE.search(work, max(0, start - 8), end - len(head)) or _GRID_AFTER_RE.match(work, end))
