"""How a project's name may be written: the keys and short forms linking compares.

:func:`variant_key` folds spelling variants of one name (高速公路 / 高速, a road's code before its
name, 国道210 / 210国道, a route's ends with or without their province or 区/县); :func:`short_forms`
and :func:`line_key` give the abbreviations a railway or highway is written as (渝昆 for 重庆至昆明);
the others read a line's ends, its section and the places before a name. Used by
:mod:`geo.extract.linking.link` and by the extraction's own tests of one name against another.
"""

from __future__ import annotations

import functools
import re

from geo.documents import cn_number
from geo.extract import lexicon as lx
from geo.extract.patterns import place_re
from geo.model import EntityType, name_key


def two_ends(name: str) -> tuple[frozenset[str], str] | None:
    """Return the two ends (as a set) and the head of a line named "A至B<head>", or None.

    The head is what follows the last place of B ("城轨快线", "高速公路"); a section ("…段") gives None.
    """
    split = _ends_in_order(name)
    return (frozenset(split[:2]), split[2]) if split else None


def swapped_ends(name: str) -> str | None:
    """Return a line named "A至B<head>" written the other way round ("B至A<head>"), or None."""
    split = _ends_in_order(name)
    return f"{split[1]}至{split[0]}{split[2]}" if split else None


def _ends_in_order(name: str) -> tuple[str, str, str] | None:
    """Return A, B and the head of a line named "A至B<head>" (no section), or None."""
    parts = name.split("至")
    if len(parts) != 2 or "段" in name:
        return None
    places = [m.end() for m in place_re().finditer(parts[1]) if m.start() == 0 or parts[1][m.start() - 1] in "—-"]
    if not places and (head := LINE_HEAD_RE.search(parts[1])) and _UNKNOWN_END_RE.fullmatch(parts[1], 0, head.start()):
        places = [head.start()]  # an end the gazetteer lacks ("甲至乙木高速公路"), read up to the line's head
    if not places or not parts[0]:
        return None
    cut = max(places)
    return parts[0], parts[1][:cut], parts[1][cut:]


@functools.lru_cache(maxsize=1 << 16)
def place_split(key: str) -> tuple[frozenset[str], str]:
    """Split the places (each with an optional 省/市/区… suffix) off the start of a name key."""
    places: set[str] = set()
    pos = 0
    while m := place_re().match(key, pos):
        places.add(m.group())
        pos = m.end() + (key[m.end() : m.end() + 1] in lx.PLACE_SUFFIX and m.end() < len(key) - 1)
    return frozenset(places), key[pos:]


#: A note inside a name: up to eight characters ("(渝黔界)"), or the line's two ends spelled out with their
#: provinces or cities ("万利(甲省乙市至丙省丁县)高速": up to eight characters each side of 至, no 段 — a note
#: "(A至B段)" names a section, and one of up to eight characters is dropped as before).
_INNER_NOTE_RE = re.compile(r"[(（]([^)）]{1,8}|[^)）段至]{2,8}至[^)）段至]{2,8})[)）](?=.)")


@functools.lru_cache(maxsize=1 << 16)
def variant_key(name: str) -> str:
    """Return :func:`name_key` with spelling variants folded.

    ``渝黔高速公路`` → ``渝黔高速``; ``G75渝黔高速`` → ``渝黔高速``; ``国道210`` → ``210国道``.
    """
    name = initials_form(name)
    # an inner note is dropped ("道真至武隆(渝黔界)高速公路"), a place is not ("西部(成都)科学城")
    if "(" in name or "（" in name:
        name = _INNER_NOTE_RE.sub(lambda m: m.group() if place_re().fullmatch(m.group(1)) else "", name)
    key = _route_endpoints(name_key(name))
    key = _SECOND_LINE_FIRST_RE.sub("高速复线", key)  # "X复线高速", "X高速公路复线": X高速复线 (issue 11)
    key = _HIGHWAY_BEFORE_WORKS_RE.sub("高速", key)
    key = _HIGHWAY_END_RE.sub("高速", key)
    key = _HIGHWAY_ROAD_END_RE.sub("高速", key)  # "X高速路" is X高速 (issue 11)
    key = _RAILWAY_END_RE.sub("高铁", key)
    key = _WHARF_END_RE.sub("港", key)
    key = _METRO_START_RE.sub("轨道交通", key)  # "轨道5号线", "地铁5号线" are 轨道交通5号线
    key = _LETTER_LINE_RE.sub("线", key)  # "S1号线" is S1线
    key = _CN_LINE_NUMBER_RE.sub(_line_number, key)  # "九号线一期" is 9号线一期
    # a town's centre written "X场镇", "X镇" or "X"; a road "X公路" or "X路" (issue #11)
    key = _TOWN_CENTRE_RE.sub("", key)
    key = _ROAD_END_RE.sub("路", key)
    key = _RESERVOIR_SIZE_RE.sub("", key)  # "观音大型水库" is 观音水库 (its size class)
    key = _BRIDGE_KIND_RE.sub("", key)  # "磨寨乌江特大桥" is 磨寨乌江大桥, "X汉江公路大桥" X汉江大桥
    key = _DAM_OF_RESERVOIR_RE.sub("水库", key)  # "凤山水库大坝": the reservoir's dam, written for the reservoir
    key = lx.WATERWAY_FORM_RE.sub(r"\g<river>航道", key)  # "长江黄金水道" is 长江航道
    key = _STATION_HUB_RE.sub("", key)  # "X站综合交通枢纽工程": the station's hub, written for the station
    key = _province_suffix_re().sub(r"\1", key)  # "X高铁四川省广安段" is X高铁四川广安段
    key = _ZONE_END_RE.sub("经开区", key)  # "X经济技术开发区", "X经济开发区", "X经开区": one zone
    key = _power_works_re().sub("", key)  # "X交流输电工程" is X交流工程, "X光伏发电项目" X光伏项目 (issue 11)
    code = _CODE_START_RE.match(key)
    if code and not _CODE_ROLE_ONLY_RE.fullmatch(key, code.end()):
        key = key[code.end():]  # "G75渝黔高速" is 渝黔高速; "G75复线" stays itself (the code is its only name)
    key = _NATIONAL_CODE_RE.sub(r"\1", key)  # "国道G318" is G318
    return _NATIONAL_NUMBER_RE.sub(r"\2\1", key)


# The spelling variants :func:`variant_key` folds, compiled once (it is asked ~900 times an ingest).
#: (also before a section and its phase: "X高速公路重庆段一期" is X高速重庆段一期)
_HIGHWAY_END_RE = re.compile(r"高速公路(?=$|[\u4e00-\u9fff]{1,8}段(?:[一二三四五六七八九十]期)?$)")
#: A highway's head written 高速路 ("X高速路", "A至B高速路"), before a section too: X高速.
_HIGHWAY_ROAD_END_RE = re.compile(r"(?<=[\u4e00-\u9fff])高速路(?=$|[\u4e00-\u9fff]{1,8}段$)")
#: A high-speed railway's head written in full or as a passenger line ("X客运专线", "X客专": the same line as "X高铁").
_RAILWAY_END_RE = re.compile(r"(?:高速铁路|客运专线|客专)$")
#: A highway's second line written before its head ("X复线高速(公路)"): X高速复线 (fresh6 o_01 wrote one road
#: "渝遂复线高速" and "渝遂高速公路复线").
_SECOND_LINE_FIRST_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})复线高速(?:公路)?$")
#: 高速公路 before a second line or a widening ("X高速公路复线", "X高速公路扩容工程"): X高速复线, X高速扩容工程.
_HIGHWAY_BEFORE_WORKS_RE = re.compile(r"高速公路(?=(?:复线|扩容|扩能|改扩建)(?:工程|项目)?$)")
_WHARF_END_RE = re.compile(r"港码头$")
#: A metro line written "轨道N号线" or "地铁N号线" (fresh7 r_08 "地铁9号线二期" … "重庆轨道交通9号线二期").
_METRO_START_RE = re.compile(r"(?:^轨道|地铁)(?=[A-Z]?\d{1,2}号?线)")
#: A metro line numbered in Chinese numerals ("轨道交通九号线", "九号线一期工程": 9号线).
_CN_LINE_NUMBER_RE = re.compile(r"[一二三四五六七八九十]{1,3}(?=号线)")


def bare_code(name: str) -> str | None:
    """Return the key of a road's code written with a road word after it ("G108线" → G108, "省道317公路" →
    317省道: :data:`_CODE_ROAD_WORD_RE`), or None for another name. Kept out of :func:`variant_key`, which the
    extraction also reads, so that only linking joins the two."""
    m = _CODE_ROAD_WORD_RE.match(variant_key(name))
    return variant_key(m.group(1)) if m else None


def _line_number(m: re.Match[str]) -> str:
    n = cn_number(m.group())
    return str(n) if n else m.group()


#: A lettered metro line written with or without 号 ("S1号线", "S1线": fresh7 r_16).
_LETTER_LINE_RE = re.compile(r"(?<=轨道交通[A-Z]\d)号线|(?<=轨道交通[A-Z]\d\d)号线|(?<=^[A-Z]\d)号线|(?<=^[A-Z]\d\d)号线")
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
#: A station's hub built around it ("X站综合交通枢纽", "X站铁路综合交通枢纽工程"): the gold of four splits never
#: keeps the station beside its hub (dev k_09, fresh4 i_17 and j_08), so one name.
_STATION_HUB_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2}站)(?:铁路)?综合交通枢纽(?:工程|项目)?$")
#: A bridge's size or kind before 大桥 ("特大桥", "公路大桥"): one bridge written with or without it.
_BRIDGE_KIND_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:特|公路|铁路)(?=大桥$)")
_RESERVOIR_SIZE_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:大中|中小|大|中|小)型(?=水库$)")
_ZONE_END_RE = re.compile(r"(?:经济技术开发区|经济开发区)$")
#: A road's code that is its whole name, with a road word after it ("G108线", "省道317公路", "S205线公路"; the key's
#: 公路 is 路 by then): the code alone. A code before more words ("G4216线X至Y段") keeps them; an S code of one or
#: two digits may be a metro line's ("S1线"), so only a provincial road's three digits are read so.
_CODE_ROAD_WORD_RE = re.compile(r"^(G\d{1,4}|S\d{3}|(?:国道|省道)\d{1,4})(?:线|线路|路)$")
_NATIONAL_CODE_RE = re.compile(r"^(?:国道|省道)([GS]\d+)$")
_NATIONAL_NUMBER_RE = re.compile(r"^(国道|省道)(\d+)$")


@functools.cache
def _power_works_re() -> re.Pattern[str]:
    """A power project's verb-noun between its name and its works word ("X交流输电工程", "X光伏发电项目")."""
    return re.compile(rf"(?<=[\u4e00-\u9fff]{{2}}){lx.POWER_WORKS_NOUNS}(?=(?:工程|项目)$)")


@functools.cache
def _rail_kind_lead_re() -> re.Pattern[str]:
    """A rail line's kind before its ends, the line then closed by 线 ("市郊铁路A至B线")."""
    return re.compile(rf"^{lx.RAIL_KIND_LEADS}(?=[^至]+至[^至]+线$)")


def _closed_by_line(body: str) -> bool:
    """Whether 线 closes a rail line named by its ends or their first characters ("A至B线", "AB线"), not a part
    or a role ("X支线", "X联络线", "N号线")."""
    before = body[:-1]
    return body.endswith("线") and bool(before) and not before[-1].isascii() \
        and not before.endswith(lx.LINE_ROLES_BEFORE_XIAN)


@functools.cache
def _provinces() -> tuple[str, ...]:
    """Return the provinces' short names (四川, 重庆, 广西…), longest first."""
    # Imported here: geo.places is heavy and extraction rarely needs it at import.
    from geo.places import region

    names = {re.sub("(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", n)
             for n in region.province_abbreviations().values()}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@functools.cache
def _provinces_by_initial() -> dict[str, tuple[str, ...]]:
    """Return the provinces' short names by their first character, each list longest first (:func:`_provinces`)."""
    out: dict[str, tuple[str, ...]] = {}
    for name in _provinces():
        out[name[0]] = (*out.get(name[0], ()), name)
    return out


#: A county or district of two characters written with its suffix ("会泽县"), not a section ("…区段").
_COUNTY_RE = re.compile(r"[\u4e00-\u9fff]{2}[县区](?!段)")
#: A county the gazetteer may lack written with its suffix at a route's end: of one character and 县 ("甲县"), or as
#: :data:`_COUNTY_RE`.
_COUNTY_END_RE = re.compile(r"[\u4e00-\u9fff]县|[\u4e00-\u9fff]{2}[县区](?!段)")


@functools.cache
def _province_suffix_re() -> re.Pattern[str]:
    """A province's 省 inside a name, before more of it ("四川省广安段"): written or not, one name."""
    return re.compile(f"({'|'.join(_provinces())})省(?=[\u4e00-\u9fff])")


@functools.lru_cache(maxsize=1 << 16)
def route_form(name: str) -> str:
    """Return a route's name with 到 between its two ends read as 至 ("城口到开州高速公路"), so are dashes between its
    ends (:func:`_dashed_ends`: "城口-开州高速公路"), and an inner
    note dropped ("芷江至铜仁(湘黔界)高速公路"), for comparing it with its short form; a short form whose
    initials are spelled out in notes is read without them (:func:`initials_form`)."""
    name = initials_form(name)
    if "至" not in name and name.count("到") == 1:
        name = name.replace("到", "至")
    if "至" not in name:
        name = _dashed_ends(name)
    if "至" in name and ("(" in name or "（" in name):
        name = _INNER_NOTE_RE.sub(lambda m: m.group() if place_re().fullmatch(m.group(1)) else "", name)
    if "至" in name and "经" in name:
        name = _via_as_an_end(name)
    return name


#: A dash between two of a route's ends ("甲山-乙水铁路", "甲山—乙水高速", "甲山~乙水铁路").
_END_DASH_RE = re.compile(r"(?<=[\u4e00-\u9fff])[-–—~～－](?=[\u4e00-\u9fff])")


def _dashed_ends(name: str) -> str:
    """Return a route named by two to four ends joined by dashes with 至 between them ("甲山-乙水铁路" → 甲山至乙水铁路), when
    each end but the last is a place (or two or three characters, a place the gazetteer lacks) and the last opens with
    a place (or a county written with 县/区); ``name`` otherwise."""
    parts = _END_DASH_RE.split(name)
    if not 2 <= len(parts) <= 4:
        return name
    ends = all(place_re().fullmatch(p) or _UNKNOWN_END_RE.fullmatch(p) for p in parts[:-1])
    if not ends or not (place_re().match(parts[-1]) or _COUNTY_END_RE.match(parts[-1])):
        return name
    return "至".join(parts)


def _via_as_an_end(name: str) -> str:
    """Return "A经B至C…" with the place it passes read as an end ("A至B至C…": 城口经宣汉至大竹 → 城口至宣汉至大竹),
    so that its short form takes B's character too; ``name`` when 经 stands between no two places."""
    first, sep, rest = name.partition("至")
    a, via, b = first.partition("经")
    if via and place_re().fullmatch(a) and place_re().fullmatch(b):
        return f"{a}至{b}{sep}{rest}"
    return name


def without_via(name: str) -> str | None:
    """Return a line named "A经B至C<head>" without the place it passes ("A至C<head>"), or None for another name."""
    first, sep, rest = name.partition("至")
    a, via, b = first.partition("经")
    if via and sep and place_re().fullmatch(a) and place_re().fullmatch(b) and "经" not in rest:
        return f"{a}至{rest}"
    return None


#: A note right after a character of a name, of one to four characters ("绵(阳)", "渝(重庆)").
_INITIAL_NOTE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[(（]([\u4e00-\u9fff]{1,4})[)）]")


def initials_form(name: str) -> str:
    """Return a line's name written by its places' initials, each spelled out in a note after it, without
    the notes ("绵(阳)达(州)高速" → 绵达高速, "甲(乙)广(安)渝(重庆)高速公路" → 甲广渝高速公路); others unchanged.

    Two notes or more, one of them at least completing the character before it to a place (阳 after 绵):
    "成都(双流)至重庆(江北)…" notes no initials. A note of its own is dropped when it spells out the word before
    it: the place that character is the initial of ("甲昆(昆明)高铁" → 甲昆高铁), or the same words again
    ("甲阳至广州(广州)高铁" → 甲阳至广州高铁; part-n42).
    """
    notes = list(_INITIAL_NOTE_RE.finditer(name))
    if len(notes) < 2 or not any(place_re().fullmatch(name[m.start() - 1] + m.group(1)) for m in notes):
        if not any(_spells_out(name, m) for m in notes):
            return name
        return _INITIAL_NOTE_RE.sub(lambda m: "" if _spells_out(name, m) else m.group(), name)
    return _INITIAL_NOTE_RE.sub("", name)


def _spells_out(name: str, note: re.Match[str]) -> bool:
    """Whether ``note`` spells out the word right before it in ``name``: the place its character is the initial of
    ("昆(昆明)"), or the same words again ("广州(广州)")."""
    words = note.group(1)
    before = name[: note.start()]
    return before.endswith(words) or words[0] == before[-1] and place_re().fullmatch(words) is not None


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
    for k, part in enumerate(parts):
        # (only the names starting with the part's first character: ~30 provinces tried per part, issue 16)
        prov = next((p for p in _provinces_by_initial().get(part[:1], ()) if part.startswith(p)), "")
        rest = part[len(prov) :].removeprefix("省").removeprefix("市") if prov else part
        county = _COUNTY_RE.match(rest) if prov else None
        # "云南大关至永善高速": an end of two or three characters after its province, though the gazetteer lacks it
        # (an end before 至 only: the last part holds the head too)
        unknown = prov and k < len(parts) - 1 and _UNKNOWN_END_RE.fullmatch(rest)
        # and the last end before the line's head ("甲山至广西乙丙高速公路(丁段)": 乙丙, the gazetteer lacking it; part-n42)
        head = LINE_WORD_RE.search(rest) if prov and k == len(parts) - 1 else None
        unknown = unknown or head is not None and _UNKNOWN_END_RE.fullmatch(rest, 0, head.start()) is not None
        if prov and (place_re().match(part, len(prov)) or place_re().match(rest) or county or unknown):
            part = rest
        part = _county_after_its_city(part)
        m = place_re().match(part)
        # not a section ("…区段") nor a word the level opens ("四川市域铁路", "市郊铁路"): a 市 of a name, not a place's;
        # a prefecture's 州 also before its section ("甲乙州段" is 甲乙段; part-n42)
        level = part[m.end() : m.end() + 1] if m and len(m.group()) >= 2 else ""
        if level and (level in "区县市" and part[m.end() + 1 : m.end() + 2] not in _AFTER_A_LEVEL_WORD or level == "州"):
            part = part[: m.end()] + part[m.end() + 1 :]
        elif county and not m:
            # "云南省会泽县": a county written in full after its province, though the gazetteer lacks it
            part = part[:2] + part[3:]
        out.append(part)
    return "至".join(out)


def _county_after_its_city(end: str) -> str:
    """Return a route's end without the city or prefecture written with 市/州 before its county or district
    ("毕节市赫章县" → "赫章县", "黔东南州凯里市" → "凯里市"): the county is the end; else ``end`` as it is."""
    city = place_re().match(end)
    if city is None or end[city.end() : city.end() + 1] not in "市州":
        return end
    rest = end[city.end() + 1 :]
    county = place_re().match(rest)
    if county and rest[county.end() : county.end() + 1] in "区县市旗" or _COUNTY_RE.match(rest):
        return rest
    return end


#: What follows 区/县/市 when it opens a word rather than ends a place: a section ("…区段"), 域 or 郊 ("市域铁路").
_AFTER_A_LEVEL_WORD = frozenset("段域郊")

#: The heads of a line's name, longest first.
_LINE_WORDS = "高速铁路|高铁|城际铁路|铁路|高速公路|高速"
LINE_HEAD_RE = re.compile(rf"(?:{_LINE_WORDS})$")
#: A line's head anywhere in a name, before a section too ("沿江高铁汉宜段").
LINE_WORD_RE = re.compile(_LINE_WORDS)


def abbreviation_lead(key: str) -> int:
    """Return the length of the run of two to four place abbreviations opening a line's name and
    leaving four characters or more after it ("沪渝蓉沿江高铁" → 3), else 0."""
    return next((k for k in (4, 3, 2) if len(key) - k >= 4 and all(c in lx.ABBREVIATIONS for c in key[:k])), 0)


@functools.lru_cache(maxsize=1 << 16)
def line_ends(name: str) -> str | None:
    """Return the ends of a line named "A至B…" without its head word, or None for a section.

    Kept per name: linking compares the items of a document pair by pair (1,609 calls for 428 names in the
    50-document ingest bench, issue 16).
    """
    body = _route_endpoints(name)
    head = LINE_HEAD_RE.search(body)
    if head is None or "段" in body or "至" not in body:
        return None
    return body[: head.start()]


def drop_section(body: str) -> str:
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
    if type_ is EntityType.RAILWAY:
        name = _rail_kind_lead_re().sub("", name)  # "市郊铁路A至B线": the railway "A至B线" (issue 11)
    body = drop_section(_route_endpoints(name))
    head = LINE_HEAD_RE.search(body)
    if type_ is EntityType.HIGHWAY:
        kind = "h"
    elif head:
        kind = "hsr" if head.group() in ("高铁", "高速铁路") else "r"
    elif _closed_by_line(body):
        kind = "r"  # "AB线", "A至B线": a railway written by its ends or their first characters, 线 its head
    else:
        return frozenset()
    body = drop_section(body[: head.start()] if head else body)
    if "至" in body:
        # Imported here: geo.places is heavy and extraction rarely needs it at import.
        from geo.places import region

        parts = body.split("至")
        # an end the gazetteer lacks (a town of another province: "官庄至新化高速公路") is read whole
        # when it is two or three characters of a name ("官新高速" is its short form)
        # and the last end too when written with its 县/区 ("乙至甲县一级公路")
        places = [place_re().match(p) or _UNKNOWN_END_RE.fullmatch(p) or _COUNTY_END_RE.match(p) for p in parts]
        if len(parts) > 4 or not all(places) or any(m.end() != len(p) for m, p in zip(places[:-1], parts)):
            return frozenset()
        abbr = region.abbreviation_of()
        bodies = {""}
        for k, m in enumerate(places):  # the first character or the region's abbreviation of each place
            chars = {m.group()[0], abbr.get(m.group(), m.group()[0])}
            read = m.re not in (_UNKNOWN_END_RE, _COUNTY_END_RE)  # a place the gazetteer knows
            if k == len(places) - 1 and len(m.group()) == 2 and len(places) == 2 and read:
                chars.add(m.group()[1])  # "甲西至息烽" … "甲烽": the last place of two by its second character too
            bodies = {b + c for b in bodies for c in chars}
        rest = parts[-1][places[-1].end() :]
        bodies = {b + rest for b in bodies}
    elif 2 <= len(body) <= 5 or type_ is EntityType.HIGHWAY and _LONG_ROAD_HEAD_RE.search(body):
        bodies = {body}
    else:
        return frozenset()
    out = {f"{b.removesuffix('线')}:{kind}" for b in bodies if 2 <= len(b.removesuffix("线")) <= 4}
    if type_ is EntityType.HIGHWAY:
        # a road of a longer head ("甲山至乙水快速通道" … "甲乙快速通道", issue 11): the head goes with the kind
        out |= {f"{b[: m.start()]}:h{m.group()}" for b in bodies
                if len(b) > 4 and (m := _LONG_ROAD_HEAD_RE.search(b)) and 2 <= m.start() <= 4}
    return frozenset(out)


#: A road's head longer than the short forms' four characters leave room for ("甲乙快速通道", "甲乙产城大道" is 甲乙产城
#: and 大道): read apart from the initials, as part of the road's kind.
_LONG_ROAD_HEAD_RE = re.compile(r"(?:快速通道|快速路|一级公路|二级公路|大道)$")


#: A road's code before a line's name ("G75甲乙高速"), the kind words closing it, and the joiner of its ends: what
#: :func:`line_key` reads a name without, compiled once (asked for each railway and highway, issue 16).
_CODE_LEAD_RE = re.compile(r"^[GS]\d+")
_LINE_KIND_TAIL_RE = re.compile(r"(高速铁路|高铁|城际铁路|铁路|高速公路|高速)$")
_ENDS_JOINER_RE = re.compile("[至—\\-]")


def line_key(name: str, type_: EntityType) -> str | None:
    """Return an abbreviation key of a railway or highway name, or None.

    ``重庆至昆明铁路`` and ``渝昆高铁`` both give ``渝昆``; sections give None so a
    section never merges with its line.
    """
    if type_ not in (EntityType.RAILWAY, EntityType.HIGHWAY) or "段" in name:
        return None
    body = _LINE_KIND_TAIL_RE.sub("", _CODE_LEAD_RE.sub("", name))
    if body == name:
        return None
    parts = [p for p in _ENDS_JOINER_RE.split(body) if p]
    if len(parts) >= 2:
        # Imported here: geo.places is heavy and extraction rarely needs it at import.
        from geo.places import region

        abbr = "".join(region.abbreviation_of().get(p, p[:1]) for p in parts)
    else:
        abbr = body
    return f"{abbr}:{'r' if type_ is EntityType.RAILWAY else 'h'}" if 2 <= len(abbr) <= 4 else None


#: A line's section named by its ends at the end of its name ("X高铁内江至自贡段", "X高铁内自段").
SECTION_END_RE = re.compile(rf"^(?P<line>.+?(?:{_LINE_WORDS}))(?P<sec>[^段()（）]{{2,16}})段$")


def section_forms(name: str, type_: EntityType) -> set[tuple[str, str, bool]]:
    """Return the (line form, section's short form, written in full) keys of a line's section, or none.

    The line's forms are its key and its short forms, with and without the abbreviations of the places
    it joins before its name ("沪渝蓉沿江高铁" is also "沿江高铁"); a section "A至B(至C)" gives the first
    characters of its ends (either character of an end of two, or the region's abbreviation): "内自泸",
    "汉宜"; a section of two to four characters without 至 is a short form as written.
    """
    m = SECTION_END_RE.match(variant_key(name))
    if m is None:
        return set()
    line, sec = m.group("line"), m.group("sec")
    run = abbreviation_lead(line)
    lines = {line, line[run:]} | short_forms(line, type_) | short_forms(line[run:], type_)
    if "至" in sec:
        from geo.places import region

        # an end written as a station of its place ("重庆东" for 重庆 of a section, issue 11) is the place
        ends = [e[:-1] if e[-1:] in "东南西北" and place_re().fullmatch(e[:-1]) else e for e in sec.split("至")]
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


#: The kind word before a railway station's 站 ("X车站", "X火车站", "X高铁站"), or before its direction and 站
#: ("X高铁南站", "X火车北站"): one station written with or without it.
_STATION_KIND_RE = re.compile(r"(?:(?<!汽)车|火车|高铁|动车|铁路|客运)(?=站$)|(?:火车|高铁|动车)(?=[东南西北]站$)")
#: The line a station's name opens with ("甲乙高铁丙县站", "甲乙铁路丙站"): the station is 丙县站 of that line.
_STATION_LINE_RE = re.compile(r"^(?P<line>[\u4e00-\u9fff]{2,8}?(?:高铁|城际铁路|铁路))(?=[^站铁]{2,}站$)")
#: The works of a reservoir named for it ("X水利工程", "X水利枢纽工程", "X水库工程"): the reservoir's key.
_RESERVOIR_WORKS_KEY_RE = re.compile("(?:水利水电枢纽|水利枢纽|水利|水库)(?:工程)?$")
#: An airport's rank words before its 机场 ("X国际机场", "X民用支线机场", "X支线机场"): one airport written with or
#: without them (issue 11). Not 新 ("X新机场" may be a new airport beside the old "X机场") nor 通用 (a general
#: aviation field is another airport).
_AIRPORT_KIND_RE = re.compile(r"(?:国际|民用|支线)+机场$")


def station_line(name: str) -> str | None:
    """Return the line a station's name opens with ("甲乙高铁丙县站" → 甲乙高铁), or None."""
    m = _STATION_LINE_RE.match(variant_key(name))
    return m.group("line") if m else None


def site_kind_key(name: str, type_: EntityType) -> str | None:
    """Return a station's or airport's name key without the kind word before its head ("璧山车站", "璧山高铁站"
    → 璧山站; "甲山高铁南站" → 甲山南站) and without the line its name opens with ("甲乙高铁丙县站" → 丙县站:
    see :func:`station_line`; "江北国际机场", "甲山民用支线机场" → 江北机场, 甲山机场), a reservoir's works by their reservoir ("甲山水利工程", "甲山水利枢纽工程"
    → 甲山水库: one works, the reference's aliases), or None for other types or a name that is the kind word alone."""
    if type_ is EntityType.RAIL_STATION:
        key = _STATION_KIND_RE.sub("", variant_key(name))
        key = _STATION_LINE_RE.sub("", key)
    elif type_ is EntityType.AIRPORT:
        key = _AIRPORT_KIND_RE.sub("机场", variant_key(name))
    elif type_ is EntityType.WATER:
        key = _RESERVOIR_WORKS_KEY_RE.sub("水库", variant_key(name))
        if not key.endswith("水库"):
            return None
    else:
        return None
    shortest = 4 if type_ is EntityType.WATER else 3  # a reservoir needs a name of two characters before 水库
    return key if len(key) >= shortest else None
