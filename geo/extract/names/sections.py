"""A line's section written before 段: whether its words name a stretch (:func:`section_ok`: places, a
route's ends, initials, a zone crossed, a place's bypass or side, the part inside one unit: :func:`unit_reach`), a
joined line's small place's side (:func:`joined_section_ok`), the part inside one unit written in brackets without
段 (:data:`REACH_NOTE_RE`), and the stretch's ends (:func:`split_places`, :func:`joined_ends`:
"A至B", "A—B—C", "甲镇到乙镇").

Asked by :mod:`geo.extract.names.head_names`, the readers of a line's parts (:mod:`geo.extract.names.parts`,
:mod:`geo.extract.names.part_spans`) and the finders of names without a head.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.patterns import (
    CUE_RE,
    GENERIC_RE,
    HEAD_RE,
    NEG_RE,
    STOP_RE,
    nested_places,
    place_re,
    unit_reach,
)


def section_ok(sec: str) -> bool:
    """Return whether the text before 段 names a stretch (places, 至, abbreviations)."""
    if sec.endswith("路") and "至" in sec[:-1] and len(sec) >= 6:
        return section_ok(sec[:-1])  # "X线甲镇至乙镇路段": 路段 is the road's stretch between two places
    if unit_reach(sec):
        return True  # "X高速四川境段", "Y铁路四川境内段", "Z高速遵义境段": the part of the line inside that unit
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
    if place_re().fullmatch(sec) or nested_places(sec):
        return True  # "江津段"; "四川凉山段": a province and a city
    if len(sec) >= 3 and sec[-1] in "省市县区州" and place_re().fullmatch(sec, 0, len(sec) - 1):
        return True  # "巴南区段", "江津市段": a place with its unit's word
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
    line another route joins, in words :func:`section_ok` leaves to the whole line: a small place's side
    ("与Z高速甲乙东段相接"). Gold codes a joined line's stretch as an item of its own (part-k42); where nothing joins,
    such words stay with the whole line. (The stretch within a province or a city, "与X高速公路云南境段相接", is a
    section wherever it is written: :func:`unit_reach`.)"""
    if not (_JOINED_BEFORE_RE.search(work, max(0, start - 8), start) or _JOINED_AFTER_RE.match(work, end)):
        return False
    return len(sec) == 3 and sec[-1] in "东南西北" and section_ok(sec[:2])


#: A section whose end carries a note in brackets (a border or the county it lies in) before 至 or 段
#: ("甲镇(湘赣界)至乙市段", "甲市(乙县)至丙市段"): :data:`geo.extract.patterns.SECTION_RE` stops at the bracket.
NOTED_SECTION_RE = re.compile(
    r"(?P<open>)(?P<sec>[\u4e00-\u9fff]{2,8}?(?:[(（][\u4e00-\u9fff]{1,6}[)）])?至[\u4e00-\u9fff]{2,8}?"
    r"(?:[(（][\u4e00-\u9fff]{1,6}[)）])?)段")
_NOTE_RE = re.compile(r"[(（][\u4e00-\u9fff]{1,6}[)）]")


def without_notes(sec: str) -> str:
    """Return a section's words without the notes in brackets after its ends ("甲镇(湘赣界)至乙市" → "甲镇至乙市")."""
    return _NOTE_RE.sub("", sec)


#: The part of a line inside one unit, written in brackets without 段 right after the line's name
#: ("X高速公路(四川境)", "Y高速(遵义境内)"); :func:`unit_reach` judges the words.
REACH_NOTE_RE = re.compile(r"(?P<open>[(（])(?P<sec>[\u4e00-\u9fff]{1,10}?境内?)[)）]")


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
