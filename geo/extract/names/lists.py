"""Read coordinated lists that share one head written after their items ("A、B等5个高铁项目", "乐西、乐雅3条
高速公路", "雅安、万源、城口支线机场"): the items, each named with the shared head.

Hands on list items as candidates (:func:`list_items`, :func:`shared_head_list`) and the test of a list
following an item (:func:`list_follows`) to :mod:`geo.extract.names.head_names`.
"""

from __future__ import annotations

import re

from geo.documents import cn_number
from geo.extract import lexicon as lx
from geo.extract.names.judge import (
    all_places,
    clean_name,
    core_head,
    is_alias,
    place_like,
    places_alone,
    places_of,
    protected_spans,
    section_ok,
    variant_aliases,
)
from geo.extract.names.leads import LIST_NUMBER_RE, TIME_LEAD_RE
from geo.extract.patterns import (
    ALIAS_RE,
    DENG_RE,
    GENERIC_RE,
    HEAD_RE,
    LATER_RE,
    LIST_SEP,
    MULTI_GENERIC_RE,
    NAME_CHAR,
    NEG_RE,
    STOP_RE,
    TRAILER_RE,
    Cand,
    head_type,
    place_re,
    region_part_re,
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

#: A list item that is only a length ("45公里" after the decimal point of "18.45公里"): a measure.
_LENGTH_ITEM_RE = re.compile(r"[\d.]+(?:公里|千米|米|km)")


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


#: Joiners that are also prepositions after a clause's adverb ("拟与", "也和", "将同").
_PREPOSITION_JOINERS = "与和同"

#: Characters that make the count after them an ordinal: 第 ("第二条"), and 又, 再, 另 ("又一条": another).
_ORDINAL_BEFORE_COUNT = frozenset("第又再另")

#: A count with words of kind before a shared head ("3座在线调蓄", "2座大型", "四大枢纽": a count of size), up
#: to the head. After a count of size the words must not name a region ("A、B三大城市群高速" counts regions whose
#: roads they are, no items).
_COUNT_FILLER_RE = re.compile(
    r"(?:" + lx.COUNT_NUMBER + r"[条座个项处]|(?P<size>[两三四五六七八九十]+大))(?P<fill>[\u4e00-\u9fff]{1,6})$")

#: A count, maybe with words of kind, closing a list item right before its own head ("中心4个", "石梯坎5个重点"):
#: the item ends a counted list of its own.
_COUNTED_CLOSE_RE = re.compile(lx.COUNT_NUMBER + r"[条个座项处][\u4e00-\u9fff]{0,4}$")

#: A count closing a list item that has no head of its own at its end ("车站10座"): the item counts a kind.
_COUNT_CLOSING_ITEM_RE = re.compile(r"[\u4e00-\u9fff]" + lx.COUNT_NUMBER + r"[条个座项处]$")

#: A verb of building between a list of places and its count ("在A、B新建4座X").
_BUILD_BEFORE_COUNT_RE = re.compile("(?:新建|建设|建成|扩建|改建|续建)$")

#: 等 after a character DENG_RE leaves out (平等 is "equal"); a place must end right before it.
_PLACE_DENG_RE = re.compile(r"(?<=平)等(?![级同于])")
#: A count right after 等 ("等6条"): 等 closes a list there.
_DENG_COUNT_RE = re.compile(lx.COUNT_NUMBER + r"[个座条处项]")

STATION_PAIR_RE = re.compile("站至")
#: Two stations joined by a dash or a tilde, the ends of a stretch of a metro line ("A站—B站区间", "一期工程X段为
#: A站—B站", "A站~B站"): both are stations (the tuning annotators code both ends).
STATION_DASH_RE = re.compile("站[—–~～](?=[\u4e00-\u9fff]{1,6}站)")

#: A bracket closing a list item: its section or a note ("(泸州段)", "(在建)", "(含南川)").
_TAIL_BRACKET_RE = re.compile(r"[(（](?P<inner>[^()（）]{1,12})[)）]$")

#: Stop words that close a project's name ("X送出工程", "X项目"): a section after one is that project's.
_WORKS_STOPS = frozenset({"工程", "项目"})
#: Verbs that open a list after its count or kind ("3个通用机场包括A、B和C通用机场"): the item after
#: one is the list's first, not works on a line named before it.
_LIST_OPENERS = frozenset({"包括", "分别为", "分别是", "主要有", "其中", "即"})

#: A place's suffix closing a list item of two or more characters before it ("白石镇", "綦江区").
ITEM_ADMIN_RE = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})[{lx.ADMIN_SUFFIX}]$")

#: A corridor's line named by its direction closing a list item ("成渝中线", "渝西北线").
_DIRECTION_LINE_RE = re.compile("[东南西北中]线$")

#: Works on a line closing a list item ("G93宜泸渝扩容、渝叙筠等高速公路").
#: (Also a section by direction: "建恩北段、利咸等高速公路" → 建恩高速公路北段.)
_ITEM_WORKS_RE = re.compile(f"(?:{lx.LINE_WORKS}|复线|(?<=[\u4e00-\u9fff]{{2}})[东南西北]段)$")

#: A list item named as a line ("璧铜线"); "成渝中线", "X北线" are lines of a corridor that take the head.
_LINE_NAME_RE = re.compile("(?<![东南西北中复支干])线$")

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


#: One character and a direction's 至 before a place ("平南至武宣"): the character and the direction
#: are a place's name (平南, 济南), not a clause's "南至X" (southward to X), unless the character is a
#: verb or preposition of direction ("向南至X").
_PLACE_TO_RE = re.compile(r"(?<=[^\W\d_])(?<![向往朝再后并直])[东西南北]至(?=[^\W\d_]{2})")


def _place_to_spans(item: str, *, listed: bool) -> list[tuple[int, int]]:
    """Return the spans of ``item`` where a direction and 至 follow a one-character word that stands
    alone: at the item's start after a list's separator, or right after a stop ("建设平南至武宣")."""
    out = []
    for m in _PLACE_TO_RE.finditer(item):
        first = m.start() - 1
        if (first == 0 and listed) or any(s.end() == first for s in STOP_RE.finditer(item, 0, first)):
            out.append((m.start(), m.end()))
    return out


def list_items(
    work: str, pos: int, head: str, typ: EntityType, group: int, *, strict: bool = False, admin: str = "",
    qualifier: str = "", shared: bool = False, counted: int = 0,
) -> list[Cand]:
    """Return the items of a coordinated list ending just before ``work[pos]``.

    ``pos`` is the index of 等 (or of the separator before the last item).
    Items that carry a head of their own are skipped (they are found on their
    own); the walk stops at the first item that starts after a stop word.
    ``qualifier`` (a river the shared head crosses) goes between each item and the head. ``shared``: the
    head is written once after 等 or a count, so it is every item's (an item's own head of other facilities
    is then its place, not its kind). ``counted``: the number of items the list's count writes ("A、B、C、D4个
    作业区"); an item that is a generic word ("中心") or a word of two characters ending in a head ("大路",
    "临港") is then kept when the items found, it among them, are as many as the count: the count vouches for it
    being one of the list's names.
    """
    out: list[Cand] = []
    vouched: list[Cand] = []  # generic-word items, kept only when the count vouches for them
    end = pos
    core = core_head(head)
    while end > 0:
        start = end
        while start > 0 and (NAME_CHAR.match(work[start - 1]) or work[start - 1] in "()（）") and work[start - 1] not in LIST_SEP:
            if work[start - 2 : start] == "——":
                break  # "…”——X及Y工程": the double dash opens an apposition
            start -= 1
        # a verb ending in a joiner ("主要涉及A、B", "参与X"): the joiner is the verb's, the item after it
        # opens the list
        verb_joined = start > 0 and work[start - 1] in LIST_SEP and work.endswith(lx.JOINER_VERBS, 0, start)
        item = work[start:end]
        # works on the item's line close it ("包茂扩能", "渝湘复线"): kept after the name, not a stop
        works = _ITEM_WORKS_RE.search(item) if typ in lx.LINE_LIKE else None
        if works and works.group().endswith("段") and (
                "至" in item or region_part_re().fullmatch(item, works.start() - 1, works.start() + 1)
                or any(p.end() == works.start() + 1 for p in place_re().finditer(item))):
            works = None  # "A至B西段", "渝西段", "陕西段": a route's or a place's end, not a direction
        suffix = works.group() if works and works.start() >= 2 else ""
        item = item[: len(item) - len(suffix)]
        protected = protected_spans(item)
        if typ in lx.LINE_LIKE:
            protected += _place_to_spans(item, listed=start > 0 and work[start - 1] in LIST_SEP)
        cut = cut_at = 0
        for m in STOP_RE.finditer(item):
            if not any(a <= m.start() < b for a, b in protected) and m.end() > cut:
                cut, cut_at = m.end(), m.start()
        stopped = cut > 0 or start == 0 or work[start - 1] not in LIST_SEP or verb_joined
        item_start = start + cut
        number = LIST_NUMBER_RE.match(work, item_start, end)
        if number and number.group().strip():
            item_start, stopped = number.end(), True  # "(二)A至B、C至D高速公路": the list's number opens the list
        pair = STATION_PAIR_RE.search(work, item_start, end) if typ is EntityType.RAIL_STATION else None
        if pair:  # "成都东站至X、Y站": the station a service runs from is not an item of the list
            item_start, stopped = pair.end(), True
        item = work[item_start : end - len(suffix)]
        if TIME_LEAD_RE.fullmatch(item):
            break  # "计划于2025年与X高铁同步建成": a time, not an item of the list
        if work[end : end + 1] in _PREPOSITION_JOINERS and item[-1:] in lx.JOINER_ADVERBS \
                and any(m.end() == len(item) - 1 for m in HEAD_RE.finditer(item)):
            break  # "X高速公路拟与Y高速相接": a name, an adverb, then the preposition 与; no list
        if _LENGTH_ITEM_RE.fullmatch(item) or lx.SLOGAN_RE.search(item):
            break  # "…坝18.45公里、X水库": a length closing the item before; "乡镇通三级公路": a slogan
        if item.endswith("段") and work[item_start - 1 : item_start] == "至":
            break  # "渝厦高铁重庆东至黔江段、…高速公路": the far end of another line's section
        if item.endswith("段") and cut and work[start + cut_at : start + cut] == "的":
            break  # "A、B等线路的X段、C铁路": a part of the lines before 的, named with them (geo.extract.names.parts)
        if item.endswith("段") and cut and work[start + cut_at : start + cut] in _WORKS_STOPS:
            break  # "A送出工程重庆段、B输变电工程": the section of the project 工程 closed, not an item of the list
        if typ is EntityType.RAIL_STATION and _route_joiner(item):
            break  # "A站经B至C和D东站…的双通道": a route between places, not a station of the list
        if item[:1] in ")）":
            break  # "X高速公路(简称“Y”)甲至乙段、…": the tail of the name before it, not an item
        if len(item) == 1 and cut and item not in lx.ABBREVIATIONS:
            break  # "通过连接线与X等铁路": the last character of a word a stop opens (连接|线), not an item
        # a note closing the item ("X高速公路(在建)") does not hide its own head
        noted = _TAIL_BRACKET_RE.search(item)
        headed = item[: noted.start()] if noted else item
        own = [m for m in HEAD_RE.finditer(item) if (m.end() == len(headed) or item.endswith("段"))
               and not (m.group() == "线" and _DIRECTION_LINE_RE.search(headed))]  # "A至B北线": a route's line, the list's head names it
        if not own and _COUNT_CLOSING_ITEM_RE.search(headed):
            break  # "设车站10座、甲车辆段1个": a kind and its count, not an item of the list after it
        if own and own[-1] is not None and _COUNTED_CLOSE_RE.search(headed[: own[-1].start()]):
            break  # "A、B3个作业区和C、D2个码头": the item closes a counted list of its own, whose items are not this list's
        if head in lx.CHAIN_HEADS and "—" in item:
            own = []  # "A水库—B水库、…四条输水干渠": the chain ends at a site of its own, it is the canal's name
        if shared and own and own[-1] is not None and typ is not EntityType.OTHER_FACILITY \
                and head_type(own[-1]) is EntityType.OTHER_FACILITY:
            # "A、西南大学、B7个站点", "甲至乙景区等一批旅游公路", "A、B草街等泵站20座": a head of
            # other facilities ending an item of a list whose shared core head is written after 等 or a count
            # is the item's place (a campus, a scenic area, a street), and the item is one of the list's works
            own = []
        if own and typ in lx.LINE_LIKE and "至" in headed and all_places(headed):
            own = []  # "梧州至贵港、…5条高速公路": a route between places, the far one named with a head word (港)
        # a word of two characters ending in a one-character head ("临港", "大路") names no item of that head on its
        # own; in a counted list it may be one of the list's names, which the count vouches for (below)
        short_word = bool(counted and own and len(headed) == 2 and own[-1] is not None and own[-1].start() == 1)
        if short_word:
            own = []
        if (cut and not own and work[start + cut_at : start + cut] not in _LIST_OPENERS
                and any(h.end() == start + cut_at for h in HEAD_RE.finditer(work, start, start + cut_at))):
            # "渝武高速公路扩能北碚至合川段": the item has its own head right before the works; a head
            # further left is another clause's ("X铁路通道项目是衔接沪昆、南昆及沿边铁路")
            own = [None]
        if item and not own:
            # a station's name often holds a one-character generic word (三岔湖, 石大关, 高川)
            # a corridor's line by its direction ("成渝中线") takes the head: 中 is no generic word there
            body = _DIRECTION_LINE_RE.sub("", item)
            # a place with its suffix, as the last item has it ("白石镇、红桥镇污水处理厂"): the suffix is
            # no generic word there; in a list of other things an area stays one ("南岸区、X大桥")
            if admin and item.endswith(admin):
                body = ITEM_ADMIN_RE.sub("", body)
            # a line's two initials ("娄新、洞新、武靖高速": 娄底–新化…) may hold a one-character generic word,
            # in second place, the first being a place's initial ("内环": a generic word opens it); only in a
            # list of 、 (和, 与 are also prepositions: "最后与X高速相连")
            pair = typ in lx.LINE_LIKE and len(body) == 2 and work[end : end + 1] == "、" \
                and not GENERIC_RE.fullmatch(body[0])
            proper = _not_generic(item) if typ is EntityType.RAIL_STATION or pair else bool(body) and not GENERIC_RE.search(body)
            if strict and not (place_like(item) or (2 <= len(item) <= 5 and proper)
                               or typ in lx.LINE_LIKE and _place_ring(item)):
                break
            longest = 32 if head in lx.CHAIN_HEADS else 16  # a chain of six sites is a canal's name
            generic = short_word or GENERIC_RE.fullmatch(item) is not None
            # (a generic word is an item only in a counted list, which vouches for it at the end of the walk)
            # (a negative word inside a place's name, 节 of a county named …节, is the place's: stripped first)
            if 1 <= len(item) <= longest and not NEG_RE.search(place_re().sub("", item)) \
                    and (not generic or (counted and len(item) >= 2)):
                note = ALIAS_RE.search(item)
                alias = note.group("alias") if note and is_alias(note.group("alias"), typ) else None
                bare = item.replace(note.group(), "") if alias else item
                # a bracket closing an item is its section ("泸州至永川(泸州段)") or a note ("(在建)")
                tail = None if alias else _TAIL_BRACKET_RE.search(bare)
                section = ""
                if tail:
                    bare = bare[: tail.start()]
                    inner = tail.group("inner")
                    section = inner if inner.endswith("段") and section_ok(inner[:-1]) else ""
                if not bare:
                    break
                # an item named as a line ("璧铜线") keeps its name; the list's head is an alias
                named_line = typ in lx.LINE_LIKE and len(bare) >= 3 and _LINE_NAME_RE.search(bare) is not None
                name = clean_name(bare) if named_line else clean_name(bare) + qualifier + core
                if tail and TRAILER_RE.fullmatch(tail.group("inner")):
                    name += tail.group("inner")  # "渝湘(复线)" → 渝湘高速公路复线
                name += suffix
                if section:
                    cand = Cand(item_start, end, name + section, typ, group=group, part_of=name)
                    cand.aliases.append(clean_name(bare) + section)
                    out.append(cand)
                    if stopped:
                        break
                    end = start - 1
                    continue
                cand = Cand(item_start, end, name, typ, group=group)
                if alias:
                    cand.aliases.append(alias)
                if head != core or named_line:
                    cand.aliases.append(clean_name(bare) + head + suffix)
                if qualifier and not named_line:
                    cand.aliases.append(clean_name(bare) + core + suffix)
                cand.places = places_of(name, core)
                variant_aliases(cand, core)
                out.append(cand)
                if generic:
                    vouched.append(cand)
        elif item and strict:
            break
        if stopped:
            break
        end = start - 1
    if vouched and len(out) != counted:
        out = [c for c in out if c not in vouched]
    out.reverse()
    return out


def _ring_filler(filler: str, typ: EntityType) -> str:
    """Return a ring's role that a list's filler after 等 gives every item of a list of places before a line's
    head ("甲、乙等外环高速公路": 甲外环高速公路, 乙外环高速公路; issue 11), or ""."""
    return filler if typ in lx.LINE_LIKE and _RING_FILLER_RE.fullmatch(filler) else ""


#: A ring's role, maybe after a direction ("外环", "东绕城").
_RING_ROLE = f"[东西南北]?(?:{'|'.join(lx.RING_ITEM_ROLES)})"
#: A ring's role alone: a filler naming each place's ring.
_RING_FILLER_RE = re.compile(_RING_ROLE)


#: A list item naming a place's ring or bypass line ("贵港西外环"), maybe with a direction before the role.
_PLACE_RING_RE = re.compile(rf"(?P<place>[\u4e00-\u9fff]{{2,6}}?){_RING_ROLE}")


def _route_joiner(item: str) -> bool:
    """Return whether ``item`` holds a 至 joining two places, not one inside a place's own name (乐至, 至德)."""
    inside = [(m.start(), m.end()) for m in place_re().finditer(item)]
    return any(not any(a <= i < b for a, b in inside) for i, c in enumerate(item) if c == "至")


def _place_ring(item: str) -> bool:
    """Return whether a list item is a place's ring or bypass line ("贵港西外环", "甲市绕城"): the place's
    line, which takes the list's shared head ("…、贵港西外环、A至B高速公路")."""
    m = _PLACE_RING_RE.fullmatch(item)
    return m is not None and place_re().fullmatch(m.group("place")) is not None


def _not_generic(item: str) -> bool:
    """Return whether a short list item is a proper word: no generic word of two characters or
    more, and not only one-character ones ("石大关", "高川" are names; "大型", "新老" are not)."""
    return not MULTI_GENERIC_RE.search(item) and bool(GENERIC_RE.sub("", item))
