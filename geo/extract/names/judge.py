"""Judge a candidate name: whether a modifier and its head name one specific item (:func:`acceptable`), not a kind,
a count, a size, a network, a slogan, a category, a goal of travel time or a contract's lot.

Every head's candidate is judged here (:mod:`geo.extract.names.head_names`, :mod:`geo.extract.names.modifiers`);
the other questions about a name have modules of their own: its written form and aliases
(:mod:`geo.extract.names.aliases`), where a stop word is no stop (:mod:`geo.extract.names.protected_spans`), words
of kind (:mod:`geo.extract.names.kind_words`), places in its words (:mod:`geo.extract.names.place_words`), a place's
network (:mod:`geo.extract.names.place_networks`), a city's ring (:mod:`geo.extract.names.city_rings`) and a
section's words before 段 (:mod:`geo.extract.names.sections`).
"""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.names.aliases import clean_name
from geo.extract.names.city_rings import city_ring
from geo.extract.names.kind_words import (
    MARKS_RE,
    MEASURE_RE,
    generic_after_line,
    kinds_only,
    strip_heads,
    type_adjective,
)
from geo.extract.names.place_networks import area_network, places_network
from geo.extract.names.place_words import all_places, place_like, places_of
from geo.extract.patterns import (
    COUNT_RE,
    GENERIC_RE,
    HEAD_RE,
    MULTI_GENERIC_RE,
    NEG_RE,
    SELF_NAMED_RE,
    head_type,
    place_re,
    region_part_re,
)
from geo.model import EntityType

# clean_name and places_of are aliases's and place_words's, imported from here by geo.extract and its boundary
__all__ = ["acceptable", "clean_name", "places_of"]

#: A line of a city's grid of expressways closing a modifier ("快速路三纵线" before 延伸线).
_GRID_LINE_END_RE = re.compile("[一二三四五六七八九十]{1,2}[纵横]线$")

#: A trunk road named by the places it joins, in order ("甲至乙干线公路", "甲—乙—丙干线公路", "甲(某站)至乙干线公路"): a
#: road's name, though 干线公路 alone is the kind.
_TRUNK_ROUTE_RE = re.compile(
    r"[\u4e00-\u9fff]{2,4}(?:[(（][\u4e00-\u9fff]{1,6}[)）])?(?:(?:至|—|-)[\u4e00-\u9fff]{2,4}(?:[(（][\u4e00-\u9fff]{1,6}[)）])?)+干线"
)

#: The patterns of :func:`acceptable` and :func:`_between_regions`, compiled once: they are asked for each candidate
#: (issue 16).
_LOT_RE = re.compile(r"\d+标$")
_LOST_COUNT_RE = re.compile(r"[?？]?[座条个处所]")
_DIGIT_RE = re.compile(r"\d")
_QUOTED_RE = re.compile(r"“([^”]*)”")
_CODE_OR_NUMBER_RE = re.compile(r"[A-Za-z]\d|\d{2,}")
_TO_RE = re.compile("[到至]")


#: A count of stations before 站: the first or last few of a line's ("前3", "後2"), a slogan's count per
#: place ("一县两"), or the trip of one stop ("高铁一"). A place whose name holds a numeral ("八一") stays.
_COUNTED_STATIONS_RE = re.compile(r"(?:^[前后後首末头]|[县区市镇]|高铁|动车)(?:\d+|[一二两三四五六七八九十]+)$")


@functools.lru_cache(maxsize=1 << 16)
def acceptable(modifier: str, head: str, name: str) -> bool:
    """Return whether ``modifier`` + ``head`` names one specific item (memoised: a pure function of the
    three strings and the region's fixed words, asked again for each mention of a name)."""
    # a negative word inside the head is the head's own ("翻坝转运体系"), not a negative of the name
    body = name[: len(name) - len(head)] if name.endswith(head) and NEG_RE.search(head) else name
    if head in lx.TRAIN_SITE_HEADS:
        if not place_re().search(modifier):
            return False  # "中欧班列集结中心": the kind, where no place is named
        body = lx.TRAIN_SERVICE_RE.sub("", body)  # "中欧班列广元组货基地": the site of a train's cargo
    if not modifier or NEG_RE.search(place_re().sub("", body)) or name in lx.PLACE_SET or name in lx.BARE_KINDS \
            or lx.NEGATIVE_SUFFIX.search(name) and not _TRUNK_ROUTE_RE.fullmatch(modifier):
        return False
    if city_ring(modifier, head):
        return True  # "南环高速", "内环快速路", "宜宾城市内环线": a city's ring road, named by its role
    if head == "环线" and _RAIL_RING_RE.fullmatch(modifier):
        return True  # "铁路西环线", "轨道环线", "市郊铁路东环线": a city's rail ring, named by its mode and side
    if head == "快速" and modifier.endswith(lx.SPEED_QUALIFIERS):
        return False  # "交通更加快速", "经济增长快速": an adjective or an adverb, no road (short for 快速路)
    if head in lx.LINK_HEADS and kinds_only(modifier):
        return False  # "机场快速通道", "高铁连接线": the link to a kind of site, no site named
    if head in lx.NETWORK_HEADS and (modifier in lx.NATION_WORDS or modifier in lx.MACRO_REGIONS
                                     or places_network(modifier)):
        return False  # "四川高速", "遵义市高速公路", "荆州南北向高铁", "重庆重大水利工程", "西南电网": a place's network
    scope = lx.SCOPE_CATEGORY_RE.match(modifier)
    if scope and not place_re().search(modifier, scope.end()):
        return False  # "国内千万级大型繁忙机场", "西南地区机场", "西南艰险山区生态铁路": a category over a scope, no item
    if _COUNT_SUM_RE.search(modifier):
        return False  # "湖北“4+2”重大铁路", "西藏“3+1”机场": a group of items counted by a sum, none named
    if area_network(modifier, head):
        return False  # "川渝地区东向高铁", "成都都市圈市域(郊)铁路": an area's lines of a kind, no line's name
    if head in lx.NETWORK_HEADS and _PLACES_COUNTED_RE.search(modifier):
        return False  # "陕西、山西、山东三省高速公路", "川渝两地铁路": the networks of the places counted
    if head == "线" and (suburban := _SUBURBAN_LINE_RE.fullmatch(modifier)):
        # "市郊铁路璧铜线", "城轨快线渝合线": a suburban line named by the initials of the places it joins
        return all(c in lx.ABBREVIATIONS for c in suburban.group("initials"))
    if head == "线":
        # "成都至眉山线" (a suburban line of a plan): a route between known places, maybe with a generic
        # word ("重庆中心城区至永川线"); not "运营至年底全线", "500千伏X至Y线"
        # ("市郊铁路璧山至铜梁线": the kind of line may stand before the route)
        route = HEAD_RE.sub(lambda m: "" if head_type(m) is EntityType.RAILWAY else m.group(), modifier)
        return "至" in route and all_places(GENERIC_RE.sub("", route))
    if head.endswith("站") and _COUNTED_STATIONS_RE.search(modifier):
        return False  # "前3站", "后2站", "一县两站", "高铁一站": a count of stations, no station named
    if _SIZE_LEAD_RE.match(modifier) and not place_re().search(modifier):
        return False  # "宽45米跑道", "7000平方米航站楼", "1-2小时高铁", "4大高速公路": a size or a count, no name
    if head == "路" and _ALL_THE_WAY_RE.search(modifier):
        return False  # "沿途一路风光", "浇灌出一路产业": 一路 is "all the way", no road ("X一路" of a street stays)
    if _TRAVEL_TIME_RE.search(modifier):
        return False  # "甲乙1小时高铁圈", "半小时高铁", "镇街15分钟上高速": a goal of travel time, no line named
    if lx.PLAN_PERIOD_RE.search(modifier) or lx.COUNT_SLOGAN_RE.search(modifier):
        return False  # "省“十四五”公路": a plan's chapter; "“四高三铁一江一机场”": a plan's slogan
    if lx.SCOPE_RE.fullmatch(strip_heads(modifier, head)):
        return False  # "全县铁路", "该市高速路": a scope's network, no item
    if lx.GRADE_RE.search(modifier) and lx.GRADE_LEAD_RE.fullmatch(lx.GRADE_RE.sub("", modifier)):
        return False  # "拟三级公路技术标准", "省道达标三级路": the grade a road is built to, no road named
    if lx.SLOGAN_RE.search(lx.GRADE_RE.sub("", modifier)):
        return False  # "县县通高速", "乡镇通三级公路": a slogan about being connected, not a road
    if head in lx.NETWORK_HEADS and _reached_by(modifier):
        return False  # "X县首次通铁路", "A、B通高铁": a place reached by a kind of line, no line's name
    if head in _BOARDED_HEADS and _boarded(modifier):
        return False  # "县城上高速", "进出甲县上下高速", "刚下高铁": where one gets on or off, no line named
    if type_adjective(modifier, head):
        return False  # "疏港型铁路专用线", "同向普速铁路", "远超普通高速公路隧道": a kind of works, none named
    if lx.NEGATIVE_PREFIX.match(modifier):
        return False
    if _MODE_PAIR_RE.search(name):
        return False  # "湖南省公路水路…投资": two modes of transport together are a sector, no item
    if modifier.endswith("间") and place_like(modifier[:-1]):
        return False  # "重庆与贵阳间高速公路": the roads between two places, no road's name
    if _between_regions(modifier):
        return False  # "渝东北到渝东南高速公路": the link between two parts of a region, no road's name
    if head in lx.WIDENING_HEADS:
        # "成绵扩容", "G5甲至乙扩容项目": the widening of the road between places; "电网扩容" is none
        return place_like(re.sub(r"^[GS]\d{1,4}", "", modifier))
    if head == "互通" and not (HEAD_RE.search(modifier) or place_re().fullmatch(modifier) or _placed_interchange(modifier)):
        return False  # "信息互通": an interchange is named on its road or for a place ("高竹互通", "永川互通")
    if head in lx.BRANCH_HEADS and (SELF_NAMED_RE.fullmatch(modifier) or _GRID_LINE_END_RE.search(modifier)):
        return True  # "轨道交通1号线延长线", "快速路三纵线延伸线": the extension of a line named by its number
    if head in lx.STRUCTURE_HEADS and generic_after_line(modifier):
        return False  # "川渝高速公路省界收费站": a kind of structure on a line, not a named one
    if _NICKNAME_RE.fullmatch(modifier) or _QUOTED_NICKNAME_RE.search(modifier):
        return False  # "贵州“一号水利工程”": a rank given as a nickname, not a name
    if head in lx.NETWORK_HEADS and (rank := _PLACE_RANK_RE.search(modifier)) and place_re().fullmatch(modifier[: rank.start()]):
        return False  # "贵州一号水利工程——X水利枢纽": a place's first-ranked works of a kind, a nickname
    if _LOT_RE.search(modifier):
        return False  # "重遵36标高速公路房建工程": a contract lot of works, not an item
    if _LOST_COUNT_RE.fullmatch(modifier):
        return False  # "新增?座高铁站": a count whose number is lost, not a name
    if _DIGIT_RE.fullmatch(modifier):
        return False  # "“1高铁5普铁”格局": a one-digit count of lines, not a name
    if modifier == "一" and not head.startswith("环"):
        return False  # "新添一机场": one more of a kind, not a name ("一环路" is a ring's)
    ranked_route = _RANKED_ROUTE_RE.fullmatch(modifier)
    if ranked_route and all_places(ranked_route.group("route")):
        modifier = ranked_route.group("route")  # "成都至汶川第二条高速公路": the second line between two places, a name
    if _MANY_RE.search(modifier):
        return False  # "乌江流域多个梯级水电站", "X若干座水库": many items of a kind, none named
    if COUNT_RE.match(modifier) or lx.RANK_RE.search(modifier + head[:1]):
        return False  # "3个港区", "第四条高速公路", "全国内河十大码头": a count or a rank, not a name
    if (count := _COUNT_INSIDE_RE.search(modifier)) and count.start() > 1 \
            and not place_re().fullmatch(modifier[: count.start()]):
        # "已建成通航8个运输机场", "设车站12座、甲车辆段": a count inside the words before the head counts items
        # of a kind or closes another item's count; no proper name holds one (none in the gold files). After a
        # place or a one-character item it closes a list ("甲及乙2个A2级通用机场", "甲东、西2处收费站"), whose
        # items the list's rules name.
        return False
    # a quoted slogan ("水公铁") is not a proper name unless it holds a place
    modifier = _QUOTED_RE.sub(lambda q: q.group(1) if place_re().search(q.group(1)) else "", modifier)
    # a number names a road ("G75", "318") but not a size ("500千伏变电站", "5000吨级码头");
    # a grade or a lane count describes a kind ("四级公路", "4C级民航机场", "八车道高速公路")
    unsized = lx.GRADE_RE.sub("", MEASURE_RE.sub("", modifier))
    proper = GENERIC_RE.sub("", MARKS_RE.sub("", unsized))
    has_place = bool(place_re().search(modifier)) or bool(_CODE_OR_NUMBER_RE.search(unsized))
    if not unsized:
        return False
    need = lx.MIN_MODIFIER.get(head, 1)
    bare = place_re().sub("", proper)
    if head == "站" and (len(modifier) > 6 or not (has_place or len(modifier) <= 3 or _STREET_END_RE.search(modifier))):
        return False
    if head in lx.ROLE_HEADS and lx.ROLE_WORDS.search(modifier):
        return False  # "长江上游区域性航运物流中心": a role to play, not a site
    if head in lx.PLACE_HEADS and (not place_re().search(modifier) or lx.ROLE_WORDS.search(modifier)):
        return False  # "竹产业基地", "知名…食品加工产业基地": a sector or a role, not a site
    if has_place and not bare and head in lx.LOGISTICS_ROLE_HEADS and lx.LOGISTICS_SITE_MODE_RE.search(modifier):
        return len(modifier) >= need  # "X铁路综合物流枢纽", "X多式联运枢纽": the hub of a mode at a place, a site
    if has_place and not bare and ((head in lx.ROLE_HEADS and head not in lx.CITY_WORKS_HEADS)
                                   or lx.ROLE_WORDS.search(modifier)):
        return False  # a city's role ("成都国家重要商贸物流中心"), not a site
    if has_place:
        return len(modifier) >= need
    if _initials_pair(modifier, head):
        return True  # "大内高速": the initials of two places (大足, 内江), though each is also a generic word
    if head in lx.DISTINCTIVE_HEADS and region_part_re().fullmatch(modifier):
        return True  # "西部科学城": a region word is enough before a distinctive head
    if head in lx.NATIONAL_PARK_HEADS and (sector := _NATIONAL_RE.match(modifier)) and len(modifier) - sector.end() >= 2:
        return True  # "国家网络安全产业园": the nation's park of a sector, one site, though its words are generic
    if not GENERIC_RE.sub("", strip_heads(unsized, head)):
        return False  # heads of its kind and generic words only: a part or a kind ("机场航站楼", "作业区码头")
    # one-character generic words (新, 大, 老…) are generic on their own, not inside a proper
    # word: "新田港" is a name, "新港" is not
    whole = MULTI_GENERIC_RE.sub("", MARKS_RE.sub("", modifier))
    return bool(proper) and len(whole) >= max(need, 1)


#: The heads of a trunk line named by the initials of the places it joins ("成渝高速", "大内高速公路").
_INITIALS_HEADS = frozenset({"高速", "高速公路", "高铁", "铁路"})


def _initials_pair(modifier: str, head: str) -> bool:
    """Return whether ``modifier`` before a trunk line's head is the initials of the two places the line joins,
    each of which is also a one-character generic word ("大内高速": 大足, 内江; issue 11), which the test of
    generic words alone would take for no name; not a word of two characters that is generic as a whole."""
    return head in _INITIALS_HEADS and len(modifier) == 2 and modifier[0] != modifier[1] \
        and all(c in lx.ABBREVIATIONS for c in modifier) and MULTI_GENERIC_RE.fullmatch(modifier) is None


#: A suburban line's kind (``lexicon.RAIL_KIND_LEADS``), then the initials of the places it joins, before 线
#: ("市郊铁路璧铜线", "城轨快线渝合线").
_SUBURBAN_LINE_RE = re.compile(lx.RAIL_KIND_LEADS + "(?P<initials>[\u4e00-\u9fff]{2})")
#: A city's rail ring by its mode and side or order ("铁路西环线", "铁路枢纽东环线", "市郊铁路二环线"), or its metro's ring
#: ("轨道环线"), before 环线; "铁路环线" alone is a kind ("发展铁路环线旅游").
_RAIL_RING_RE = re.compile("(?:市郊|市域)?铁路(?:枢纽)?[东南西北二三]|轨道(?:交通)?[东南西北二三]?")


#: A count of items in words before a head ("8个", "十二座", "4处"), not at their start (:data:`COUNT_RE` there).
_COUNT_INSIDE_RE = re.compile(lx.COUNT_NUMBER + r"[个座处]")

#: A quantifier inside a modifier, after its place ("乌江多个梯级"): many items of a kind.
_MANY_RE = re.compile("|".join(lx.QUANTIFIERS))

#: A route between two places before an ordinal of lines ("成都至汶川第二条"): the Nth line between them.
_RANKED_ROUTE_RE = re.compile("(?P<route>[\u4e00-\u9fff]{2,6}至[\u4e00-\u9fff]{2,6})第[二三四五六七八九十]条")
#: A street closing a station's modifier ("春华大道站", "解放路站"): a metro station named by its street.
_STREET_END_RE = re.compile("(?:大道|[^道公马]路|大街)$")

#: A modifier opening with the nation ("国家", "国家级") before a park's head: a national park of a sector.
_NATIONAL_RE = re.compile("国家级?")


#: An ordinal number alone before a head, maybe quoted ("“一号”", "1号"); with a place it is a name
#: ("龙泉山一号隧道").
_NICKNAME_RE = re.compile(r"[“\"]?(?:[一二三四五六七八九十]+|\d+)号")
#: An ordinal 号 closing a modifier after a place ("贵州一号" before 水利工程): with a network's head
#: (水利工程, 高速公路…) a nickname; with a structure's head a name ("龙泉山一号隧道").
_PLACE_RANK_RE = re.compile(r"(?:[一二三四五六七八九十]+|\d+)号$")
#: The same in quotes after a place ("贵州“一号水利工程”"): the place's first-ranked works.
_QUOTED_NICKNAME_RE = re.compile(r"[“\"](?:[一二三四五六七八九十]+|\d+)号$")

#: A count of places closing a modifier ("三省", "两地", "4市"): the places' networks before a network head.
_PLACES_COUNTED_RE = re.compile(r"(?:[两三四五六七八九十]|\d{1,2})(?:省区?市?|地|市州?|县区?|区县)$")

#: A modifier opening with a size (a dimension word maybe, a number, a unit of length, area, weight or
#: time) or a count of big ones ("4大"): the item's size or the number of items, where no place names it.
#: Voltages stay names after a place ("川渝1000千伏特高压交流工程"); a size after a place too
#: ("A至B81公里航道").
_SIZE_LEAD_RE = re.compile(
    r"(?:[长宽高深]|全长|总长|面积|占地|约)?\d+(?:\.\d+)?(?:[-~—～]\d+(?:\.\d+)?)?余?"
    r"(?:万?平方米|平方公里|公顷|亩|公里|千米|米|万吨级|千吨级|吨级|万吨|吨|小时|分钟|大(?![道桥街路]))"
)

#: 一 closing a modifier after 途 or a verb's complement (出, 了, 着, 过): with the head 路 it is the adverb 一路.
_ALL_THE_WAY_RE = re.compile("[途出了着过]一$")

#: A travel time closing a modifier, maybe with the verb of reaching the head ("1小时", "半小时", "15分钟上",
#: "2个半小时到"): the head after it is a goal of time (a zone, "X1小时高铁圈"), whatever places stand before.
_TRAVEL_TIME_RE = re.compile(
    r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十两半]+)个?半?(?:小时|分钟)(?:以内|之内|内)?[上到达通]?$")


#: A sum of counts ("4+2", "“3+1”"): a program's group of items of a kind, named by how many of each.
_COUNT_SUM_RE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十两]{1,2})[+＋](?:\d{1,2}|[一二三四五六七八九十两]{1,2})(?![\d.])")


#: Two modes of transport written together closing a name ("公路水路", "铁路公路"): a sector.
_MODE_PAIR_RE = re.compile("(?:公路|铁路|水路|水运|航空|民航)(?:公路|铁路|水路|水运|航空|民航)$")


def _between_regions(modifier: str) -> bool:
    """Return whether ``modifier`` joins two parts of a region with 到 or 至 ("渝东北到渝东南")."""
    parts = _TO_RE.split(modifier)
    return len(parts) == 2 and all(re.fullmatch(f"(?:{region_part_re().pattern})[东西南北]?", p) for p in parts)


def _reached_by(modifier: str) -> bool:
    """Return whether ``modifier`` closes with the verb 通 "is reached by" ("永善通" before 高铁, "首次通"
    before 铁路), not with a place whose name ends in 通 ("南通", "昭通")."""
    return modifier.endswith("通") and not any(m.end() == len(modifier) for m in place_re().finditer(modifier))


#: Heads of a road one drives onto or off ("上高速", "下高速公路").
_BOARDED_HEADS = frozenset({"高速", "高速公路", "高铁"})


def _boarded(modifier: str) -> bool:
    """Return whether ``modifier`` closes with a verb of getting on or off a road (:data:`lx.BOARD_VERBS`:
    "县城上" before 高速, "甲县上下"), with no head of its own before it ("甲高速乙互通上下" is left to the
    interchange's rules) and no place whose name ends in that character."""
    return (modifier.endswith(lx.BOARD_VERBS) and not HEAD_RE.search(modifier)
            and not any(m.end() == len(modifier) for m in place_re().finditer(modifier)))


#: A town's name of two characters after the district an interchange is named for.
_PLACE_TAIL_RE = re.compile("[\u4e00-\u9fff]{2}")


def _placed_interchange(modifier: str) -> bool:
    """Return whether an interchange's modifier is a place with a town's name after it ("甲区乙丙互通": the town of
    the district; issue 11 item 1, part-k40), its tail no generic word ("甲市信息互通" shares
    information between places, no interchange) nor a place of its own ("甲市乙市互通" joins two places)."""
    m = place_re().match(modifier)
    tail = modifier[m.end():] if m else ""
    return bool(tail) and _PLACE_TAIL_RE.fullmatch(tail) is not None and GENERIC_RE.search(tail) is None \
        and place_re().fullmatch(tail) is None
