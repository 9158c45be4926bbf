"""A numbered road's part written right after its code (issue 11 item 1): "G220青桥段", "S343丁标线", "G347青岭绕镇".

A road's code (G or S and its digits) names the whole road. A stretch, a place's bypass or a local line written right
after the code, with no separator, is the part the text means, and the item is named by the code with its part. Such
parts are mostly named by small places the gazetteer lacks ("丁司垱段", "夹江县华头镇段") or by the initials of a local
line's ends, so the test is one of shape (no verb, cue, negation, kind word or head inside), not of known places.

A road's facility named by its place right after the road's name or code ("G42甲河服务区", "X高速乙匝道") is read the
same way (:func:`road_facility`): the facility is the item, named with its road.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.patterns import CJK, CUE_RE, GENERIC_RE, HEAD_RE, NEG_RE, STOP_RE, place_re

__all__ = ["CODE_HEAD_RE", "code_part", "code_section_ok", "road_facility"]

#: A road's code as a head of its own ("G316", "S428").
CODE_HEAD_RE = re.compile(r"[GS]\d{2,4}")


#: A part without 段: two to four characters and a bypass word, or two characters (the initials of a local line's
#: ends) and a line word; then the end of the name (no Chinese character) or a word that closes a list or a works.
_PART_RE = re.compile(
    rf"(?:(?P<place>[{CJK}]{{2,4}}?)(?P<bypass>{lx.CODE_BYPASS_WORDS})"
    rf"|(?P<initials>[{CJK}]{{2}}){lx.CODE_LINE_WORDS})"
    rf"(?=[^{CJK}]|$|等|工程|项目)"
)


#: A bypass word closing a stretch ("青岭过境").
_BYPASS_END_RE = re.compile(f"{lx.CODE_BYPASS_WORDS}$")

#: Negations the list of negative words leaves to their verb ("不通段", "未建段"): a stretch by its state.
_NOT_RE = re.compile("[不未]")


def code_section_ok(sec: str) -> bool:
    """Return whether ``sec``, the text between a road's code and 段, names the road's stretch.

    Two to six Chinese characters with no head, kind word, cue, negation or verb (a verb only where no place of
    the gazetteer is in it, as :func:`geo.extract.names.sections.section_ok` reads it); not a stretch named by its role
    ("施工段") nor by its state ("拥堵路段": 路段 is any stretch of road; "不通段"), nor only generic words ("城区").
    """
    if not 2 <= len(sec) <= 6 or not re.fullmatch(f"[{CJK}]+", sec) or sec.endswith("路"):
        return False
    bypassed = _BYPASS_END_RE.sub("", sec)  # "青岭过境": the place is 青岭
    if sec in lx.STRETCH_WORDS or HEAD_RE.search(sec) or len(GENERIC_RE.sub("", bypassed)) < 2:
        return False  # a place's suffix (县, 镇) is a generic word: the rest must still name something
    if CUE_RE.search(sec) or NEG_RE.search(sec) or _NOT_RE.search(sec):
        return False
    return not (STOP_RE.search(sec) and not place_re().search(sec))


def code_part(work: str, end: int) -> re.Match[str] | None:
    """Return the part (a bypass or a local line, no 段) written right after the road's code ending at ``end``.

    The match's group ``place`` holds the bypassed place, ``initials`` a local line's initials; None when the text
    after the code is no such part.
    """
    part = _PART_RE.match(work, end)
    if part is None:
        return None
    words = part.group("place") or part.group("initials")
    return part if code_section_ok(words) else None


#: A road's facility named by its place (two to four characters) right after the road ("甲河服务区", "乙匝道").
_FACILITY_RE = re.compile(rf"(?P<place>[{CJK}]{{2,4}}?)(?:{lx.ROAD_FACILITY_WORDS})")


def road_facility(work: str, start: int, end: int) -> re.Match[str] | None:
    """Return the facility (a service area, a rest area, a ramp) named by its place right after the road's name
    ``work[start:end]`` ("G42甲河服务区", "X高速乙匝道"), or None.

    The match's group ``place`` holds the facility's place: no head, cue, negation or verb (a verb only where a
    place of the gazetteer is in it), no stretch by its role ("全线") and not only generic words, so a facility
    the text names by what is done to it ("新建匝道", "拼宽匝道") is no part. A facility where a route starts or ends
    ("起于X高速甲服务区") is the route's landmark, no item.
    """
    part = _FACILITY_RE.match(work, end)
    if part is None or lx.ROUTE_END_RE.search(work, max(0, start - _ROUTE_END_REACH), start):
        return None
    place = part.group("place")
    if place in lx.STRETCH_WORDS or HEAD_RE.search(place) or not GENERIC_RE.sub("", place):
        return None
    if CUE_RE.search(place) or NEG_RE.search(place) or _NOT_RE.search(place):
        return None
    return None if STOP_RE.search(place) and not place_re().search(place) else part


#: How far before a road's name a route's start or end is looked for ("起于", "终点位于").
_ROUTE_END_REACH = 6
