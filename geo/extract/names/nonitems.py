"""Filter names that are no items by what is written around them: a route's end or a landmark, a negative
word after the name, a list of non-items, an organisation, a corridor of lines, a kind, a category, a class,
a quoted epithet, a town named with a kind's word, a city's ring bounding an area ("三环路以内"), a ring that
ways form ("构成一条旅游环线").

Hands on one test, :func:`not_an_item`, to :mod:`geo.extract.names.head_names`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.names.non_names import head_inside_word, person_named, river_reach
from geo.extract.patterns import (
    CJK,
    CLAUSE_BREAK,
    CUE_RE,
    DASH_ITEM_RE,
    DENG_RE,
    GENERIC_RE,
    HEAD_RE,
    LIST_SEP,
    NEG_RE,
    STOP_RE,
    place_re,
)
from geo.model import EntityType


def route_end_landmark(work: str, start: int, end: int, head: str, modifier: str = "") -> bool:
    """Return whether an interchange ``work[start:end]`` is named only where a route starts or ends ("起于渝武高速
    蔡家立交", "北起X高速Y枢纽互通" (on a line named with it), "从X互通起", "至Y高速Z互通", "起A县城东的B枢纽互通", "起于甲区X高速甲至乙段丙枢纽
    互通"), or as the first end of a stretch ("X立交至Y立交主线通车", "起点至X互通段", "X互通至终点段"), or is itself
    a stretch between two interchanges ("甲互通至乙枢纽互通"): a landmark, not a project; so is "可与X高速互通" (the
    verb "to connect with")."""
    return head in lx.INTERCHANGE_HEADS and bool(
        lx.ROUTE_END_RE.search(work, max(0, start - 6), start)
        or work.endswith(_SIDE_STARTS, 0, start) and HEAD_RE.search(modifier)
        or _ROUTE_FROM_TO_RE.search(work, max(0, start - 20), start)
        or _ROUTE_END_CLAUSE_RE.search(work, max(0, start - 40), start)
        or work.startswith("起", end)
        or _STRETCH_TO_RE.match(work, end)
        or _INTERCHANGE_TO_RE.search(modifier)
        or head == "互通" and work[start - 1 : start] in ("与", "和", "同"))


#: A route's start told by its side ("北起X高速Y枢纽互通"): a landmark when the interchange is on a line named in it; one
#: named by its place alone ("西起甲村乙立交") may be built with the route.
_SIDE_STARTS = ("东起", "西起", "南起", "北起")
#: A route's end written with 从/至/到 right before a name, or with 起 before a place and 的.
_ROUTE_FROM_TO_RE = re.compile(r"(?:[从至到]|起[^,，。;；]{1,16}的)$")
#: A route's end word opening the name's clause, with the line and its section the interchange is on between ("起于
#: 甲区X高速甲至乙段"); no break, list or verb of works between (part-n45: a route's ends, several documents).
_ROUTE_END_CLAUSE_RE = re.compile(r"(?:起于|止于|起自|终于|[东西南北][起止])[^,，。;；、:：\n]{0,30}?(?:段|高速|公路|线)$")
#: The other end of a stretch right after an interchange: 至 and another interchange, or the route's end itself.
_STRETCH_TO_RE = re.compile(r"(?:至|到)(?:终点|起点|[^,，。;；、\n]{1,16}?(?:立交|互通))")
#: An interchange and 至 inside a modifier: the name is a stretch between two interchanges.
_INTERCHANGE_TO_RE = re.compile(r"(?:立交|互通)(?:至|到)")


def joined_landmark(work: str, start: int, end: int, modifier: str, head: str) -> bool:
    """Return whether an interchange ``work[start:end]`` named by its place alone (no line in ``modifier``) is
    only where another road or bridge joins or passes ("X路连接甲立交、乙立交", "大桥西相接甲区乙立交主线桥",
    "与甲枢纽互通相接", "在甲互通处相接", "经甲立交,止于乙立交"): a landmark of that work, not a project.
    An interchange on a line named before it ("顺接X高速甲立交") or with works of its own is left to the other rules.
    """
    if head not in lx.INTERCHANGE_HEADS or HEAD_RE.search(modifier):
        return False
    stop = _CLAUSE_BREAK_BEFORE_RE.search(work, max(0, start - 40), start)
    clause = work[stop.end() if stop else max(0, start - 40) : start]
    return bool(_JOIN_BEFORE_RE.search(clause) or _VIA_LIST_RE.search(clause) or _JOIN_AFTER_RE.match(work, end))


#: The clause's start before a name: the last comma, full stop or semicolon.
_CLAUSE_BREAK_BEFORE_RE = re.compile(r"[,，。;；](?=[^,，。;；]*$)")
#: A verb of joining or passing right before the interchange, or before the interchanges listed ahead of it
#: ("连接甲立交、乙立交以及丙立交"); not 已经 or 曾经 (经 of time).
_JOIN_BEFORE_RE = re.compile(
    r"(?:连接|相接|相连|衔接|顺接|[东西南北]连|[东西南北]接|(?<![已曾])经|交叉(?:形成|设置?))"
    r"(?:[^,，。;；、]{1,12}?(?:立交|互通)(?:、|和|及|以及|与))*$")
#: A route's waypoints listed before the interchange ("途经甲风景区、乙景区及丙枢纽互通", "依次向西经过甲大桥、乙隧道、丙
#: 立交"): the interchange is one waypoint of a route described (part-n45).
_VIA_LIST_RE = re.compile(r"(?:途经|经过)(?:[^,，。;；、]{1,16}?(?:、|和|及|以及))+$")
#: A verb of joining right after the interchange ("与甲枢纽互通相接", "在甲互通处相接"), or the line it joins
#: the route to written after it, in its clause or the next ("设甲枢纽互通接X高速", "设甲立交与X高速相接",
#: "通过甲枢纽互通,与X高速相接"); not a connecting road of its own ("甲互通接线", "甲互通连接线").
_JOIN_AFTER_RE = re.compile(
    r"处?(?:相接|相连|相交|衔接|交汇)"
    r"|接(?![线入到])[^,，。;；]{0,24}?(?:高速|公路|铁路|国道|省道)"
    r"|[,，]?与[^,，。;；]{1,30}?(?:相接|衔接|相连|相交|交汇)(?!的)")


def designed_part(work: str, start: int, end: int, head: str) -> bool:
    """Return whether an interchange ``work[start:end]`` is one of the parts a line's design counts: named after
    the count ("设互通式立交7处,其中枢纽互通2处,分别为甲枢纽互通、乙枢纽互通"), or set before a counted list of
    parts ("设有甲枢纽互通和乙、丙三处落地互通"). A line's design, not a project (as in
    :func:`geo.extract.names.lists.shared_head_list`); an interchange set without a count ("设置甲互通和乙互通") is left
    to the other rules."""
    if head not in lx.INTERCHANGE_HEADS:
        return False
    return bool(_COUNTED_BEFORE_RE.search(work, max(0, start - 60), start)
                or _SET_BEFORE_RE.search(work, max(0, start - 6), start) and _COUNTED_AFTER_RE.match(work, end))


_COUNT = r"(?:\d+|[一二两三四五六七八九十]+)[处个座]"
#: A count of parts, then 分别为 and the names before this one ("7处,分别为甲互通、").
_COUNTED_BEFORE_RE = re.compile(rf"{_COUNT}[,，:：]?分别[为是](?:[^,，。;；]{{1,16}}?、)*$")
#: A verb of setting right before the name ("设有", "设置"); not 建设.
_SET_BEFORE_RE = re.compile(r"(?<!建)设(?:有|置|立)?了?$")
#: Another counted list of interchanges joined after the name ("和乙、丙三处落地互通").
_COUNTED_AFTER_RE = re.compile(rf"(?:和|及|、)[^,，。;；]{{1,16}}?{_COUNT}[^,，。;；]{{0,6}}?(?:互通|立交)")


def not_an_item(work: str, start: int, end: int, hs: int, he: int, modifier: str, head: str,
                typ: EntityType) -> bool:
    """Return whether the name ``work[start:end]`` (head ``work[hs:he]``) is no item by what is written around it:
    a route's end, a negative word after it, a list of non-items, an organisation, a corridor, a kind, a class.
    """
    if route_end_landmark(work, start, end, head, modifier) or joined_landmark(work, start, end, modifier, head) \
            or designed_part(work, start, end, head):
        return True
    if person_named(work, start, hs, he, end) or head_inside_word(work, start, end) or river_reach(work[start:end]):
        return True  # a person's name, a fixed word, a river's reach: text that is no item's name (part-q42)
    negative_after = (NEG_RE.match(work, end) and not work.startswith(("口岸", *lx.DESCRIPTORS), end)
                      and not _PLAN_VERB_RE.match(work, end))
    if negative_after or lx.negative_after(work, end) or _quoted_before(work, start, end, _ERA_OR_PATTERN):
        return True  # (a whole quote before an era or a pattern: "形成“引甲济乙”格局", part-n44)
    if _in_negative_list(work, end) or (_route_part(modifier) and head not in lx.CHAIN_HEADS) or _org_after(work, he, typ):
        return True
    corridor = lx.CORRIDOR_AFTER_RE.match(work, end) if typ in lx.LINE_LIKE else None
    if corridor and "预留" not in work[max(0, start - 4) : hs] and not _route_of_its_own(modifier, corridor.group()):
        # "形成沿江高铁通道", "X高速公路省际通道又增加一个", "北上高铁快运通道": a corridor of lines, not one line;
        # "预留X高速铁路通道" reserves the corridor of a planned line, which is an item
        return True
    if lx.COPULA_RE.match(modifier) and work[start - 1 : start] and HEAD_RE.search(work, max(0, start - 6), start):
        return True  # "X水库属中型水库": the kind an item belongs to
    if start > 0 and DENG_RE.match(work, start - 1) and modifier and not place_re().search(modifier):
        return True  # "开工建设甲港等集疏港铁路专用线": the kind a list's items share, written after its 等 (part-n43)
    if lx.COPULA_RE.match(modifier) and work[start - 1 : start] in _CLAUSE_OPENERS \
            and (lx.GRADE_RE.search(modifier) or _SIZE_CLASS_RE.search(modifier)):
        # "X铁路全长130公里,属国铁I级双线铁路", "X水库库容1亿立方米,属大(2)型水库": the class of the clause's subject,
        # told by its grade (part-n43) or its size class (part-n44)
        return True
    opening = HEAD_RE.match(modifier)
    if opening and lx.COPULA_RE.match(modifier, opening.end()):
        return True  # "该机场属国内民用支线机场": a bare head, its copula, then the kind it belongs to
    if head == "站" and work.startswith("在", end) and work.startswith(lx.STAND_AT, end + 1):
        return True  # "他们既站在前列": 站 is the verb "to stand"
    if _ONE_OF_RE.match(work, end):
        return True  # "“城市过境环线高速公路”之一": a category the item belongs to
    if head in _NUMBERED_KIND_HEADS and _WAY_VERB_END_RE.search(modifier) \
            and not any(p.end() == len(modifier) for p in place_re().finditer(modifier)):
        return True  # "需绕行国道", "乘坐长途大巴沿国道": the way a trip takes, told by its kind (part-k42)
    if _QUANTIFIED_RE.search(work[max(0, start - 8) : start]):
        return True  # "布局一批多式联运型物流基地": a class of items, none named
    if typ in lx.LINE_LIKE and _RING_NAME_RE.search(work, start, end) and _AREA_AFTER_RE.match(work, end):
        return True  # "三环路以内", "内环快速路以外区域", "二环路、甲组团等重点区域": an area a ring bounds, no works
    if _formed_ring(work, start, end):
        return True  # "两条高速构成一条A旅游环线", "形成了环B山旅游环线": the shape of ways, no works
    if head in _TOWN_LIKE_HEADS and _PLACES_AFTER_RE.match(work, end):
        return True  # "璧山大路境内", "为甲县大桥、伏虎、升钟片区群众": a town whose name ends in a kind's word
    if head in _TOWN_LIKE_HEADS and _VIA_TOWN_RE.search(work, start, end) and _WAYPOINTS_AFTER_RE.match(work, end):
        return True  # "后经大路、河边、福禄至乙镇": the first of a route's waypoints, a town (part-n43)
    if _DESCRIBED_RE.search(work, max(0, start - 60), start) and _CJK_ONLY_RE.fullmatch(modifier) \
            and not place_re().search(modifier) and not all(c in lx.ABBREVIATIONS for c in modifier[:2]):
        # "X是中国第一条…的山区高速铁路", "这是一条…的民生路、幸福路": what X is, no other item (a place, a code
        # or a route's initials still name one: "是一条连接A和B的万开高速", "…的G5012高速")
        return True
    return _epithet(work, start, end)


#: An era or a pattern a quoted name may qualify ("形成“引甲济乙”格局", "迈入“甲乙高铁”时代").
_ERA_OR_PATTERN = ("格局", "时代")


def _quoted_before(work: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Return whether the name ``work[start:end]`` is a whole quote right before one of ``words``."""
    return work[start - 1 : start] == "“" and work[end : end + 1] == "”" and work.startswith(words, end + 1)


#: Marks before a clause whose subject is the sentence's, left unwritten (",属…").
_CLAUSE_OPENERS = frozenset(",，;；")
#: A works' size class, maybe with its grade in brackets ("大型", "大(2)型", "小（一）型").
_SIZE_CLASS_RE = re.compile(r"[大中小](?:[(（][12一二][)）])?型")


#: A predicate that counts its subject as one of a kind ("是一条", "是中国第一条", "成为又一座") and describes it up
#: to 的, maybe before other nouns of its list ("的民生路、协同路和"): a name closing it without a place is a
#: description of the subject, not an item of its own ("梅青铁路是中国第一条桥隧比超过98%的山区高速铁路").
_DESCRIBED_RE = re.compile(
    r"(?:是|成为)[^,，。;；:：!！?？\n]{0,12}?(?:一|首|第一|又一|唯一)[条座个处][^,，。;；:：!！?？\n]{0,30}?的"
    rf"(?:[{CJK}]{{1,10}}[、和与及])*$"
)
_CJK_ONLY_RE = re.compile(f"[{CJK}]+")


#: A ring road's name: a city's ring by its order or role, or a bypass ("二环路", "内环快速路", "甲市绕城高速");
#: not a road around a lake or a mountain ("环湖公路").
_RING_NAME_RE = re.compile("[一二三四五六七八九十内中外][环環]|[绕繞环環]城")
#: What follows a ring that bounds an area: within or outside it, its sides, the area it encloses, or the areas its
#: list closes with ("二环路、甲组团等重点区域"); not its section ("内环以内段" is none written).
_AREA_AFTER_RE = re.compile(
    rf"(?:(?:以|之)[内外]|[内外]侧|内外|范围|区域|片区|(?:[、和及与][{CJK}]{{1,8}}?)+等(?:重点)?(?:区域|片区))"
    rf"(?![{CJK}]{{0,2}}段)")


#: What follows a place, not a works: the area within it (境内, 辖区, 片区), maybe after other short places
#: of its list ("甲县大桥、伏虎、升钟片区"); not a province's section of a line ("X高速境内段"). Asked only
#: of heads that also end towns' names (大桥镇, 大路镇): a line's name before 境内 is the line ("X高速境内长").
_TOWN_LIKE_HEADS = frozenset({"大桥", "大路", "桥", "路"})
#: A route's waypoint after 经 ("后经大路"), and the other waypoints after it up to the route's end ("、河边、福禄至").
_VIA_TOWN_RE = re.compile(rf"经[{CJK}]{{1,3}}$")
_WAYPOINTS_AFTER_RE = re.compile(rf"(?:、[{CJK}]{{1,4}}?)+[至到]")
_PLACES_AFTER_RE = re.compile(rf"(?:[、和及与][{CJK}]{{1,4}}?)*(?:境内|辖区|片区)(?![{CJK}]{{0,2}}段)")


#: Words that give a thing a nickname or a role in quotes after them ("被誉为“X”", "素有“X”", "打造成为
#: …“X”"), with a few words between the verb and the quote ("打造成为平原经济区“X”"). 被称为 and 称作 are
#: left out: they also give an item its own name ("该机场被称为“X机场”"), which a gate annotator codes.
_EPITHET_BEFORE_RE = re.compile(r"(?:被?誉为|号称|人称|素有|堪称|打造成为?|打造为)[^“”\"，,。;；:：]{0,10}$")
#: Words after a closing quote that make its text a nickname or a standing ("“X”之称", "“X”美誉", "“X”地位").
_EPITHET_AFTER_RE = re.compile(r"(?:之称|的?美誉|的?称号|地位)")
#: A verb of naming before the quote, when 的 and a named item of its kind follow it ("被称作“X机场”的Y机场"): the
#: item after 的 is given the quote as a nickname (part-q33). Otherwise the quote may be the item's own name
#: ("该线路被称为“X铁路”", "被称为“X快速路”的道路").
_NAMED_AS_RE = re.compile(r"(?:称为|称作|叫作|叫做)[^“”\"，,。;；:：]{0,4}$")


def _route_of_its_own(modifier: str, corridor: str) -> bool:
    """Whether a line named by its ends before a plain or new corridor word is one line ("甲至乙铁路新通道", "甲至乙高铁
    通道"), not a corridor of lines: a route described with 的 ("甲至乙的高铁主通道") or a double or main corridor
    ("甲至乙高速公路双通道") is one."""
    return "至" in modifier and "的" not in modifier and corridor in ("通道", "新通道")


def _epithet(work: str, start: int, end: int) -> bool:
    """Return whether the name ``work[start:end]`` lies in quotes that give something a nickname or a
    role ("号称“最美高铁”的X高铁", "将X港打造成为…“Y港”", "“X立交桥”地位凸显", "素有“X”之称", "被称作“Y机场”的
    X机场"): an epithet, not an item; the thing given it, if named, is the item."""
    opening = max(work.rfind("“", max(0, start - 4), start + 1), work.rfind('"', max(0, start - 4), start + 1))
    if opening < 0 or "”" in work[opening:start]:
        return False
    closing = work.find("”", end, end + 5)
    if closing < 0 or "“" in work[end:closing]:
        return False
    return bool(_EPITHET_BEFORE_RE.search(work, max(0, opening - 16), opening)
                or _EPITHET_AFTER_RE.match(work, closing + 1)
                or _NAMED_AS_RE.search(work, max(0, opening - 8), opening) and _named_after(work, end, closing))


def _named_after(work: str, end: int, closing: int) -> bool:
    """Return whether 的 and an item of its own name of the quoted name's kind follow the closing quote
    ("“云端机场”的梅溪机场"; not "“X快速路”的道路", "“X港”的重要港口")."""
    after = re.match(rf"的([{CJK}]{{2,8}}?){re.escape(work[end - 1 : end])}", work[closing + 1 : closing + 14])
    return bool(after) and bool(GENERIC_RE.sub("", after.group(1)))


#: A quantifier, maybe with a scope word, just before a name ("一批全国…学校", "布局一批…物流基地").
_QUANTIFIED_RE = re.compile("(?:" + "|".join(lx.QUANTIFIERS) + ")(?:全国|全省|全市|本市|我市|我区)?$")


#: A verb of forming or making up, then up to the name the words of its object in one clause ("构成一条独具特色的").
_FORMED_BEFORE_RE = re.compile(r"(?:形成|构成|构建起?)了?[^,，。;；:：!！?？、()（）\n]{0,16}$")


def _formed_ring(work: str, start: int, end: int) -> bool:
    """Return whether a ring ``work[start:end]`` ("X环线") is the object of a verb of forming in its clause
    ("形成了环甲山旅游环线", "构成一条独具特色的乙旅游环线", "构建起丙经济区高速公路环线"): the loop that ways already
    built or named before make together, a shape of the network, not works of its own (issue 11 item 1). A ring built
    ("加快建设甲环线") or named elsewhere as its works ("铁路二环线的规划开建") keeps those mentions."""
    return work.endswith("环线", start, end) and bool(_FORMED_BEFORE_RE.search(work, max(0, start - 24), start))


#: A name followed by 之一 names a category ("是…“X”之一").
_ONE_OF_RE = re.compile(r"[”\"]?之一")
#: Kinds of road named only with their number ("国道318", "G318国道"): after a verb of way they are a trip's way.
_NUMBERED_KIND_HEADS = frozenset({"国道", "省道"})
#: A verb or preposition of way closing the words before such a kind ("绕行", "沿", "经"); not a place ending in one
#: of them ("荥经").
_WAY_VERB_END_RE = re.compile("(?:绕行|途经|沿|经|走)$")

#: 计划/规划 as the verb of the item's clause ("X计划2024年开工", "X计划9月建成通车", "X规划建设"), not a plan
#: named after it ("X计划", "X计划编制").
_PLAN_VERB_RE = re.compile(
    r"计划(?=20\d\d|\d{1,2}月|[一二三四五六七八九十]{1,3}月|于|在|将|今年|明年|后年|年内|年底|年末|上半年|下半年|本月|下个?月|月底|月末|年中|第?[一二三四]季度|春节|国庆|元旦|五一|端午|中秋"
    r"|近期|开工|建成|通车|完工|竣工|总投资|投资)"
    r"|规划(?=建设|新建|建成|研究|布局|实施|中的)"  # "依托X铁路规划建设": 规划 is the verb, not a plan's name
    r"|规划(?=等级|标准|线位|里程|长度)"  # "将X航道规划等级由四级提升为三级": the item's planned grade
)

#: A head followed by a unit name is part of an organisation ("中国铁路成都局集团有限公司",
#: "X经开区管委会"); 布局, 格局, 全局, 大局 are no bureau ("沿X高速布局物流园区"), and a verb before the
#: unit makes it the item's partner, not its owner ("X机场获民航局批复", "X站获得国铁集团批复").
#: A company named after its site reaches further ("X物流园建设发展有限公司"). An office of roads or ports is one too
#: ("X公路事务中心", "X公路养护中心", "X航道管理处", "X市港航中心").
_ORG_AFTER_RE = re.compile(
    rf"(?:(?![获得经报向由与和及被请交])[{CJK}]){{0,4}}?(?:(?<![布格全大])局|集团|公司)|[{CJK}]{{0,8}}?有限(?:责任)?公司|管委会|管理委员会"
    r"|(?:事务|养护|管理)中心|管理[处所]|(?<=港)航(?:务|运)?(?:事务|管理|发展)?中心"
)

#: A company of its own name right after a park ("X工业园区Y科技股份有限公司", "X工业园Z材料有限公司"): a tenant at the
#: park, which the text names as its address; a company of the park's own business ("X工业园区开发建设有限公司",
#: ``name_words.toml``: site_company_words) is the park's owner, as "X物流园建设发展有限公司" is.
_TENANT_RE = re.compile(rf"(?P<own>[{CJK}]{{2,8}}?)有限(?:责任)?公司")
_SITE_COMPANY_WORDS_RE = re.compile(lx.SITE_COMPANY_WORDS)


def _org_after(work: str, he: int, typ: EntityType) -> bool:
    """Return whether an organisation's name follows the head ending at ``he`` and owns the name (:data:`_ORG_AFTER_RE`);
    a park's tenant (:data:`_TENANT_RE`) does not: the park is named as the company's address, an item."""
    m = _ORG_AFTER_RE.match(work, he)
    if not m:
        return False
    tenant = _TENANT_RE.fullmatch(m.group()) if typ is EntityType.INDUSTRIAL_PARK else None
    return not (tenant and not _SITE_COMPANY_WORDS_RE.search(tenant.group("own")))


#: A corridor word right after a line's head ("沿江高铁通道", "川渝高速公路省际通道", "高速公路双通道", "X至Y的高速铁路
#: 主通道", "高铁骨干通道"): the noun is the corridor; a corridor that is itself a project ("X铁路通道项目") is one.
def _in_negative_list(work: str, end: int) -> bool:
    """Return whether the item is one of a list of non-items ("春熙路、…等世界知名商圈", "…图书馆、博物馆合作联盟")."""
    dash = DASH_ITEM_RE.match(work, end)  # "春熙路—太古里、…": a pair joined by a dash
    end = dash.end() if dash else end
    if work[end : end + 1] not in LIST_SEP:
        return False
    m = CLAUSE_BREAK.search(work, end)
    rest = work[end : m.start() if m else len(work)]
    if "等" in rest:
        tail = rest[rest.rindex("等") + 1 :]
    else:  # no shared noun: look only at what follows the last item's head ("博物馆合作联盟")
        heads = list(HEAD_RE.finditer(rest))
        tail = re.split("[、和及与]", rest[heads[-1].end() :])[0] if heads else ""
    cut = [x.start() for x in (STOP_RE.search(tail), CUE_RE.search(tail)) if x]
    tail = tail[: min(cut)] if cut else tail  # only the noun the list shares, not the verb after it
    return bool(lx.TAIL_NEGATIVE.search(place_re().sub("", tail)))


def _route_part(modifier: str) -> bool:
    """Return whether a dash-joined modifier strings several sites together (a tour route)."""
    parts = modifier.split("—")
    return len(parts) > 1 and any(HEAD_RE.search(p) for p in parts[:-1])
