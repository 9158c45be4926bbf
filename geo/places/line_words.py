"""The words of a line's or a facility's name that are no place: a line's kind, the marks between its ends,
brackets and a road's number.

Where it sits: **places** reads the names the extraction found (document → text → entities → places →
database → map layers); these are the words every reader of a name (:mod:`geo.places.names`,
:mod:`geo.places.line_ends`, :mod:`geo.places.line_sections`, :mod:`geo.places.scan`) cuts away first.
"""

from __future__ import annotations

import re

#: Words that end a line's name (the kind of line), longest first. 客专 (客运专线) and 快速公路 close
#: a compact name too: 甲乙客专, 甲乙丙快速公路 are read 甲乙, 甲乙丙, not with 客专 or 快速 as initials.
LINE_WORDS = ("高速公路", "高速铁路", "快速铁路", "普速铁路", "重载铁路", "城际铁路", "市域铁路", "城轨快线", "客运专线", "客专",
              "快速通道", "快捷通道", "快速公路", "快速路", "铁路", "高铁",
              "高速", "国高", "城际", "航道", "公路", "国道", "省道", "大道", "连接线", "联络线", "旅游环线",
              "环线", "复线", "扩能", "改造", "加宽", "改线")
#: The marks between the places of a line's name: 至, 到, a dash, a tilde, 、 (江津至泸州, 江津—綦江—万盛).
LINE_SPLIT = re.compile(r"[至到—–\-－~～、]+")
#: The first of :data:`LINE_WORDS` in a name: where its places end and its kind begins.
LINE_HEAD = re.compile("|".join(LINE_WORDS))
#: Words of a line's name that say which of its lines or works it is (北线, 复线, 扩能, 出渝, 工程): no place.
LINE_MODIFIERS = re.compile(r"(中线|北线|南线|东线|西线|复线|二线|直线|支线|原路|扩容|扩能|改扩建|改造|加宽|升级|出境|出川|入川|出渝|入渝|过境|工程|项目)")
#: Words closing a line's stem that say whose traffic it carries (甲疏港铁路, 乙进港公路, 丙货运铁路, 甲至乙旅游公路):
#: the place before them is the one it serves (its port, its freight yard, its sights), and they are no place nor
#: a line's initial (乙旅游 is no county 乙 with a town 旅游 the gazetteer lacks).
LINE_ROLES = re.compile(r"(?:进出港|疏港|进港|客货运|货运|旅游观光|旅游|观光)$")
#: A bracketed note (half- or full-width brackets, no nesting); group 1 is what it holds.
BRACKETS = re.compile(r"[（(]([^（()）]*)[）)]")


def facility_name(name: str) -> str:
    """Return a name as the facility it names reads: without its bracketed notes and a closing 工程 or 项目
    ("甲港(二期)工程" → 甲港)."""
    return BRACKETS.sub("", name).removesuffix("工程").removesuffix("项目")


#: The letter of a road's network in its number: G (national), S (provincial), X (county).
_NETWORK_LETTER = "[GSX]"
#: The network's word a road's number may be written with instead (国道318, 县道024) or after (G5国道).
_NETWORK_WORD = "(?:国道|省道|县道)"
#: A road named by its number alone: the network's letter or word and up to four digits, 线 after it at
#: most (G245, S316线, 国道318, 县道024); as extraction may keep it, and as it opens a line's name.
ROAD_NUMBER = re.compile(rf"(?:{_NETWORK_LETTER}\d{{1,4}}|{_NETWORK_WORD}\d{{1,4}})线?")
#: A road's number before its ends: G321线, S308线, and the bare number after the network's word
#: (国道321线纳溪到叙永段: 国道 is cut as a kind word, 321线 is no part of 纳溪), also without 线
#: (国道227甲乙至丙段: a digit is never part of a place's name); a network's number (7射, 3纵) is not.
_ROAD_CODE = re.compile(rf"^(?:{_NETWORK_LETTER}\d+(?:线|{_NETWORK_WORD})?|\d+线?(?![\d纵横射联环]))")


def without_road_number(places: str) -> str:
    """Return a line's places without the road's number that opens them, the network's word already cut.

    G321线甲至乙, 321线甲至乙 (of 国道321线甲至乙) and 227甲至乙 all read 甲至乙; a 线 left alone where the
    number is not written (省道线甲县至乙县) is cut too. A network's number (3纵甲至乙) is kept.
    """
    return _ROAD_CODE.sub("", places).removeprefix("线")
