"""A project's name key with its spelling variants folded (:func:`variant_key`: 高速公路 / 高速, a road's code before
its name, 国道210 / 210国道, a route's ends with or without their province or 区/县, 延伸线 / 延长线, 环形 / 环线 before a
line's head, a bridge's town with or without 镇), a road's code written with a
road word after it (:func:`bare_code`) and the places opening a name (:func:`place_split`). Part of
:mod:`geo.extract.linking.name_forms`.
"""

from __future__ import annotations

import functools
import re

from geo.documents import cn_number
from geo.extract import lexicon as lx
from geo.extract.linking.route_ends import (
    initials_form,
    provinces,
    route_endpoints,
    without_inner_notes,
)
from geo.extract.patterns import place_re
from geo.model import name_key


@functools.lru_cache(maxsize=1 << 16)
def place_split(key: str) -> tuple[frozenset[str], str]:
    """Split the places (each with an optional 省/市/区… suffix) off the start of a name key."""
    places: set[str] = set()
    pos = 0
    while m := place_re().match(key, pos):
        places.add(m.group())
        pos = m.end() + (key[m.end() : m.end() + 1] in lx.PLACE_SUFFIX and m.end() < len(key) - 1)
    return frozenset(places), key[pos:]


@functools.lru_cache(maxsize=1 << 16)
def variant_key(name: str) -> str:
    """Return :func:`name_key` with spelling variants folded.

    ``渝黔高速公路`` → ``渝黔高速``; ``G75渝黔高速`` → ``渝黔高速``; ``国道210`` → ``210国道``.
    """
    name = initials_form(name)
    # an inner note is dropped ("道真至武隆(渝黔界)高速公路"), a place is not ("西部(成都)科学城")
    if "(" in name or "（" in name:
        name = without_inner_notes(name)
    key = route_endpoints(name_key(name))
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
    key = _BRIDGE_TOWN_RE.sub("", key)  # "甲乙丙镇丁江大桥" is 甲乙丙丁江大桥 (part-n46)
    key = _EXTENSION_RE.sub("延长", key)  # "X路延伸线" is X路延长线 (part-n46)
    key = _RING_FORM_RE.sub("环线", key)  # "X环形高铁" is X环线高铁 (part-n46)
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
#: A town of three characters with its 镇 opening a bridge's name, or after its county ("丙县甲乙丙镇丁江大桥"), before
#: the bridge's own words ("甲乙丙镇丁江大桥", "甲乙丙丁江大桥": one bridge; seen on fresh39 xo_10). A bridge named
#: by its town alone ("甲乙丙镇大桥") keeps it.
_BRIDGE_TOWN_RE = re.compile(
    r"(?:(?<=^[\u4e00-\u9fff]{3})|(?<=[县区][\u4e00-\u9fff]{3}))镇(?=[\u4e00-\u9fff]{2,}大?桥$)")
#: A line's or road's extension written 延伸线/延伸段 or 延长线/延长段 ("X路延伸线", "X路延长线": fresh39 xp_04).
_EXTENSION_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})延伸(?=[线段])")
#: A ring line's 环形 before its line's head ("X环形高铁", "X环线高铁", "环形高铁": fresh30 yf_12); a 环形 of another
#: word ("环形立交") stays.
_RING_FORM_RE = re.compile(r"环形(?=(?:高铁|城际铁路|铁路|高速|公路)$)")
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
def _province_suffix_re() -> re.Pattern[str]:
    """A province's 省 inside a name, before more of it ("四川省广安段"): written or not, one name."""
    return re.compile(f"({'|'.join(provinces())})省(?=[\u4e00-\u9fff])")
