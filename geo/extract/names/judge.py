"""Judge and normalise candidate names: acceptability, aliases, sections, places."""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.patterns import (
    BRACKET_RE,
    COUNT_RE,
    CUE_RE,
    GENERIC_RE,
    HEAD_RE,
    MULTI_GENERIC_RE,
    NEG_RE,
    QUOTES_RE,
    SELF_NAMED_RE,
    STOP_RE,
    TRAILER_RE,
    Cand,
    head_type,
    place_re,
    region_part_re,
)
from geo.model import EntityType


def protected_spans(span: str) -> list[tuple[int, int]]:
    """Spans of ``span`` where a stop word is not a stop: places and brackets (a new list, the caller's to extend)."""
    return list(_protected_spans(span))


@functools.lru_cache(maxsize=1024)
def _protected_spans(span: str) -> tuple[tuple[int, int], ...]:
    """The spans of :func:`protected_spans`, kept per span: the readers of a name's lead and of a list's items
    ask again for the same words (2,128 calls for 1,768 spans in the 50-document ingest bench, issue 16)."""
    # a place word that is also a verb is the verb when the head follows it directly ("四川打通航道");
    # with more of a name after it, it is the place ("打通镇", "打通至石门", "打通大健康…产业基地")
    # (also when only head or generic words follow it: "打通铁路专用线" opens the siding's clause)
    # (and after an adverb it is the verb whatever follows: "彻底打通X高铁")
    out = [(m.start(), m.end()) for m in place_re().finditer(span)
           if not (STOP_RE.fullmatch(m.group()) and not (m.end() < len(span) and span[m.end()] in lx.PLACE_SUFFIX)
                   and (not GENERIC_RE.sub("", HEAD_RE.sub("", span[m.end() :])) or span[: m.start()].endswith(lx.VERB_ADVERBS)))
           and not _between_stops(span, m.start(), m.end())]
    out += [(m.start(), m.end()) for m in BRACKET_RE.finditer(span)]
    # a stop word inside a compound noun of an industry ("再生资源循环利用园区", "综合利用基地", "摄影基地",
    # "产业融合发展示范园":
    # 摄 ends a photo credit only) or of a works' role ("在线调蓄水库": a reservoir on the line of a
    # transfer, 在 is no stop); trade in and out ("进出口物流园": 进出 of ships is a stop) and a service's
    # first station ("始发站": 始发 of a train is a stop)
    out += [(m.start(), m.end()) for m in _COMPOUND_RE.finditer(span)]
    out += [(m.start(), m.end()) for word in _STOP_COMPOUND_RES for m in word.finditer(span)]
    # a generic word opening with 进出 ("打通进出川高速铁路": the lines in and out of a province, a kind)
    out += [(m.start(), m.end()) for m in _in_out_re().finditer(span)]
    # a town's short form ending in a one-character stop, right before a head ("人和工业园区", "中和工业园"; a name's
    # modifier ends there when the span is one): the town names the item, 和 joins nothing (part-r28: fresh3, fresh30)
    out += [(m.start(), m.end()) for m in _town_stop_re().finditer(span)
            if m.end() == len(span) or HEAD_RE.match(span, m.end())]
    # a route written with 到 between two places ("成都到宜宾高速"): 到 joins the ends like 至;
    # after 从 it is a journey ("从重庆到成都高铁只需1小时"), not a name
    ends = {e for _s, e in out}
    out += [(m.start(), m.end()) for m in _ROUTE_TO_RE.finditer(span)
            if m.start() in ends and place_re().match(span, m.end()) and "从" not in span[: m.start()]]
    return tuple(out)


def _between_stops(span: str, a: int, b: int) -> bool:
    """Return whether the place ``span[a:b]`` is read across two stop words, one ending inside it and one opening
    inside it and running past its end ("向南通过X高铁": 向南 and 通过, not the place 南通): the words are read."""
    ends_inside = any((m := STOP_RE.match(span, k)) and a < m.end() < b for k in range(max(0, a - 4), a))
    return ends_inside and any((m := STOP_RE.match(span, k)) and m.end() > b for k in range(a + 1, b))


_ROUTE_TO_RE = re.compile("到")
#: Each word of :data:`lexicon.STOP_COMPOUNDS` (a fixed word holding a stop character: 有轨电车), compiled once.
_STOP_COMPOUND_RES = tuple(re.compile(re.escape(w)) for w in lx.STOP_COMPOUNDS)
_COMPOUND_RE = re.compile("(?:循环|综合|资源化)利用|在线(?=调|监)|摄影|(?<=产业)融合发展(?=$|示范园|产业园)|进出口|始发站")


def town_short(word: str) -> bool:
    """Return whether ``word`` is a town's short form (``lexicon.TOWN_SHORTS``) that is no stop or function word of a
    clause ("建设")."""
    return word in lx.TOWN_SHORTS and word not in lx.LEFT_STOPS and word not in lx.FUNCTION_WORDS


@functools.cache
def _town_stop_re() -> re.Pattern[str]:
    """Return the pattern of the towns' short forms (``lexicon.TOWN_SHORTS``) that end in a one-character stop word
    ("人和", "中和"), longest first; not a short form that is itself a stop or a function word ("建设"), nor one ending
    in 等, which closes a list ("A、B、永平等6条X": the rules of lists read a place before it)."""
    one = {w for w in lx.LEFT_STOPS if len(w) == 1} - {"等"}
    words = sorted((w for w in lx.TOWN_SHORTS if w[-1] in one and town_short(w) and w[:-1] not in lx.LEFT_STOPS),
                   key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


@functools.cache
def _in_out_re() -> re.Pattern[str]:
    """Return the pattern of the generic words longer than the stop 进出 that open with it (进出川, 进出港)."""
    words = sorted((w for w in lx.GENERIC_WORDS if w.startswith("进出") and len(w) > 2), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def variant_aliases(cand: Cand, head: str) -> None:
    """Add the usual variants of a name as aliases (with/without 工程, the bare section)."""
    name = cand.name
    if name.endswith("工程") and len(name) > 4:
        cand.aliases.append(name[:-2])
    elif cand.type is EntityType.WATER and not name.endswith(("水库", "灌区", "治理", "整治")):
        cand.aliases.append(name + "工程")
    body = name[: len(name) - len(head)] if name.endswith(head) else ""
    if body.endswith("段"):
        cand.aliases.append(body)
    if _GRID_LINE_RE.fullmatch(head) and name.endswith(head) and name != head:
        cand.aliases.append(head)  # "快速路四横线" is the city's "四横线"
    water = _RESERVOIR_WORKS_RE.search(name) if cand.type is EntityType.WATER else None
    if water and water.start() >= 2:
        cand.aliases.append(name[: water.start()] + "水库")  # "X水利工程" is the works of X水库
    works = _WATERWAY_WORKS_RE.search(name)
    if works and works.start() > 2:
        cand.aliases.append(name[: works.start()])  # "小江航道整治" is works on 小江航道


#: A line of a city's grid of expressways, numbered by direction ("六纵线", "四横线").
_GRID_LINE_RE = re.compile("[一二三四五六七八九十]{1,2}[纵横]线")
_GRID_LINE_END_RE = re.compile("[一二三四五六七八九十]{1,2}[纵横]线$")

#: A water project named for its reservoir's place: its conservancy works ("X水利工程", "X水利枢纽").
_RESERVOIR_WORKS_RE = re.compile("(?:水利工程|水利枢纽(?:工程)?)$")

#: A trunk road named by the places it joins, in order ("甲至乙干线公路", "甲—乙—丙干线公路", "甲(某站)至乙干线公路"): a
#: road's name, though 干线公路 alone is the kind.
_TRUNK_ROUTE_RE = re.compile(
    r"[\u4e00-\u9fff]{2,4}(?:[(（][\u4e00-\u9fff]{1,6}[)）])?(?:(?:至|—|-)[\u4e00-\u9fff]{2,4}(?:[(（][\u4e00-\u9fff]{1,6}[)）])?)+干线"
)

#: Works written after a waterway's name: "X航道整治(工程)".
_WATERWAY_WORKS_RE = re.compile("(?<=航道)整治(?:工程)?$")


#: Brackets with what they hold, quote marks, middle dots and dashes: what a modifier is read without.
_MARKS_RE = re.compile(r"[(（][^)）]*[)）]|[“”\"·—\-]")
#: The patterns of :func:`acceptable`, :func:`kind_words`, :func:`core_head`, :func:`places_of` and
#: :func:`_between_regions`, compiled once: they are asked for each candidate (issue 16).
_LOT_RE = re.compile(r"\d+标$")
_LOST_COUNT_RE = re.compile(r"[?？]?[座条个处所]")
_DIGIT_RE = re.compile(r"\d")
_QUOTED_RE = re.compile(r"“([^”]*)”")
_CODE_OR_NUMBER_RE = re.compile(r"[A-Za-z]\d|\d{2,}")
_LATIN_OR_DIGIT_RE = re.compile(r"[A-Za-z\d]")
_WORKS_TAIL_RE = re.compile(r"(工程|项目)$")
_SHARED_HEAD_LEAD_RE = re.compile(r"^(支线|大中型)")
_NOTES_AND_CODES_RE = re.compile(r"[(（][^)）]*[)）]|[A-Za-z]+\d+")
_ROUTE_JOINER_RE = re.compile("[至—\\-]|经(?![济开营贸])")
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
    if head in lx.LINK_HEADS and _kinds_only(modifier):
        return False  # "机场快速通道", "高铁连接线": the link to a kind of site, no site named
    if head in lx.NETWORK_HEADS and (modifier in lx.NATION_WORDS or modifier in lx.MACRO_REGIONS
                                     or _places_network(modifier)):
        return False  # "四川高速", "遵义市高速公路", "荆州南北向高铁", "重庆重大水利工程", "西南电网": a place's network
    scope = lx.SCOPE_CATEGORY_RE.match(modifier)
    if scope and not place_re().search(modifier, scope.end()):
        return False  # "国内千万级大型繁忙机场", "西南地区机场", "西南艰险山区生态铁路": a category over a scope, no item
    if _COUNT_SUM_RE.search(modifier):
        return False  # "湖北“4+2”重大铁路", "西藏“3+1”机场": a group of items counted by a sum, none named
    if _area_network(modifier, head):
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
    if lx.SCOPE_RE.fullmatch(_strip_heads(modifier, head)):
        return False  # "全县铁路", "该市高速路": a scope's network, no item
    if lx.GRADE_RE.search(modifier) and lx.GRADE_LEAD_RE.fullmatch(lx.GRADE_RE.sub("", modifier)):
        return False  # "拟三级公路技术标准", "省道达标三级路": the grade a road is built to, no road named
    if lx.SLOGAN_RE.search(lx.GRADE_RE.sub("", modifier)):
        return False  # "县县通高速", "乡镇通三级公路": a slogan about being connected, not a road
    if head in lx.NETWORK_HEADS and _reached_by(modifier):
        return False  # "X县首次通铁路", "A、B通高铁": a place reached by a kind of line, no line's name
    if head in _BOARDED_HEADS and _boarded(modifier):
        return False  # "县城上高速", "进出甲县上下高速", "刚下高铁": where one gets on or off, no line named
    if _type_adjective(modifier, head):
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
    if head in lx.STRUCTURE_HEADS and _generic_after_line(modifier):
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
    unsized = lx.GRADE_RE.sub("", _MEASURE_RE.sub("", modifier))
    proper = GENERIC_RE.sub("", _MARKS_RE.sub("", unsized))
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
    if not GENERIC_RE.sub("", _strip_heads(unsized, head)):
        return False  # heads of its kind and generic words only: a part or a kind ("机场航站楼", "作业区码头")
    # one-character generic words (新, 大, 老…) are generic on their own, not inside a proper
    # word: "新田港" is a name, "新港" is not
    whole = MULTI_GENERIC_RE.sub("", _MARKS_RE.sub("", modifier))
    return bool(proper) and len(whole) >= max(need, 1)


#: The heads of a trunk line named by the initials of the places it joins ("成渝高速", "大内高速公路").
_INITIALS_HEADS = frozenset({"高速", "高速公路", "高铁", "铁路"})


def _initials_pair(modifier: str, head: str) -> bool:
    """Return whether ``modifier`` before a trunk line's head is the initials of the two places the line joins,
    each of which is also a one-character generic word ("大内高速": 大足, 内江; issue 11), which the test of
    generic words alone would take for no name; not a word of two characters that is generic as a whole."""
    return head in _INITIALS_HEADS and len(modifier) == 2 and modifier[0] != modifier[1] \
        and all(c in lx.ABBREVIATIONS for c in modifier) and MULTI_GENERIC_RE.fullmatch(modifier) is None


#: The heads of a city's ring road named by its role ("内环快速路", "南环高速", "中环线", "二环路").
_RING_ROAD_HEADS = frozenset({"高速", "高速公路", "快速路", "环线", "环路"})
#: The heads a ring's place or order comes right before ("内环线", "二环路"), no role word between.
RING_ORDER_HEADS = frozenset({"环线", "环路"})
#: A city's ring by its role: a direction or an ordinal may come first ("北四环", "二环"), 城市 may open it.
_CITY_RING_RE = re.compile(rf"(?:城市)?[东南西北]?[一二三四五六七八九十]?(?:{'|'.join(lx.RING_ITEM_ROLES)}|中环)")
#: Before 环线 or 环路, the ring's place in the city's rings alone: inner or outer ("内环线", "城市中环线") or its
#: order counted from the centre ("二环线", "第三环路"); a count of rings (两环) is no order.
_RING_ORDER_RE = re.compile("(?:城市)?(?:[内中外]|第?[一二三四五六七八九十])")


#: A suburban line's kind (``lexicon.RAIL_KIND_LEADS``), then the initials of the places it joins, before 线
#: ("市郊铁路璧铜线", "城轨快线渝合线").
_SUBURBAN_LINE_RE = re.compile(lx.RAIL_KIND_LEADS + "(?P<initials>[\u4e00-\u9fff]{2})")
#: A city's rail ring by its mode and side or order ("铁路西环线", "铁路枢纽东环线", "市郊铁路二环线"), or its metro's ring
#: ("轨道环线"), before 环线; "铁路环线" alone is a kind ("发展铁路环线旅游").
_RAIL_RING_RE = re.compile("(?:市郊|市域)?铁路(?:枢纽)?[东南西北二三]|轨道(?:交通)?[东南西北二三]?")


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

#: A size written before a head: voltage, capacity, tonnage, length ("500千伏", "万余公里").
_MEASURE_RE = re.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千万]+)余?(?:千伏|kV|KV|万千瓦|千瓦|兆瓦|万吨级|千吨级|吨级|万吨|公里|米)")


def _kinds_only(modifier: str) -> bool:
    """Return whether ``modifier`` is only kinds of sites and generic words ("机场", "高铁站", "新港区"): no place,
    number (a line's in Chinese numerals too: "五号线") or proper word names one."""
    text = _MARKS_RE.sub("", modifier)
    if place_re().search(text) or re.search(r"[A-Za-z\d]|[一二三四五六七八九十]+号线", text):
        return False
    bare = HEAD_RE.sub("", text)
    return bare != text and not GENERIC_RE.sub("", bare)


@functools.lru_cache(maxsize=1 << 16)
def kind_words(words: str) -> bool:
    """Return whether ``words`` written before a head only tell its kind: line heads of two characters or more,
    directions, age, a grade, a size or a lane count ("高铁", "高铁北", "老", "双向6车道一级"); no place, code or other
    word. An empty string is no kind. (Generic words of a sector, "旅游", "现代农业", or a site, "学校", are not kinds here: with a word before them
    they name sites or roads to them.) Memoised, a pure function of the words: a name's lead is tried from each
    position of its span, 5,600 questions on 2,700 strings in the 50-document ingest bench (issue 16)."""
    text = lx.GRADE_RE.sub("", _MEASURE_RE.sub("", _MARKS_RE.sub("", words)))
    if not words or place_re().search(words) or _LATIN_OR_DIGIT_RE.search(text):
        return False
    # a one-character head is a street's or a line's own part ("X路站", "X线"), no kind
    lines = HEAD_RE.sub(lambda m: "" if head_type(m) in lx.LINE_LIKE and len(m.group()) > 1 else m.group(), text)
    # directions alone name a street's side ("X东西路", "北(海)"): a line, a grade or age must tell the kind
    return not _KIND_ADJECTIVE_RE.sub("", lines) and not _DIRECTIONS_RE.fullmatch(text)


#: Directions and age before a kind's head ("高铁北站", "老路"), told by :func:`kind_words`.
_KIND_ADJECTIVE_RE = re.compile("[东西南北老旧]")
_DIRECTIONS_RE = re.compile("[东西南北]+")


def _strip_heads(modifier: str, head: str) -> str:
    """Return ``modifier`` without quote marks, brackets and head words of ``head``'s type.

    "作业区" before 码头 → "", "全市高速" before 路 → "全市"; "高铁" before 新城 stays (a zone named
    after a line).
    """
    own = HEAD_RE.fullmatch(head)
    # a structure belongs to any line ("铁路支线", "公路大桥"): every line head is of its kind
    kinds = lx.LINE_LIKE if head in lx.STRUCTURE_HEADS else {head_type(own)} if own else set()
    text = _MARKS_RE.sub("", modifier)
    return HEAD_RE.sub(lambda m: "" if head_type(m) in kinds else m.group(), text)


def _generic_after_line(modifier: str) -> bool:
    """Return whether ``modifier`` is a line's name followed only by generic words ("渝黔高速省界")."""
    inner = list(HEAD_RE.finditer(modifier))
    if not inner:
        return False
    tail = modifier[inner[-1].end() :]
    return bool(tail) and not GENERIC_RE.sub("", tail)  # "铁路大桥" is a railway bridge


#: A direction a place's lines run ("南北向", "东西向客运", "南向"): the network's part, no line's name.
_DIRECTION_RE = re.compile("(?:[东西南北]{1,2}向)(?:客运|货运)?$")


#: A sum of counts ("4+2", "“3+1”"): a program's group of items of a kind, named by how many of each.
_COUNT_SUM_RE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十两]{1,2})[+＋](?:\d{1,2}|[一二三四五六七八九十两]{1,2})(?![\d.])")

#: An area's word of a region (lexicon.REGION_WORDS) and the words that after one only say which lines.
_REGION_WORD_RE = re.compile("|".join(map(re.escape, lx.REGION_WORDS)))
_REGION_NETWORK_RE = re.compile("|".join(map(re.escape, lx.REGION_NETWORK_WORDS)))


def _area_network(modifier: str, head: str) -> bool:
    """Return whether ``modifier`` before a line's ``head`` is an area of a region followed only by generic
    words ("川渝地区东向" before 高铁, "西南片区铁路" before 专用线, "黄河流域" before 公路): the area's lines.

    A proper word after the area keeps the name ("成渝地区环线" before 高速), as does a ring's head and a
    route's end before the area ("蒙自至自贸区红河片区(河口)" before 高速铁路).
    """
    own = HEAD_RE.fullmatch(head)
    if not own or head_type(own) not in lx.LINE_LIKE:
        return False
    areas = list(_REGION_WORD_RE.finditer(modifier))
    if not areas or not areas[-1].start() or re.search("[至到—]", modifier[: areas[-1].start()]):
        return False  # no area, a bare area word ("地区高速"), or an area at a route's end
    rest = _REGION_NETWORK_RE.sub("", modifier[areas[-1].end() :])
    if any(role in rest + head for role in lx.RING_ITEM_ROLES):
        return False  # "成渝地区环线" before 高速, "重庆都市圈" before 环线铁路: the area's ring, one line
    if any(GENERIC_RE.sub("", inner) for inner in re.findall(r"[(（]([^)）]*)[)）]", rest)):
        return False  # a place in brackets after the area: a name
    return not GENERIC_RE.sub("", _strip_heads(rest, head))


#: Two modes of transport written together closing a name ("公路水路", "铁路公路"): a sector.
_MODE_PAIR_RE = re.compile("(?:公路|铁路|水路|水运|航空|民航)(?:公路|铁路|水路|水运|航空|民航)$")


def _between_regions(modifier: str) -> bool:
    """Return whether ``modifier`` joins two parts of a region with 到 or 至 ("渝东北到渝东南")."""
    parts = _TO_RE.split(modifier)
    return len(parts) == 2 and all(re.fullmatch(f"(?:{region_part_re().pattern})[东西南北]?", p) for p in parts)


#: Generic words closing a modifier after its place ("重庆重大", "四川地方"): a scale or a scope of the
#: place's works, so the place with them still names its network.
_GENERIC_TAIL_RE = re.compile(f"(?:{MULTI_GENERIC_RE.pattern})+$")


def _place_of_scope(modifier: str) -> str:
    """Return ``modifier`` without the generic words closing it, unless nothing else is left."""
    return _GENERIC_TAIL_RE.sub("", modifier) or modifier


@functools.cache
def _province_names() -> frozenset[str]:
    """Return the provinces' names without their suffix ("陕西", "四川", "内蒙古"): national knowledge."""
    # Imported here: geo.places is heavy and extraction rarely needs it at import (as geo.extract.linking.name_forms).
    from geo.places import region

    return frozenset(re.sub("(?:维吾尔|壮族|回族)?(?:自治区|特别行政区|省|市)$", "", n)
                     for n in region.province_abbreviations().values())


def _province_name(bare: str) -> bool:
    return bare in _province_names()


def _reached_by(modifier: str) -> bool:
    """Return whether ``modifier`` closes with the verb 通 "is reached by" ("永善通" before 高铁, "首次通"
    before 铁路), not with a place whose name ends in 通 ("南通", "昭通")."""
    return modifier.endswith("通") and not any(m.end() == len(modifier) for m in place_re().finditer(modifier))


#: Heads of a road one drives onto or off ("上高速", "下高速公路").
_BOARDED_HEADS = frozenset({"高速", "高速公路", "高铁"})

#: A type adjective as the whole of the words before a head ("疏港型", "园区型"), or an ordinary class ("普通", "普速",
#: "一般", "常规") alone or after a word of comparison or direction ("远超普通", "同向普速"), heads taken out: what kind
#: of works, not which (part-n43). A size ("甲大型水库") is left to the size rules, a shape ("十字型") is a slogan's
#: (lx.SLOGAN_RE); a line's initials before the class ("甲乙普速铁路") name one.
_TYPE_ADJECTIVE_RE = re.compile(
    r"^[\u4e00-\u9fff]{1,2}(?<![大中小微字])型$|(?:^|同向|远超|超过|超出|相当于|不同于|有别于|比|较)(?:普通|普速|一般|常规)$")


def _type_adjective(modifier: str, head: str) -> bool:
    """Return whether ``modifier`` only says what kind of works the head is ("疏港型" before 铁路专用线, "同向普速" before
    铁路, "远超普通" before 高速公路隧道), with no place in it ("甲市港口型" before 物流枢纽 names one)."""
    return _TYPE_ADJECTIVE_RE.search(_strip_heads(modifier, head)) is not None and not place_re().search(modifier)


def _boarded(modifier: str) -> bool:
    """Return whether ``modifier`` closes with a verb of getting on or off a road (:data:`lx.BOARD_VERBS`:
    "县城上" before 高速, "甲县上下"), with no head of its own before it ("甲高速乙互通上下" is left to the
    interchange's rules) and no place whose name ends in that character."""
    return (modifier.endswith(lx.BOARD_VERBS) and not HEAD_RE.search(modifier)
            and not any(m.end() == len(modifier) for m in place_re().finditer(modifier)))


#: The line heads whose network a place names (issue 11 items 1 and 4): after places alone, the place's
#: roads or railways; the gold names a line by its route ("甲至乙高速"), never by one place.
_LINE_NETWORK_RE = re.compile("(?:高速公路|高速铁路|高速|公路|铁路|高铁)$")
#: How a place's own name may be written before a network head: a county town ("县城"), an urban area
#: ("城区"), an autonomous prefecture shortened to 州, or one of :data:`lx.PLACE_SUFFIX`.
_WRITTEN_SUFFIX = f"(?:县城|城区|州|[{lx.PLACE_SUFFIX}])"
_WRITTEN_SUFFIX_RE = re.compile(f"{_WRITTEN_SUFFIX}$")
#: The same suffix, maybe absent, after each place of a chain (:func:`_place_chain`).
_CHAIN_SUFFIX_RE = re.compile(f"{_WRITTEN_SUFFIX}?")
#: A count of lines after the places ("两条", "3条"), or 间 "between" them ("甲、乙区间"): still their network.
_NETWORK_TAIL_RE = re.compile(r"(?:(?:\d+|[一二两三四五六七八九十])条|间)$")


def place_network(name: str, *, listed: bool = False) -> bool:
    """Return whether ``name`` is a line's network head ("高铁", "高速公路"…) after places alone: one place
    ("甲市高速", "甲县铁路", "甲县县城公路") or a chain of places each written with its suffix ("甲省乙县高铁"),
    maybe counted or "between" ("甲区间高速公路"); the places' network, no line. A curated line's name or alias
    (``lexicon.CORRIDOR_NAMES``), a city's ring ("甲南环高速") and a pair of abbreviations ("成渝高速") stay lines.

    Every path that makes a name (a head's walk, a list handing its head to each item, a count's items)
    meets here (:func:`geo.extract.names.candidates.find_candidates`). ``listed``: ``name`` is an item of a list
    whose words say its items are places, so a place word whose characters are also abbreviations is a place.
    """
    head = _LINE_NETWORK_RE.search(name)
    if not head or name in _corridor_names():
        return False
    modifier = name[: head.start()]
    if city_ring(modifier, head.group()) or HEAD_RE.search(modifier) or any(h in modifier for h in lx.NETWORK_HEADS):
        # "南环高速": a city's ring road named by its role (some roles are also place words); "甲城市轨道交通铁路":
        # a list's item named by a head of its own, which the list's shared head only classes
        return False
    places = _NETWORK_TAIL_RE.sub("", modifier)
    # in a list of places (``listed``), a place word whose characters are also abbreviations is a place too,
    # not a pair of ends
    return _places_network(places) or listed and bool(place_re().fullmatch(places))


@functools.cache
def _corridor_names() -> frozenset[str]:
    return frozenset(n for _typ, names in lx.CORRIDOR_NAMES for n in names)


def _places_network(modifier: str) -> bool:
    """Return whether ``modifier`` before a network head is one place or a chain of places (its generic
    scope words and its direction aside: "重庆重大", "荆州南北向")."""
    places = _place_of_scope(_DIRECTION_RE.sub("", modifier))
    return bool(places) and (_one_place(places) or _place_chain(places))


def _place_chain(modifier: str) -> bool:
    """Return whether ``modifier`` is a chain of places, each but the last written with its suffix, the last
    one place ("甲省乙县", "甲省乙市丙县"): a place named inside the places that hold it."""
    parts: list[tuple[str, bool]] = []  # each place as written, and whether a suffix closes it
    pos = 0
    while pos < len(modifier):
        found = place_re().match(modifier, pos)
        if not found:
            return False
        suffix = _CHAIN_SUFFIX_RE.match(modifier, found.end())
        parts.append((modifier[pos : suffix.end()], bool(suffix.group()) or found.group()[-1] in lx.PLACE_SUFFIX))
        pos = suffix.end()
    # ("贵州盘州兴义": places whose names end in 州 with no suffix written are a line's ends, not a chain)
    return len(parts) >= 2 and all(closed for _part, closed in parts[:-1]) and _one_place(parts[-1][0])


def _one_place(modifier: str) -> bool:
    """Return whether ``modifier`` is one place name (with its 省/市… suffix), not a pair of abbreviations."""
    bare = re.sub(f"[{lx.PLACE_SUFFIX}]$", "", modifier)
    if len(bare) < 2 or not place_re().fullmatch(bare):
        return _written_place(modifier)
    if _province_name(bare):
        return True  # "陕西高铁": a province's own name, though each of its characters may be an abbreviation
    # a place written with its 省/市 ("江西省") is one place even when each character is an abbreviation
    return bare != modifier or not all(c in lx.ABBREVIATIONS for c in bare)


def _written_place(modifier: str) -> bool:
    """Return whether ``modifier`` is one place written with a suffix :func:`_one_place` does not strip
    ("甲县县城", "甲州" for an autonomous prefecture) or a county of one character with its 县 (a place word
    as written)."""
    suffix = _WRITTEN_SUFFIX_RE.search(modifier)
    if not suffix:
        return False
    bare = modifier[: suffix.start()]
    if len(bare) == 1:
        return suffix.group() == "县" and modifier in lx.PLACE_SET
    return len(bare) >= 2 and bool(place_re().fullmatch(bare))


def place_like(item: str) -> bool:
    """Return whether a headless list item looks like a place or a place pair."""
    bare = re.sub(r"[(（][^)）]*[)）]", "", item)
    if "至" in bare or "—" in bare:
        return True
    if place_re().fullmatch(re.sub(r"(?<=.)(中部|南部|北部|东部|西部|片区)$", "", bare)):
        return True
    return 2 <= len(bare) <= 4 and all(c in lx.ABBREVIATIONS for c in bare)


def core_head(head: str) -> str:
    """Drop 工程/项目 and size words from a shared head ("航电枢纽工程" → "航电枢纽", "车站" → "站")."""
    if head in ("车站", "客运车站", "货运车站", "站点"):
        return "站"  # "重庆北、垫江等5座(客运)车站", "设A、B等7个站点": 重庆北站, 垫江站
    core = _WORKS_TAIL_RE.sub("", head)
    if core != head and not HEAD_RE.fullmatch(core):
        return head  # "水利工程": without 工程 no head is left ("水利")
    return _SHARED_HEAD_LEAD_RE.sub("", core) or head


def section_ok(sec: str) -> bool:
    """Return whether the text before 段 names a stretch (places, 至, abbreviations)."""
    if sec.endswith("路") and "至" in sec[:-1] and len(sec) >= 6:
        return section_ok(sec[:-1])  # "X线甲镇至乙镇路段": 路段 is the road's stretch between two places
    if joined_ends(sec):
        return True  # "甲镇到乙镇段": the ends joined by a word of prose, read as "甲镇至乙镇段"
    zone = _ZONE_SECTION_RE.fullmatch(sec)
    if zone and not any(r.search(zone.group("name")) for r in (GENERIC_RE, STOP_RE, CUE_RE)):
        return True  # "X高速甲新城段", "Y环线乙高新区段": the stretch crossing a development zone
    if STOP_RE.search(sec) and not place_re().search(sec) or HEAD_RE.search(sec.replace("站", "")):
        return False
    if sec in lx.STRETCH_WORDS:
        return False  # "X高速施工段", "试验段": a stretch named by its role in the works
    bypass = _BYPASS_RE.search(sec)
    if bypass and bypass.start() >= 2:
        return section_ok(sec[: bypass.start()])  # "S205青岭过境段", "X国道红桥城区过境段": a place's bypass
    if "至" in sec or "—" in sec:
        return True
    if place_re().fullmatch(sec) or _nested_places(sec):
        return True  # "江津段"; "四川凉山段": a province and a city
    if len(sec) >= 3 and sec[-1] in "东南西北" and place_re().fullmatch(sec, 0, len(sec) - 1):
        return True  # "X高速公路甲市北段": a place's side
    if 2 <= len(sec) <= 3 and all(c in lx.ABBREVIATIONS for c in sec):
        return True
    # a small place the gazetteer lacks ("六枝段"): two characters, neither generic nor a cue
    return len(sec) == 2 and _CJK_ONLY_RE.fullmatch(sec) is not None and not (
        GENERIC_RE.search(sec) or STOP_RE.search(sec) or CUE_RE.search(sec) or NEG_RE.search(sec)
    )


def joined_section_ok(work: str, start: int, sec: str, end: int) -> bool:
    """Return whether ``sec``, the words before 段 closing the line named at ``work[start:end]``, names a stretch of a
    line another route joins, in words :func:`section_ok` leaves to the whole line: the stretch within a province or
    a city ("与X高速公路云南境段相接", "接Y高速四川境段") or a small place's side ("与Z高速甲乙东段相接"). Gold codes a
    joined line's stretch as an item of its own (part-k42); where nothing joins, such words stay with the whole line
    ("X高速公路四川境段全线通车" is the news's line, told with its stretch)."""
    if not (_JOINED_BEFORE_RE.search(work, max(0, start - 8), start) or _JOINED_AFTER_RE.match(work, end)):
        return False
    if len(sec) >= 3 and sec.endswith("境"):
        return place_re().fullmatch(sec, 0, len(sec) - 1) is not None
    return len(sec) == 3 and sec[-1] in "东南西北" and section_ok(sec[:2])


#: A preposition or verb of joining right before a line's name, maybe with the line's status ("与在建的", "接已建").
_JOINED_BEFORE_RE = re.compile("(?:与|和|同|接)(?:在建|既有|已建成?|已通车|规划)?的?$")
#: A verb of joining right after a line's name ("…段相接", "…段相交").
_JOINED_AFTER_RE = re.compile("相接|相连|衔接|连接|相交|交汇|接轨|顺接")


_CJK_ONLY_RE = re.compile("[\u4e00-\u9fff]+")
#: A development zone named by two to four characters ("甲乙新城", "丙丁高新区"): a line's section may be named
#: for the zone it crosses (lexicon/heads.py keeps the zone's head from reading as a park before 段).
_ZONE_SECTION_RE = re.compile("(?P<name>[\u4e00-\u9fff]{2,4}?)(?:新城|新区|高新区|经开区|开发区|科学城)")
#: A stretch that passes by or around a place ("青岭过境段", "城区过境段", "绕城段").
_BYPASS_RE = re.compile("(?:城区)?(?:过境|绕城)$")


def _nested_places(sec: str) -> bool:
    """Return whether ``sec`` is two or three places written one inside the other ("四川凉山"), each
    maybe with its suffix ("四川省广安", "四川省广安市")."""
    pos, n = 0, 0
    while pos < len(sec) and (m := place_re().match(sec, pos)):
        pos, n = m.end(), n + 1
        if sec[pos : pos + 1] in ("省", "市", "州", "县", "区") and (pos + 1 == len(sec) or place_re().match(sec, pos + 1)):
            pos += 1
    return pos == len(sec) and 2 <= n <= 3


def place_lead(text: str) -> int:
    """Return where the run of places opening ``text`` ends, each place maybe with its administrative suffix
    ("赤水市|通用航空", "泸州市纳溪区|现代农业"), or 0 when ``text`` opens with no place."""
    m = _place_lead_re().match(text)
    return m.end() if m else 0


def places_alone(text: str) -> bool:
    """Return whether ``text`` is a run of places and nothing else, each maybe with its administrative suffix
    ("泸州", "泸州市", "宜宾县"): a list item naming where works are, not works."""
    return bool(text) and place_lead(text) == len(text)


@functools.cache
def _place_lead_re() -> re.Pattern[str]:
    """Return :func:`place_lead`'s pattern, compiled once (made for each call, it fell out of :mod:`re`'s cache)."""
    return re.compile(rf"(?:(?:{place_re().pattern})[{lx.ADMIN_SUFFIX}]?)+")


def all_places(sec: str) -> bool:
    """Return whether every part of "X至Y" is made of known places."""
    return all(_places_re().fullmatch(p) for p in sec.split("至"))


def all_stations(sec: str) -> bool:
    """Return whether every part of "X至Y" is a station named by known places ("重庆站至江津站", "甲东站至乙站")."""
    parts = sec.split("至")
    return all(p.endswith("站") and _places_re().fullmatch(p[:-2] if p[-2] in "东南西北" else p[:-1]) for p in parts)


@functools.cache
def _places_re() -> re.Pattern[str]:
    """Return the pattern of a run of known places, compiled once: built anew for each call, it fell out
    of :mod:`re`'s cache of 512 patterns (the rules hold more) and was compiled again (issue 16)."""
    return re.compile(f"(?:{place_re().pattern})+")


#: A trailer ending a text (compiled once; made for each call, it fell out of :mod:`re`'s cache).
_TRAILER_END_RE = re.compile(f"(?:{TRAILER_RE.pattern})$")


#: A line's second line or branch by the initials of its ends, with no head ("垫忠复线", "甲乙支线").
_SHORT_SECOND_LINE_RE = re.compile("[\u4e00-\u9fff]{2,4}(?:复线|二线|支线)")


def includes_parts(text: str) -> bool:
    """Return whether a bracket's text, with or without its bracket, tells what an item includes ("含Y支线", "(包括B园、C园
    等)"): parts or members named on their own, no note on the item (data/language/name_words.toml inclusion_words)."""
    return text.lstrip("(（").startswith(lx.INCLUSION_WORDS)


def includes_lines(text: str) -> bool:
    """Return whether a bracket's text tells what an item includes and names lines only ("(含Y支线)", "(含S27乙支线)"):
    branch lines of their own. The structures and stations of a line so bracketed ("(含X互通)", "(含Z站)") stay part of
    its works."""
    heads = list(HEAD_RE.finditer(text))
    return includes_parts(text) and bool(heads) and all(
        head_type(m) in lx.LINE_LIKE and (m.group() not in lx.STRUCTURE_HEADS or m.group() in lx.BRANCH_HEADS)
        for m in heads)


def is_alias(text: str, typ: EntityType) -> bool:
    """Return whether a bracketed text is another name of the same item.

    A line's short form by the initials of its ends and its trailer ("X至Y高速公路复线(以下简称XY复线)") is one, though
    no head is written in it. A bracket of what the item includes ("(含Y支线)", "(包括Z站)") is none: it names parts of
    their own.
    """
    if includes_parts(text):
        return False
    if typ in lx.LINE_LIKE and _SHORT_SECOND_LINE_RE.fullmatch(text) and not GENERIC_RE.fullmatch(text[:-2]):
        return True
    text = _TRAILER_END_RE.sub("", text)
    heads = [m for m in HEAD_RE.finditer(text) if head_type(m) is typ]
    if text.endswith("段"):
        return bool(heads)
    return bool(heads) and heads[-1].end() == len(text) and heads[-1].start() > 0


def clean_name(name: str) -> str:
    """Return a name without quote marks and line breaks."""
    return QUOTES_RE.sub("", name)


def joined_ends(sec: str) -> list[str]:
    """Return the two ends of a section joined by a word of prose ("甲镇到乙镇" → 甲镇, 乙镇), else [].

    Only where the text has no 至 or — of its own, each end has two characters or more and is no verb's phrase
    (a stop word in it only inside a place of the gazetteer), and neither holds a head ("通到X站").
    """
    if "至" in sec or "—" in sec:
        return []
    for joiner in lx.SECTION_JOINERS:
        ends = sec.split(joiner)
        if len(ends) == 2 and all(
            len(end) >= 2 and _CJK_ONLY_RE.fullmatch(end) and not HEAD_RE.search(end)
            and not (STOP_RE.search(end) and not place_re().search(end)) and not CUE_RE.search(end)
            for end in ends
        ):
            return ends
    return []


#: What joins a section's ends: 至, a long dash, or an ASCII dash between two characters ("甲-乙段").
_END_JOIN_RE = re.compile("[至—]|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff])")


def split_places(sec: str) -> list[str]:
    """Return the ends of a section's text before 段 ("A至B", "A—B—C", "A-B", "A到B")."""
    parts = joined_ends(sec) or [p for p in _END_JOIN_RE.split(sec) if p]
    if len(parts) >= 2 and parts[-1].endswith("路") and len(parts[-1]) >= 3 and not parts[0].endswith("路"):
        parts[-1] = parts[-1][:-1]  # "A镇至B路段": 路段 is the road's stretch (streets at both ends keep 路: "X路至Y路段")
    return parts if len(parts) >= 2 else [sec]


def places_of(name: str, head: str) -> list[str]:
    """Return the ordered places a name connects ("宜宾至泸州至永川…") or starts with."""
    body = name[: len(name) - len(head)] if name.endswith(head) else name
    body = _NOTES_AND_CODES_RE.sub("", body)
    # 经 joins places only as "via" (A经B至C), never inside 经济/经开/经营.
    parts = [p for p in _ROUTE_JOINER_RE.split(body) if p]
    if len(parts) >= 2:
        return parts
    m = place_re().match(body)
    return [m.group()] if m else []


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
