"""Judge whether an acceptable-looking name is a site: counts, routes, bus lines, places, slogans (issue #11)."""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.patterns import CJK, CLAUSE_STOP, GENERIC_RE, place_re
from geo.model import EntityType

#: A count of built things right after a name ("坝后式电站1座", "渠道电站2座"): a kind, not a name.
#: Also when the names of the counted items follow in brackets ("长隧道2座(A隧道、B隧道)").
_COUNT_AFTER_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)[座个条处台](?=[,，、。;；(（])")

#: Separators of a list's items: a count after the last of listed lines counts the list ("A、B高速公路2条").
_LIST_SEPS = ("、",)
#: What closes a counted group before a 、: a count or its bracket of names ("互通立交2座(A、B)、简易立交2座"),
#: where the 、 joins groups of a tally, not the items of one list.
_GROUP_CLOSE_RE = re.compile(r"(?:(?:\d+|[一二两三四五六七八九十]+)[座个条处台]|[)）])$")

#: One-character heads after which 第一 gives an epithet ("千里梅江第一港", "长江第一桥"; part-q33); a longer head
#: may follow an ordinal of a real name ("安富第一过江通道"), and 第一大 is a rank already (lexicon.RANK_RE).
_FIRST_OF_HEADS = frozenset({"港", "桥", "路"})

#: A bus route: a number before 路 ("川渝20路", "乘坐8路公交").
_BUS_ROUTE_RE = re.compile(r"\d+$")


def not_a_site(work: str, start: int, end: int, modifier: str, head: str, typ: EntityType) -> bool:
    """Return whether an acceptable-looking name is a count, a route, a bus line or a place (issue #11).

    * a count of built things follows it and no place is named ("渠道电站2座"), unless the name is the
      last of a list of lines, which the count counts ("A、B高速公路2条");
    * a port "A至B港" is a shipping route between two places, not a port;
    * "20路" is a bus line;
    * a port named by a river alone is the river's wharves ("嘉陵江沿岸码头"); a golden
      waterway named by more than its river is a slogan ("川渝黄金水道");
    * a zone that is also an administrative area ("X新区"), followed by a town or listed among
      places with an administrative suffix ("途经锦江区、X新区、简阳市"), is a place, not a project;
      so is a zone named as a place by :func:`zone_as_place` (a route's end, a trip's destination,
      a location, the district of a finer area or of a unit).

    * a name inside a quoted slogan that counts kinds of works, or carrying one ("“一航两港四环四铁”",
      "成都市“五港六中心”物流枢纽"), is the slogan's.
    * a road named by a campaign's wish or benefit, in quotes or as what another road becomes, is a
      slogan (:func:`slogan_road`); a region's "first" port, bridge or road ("千里梅江第一港") an epithet.

    A road's toll station named as a landmark is judged by :func:`landmark_stop`.
    """
    if _COUNT_AFTER_RE.match(work, end) and not place_re().search(modifier) \
            and not (typ in lx.LINE_LIKE and work[start - 1 : start] in _LIST_SEPS
                     and not _GROUP_CLOSE_RE.search(work, max(0, start - 6), start - 1)):
        return True  # (the last of listed lines counts the list: "A、B高速公路2条")
    if _in_count_slogan(work, start, end):
        return True
    if typ is EntityType.PORT and "至" in modifier:
        return True
    if head == "路" and _BUS_ROUTE_RE.search(modifier):
        return True
    if head in lx.ROAD_FIGURE_HEADS and (_figure_before(work, start) or head == "路" and _road_verb(modifier)):
        return True  # "像‘康庄大道’", "一条条民生路、幸福路", "铺就腾飞路", "先修路": a figure, not a road
    if head in _FIRST_OF_HEADS and modifier.endswith("第一"):
        return True  # "千里梅江第一港", "长江第一桥": the first of a river's or a region's, an epithet, not a name
    if slogan_road(work, start, end):
        return True  # "建好城区“两用路”", "成为沿线群众的致富路": a campaign's slogan or an epithet, not a road
    if head == "路" and modifier.endswith("一") and work.startswith(lx.ALL_THE_WAY_VERBS, end):
        return True  # "从市中心一路畅通": the adverb "all the way", not a street named X一路
    if typ is EntityType.PORT and _RIVER_ONLY_RE.fullmatch(GENERIC_RE.sub("", modifier)) and not place_re().fullmatch(modifier):
        return True  # "嘉陵江沿岸码头": a river's wharves, not a port
    if head == "黄金水道" and not _RIVER_ONLY_RE.fullmatch(modifier):
        return True  # a golden waterway is its river's ("长江黄金水道"), not a region's slogan ("川渝黄金水道")
    if head in lx.AREA_HEADS:
        if _TOWN_AFTER_RE.match(work, end) or zone_as_place(work, start, end):
            return True  # "终于X经开区关坝镇": the zone locates a town
        return _admin_place_before(work, start) or _admin_place_after(work, end)
    return False


#: Words right before a zone that make it a place (issue #11): a route's end or join ("起于X新区", "止于X新区",
#: "接X新区Y路", "终点接X新区"; not the verbs 连接, 承接), a trip's end ("直达X新区", "到达X新区仅需30分钟",
#: "从A开车到X新区", "从X新区到Y区"). A bare 至/到/连接 or 位于 is not enough: tuning gold codes
#: "A科学城至X新区快速通达", "连接A新区和B新区" and "位于X新区的Y物流园" as items of their own.
_ZONE_PLACE_BEFORE_RE = re.compile(
    rf"(?:起于|起自|止于|终于|终至|终点位于|(?:(?<![{CJK}])|终点|[东西南北])接|直达|到达|从|从[{CJK}]{{1,8}}[到至])$")

#: What follows a zone named as the district of a finer area or of a unit ("X新区悦来片区", "X新区龙盛组团",
#: "X经开区党工委书记"); 管委会 is an organisation already (nonitems).
_ZONE_PART_AFTER_RE = re.compile(rf"(?:[{CJK}]{{1,4}}?(?:片区|组团)|党工委)")


def zone_as_place(work: str, start: int, end: int) -> bool:
    """Return whether a zone ``work[start:end]`` ("X新区", "X经开区") is named only as a place: after a route's end
    or join or a trip's end ("起于X新区", "从A到X新区", "直达X新区"), before a finer area or a unit of it
    ("X新区悦来片区", "X经开区党工委"), or as the place of a clause ("在X新区,"). The zone as the subject or
    object of its own works is an item ("加快建设X新区", "X新区获批设立", "A经开区、B高新区等园区")."""
    if _ZONE_PLACE_BEFORE_RE.search(work, max(0, start - 11), start) or _ZONE_PART_AFTER_RE.match(work, end):
        return True
    return work[start - 1 : start] == "在" and work[end : end + 1] in (",", "，")


#: A road of the same list before a figure's road ("民生路、产业路、" before 幸福路), and quotes.
_ROAD_ITEM_END_RE = re.compile(r"(?:路|大道)[、,，和与及]$")
_QUOTES = "‘’“”\"'「」"


def _figure_before(work: str, start: int) -> bool:
    """Return whether a figure of speech (data/language/name_words.toml figure_markers) stands right
    before the road at ``start``, maybe in quotes or before other roads of its list."""
    before = work[max(0, start - 40) : start].rstrip(_QUOTES)
    while not before.endswith(lx.FIGURE_MARKERS):
        item = _ROAD_ITEM_END_RE.search(before)
        if not item:
            return False
        # the item before: its name runs back to the nearest marker, or to a non-CJK character
        head = before[: item.start()]
        for k in range(1, min(6, len(head)) + 1):
            if head[: len(head) - k].endswith(lx.FIGURE_MARKERS):
                return True
        before = _CJK_RUN_END_RE.sub("", head).rstrip(_QUOTES)
        if before == head:
            return False
    return True


_CJK_RUN_END_RE = re.compile(rf"[{CJK}]+$")


def _road_verb(modifier: str) -> bool:
    """Return whether ``modifier`` ends with a verb of building a road ("先修", "逢山开"), not "新开"."""
    # 开 also closes a name of two places' abbreviations ("梅开路"): after three characters only ("逢山开")
    return len(modifier) >= (3 if modifier[-1] == "开" else 2) and modifier[-1] in lx.ROAD_VERBS and modifier[-2] != "新"


#: A river's name: one to three characters and 江/河 ("嘉陵江", "乌江").
_RIVER_ONLY_RE = re.compile(rf"[{CJK}]{{1,2}}[江河]")
_TOWN_AFTER_RE = re.compile(rf"[{CJK}]{{1,4}}?(?:镇|乡|街道)(?=[^{CJK}])")



_ITEM_BEFORE_RE = re.compile(rf"([{CJK}]{{2,8}})[、和及]$")
_ITEM_AFTER_RE = re.compile(rf"(?:[、和及]|以及)([{CJK}]{{2,8}})")


def _admin_place(item: str) -> bool:
    """Return whether ``item`` ends with a known place and an administrative suffix ("锦江区")."""
    if item[-1:] not in lx.ADMIN_SUFFIX:
        return False
    return any(m.end() == len(item) - 1 for m in place_re().finditer(item))


def _admin_place_before(work: str, start: int) -> bool:
    m = _ITEM_BEFORE_RE.search(work, max(0, start - 10), start)
    return bool(m) and _admin_place(m.group(1))


def _admin_place_after(work: str, end: int) -> bool:
    m = _ITEM_AFTER_RE.match(work, end)
    if not m:
        return False
    item = m.group(1)
    # the next item is the text up to its suffix ("简阳市,资阳市…"): try each cut
    return any(_admin_place(item[: k + 1]) for k in range(1, len(item)) if item[k] in lx.ADMIN_SUFFIX)


#: A clause's bounds (:data:`CLAUSE_STOP`): the works said of a toll station are said in its own clause.

#: A route ending at the stop ("…连接X收费站", "起于X收费站", "至X收费站"): the route's landmark, kept.
_STOP_ROUTE_END_RE = re.compile(r"(?:连接|相接|接|起于|止于|至|到)$")


def landmark_stop(work: str, start: int, end: int) -> bool:
    """Return whether a toll station is named only as a landmark: the place of an event or of a car's
    way ("通车仪式在X收费站举行", "为了避开X收费站"), no works said of it in its own clause and no route
    ending at it (data/language/name_words.toml, service_stop_works)."""
    if _STOP_ROUTE_END_RE.search(work, max(0, start - 2), start):
        return False
    before = [m.end() for m in CLAUSE_STOP.finditer(work, max(0, start - 60), start)]
    after = CLAUSE_STOP.search(work, end, end + 60)
    clause = work[before[-1] if before else max(0, start - 60) : after.start() if after else end + 60]
    return lx.SERVICE_STOP_WORKS_RE.search(clause) is None


#: A short quoted phrase on one line.
_QUOTED_RE = re.compile(r"“([^“”\n]{2,20})”")


#: A quote made only of counted words of one or two characters ("“两线一站”", "“一县双高铁”"): a slogan counting
#: lines, stations or places, whatever its words' kinds (part-n44); an ordinal or a phase ("一号", "二期") counts nothing.
_COUNTED_WORDS_QUOTE_RE = re.compile(r"(?:[一二三四五六七八九十两双多]+[^一二三四五六七八九十两双多号期级\W\d][^\W\d]?){2,}")


def _in_count_slogan(work: str, start: int, end: int) -> bool:
    """Return whether a name is inside a quoted slogan counting kinds of works or holds one (data/language), or is
    inside a quote made only of counted words."""
    for q in _QUOTED_RE.finditer(work[max(0, start - 20) : end + 20]):
        a, b = q.span(1)
        a, b = a + max(0, start - 20), b + max(0, start - 20)
        if (a <= start < b or start <= a < end) and lx.QUOTED_COUNT_SLOGAN_RE.match(q.group(1)):
            return True
        if a <= start < end <= b and _COUNTED_WORDS_QUOTE_RE.fullmatch(q.group(1)):
            return True  # only inside: a name after such a quote is the quote's place ("“两江四岸”甲码头")
    return False


#: The clause before a road made what another thing becomes or is called: a verb of becoming or naming
#: (data/language/name_words.toml slogan_road_verbs) or 把…建成, words up to 的, maybe other roads of its list
#: ("成为沿线群众的致富路、"); 建成 alone is the participle of a street's news ("新建成的幸福路").
_BECOMES_RE = re.compile(
    rf"(?:{lx.SLOGAN_ROAD_VERBS}|把[^,，。;；:：!！?？\n]{{1,16}}?建成)[^,，。;；:：!！?？\n]{{0,16}}?的"
    rf"(?:[{CJK}]{{1,6}}[、和与及])*$")


def slogan_road(work: str, start: int, end: int) -> bool:
    """Return whether the road ``work[start:end]`` is named only by a campaign's wish or benefit or by a
    figure of its look (data/language/name_words.toml slogan_road_words): the whole of a quote ("建好城区“两用路”",
    "启动“脱贫攻坚幸福公路”建设", "开凿“挂壁公路”"), or what a verb of becoming or naming makes another road
    ("X公路成为沿线群众的幸福路", "把X公路建成群众的致富路"). A slogan, not a road; a street of the same words,
    bare, with a place or in a list, stays ("改造幸福路、人民路", "梅城振兴路", "“永曹路”")."""
    opening = max(work.rfind(q, max(0, start - 12), start + 1) for q in _OPENING_QUOTES)
    if opening >= 0 and work[end : end + 1] in _QUOTES and not any(q in work[opening + 1 : start] for q in _QUOTES):
        return _slogan_road_words(work[opening + 1 : end])
    return _slogan_road_words(work[start:end]) and bool(_BECOMES_RE.search(work, max(0, start - 40), start))


_OPENING_QUOTES = "“‘\"「"


def _slogan_road_words(text: str) -> bool:
    """Return whether ``text`` is slogan words and a road's head only (data/language/name_words.toml), no place."""
    return bool(lx.SLOGAN_ROAD_RE.fullmatch(text)) and not place_re().search(text)
