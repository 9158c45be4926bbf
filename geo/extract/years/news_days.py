"""A milestone on a month and day of a news report: "12月26日,X将建成通车", "1月3日,X建成通车".

A day without a year is of the report's year (:func:`geo.extract.years.relative.event_year`). The item's
milestone on it is a target only when still ahead, told with a word of intent, and not on the report's own day
("10月20日,X将于下午两点正式通车" reported on 20 October); a start on it is the start year; a day just after the
report's is announced ("10月28日上午10时,X正式开放通行" in a report of 27 October). Without a word of intent
the report tells a fact (:func:`geo.extract.years.facts.reported`): no target. A part of a month heading the
item's clause dates its start the same way ("9月下旬,X开工": :func:`month_part_start_years`). Steps of
:func:`geo.extract.years.mention.mention_years`.
"""

from __future__ import annotations

import re

from geo.extract.stages import cues as stages
from geo.extract.stages import spans
from geo.extract.years.facts import as_soon_as, on_report_day, planned
from geo.extract.years.own import MILESTONE_RE, own_milestone
from geo.extract.years.relative import (
    DATELINE_REACH,
    EVENT_DATE_RE,
    MONTH_PART_RE,
    day_ahead,
    event_year,
    month_part_year,
)
from geo.extract.years.scope import Found, Scope
from geo.model import Stage


def news_day_years(s: Scope, f: Found) -> None:
    """Read a news event dated by month and day in the document's year: "12月26日,成自宜高铁建成通车"."""
    if f.target is not None:
        return
    work, cand, s0, a, doc_year = s.work, s.cand, s.s0, s.a, s.doc_year
    ev = event_year(work, s0, cand.start, doc_year, clause=a, date=s.date)
    done = ev and MILESTONE_RE.search(work, cand.end, s.stop) or (ev and MILESTONE_RE.search(work, a, cand.start))
    if done and _GROUNDWORK_RE.match(work, done.start()):
        done = None  # "为X早日开通运营,奠定坚实基础": the milestone is still ahead, not the event's
    if done and done.group("begin"):
        f.start, f.basis = f.start or ev, f.basis or "relative"
    elif (done and _intended(work, s0, a, done.end()) and not as_soon_as(work, done.start())
          and not _on_report_day(work, s0, done.start(), doc_year)):
        # "12月26日,X将建成通车": a dated milestone still ahead; without a word of intent the
        # report tells a fact ("1月3日,X建成通车"), no target (facts.reported), and so does a report of
        # that very day ("10月20日,X将于下午两点正式通车" reported on 20 October)
        f.target, f.basis = ev, f.basis or "relative"
    elif done and doc_year and day_ahead(work, s0, cand.start, s.date):
        # "10月27日,…消息称,10月28日上午10时,X正式开放通行": a day just after the report's is announced
        f.target, f.basis = int(doc_year), f.basis or "relative"
    f.credit("event_date")


def month_part_start_years(s: Scope, f: Found) -> None:
    """Read a start dated by a part of a month heading the sentence, in the document's year: "9月下旬,X开工",
    "3月中旬,记者从某局获悉,X正式开工建设". The part heads the item's own clause (or only a clause of whom the
    report is from comes between), and the start is the item's stage: not a meeting's date ("9月下旬,市政府召开
    会议,研究X开工准备工作").
    """
    if f.start is not None or s.stage is not Stage.STARTING:
        return
    work, s0 = s.work, s.s0
    m = MONTH_PART_RE.search(work, s0, s.a)
    if m is None or m.start() - s0 > DATELINE_REACH or not _TO_CLAUSE_RE.fullmatch(work, m.end(), s.a):
        return
    begun = own_milestone(work, s.a, s.c_end, s.stage)
    if begun is not None and begun.group("begin"):
        f.start = month_part_year(work, s0, s.cand.start, m, s.doc_year, date=s.date)
        f.basis = f.basis or ("relative" if f.start else None)


#: What may stand between a month's part heading the sentence and the item's clause: the clause's break, and a
#: clause of whom the report is from ("9月下旬,记者从市交通局获悉,").
_TO_CLAUSE_RE = re.compile(r"[,，\s]*(?:[^,，。;；!！?？\n]{0,20}(?:获悉|了解到|得知)[,，\s]*)?")


def _intended(work: str, s0: int, a: int, end: int) -> bool:
    """Return whether a word of intent governs a milestone ending at ``end`` in the item's clause (from ``a``).

    The word stands in the item's own clause up to the milestone, or in the clause heading the sentence
    ("预计12月26日,X建成通车"); not in a clause between them about something else ("12月22日,记者获悉,随着甲通道
    加快建设,乙、丙高速公路建成通车": a completion told, the verb of progress is the other works').
    """
    lead_end = spans.clause(work, s0, s0)[1]
    return planned(work, s0, min(lead_end, end)) or planned(work, min(a, end), end)


def _on_report_day(work: str, s0: int, pos: int, doc_year: int | None) -> bool:
    """Return whether the last month and day before ``pos`` in its sentence (from ``s0``) is the report's own day."""
    day = None
    for day in EVENT_DATE_RE.finditer(work, s0, pos):
        pass
    return day is not None and on_report_day(work, s0, day.start(), day.group(), doc_year)


#: Groundwork laid for a milestone still ahead: "为X早日开通运营,奠定坚实基础".
_GROUNDWORK_RE = re.compile(rf"[^,，。;；]{{0,4}}{stages.GROUNDWORK}")
