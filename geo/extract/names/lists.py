"""Read coordinated lists that share one head written after their items ("A、B等5个高铁项目", "乐西、乐雅3条
高速公路", "雅安、万源、城口支线机场"): the items, each named with the shared head.

The kinds of list, in the order :func:`shared_head_list` tries them, each read by its own module:

* a mode of transport right before a logistics role head is shared with it ("A、B、C3个铁路物流中心");
* a list counted as places ("A、B、C四座城市主要依靠高速公路") names no works
  (:func:`geo.extract.names.count_lists.counts_places`);
* a list closed by 等 and a filler ("A、B等5个高铁项目"; :mod:`geo.extract.names.deng_lists`);
* a list closed by a count right before the head, or by a count and words of kind ("乐西、乐雅3条高速公路",
  "甲、乙2座大型水库"; :mod:`geo.extract.names.count_lists`), unless the head's kind is the subject of a figure;
* parts a line's design sets, listed after a verb of setting ("全线设A、B、C3个收费站"), are no items.

The items themselves are walked by :func:`geo.extract.names.list_items.list_items`, with what a filler gives every
item's name (:mod:`geo.extract.names.list_fillers`). Hands on :func:`shared_head_list` to
:mod:`geo.extract.names.head_names`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.names.count_lists import counted_list, counts_places
from geo.extract.names.deng_lists import deng_list
from geo.extract.names.kind_words import core_head
from geo.extract.patterns import Cand
from geo.model import EntityType


def shared_head_list(work: str, start: int, hs: int, he: int, end: int, head: str, typ: EntityType,
                      group: int) -> list[Cand] | None:
    """Return the items of a coordinated list that shares the head ``work[hs:he]`` (written once after them,
    with 等 or a count), [] when the list names no item, or ``None`` when no list shares the head.

    "A、B等5个高铁项目", "乐西、乐雅、隆汉3条高速公路", "甲、乙、丙3座在线调蓄水库". The parts a line is
    designed with, listed by their places after a verb of setting ("全线设A、B、C3个收费站", "建成后将新增A、B等
    7个下道互通"), are no items: a line's design, as an interchange set on a line named by its town alone.
    """
    items = _shared_head_list(work, start, hs, he, end, head, typ, group)
    if items and core_head(head) in _DESIGNED_PART_HEADS \
            and _SET_BEFORE_LIST_RE.search(work, max(0, items[0].start - 26), items[0].start):
        return []
    return items


#: Parts of a line a design sets, named by the place they lie at (data/language/name_words.toml).
_DESIGNED_PART_HEADS = lx.INTERCHANGE_HEADS | lx.SERVICE_STOP_HEADS

#: A verb of setting parts on a line, right before a list's first item, before items of the list the walk
#: left out ("设A、B…", "设立了A", "将新增A、B") or before another list of parts it sets first ("设A等19处互通式立交、
#: B等15处匝道收费站"); not 建设 (the works of building, "建设A、B等3个互通").
_SET_BEFORE_LIST_RE = re.compile(r"(?:(?<!建)设(?:有|立|置)?了?|新增)[^,，。;；:：()（）]{0,24}$")


def _shared_head_list(work: str, start: int, hs: int, he: int, end: int, head: str, typ: EntityType,
                      group: int) -> list[Cand] | None:
    """Return the items of a list sharing the head ``work[hs:he]`` (see :func:`shared_head_list`)."""
    mode = _site_mode_before(work, hs, head)
    if mode is not None:
        hs, head = mode.start(), work[mode.start() : he]  # "A、B、C3个铁路物流中心": the hub of that mode is shared
    # the head's kind is the subject of a figure ("高速公路优等路率", "A、B等高速公路数量"): no list shares it
    statistic = lx.negative_after(work, end, lx.STATISTIC_AFTER)
    if counts_places(work, hs):
        return []  # "A、B、C四座城市主要依靠高速公路", "A、B等14个乡镇公路": a list of places, no works
    items = deng_list(work, hs, end, head, typ, group, statistic=statistic)
    if items is not None or statistic:
        return items
    return counted_list(work, start, hs, he, head, typ, group)


def _site_mode_before(work: str, hs: int, head: str) -> re.Match[str] | None:
    """Return the mode of transport written right before a logistics role head ("铁路|物流中心", "保税|物流中心"), which
    makes the head a site (:data:`geo.extract.lexicon.LOGISTICS_SITE_MODE_RE`), or None: a list shares both."""
    if head not in lx.LOGISTICS_ROLE_HEADS:
        return None
    return next((m for m in lx.LOGISTICS_SITE_MODE_RE.finditer(work, max(0, hs - 6), hs) if m.end() == hs), None)
