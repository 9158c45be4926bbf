"""Read the places a line's name runs through: X至Y lists, compact initials (渝昆, 南(潼)泸), a kind written
first (市郊铁路甲乙线), local roads, cities run together, and the ends' form a sentence spells out.

Where it sits: **places** (document → text → entities → places → database → map layers). The ends of an X至Y
name are cut by :mod:`geo.places.line_ends`, a section's ends read by :mod:`geo.places.line_sections`, each
string resolved by :mod:`geo.places.resolving`; the places written inside a name are :mod:`geo.places.scan`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.places.compact import CompactReading, read_compact
from geo.places.gazetteer import Gazetteer
from geo.places.line_ends import border_end, border_place, edge_place
from geo.places.line_sections import without_province_section
from geo.places.line_words import (
    BRACKETS,
    LINE_HEAD,
    LINE_MODIFIERS,
    LINE_ROLES,
    LINE_SPLIT,
    LINE_WORDS,
    without_road_number,
)
from geo.places.metric import gap_m
from geo.places.records import Level, Place, short_name
from geo.places.region import abbreviation_units
from geo.places.resolving import Context, resolve, resolve_all
from geo.places.words import common_word

#: Kind words of an urban street: its stem is a local name, never a row of initials.
_STREET_WORDS = ("大道",)
#: "经" between two places of a line's name (重庆经叙永至筠连); not the 经 of 经开区.
_VIA = re.compile(r"经(?!开)")
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
#: A date, an hour or a length run into a name by the sentence (10月1日威宁至宣威高速公路…通车;
#: 9月29日14时甲至乙高速公路…; 30公里甲乙快速通道已全线通车): never part of a place.
_LEADING_DATE = re.compile(r"^(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|\d{4}年(?:\d{1,2}月)?|\d{1,2}月)?"
                           r"(?:\d{1,2}[时時](?:\d{1,2}分)?)?(?:全长)?(?:\d+(?:\.\d+)?(?:公里|千米))?")
#: One character completed in brackets to its place's short form: 成(都)南(充)达(州)万(州)铁路.
_COMPLETED = re.compile(r"([\u4e00-\u9fff])[（(]([\u4e00-\u9fff]{1,2})[）)]")


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
    if not rest and (lead := _TRANSIT_LEAD.match(bare)) is not None and not LINE_HEAD.search(bare):
        rest = bare[lead.end():]
    found = _KIND_FIRST_INITIALS.fullmatch(rest)
    if found is None or _NOT_INITIALS.search(found.group(1)):
        return None
    return found.group(1)


def _ends_before_kind(rest: str) -> str | None:
    """Return the ends of a name written after a bare kind word, when the name closes with its own kind.

    国道甲经乙至丙快速公路, 省道308甲至乙一级公路, 省道线甲县乙镇至丙县界公路: the network's word (and the
    road's number) first, then the line's ends, then its kind; the ends are 甲…丙. A bare kind with no kind
    after its ends (国道318线甲至乙段) is a road's number and its section, read as before: ``None``.
    """
    splits = list(LINE_SPLIT.finditer(rest))
    if not splits:
        return None
    close = next((m for m in LINE_HEAD.finditer(rest, splits[-1].end()) if m.end() == len(rest)), None)
    if close is None:
        return None
    ends = without_road_number(rest[: close.start()])
    return ends if LINE_SPLIT.search(ends) and min(len(p) for p in LINE_SPLIT.split(ends)) >= 2 else None


def _name_parts(name: str) -> list[str]:
    """Return the place parts of a line's name without its kind and modifiers (江津, 泸州)."""
    bare = BRACKETS.sub("", _INLINE_INITIAL.sub(r"\1", _LEADING_DATE.sub("", name)))
    head = LINE_HEAD.search(bare)
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
        again = LINE_HEAD.search(rest)
        stem = rest[: again.start()] if again else rest
    elif not stem and (closed := _ends_before_kind(rest)) is not None:
        stem = closed  # 国道甲经乙至丙快速公路, 省道308甲至乙一级公路: a bare kind first, the ends, their own kind
    stem = _NETWORK.sub("", without_road_number(LINE_MODIFIERS.sub("", stem)))
    if len(served := LINE_ROLES.sub("", stem)) >= 2:
        stem = served  # 甲疏港铁路, 乙货运铁路: the place it serves, then whose traffic it carries
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
        parts = [without_province_section(p, gaz, ctx) for p in parts]
        # an end written as a border (甲镇至乙县界) is read after the other places, toward them
        first, last = (border_end(parts[i], gaz, ctx) for i in (0, -1))
        parts = parts[1 if first else 0: -1 if last else None]
        if parts:
            parts[0] = edge_place(parts[0], gaz, ctx, at_start=False)
            parts[-1] = edge_place(parts[-1], gaz, ctx, at_start=True)
        places = resolve_all(parts, gaz, ctx, endpoint=True) if parts else []
        if first:
            places[:0] = border_place(first, places[0].point if places else None, gaz, ctx, places)
        if last:
            places += border_place(last, places[-1].point if places else None, gaz, ctx, places)
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
        head = LINE_HEAD.search(BRACKETS.sub("", name))
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


#: The official kind 市域（郊）铁路 (NDRC 2020: 都市圈市域（郊）铁路): 郊 is no inline initial.
_SUBURBAN = re.compile(r"市域[（(]郊[）)]")


#: A line's full form by its ends, as a sentence writes it: 黔江至常德, 常德至益阳至长沙; or a
#: section of a longer line that the compact name stands for (甲乙丙铁路乙地至丙地段，即乙丙高铁).
_SPELLED = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:至[\u4e00-\u9fff]{2,8}?)+(?=" + "|".join(LINE_WORDS)
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
        head = LINE_HEAD.search(name)
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

