"""Read a line named by a compact stem and 线, 复线 or 扩容 ("从兰渝线切入", "顺接贵遵复线", "与崇遵扩容顺接"):
the short forms of its ends, right before the word of a line, a second line or a widening (issue #11 item 1).

A compact stem names a line when the name starts exactly at the stem (the words before it are the clause's
lead, :func:`geo.extract.names.leads.left_start`: a verb, a preposition, a list's separator) and the gazetteer reads
every character of it as a place near the next (:func:`reads_as_line`). Not a stem glued to a word before it
("服务沿线", "有望双线", "旅游连线": the stem would start inside a word), a grid of numbered lines ("一环十七线网"),
a place's own name ("南川线"), a person's name after a title ("村民王成线"), nor a stretch of an existing line a new
line's works measure ("利用既有甲乙线23.9km": a length of track, not an item).

In a text on a railway network (part-r24) a stem also follows a locative ("枢纽内甲乙线"); a pair of provinces'
short forms ("湘黔线") names a line when a word of a line stands near it or the document names it with one (alone,
"川渝线", it is a region pair); a second line of a pair is 二线 ("甲乙二线"); and bare stems listed right before or
after a line named with 线 ("甲乙、丙丁、戊己线", "甲乙二线、丙丁和…") are lines of that list, named by the
document's own name of them ("甲乙铁路") or stem + 线. Hands on the lines as candidates to
:mod:`geo.extract.names.candidates`.
"""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.names.aliases import clean_name
from geo.extract.names.leads import left_start
from geo.extract.names.sections import section_ok, split_places
from geo.extract.patterns import (
    CJK,
    HEAD_RE,
    MULTI_GENERIC_RE,
    SECTION_RE,
    SENTENCE_BREAK,
    Cand,
    head_type,
    inside_span,
)
from geo.model import EntityType

#: A word of a line, a second line (of a pair: 复线, 二线) or a widening after a compact stem; not a word 线 opens
#: (线路, 线上, 线网…) nor a city's tier (二线城市).
_HEAD_RE = re.compile(r"(?P<head>复线|復線|二线|二線|扩容|擴容|线|線)(?![路上下内外性索缆圈条型网長长段高公铁鐵道城])")

#: A locative closing the lead before a stem ("枢纽内甲乙线", "境内甲乙线"): the stem is what follows it.
_INSIDE_RE = re.compile(f"内(?P<stem>[{CJK}]{{2,3}})$")

#: A line whose 线 its list's bare stems share: a short name ending in 线 or 二线 after a word of its own
#: ("丙丁线", "戊己北延线", "甲乙二线"), not a kind of line ("A、B联络线", "A、B支线") nor a corridor's line by
#: direction ("A、成渝中线、B高铁": the list's head is 高铁).
_LIST_LINE_RE = re.compile(f"[{CJK}]{{2,5}}(?<![东南西北中环络接支用干])[线線]")

#: The separators of a list of lines ("甲乙、丙丁和戊己线").
_LIST_SEPS = frozenset("、和及与")

#: What closes a bare stem listed after a line: a separator, the clause's end, 等 ("甲乙线、丙丁等").
_RUN_CLOSE_RE = re.compile(r"[、和及与,，。;；]|等")

#: A second track of a pair ("甲乙二线"): a railway's, whatever line word stands near it.
_SECOND_TRACK = frozenset({"二线", "二線"})

#: Widening words: the works of a road (a highway's widening, as the lexicon's 扩容工程 is).
_WIDENING = frozenset({"扩容", "擴容"})

#: A length right after the name: the stretch of track a new line's works use ("利用既有甲乙线23.9km").
_LENGTH_AFTER_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:km|千米|公里|m(?![A-Za-z])|米)")

#: Three characters ending in a direction: a corridor's line of a pair ("甲乙北线增长极", "甲乙中线"), not initials.
_DIRECTION_STEM_RE = re.compile(f"[{CJK}]{{2}}[东南西北中]")

#: How far around a line's word another line's word tells its kind (same sentence, roughly).
_KIND_REACH = 40


def compact_lines(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Return the lines named by a compact stem and 线, 复线 or 扩容 not already read, in text order.

    A widening is a road's; a line's kind is the one the document gives the same stem with a line word
    ("京昆高速" … "京昆线甲至乙段"), else that of the line word nearest one of its mentions in its sentence,
    else a railway's ("兰渝线").
    """
    found = []
    for m in _HEAD_RE.finditer(work):
        hs, he = m.span()
        start = left_start(work, hs)
        inside = _INSIDE_RE.search(work, start, hs)
        if inside and not _stem_names_line(work, work[start:hs]):
            start = inside.start("stem")  # "枢纽内甲乙线": where the line runs, then the line
        stem = work[start:hs]
        if inside_span(taken, start, he) or _DIRECTION_STEM_RE.fullmatch(stem) or not _stem_names_line(work, stem) \
                or _LENGTH_AFTER_RE.match(work, he):
            continue
        found.append((start, m))
    kinds: dict[str, EntityType] = {}
    out: list[Cand] = []
    for start, m in found:
        hs, he = m.span()
        stem = work[start:hs]
        if m.group("head") in _WIDENING:
            typ = EntityType.HIGHWAY
        elif m.group("head") in _SECOND_TRACK:
            typ = _kind_named(work, stem) or EntityType.RAILWAY  # a second track is a railway's
        else:
            if stem not in kinds:
                kinds[stem] = _kind_named(work, stem) or next(
                    (k for n in re.finditer(re.escape(stem + m.group("head")), work)
                     if (k := _kind_near(work, n.start(), n.end()))), EntityType.RAILWAY)
            typ = kinds[stem]
        cand = Cand(start, he, clean_name(stem + m.group("head")), typ)
        cand.aliases.append(stem)
        sec = SECTION_RE.match(work, he)
        if sec and not sec.group("open") and "至" in sec.group("sec") and section_ok(sec.group("sec")):
            # "达成线甲至乙段": the section of the line is the item, the line is named with it
            cand.implied = True
            part = Cand(start, sec.end(), cand.name + sec.group("sec") + "段", typ, part_of=cand.name)
            part.places = split_places(sec.group("sec"))
            out += [cand, part]
        else:
            out.append(cand)
    return out + _listed_stems(work, [*taken, *((c.start, c.end) for c in out)])


def _stem_names_line(work: str, stem: str) -> bool:
    """Return whether a stem before a word of a line names a line: it reads as one, or it is a pair of provinces
    ("渝黔线", "川黔线") and a word of a line near one of its mentions or the document's full name of it tells so
    (not "推进川渝线建设": a region pair)."""
    if reads_as_line(stem):
        return True
    return _province_pair(stem) and (_kind_named(work, stem) is not None or any(
        _kind_near(work, n.start(), n.end()) for n in re.finditer(re.escape(stem) + "[线線]", work)))


def _listed_stems(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Return the bare stems listed right before or after a line named with 线 ("甲乙、丙丁、戊己线",
    "甲乙二线、丙丁、戊己和…"): lines of their list, each named stem + 线, a railway unless the document names the
    stem with a word of another kind of line (:func:`_bare_line`). The kind read beside the line is not taken:
    a road's word near a railway's 二线 or 复线 misleads it.

    A stem reads as a line (:func:`reads_as_line`); a pair of provinces ("川黔") is one when another stem of the
    run reads as a line or the document names it with a word of a line ("渝黔铁路"). A place ("万州"), a region
    pair alone or a longer word ends the run.
    """
    out: list[Cand] = []
    for a, b in sorted(set(taken)):
        if not _LIST_LINE_RE.fullmatch(work, a, b):
            continue
        run = [(s, e) for s, e in _run_before(work, a) + _run_after(work, b) if not _covered(taken, s, e)]
        if any(reads_as_line(work[s:e]) for s, e in run):
            out += [_bare_line(work, s, e) for s, e in run]
        else:
            out += [_bare_line(work, s, e) for s, e in run if _kind_named(work, work[s:e])]
    return out


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Return whether [start, end) overlaps one of ``spans`` (a stem another reading took)."""
    return any(a < end and start < b for a, b in spans)


def _run_before(work: str, at: int) -> list[tuple[int, int]]:
    """Return the spans of the bare stems listed right before offset ``at``, nearest first ("甲乙、丙丁、|戊己线")."""
    run = []
    while at > 0 and work[at - 1] in _LIST_SEPS:
        stem = next((at - 1 - n for n in (3, 2) if at - 1 - n >= 0 and _stem_ok(work[at - 1 - n : at - 1])), None)
        if stem is None:
            break
        run.append((stem, at - 1))
        at = stem
    return run


def _run_after(work: str, at: int) -> list[tuple[int, int]]:
    """Return the spans of the bare stems listed right after offset ``at`` ("甲乙二线|、丙丁、戊己和…")."""
    run = []
    while work[at : at + 1] in _LIST_SEPS and at + 1 < len(work):
        stem = next((at + 1 + n for n in (3, 2) if _stem_ok(work[at + 1 : at + 1 + n])
                     and _RUN_CLOSE_RE.match(work, at + 1 + n)), None)
        if stem is None:
            break
        run.append((at + 1, stem))
        at = stem
    return run


def _stem_ok(stem: str) -> bool:
    """Return whether a bare stem may be a line of a list: it reads as one, or is a pair of provinces."""
    return len(stem) in (2, 3) and (reads_as_line(stem) or _province_pair(stem))


def _bare_line(work: str, start: int, end: int) -> Cand:
    """Return the line a bare stem of a list names, the stem its alias: the document's own name of it with a word
    of a line ("渝黔铁路"), else stem + 线, a railway."""
    stem = work[start:end]
    named = _named_form(work, stem)
    cand = Cand(start, end, named[0] if named else stem + "线", named[1] if named else EntityType.RAILWAY)
    cand.aliases.append(stem)
    return cand


@functools.lru_cache(maxsize=1 << 12)
def _province_pair(stem: str) -> bool:
    """Return whether a stem of two characters is the short forms of two provinces ("川黔", "渝黔")."""
    from geo.places import Level, load, read_compact

    if len(stem) != 2 or not re.fullmatch(f"[{CJK}]+", stem):
        return False
    reading = read_compact(stem, load(), ())
    return len(reading.places) == 2 and all(p.level is Level.PROVINCE for p in reading.places)


@functools.lru_cache(maxsize=1 << 12)
def reads_as_line(stem: str) -> bool:
    """Return whether a stem of two or three characters reads as places, each near the next, that name a line.

    Not a place's own name (乐山, 阆中: read as 乐山–山南), not only provinces (川渝: a region pair), no generic word.
    Kept per stem: asked before every 线 of a text and for each item of a plan's list, the same few stems.
    """
    if not 2 <= len(stem) <= 3 or not re.fullmatch(f"[{CJK}]+", stem) or stem in lx.PLACE_SET \
            or MULTI_GENERIC_RE.search(stem):
        return False
    # Imported here: the gazetteer is heavy and only a compact stem needs it.
    from geo.places import Level, load, read_compact

    reading = read_compact(stem, load(), ())
    return len(reading.places) == len(stem) and not all(p.level is Level.PROVINCE for p in reading.places)


def _kind_named(work: str, stem: str) -> EntityType | None:
    """Return the kind of the line the document names by the same stem with a line word ("京昆高速"), if any."""
    named = _named_form(work, stem)
    return named[1] if named else None


def _named_form(work: str, stem: str) -> tuple[str, EntityType] | None:
    """Return the first name the document gives a stem with a word of a line ("京昆高速") and its kind, if any."""
    for at in re.finditer(re.escape(stem), work):
        head = HEAD_RE.match(work, at.end())
        kind = head_type(head) if head else None
        if head and kind in (EntityType.HIGHWAY, EntityType.RAILWAY):
            return stem + head.group(), kind
    return None


def _kind_near(work: str, start: int, end: int) -> EntityType | None:
    """Return the kind of the line word nearest a compact name in its sentence, if any ("高速公路新通道 甲乙线")."""
    lo = max(0, start - _KIND_REACH, *(s.end() for s in SENTENCE_BREAK.finditer(work, max(0, start - _KIND_REACH), start)))
    stop = SENTENCE_BREAK.search(work, end, end + _KIND_REACH)
    hi = stop.start() if stop else min(len(work), end + _KIND_REACH)
    near = [(min(abs(h.start() - end), abs(start - h.end())), head_type(h))
            for h in HEAD_RE.finditer(work, lo, hi) if not start <= h.start() < end]
    kinds = [(d, t) for d, t in near if t in (EntityType.HIGHWAY, EntityType.RAILWAY)]
    return min(kinds, key=lambda k: k[0])[1] if kinds else None
