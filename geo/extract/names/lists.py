"""Read coordinated lists that share one head written after their items ("A、B等5个高铁项目", "乐西、乐雅3条
高速公路", "雅安、万源、城口支线机场"): the items, each named with the shared head.

Hands on list items as candidates (:func:`list_items`, :func:`shared_head_list`) and the test of a list
following an item (:func:`list_follows`) to :mod:`geo.extract.names.head_names`.
"""

from __future__ import annotations

import re

from geo.documents import cn_number
from geo.extract import lexicon as lx
from geo.extract.names.judge import core_head, places_alone
from geo.extract.names.list_items import RING_ROLE, list_items
from geo.extract.patterns import (
    DENG_RE,
    GENERIC_RE,
    HEAD_RE,
    LATER_RE,
    LIST_SEP,
    NAME_CHAR,
    NEG_RE,
    Cand,
    head_type,
    place_re,
)
from geo.model import EntityType

#: Role fillers that rank a list rather than name its items' roles: a list of routes before one still names items.
_RANK_FILLERS = frozenset({"一批", "国家", "重要"})

#: The last item of a list ending in a route named by its ends ("…、C至D等一批高速公路").
_ROUTE_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{2,6}[至到][\u4e00-\u9fff]{2,6}$")

#: The last item of a list ending in a stream's name before a rank and the works on it ("A河、B江等重要支流
#: 航道整治工程"): streams are the works' places, not roles as towns are ("A、B等重要节点城市"); only before a
#: head of works (a stream before a bare kind, "A江、B江等重要航道", stays a role).
_STREAM_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{1,5}[河江溪]$")
_STREAM_WORK_TYPES = frozenset({EntityType.WATERWAY, EntityType.WATER})
_WORKS_ENDINGS = ("工程", "项目", "整治", "治理")


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
    qualifier_head = lx.negative_after(work, end, lx.STATISTIC_AFTER)
    # a coordinated list sharing this head: "A、B等5个高铁项目"
    # (the words between may be long: "等34条2274公里普通国省道", "等南北水运大通道航道整治工程")
    dengs = [] if qualifier_head else [m.start() for m in DENG_RE.finditer(work, max(0, hs - 18), hs)]
    # "开江至梁平等省际高速公路": 平等 after a place ending in 平 is the place and 等
    # (or before a count, which 平等 "equal" never takes: "A、B永平等6条天然气支线", the place maybe one the gazetteer lacks)
    dengs += [m.start() for m in _PLACE_DENG_RE.finditer(work, max(0, hs - 12), hs)
              if any(place_re().fullmatch(work, m.start() - n, m.start()) for n in (2, 3, 4))
              or _DENG_COUNT_RE.match(work, m.end())]
    dengs.sort()
    deng = dengs[-1] if dengs else -1
    # a design standard or a class after 等 describes every item ("等设计时速350公里及以上的高速铁路", "等二类及以上通用
    # 机场"): the filler is read past it, as if 等 stood right before the rest
    fill_from = deng + 1
    if deng >= 0 and (standard := lx.STANDARD_FILLER_RE.match(work, deng + 1, hs)):
        fill_from = standard.end()
    # a branch word in the filler qualifies the shared head ("等支线机场"), it is no head of its own
    filler_heads = [m for m in HEAD_RE.finditer(work, fill_from, hs) if m.group() not in lx.BRANCH_HEADS] if deng >= 0 else []
    if _counts_places(work, hs):
        return []  # "A、B、C四座城市主要依靠高速公路", "A、B等14个乡镇公路": a list of places, no works
    if deng >= 0 and typ in lx.LINE_LIKE and lx.CORRIDOR_AFTER_RE.match(work, end):
        return []  # "A、B等铁路通道": a list of corridors names no line
    if deng >= 0 and lx.LIST_FILLERS.match(work[fill_from:hs]) and not filler_heads:
        filler = work[fill_from:hs]
        ends_here = not (HEAD_RE.match(work, end) or work[end : end + 2] in ("供水", "重大"))
        # "A至B、C至D等一批高速公路项目", "…等重要铁路": routes named by their ends are items even before a word of rank
        # the filler is read with the head after it ("等国家高速公路" is a kind, "等国家物流枢纽" a role)
        role = next((m for m in lx.ROLE_FILLERS.finditer(filler + head) if m.start() < len(filler)), None)
        if role and role.group() in _RANK_FILLERS and lx.ROLE_FILLERS.search(filler, role.end()) is None \
                and (_ROUTE_ITEM_RE.search(work, max(0, deng - 8), deng)
                     or _STREAM_ITEM_RE.search(work, max(0, deng - 6), deng) and typ in _STREAM_WORK_TYPES
                     and head.endswith(_WORKS_ENDINGS)):
            role = None
        if not role and not NEG_RE.search(filler) and ends_here:
            return list_items(work, deng, head, typ, group, qualifier=_crossed_water(filler, head) or _ring_filler(filler, typ),
                              shared=_PLAIN_FILLER_RE.fullmatch(filler) is not None, counted=count_value(filler))
        if filler == "" or role:
            return []  # "…等区域性物流中心": a list of roles names no item
    # a list counted before its shared head: "乐西、乐雅、隆汉3条高速公路"
    # (a count that is itself a word ending a name on its left, "两个", starts before ``start``: it is taken when it
    # ends at the head and the items are as many as it says, "A、B两个航电枢纽", not "A江、B江6个航电枢纽")
    count = None if qualifier_head else COUNT_TAIL_RE.search(work, max(start, hs - 10), hs)
    past_stop = count is None and not qualifier_head and (count := _count_ending_at(work, hs)) is not None
    # a total's 共 between the list and its count ("设A、B、C共3个车站") closes the list, no item's character
    list_end = count.start() - 1 if count and _TOTAL_BEFORE_COUNT_RE.search(work, 0, count.start()) else \
        count.start() if count else 0
    before = work[list_end - 1 : list_end] if count else ""
    # "全县第二条高速公路", "X又一条铁路开工": 第 (又, 再, 另: another) makes the count an ordinal, which
    # names no list (nor any item)
    if count and count.end() == hs and before and before not in _ORDINAL_BEFORE_COUNT \
            and (NAME_CHAR.match(before) or before in ")）"):
        items = list_items(work, list_end, head, typ, group, shared=True, counted=count_value(count.group()))
        # a line's stations set place by place, counted once ("在甲市设A、B，在乙市设C、D共4个车站"): every clause's
        # stations when they fill the count together
        earlier = _earlier_set_clauses(work, list_end, head, typ, group) if typ is EntityType.RAIL_STATION else []
        if earlier:
            rest = list_items(work, list_end, head, typ, group, shared=True,
                              counted=count_value(count.group()) - len(earlier))
            items = earlier + rest if len(earlier) + len(rest) == count_value(count.group()) else items
        # (an item opening the text has no separator before it: work[-1:0] is "", which ``in`` a string finds)
        in_list = len(items) >= 2 or bool(items and items[0].start > 0 and work[items[0].start - 1] in LIST_SEP)
        if past_stop and len(items) != count_value(count.group()):
            pass  # a count past a left stop that the items do not fill: the head is read as if no count stood there
        elif _holds_counted_works(work, items, count_value(count.group())):
            return []  # "甲江、乙江6个航电枢纽": the rivers (or places) the works are on, no works
        elif in_list or not count.group().endswith("级"):
            return items if in_list else []
        # "X河三级航道", "A至B段三级公路": no list before it, the count of levels is the one item's grade
    # the same with words of kind between the count and the head: "甲、乙、丙3座在线调蓄水库",
    # "甲、乙2座大型水库"; a list of two items at least, the words naming no head or role of their own
    counted = _COUNT_FILLER_RE.search(work, max(0, hs - 14), hs)
    # the words of kind read with the head after them, as after 等 ("5条国家高速公路" is a kind of line)
    # (a branch word qualifies the head, as in the filler after 等: "甲、乙和丙5个支线机场")
    if counted and not qualifier_head \
            and all(m.group() in lx.BRANCH_HEADS for m in HEAD_RE.finditer(counted.group("fill"))) \
            and not any(m.start() < len(counted.group("fill"))
                        for m in lx.ROLE_FILLERS.finditer(counted.group("fill") + work[hs:he])) \
            and not NEG_RE.search(counted.group("fill")) and NAME_CHAR.match(work[counted.start() - 1 : counted.start()]) \
            and not re.search("[和及与]", counted.group("fill")) \
            and work[counted.start() - 1 : counted.start()] != "第" \
            and not (counted.group("size") and any(w in counted.group("fill") for w in lx.REGION_WORDS)):
        pos = counted.start()
        # the places of a list before a verb of building and the count ("在A、B和C新建4座X变电站"): each
        # place's X; only places, and two at least
        verb = _BUILD_BEFORE_COUNT_RE.search(work, max(0, pos - 3), pos)
        items = list_items(work, verb.start() if verb else pos, head, typ, group, strict=bool(verb),
                           qualifier=_crossed_water(counted.group("fill"), head))
        if len(items) >= 2 and (not verb or all(place_re().search(work, c.start, c.end) for c in items)):
            return items
    return None


#: A total's 共 right before a count, after a list item's last character ("C共3个"; not 公共, 中共).
_TOTAL_BEFORE_COUNT_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![公中])共$")

#: A clause of stations a line sets at one place, after its comma and up to its list's end ("在乙市设C、D、E").
_PLACE_SET_CLAUSE_RE = re.compile(r"在[\u4e00-\u9fff]{1,8}?设(?:有|立|置)?[\u4e00-\u9fff、]+")
#: The opening of the first such clause ("分别在甲市设"), right before its first station.
_PLACE_SET_OPEN_RE = re.compile(r"在[\u4e00-\u9fff]{1,8}?设(?:有|立|置)?$")


def _earlier_set_clauses(work: str, list_end: int, head: str, typ: EntityType, group: int) -> list[Cand]:
    """Return the stations of the clauses before the last one of a line's stations set place by place and counted once
    at the end ("分别在甲市设A、B，在乙市设C、D、E共5个车站": A and B), [] when the list is no such run of clauses.
    Each clause opens with 在 + a place + 设; the count is the whole run's, the last clause's items are read by the
    caller."""
    out: list[Cand] = []
    end = list_end
    while (comma := max(work.rfind("，", 0, end), work.rfind(",", 0, end))) > 0 \
            and _PLACE_SET_CLAUSE_RE.fullmatch(work, comma + 1, end):
        items = list_items(work, comma, head, typ, group, shared=True)
        if not items or not _PLACE_SET_OPEN_RE.search(work, max(0, items[0].start - 12), items[0].start):
            break
        out = items + out
        end = comma
    return out


def _site_mode_before(work: str, hs: int, head: str) -> re.Match[str] | None:
    """Return the mode of transport written right before a logistics role head ("铁路|物流中心", "保税|物流中心"), which
    makes the head a site (:data:`geo.extract.lexicon.LOGISTICS_SITE_MODE_RE`), or None: a list shares both."""
    if head not in lx.LOGISTICS_ROLE_HEADS:
        return None
    return next((m for m in lx.LOGISTICS_SITE_MODE_RE.finditer(work, max(0, hs - 6), hs) if m.end() == hs), None)


#: A filler after 等 that only counts or ranks the items, maybe with a word of kind after the count ("等一批",
#: "等3座", "等一批旅游", ""): the head after it is every item's.
_PLAIN_FILLER_RE = re.compile(r"|(?:一批|" + lx.COUNT_NUMBER + r"[个座条处项])[\u4e00-\u9fff]{0,2}")

#: A count just before a head: "3条", "两个", "十座".
#: "四大水利工程", "四级航电枢纽" close a list of bare names the same way: the number of items, in a
#: word of size or of steps.
COUNT_TAIL_RE = re.compile(
    r"(?:" + lx.COUNT_NUMBER + r"[条个座项]|(?:[两三四五六七八九十]+|(?<![\d.])[2-9])[大级](?![型桥]))(?:\d+(?:\.\d+)?公里)?"
)


def _holds_counted_works(work: str, items: list[Cand], count: int) -> bool:
    """Return whether a counted list names the rivers or places its works are on, not the works: the whole list
    (two items at least, none before the first) has fewer items than its count says, each a river or a place
    ("甲江、乙江6个航电枢纽", "甲县、乙县5座水库")."""
    if len(items) < 2 or count <= len(items) or (items[0].start > 0 and work[items[0].start - 1] in LIST_SEP):
        return False
    return all(_STREAM_ITEM_RE.search(work, c.start, c.end) or places_alone(work[c.start : c.end]) for c in items)


def _count_ending_at(work: str, hs: int) -> re.Match[str] | None:
    """Return the count that ends right at ``hs`` ("A、B两个|航电枢纽"), or None."""
    return next((m for m in COUNT_TAIL_RE.finditer(work, max(0, hs - 10), hs) if m.end() == hs), None)


#: The number a count writes ("4个", "十一座", "两条"), in figures or in characters.
_COUNT_VALUE_RE = re.compile(r"(?P<n>" + lx.COUNT_NUMBER + r")[个座条处项]")


def count_value(text: str) -> int:
    """Return the number the count opening ``text`` writes ("4个作业区" → 4, "十一座" → 11, "两条" → 2), 0 when
    ``text`` opens with no count (or with one of more than two digits in characters). The number is read as a
    date's or a session's is (:func:`geo.documents.cn_number`), 两 being 二 in a count."""
    m = _COUNT_VALUE_RE.match(text)
    return (cn_number(m.group("n").replace("两", "二")) or 0) if m else 0


#: A count of places right after a list item (lexicon.COUNTED_PLACE_NOUNS: "四座城市", "等14个乡镇", "三个区县").
_COUNTED_PLACES_RE = re.compile(r"(?<=[\u4e00-\u9fff、])等?" + lx.COUNT_NUMBER + r"[个座]" + lx.COUNTED_PLACE_NOUNS)
_COUNTED_PLACE_NOT_BEFORE_RE = re.compile(lx.COUNTED_PLACE_NOT_BEFORE)
#: Up to six characters of the clause between such a count and the head ("主要依靠").
_CLAUSE_TO_HEAD_RE = re.compile(r"[\u4e00-\u9fff]{0,6}")


def _counts_places(work: str, hs: int) -> bool:
    """Return whether a list right before the head at ``hs`` is counted as places ("甲、乙、丙四座城市主要依靠高速公路",
    "甲、乙等14个乡镇公路"): its items are places whose works the sentence speaks of, not works sharing the head. Not a
    place noun modifying a kind of works ("2座城市轨道车站", "两个城镇污水处理厂")."""
    for m in _COUNTED_PLACES_RE.finditer(work, max(0, hs - 14), hs):
        if _CLAUSE_TO_HEAD_RE.fullmatch(work, m.end(), hs) and not _COUNTED_PLACE_NOT_BEFORE_RE.match(work, m.end()):
            return True
    return False


#: Characters that make the count after them an ordinal: 第 ("第二条"), and 又, 再, 另 ("又一条": another).
_ORDINAL_BEFORE_COUNT = frozenset("第又再另")

#: A count with words of kind before a shared head ("3座在线调蓄", "2座大型", "四大枢纽": a count of size), up
#: to the head. After a count of size the words must not name a region ("A、B三大城市群高速" counts regions whose
#: roads they are, no items).
_COUNT_FILLER_RE = re.compile(
    r"(?:" + lx.COUNT_NUMBER + r"[条座个项处]|(?P<size>[两三四五六七八九十]+大))(?P<fill>[\u4e00-\u9fff]{1,6})$")

#: A verb of building between a list of places and its count ("在A、B新建4座X").
_BUILD_BEFORE_COUNT_RE = re.compile("(?:新建|建设|建成|扩建|改建|续建)$")

#: 等 after a character DENG_RE leaves out (平等 is "equal"); a place must end right before it.
_PLACE_DENG_RE = re.compile(r"(?<=平)等(?![级同于])")
#: A count right after 等 ("等6条"): 等 closes a list there.
_DENG_COUNT_RE = re.compile(lx.COUNT_NUMBER + r"[个座条处项]")

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


#: A river or lake a shared crossing head names ("A、B两座长江大桥", "A、B等嘉陵江隧道"), with 特 of
#: 特大桥: part of each item's name; words of crossing in general (跨江, 过江, 沿江, 临江) are no river's name.
_CROSSED_WATER_RE = re.compile(
    lx.COUNT_NUMBER + r"?[座条个]?(?P<water>[\u4e00-\u9fff]{1,3}[江河湖])?(?P<grand>特)?")

_CROSSING_WORDS = frozenset({"跨江", "过江", "沿江", "临江", "滨江", "跨河", "过河", "沿河", "临河", "滨河", "沿湖", "环湖"})

_CROSSING_HEADS = frozenset({"大桥", "特大桥", "桥", "隧道", "过江通道"})


def _crossed_water(filler: str, head: str) -> str:
    """Return the river a list's filler names before a shared crossing head ("两座长江大桥" → 长江), or ""."""
    m = _CROSSED_WATER_RE.fullmatch(filler)
    if not m or core_head(head) not in _CROSSING_HEADS:
        return ""
    water = m.group("water") or ""
    if water in _CROSSING_WORDS or GENERIC_RE.fullmatch(water):
        water = ""  # "两座跨江大桥": a kind of bridge, no river of its name
    grand = (m.group("grand") or "") if head == "大桥" else ""
    return water + grand


def _ring_filler(filler: str, typ: EntityType) -> str:
    """Return a ring's role that a list's filler after 等 gives every item of a list of places before a line's
    head ("甲、乙等外环高速公路": 甲外环高速公路, 乙外环高速公路; issue 11), or ""."""
    return filler if typ in lx.LINE_LIKE and _RING_FILLER_RE.fullmatch(filler) else ""


#: A ring's role alone: a filler naming each place's ring.
_RING_FILLER_RE = re.compile(RING_ROLE)
