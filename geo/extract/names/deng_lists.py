"""Read coordinated lists closed by 等 before the head they share ("A、B等5个高铁项目", "开江至梁平等省际高速公路",
"甲、乙等外环高速公路"): the 等 (also the 等 of a place ending in 平), the filler between it and the head (a count, a
rank, a design standard, a kind), and the items, each named with the shared head.

Hands on the list (:func:`deng_list`) to :mod:`geo.extract.names.lists` and the test of a list following an item
(:func:`list_follows`) to :mod:`geo.extract.names.head_names`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.names.count_lists import STREAM_ITEM_RE, count_value
from geo.extract.names.list_fillers import crossed_water, ring_filler
from geo.extract.names.list_items import list_items
from geo.extract.patterns import DENG_RE, HEAD_RE, LATER_RE, NEG_RE, Cand, head_type, place_re
from geo.model import EntityType

#: Role fillers that rank a list rather than name its items' roles: a list of routes before one still names items.
_RANK_FILLERS = frozenset({"一批", "国家", "重要"})

#: The last item of a list ending in a route named by its ends ("…、C至D等一批高速公路").
_ROUTE_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{2,6}[至到][\u4e00-\u9fff]{2,6}$")

#: A list ending in a stream's name (:data:`geo.extract.names.count_lists.STREAM_ITEM_RE`) before a rank and the
#: works on it ("A河、B江等重要支流航道整治工程"): streams are the works' places, not roles as towns are ("A、B等重要节点
#: 城市"); only before a head of works (a stream before a bare kind, "A江、B江等重要航道", stays a role).
_STREAM_WORK_TYPES = frozenset({EntityType.WATERWAY, EntityType.WATER})
_WORKS_ENDINGS = ("工程", "项目", "整治", "治理")

#: A filler after 等 that only counts or ranks the items, maybe with a word of kind after the count ("等一批",
#: "等3座", "等一批旅游", ""): the head after it is every item's.
_PLAIN_FILLER_RE = re.compile(r"|(?:一批|" + lx.COUNT_NUMBER + r"[个座条处项])[\u4e00-\u9fff]{0,2}")

#: 等 after a character DENG_RE leaves out (平等 is "equal"); a place must end right before it.
_PLACE_DENG_RE = re.compile(r"(?<=平)等(?![级同于])")
#: A count right after 等 ("等6条"): 等 closes a list there.
_DENG_COUNT_RE = re.compile(lx.COUNT_NUMBER + r"[个座条处项]")


def deng_list(work: str, hs: int, end: int, head: str, typ: EntityType, group: int, *,
              statistic: bool) -> list[Cand] | None:
    """Return the items of a list closed by 等 before the head at ``hs`` ("A、B等5个高铁项目"), [] when the list names
    no item (a list of corridors or of roles), or ``None`` when no 等 closes a list there or its filler is read
    otherwise. ``end`` is where the head's name ends; ``statistic``: the head's kind is the subject of a figure
    ("A、B等高速公路数量"), which leaves out every 等 but a place's 平等."""
    # a coordinated list sharing this head: "A、B等5个高铁项目"
    # (the words between may be long: "等34条2274公里普通国省道", "等南北水运大通道航道整治工程")
    dengs = [] if statistic else [m.start() for m in DENG_RE.finditer(work, max(0, hs - 18), hs)]
    # "开江至梁平等省际高速公路": 平等 after a place ending in 平 is the place and 等
    # (or before a count, which 平等 "equal" never takes: "A、B永平等6条天然气支线", the place maybe one the gazetteer lacks)
    dengs += [m.start() for m in _PLACE_DENG_RE.finditer(work, max(0, hs - 12), hs)
              if any(place_re().fullmatch(work, m.start() - n, m.start()) for n in (2, 3, 4))
              or _DENG_COUNT_RE.match(work, m.end())]
    if not dengs:
        return None
    deng = max(dengs)
    # a design standard or a class after 等 describes every item ("等设计时速350公里及以上的高速铁路", "等二类及以上通用
    # 机场"): the filler is read past it, as if 等 stood right before the rest
    fill_from = deng + 1
    if standard := lx.STANDARD_FILLER_RE.match(work, deng + 1, hs):
        fill_from = standard.end()
    # a branch word in the filler qualifies the shared head ("等支线机场"), it is no head of its own
    filler_heads = [m for m in HEAD_RE.finditer(work, fill_from, hs) if m.group() not in lx.BRANCH_HEADS]
    if typ in lx.LINE_LIKE and lx.CORRIDOR_AFTER_RE.match(work, end):
        return []  # "A、B等铁路通道": a list of corridors names no line
    if lx.LIST_FILLERS.match(work[fill_from:hs]) and not filler_heads:
        filler = work[fill_from:hs]
        ends_here = not (HEAD_RE.match(work, end) or work[end : end + 2] in ("供水", "重大"))
        # "A至B、C至D等一批高速公路项目", "…等重要铁路": routes named by their ends are items even before a word of rank
        # the filler is read with the head after it ("等国家高速公路" is a kind, "等国家物流枢纽" a role)
        role = next((m for m in lx.ROLE_FILLERS.finditer(filler + head) if m.start() < len(filler)), None)
        if role and role.group() in _RANK_FILLERS and lx.ROLE_FILLERS.search(filler, role.end()) is None \
                and (_ROUTE_ITEM_RE.search(work, max(0, deng - 8), deng)
                     or STREAM_ITEM_RE.search(work, max(0, deng - 6), deng) and typ in _STREAM_WORK_TYPES
                     and head.endswith(_WORKS_ENDINGS)):
            role = None
        if not role and not NEG_RE.search(filler) and ends_here:
            return list_items(work, deng, head, typ, group, qualifier=crossed_water(filler, head) or ring_filler(filler, typ),
                              shared=_PLAIN_FILLER_RE.fullmatch(filler) is not None, counted=count_value(filler))
        if filler == "" or role:
            return []  # "…等区域性物流中心": a list of roles names no item
    return None


#: The works on a list's item right after its name, before 等 ("X客专提质改造等…").
_WORKS_AFTER_RE = re.compile(lx.LINE_WORKS)


def list_follows(work: str, pos: int, typ: EntityType) -> bool:
    """Return whether a valid "等 + head" of type ``typ`` follows ``pos`` ("…、沿江货运铁路等铁路"), maybe
    after the works on the item ("…、X客专提质改造等5个高铁项目")."""
    works = _WORKS_AFTER_RE.match(work, pos)
    pos = works.end() if works else pos
    later = LATER_RE.match(work, pos)
    if not later:
        return False
    for m in HEAD_RE.finditer(work, pos + 1, later.end()):
        filler = work[pos + 1 : m.start()]
        if head_type(m) is typ and lx.LIST_FILLERS.match(filler) and not lx.ROLE_FILLERS.search(filler):
            return not (HEAD_RE.match(work, m.end()) or work[m.end() : m.end() + 2] in ("供水", "重大"))
    return False
