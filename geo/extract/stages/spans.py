"""Sentences, clauses, cues and neighbours of a mention in a document's work text, memoised per document.

The positions of breaks and cues are found once per document (the text being read) and
looked up by bisection for each mention, so reading a mention's clause stays cheap.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable
from typing import TypeVar

from geo.extract.patterns import CLAUSE_BREAK, SENTENCE_BREAK, Cand
from geo.extract.stages import cues as stages
from geo.extract.stages import list_headings
from geo.model import Stage


def sentence(work: str, s: int, e: int) -> tuple[int, int]:
    """Return the sentence around ``work[s:e]``: from after the previous break to its own end."""
    last = _last_sentences  # (read once: a (text, breaks) pair replaced whole, never changed)
    breaks = last[1] if last[0] is work else _sentence_breaks(work)
    k = bisect.bisect_left(breaks, s)
    a = breaks[k - 1] + 1 if k else 0
    # the next break at or after e, from the same list (a break is one character)
    j = bisect.bisect_left(breaks, e)
    if j == len(breaks):
        return a, len(work)
    at = breaks[j]
    return a, (at + 1 if work[at] != "\n" else at)


_BREAK_CACHE: dict[tuple[int, str], tuple[str, list[int]]] = {}

_T = TypeVar("_T")


def per_item(read: Callable[..., _T]) -> Callable[..., _T]:
    """Memoise a reading ``read(work, *where, cand, cands)`` of one item, for the document being read.

    ``where`` are plain values (a clause's start) asked along with the item. A mention's stage and
    its years ask the same question of its clause (is the item named as context?): 1,259 calls for
    907 items in the 50-document ingest bench; the readers of a stage, its years and the list it
    closes ask for the words before the item in its clause (:func:`words_before`) 6,100 times for
    1,020 items, and where its list starts (:func:`geo.extract.stages.item_lists.list_start_of`) 4,900
    times for 1,018 (issue 16). The answers are kept until another text or list of candidates is read.
    """
    kept: dict[tuple[object, ...], tuple[Cand, _T]] = {}
    reading: list[object] = [None, None]

    @functools.wraps(read)
    def memo(work: str, *args: object) -> _T:
        cand, cands = args[-2], args[-1]
        if reading[0] is not work or reading[1] is not cands:
            kept.clear()
            reading[0], reading[1] = work, cands
        key = (id(cand), *args[:-2])
        hit = kept.get(key)
        if hit is not None and hit[0] is cand:
            return hit[1]
        found = read(work, *args)
        kept[key] = (cand, found)  # type: ignore[assignment]
        return found

    return memo


#: The text whose sentences (and clauses) were last asked for, and their breaks. Why so: the rules ask a
#: mention's sentence and clause some 23,000 times for the 50 documents of the ingest bench, all of the
#: document being read, in turn: the text is checked by identity before the memo of :func:`_breaks` is
#: looked up (issue 16). Each is a pair replaced whole, so a reader never sees one text's breaks with another.
_last_sentences: tuple[str | None, list[int]] = (None, [])
_last_clauses: tuple[str | None, list[int]] = (None, [])


def _sentence_breaks(work: str) -> list[int]:
    """Return the sentence breaks of ``work`` (:func:`_breaks`), kept as those of the text last read."""
    global _last_sentences
    breaks = _breaks(work, SENTENCE_BREAK)
    _last_sentences = (work, breaks)
    return breaks


def _clause_breaks(work: str) -> list[int]:
    """Return the clause breaks of ``work`` (:func:`_breaks`), kept as those of the text last read."""
    global _last_clauses
    breaks = _breaks(work, CLAUSE_BREAK)
    _last_clauses = (work, breaks)
    return breaks


def _breaks(work: str, pattern: re.Pattern[str]) -> list[int]:
    """Positions of ``pattern`` breaks in ``work`` (memoised for the document being read)."""
    key = (id(work), pattern.pattern)
    hit = _BREAK_CACHE.get(key)
    if hit is None or hit[0] is not work:
        if len(_BREAK_CACHE) > 8:
            _BREAK_CACHE.clear()
        hit = (work, [m.start() for m in pattern.finditer(work)])
        _BREAK_CACHE[key] = hit
    return hit[1]


def cues_in(work: str, a: int, b: int) -> list[re.Match[str]]:
    """Stage cues starting in ``[a, b)``, found once per document.

    The cues are kept with their starts and ends as plain lists: bisecting the starts needs no key
    call per comparison, and the cues within ``[a, b)`` are the common case (1,900 questions of an
    ingest of 50 documents, issue 16).
    """
    key = (id(work), "cues")
    hit = _BREAK_CACHE.get(key)
    if hit is None or hit[0] is not work:
        matches = stages.find_cues(work)
        hit = (work, (matches, [m.start() for m in matches], [m.end() for m in matches]))
        _BREAK_CACHE[key] = hit  # type: ignore[assignment]
    matches, starts, ends = hit[1]  # type: ignore[misc]
    lo = bisect.bisect_left(starts, a)
    hi = bisect.bisect_left(starts, b, lo)
    return [matches[k] for k in range(lo, hi) if ends[k] <= b]


def first_stated_stage(work: str, a: int, b: int) -> Stage | None:
    """Return the stage of the first specific cue in ``[a, b)`` that states one (not an upgrade, not unspecified),
    or None: the stage a run of words tells by itself (a bulletin line's news, the line after a heading, a later
    clause about a list)."""
    for m in cues_in(work, a, b):
        stage, specific = stages.stage_of(m)
        if specific and stage not in (Stage.UNSPECIFIED, Stage.UPGRADE):
            return stage
    return None


#: Sort key called by bisection in C (a ``lambda`` key costs a Python call per comparison: some
#: 180,000 of them in an ingest of 50 documents, issue 16).
_CAND_START = operator.attrgetter("start")


def near(cands: list[Cand], a: int, b: int) -> list[Cand]:
    """Candidates starting in ``[a, b)`` (``cands`` is sorted by start)."""
    lo = bisect.bisect_left(cands, a, key=_CAND_START)
    hi = bisect.bisect_left(cands, b, lo, key=_CAND_START) if b > a else lo
    return cands[lo:hi]


def clause(work: str, s: int, e: int) -> tuple[int, int]:
    """Return the clause around ``work[s:e]``: between the comma-level breaks around it."""
    last = _last_clauses
    breaks = last[1] if last[0] is work else _clause_breaks(work)
    k = bisect.bisect_left(breaks, s)
    a = breaks[k - 1] + 1 if k else 0
    j = bisect.bisect_left(breaks, e)  # the next break at or after e (a break is one character)
    return a, (breaks[j] if j < len(breaks) else len(work))


def headline_stage(work: str) -> Stage | None:
    """Return the stage a news headline gives its subject ("某某高铁今日开通运营"), memoised.

    The headline is the first non-empty line, short and without a full stop.
    """
    key = (id(work), "headline")
    hit = _BREAK_CACHE.get(key)
    if hit is None or hit[0] is not work:
        line = next((ln.strip() for ln in work.splitlines() if ln.strip()), "")
        found = None
        if len(line) <= HEADLINE_MAX and "。" not in line:
            cues = [stages.stage_of(m) for m in stages.find_cues(line)]  # STAGE_RE's matches, found faster
            found = next((st for st, spec in cues if spec and st is not Stage.UNSPECIFIED), None)
        hit = (work, found)
        _BREAK_CACHE[key] = hit  # type: ignore[assignment]
    return hit[1]  # type: ignore[return-value]


#: The longest first line read as a headline.
HEADLINE_MAX = 40


def first_line(work: str) -> tuple[int, int]:
    """Return the span of the document's first line: from its first character that is not blank to its newline
    (the text's end when it has none). The headline, when the line is one (:func:`headline_stage`)."""
    lead = len(work) - len(work.lstrip())
    end = work.find("\n", lead)
    return lead, len(work) if end < 0 else end


#: A reader of a heading line: (level, stage, offset of its words), as :func:`geo.extract.stages.list_headings.heading`.
HeadingReader = Callable[[str], tuple[int | None, Stage | None, int]]


def heading_stage(
    work: str, pos: int, *, read: HeadingReader = list_headings.heading
) -> tuple[Stage, int, int] | None:
    """Return the stage and span of the list heading governing the line of ``pos``, if any (issue #11).

    A heading naming a kind of project ("一、续建项目", "（二）新开工项目", "储备项目") gives its stage to
    every line under it until the next heading of the same or a higher level
    (:func:`geo.extract.stages.list_headings.heading`); a heading without a kind ("（一）交通项目") only ends those
    of its level and below, so a kind named higher up still governs its lines. ``read`` tells the
    headings (:func:`geo.extract.stages.list_intros.report_heading` also takes a news report's section headings).
    """
    key = (id(work), f"headings:{read.__qualname__}")
    hit = _BREAK_CACHE.get(key)
    if hit is None or hit[0] is not work:
        hit = (work, _headings(work, read))
        _BREAK_CACHE[key] = hit  # type: ignore[assignment]
    starts, governing = hit[1]  # type: ignore[misc]
    k = bisect.bisect_right(starts, pos) - 1
    return governing[k] if k >= 0 else None


def _headings(work: str, read: HeadingReader) -> tuple[list[int], list[tuple[Stage, int, int] | None]]:
    """Return the start of every line and the stage heading governing it (not its own line's)."""
    starts: list[int] = []
    governing: list[tuple[Stage, int, int] | None] = []
    stack: list[tuple[int, Stage | None, int, int]] = []  # (level, stage, words start, line end)
    pos = 0
    for line in work.split("\n"):
        starts.append(pos)
        governing.append(next(((s, a, b) for _lv, s, a, b in reversed(stack) if s is not None), None))
        level, stage, at = read(line)
        if level is not None:
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, stage, pos + at, pos + len(line)))
        pos += len(line) + 1
    return starts, governing


@per_item
def words_before(work: str, a: int, cand: Cand, cands: list[Cand]) -> str:
    """Return the words of the item's clause before it, without the other items of its list.

    "经A、B、C" → "经、、", "渝昆高铁起自重庆西站" → 起自.
    """
    text = work[a : cand.start]
    kept = []  # the pieces between the other items (cut out whole, not one character at a time)
    pos = 0
    for c in near(cands, a, cand.start):  # (by start: each item cut begins at or after the last one's start)
        if c.name and c is not cand:
            lo, hi = c.start - a, min(c.end, cand.start) - a
            if lo > pos:
                kept.append(text[pos:lo])
            pos = max(pos, lo, hi)
    kept.append(text[pos:])
    return "".join(kept).strip()
