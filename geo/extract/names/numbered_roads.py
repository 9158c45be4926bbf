"""Roads named by a number, without a head word of their own: national and provincial roads by their codes
("省道213、214", "国道318线雅安至康定段": :func:`code_roads`), county, township and village roads by their codes before a
road word ("X804、X806等五条县道": :func:`local_code_roads`), and a plan's roads numbered with # after their area
("X枢纽1#、2#路": :func:`hash_roads`).

Run by :func:`geo.extract.names.candidates.find_candidates`.
"""

from __future__ import annotations

import re

from geo.extract.names.aliases import is_alias
from geo.extract.names.sections import joined_ends, section_ok, split_places
from geo.extract.patterns import (
    ALIAS_RE,
    CJK,
    CODE_ROAD_RE,
    GENERIC_RE,
    SECTION_RE,
    STOP_RE,
    Cand,
    inside_span,
    place_re,
)
from geo.model import EntityType


def code_roads(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Numbered roads written without a name: "省道213、214" → 省道213, 省道214."""
    out = []
    for m in CODE_ROAD_RE.finditer(work):
        if m.group("kind") is None or inside_span(taken, m.start(), m.end()) or _length_after(work, m.end()):
            continue
        kind = m.group("kind")
        pos = m.start("nums")
        for num in re.findall(r"\d+", m.group("nums")):
            s = work.index(num, pos)
            pos = s + len(num)
            cand = Cand(m.start() if s == m.start("nums") else s, pos, kind + num, EntityType.HIGHWAY)
            # "国道318线雅安至康定段": the road's section
            at = pos + (work[pos : pos + 1] == "线")
            sec = SECTION_RE.match(work, at)
            if sec and not sec.group("open") and section_ok(sec.group("sec")):
                out.append(Cand(cand.start, cand.end, cand.name, EntityType.HIGHWAY, implied=True))
                ends = joined_ends(sec.group("sec"))  # "国道321线甲到乙段" is the road's section 甲至乙
                cand = Cand(cand.start, sec.end(), cand.name + "线" + ("至".join(ends) or sec.group("sec")) + "段",
                            EntityType.HIGHWAY)
                cand.part_of = kind + num
                cand.places = split_places(sec.group("sec"))
            bracket = ALIAS_RE.match(work, cand.end)
            if bracket and is_alias(bracket.group("alias"), EntityType.HIGHWAY):
                cand.aliases.append(bracket.group("alias"))  # "国道319线甲过境段(简称G319甲段)": its short form
            out.append(cand)
    return out


def _length_after(work: str, at: int) -> bool:
    """Return whether the number of a road ending at ``at`` is a length in metres ("改造国道200米"): 米 after it,
    unless a place of the gazetteer opens with that 米 ("国道227米易段": the road's section in 米易)."""
    return work.startswith("米", at) and not place_re().match(work, at)


#: Codes of county, township and village roads ("X804", "Y012", "C105"): a road only where a road word
#: follows the run of codes ("X804、X806等五条县道", "X806线"). A bare code may be a route's file number
#: ("路线代码X904-019"), and one after its kind ("…为乡道Y074") is often the number of a road the text
#: names in words, so neither is an item of its own. The letter comes before the look-behind at it, so the
#: engine finds the letters by a scan of a character set, not a match tried at every position (issue 16).
_LOCAL_CODES_RE = re.compile(
    r"(?P<run>[XYC](?<![A-Za-z\d\-][XYC])\d{3}(?:[、和及][XYC]\d{3})*)(?![\d\-A-Za-z])"
    rf"(?P<post>线|等?[{CJK}]{{0,3}}?(?:县道|乡道|村道|县乡道))"
)


def local_code_roads(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """County, township and village roads named by their codes: "X804、X806等五条县道" → X804, X806."""
    out = []
    for m in _LOCAL_CODES_RE.finditer(work):
        for code in re.finditer(r"[XYC]\d{3}", m.group("run")):
            s, e = m.start("run") + code.start(), m.start("run") + code.end()
            if not inside_span(taken, s, e):
                out.append(Cand(s, e, code.group(), EntityType.HIGHWAY))
    return out


#: Roads of a plan numbered with "#" after the area they serve: "X枢纽1#、2#路", "X片区1#2#3#路".
_HASH_ROADS_RE = re.compile(r"(?P<nums>(?:\d{1,2}#[、和及]?){1,8})路")
_HASH_AREA_RE = re.compile(rf"[{CJK}]{{2,10}}$")


def hash_roads(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Roads numbered with "#" after their area: "西区枢纽1#2#路" → 西区枢纽1#路, 西区枢纽2#路.

    The area is the text before the numbers after the last stop word, at least two characters and
    not only generic words; numbers without an area ("1#路") name no road.
    """
    out = []
    for m in _HASH_ROADS_RE.finditer(work):
        lead = _HASH_AREA_RE.search(work, max(0, m.start() - 10), m.start())
        if lead is None:
            continue
        area = lead.group()
        # a one-character stop inside an area's word ("换乘枢纽") is no stop; a copula is ("…为X枢纽1#路")
        cut = max((w.end() for w in STOP_RE.finditer(area) if len(w.group()) > 1 or w.group() in "为是"), default=0)
        area = area[cut:]
        if len(area) < 2 or not GENERIC_RE.sub("", area) or inside_span(taken, lead.start() + cut, m.end()):
            continue
        for num in re.finditer(r"\d{1,2}#", m.group("nums")):
            s = m.start("nums") + num.start()
            cand = Cand(s, s + len(num.group()), area + num.group() + "路", EntityType.HIGHWAY)
            out.append(cand)
    return out
