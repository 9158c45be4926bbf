"""Link the entities several documents name into one entity per project."""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from typing import Iterable

from geo.extract import lexicon as lx
from geo.extract.patterns import place_re
from geo.model import Entity, EntityType, Mention, name_key

#: Characters that join a route's places or a list's items: words before a name ending with one of them
#: extend the route or the list, they do not qualify the same item.
_ROUTE_JOINERS = frozenset("至到经—-–、和及与")

#: A road's code at the end of the words before a name ("…至G93渝遂高速"): read with the name it numbers.
_CODE_TAIL_RE = re.compile(r"[GSgs]\d{1,4}$")


@functools.cache
def _place_prefix_re() -> re.Pattern[str]:
    return re.compile(f"(?:{place_re().pattern})+[{lx.PLACE_SUFFIX}]?")


def link(entities: Iterable[Entity]) -> list[Entity]:
    """Merge entities of several documents that name the same project.

    Two entities are the same project when they have the same type and share a
    name key (:func:`geo.model.name_key`) through their names or aliases, or
    when their abbreviated forms agree (重庆至昆明铁路 ~ 渝昆铁路 ~ 渝昆高铁
    are all linked through :func:`line_key`). The canonical name is the most
    frequent written form (ties: the longest), so ids are stable across runs.

    Parameters
    ----------
    entities : iterable of Entity
        Entities from any number of documents.

    Returns
    -------
    list of Entity
        Merged entities with all mentions and aliases.
    """
    items = list(entities)
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    docs = [{m.doc for m in e.mentions} for e in items]

    def union(i: int, j: int, *, loose: bool) -> None:
        ri, rj = find(i), find(j)
        if ri == rj or loose and docs[ri] & docs[rj]:
            return  # a loose key never merges two items one document names apart
        parent[ri] = rj
        docs[rj] = docs[rj] | docs[ri]

    exact: dict[tuple[EntityType, str], int] = {}
    loose: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
    for i, ent in enumerate(items):
        for k in {variant_key(n) for n in [ent.name, *ent.aliases]}:
            j = exact.setdefault((ent.type, k), i)
            if j != i:
                union(i, j, loose=False)
        lk = line_key(ent.name, ent.type)
        if lk:
            loose[(ent.type, lk)].append(i)
    for ids in loose.values():
        # Two full names whose ends differ are two lines, though their first characters agree
        # ("东岭至西川高速" and "东河至西岭高速" both abbreviate to 东西): only names with the same ends
        # join, and a compact name ("东西高速") joins a full one only when the full names agree.
        ends = [_full_ends(items[i]) for i in ids]
        if len({e for es in ends for e in es}) <= 1:
            for i in ids[1:]:
                union(i, ids[0], loose=True)
            continue
        for a, i in enumerate(ids):
            for b in range(a + 1, len(ids)):
                if ends[a] & ends[b]:
                    union(i, ids[b], loose=True)
    # a place-prefixed name and the same name without the place ("重庆新型…产业园" ~ "新型…产业园")
    # Only when one place writes it so: a bare "绕城高速" read beside "内江绕城高速公路" and "乐山绕城高速"
    # is either city's, and joining it to both would make the two cities' roads one.
    by_key = {(variant_key(e.name), e.type): i for i, e in enumerate(items)}
    prefixed: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, ent in enumerate(items):
        key = variant_key(ent.name)
        m = _place_prefix_re().match(key)
        if m and len(key) - m.end() >= 4:
            j = by_key.get((key[m.end():], ent.type))
            if j is not None:
                prefixed[j][m.group()].append(i)
    for j, by_place in prefixed.items():
        if len(by_place) == 1:
            for i in next(iter(by_place.values())):
                union(j, i, loose=False)
    # one document naming a line with the abbreviations of the places it joins before its own name and
    # without them ("沪渝蓉沿江高铁" … "沿江高铁", "…汉宜段" … "沿江高铁汉宜段"): one line. Only within a
    # document and for lines.
    for i, ent in enumerate(items):
        if ent.type not in lx.LINE_LIKE:
            continue
        key = variant_key(ent.name)
        run = _abbreviation_lead(key)
        j = by_key.get((key[run:], ent.type)) if run else None
        if j is not None and docs[i] & docs[j] and _LINE_WORD_RE.search(key[run:]):
            union(i, j, loose=False)
    # one document writing the same item with more or fewer places before it ("黔江过境高速公路",
    # "重庆市黔江区过境高速公路"; "万州新田港", "新田港"): the same item when one's places are
    # a subset of the other's (issue #11). Only within a document: across documents a bare
    # "过境高速公路" or "新田港" may be another place's.
    bare: dict[tuple[EntityType, str], list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for i, ent in enumerate(items):
        key = variant_key(ent.name)
        places, rest = _place_split(key)
        river = _RIVER_PREFIX_RE.match(key) if ent.type in _RIVER_SITE_TYPES else None
        if river and len(key) - river.end() >= 4:
            # "嘉陵江利泽航运枢纽", "利泽航运枢纽": a river site written with or without its river
            places, rest = _place_split(key[river.end() :])
            places = places | {river.group()}
        if len(rest) >= 3:
            bare[(ent.type, rest)].append((i, places))
    for group in bare.values():
        pairs = [(i, j, pi <= pj or pj <= pi) for a, (i, pi) in enumerate(group) for j, pj in group[a + 1 :]
                 if docs[i] & docs[j]]
        if all(ok for _i, _j, ok in pairs):  # "江津新田港", "万州新田港" and "新田港": unclear, left apart
            for i, j, _ok in pairs:
                union(i, j, loose=False)
    # one document writing an item again with more words before its name: its line, hub, port, owner
    # or a lead ("郑万铁路巫溪支线" … "巫溪支线", "X枢纽Y站" … "Y站", "X港Y作业区" … "Y作业区", "某集团Z物流港"
    # … "Z物流港"): the same item (issue #11). Not when the words before end a route ("成都至达州至万州
    # 铁路" is longer than "达州至万州铁路", "A互通转换至G93Y高速" is a way to Y) or are one character ("宝汉巴南铁路", "汉巴南铁路": an
    # abbreviation of one more place). Only within a document.
    for i, ent in enumerate(items):
        if ent.type is EntityType.OTHER_FACILITY:
            continue  # works of infrastructure only: "重庆电影职业学院" and a bare "职业学院" of a list stay apart
        key = variant_key(ent.name)
        for cut in range(2, len(key) - 3):
            j = by_key.get((key[cut:], ent.type))
            lead = _CODE_TAIL_RE.sub("", key[:cut])  # "…转换至G93" + "渝遂高速": the route's end, its code
            if j is not None and j != i and docs[i] & docs[j] and lead[-1:] not in _ROUTE_JOINERS:
                union(i, j, loose=False)
                break
    # one document naming a line's section by its ends in full and by their first characters ("X高铁内江至
    # 自贡至泸州段" … "X高铁内自泸段", "Y高铁武汉至宜昌段" … "Y高铁汉宜段"), the line written the same way
    # or by its own short form: one section (issue #11). Only within a document, a full form with a short one.
    sections: dict[tuple[EntityType, str, str], dict[bool, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, ent in enumerate(items):
        if ent.type in lx.LINE_LIKE:
            for line, sec, full in _section_forms(ent.name, ent.type):
                sections[(ent.type, line, sec)][full].append(i)
    for by_form in sections.values():
        for i in by_form.get(True, ()):
            for j in by_form.get(False, ()):
                if i != j and docs[i] & docs[j]:
                    union(i, j, loose=False)
    # one document naming a line in full and by its short form without saying 简称 ("江津至泸州北线
    #高速公路重庆段" … "江泸北线"; "铜梁至安岳高速公路" … "铜安线"): the same item (issue #11)
    shorts: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
    fulls: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
    for i, ent in enumerate(items):
        for n in {_route_form(n) for n in (ent.name, *ent.aliases)}:
            if "至" not in n and _drop_section(n) != n:
                continue  # "泸永高速四川段": a short form's section is a part, not the line a full name names
            for form in short_forms(n, ent.type):
                (fulls if "至" in n else shorts)[(ent.type, form)].append(i)
    # one document naming a line by the same ends with two railway heads of one kind ("荆门至荆州铁路",
    # "荆门至荆州城际铁路"): one line, so its short form ("荆荆铁路") has one full name to join
    for ids in fulls.values():
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                if docs[i] & docs[j] and (ends := _line_ends(items[i].name)) is not None and ends == _line_ends(items[j].name):
                    union(i, j, loose=False)
    for key, ids in shorts.items():
        for i in set(ids):
            same = {find(j) for j in set(fulls.get(key, ())) if docs[i] & docs[j]}
            if len(same) == 1:  # one full name only: "渝武" of two lines stays apart
                union(i, same.pop(), loose=False)
    # one document naming a line's section by its ends and the same stretch as a line of its own ("X高铁甲至乙段"
    # … "甲至乙高铁"; "甲乙高速公路甲江至乙山段" … "甲乙高速": the section is the whole line): one item (issue 11:
    # fresh6 q_03, fresh8 s_15). Only within a document and type.
    as_lines: dict[tuple[EntityType, object], list[int]] = defaultdict(list)
    by_ends = {t: _by_ends(items, t) for t in (EntityType.RAILWAY, EntityType.HIGHWAY)}
    for i, ent in enumerate(items):
        if ent.type in (EntityType.RAILWAY, EntityType.HIGHWAY):
            for k in _section_route_keys(ent.name, ent.type):
                as_lines[(ent.type, k)].append(i)
    for (type_, k), ids in as_lines.items():
        # by its ends, a full name ("甲至乙高铁"); by the line's own short form, the line ("甲乙高速")
        others = shorts.get((type_, k), ()) if isinstance(k, str) else by_ends[type_].get(k, ())
        for i in ids:
            for j in others:
                if docs[i] & docs[j]:
                    union(i, j, loose=False)
    # one document naming a railway by the same two ends with heads of two kinds ("甲至乙高铁", "乙至甲铁路",
    # "甲至乙城际铁路"): one line (issue 11: fresh8 r_11, fresh9 u_17). Full names only: "成渝铁路" and
    # "成渝高铁" are two lines.
    for ids in by_ends[EntityType.RAILWAY].values():
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                if docs[i] & docs[j]:
                    union(i, j, loose=False)
    # one document writing a line's two ends in either order ("中心城区至綦江—万盛城轨快线", "綦江—万盛
    # 至中心城区城轨快线"): one line (issue #11). Only within a document, and only for lines.
    ends_of: dict[tuple[EntityType, frozenset[str], str], list[int]] = defaultdict(list)
    for i, ent in enumerate(items):
        if ent.type in lx.LINE_LIKE and (pair := _two_ends(ent.name)) is not None:
            ends_of[(ent.type, *pair)].append(i)
    for ids in ends_of.values():
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                if docs[i] & docs[j]:
                    union(i, j, loose=False)
    groups: dict[int, list[Entity]] = defaultdict(list)
    for i, ent in enumerate(items):
        groups[find(i)].append(ent)
    out = []
    for members in groups.values():
        counts = Counter(e.name for e in members for _m in (e.mentions or [None]))
        name = max(counts, key=lambda n: (counts[n], len(n), n))
        aliases: list[str] = []
        for e in members:
            for n in [e.name, *e.aliases]:
                if n != name and n not in aliases and name_key(n) != name_key(name):
                    aliases.append(n)
        first = members[0]
        merged = Entity(
            name=name,
            type=first.type,
            aliases=aliases,
            places=next((e.places for e in members if e.places), []),
            part_of=next((e.part_of for e in members if e.part_of), None),
            # two readings of one span (a list read with its inner item's head and with its count's
            # head: "甲乙、丙丁、戊己高速扩容等3条高速公路") are one mention, not two
            mentions=_one_per_span(m for e in members for m in e.mentions),
        )
        out.append(merged)
    return out


def _by_ends(items: list[Entity], type_: EntityType) -> dict[frozenset[str], list[int]]:
    """Return the indices of the entities of ``type_`` named "A至B<line head>" (no section) by their set of ends."""
    out: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, ent in enumerate(items):
        if ent.type is type_ and (body := _line_ends(variant_key(ent.name))) and len(ends := body.split("至")) == 2:
            out[frozenset(ends)].append(i)
    return out


def _section_route_keys(name: str, type_: EntityType) -> set[object]:
    """Return the keys of a line's section "X<head>A至B段" read as a line of its own: the set of its two ends,
    and the line's short form when the section runs between the line's own ends ("甲乙:h"); none for another name."""
    m = _SECTION_END_RE.match(variant_key(name))
    if m is None:
        return set()
    ends = m.group("sec").split("至")
    head = _LINE_HEAD_RE.search(m.group("line"))
    if len(ends) != 2 or head is None or not all(place_re().fullmatch(e) for e in ends):
        return set()
    # by the first characters of its ends only when they are the line's own ("安盘高速公路安顺至盘州段": the whole
    # of 安盘高速); "X高铁合肥至武汉段" is no "合武高铁", an older line between the same places (fresh7 s_16)
    whole = short_forms(f"{m.group('sec')}{head.group()}", type_) & short_forms(m.group("line"), type_)
    return {frozenset(ends), *whole}


def _full_ends(ent: Entity) -> frozenset[frozenset[str]]:
    """Return the sets of ends of an entity's names written "A至B<line head>" (none for a compact name)."""
    out = set()
    for n in (ent.name, *ent.aliases):
        body = _line_ends(variant_key(n))
        if body:
            out.add(frozenset(body.split("至")))
    return frozenset(out)


def _one_per_span(mentions: Iterable[Mention]) -> list[Mention]:
    """Return the mentions in order, the first of each (document, start, end) only."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for m in mentions:
        key = (m.doc, m.start, m.end)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _two_ends(name: str) -> tuple[frozenset[str], str] | None:
    """Return the two ends (as a set) and the head of a line named "A至B<head>", or None.

    The head is what follows the last place of B ("城轨快线", "高速公路"); a section ("…段") gives None.
    """
    parts = name.split("至")
    if len(parts) != 2 or "段" in name:
        return None
    places = [m.end() for m in place_re().finditer(parts[1]) if m.start() == 0 or parts[1][m.start() - 1] in "—-"]
    if not places or not parts[0]:
        return None
    cut = max(places)
    return frozenset({parts[0], parts[1][:cut]}), parts[1][cut:]


#: A river's name opening a site's name ("嘉陵江", "涪江", "乌江"): like a place, it may be left out.
_RIVER_PREFIX_RE = re.compile(r"[\u4e00-\u9fff]{1,2}[江河]")
#: Types of sites named on a river.
_RIVER_SITE_TYPES = frozenset({EntityType.WATERWAY, EntityType.WATER, EntityType.PORT, EntityType.ENERGY})


@functools.lru_cache(maxsize=1 << 16)
def _place_split(key: str) -> tuple[frozenset[str], str]:
    """Split the places (each with an optional 省/市/区… suffix) off the start of a name key."""
    places: set[str] = set()
    pos = 0
    while m := place_re().match(key, pos):
        places.add(m.group())
        pos = m.end() + (key[m.end() : m.end() + 1] in lx.PLACE_SUFFIX and m.end() < len(key) - 1)
    return frozenset(places), key[pos:]


_INNER_NOTE_RE = re.compile(r"[(（]([^)）]{1,8})[)）](?=.)")


@functools.lru_cache(maxsize=1 << 16)
def variant_key(name: str) -> str:
    """Return :func:`name_key` with spelling variants folded.

    ``渝黔高速公路`` → ``渝黔高速``; ``G75渝黔高速`` → ``渝黔高速``; ``国道210`` → ``210国道``.
    """
    # an inner note is dropped ("道真至武隆(渝黔界)高速公路"), a place is not ("西部(成都)科学城")
    if "(" in name or "（" in name:
        name = _INNER_NOTE_RE.sub(lambda m: m.group() if place_re().fullmatch(m.group(1)) else "", name)
    key = _route_endpoints(name_key(name))
    key = _SECOND_LINE_FIRST_RE.sub("高速复线", key)  # "X复线高速", "X高速公路复线": X高速复线 (issue 11)
    key = _HIGHWAY_BEFORE_WORKS_RE.sub("高速", key)
    key = _HIGHWAY_END_RE.sub("高速", key)
    key = _RAILWAY_END_RE.sub("高铁", key)
    key = _WHARF_END_RE.sub("港", key)
    key = _METRO_START_RE.sub("轨道交通", key)  # "轨道5号线" is 轨道交通5号线  # "新田港码头": the port's wharf, written for the port
    # a town's centre written "X场镇", "X镇" or "X"; a road "X公路" or "X路" (issue #11)
    key = _TOWN_CENTRE_RE.sub("", key)
    key = _ROAD_END_RE.sub("路", key)
    key = _RESERVOIR_SIZE_RE.sub("", key)  # "观音大型水库" is 观音水库 (its size class)
    key = _BRIDGE_KIND_RE.sub("", key)  # "磨寨乌江特大桥" is 磨寨乌江大桥, "X汉江公路大桥" X汉江大桥
    key = _DAM_OF_RESERVOIR_RE.sub("水库", key)  # "凤山水库大坝": the reservoir's dam, written for the reservoir
    key = _province_suffix_re().sub(r"\1", key)  # "X高铁四川省广安段" is X高铁四川广安段
    key = _ZONE_END_RE.sub("经开区", key)  # "X经济技术开发区", "X经济开发区", "X经开区": one zone
    code = _CODE_START_RE.match(key)
    if code and not _CODE_ROLE_ONLY_RE.fullmatch(key, code.end()):
        key = key[code.end():]  # "G75渝黔高速" is 渝黔高速; "G75复线" stays itself (the code is its only name)
    key = _NATIONAL_CODE_RE.sub(r"\1", key)  # "国道G318" is G318
    return _NATIONAL_NUMBER_RE.sub(r"\2\1", key)


# The spelling variants :func:`variant_key` folds, compiled once (it is asked ~900 times an ingest).
#: (also before a section and its phase: "X高速公路重庆段一期" is X高速重庆段一期)
_HIGHWAY_END_RE = re.compile(r"高速公路(?=$|[\u4e00-\u9fff]{1,8}段(?:[一二三四五六七八九十]期)?$)")
_RAILWAY_END_RE = re.compile(r"高速铁路$")
#: A highway's second line written before its head ("X复线高速(公路)"): X高速复线 (fresh6 o_01 wrote one road
#: "渝遂复线高速" and "渝遂高速公路复线").
_SECOND_LINE_FIRST_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})复线高速(?:公路)?$")
#: 高速公路 before a second line or a widening ("X高速公路复线", "X高速公路扩容工程"): X高速复线, X高速扩容工程.
_HIGHWAY_BEFORE_WORKS_RE = re.compile(r"高速公路(?=(?:复线|扩容|扩能|改扩建)(?:工程|项目)?$)")
_WHARF_END_RE = re.compile(r"港码头$")
_METRO_START_RE = re.compile(r"^轨道(?=\d{1,2}号线)")
_TOWN_CENTRE_RE = re.compile(r"(?<=^[\u4e00-\u9fff]{2})场?镇(?=[\u4e00-\u9fff]{2})")
_ROAD_END_RE = re.compile(r"(?<=[^高国省乡县村])公路$")
#: A road's code before the road's own name ("G75兰海高速" is 兰海高速); not before 线, the code's own line
#: word ("S3线", "G5515线", "G4216线X至Y段": the code is the name)
_CODE_START_RE = re.compile(r"^[GS]\d{1,4}(?=[^\d国省线])")
#: What may follow a road code that is then the road's only name: its kind, its second line or its works
#: ("G75复线", "G243高速复线", "S205扩容工程"); a code is dropped only before a name of words ("G75渝黔高速").
_CODE_ROLE_ONLY_RE = re.compile(
    rf"(?:高速公路|高速|公路|国道|省道)?(?:复线|支线|联络线|连接线|{lx.LINE_WORKS}|改造)?(?:工程|项目)?"
)
#: A reservoir's dam or hub named after it ("X水库大坝", "X水库枢纽工程"): the reservoir's works.
_DAM_OF_RESERVOIR_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})水库(?:大坝|坝体|枢纽(?:工程)?)$")
#: A bridge's size or kind before 大桥 ("特大桥", "公路大桥"): one bridge written with or without it.
_BRIDGE_KIND_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:特|公路|铁路)(?=大桥$)")
_RESERVOIR_SIZE_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:大中|中小|大|中|小)型(?=水库$)")
_ZONE_END_RE = re.compile(r"(?:经济技术开发区|经济开发区)$")
_NATIONAL_CODE_RE = re.compile(r"^(?:国道|省道)([GS]\d+)$")
_NATIONAL_NUMBER_RE = re.compile(r"^(国道|省道)(\d+)$")


@functools.cache
def _provinces() -> tuple[str, ...]:
    """Return the provinces' short names (四川, 重庆, 广西…), longest first."""
    # Imported here: geo.places is heavy and extraction rarely needs it at import.
    from geo.places import region

    names = {re.sub("(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", n)
             for n in region.province_abbreviations().values()}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


#: A county or district of two characters written with its suffix ("会泽县"), not a section ("…区段").
_COUNTY_RE = re.compile(r"[\u4e00-\u9fff]{2}[县区](?!段)")


@functools.cache
def _province_suffix_re() -> re.Pattern[str]:
    """A province's 省 inside a name, before more of it ("四川省广安段"): written or not, one name."""
    return re.compile(f"({'|'.join(_provinces())})省(?=[\u4e00-\u9fff])")


@functools.lru_cache(maxsize=1 << 16)
def _route_form(name: str) -> str:
    """Return a route's name with 到 between its two ends read as 至 ("城口到开州高速公路") and an inner
    note dropped ("芷江至铜仁(湘黔界)高速公路"), for comparing it with its short form; a short form's own
    notes stay ("枣(阳)潜(江)高速公路": the characters the short form takes)."""
    if "至" not in name and name.count("到") == 1:
        name = name.replace("到", "至")
    if "至" in name and ("(" in name or "（" in name):
        name = _INNER_NOTE_RE.sub(lambda m: m.group() if place_re().fullmatch(m.group(1)) else "", name)
    return name


def _route_endpoints(key: str) -> str:
    """Fold how a route's endpoints are written: without their province or their 区/县/市.

    "重庆梁平区至四川开江县高速" and "梁平至开江高速" name one road (issue #11: one document wrote
    an item three ways). A province that is the whole endpoint stays ("重庆至四川高速"). Kept per
    key: linking asks 2,000 times for 1,000 keys in the 50-document ingest bench (issue 16).
    """
    parts = key.split("至")
    if not 2 <= len(parts) <= 4:
        return key
    out = []
    for part in parts:
        prov = next((p for p in _provinces() if part.startswith(p)), "")
        rest = part[len(prov) :].removeprefix("省").removeprefix("市") if prov else part
        county = _COUNTY_RE.match(rest) if prov else None
        if prov and (place_re().match(part, len(prov)) or county):
            part = rest
        m = place_re().match(part)
        if m and len(m.group()) >= 2 and part[m.end() : m.end() + 1] in "区县市" and part[m.end() + 1 : m.end() + 2] != "段":
            part = part[: m.end()] + part[m.end() + 1 :]
        elif county and not m:
            # "云南省会泽县": a county written in full after its province, though the gazetteer lacks it
            part = part[:2] + part[3:]
        out.append(part)
    return "至".join(out)


#: The heads of a line's name, longest first.
_LINE_WORDS = "高速铁路|高铁|城际铁路|铁路|高速公路|高速"
_LINE_HEAD_RE = re.compile(rf"(?:{_LINE_WORDS})$")
#: A line's head anywhere in a name, before a section too ("沿江高铁汉宜段").
_LINE_WORD_RE = re.compile(_LINE_WORDS)


def _abbreviation_lead(key: str) -> int:
    """Return the length of the run of two to four place abbreviations opening a line's name and
    leaving four characters or more after it ("沪渝蓉沿江高铁" → 3), else 0."""
    return next((k for k in (4, 3, 2) if len(key) - k >= 4 and all(c in lx.ABBREVIATIONS for c in key[:k])), 0)


def _line_ends(name: str) -> str | None:
    """Return the ends of a line named "A至B…" without its head word, or None for a section."""
    body = _route_endpoints(name)
    head = _LINE_HEAD_RE.search(body)
    if head is None or "段" in body or "至" not in body:
        return None
    return body[: head.start()]


def _drop_section(body: str) -> str:
    """Drop a trailing section named by a place ("…重庆段")."""
    if not body.endswith("段"):
        return body
    inner = body[:-1]
    ends = [m.start() for m in place_re().finditer(inner) if m.end() == len(inner)]
    return inner[: max(ends)] if ends else body


#: An end of a route the gazetteer lacks, read whole: two or three characters, no word of a kind.
_UNKNOWN_END_RE = re.compile(r"(?![^\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}")


@functools.lru_cache(maxsize=1 << 16)
def short_forms(name: str, type_: EntityType) -> frozenset[str]:
    """Return the short forms a railway or highway name may be written as.

    "江津至泸州北线高速公路重庆段" → {"江泸北:h", …}: the first character (or the region's
    abbreviation) of each place and what follows the last one, 线 dropped; a name without 至
    gives itself ("江泸北线" → "江泸北:h", "铜安线" → "铜安:h"). Railways keep their kind
    (高铁 and 铁路 are different lines: "成渝高铁", "成渝铁路") and need a head word.
    """
    if type_ not in (EntityType.RAILWAY, EntityType.HIGHWAY):
        return frozenset()
    body = _drop_section(_route_endpoints(name))
    head = _LINE_HEAD_RE.search(body)
    if type_ is EntityType.HIGHWAY:
        kind = "h"
    elif head:
        kind = "hsr" if head.group() in ("高铁", "高速铁路") else "r"
    else:
        return frozenset()
    body = _drop_section(body[: head.start()] if head else body)
    if "至" in body:
        # Imported here: geo.places is heavy and extraction rarely needs it at import.
        from geo.places import region

        parts = body.split("至")
        # an end the gazetteer lacks (a town of another province: "官庄至新化高速公路") is read whole
        # when it is two or three characters of a name ("官新高速" is its short form)
        places = [place_re().match(p) or _UNKNOWN_END_RE.fullmatch(p) for p in parts]
        if len(parts) > 4 or not all(places) or any(m.end() != len(p) for m, p in zip(places[:-1], parts)):
            return frozenset()
        abbr = region.abbreviation_of()
        bodies = {""}
        for m in places:  # the first character or the region's abbreviation of each place
            bodies = {b + c for b in bodies for c in {m.group()[0], abbr.get(m.group(), m.group()[0])}}
        rest = parts[-1][places[-1].end() :]
        bodies = {b + rest for b in bodies}
    elif 2 <= len(body) <= 5:
        bodies = {body}
    else:
        return frozenset()
    return frozenset(f"{b.removesuffix('线')}:{kind}" for b in bodies if 2 <= len(b.removesuffix("线")) <= 4)


def line_key(name: str, type_: EntityType) -> str | None:
    """Return an abbreviation key of a railway or highway name, or None.

    ``重庆至昆明铁路`` and ``渝昆高铁`` both give ``渝昆``; sections give None so a
    section never merges with its line.
    """
    if type_ not in (EntityType.RAILWAY, EntityType.HIGHWAY) or "段" in name:
        return None
    body = re.sub(r"(高速铁路|高铁|城际铁路|铁路|高速公路|高速)$", "", re.sub(r"^[GS]\d+", "", name))
    if body == name:
        return None
    parts = [p for p in re.split("[至—\\-]", body) if p]
    if len(parts) >= 2:
        # Imported here: geo.places is heavy and extraction rarely needs it at import.
        from geo.places import region

        abbr = "".join(region.abbreviation_of().get(p, p[:1]) for p in parts)
    else:
        abbr = body
    return f"{abbr}:{'r' if type_ is EntityType.RAILWAY else 'h'}" if 2 <= len(abbr) <= 4 else None


#: A line's section named by its ends at the end of its name ("X高铁内江至自贡段", "X高铁内自段").
_SECTION_END_RE = re.compile(rf"^(?P<line>.+?(?:{_LINE_WORDS}))(?P<sec>[^段()（）]{{2,16}})段$")


def _section_forms(name: str, type_: EntityType) -> set[tuple[str, str, bool]]:
    """Return the (line form, section's short form, written in full) keys of a line's section, or none.

    The line's forms are its key and its short forms, with and without the abbreviations of the places
    it joins before its name ("沪渝蓉沿江高铁" is also "沿江高铁"); a section "A至B(至C)" gives the first
    characters of its ends (either character of an end of two, or the region's abbreviation): "内自泸",
    "汉宜"; a section of two to four characters without 至 is a short form as written.
    """
    m = _SECTION_END_RE.match(variant_key(name))
    if m is None:
        return set()
    line, sec = m.group("line"), m.group("sec")
    run = _abbreviation_lead(line)
    lines = {line, line[run:]} | short_forms(line, type_) | short_forms(line[run:], type_)
    if "至" in sec:
        from geo.places import region

        ends = sec.split("至")
        places = [place_re().fullmatch(e) for e in ends]
        if not all(places) or len(ends) > 4:
            return set()
        abbr = region.abbreviation_of()
        shorts = {""}
        for e in ends:
            chars = {e[0], abbr.get(e, e[0])} | ({e[1]} if len(e) == 2 else set())
            shorts = {b + c for b in shorts for c in chars}
        full = True
    elif 2 <= len(sec) <= 4 and not place_re().fullmatch(sec):
        shorts, full = {sec}, False
    else:
        return set()
    return {(ln, sh, full) for ln in lines for sh in shorts}
