"""A clause about the whole line after a structure on it: "X高速Y隧道左线贯通,全线有望2026年建成通车".

News of a tunnel's breakthrough or a bridge's closure goes on with the line's forecast: a clause opening with
全线 (after a word of intent or none) speaks of the whole line, not of the structure the sentence named first.
The structure takes no year from that clause (:func:`whole_line_start` bounds what its years read); the line,
when the structure's name opens with it ("X高速Y隧道", named as an item elsewhere in the document), takes the
clause's completion year (:func:`whole_line_years`).
"""

from __future__ import annotations

import re

from geo.extract.patterns import Cand
from geo.extract.stages import spans
from geo.extract.stages.wholes import parts_named_by
from geo.extract.year_words import NO_YEARS, Years
from geo.extract.years.milestones import milestone_years

#: A structure on a line, by the end of its name: a tunnel, a bridge, an interchange.
STRUCTURE_END_RE = re.compile("(?:隧道|隧洞|桥|互通|立交)$")

#: A clause opening with 全线, words of intent or time before it (",全线有望2026年建成通车", ",目前全线计划年底通车"),
#: or a headline's phrase run on after the structure's milestone ("Y隧道左线贯通 全线预计明年通车", its space dropped).
_WHOLE_LINE_RE = re.compile(
    r"(?:[,，;；\s]|(?<=贯通|合龙|完工|封顶))\s*(?:目前|届时|并|将|预计|有望|可望|计划|力争|争取|确保)*全线(?![\u4e00-\u9fff]{0,4}?(?:隧道|桥|互通|立交))"
)


def is_structure(cand: Cand) -> bool:
    """Return whether ``cand`` names a structure on a line (:data:`STRUCTURE_END_RE`)."""
    return bool(cand.name) and STRUCTURE_END_RE.search(cand.name) is not None


def whole_line_start(work: str, lo: int, hi: int) -> int | None:
    """Return where the first clause about the whole line in ``work[lo:hi]`` starts (its break), or None."""
    m = _WHOLE_LINE_RE.search(work, lo, hi)
    return m.start() if m else None


def whole_line_years(work: str, line: Cand, cands: list[Cand], doc_year: int | None) -> Years:
    """Return the target year a clause about the whole line gives ``line``, named only as the opening of a
    structure's name ("X高速Y隧道贯通,全线预计2026年通车" → X高速, 2026), else :data:`NO_YEARS`.

    The clause stands in the structure's sentence before any other item is named; a start ("全线开工") gives
    no year here.
    """
    part = next((c for c in parts_named_by(line, cands) if is_structure(c)), None)
    if part is None:
        return NO_YEARS
    b = spans.sentence(work, part.start, part.end)[1]
    nxt = min((c.start for c in cands if c.start >= part.end and c.name), default=b)
    at = whole_line_start(work, part.end, min(b, nxt))
    if at is None:
        return NO_YEARS
    hi = min(spans.clause(work, at + 1, at + 1)[1], b, nxt)
    y = milestone_years(work, at + 1, hi, doc_year)
    return Years(y.target, None, y.basis) if y.target else NO_YEARS
