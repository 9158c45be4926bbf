"""Read a mention's stage, target year and lead unit from the clause and task around it."""

from __future__ import annotations

import bisect
import re

from geo.extract import lexicon as lx
from geo.extract.patterns import (
    CLAUSE_BREAK,
    CUE_RE,
    GLUE_RE,
    LEAD_RE,
    LEAD_YEAR_RE,
    LIST_GAP_RE,
    LIST_SEP,
    REL_YEAR_RE,
    SENTENCE_BREAK,
    YEAR_RE,
    Cand,
    cue_at,
    inside_span,
)
from geo.model import Mention, SourceText, Stage


def read_mention(source: SourceText, work: str, index: list[int], cand: Cand, cands: list[Cand]) -> Mention:
    """Return the mention of ``cand`` with its evidence and clause attributes."""
    ts, te = index[cand.start], index[cand.end - 1] + 1
    rs, re_ = source.raw_span(ts, te)
    s_start, s_end = _sentence(work, cand.start, cand.end)
    q0, q1 = index[s_start], index[s_end - 1] + 1 if s_end > s_start else index[s_start]
    stage = Stage.UNSPECIFIED if cand.implied else _stage(work, cand, cands)
    date = source.meta.date
    year = None if cand.implied else _target_year(work, cand, cands, date.year if date else None)
    return Mention(
        doc=source.name,
        text=source.text[ts:te],
        quote=source.text[q0:q1].strip(),
        start=rs,
        end=re_,
        stage=stage,
        target_year=year,
        lead_unit=_lead_unit(work, cand.end),
        doc_date=date,
    )


def _sentence(work: str, s: int, e: int) -> tuple[int, int]:
    breaks = _breaks(work, SENTENCE_BREAK)
    k = bisect.bisect_left(breaks, s)
    a = breaks[k - 1] + 1 if k else 0
    m = SENTENCE_BREAK.search(work, e)
    b = m.end() if m and work[m.start()] != "\n" else (m.start() if m else len(work))
    return a, b


_BREAK_CACHE: dict[tuple[int, str], tuple[str, list[int]]] = {}


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


def _cues_in(work: str, a: int, b: int) -> list[re.Match[str]]:
    """Stage cues starting in ``[a, b)``, found once per document."""
    key = (id(work), "cues")
    hit = _BREAK_CACHE.get(key)
    if hit is None or hit[0] is not work:
        matches = list(CUE_RE.finditer(work))
        hit = (work, matches)
        _BREAK_CACHE[key] = hit  # type: ignore[assignment]
    matches = hit[1]
    lo = bisect.bisect_left(matches, a, key=lambda m: m.start())
    hi = bisect.bisect_left(matches, b, key=lambda m: m.start())
    return [m for m in matches[lo:hi] if m.end() <= b]


def _near(cands: list[Cand], a: int, b: int) -> list[Cand]:
    """Candidates starting in ``[a, b)`` (``cands`` is sorted by start)."""
    lo = bisect.bisect_left(cands, a, key=lambda c: c.start)
    hi = bisect.bisect_left(cands, b, key=lambda c: c.start)
    return cands[lo:hi]


def _clause(work: str, s: int, e: int) -> tuple[int, int]:
    breaks = _breaks(work, CLAUSE_BREAK)
    k = bisect.bisect_left(breaks, s)
    a = breaks[k - 1] + 1 if k else 0
    m = CLAUSE_BREAK.search(work, e)
    return a, (m.start() if m else len(work))


def _stage(work: str, cand: Cand, cands: list[Cand]) -> Stage:
    """Return the stage the governing clause gives the item (specific cues win)."""
    a, b = _clause(work, cand.start, cand.end)
    if work.startswith(lx.SERVICE_WORDS, cand.end):
        return Stage.UNSPECIFIED  # "开通重庆至成都高铁公交化列车": the cue is about a train service
    others = [(c.start, c.end) for c in _near(cands, a, b) if c is not cand and c.name]
    cues = [m for m in _cues_in(work, a, b) if not inside_span(others, m.start(), m.end())]
    lead = [m for m in cues if m.end() <= cand.start]
    # trailing cues: up to the next other item, or in the list's shared tail ("…等项目前期工作")
    nxt = min((s for s, _e in others if s >= cand.end), default=b)
    last = max((e for _s, e in others if e > cand.end), default=cand.end)
    tail = work[last:b]
    tail_from = last + tail.rfind("等") if "等" in tail else (b if "、" in tail else last)
    mask = list(work[cand.end : last])
    for s_, e_ in others:
        for k in range(max(s_, cand.end), min(e_, last)):
            mask[k - cand.end] = ""
    between = "".join(mask)
    in_list = LIST_GAP_RE.fullmatch(between) is not None
    trail = [m for m in cues if cand.end <= m.start() < nxt or (in_list and m.start() >= max(tail_from, cand.end))]
    # a cue glued to the end of another item is that item's ("渝筑高速永城段改线、扶欢…")
    ends = [e_ for _s, e_ in others]
    lead = [
        m
        for m in lead
        if not any(e_ <= m.start() and GLUE_RE.fullmatch(work, e_, m.start()) for e_ in ends)
        and work[m.end() : m.end() + 1] not in LIST_SEP
    ]
    found = []
    trail_cues = [cue_at(m) for m in trail]
    best = next((c for c in trail_cues if c[1] and c[0] not in (Stage.UPGRADE, Stage.UNSPECIFIED)), None)
    if best:
        found.append(best)
    elif trail_cues:
        found.append(trail_cues[0])
    if lead:
        found.append(cue_at(lead[-1]))
    for specific in (True, False):
        for stage, spec in found:
            if spec is specific and stage not in (Stage.UPGRADE, Stage.UNSPECIFIED):
                return stage
        for stage, spec in found:
            if spec is specific and stage is Stage.UPGRADE:
                return stage
    # no cue in its clause: a milestone later in the sentence, before the next item, governs it
    # ("推进X建设,今年内建成通车")
    _s0, s1 = _sentence(work, cand.start, cand.end)
    nxt_item = min((c.start for c in _near(cands, b, s1) if c.name), default=s1)
    dated = YEAR_RE.search(work, b, nxt_item) or REL_YEAR_RE.search(work, b, nxt_item)
    later = [cue_at(m) for m in _cues_in(work, b, nxt_item)] if dated else []
    for stage, spec in later:
        if spec and stage is not Stage.UNSPECIFIED:
            return stage
    # the name itself may carry the works ("供水改扩建工程")
    own = [cue_at(m)[0] for m in CUE_RE.finditer(cand.name)]
    return Stage.UPGRADE if Stage.UPGRADE in own else Stage.UNSPECIFIED


def _target_year(work: str, cand: Cand, cands: list[Cand], doc_year: int | None) -> int | None:
    """Return the year the clause sets for the item, relative years resolved."""
    a, _ = _clause(work, cand.start, cand.end)
    _, b = _sentence(work, cand.start, cand.end)
    nxt = min((c.start for c in _near(cands, cand.end, b) if c.group != cand.group), default=b)
    stop = min(b, nxt)
    for lo, hi in ((cand.end, stop), (a, cand.start)):
        m = YEAR_RE.search(work, lo, hi)
        if m:
            return int(m.group("year"))
        r = REL_YEAR_RE.search(work, lo, hi)
        if r and doc_year:
            return doc_year + (1 if r.group(1) == "明年" else 0)
    # "到2025年,建成…": a year heading the sentence governs its items
    s0, _ = _sentence(work, cand.start, cand.end)
    m = LEAD_YEAR_RE.match(work, s0, a)
    return int(m.group(1)) if m and CUE_RE.search(work, a, cand.start) else None


def _lead_unit(work: str, pos: int) -> str | None:
    """Return the lead unit of the task the mention sits in ("(牵头部门:区交委)")."""
    end = work.find("\n", pos)
    m = LEAD_RE.search(work, pos, end if end >= 0 else len(work))
    return m.group(1).strip() if m else None
