"""Read places out of project names: abbreviations, X至Y lists, sections, names inside names."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from shapely.geometry import LineString, Point

from geo.places.borders import border_stem, edge_toward, shared_border
from geo.places.compact import CompactReading, read_compact
from geo.places.compact_chars import LEVEL_ORDER, resolve_char
from geo.places.gazetteer import Gazetteer
from geo.places.metric import gap_m
from geo.places.records import Corridor, Level, Place, short_name, unit_prefix
from geo.places.region import abbreviation_units, province_abbreviations, region
from geo.places.text_named import text_named_reading
from geo.places.words import common_word, counted_word, street_word

#: Words that end a line's name (the kind of line), longest first. 客专 (客运专线) and 快速公路 close
#: a compact name too: 甲乙客专, 甲乙丙快速公路 are read 甲乙, 甲乙丙, not with 客专 or 快速 as initials.
_LINE_WORDS = ("高速公路", "高速铁路", "快速铁路", "普速铁路", "重载铁路", "城际铁路", "市域铁路", "城轨快线", "客运专线", "客专",
               "快速通道", "快捷通道", "快速公路", "快速路", "铁路", "高铁",
               "高速", "国高", "城际", "航道", "公路", "国道", "省道", "大道", "连接线", "联络线", "旅游环线",
               "环线", "复线", "扩能", "改造", "加宽", "改线")
#: Kind words of an urban street: its stem is a local name, never a row of initials.
_STREET_WORDS = ("大道",)
LINE_SPLIT = re.compile(r"[至到—–\-－~～、]+")
#: "经" between two places of a line's name (重庆经叙永至筠连); not the 经 of 经开区.
_VIA = re.compile(r"经(?!开)")
_LINE_HEAD = re.compile("|".join(_LINE_WORDS))
_LINE_MODIFIERS = re.compile(r"(中线|北线|南线|东线|西线|复线|二线|直线|支线|原路|扩容|扩能|改扩建|改造|加宽|升级|出境|出川|入川|出渝|入渝|过境|工程|项目)")
BRACKETS = re.compile(r"[（(]([^（()）]*)[）)]")


def facility_name(name: str) -> str:
    """Return a name as the facility it names reads: without its bracketed notes and a closing 工程 or 项目
    ("甲港(二期)工程" → 甲港)."""
    return BRACKETS.sub("", name).removesuffix("工程").removesuffix("项目")


#: A road's number before its ends: G321线, S308线, and the bare number after the network's word
#: (国道321线纳溪到叙永段: 国道 is cut as a kind word, 321线 is no part of 纳溪), also without 线
#: (国道227甲乙至丙段: a digit is never part of a place's name); a network's number (7射, 3纵) is not.
_ROAD_CODE = re.compile(r"^(?:[GSX]\d+(?:线|国道|省道|县道)?|\d+线?(?![\d纵横射联环]))")
#: A local road named by two initials and its kind (甲乙路, 甲乙大道, 甲乙快速干道): the two
#: neighbouring units it joins, when they read so (:func:`_local_road`).
_LOCAL_ROAD = re.compile(r"([\u4e00-\u9fff]{2})(?:路|大道|快速干道|干道)?")
#: Farthest apart the two units of such a local road may lie (眉山–乐山 ~70 km); farther, the
#: initials are a street's own name (南滨路: no road from 南充 to 滨州).
LOCAL_ROAD_M = 120_000
#: A line's number in a national or provincial network and the network's word, around its
#: ends: 第10纵兰州至海口国家高速公路, 横3线甲至乙省级高速 (the ends are 兰州 and 海口).
_NETWORK = re.compile(r"^第?[0-9一二三四五六七八九十]+[纵横射联环](?:线)?|^[纵横射联环][0-9一二三四五六七八九十]+线?|(?:国家|省级|省)$")
#: "Along the river" after a line's initials describes it (沪渝蓉沿江高铁 runs 上海—重庆—成都).
_ALONG_RIVER = "沿江"
#: One character in brackets inside a compact name is a waypoint of it: 南(潼)泸 is 南充—潼南—泸州.
_INLINE_INITIAL = re.compile(r"(?<=[\u4e00-\u9fff])[（(]([\u4e00-\u9fff])[）)](?=[\u4e00-\u9fff])")
_SECTION = re.compile(r"([\u4e00-\u9fffA-Za-z0-9—–\-－~～至到、]+?)段")
#: A line's part in a province written with 境 and no 段 (甲至乙(四川境)高速): the words up to it.
_PROVINCE_REACH = re.compile(r"([\u4e00-\u9fff]+?境内?)")
#: A date, an hour or a length run into a name by the sentence (10月1日威宁至宣威高速公路…通车;
#: 9月29日14时甲至乙高速公路…; 30公里甲乙快速通道已全线通车): never part of a place.
_LEADING_DATE = re.compile(r"^(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|\d{4}年(?:\d{1,2}月)?|\d{1,2}月)?"
                           r"(?:\d{1,2}[时時](?:\d{1,2}分)?)?(?:全长)?(?:\d+(?:\.\d+)?(?:公里|千米))?")
#: One character completed in brackets to its place's short form: 成(都)南(充)达(州)万(州)铁路.
_COMPLETED = re.compile(r"([\u4e00-\u9fff])[（(]([\u4e00-\u9fff]{1,2})[）)]")

class Context(tuple[str, ...]):
    """Strings for resolving places: the document's (issuer, title) then the item's own places.

    ``doc`` keeps the document strings apart: they alone say which area a
    document is about.
    """

    doc: tuple[str, ...]
    #: Places the document itself locates (大罗 → 打通, from "打通镇大罗供水…"), see
    #: :func:`geo.places.localities.document_localities`; inherited from a ``doc`` that has them.
    localities: dict[str, Place]
    #: Adcodes of the cities and counties the item's own sentences name (盘州 and 兴义 in
    #: "盘兴高铁所连接的盘州是…，兴义则是…"): a compact name's initials are read among them first
    #: (:func:`geo.places.compact.read_compact`); inherited from a ``doc`` that has them.
    #: (Given as a function, it is worked out on first use: only compact names read it, and scanning
    #: every item's sentences for units cost an ingest of 50 documents 4 % of its placing: issue 16.)
    _quoted: tuple[str, ...] | Callable[[], Sequence[str]]
    #: Adcodes of the cities and counties the document's text names (see :attr:`quoted`): a
    #: compact name's initial that stays doubtful is read among them (开 of 万开 in a news item
    #: about 万州 and 开州); inherited from a ``doc`` that has them.
    named: tuple[str, ...]

    def __new__(cls, doc: Sequence[str], places: Sequence[str] = (),
                localities: dict[str, Place] | None = None,
                quoted: Sequence[str] | Callable[[], Sequence[str]] | None = None,
                named: Sequence[str] | None = None) -> Context:
        docs = tuple(getattr(doc, "doc", doc))
        self = super().__new__(cls, (*docs, *places))
        self.doc = docs
        self.localities = dict(localities if localities is not None
                               else getattr(doc, "localities", {}))
        self._quoted = quoted if callable(quoted) else tuple(quoted if quoted is not None else getattr(doc, "quoted", ()))
        self.named = tuple(named if named is not None else getattr(doc, "named", ()))
        return self

    @property
    def quoted(self) -> tuple[str, ...]:
        """Adcodes of the cities and counties the item's own sentences name (worked out once)."""
        if callable(self._quoted):
            self._quoted = tuple(self._quoted())
        return self._quoted




def resolve(name: str, gaz: Gazetteer, ctx: Sequence[str], *,
            near: Point | None = None, endpoint: bool = False, town_of_unit: bool = False) -> Place | None:
    """Return the best place for a place string, or ``None``.

    One-character strings are abbreviations (see :func:`resolve_char`). A county far from
    the document's area is refused when met bare (马龙 in a 綦江 plan is a reservoir, not
    马龙区 of 云南) unless it is an ``endpoint``: a side of a line's X至Y name is a place
    by its grammar (威宁至宣威高速 in a 毕节 plan reaches 宣威 of 云南; issue 12).
    ``town_of_unit``: the string is a whole side of such a name, so a county written before a
    town the gazetteer lacks is that side's place (see :func:`_unit_before_town`).
    """
    name = name.strip()
    if len(name) == 1:
        return resolve_char(name, gaz, ctx, near=near)
    if gaz.corridor(name) is not None and gaz.corridor(name).kind == "waterway":
        return None  # a river (长江, 涪江) is not a place to put a point at
    others = tuple(c for c in ctx if c != name)
    found = gaz.lookup(name, context=others)
    if (named := text_named_reading(name, found, gaz, ctx)) is not None:
        found = [named]  # a town of a county the document's text names, not its namesakes elsewhere
    if not found:
        # A village the gazetteer lacks but the document writes with its town (打通镇大罗).
        local = getattr(ctx, "localities", {}).get(name)
        unit = _unit_before_town(name, gaz, others) if local is None and town_of_unit else None
        if unit is None:
            return local
        found = [unit]
    # Judge "far from the document's area" on the document strings only, not on the item's
    # own places (黔江至吉首: 黔江 must not make 吉首 look foreign).
    document = getattr(ctx, "doc", ctx)
    prefixes = gaz.index.context_prefixes(tuple(c for c in document if c != name))
    own = any(len(p) > 2 and found[0].adcode.startswith(p) for p in prefixes)
    best = _nearest_namesake(found, near, local=own)
    if best is None:
        return None
    if prefixes and not gaz.index.is_local(best, prefixes):
        if (best.level is Level.TOWN and any(len(p) > 2 for p in prefixes)
                and not _qualified(name, best) and not _reached_end(best, near, endpoint)):
            # A village or site name (蟠龙, 云龙) met only as a town far from the document's area;
            # not a side of an X至Y name whose other side it lies near (甲镇至乙市铁路 of an 乙市 plan).
            return None
        # Also in a document about a whole province (贵州新闻): a county of another province met
        # by its short form only is a word of a longer name (凤山水库 of 福泉 is no reservoir of
        # 广西's 凤山县; issue 12, fresh2).
        near = {p[:2] for p in prefixes} | set(region().region_provinces)
        if (best.level is Level.DISTRICT and best.adcode[:2] not in near and name != best.name
                and not endpoint):
            return None  # 马龙 (a reservoir) in a 綦江 plan is not 马龙区 of 云南
    return best


#: A namesake unit must be this many times nearer a line's other end than the first reading to replace it.
NAMESAKE_RATIO = 2.0
#: A line's end read among towns of one name is the one nearest its other end, if no farther than this.
TOWN_END_REACH_M = 300_000


def _nearest_namesake(found: list[Place], near: Point | None, *, local: bool = False) -> Place | None:
    """Return the first reading, or a namesake unit of its level clearly nearer ``near``.

    Two counties share a name (兴山县 of 宜昌, 兴山区 of 鹤岗): at a line's end, the one near
    the place read before it is meant (宜昌至兴山高铁 ends in 湖北). A town never replaces a
    county here, nor a county a city; a county or city clearly nearer replaces a town read
    first (a bare 石门 of a 湖南 line is 石门县, not a town of that name in 重庆). Among towns of
    one name in several counties, none ``local`` (in a unit the document names), the nearest
    within :data:`TOWN_END_REACH_M`, else ``None``.
    """
    best = found[0]
    if near is None or best.level not in (Level.DISTRICT, Level.CITY, Level.TOWN):
        return best
    if best.level is Level.TOWN:
        # A bare end read first as a town of the region (石门 of 江津), while a county or city of
        # that name lies by the line's other end (石门至张家界铁路 of a 湖南 plan: 石门县): the unit.
        rivals = [p for p in found[1:] if p.level in (Level.DISTRICT, Level.CITY)]
    else:
        rivals = [p for p in found[1:] if p.level is best.level and p.adcode != best.adcode]
    if rivals:
        nearest = min(rivals, key=lambda p: gap_m(p.point, near))
        if NAMESAKE_RATIO * gap_m(nearest.point, near) < gap_m(best.point, near):
            return nearest
    towns = [p for p in found if p.level is Level.TOWN and p.adcode != best.adcode]
    if best.level is not Level.TOWN or local or not towns:
        return best
    # Towns of one name in several counties (甲至兴隆航道, 兴隆s in five provinces), none of the
    # document's own: the one nearest the line's other end, if a line could reach it; else
    # nothing tells which is meant and the end is left unknown.
    nearest = min((best, *towns), key=lambda p: gap_m(p.point, near))
    return nearest if gap_m(nearest.point, near) <= TOWN_END_REACH_M else None


#: A town written after its county at a line's end: two or three characters, or up to four
#: with 镇, 乡 or 街道 (南部大河, 峨眉山市大为镇, 名山区黑竹).
_TOWN_AFTER_UNIT = re.compile(r"[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)")
#: Last characters of a facility, never of a town (南部客运站, 西充物流园, 璧山东互通).
_FACILITY_ENDS = frozenset("站港场园区桥库厂路道线段通")


def _unit_before_town(name: str, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the county (or city) a line's end is written in before a town the gazetteer lacks.

    南部大河至西充槐树公路: the towns 大河 of 南部 and 槐树 of 西充 are unknown, their counties
    are known and narrow them: the line runs between the counties, not to a 大河 elsewhere nor
    collapsed to one point. A known town after its county is read by the lookup itself (江津白沙).
    """
    for cut in range(len(name) - 2, 1, -1):
        head, tail = name[:cut], name[cut:]
        if (not _TOWN_AFTER_UNIT.fullmatch(tail) or tail[-1] in _FACILITY_ENDS or tail in _SEAT_WORDS
                or any(p.level is not Level.TOWN for p in gaz.lookup(tail, context=ctx))):
            continue  # 新建西安: 西安 is a city, not a town of 新建区; 城口县城 is read as a seat
        units = [p for p in gaz.lookup(head, context=ctx) if p.level in (Level.DISTRICT, Level.CITY)]
        if units:
            return units[0]
    return None


def _qualified(name: str, town: Place) -> bool:
    """Return whether a town was written with its unit in front (荣昌安富 for 安富), not bare."""
    return not any(name == n or short_name(name) == short_name(n) for n in (town.name, *town.aliases))


def _reached_end(town: Place, near: Point | None, endpoint: bool) -> bool:
    """Return whether a town far from the document's area is a line's end by its name's grammar: a side of an
    X至Y name (``endpoint``) within :data:`TOWN_END_REACH_M` of the line's other end ``near``."""
    return endpoint and near is not None and gap_m(town.point, near) <= TOWN_END_REACH_M


def resolve_all(names: Sequence[str], gaz: Gazetteer, ctx: Sequence[str], *,
                endpoint: bool = False) -> list[Place]:
    """Resolve place strings in order, each near the previous one; unknown ones are dropped.

    ``endpoint``: the strings are the sides of a line's X至Y name (see :func:`resolve`).
    """
    out: list[Place] = []
    for name in names:
        near = out[-1].point if out else None
        place = resolve(name, gaz, ctx, near=near, endpoint=endpoint, town_of_unit=endpoint)
        if place is not None and (not out or out[-1] != place):
            out.append(place)
    if endpoint and len(out) == 1 and len(names) == 2 and len(names[0].strip()) >= 2:
        # the near end dropped as a town far from the document's area, read again by the far end it
        # runs to (甲镇至乙市铁路 in an 乙市 plan: 甲镇 is the town by 乙市, not refused as foreign)
        first = resolve(names[0], gaz, ctx, near=out[0].point, endpoint=True, town_of_unit=True)
        if first is not None and first != out[0] and first.level is Level.TOWN:
            out.insert(0, first)
    if len(out) >= 2 and len(names[0].strip()) >= 2:
        # the first place, read with nothing before it: its namesake near the next (兴山至宜昌)
        first = resolve(names[0], gaz, ctx, near=out[1].point, endpoint=endpoint, town_of_unit=endpoint)
        if first is not None and first != out[1]:
            out[0] = first
    return out


#: What may stand before a line's kind when the kind is written first (市郊铁路, 市域铁路, 城轨快线).
#: A network's word (国家高速公路平顶山至宜昌高速公路: the national network's line 平顶山至宜昌) too.
_KIND_PREFIX = re.compile(r"(?:市郊|市域|城轨|城际|国家|省级|省)?")
#: The rest of such a name: its ends joined by 至 (or a dash), then 线 (璧山至铜梁线).
_KIND_FIRST = re.compile(r"([\u4e00-\u9fff]{2,}[至到—–\-－~～][\u4e00-\u9fff]{2,})线")
#: Or its ends' initials, then 线 or 段, the works' word after it at most (璧铜线, 延长线璧铜段, 璧铜线工程).
_KIND_FIRST_INITIALS = re.compile(r"(?:延长线|延伸线)?([\u4e00-\u9fff]{2,3})[线段](?:工程|项目)?")
#: A city's rail transit written before such a name (轨道交通甲乙段): its network, not a line's kind.
_TRANSIT_LEAD = re.compile(r"(?:轨道交通|都市快轨)")
#: Two characters that are no initials: a number (九号线), a ring or an extension (西环线, 北延线).
_NOT_INITIALS = re.compile(r"[0-9０-９一二三四五六七八九十百零〇两双号环延]")


def _kind_first_initials(bare: str, rest: str) -> str | None:
    """Return the initials of a line whose kind (or its city's rail transit) is written first: 市郊铁路甲乙线 → 甲乙."""
    if not rest and (lead := _TRANSIT_LEAD.match(bare)) is not None and not _LINE_HEAD.search(bare):
        rest = bare[lead.end():]
    found = _KIND_FIRST_INITIALS.fullmatch(rest)
    if found is None or _NOT_INITIALS.search(found.group(1)):
        return None
    return found.group(1)


#: A road's number left after its network's word (省道308, 国道G5, 省道线): no part of its first end.
_NUMBER_AFTER_KIND = re.compile(r"^[GSXgsx]?\d*线?")


def _ends_before_kind(rest: str) -> str | None:
    """Return the ends of a name written after a bare kind word, when the name closes with its own kind.

    国道甲经乙至丙快速公路, 省道308甲至乙一级公路, 省道线甲县乙镇至丙县界公路: the network's word (and the
    road's number) first, then the line's ends, then its kind; the ends are 甲…丙. A bare kind with no kind
    after its ends (国道318线甲至乙段) is a road's number and its section, read as before: ``None``.
    """
    splits = list(LINE_SPLIT.finditer(rest))
    if not splits:
        return None
    close = next((m for m in _LINE_HEAD.finditer(rest, splits[-1].end()) if m.end() == len(rest)), None)
    if close is None:
        return None
    ends = _NUMBER_AFTER_KIND.sub("", rest[: close.start()])
    return ends if LINE_SPLIT.search(ends) and min(len(p) for p in LINE_SPLIT.split(ends)) >= 2 else None


def _name_parts(name: str) -> list[str]:
    """Return the place parts of a line's name without its kind and modifiers (江津, 泸州)."""
    bare = BRACKETS.sub("", _INLINE_INITIAL.sub(r"\1", _LEADING_DATE.sub("", name)))
    head = _LINE_HEAD.search(bare)
    stem = bare[: head.start()] if head else bare
    rest = bare[head.end():] if head and _KIND_PREFIX.fullmatch(stem) else ""
    kind_first = _KIND_FIRST.fullmatch(rest)
    if kind_first is not None:
        stem = kind_first.group(1)  # 市郊铁路璧山至铜梁线: the kind first, then its ends and 线
    elif (initials := _kind_first_initials(bare, rest)) is not None:
        stem = initials  # 市郊铁路璧铜线, 轨道交通璧铜段: the kind first, then its ends' initials
    elif stem and LINE_SPLIT.search(rest) and len(rest) >= 5:
        # 国家高速公路甲至乙高速公路: the network's kind first, then the line's own name (a bare
        # kind first, 国道318线甲至乙段, is a road's number and its section: read as before)
        again = _LINE_HEAD.search(rest)
        stem = rest[: again.start()] if again else rest
    elif not stem and (closed := _ends_before_kind(rest)) is not None:
        stem = closed  # 国道甲经乙至丙快速公路, 省道308甲至乙一级公路: a bare kind first, the ends, their own kind
    stem = _NETWORK.sub("", _ROAD_CODE.sub("", _LINE_MODIFIERS.sub("", stem)))
    if len(stem) > len(_ALONG_RIVER) + 1 and stem.endswith(_ALONG_RIVER):
        stem = stem.removesuffix(_ALONG_RIVER)  # 沪渝蓉沿江高铁, 宜攀沿江高速: the initials, then "along the river"
    parts = [p for p in LINE_SPLIT.split(stem) if p]
    if len(parts) >= 2:  # 甲经乙至丙: the via place is a place of the line too
        parts = [v for p in parts for v in _VIA.split(p) if v]
    return parts


#: Two opposite directions: the axis a road runs along (南北大道, 东西快速干道), never a place's name there.
_AXIS = re.compile(r"南北|东西")


def name_places(name: str, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the places a line's name runs through: 重庆至昆明铁路, 江津—綦江—万盛—桐梓高速, 渝昆高铁."""
    parts = _name_parts(_completed(_SUBURBAN.sub("市域", name), gaz))
    if len(parts) == 1 and (c := gaz.corridor(parts[0])) is not None and c.kind == "waterway":
        return []  # a river's own name (涪江航道) is not a place on it
    if len(parts) >= 2:
        parts = [_without_province_section(p, gaz, ctx) for p in parts]
        # an end written as a border (甲镇至乙县界) is read after the other places, toward them
        first, last = (_border_end(parts[i], gaz, ctx) for i in (0, -1))
        parts = parts[1 if first else 0: -1 if last else None]
        if parts:
            parts[0] = _edge_place(parts[0], gaz, ctx, at_start=False)
            parts[-1] = _edge_place(parts[-1], gaz, ctx, at_start=True)
        places = resolve_all(parts, gaz, ctx, endpoint=True) if parts else []
        if first:
            places[:0] = _border_place(first, places[0].point if places else None, gaz, ctx, places)
        if last:
            places += _border_place(last, places[-1].point if places else None, gaz, ctx, places)
        return places
    if len(parts) == 1:
        if common_word(parts[0], gaz, gaz.index.document_prefixes(ctx)):
            return []  # 南部快速通道 (垫江县南部快速通道 cut short): a direction, not 南部县
        if _AXIS.fullmatch(parts[0]):
            return []  # 南北大道, 东西干线: the axis a road runs along, not a town of that name
        whole = gaz.lookup(parts[0], context=ctx)
        if whole:
            # read as any place of the document (澄江支线 in a 重庆 report is no line of 云南's
            # 澄江市): a short form far from the document's provinces is refused
            place = resolve(parts[0], gaz, ctx) if len(parts[0]) >= 2 else whole[0]
            if place is not None:
                return _initials_of_document(parts[0], place, gaz, ctx) or [place]
            if len(whole) == 1 and whole[0].level is Level.DISTRICT and short_name(whole[0].name) == parts[0]:
                return _far_county_initials(parts[0], whole[0], gaz, ctx)
            if any(p.level is not Level.TOWN for p in whole):
                return []
            # only a town far away bears the name (宜万 of 湖南): the line's initials (宜昌–万州)
        head = _LINE_HEAD.search(BRACKETS.sub("", name))
        street = head is not None and head.group() in _STREET_WORDS
        if street or (len(parts[0]) > 2 and _LOCAL_ROAD.fullmatch(parts[0])):
            # 西永大道, 西井大道: an avenue of a town, not the initials of two cities; but 甲乙路,
            # 甲乙大道 whose initials read as two neighbouring units is the road between them
            return _local_road(parts[0], gaz, ctx)
        run = _cities_run_together(parts[0], gaz, ctx)
        if len(run) >= 2:
            return run  # 甲市乙市高铁, 甲市乙市山区公路: whole city names with no 至 between them
        return read_compact(_without_works_tail(parts[0]), gaz, ctx).places
    return []


def _border_end(part: str, gaz: Gazetteer, ctx: Sequence[str]) -> str | None:
    """Return the unit a line's end writes as a border (乙县界: 乙县), if the end is no place of its own (张家界)."""
    stem = border_stem(part)
    if stem is None or resolve(part, gaz, ctx, endpoint=True) is not None:
        return None
    return stem


def _border_place(stem: str, toward: Point | None, gaz: Gazetteer, ctx: Sequence[str],
                  others: Sequence[Place] = ()) -> list[Place]:
    """Return the end a border names (:mod:`geo.places.borders`): its point nearest the line's other end.

    ``toward`` is that other end; with none known, a unit's border is the unit itself (as its
    name was read before), a pair of provinces (川渝界) nothing, and so is a unit already among
    the line's ``others``.
    """
    shared = shared_border(stem, toward, gaz) if toward is not None else None
    if shared is not None:
        return [shared]
    unit = resolve(stem, gaz, ctx, near=toward, endpoint=True)
    if unit is None or unit.level not in (Level.DISTRICT, Level.CITY, Level.PROVINCE) or unit in others:
        return []
    edge = edge_toward(unit, toward, gaz) if toward is not None else None
    return [edge or unit]


def _initials_of_document(stem: str, whole: Place, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the places a line's stem reads as initials when the document places them, else ``[]``.

    A stem that is also a county's short form (甲乙 of 甲乙区) names that county in its own
    province's documents; in a document of another province whose initials read as two or more
    places, one of them among the document's own units (甲乙高速 in a report of 乙市, 甲 and 乙
    the initials of two cities there), it is the line between those places. The document's
    strings must name units, all outside the county's province.
    """
    if whole.level is not Level.DISTRICT or not 2 <= len(stem) <= 3 or stem == whole.name:
        return []
    prefixes = gaz.index.document_prefixes(ctx)
    if not prefixes or any(whole.adcode.startswith(p) for p in prefixes):
        return []
    # read among the document's strings only: the item's own places may hold the county's name
    places = read_compact(stem, gaz, Context(ctx)).places
    units = [p for p in prefixes if len(p) >= 4]
    if len(places) < 2 or not any(p.adcode.startswith(u) for p in places for u in units):
        return []
    return places


def _far_county_initials(stem: str, county: Place, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the units a far county's short name reads as initials in a document's own province, else ``[]``.

    A line's stem that is the short name of one county only, refused as far from the document
    (甲乙高速 in a report of 甲市, 甲乙县 a province away), is the initials of two of the document's
    units (:func:`_initials_of_document`) when they are counties or cities, all of them in the provinces
    the document's own strings name: a town of that name (丙丁 of 乙县丙丁铁路货运站) is no such
    county, and a reading that leaves the document's province is left unread, not guessed.
    """
    initials = _initials_of_document(stem, county, gaz, ctx)
    provinces = tuple(sorted({p[:2] for p in gaz.index.document_prefixes(ctx)}))
    if not provinces or any(p.level is Level.TOWN or not p.adcode.startswith(provinces) for p in initials):
        return []
    return initials


def _local_road(stem: str, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the two units a local road's initials join (甲乙路, 甲乙大道, 甲乙快速干道), else ``[]``.

    Both initials must read (:func:`read_compact`) as two units no farther apart than
    :data:`LOCAL_ROAD_M`: a road, not a highway, joins neighbours. Initials that read as far
    places, or not at all, are a street's own name (南滨路, 人民路, 西永大道) and give nothing.
    """
    match = _LOCAL_ROAD.fullmatch(stem)
    if match is None or match[1][0] in (match[1][1], "两"):
        return []
    places = read_compact(match[1], gaz, ctx).places
    if len(places) != 2 or gap_m(places[0].point, places[1].point) > LOCAL_ROAD_M:
        return []
    return places


def _cities_run_together(stem: str, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the cities a stem writes whole one after another from its start (成都贵阳, 绵阳广元山区).

    Only cities (prefecture level) and provinces, by their names of two or more characters,
    longest first; the words after the last one are the line's own (山区). Counties are not
    read so (永川大安 is no line to 自贡's 大安区; 璧山来凤 none to 湖北's 来凤县), nor initials
    (成渝: :func:`read_compact`).
    """
    out: list[Place] = []
    at = 0
    while at < len(stem):
        for size in range(min(4, len(stem) - at), 1, -1):
            place = resolve(stem[at:at + size], gaz, ctx, endpoint=True)
            if place is not None and place.level in (Level.CITY, Level.PROVINCE):
                if out and _within_unit(place, out[-1]):
                    return []  # 湖南省湘西州…: a province, then a city of it, is an address
                out.append(place)
                at += size
                break
        else:
            break
    return out


def _within_unit(a: Place, b: Place) -> bool:
    """Return whether one of two provinces or cities lies in the other (湘西州 in 湖南省)."""
    pa, pb = (p.adcode[:2] if p.level is Level.PROVINCE else p.adcode[:4] for p in (a, b))
    return pa.startswith(pb) or pb.startswith(pa)


def _edge_place(part: str, gaz: Gazetteer, ctx: Sequence[str], *, at_start: bool) -> str:
    """Return the place an outer end of a line's X至Y name writes, without words around it.

    The far end may run on into words of the name (云南泸水至西藏察隅滇藏新通道高速公路: 西藏察隅,
    then 滇藏新通道), the near end follow a prefecture or a list label (怒江州泸水市, 中第4纵崇溪河).
    A part that resolves whole is kept; else its longest head (``at_start``, the far end) or
    tail written as a unit: with its suffix (泸水市, 察隅县) or after its province (西藏察隅); the
    near end with no such tail, its head written with its suffix (石屏县龙泉路口: 石屏县).
    A bare piece is no end: 两河口 holds 河口, 合江门 江门, 新都桥 新都, all other places.
    Else the part as it was (left unknown).
    """
    if len(part) <= 2 or resolve(part, gaz, ctx, endpoint=True) is not None:
        return part
    if not at_start and (bare := _without_lead(part, gaz, ctx)) != part:
        return _edge_place(bare, gaz, ctx, at_start=False)
    for size in range(len(part) - 1, 1, -1):
        # 甲县至乙市二级航道, 乙市6米水深航道, 甲县枢纽至…, 甲至乙丙三四线: a unit (or a town
        # written after its county), then the works' own words, whatever their class
        if _END_WORKS.match(part, size) is None:
            continue
        place = resolve(part[:size], gaz, ctx, endpoint=True, town_of_unit=True)
        if place is not None and (place.level in (Level.DISTRICT, Level.CITY) or (
                place.level is Level.TOWN and _ALL_WORKS.fullmatch(part, size) is not None)):
            # a town only when nothing but the works' words follows it (乙镇2000吨级, 乙镇段):
            # a town's name inside a longer word (新都桥) is no end
            return part[:size]
    provinces = {n for p in gaz.index.province_names for n in (p, short_name(p)) if len(n) >= 2}
    for size in range(len(part) - 1, 2, -1):
        piece = part[:size] if at_start else part[-size:]
        written = piece.endswith(UNIT_ENDS) or any(
            piece.startswith(p) and len(piece) - len(p) >= 2 for p in provinces)
        place = resolve(piece, gaz, ctx, endpoint=True) if written else None
        if place is not None and place.level in (Level.DISTRICT, Level.CITY):
            return piece
    if not at_start:
        # the near end written as its county and a landmark no gazetteer holds (石屏县龙泉路口):
        # the county, as the far end's head (建水县谢家湾村)
        for size in range(len(part) - 2, 2, -1):
            piece = part[:size]
            place = resolve(piece, gaz, ctx, endpoint=True) if piece.endswith(UNIT_ENDS) else None
            if place is not None and place.level in (Level.DISTRICT, Level.CITY):
                return piece
    return part


#: A river heading the near end of a waterway's X至Y name (汉江甲县, 金沙江乙市, 澧水丙县): one to
#: three characters and 江, 河 or 水; a head that is itself a place (綦江, 黔江, 清水) is kept.
_RIVER_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,3}?[江河水]")
#: One of the works' own words after a line's far end (乙市二级航道, 丙市6米水深航道, 甲县枢纽,
#: 乙市三四线, 乙镇2000吨级, 乙市智慧航道, 乙市扩能): a number with its unit (tonnage, depth,
#: length), a grade, a track or lane count, a waterway or hub word, a word of the works' kind
#: (智慧, 数字, 扩能, 改扩建, 复线); never a place word, so 新都桥 is no 新都. (A section's 段 is
#: read by :func:`section_places`: a town before it stays that section's end.)
_WORKS_WORD = (r"\d+(?:\.\d+)?(?:万|千)?(?:吨级|吨|米|公里|千米|级)?|[一二三四五六七八九十两双多]+(?:级|线|车道)|"
               r"[千万]吨级|高等级|复线|单线|航运|航道|枢纽|水深|智慧|数字|绿色|建设|扩能|扩容|改扩建|改建|"
               r"改造|提升|升级|整治|电气化")
_END_WORKS = re.compile(f"(?:{_WORKS_WORD})")
#: Nothing but the works' own words (a town's end may be followed by these only).
_ALL_WORKS = re.compile(f"(?:{_WORKS_WORD})+")

#: Words before a line's near end that end in no place: a function word (项目中的, 中, 含…段), a code
#: (S7), a line word (国家高速公路), a project word (甲乙扩容项目丙市至丁市段, 甲乙工程丙县至…) or
#: a road's own name (甲乙路丙区丁镇至戊县段: the road, then its section), or a railway's short name
#: (甲乙线丙区至丁区段: the 线 of 甲乙线, then its section).
_NO_PLACE_BEFORE = re.compile(r"(?:[的中含A-Za-z0-9]|项目|工程|路|线|" + "|".join(_LINE_WORDS) + r")$")

#: How a county, city or prefecture is written in full: 泸水市, 察隅县, 朝天区, 怒江州.
UNIT_ENDS = ("市", "县", "区", "州", "盟", "旗")


def _without_lead(part: str, gaz: Gazetteer, ctx: Sequence[str]) -> str:
    """Return the near end of an X至Y name without the words before it that are no place.

    The river the works are on (汉江甲县, see :func:`_without_river_head`), or words ending in a
    function word, a code or a line word (项目中的甲市, 中S7甲市, 国家高速公路甲市): the longest
    tail after them that is a unit. A bare tail of a place word is not read (合江门 holds 江门).
    """
    bare = _without_river_head(part, gaz, ctx)
    if bare != part:
        return bare
    for at in range(1, len(part) - 1):
        if _NO_PLACE_BEFORE.search(part[:at]) is None:
            continue
        place = resolve(part[at:], gaz, ctx, endpoint=True)
        if place is not None and place.level in (Level.PROVINCE, Level.CITY, Level.DISTRICT):
            return part[at:]
    return part


def _without_river_head(part: str, gaz: Gazetteer, ctx: Sequence[str]) -> str:
    """Return the near end of an X至Y name without the river heading it (汉江甲县 → 甲县).

    Only a head that is no county or city itself (綦江, 黔江 are kept; a town 湘江 is the river
    before 长沙) and leaves a place of two characters or more.
    """
    river = _RIVER_HEAD.match(part)
    if river is None or len(part) - river.end() < 2:
        return part
    head = resolve(river.group(), gaz, ctx)
    if head is not None and head.level is not Level.TOWN:
        return part
    rest = part[river.end():]
    return rest if resolve(_edge_place(rest, gaz, ctx, at_start=False), gaz, ctx, endpoint=True) else part


def _completed(name: str, gaz: Gazetteer) -> str:
    """Write out short forms completed in brackets as a list: 成(都)南(充)铁路 → 成都、南充、铁路.

    Only where the character and its bracket make a unit's short form (成都); a bracket that
    does not complete its character is a waypoint of its own (南(潼)泸, :data:`_INLINE_INITIAL`).
    """
    def write_out(m: re.Match[str]) -> str:
        word = m.group(1) + m.group(2)
        known = any(p.level in (Level.PROVINCE, Level.CITY, Level.DISTRICT) and short_name(p.name) == word
                    for p in gaz.lookup(word))
        return word + "、" if known else m.group(0)

    return _COMPLETED.sub(write_out, name) if "(" in name or "（" in name else name


def _without_province_section(part: str, gaz: Gazetteer, ctx: Sequence[str]) -> str:
    """Return a line end without the province section written after it (安岳重庆段 → 安岳).

    铜梁至安岳高速公路重庆段 is often run together as 铜梁至安岳重庆段高速公路: the section
    is the line's part in that province, the end is still 安岳.
    """
    if not part.endswith("段") or gaz.lookup(part, context=ctx):
        return part
    stem = _province_tail(part[:-1], gaz, ctx)
    return stem if stem != part[:-1] else part


def province_section(name: str, gaz: Gazetteer) -> Place | None:
    """Return the province a line's name keeps to (铜梁至安岳高速公路重庆段, …四川境内段), if any.

    The part in a province is also written with 境 and no 段, in brackets or at the end
    (甲至乙(四川境)高速, 甲至乙高速公路四川境, 甲至乙高速川境内): that province's part too;
    a 境 of another word (过境, 出境, 入境) names none.
    """
    match = None
    for match in _SECTION.finditer(name):
        pass
    if match is not None:
        return _province_at_end(match.group(1), gaz)
    reach = None
    for reach in _PROVINCE_REACH.finditer(BRACKETS.sub(r"\1", name)):
        pass
    return _province_at_end(reach.group(1), gaz) if reach is not None else None


def _reach_stem(piece: str) -> str:
    """Return a section's piece without its 境 or 境内 (甲县境内 → 甲县, 川境 → 川)."""
    return piece.removesuffix("境内").removesuffix("境")


def _unit_reach(piece: str, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the city or county a section's piece ending in 境 or 境内 is written by in full (甲县境内 → 甲县)."""
    bare = _reach_stem(piece)
    place = resolve(bare, gaz, ctx) if len(bare) >= 2 else None
    return place if place is not None and place.level in (Level.CITY, Level.DISTRICT) else None


def _province_at_end(piece: str, gaz: Gazetteer) -> Place | None:
    """Return the province a section's words end with: 重庆, 四川境内, or a 简称 with 境 (川境).

    A bare 简称 at the end is no province (泸渝段 runs 泸州–重庆); written with 境 it is the
    part of the line inside that province (攀枝花至大理高速川境段).
    """
    bare = _reach_stem(piece)
    for province in gaz.province_names:
        if bare.endswith((province, short_name(province))):
            return next((p for p in gaz.lookup(province) if p.level is Level.PROVINCE), None)
    if bare != piece and bare and (name := province_abbreviations().get(bare[-1])) is not None:
        return next((p for p in gaz.lookup(name) if p.level is Level.PROVINCE), None)
    return None


def _province_tail(stem: str, gaz: Gazetteer, ctx: Sequence[str]) -> str:
    """Return a section's end without a province written after it (安岳重庆 of …至安岳重庆段)."""
    if gaz.lookup(stem, context=ctx):
        return stem
    for province in gaz.province_names:
        short = short_name(province)
        if stem.endswith(short) and len(stem) > len(short) + 1:
            return stem[: -len(short)]
    return stem


def compact_doubt(name: str, gaz: Gazetteer, ctx: Sequence[str]) -> CompactReading | None:
    """Return the reading of a compact line name left unresolved for review (万开达: 开?), if any.

    Read as :func:`name_places` reads it: 东(溪)龙(王)公路 is written out (东溪、龙王), no
    compact 东龙.
    """
    parts = _name_parts(_completed(name, gaz))
    if len(parts) != 1 or gaz.lookup(parts[0], context=ctx):
        return None
    reading = read_compact(_without_works_tail(parts[0]), gaz, ctx)
    return reading if reading.doubtful else None


#: The works' own words closing a compact stem (甲乙一级公路 → 甲乙一级, 两甲一级路): a grade, a
#: track count, a kind of works, with the 路 of 一级路.
#: No bare number: 乡道071 is a road's number, and 乡道 no pair of initials.
_WORKS_TAIL = re.compile(r"(?:[一二三四五六七八九十两双]+(?:级|线|车道)|高等级|复线|扩能|扩容|改扩建|改建|改造|提升|升级|"
                         r"智慧|数字)+路?$")


def _without_works_tail(stem: str) -> str:
    """Return a compact stem without the works' words after its initials (甲乙一级 → 甲乙)."""
    bare = _WORKS_TAIL.sub("", stem)
    return bare if len(bare) >= 2 else stem


def section_places(name: str, gaz: Gazetteer, ctx: Sequence[str], corridor: Corridor | None,
                   pool: Sequence[Place] = ()) -> list[Place | Point | None] | None:
    """Return the endpoints of a section (…江津至泸州段, …(潼南段), …泸渝段), or ``None`` if not a section.

    An endpoint is read as a waypoint of the corridor, else one of ``pool``
    (the line's own places: 南 of 汉中至巴中至南充铁路南巴段 is 南充), else a
    gazetteer place; an endpoint that cannot be read is ``None``.
    """
    text = name
    for inner in BRACKETS.findall(name):
        if inner.endswith("段"):
            text = inner
    match = None
    for match in _SECTION.finditer(text):
        pass
    if match is None:
        return None
    piece = match.group(1)
    words = list(_LINE_HEAD.finditer(piece))
    if words:
        piece = piece[words[-1].end():]
    piece = _ROAD_CODE.sub("", piece)  # S308线泸县至荣昌段: the section runs 泸县 → 荣昌
    piece = _EXTENSION_HEAD.sub("", piece)  # 甲大道南延线乙丙段: the section 乙丙 of the south extension
    if _DIRECTION_PART.fullmatch(piece):
        return None  # 宜宾过境高速西段, 鹿角隧道东延伸段: a part by direction, not by its ends
    if piece.endswith(("境", "境内")) and _unit_reach(piece, gaz, ctx) is not None:
        # …甲县境内段, …乙市境段: the line's part in a city or county (永川境内 is 永川's, not 四川's 川)
        piece = _reach_stem(piece)
    elif piece.endswith(("境", "境内")) and (province := _province_at_end(piece, gaz)) is not None:
        # …高速川境段, …四川境内段: the line's part in a province (clipped to it), no ends
        if len(_reach_stem(piece)) <= len(province.name):
            piece = province.name
    if corridor is not None:
        for alias in (corridor.name, *corridor.aliases):
            piece = piece.removeprefix(alias)
    parts = [p for p in LINE_SPLIT.split(piece) if p]
    if len(parts) >= 2:
        parts[-1] = _province_tail(parts[-1], gaz, ctx)
        if corridor is None and resolve(parts[0], gaz, ctx, endpoint=True) is None:
            parts[0] = _without_lead(parts[0], gaz, ctx)  # 金沙江甲市至乙县段, 项目中的甲市至乙市段
    if len(parts) == 1 and len(parts[0]) == 2 and not gaz.lookup(parts[0], context=ctx):
        through = read_compact(parts[0], gaz, ctx).places if corridor is None and not pool else []
        if len(through) == 2:
            return list(through)  # 甲乙高速万开段 of a line the gazetteer lacks: 万州—开州, read together
        parts = list(parts[0])
    elif len(parts) == 1 and len(parts[0]) >= 3 and corridor is None and not gaz.lookup(parts[0], context=ctx):
        # 川南城际铁路内自泸段: a section named by its ends' initials runs through them in order
        through = read_compact(parts[0], gaz, ctx).places
        if len(through) >= 2:
            return list(through)
    out: list[Place | Point | None] = []
    borders = {i: stem for i, part in enumerate(parts) if i in (0, len(parts) - 1) and len(parts) >= 2
               and (stem := _border_end(part, gaz, ctx)) is not None}
    for i, part in enumerate(parts):
        point = waypoint(corridor, part) or border_crossing(part, gaz, corridor)
        if point is None and i in borders:
            out.append(None)  # read below, toward the other end (S308甲县至乙界段)
            continue
        borders.pop(i, None)
        if point is None and len(part) == 1:
            point = _waypoint_by_initial(corridor, part)
        own = [p for p in pool if p.name.startswith(part) or short_name(p.name) == part]
        if point is not None and (unit := _waypoint_unit(part, point, gaz, ctx)) is not None:
            # 兰渝铁路武胜段: a waypoint that is a county of the gazetteer is that county, so a
            # one-unit section is clipped to it and a known end is drawn as such
            out.append(unit)
        elif point is not None:
            out.append(point)
        elif own:
            out.append(own[0])
        else:
            previous = next((p for p in reversed(out) if isinstance(p, Place)), None)
            end = _section_end(part, gaz, ctx, previous, endpoint=len(parts) >= 2)
            out.append(end if end is not None else _on_parent(part, gaz, pool))
    for i, stem in borders.items():
        other = out[1] if i == 0 else out[-2]
        found = _border_place(stem, other.point if isinstance(other, Place) else other, gaz, ctx)
        out[i] = found[0] if found else None
    return _towns_of_named_county(parts, out, gaz)


def _towns_of_named_county(parts: Sequence[str], ends: list[Place | Point | None],
                           gaz: Gazetteer) -> list[Place | Point | None]:
    """Return a section's ends with the later ends read as towns of the county written before the first.

    省道甲线乙县丙镇至丁段 (乙县丙至丁段): a county written before the first end's town is the county the
    section lies in, and a later end written bare that the town → county index holds as a town of that
    county is that town: its point when the gazetteer has one there, else an end not drawn (``None``;
    the county's seat may lie on the other side of the first town), never a namesake county or town
    elsewhere (丁县 of another province). An end the index does not hold in the county is left as read.
    """
    first = ends[0] if ends else None
    if len(parts) < 2 or not isinstance(first, Place) or first.level not in (Level.DISTRICT, Level.TOWN):
        return ends
    county = gaz.index.unit(first.adcode)  # a town's adcode is its county's
    if county is None or county.level is not Level.DISTRICT or not any(
            parts[0].startswith(n) and len(parts[0]) > len(n)
            for n in (county.name, short_name(county.name), *county.aliases) if len(n) >= 2):
        return ends  # no county written before the first end's town
    out = list(ends)
    for i, part in enumerate(parts[1:], start=1):
        end = out[i]
        if isinstance(end, Point) or (isinstance(end, Place) and end.adcode == county.adcode):
            continue  # a corridor's waypoint, or already in the county
        if county.adcode in gaz.index.bare_town_counties(part):
            own = [p for p in gaz.lookup(part) if p.level is Level.TOWN and p.adcode == county.adcode]
            out[i] = own[0] if own else None  # a town whose point is unknown: an end not drawn
    return out


#: A section's end read from its parent line alone lies this near the line's straight course.
ON_PARENT_M = 40_000


def _on_parent(part: str, gaz: Gazetteer, pool: Sequence[Place]) -> Place | None:
    """Return the one place of a section end's name that lies on its parent line, else ``None``.

    渝怀铁路梅江至怀化段 in a 贵阳 report: 梅江 is no place of the document's area, but the
    town 梅江 of 秀山 lies on the line 重庆–怀化 (the 梅江区 of 广东 does not). Readings within
    :data:`ON_PARENT_M` of the straight course through the line's own places; two such
    readings apart, or none, leave the end unknown.
    """
    course = [p.point for p in pool]
    if len(course) < 2 or len(part) < 2:
        return None
    line = LineString(course)
    near = [p for p in gaz.lookup(part) if p.level in (Level.TOWN, Level.DISTRICT)
            and gap_m(line, p.point) <= ON_PARENT_M]
    if not near or any(gap_m(near[0].point, p.point) > ON_PARENT_M / 4 for p in near[1:]):
        return None
    return min(near, key=lambda p: LEVEL_ORDER[p.level])


#: A section end at a provincial border: 川陕界, 渝黔界 (two provinces' 简称 and 界).
#: A crossing this close to the second province lies on the shared border (coarse polygons).
BORDER_M = 5_000
_BORDER = re.compile(r"^([\u4e00-\u9fff])([\u4e00-\u9fff])界$")


def border_crossing(part: str, gaz: Gazetteer, corridor: Corridor | None) -> Point | None:
    """Return where a corridor crosses the border a section end names (G5川陕界至广元段).

    ``part`` is two provinces' one-character 简称 and 界; the point is the crossing of the
    corridor with the first province's edge within :data:`BORDER_M` of the second. ``None``
    when ``part`` is no such end, either character is not a province, or the corridor does not
    cross that border.
    """
    match = _BORDER.match(part)
    if match is None or corridor is None:
        return None
    units = []
    for char in match.groups():
        found = [p for p in gaz.lookup(char) if p.level is Level.PROVINCE]
        shape = gaz.unit_geometry(found[0].adcode) if found else None
        if shape is None:
            return None
        units.append(shape)
    crossing = corridor.line.intersection(units[0].boundary)
    points = [g for g in getattr(crossing, "geoms", [crossing]) if g.geom_type == "Point"]
    on_border = [q for q in points if gap_m(units[1], q) <= BORDER_M]
    return min(on_border, key=lambda q: units[1].distance(q), default=None)


#: A section end that is the seat of the unit named before it: 城口鸡鸣至县城段.
_SEAT_WORDS = ("县城", "城区", "市区")
#: What follows a unit's name in a node of it: 合川城南枢纽, 璧山西, 永川东互通, 江津北站.
_NODE = re.compile(r"(?:城?[东南西北])?(?:枢纽|互通|立交|收费站|站)?")


def _section_end(part: str, gaz: Gazetteer, ctx: Sequence[str], previous: Place | None, *,
                 endpoint: bool) -> Place | None:
    """Return the place of a section's end as written in a name, or ``None``.

    Besides a place name: the seat (县城) of the unit the other end lies in; an end written
    with a modifier (泸州北线) or as a node of its unit (合川城南枢纽, 璧山西) is that unit.
    """
    if part in _SEAT_WORDS:
        return gaz.index.unit(previous.adcode) if previous is not None else None
    bare = _LINE_MODIFIERS.sub("", part) or part
    near = previous.point if previous is not None and len(bare) >= 2 else None  # (a namesake county)
    place = resolve(bare, gaz, ctx, near=near, endpoint=endpoint, town_of_unit=endpoint)
    if place is not None or len(bare) <= 2:
        return place
    for size in range(len(bare) - 1, 1, -1):  # a unit followed by a node of it
        head, tail = bare[:size], bare[size:]
        if not _NODE.fullmatch(tail):
            continue
        place = resolve(head, gaz, ctx, endpoint=endpoint)
        if place is not None and place.level in (Level.DISTRICT, Level.CITY):
            return place
    return None


def _waypoint_unit(label: str, point: Point, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the county or city a corridor waypoint's label names, drawn where the waypoint is.

    ``None`` for a waypoint drawn elsewhere than its label's place (江口=支坪, 朝阳湖=蒲江) or
    whose label is a town or site.
    """
    found = gaz.lookup(label, context=ctx)
    if not found or found[0].level not in (Level.DISTRICT, Level.CITY):
        return None
    place = found[0]
    return place if abs(place.lon - point.x) < 1e-4 and abs(place.lat - point.y) < 1e-4 else None


def waypoint(corridor: Corridor | None, name: str) -> Point | None:
    """Return the point of a corridor waypoint by its label (江口 of 綦河航道), if any."""
    if corridor is None:
        return None
    for label, coords in zip(corridor.waypoints, corridor.line.coords, strict=True):
        if label == name:
            return Point(coords)
    return None


def _waypoint_by_initial(corridor: Corridor | None, char: str) -> Point | None:
    """Return the one waypoint whose label starts with a section's abbreviation (峨 of 峨米段).

    Else the waypoint of the unit the region's table gives the character (康 of 西渝高铁康渝段 is
    安康, a waypoint whose label starts otherwise).
    """
    if corridor is None:
        return None
    found = [Point(c) for label, c in zip(corridor.waypoints, corridor.line.coords, strict=True)
             if label.startswith(char)]
    if not found and (unit := abbreviation_units().get(char)):
        found = [Point(c) for label, c in zip(corridor.waypoints, corridor.line.coords, strict=True)
                 if label in (unit, short_name(unit))]
    return found[0] if len(found) == 1 else None


#: Endings of a park's name (蒲吕工业园, 石板大健康产业园): a park named first by a town is in it.
_PARK_ENDS = ("园", "园区")
#: Endings of a works named first by the town it stands in, as a park is: a port area (甲保税港区, 乙港区,
#: 丙作业区), a wharf (丁码头), a bridge or a tunnel (戊嘉陵江大桥, 己隧道).
_WORKS_ENDS = ("港区", "作业区", "码头", "大桥", "隧道")
#: The last character of a river's name (甲江, 乙河): a works first named so is named for the river.
_RIVER_ENDS = ("江", "河")
#: How far from the river its name writes a bridge's town may lie (the rivers are drawn schematically,
#: a town's point is its seat: a few km either way).
RIVER_REACH_M = 15_000
#: A phase or the word "works" closing a name (甲作业区一期, 乙大桥工程): the kind is written before it.
_PHASE_END = re.compile(r"(?:[一二三四五六七八九十\d]+期|工程|项目)+$")


def _park_of_town(text: str, start: int, piece: str, gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether a town opens a park's name (蒲吕工业园) and no other town bears that name.

    As for a works (:func:`works_town`), a town of a province none of the document's own units is in
    is no park's town: the park's first word is then a word of its trade that a far town shares (a
    herb's or a crop's name before 产业园), not where it is.
    """
    if start != 0 or not _PHASE_END.sub("", text.rstrip()).endswith(_PARK_ENDS):
        return False
    towns = [p for p in gaz.lookup(piece) if p.level is Level.TOWN]
    return len(towns) == 1 and _in_documents_provinces(towns[0], gaz, ctx)


def _in_documents_provinces(place: Place, gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether ``place`` lies in a province of the document's own units (any province when it names none)."""
    provinces = {p[:2] for p in gaz.index.document_prefixes(ctx)}
    return not provinces or place.adcode[:2] in provinces


def works_town(text: str, start: int, piece: str, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the town a port area's, wharf's, bridge's or tunnel's name opens with, written bare
    (甲保税港区, 乙作业区一期, 丙嘉陵江大桥 for the towns 甲, 乙, 丙), else ``None`` (issue 12 item 4).

    Such a works is named for the town it stands in, as a park is, and the town is read wherever in
    its province the document is from (a district's news names a port area of the next district);
    a town of a province none of the document's own units is in is not (a 内江 report's bridge is
    no bridge of a far town of that name). The first word of such a name is often a word of the
    landscape that towns elsewhere share (凤凰梁大桥, 鹿角隧道), so it is read only when the
    gazetteer holds that one place of the name (no other town, no county's short form) and the
    town → county index holds no town of it in another county of China. A first word ending like a
    river's name (甲江大桥) is the river's; a bridge over a river its name writes (丙嘉陵江大桥) stands
    within :data:`RIVER_REACH_M` of that river, and a town of the name farther off is another place.
    """
    if start != 0 or not _PHASE_END.sub("", text.rstrip()).endswith(_WORKS_ENDS):
        return None
    if piece.endswith(_RIVER_ENDS):
        return None  # a town named for its river: the bridge is named for the river (甲江大桥), anywhere on it
    found = gaz.lookup(piece)
    if len(found) != 1 or found[0].level is not Level.TOWN:
        return None  # no town, two, or a unit's name too (a county's short form is read as the county)
    if not _in_documents_provinces(found[0], gaz, ctx):
        return None
    if not gaz.index.bare_town_counties(piece) <= {found[0].adcode}:
        return None
    rest = text[start + len(piece):]
    rivers = [r.line for r in gaz.index.rivers() if any(a in rest for a in (r.name, *r.aliases) if len(a) >= 2)]
    if rivers and min(gap_m(line, found[0].point) for line in rivers) > RIVER_REACH_M:
        return None
    return found[0]


#: "火车" written inside a station's name (重庆火车西站, 火车北站): the station is named without it.
_TRAIN = re.compile(r"火车(?=[东南西北]?站)")


def sites_in_name(name: str, gaz: Gazetteer) -> list[Place]:
    """Return the curated sites written inside a name (云龙机场扩建工程, 重庆火车西站东接线).

    A station may be written with 火车 (重庆火车西站 is the site 重庆西站). Route nodes and
    areas (南环立交, 重庆中心城区) are left out: they only serve as line ends.
    """
    text = _TRAIN.sub("", name)
    inside = [found[0] for _, _, word in gaz.index.scan(text) if (found := gaz.lookup(word))]
    return [p for p in inside if p.level is Level.SITE and p.kind not in ("area", "highway_node")]


#: What follows a unit's name in the name of a facility named for it (甲港, 乙北站, 丙机场): its kind alone.
_SITE_KIND = re.compile(r"(?:火车|高铁)?[东南西北]?站|港区?|机场|码头")


def site_units(word: str, gaz: Gazetteer) -> list[Place]:
    """Return the county a curated site's name writes before its kind word, when the site lies in it, else ``[]``.

    The scan reads the longest name: a site named for its county (甲港 in 甲县, 乙北站 in 乙区) is read whole,
    and the county it writes would be lost to the sentence's other items ("甲港扩能工程进展顺利，丙作业区
    建成": 丙作业区 is in 甲县, issue 12 item 4). A county the site does not lie in (an airport named for the
    district it serves, in one beside it) is no unit of the sentence by the site's name; nor is a city (a
    city's station or port, 甲市西站, says nothing of where the sentence's other items are in that city, and
    beside a county the sentence writes it would only make two units of one).
    """
    for site in (p for p in gaz.lookup(word) if p.level is Level.SITE and word in (p.name, *p.aliases)):
        for cut in range(len(word) - 1, 1, -1):
            if _SITE_KIND.fullmatch(word, cut):
                head = word[:cut]
                units = [p for p in gaz.lookup(head) if p.level is Level.DISTRICT
                         and head in (p.name, short_name(p.name)) and site.adcode.startswith(unit_prefix(p.adcode))]
                if units:  # (乙北站: not 乙北 before 站, but 乙 before 北站)
                    return units
    return []


#: After a unit's short form, the character that makes it a river's name: 金沙江, 澜沧江, 嘉陵江.
_RIVER_AFTER = "江"


def river_word(text: str, end: int, piece: str, place: Place) -> bool:
    """Return whether a place read at ``text[:end]`` is only the head of a river's name.

    A unit's short form followed by 江 names the river (金沙江 is no place of 金沙县, 澜沧江
    none of 澜沧县, 嘉陵江 none of 嘉陵区): a river runs through many units. A unit whose own
    name ends in 江 (綦江, 黔江) is read whole and is not concerned, nor a city or province
    (重庆江南…: 重庆 then 江南).
    """
    return (text[end:end + 1] == _RIVER_AFTER and place.level in (Level.DISTRICT, Level.TOWN)
            and piece != place.name and not piece.endswith(_RIVER_AFTER))


def bare_towns(text: str, gaz: Gazetteer, ctx: Sequence[str], *,
               starts: Sequence[int]) -> list[tuple[int, int, Place]]:
    """Return ``(start, end, county)`` of the towns written without their suffix at ``starts`` of a name.

    A station, interchange or bridge is named for its town written bare (叠溪站: 叠溪镇, 高川站: 高川乡);
    the town → county index knows the town and its county, not its point. Read only for a town of a
    county the context, the item's sentences or the document names (``quoted``, ``named``): a bare
    name is a word of many places.
    """
    return gaz.index.bare_towns_at(text, starts, lambda: named_counties(gaz, ctx))


def named_counties(gaz: Gazetteer, ctx: Sequence[str], *, document: bool = False) -> set[str]:
    """Return the adcodes of the counties a context names: its strings (with ``document``, only the document's
    own, :meth:`~geo.places.index.PlaceIndex.document_prefixes`) and the units the item's sentences and the
    document name (``quoted``, ``named``)."""
    prefixes = gaz.index.document_prefixes(ctx) if document else gaz.index.context_prefixes(ctx)
    counties = {p for p in prefixes if len(p) == 6}
    counties |= {c for c in (*getattr(ctx, "quoted", ()), *getattr(ctx, "named", ())) if not c.endswith("00")}
    return counties


def scan_places(name: str, gaz: Gazetteer, ctx: Sequence[str], *, index_towns: bool = False) -> list[Place]:
    """Return the places named inside a name; towns only where the document is about them.

    With ``index_towns``, a town of the town → county index written with its suffix (叠溪镇供水工程)
    gives its county where the name (and context) settles it: for an item's own name, not a sentence.
    """
    text = BRACKETS.sub(r" \1 ", name)
    local = {p for p in gaz.index.context_prefixes(ctx) if len(p) == 6}
    # the document's own cities and counties (a street named for one of them is in it)
    own = tuple(p for p in gaz.index.document_prefixes(ctx) if len(p) > 2)
    out = []
    scanned = gaz.index.scan(text)
    if index_towns:
        scanned = gaz.index.with_index_towns(text, scanned, lambda word: resolve(word, gaz, ctx) is not None)
        former = gaz.index.former_name_opening(text)  # 开县浦里工业新区: named for 开县 (开州区 now)
        if former is not None and not any(s < len(former) for s, _, _ in scanned):
            scanned = [(0, len(former), former), *scanned]
        # A far county written bare is read in its own city's documents (江陵港 in a 荆州 report).
        document = tuple(getattr(ctx, "doc", ctx))
        for word in gaz.index.own_bare_names(tuple(gaz.index.context_prefixes(document))):
            at, end = text.find(word), text.find(word) + len(word)
            if at < 0 or any(s < end and e > at and (s < at or e > end) for s, e, _ in scanned):
                continue  # not there, or part of a longer name
            # the county, not a shorter name inside it (冷水 of 冷水滩)
            scanned = sorted([*(t for t in scanned if not (t[0] < end and t[1] > at)), (at, end, word)])
    after: tuple[int, str] | None = None  # (end, adcode prefix) of the province or city read last
    for start, end, piece in scanned:
        works = works_town(text, start, piece, gaz, ctx)
        place = works or resolve(piece, gaz, ctx)
        if place is None or river_word(text, end, piece, place):
            continue
        # 重庆珞璜物流中心: a town written bare right after its own province or city, by its own name (not
        # an alias: 兴隆场 is the old name of more than one town), is that town
        qualified = (after is not None and after[0] == start and place.adcode.startswith(after[1])
                     and piece == place.name)
        if place.level in (Level.PROVINCE, Level.CITY):
            after = (end, place.adcode[:2] if place.level is Level.PROVINCE else place.adcode[:4])
        if piece != place.name and counted_word(text, start):
            continue  # 两合江特大桥: the place word 两合江, not 合江县
        if (piece != place.name and street_word(text, end)
                and not any(place.adcode.startswith(p) for p in own)):
            continue  # 中山北路互通 in a 贵港 report: a street of 贵港, not 中山市
        if place.level is Level.TOWN:
            suffixed = text[end:end + 1] in ("镇", "乡") or text[end:end + 2] == "街道"
            if (place.adcode not in local and not suffixed and works is None and not qualified
                    and not _park_of_town(text, start, piece, gaz, ctx)):
                continue
        elif place.level is Level.SITE:
            out += [unit for unit in site_units(piece, gaz) if unit not in out]  # 甲港 writes 甲县
            continue
        elif len(piece) < 2 or short_name(piece) != piece and len(short_name(piece)) < 2:
            continue
        out.append(place)
    # Villages the document itself locates (大罗红花湖… once it has written 打通镇大罗).
    out += [place for word, place in getattr(ctx, "localities", {}).items()
            if word in text and place not in out]
    return out


#: The official kind 市域（郊）铁路 (NDRC 2020: 都市圈市域（郊）铁路): 郊 is no inline initial.
_SUBURBAN = re.compile(r"市域[（(]郊[）)]")


#: A line's part by direction written before a section's ends (甲大道南延线乙丙段, 甲路北线乙至丙段):
#: the words of the line's name, not an end; a piece that is nothing else is left to :data:`_DIRECTION_PART`.
_EXTENSION_HEAD = re.compile(r"^[东西南北](?:延伸|延)?线(?=[\u4e00-\u9fff])")
#: A section named by its direction on the line (西段, 东延伸段, 北环段), not by its ends.
_DIRECTION_PART = re.compile(r"[东西南北中](?:延伸|延|环|线|半)?")


#: A line's full form by its ends, as a sentence writes it: 黔江至常德, 常德至益阳至长沙; or a
#: section of a longer line that the compact name stands for (甲乙丙铁路乙地至丙地段，即乙丙高铁).
_SPELLED = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:至[\u4e00-\u9fff]{2,8}?)+(?=" + "|".join(_LINE_WORDS)
                      + r"|段|$)")


def spelled_out(names: Sequence[str], quotes: Sequence[str], gaz: Gazetteer,
                ctx: Sequence[str]) -> str | None:
    """Return the ends' form (A至B) a sentence gives for a compact line name, or ``None``.

    News introduces a line by its ends and then by its initials, or the other way round:
    黔常铁路(黔江至常德); 新建西安至安康高速铁路…西康高铁. The form in brackets right after
    the name is taken; else a form in the same sentence whose ends hold the name's initials
    in order, one each (西 in 西安, 康 in 安康). A name already written by its ends has none.
    """
    for name in names:
        head = _LINE_HEAD.search(name)
        stem = BRACKETS.sub("", name[: head.start()] if head else name)
        if not 2 <= len(stem) <= 5 or LINE_SPLIT.search(name) or "段" in name:
            continue  # a name by its ends, or a section of a compact parent (合璧津高速…至…段)
        interleaved = _interleaved(name[: head.start()] if head else name, gaz, ctx)
        if interleaved:
            return interleaved
        for quote in quotes:
            at = quote.find(name)
            if at >= 0:
                inner = BRACKETS.match(quote, at + len(name))
                if inner and "至" in inner[1] and _holds(stem, inner[1].split("至")):
                    return inner[1]
            for sentence in re.split(r"[。；;！!？?]", quote):
                if stem not in sentence:
                    continue
                for match in _SPELLED.finditer(sentence):
                    ends = match[0].split("至")
                    # the match may start before the first end (关于新建西安至安康…)
                    ends[0] = next((ends[0][k:] for k in range(len(ends[0]) - 1)
                                    if stem[0] in ends[0][k:]
                                    and resolve(ends[0][k:], gaz, ctx, endpoint=True)), ends[0])
                    if _holds(stem, ends):
                        return "至".join(ends)
    return None


def _holds(stem: str, ends: Sequence[str]) -> bool:
    """Return whether each end holds the stem's character of its rank (西康: 西安, 安康), or is the
    unit the character stands for by default (渝黔铁路(重庆至黔江): 渝 is 重庆)."""
    units = abbreviation_units()
    return len(ends) == len(stem) and all(
        c in e or (len(e) >= 2 and e in units.get(c, "")) for c, e in zip(stem, ends, strict=True))


#: One initial with the rest of its place in brackets: 甲(乙), 甲（乙丙）.
_COMPLETED_INITIAL = re.compile(r"([\u4e00-\u9fff])[（(]([\u4e00-\u9fff]{1,4})[)）]")


def _interleaved(stem: str, gaz: Gazetteer, ctx: Sequence[str]) -> str | None:
    """Return the ends' form (A至B至C) of initials each completed in brackets, or ``None``.

    A text writes a compact name with each initial's place filled in: 甲(乙)丙(丁)高速 runs from 甲乙 to
    丙丁; a bracket may hold the whole place instead (渝(重庆): 重庆). Every place must be a known unit
    (province, city or county).
    """
    pieces = _COMPLETED_INITIAL.findall(stem)
    if len(pieces) < 2 or "".join(f"{c}({r})" for c, r in pieces) != BRACKETS.sub(r"(\1)", stem):
        return None
    ends = []
    for char, rest in pieces:
        end = next((e for e in (char + rest, rest) if (p := resolve(e, gaz, ctx, endpoint=True)) is not None
                    and p.level in _UNIT_LEVELS), None)
        if end is None:
            return None  # a town's (东(溪)龙(王)公路) is read by the name's own reading
        ends.append(end)
    return "至".join(ends)


#: Levels of a unit (a completed initial of a line between units: 广(安)忠(县)黔(江)).
_UNIT_LEVELS = (Level.PROVINCE, Level.CITY, Level.DISTRICT)
