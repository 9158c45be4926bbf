"""Read the modifier before a head: where the item's own name starts in it (after the places a line runs in,
the line a station is on, a metro system written once, a route's ends before 的, a first item joined by 至)
and the other items it names (a route's end sites, a section's stations, the parent line inside a name, the
road before a landmark toll station), and a structure's type by the line it carries.

Hands on offsets and candidates to :mod:`geo.extract.names.head_names`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.names.aliases import clean_name
from geo.extract.names.judge import acceptable
from geo.extract.names.protected_spans import town_short
from geo.extract.patterns import (
    GENERIC_RE,
    HEAD_RE,
    LIST_SEP,
    MULTI_GENERIC_RE,
    NEG_RE,
    SELF_NAMED_RE,
    SENTENCE_BREAK,
    STOP_RE,
    Cand,
    head_type,
    place_re,
)
from geo.extract.stages import spans
from geo.model import EntityType

#: A chain of places each with its suffix (province, city, prefecture, district, county) opening a modifier.
#: (a set, so that the empty string after a place at the modifier's end is no suffix)
_ADMIN_CHAIN_SUFFIX = frozenset("省市州区县")


def admin_prefix_end(modifier: str) -> int:
    """Return where the initials of a line start after a chain of places with their suffixes
    ("湖南省湘西州|吉恩", "贵阳市乌当区|沪昆"), or 0.

    The rest is two or three characters, no place, no generic word, no stop and no word of a line's role
    for the place (:data:`lexicon.PLACE_LINE_ROLES`: "铜仁市环城高速公路", "黔江区过境高速公路" keep their
    names, a ring or a bypass of the place is named by it).
    """
    at = 0
    while (m := place_re().match(modifier, at)) and modifier[m.end() : m.end() + 1] in _ADMIN_CHAIN_SUFFIX:
        at = m.end() + 1
    rest = modifier[at:]
    if not at or not 2 <= len(rest) <= 3 or place_re().match(rest) or GENERIC_RE.search(rest) or STOP_RE.search(rest) \
            or any(w in rest for w in lx.PLACE_LINE_ROLES) \
            or not all("\u4e00" <= ch <= "\u9fff" for ch in rest):
        return 0
    return at


#: The list may be long ("8号线二期、10号线三期、…、27号线一期、30号线一期": eight lines of one plan).
_METRO_LIST_RE = re.compile(r"(轨道交通|地铁|轨道)(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})号线|环线)[^,，。;；:：]{0,90}?[、和及与]$")

#: A metro line named with its system's word earlier in the paragraph ("重庆轨道交通9号线二期…, 线路…与9号线一期贯通").
_METRO_NAMED_RE = re.compile(r"(轨道交通|地铁)[A-Z]?\d{1,2}号?线")


def metro_before(work: str, start: int) -> str:
    """Return the system's word of a metro line listed before ``start`` in the same clause, or of one the
    paragraph named before it when ``start`` follows a joiner ("与9号线一期贯通运营"), or ""."""
    m = _METRO_LIST_RE.search(work, max(0, start - 100), start)
    if m:
        return m.group(1)
    if work[start - 1 : start] not in LIST_SEP:
        return ""
    para = work.rfind("\n", 0, start) + 1
    named = list(_METRO_NAMED_RE.finditer(work, max(para, start - 300), start))
    return named[-1].group(1) if named else ""


#: Words naming an urban rail system: a text that uses one speaks of metro lines when it names a line by its
#: number alone ("重庆轨道交通规划…目前,6号线已开通运营,24号线一期在建").
_METRO_WORD_RE = re.compile(r"轨道交通|地铁|轻轨|城轨|城市轨道|轨道线|轨道[A-Z]?\d")
#: A numbered line of buses, not of rail, right before the number ("公交1号线", "定制公交3号线").
_BUS_BEFORE_RE = re.compile(r"(?:公交|巴士|专线车|班车|旅游专线|客运)[^,，。;；、]{0,4}$")


def bus_before(work: str, pos: int) -> bool:
    """Return whether a bus word stands right before a line's number at ``pos`` ("公交1号线"): a bus route, a
    service, not an item."""
    return _BUS_BEFORE_RE.search(work, max(0, pos - 8), pos) is not None


def metro_text(work: str, start: int) -> bool:
    """Return whether a line named by its number alone at ``start`` is a metro line: the text up to the end
    of its sentence names an urban rail system (:data:`_METRO_WORD_RE`: "…等5条轨道交通线路正在建设中")."""
    return _METRO_WORD_RE.search(work, 0, spans.sentence(work, start, start)[1]) is not None


def station_on_line(modifier: str) -> int:
    """Return where a station's own name starts after the railway or metro line it is on, or 0.

    "轨道交通10号线曾家岩" → after "10号线"; "成渝铁路隆昌" → after "铁路"; after the zone it lies in too
    ("贵安新区皂角坝" → after "新区"). The own name is two to four characters; otherwise 0 (the whole
    modifier is judged).
    """
    lines = [m for m in HEAD_RE.finditer(modifier) if head_type(m) is EntityType.RAILWAY
             or head_type(m) is EntityType.INDUSTRIAL_PARK and m.group().endswith("区")]
    if lines and 2 <= len(modifier) - lines[-1].end() <= 4:
        return lines[-1].end()
    return 0


#: A station's own name of four characters: Chinese characters only.
_OWN_STATION_NAME_RE = re.compile("[\u4e00-\u9fff]{4}")
#: Another station listed right before or after one ("A站、B站", "B站、C站"): the list is of stations.
_STATION_BEFORE_RE = re.compile("[\u4e00-\u9fff]{2,6}站、$")
_STATION_AFTER_RE = re.compile("、[\u4e00-\u9fff]{2,6}站(?:[、,，。;；]|$)")


def landmark_station_name(own: str) -> bool:
    """Return whether ``own`` is a metro station's own name of four characters holding a landmark word that is a
    generic word or a head elsewhere ("金马立交", "滨湖中心", "西湖大学"), read as a name only where the text shows
    it is a station's (:func:`station_context`).

    Not a name: a negative word, or nothing but generic words when those of two characters or more are taken away
    ("物流中心", "货运中心": a kind of hub).
    """
    return bool(_OWN_STATION_NAME_RE.fullmatch(own)) and not NEG_RE.search(own) \
        and len(MULTI_GENERIC_RE.sub("", own)) >= 2


def station_context(work: str, start: int, end: int, on_line: int) -> bool:
    """Return whether the station ``work[start:end]`` is shown to be a station by its text: written after its line
    (``on_line``: "7号线一期滨湖中心站") or listed among other stations ("分别为A站、金马立交站、B站")."""
    return bool(on_line) or bool(_STATION_BEFORE_RE.search(work, max(0, start - 8), start)) \
        or bool(_STATION_AFTER_RE.match(work, end))


def route_before_of(work: str, pos: int, *, towns: bool = False) -> int | None:
    """Return where a route "A至B" / "A到B" of two places starts when it ends with 的 just before ``pos``.

    Each end is a place; with ``towns`` (before a line's head, not a structure's: "甲到乙的大桥" is a wish for a
    crossing) also a town's short form ("甲到乙的一级公路"), not one that is a verb or a function word. The far end may
    be written after the place it lies in ("甲至乙县丙的快速通道").
    """
    if work[pos - 1 : pos] != "的":
        return None
    to = max(work.rfind("至", max(0, pos - 9), pos - 1), work.rfind("到", max(0, pos - 9), pos - 1))
    if to < 0 or not _place_run(work[to + 1 : pos - 1], towns=towns):
        return None
    start = _place_ending_at(work, to, towns=towns)
    if start is None or work[start - 1 : start] == "从":
        return None  # "从重庆到成都的高铁只需1小时": a journey, not a line
    return start


def _place_ending_at(work: str, end: int, *, towns: bool) -> int | None:
    """Return where the longest place (or, with ``towns``, town's short form) ending at ``work[end]`` starts, or
    None."""
    starts = [m.start() for m in place_re().finditer(work, max(0, end - 8), end) if m.end() == end]
    if towns:
        starts += [end - k for k in (2, 3, 4) if end >= k and town_short(work[end - k : end])]
    return min(starts) if starts else None


def _place_run(text: str, *, towns: bool) -> bool:
    """Return whether ``text`` is one or more places (or towns' short forms), nothing else ("甲县乙镇", "乙")."""
    end = len(text)
    while end > 0 and (left := _place_ending_at(text, end, towns=towns)) is not None:
        end = left
    return bool(text) and end == 0


#: A route's joiner right after a whole item's head ("A铁路至B站", "A科学城至B新区", "A水道经B港").
_ITEM_JOINERS = "至到经"


def item_pair_end(modifier: str, head: str, typ: EntityType) -> re.Match[str] | None:
    """Return the head of the first item when ``modifier`` holds a whole item joined to a second by a route's
    joiner ("利用A铁路至B站后", "实现A科学城至B新区快速通达", "A大道至B开发区C大桥", "A水道经B港通江达海").

    The second item is a site (a station, port, park, airport), not a line nor a structure on one, which
    may be named by its two ends ("A机场至B站快速通道", "A路至B长江大桥" keep their names); the item before
    the joiner ends in a head of its own with a word before it ("本线至X站" has none: 本线 is no item).
    """
    if typ in lx.LINE_LIKE:
        return None
    found = None
    for m in HEAD_RE.finditer(modifier):
        at = m.end()
        if m.start() >= 2 and modifier[at : at + 1] in _ITEM_JOINERS and len(modifier) - at > 2 \
                and not place_re().match(modifier, m.start()):
            found = m
    return found


#: Types of a site that may be a route's end ("X机场至Y高速公路", "A至B储气库天然气管道").
_SITE_TYPES = frozenset({EntityType.AIRPORT, EntityType.PORT, EntityType.ENERGY, EntityType.WATER, EntityType.RAIL_STATION})
#: Sites a line goes to, at its last end: named there as where the line leads, no item (part-q39; gold codes none of
#: the ports so named; airports and stations there have no such evidence and stay).
_DESTINATION_SITES = frozenset({EntityType.PORT})


def route_ends(work: str, start: int, hs: int, group: int) -> list[Cand]:
    """Sites named as a route's ends: "黔北(德江)机场至新合朋高速公路" names 黔北(德江)机场 too.

    Each end before a 至 is judged alone; its last head may be followed by generic words only
    ("相国寺储气库天然气"), and the site must be acceptable on its own. A port at the last end, written right before
    the line's head, is where the line goes ("甲市至乙港高速公路", "A新城至丙新港快速路"): tuning gold codes the line, not
    the port, there (part-q39); an airport there stays, as does a store at a pipeline's end ("A至B储气库天然气管道").
    """
    out = []
    pos = start
    parts = work[start:hs].split("至")
    for k, part in enumerate(parts):
        kinds = _SITE_TYPES - _DESTINATION_SITES if k == len(parts) - 1 else _SITE_TYPES
        heads = [m for m in HEAD_RE.finditer(part) if head_type(m) in kinds]
        if heads:
            m = heads[-1]
            rest = part[m.end() :]
            if (not rest or not GENERIC_RE.sub("", rest)) and acceptable(part[: m.start()], m.group(), part[: m.end()]):
                out.append(Cand(pos, pos + m.end(), clean_name(part[: m.end()]), head_type(m), group=group))
        pos += len(part) + 1
    return out


def section_stations(work: str, pos: int, sec: str, group: int) -> list[Cand]:
    """Stations a section is named by ("兰渝高铁重庆西站至潼南段" names 重庆西站 too); none where both its
    ends are stations ("X铁路A站至B站段": a stretch of line between two stations, whose ends are no items)."""
    out = []
    parts = sec.split("至")
    if all(part.endswith("站") for part in parts):
        return out
    for part in parts:
        if len(part) >= 3 and part.endswith("站") and place_re().match(part):
            s = work.index(part, pos)
            out.append(Cand(s, s + len(part), part, EntityType.RAIL_STATION, group=group))
        pos += len(part) + 1
    return out


def structure_type(work: str, start: int, modifier: str) -> EntityType:
    """Return the type of a tunnel or bridge: a railway's when its name or its sentence says so.

    "万州长江铁路大桥", "宜宾临港长江公铁大桥", "成自宜高铁…建成了龙泉山一号隧道" are railway
    structures; others are road structures (issue #11).
    """
    if _RAIL_WORD_RE.search(modifier):
        return EntityType.RAILWAY
    own = [head_type(m) for m in HEAD_RE.finditer(modifier)]
    own = [t for t in own if t in (EntityType.RAILWAY, EntityType.HIGHWAY)]
    if own:
        return own[-1]  # "北滨大道延长线": the line it is built on is named in it
    lo = max(0, start - 200)
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(work, lo, start)]
    lines = [head_type(m) for m in HEAD_RE.finditer(work, breaks[-1] if breaks else lo, start)]
    lines = [t for t in lines if t in (EntityType.RAILWAY, EntityType.HIGHWAY)]
    return lines[-1] if lines else EntityType.HIGHWAY


_RAIL_WORD_RE = re.compile("铁路|公铁|高铁|轨道|城轨")


def inner_parent(cand: Cand, work: str, hs: int) -> Cand | None:
    """A line or port named inside a longer name becomes the parent ("二环路千凤路")."""
    if cand.part_of:
        return None
    body = work[cand.start : hs]
    kinds = {
        EntityType.RAIL_STATION: (EntityType.RAILWAY,),
        EntityType.PORT: (EntityType.PORT,),
        EntityType.HIGHWAY: (EntityType.HIGHWAY,),
    }.get(cand.type)
    if not kinds:
        return None
    for m in HEAD_RE.finditer(body):
        t = head_type(m)
        if t in kinds and m.start() > 0 and len(body) - m.end() >= 2:
            pname = clean_name(body[: m.end()])
            if not acceptable(body[: m.start()], m.group(), pname):
                return None
            cand.part_of = pname
            own = cand.name[m.end() :]
            if cand.type is EntityType.RAIL_STATION and len(own) >= 3:
                cand.aliases.append(own)  # "成渝铁路隆昌站" is also written "隆昌站"
            return Cand(cand.start, cand.start + m.end(), pname, t, group=cand.group, implied=True)
    return None


def line_before_stop(work: str, start: int, modifier: str, group: int) -> list[Cand]:
    """Return the road named before a toll station that is a landmark ("X高速Y收费站" → X高速), if any."""
    roads = [m for m in HEAD_RE.finditer(modifier) if head_type(m) is EntityType.HIGHWAY]
    if not roads:
        return []
    line = roads[-1]
    name = modifier[: line.end()]
    if not (acceptable(name[: line.start()], line.group(), name) or SELF_NAMED_RE.fullmatch(line.group())):
        return []  # (a head that is a whole name is one without a modifier: "止于快速路五横线甲乙立交", part-k42)
    return [Cand(start, start + line.end(), clean_name(name), EntityType.HIGHWAY, group=group)]


#: A city's ring road by its role, opening the name of a structure on it ("内环华岩立交", "北四环甲乙立交"): the
#: ring (a direction and an ordinal may come first), then the structure's own name of two characters or more.
_RING_OPENING_RE = re.compile(
    rf"(?P<ring>[东南西北]?[一二三四五六七八九十]?(?:{'|'.join(lx.RING_ITEM_ROLES)}))(?=[\u4e00-\u9fff]{{2}})")


def ring_before_stop(work: str, start: int, modifier: str, group: int) -> list[Cand]:
    """Return the city's ring road a landmark structure is named on ("止于内环甲乙立交" → 内环), if its name opens
    with the ring's role (data/language/name_words.toml, ring_item_roles); not a ring of a place ("X市外环甲立交"
    opens with the place)."""
    ring = _RING_OPENING_RE.match(modifier)
    if ring is None:
        return []
    return [Cand(start, start + ring.end(), ring.group("ring"), EntityType.HIGHWAY, group=group)]


#: A route's start written before the name it starts at ("从X高速Y互通起"): no part of the road's name.
_FROM_RE = re.compile("[从自]")


def road_at_route_end(work: str, start: int, modifier: str, group: int) -> list[Cand]:
    """Return the road a route's landmark interchange lies on ("止于X高速Y立交" → X高速, "止于内环Y立交" → 内环,
    "从X高速Y互通起" → X高速), if the name opens with it; none when the document names a section of that road
    ("X高速(甲段)", "X高速甲至乙段"): the section is the document's item and the road only its owner."""
    if _FROM_RE.match(modifier) and len(modifier) > 3:
        start, modifier = start + 1, modifier[1:]
    roads = line_before_stop(work, start, modifier, group) or ring_before_stop(work, start, modifier, group)
    if roads and re.search(re.escape(roads[0].name) + r"[(（]?[\u4e00-\u9fff]{1,8}段", work):
        return []
    return roads
