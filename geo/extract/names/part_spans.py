"""Where a bare part of a line written before 段 starts, and whether what it names are a stretch's ends.

A part is read back from its 段 over a run of CJK characters (:func:`run_start`) to the last stop word or
clause break before it (:func:`part_span`). Its ends (甲至乙段) must read as places: a place, a place's
station by its side (成都东), a town by its short form or suffix, a spot of a known place (米易垭口), or places
one inside the other; a junction end (甲至乙互通段) is read by its place. A one-place part must be a place
(乙段), or the initials of a stretch's two ends right after a line's 的 (成兰铁路的成德段).
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.names.sections import section_ok, split_places
from geo.extract.patterns import CJK, CUE_RE, HEAD_RE, STOP_RE, place_re

__all__ = ["part_span", "place_end", "run_start", "sentence_start"]

_CJK_RE = re.compile(f"[{CJK}]")
_CJK_RUN_RE = re.compile(f"[{CJK}]+")

#: What may stand right before a bare part: a clause break or the start of the text.
_OPENERS = frozenset(",，。;；:：、\n 　")
#: A junction as an end of a stretch ("甲至乙互通段", "甲枢纽至乙段", "甲至乙立交段"), after a name of its own.
_JUNCTION_END_RE = re.compile("(?<=[\u4e00-\u9fff]{2})(?:枢纽互通|互通|枢纽|立交)(?=[至—-]|$)")
#: Heads and list kinds a line's 的 may follow ("X铁路的", "Y高铁的", "A、B等线路的").
_LINE_ENDS = ("铁路", "高铁", "高速", "公路", "线路", "线", "城际", "航道")
#: A town's suffix as written after its name ("甲镇", "乙乡", "丙街道").
_TOWN_SUFFIX_RE = re.compile("(?:镇|乡|街道)$")


def run_start(work: str, at: int) -> int:
    """Return where the run of at most 14 CJK characters ending before ``work[at]`` starts; one dash
    between two of them joins a stretch's ends ("巴中—南充段", "巴中-南充段"), a double dash opens an apposition."""
    i = at
    while i > 0 and at - i < 14 and (_CJK_RE.match(work, i - 1) or work[i - 1] in "—-" and i < at
                                     and _CJK_RE.match(work, i - 2) and _CJK_RE.match(work, i)):
        i -= 1
    return i


def part_span(work: str, lo: int, end: int, *, known: frozenset[str] = frozenset()) -> tuple[int | None, int]:
    """Return where a bare part before 段 at ``end`` starts, or None when it is no stretch; an end in
    ``known`` (an end of the section before it) counts as a place."""
    # the part starts after the last stop word or break before it ("除四川甲至乙段", "建成通车乙段")
    cut = lo
    for sm in STOP_RE.finditer(work, lo, end):
        if _inside_end(work, lo, end, sm.start(), known):
            continue  # "云锦至百和段", "宜昌北至长寿北段": a word inside a town's name or a station's side, no stop
        cut = max(cut, sm.end())
    if cut == lo and lo > 0 and work[lo - 1] not in _OPENERS:
        return None, end  # glued on the left to a longer word, a bracket or a range ("乐山~宜宾段")
    if cut > 0 and work[cut - 1] in "到至—-~" or work.startswith("的", end + 1):
        # "隆昌到叙永段": the end of a route written with 到; "项目乐山段的主线": a modifier
        return None, end
    sec = work[cut:end]
    # an end at a junction of the line ("甲至乙互通段") is read by its place; one end must be a place
    core = _JUNCTION_END_RE.sub("", sec).replace("-", "—")  # an ASCII dash joins ends as a long one does
    if "至" in core or "—" in core:
        ends, sec_ends = split_places(core), split_places(sec.replace("-", "—"))  # a junction is no place end
        if len(ends) != 2 or not (section_ok(core) or any(_town(p) or p in known for p in ends)) \
                or not any(place_end(p) or p in known for p in ends if p in sec_ends) \
                or not all(_end_ok(p) or p in known for p in ends):
            return None, end
    elif not (place_re().fullmatch(sec) and len(sec) >= 2 or _initials_after_of(work, cut, sec)):
        return None, end
    if HEAD_RE.search(core):
        return None, end
    return cut, end


def _inside_end(work: str, lo: int, end: int, at: int, known: frozenset[str]) -> bool:
    """Return whether ``work[at]`` (a stop word's start) lies inside an end of the stretch ``work[lo:end]`` that is a
    place, a place's station by its side, a town or a ``known`` end ("百和" with 和, "宜昌北" before the 至 of 北至)."""
    a = work.rfind("至", lo, at) + 1 or lo
    b = work.find("至", at, end)
    piece = work[a : b if b >= 0 else end]
    return any(place_end(piece[k:]) or piece[k:] in known
               for k in range(max(0, len(piece) - 5), len(piece) - 1) if a + k <= at)


def sentence_start(work: str, pos: int) -> int:
    """Return where the sentence holding ``work[pos]`` starts (after the last sentence end before it)."""
    return max(work.rfind(ch, 0, pos) for ch in "。!！?？\n") + 1


def _initials_after_of(work: str, cut: int, sec: str) -> bool:
    """Return whether ``sec`` is a stretch named by the initials of its two ends right after a line's
    的 ("成兰铁路的成德段": 成都–德阳), where nothing else but a line's part stands."""
    return work[cut - 1 : cut] == "的" and len(sec) == 2 and all(ch in lx.ABBREVIATIONS for ch in sec) \
        and any(work.endswith(h, 0, cut - 1) for h in _LINE_ENDS)


def place_end(end: str) -> bool:
    """Return whether an end is a place, or a place's station by its direction ("海东西", "成都东"), or a town."""
    return bool(place_re().fullmatch(end) or end[-1:] in "东南西北" and place_re().fullmatch(end[:-1])
                or _locality(end) or _town(end))


def _town(end: str) -> bool:
    """Return whether an end is a town: one of the region's by its short form ("福集"), or any written with its
    suffix ("甲乙镇", "丙丁街道"; a town outside the region's table)."""
    stem = _TOWN_SUFFIX_RE.sub("", end)
    return stem in lx.TOWN_SHORTS or (stem != end and 2 <= len(stem) <= 4 and _CJK_RUN_RE.fullmatch(stem) is not None
                                      and not STOP_RE.search(stem) and not CUE_RE.search(stem))


def _locality(end: str) -> bool:
    """Return whether an end is a known place and a spot in it of one to three characters ("米易垭口",
    "通江县城", "盐边桐子林"), no word of a clause ("万州开工")."""
    first = place_re().match(end)
    return bool(first) and first.end() >= 2 and 1 <= len(end) - first.end() <= 3 \
        and not STOP_RE.search(end, first.end()) and not CUE_RE.search(end, first.end())


def _end_ok(end: str) -> bool:
    """Return whether one end of a stretch is a place, places one inside the other ("四川巴中"), or
    a short name the gazetteer may lack ("樊哙", "海东西"); not a verb glued to a place ("签订樊哙")."""
    if len(end) <= 3 or place_re().fullmatch(end) or _locality(end) or _town(end):
        return True
    first = place_re().match(end)
    return bool(first) and place_re().fullmatch(end, first.end()) is not None
