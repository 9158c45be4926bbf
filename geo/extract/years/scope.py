"""The mention the years are read for: the spans of its sentence that are its own, and the years found so far.

:func:`scope_of` measures the item's sentence once (:class:`Scope`): its clause, the run of items joined by
、和及 that share its predicate ("A、B和C年内建成通车"), where the next subject starts and how far later
clauses go on about the item. Each step of :func:`geo.extract.years.mention.mention_years` reads it and writes
what it finds into :class:`Found`, the target and start years, their basis and the reader that set the target.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from geo.extract.patterns import Cand
from geo.extract.stages import line_stations, spans
from geo.extract.year_words import NO_YEARS, Years
from geo.extract.years.continued import whole_of_item
from geo.extract.years.own import named_aside
from geo.extract.years.whole_line import is_structure, whole_line_start
from geo.model import Stage


@dataclass(frozen=True, slots=True)
class ListReading:
    """The stage reader's answers about an item's list and clause, which the years ask too.

    Handed in by :mod:`geo.extract.clauses` (they are its stage rules' own: :mod:`geo.extract.stages.item_lists`,
    :mod:`geo.extract.stages.list_intros`, :mod:`geo.extract.stages.existing`): where the list the item
    closes starts (``list_start(work, cand, cands)``), the clause introducing the item's list
    (``intro_clause(work, a, cand)``, ``a`` the item's clause start), what may stand between two items of one
    list (``list_gap``) and whether the item's clause names it as existing context
    (``is_context(work, cand, cands)``).
    """

    list_start: Callable[[str, Cand, list[Cand]], int]
    intro_clause: Callable[[str, int, Cand], tuple[int, int] | None]
    list_gap: re.Pattern[str]
    is_context: Callable[[str, Cand, list[Cand]], bool]


@dataclass(frozen=True, slots=True)
class Scope:
    """One mention, what is known of its document, and the spans of its sentence (offsets in ``work``).

    ``a``–``a_end`` is the item's clause, ``s0``–``b`` its sentence; ``end`` the end of the run of items sharing
    its predicate; ``nxt`` where the next subject starts (``b`` if none); ``stop`` how far later clauses are the
    item's; ``c_end`` the end of its clause up to ``stop``; ``station`` whether the item is a station a line
    named before it sets ("全线设A、B3座车站": later clauses are the line's).
    """

    work: str
    cand: Cand
    cands: list[Cand]
    doc_year: int | None
    stage: Stage
    lists: ListReading
    period: tuple[int, int] | None
    date: dt.date | None
    a: int
    a_end: int
    s0: int
    b: int
    end: int
    nxt: int
    stop: int
    c_end: int
    station: bool


@dataclass(slots=True)
class Found:
    """The years found so far for a mention; ``rule`` names the reader that set the target."""

    target: int | None = None
    start: int | None = None
    basis: str | None = None
    rule: str | None = None
    carried: bool = False

    def take(self, y: Years, rule: str) -> None:
        """Take ``y``'s target and start years (its basis before the one found so far), crediting ``rule``."""
        self.target, self.start, self.basis = y.target, y.start, y.basis or self.basis
        self.credit(rule)

    def credit(self, rule: str) -> None:
        """Name ``rule`` as the reader that set the target, if a target is found."""
        if self.target:
            self.rule = rule

    def years(self) -> Years:
        """Return the years found (:data:`~geo.extract.year_words.NO_YEARS` when nothing is)."""
        if self.target is None and self.start is None and self.basis is None:
            return NO_YEARS
        return Years(self.target, self.start, self.basis, carried=self.carried and self.target is not None,
                     rule=self.rule if self.target else None)


def scope_of(
    work: str,
    cand: Cand,
    cands: list[Cand],
    doc_year: int | None,
    *,
    stage: Stage,
    lists: ListReading,
    period: tuple[int, int] | None,
    date: dt.date | None,
) -> Scope | None:
    """Return the spans of the item's sentence its years are read in, or None when the item takes no years.

    None for an item named with a coded part right after it ("完成X机场S1卫星厅建设": the milestone is the
    part's) or named aside, as the place, the means or the frame of what its clause builds ("依托X建成…").
    """
    if _CODED_PART_RE.match(work, cand.end):
        # "完成X机场S1卫星厅建设", "X机场T2航站楼投用": a part of the item named by its code right after it
        # (the name stops before the code); the milestone is the part's, not the whole item's
        return None
    if named_aside(work, cand.start, cand.end):
        # "到2025年,X沿线将建成5个物流园区", "依托X建成…", "以X为骨架的…": the item is the place, the means or the
        # frame of what the clause builds, and its years are that work's
        return None
    a, a_end = spans.clause(work, cand.start, cand.end)
    s0, b = spans.sentence(work, cand.start, cand.end)
    # items joined by 、和及 share the predicate after the last one ("A、B和C年内建成通车")
    end = cand.end
    for c in spans.near(cands, cand.end, b):
        if c.start < end or not c.name:
            continue
        if c.group == cand.group or lists.list_gap.fullmatch(work, end, c.start):
            end = max(end, c.end)
        else:
            break
    # (the stations a line sets are not the next item: "X高铁全长200公里,设A、B3座车站,计划2025年建成通车"
    # goes on about the line, the sentence's subject)
    # (nor the whole the sentence tells the item to be a part of: "A高速B段…,是A高速最后开工的路段,预计2025年建成通车"
    # goes on about the section, the subject)
    nxt = min((c.start for c in spans.near(cands, end, b)
               if c.group != cand.group and c.start >= end and not line_stations.set_by_named_line(work, c, cands)
               and not whole_of_item(work, c, cand)), default=b)
    if nxt < b and PART_OF_RE.fullmatch(work, end, nxt):
        # "X建设重点控制性工程——位于某镇的Y特大桥顺利合龙,为年度通车目标奠定基础": the next item is a part of
        # this one, and the goal after it is the whole's
        nxt = min((c.start for c in spans.near(cands, nxt, b) if c.start > nxt and c.group != cand.group), default=b)
    if nxt < b and not lists.is_context(work, cand, cands):
        # "X起于A镇,顺接已建成的B高速,止于C镇,…,预计2025年建成通车": an existing work named after the item (its
        # route's join) is no subject of a milestone still ahead; the next item is the first that is not existing
        nxt = _next_new(work, cand, cands, nxt, b, lists.is_context)
    stop = min(b, nxt)
    whole = whole_line_start(work, cand.end, stop) if is_structure(cand) else None
    if whole is not None:
        stop = whole  # "X高速Y隧道贯通,全线有望2026年建成通车": the later clause is the whole line's, not Y隧道's
    # the milestone after the item in its own clause, then before it in that clause, then later
    # in the sentence up to the next item of another list ("推进X建设,今年内建成通车")
    c_end = min(stop, a_end)
    if stop > c_end and lists.is_context(work, cand, cands):
        stop = c_end  # later clauses are the project's, not the context's ("接G85…,力争2026年建成")
    return Scope(
        work, cand, cands, doc_year, stage, lists, period, date, a=a, a_end=a_end, s0=s0, b=b, end=end, nxt=nxt,
        stop=stop, c_end=c_end, station=line_stations.set_by_named_line(work, cand, cands),
    )


#: A part of a work named by a code of letters and digits and a word right after the work's name: "S1卫星厅",
#: "T2航站楼", "B3站房" (not a phase, "四期", nor a works word, "改扩建").
_CODED_PART_RE = re.compile(r"[A-Za-z]{1,2}\d{1,2}[\u4e00-\u9fff]{0,4}?(?:楼|厅|区|站房|跑道|站坪|机坪|廊桥|码头|泊位)")

#: What stands between a whole and a part of it named right after it: "X建设重点控制性工程——位于某镇的Y",
#: "X的关键性工程Y" (the part is an item of its own, and a goal the sentence sets after it is the whole's).
PART_OF_RE = re.compile(
    r"(?:建设|项目|工程)?的?(?:重点|关键|最大的?)?(?:控制性|关键性|标志性)(?:工程|节点)"
    r"\s*(?:[—–\-]{1,2}|[:：])?\s*(?:位于[^,，。;；]{1,20}?的)?"
)


def _next_new(
    work: str, cand: Cand, cands: list[Cand], nxt: int, b: int, is_context: Callable[[str, Cand, list[Cand]], bool]
) -> int:
    """Return where the first item of another list from ``nxt`` to ``b`` starts that the text does not present as
    existing (:func:`geo.extract.stages.existing.is_context`), else ``b``."""
    for c in spans.near(cands, nxt, b):
        if c.start >= nxt and c.group != cand.group and not (c.name and is_context(work, c, cands)):
            return c.start
    return b
