"""The item's milestone dated by a year framing its clause from outside: "到2025年,建成X", "2022—2025年实施X".

Steps of :func:`geo.extract.years.mention.mention_years`, in order: a year heading the sentence or its paragraph
(:func:`lead_frame_years`), a dated goal heading the clause (:func:`goal_frame_years`), 届时 referring back to a
time named before (:func:`then_years`), a five-year plan's end bound to the item's completion
(:func:`plan_end_years`), a span of years in the item's clause, heading its sentence or labelled after it
(:func:`span_of_years`). The years are read by :mod:`geo.extract.years.frames` and
:mod:`geo.extract.years.periods`; a step decides which milestone of the item's clause they date
(:func:`geo.extract.years.own.own_milestone`).
"""

from __future__ import annotations

import re

from geo.extract.stages.cues import STAGE_RE as CUE_RE
from geo.extract.year_words import NO_YEARS
from geo.extract.years.facts import dated_past, planned, reported
from geo.extract.years.frames import (
    LEAD_YEAR_RE,
    goal_frame,
    moved_on,
    open_lead,
    paragraph_year,
    then_year,
)
from geo.extract.years.milestones import done_after, milestone_years
from geo.extract.years.own import MILESTONE_RE, own_milestone
from geo.extract.years.periods import LEAD_SPAN_RE, SPAN_LABEL_RE, plan_end_year, span_years
from geo.extract.years.relative import lead_year
from geo.extract.years.scope import Found, Scope
from geo.model import Stage


def lead_frame_years(s: Scope, f: Found) -> None:
    """Read a year heading the sentence, or else its paragraph, as the time of the item's own milestone.

    "到2025年,建成…", "2023年底前,X建成通车", "明年,X开工"; run on without a comma, the time of a milestone ahead
    ("2023年除了A将通车之外,B也将开通"); "2023年,某省将…。确保X建成通车。" (the paragraph's year). Not a
    completion reported in a later report, nor a day passed, nor an event the item came after ("2014年,A开通运营,
    之后又建成B").
    """
    if f.target is not None:
        return
    work, cand, s0, a, c_end, doc_year = s.work, s.cand, s.s0, s.a, s.c_end, s.doc_year
    m = LEAD_YEAR_RE.match(work, s0, a) or open_lead(work, s0, a, c_end, doc_year)
    year, how = lead_year(m, doc_year) if m else paragraph_year(work, s0, doc_year)
    if year and moved_on(work, m.end() if m else s0, a):
        year = None  # "2014年,A开通运营,之后又建成B": the year is A's event, B came later
    # (a forecast is the year's only when the year heads the item's own clause: "2022年底,X即将全线开通"; not
    # in a review of that year, "2023年,某市…完成,A形成通车能力,X即将通车", where it is the report's today)
    done = own_milestone(work, a, c_end, s.stage, forecast=bool(m) and a - m.end() <= 1) if year else None
    if done and done.group("begin"):
        f.start, f.basis = f.start or year, f.basis or how
    elif done and reported(work, s0, done.start(), done.end(), year, doc_year, rel=m and m.group("rel")):
        pass  # "2022年,X建成投运" in a later report: a completion told, no target
    elif done and m and dated_past(m, year, s.date) and not planned(work, s0, done.end()):
        pass  # "2024年11月1日,X建成通车" in a report of 4 November: a day passed, a fact told
    elif done or (year and m and m.group("to") and CUE_RE.search(work, a, cand.start)):
        f.target, f.basis = year, how
    elif year and m and doc_year and year > int(doc_year) and done_after(work, s.end, c_end):
        # "2022年,X全线建成后,半小时可达" in a report of 2020: the item's completion, a condition of what
        # follows, set in a year still ahead
        f.target, f.basis = year, how
    f.credit("lead_frame")


def goal_frame_years(s: Scope, f: Found) -> None:
    """Read the dated goal framing the item's clause as its own: "按照2025年建成通车的目标,X正加快推进"."""
    goal = goal_frame(s.work, s.s0, s.a) if f.target is None and f.start is None else None
    if goal:
        f.take(milestone_years(s.work, *goal, s.doc_year), "goal_frame")


def then_years(s: Scope, f: Found) -> None:
    """Read 届时 as the time named before it: "隧道预计今年9月贯通,届时X将全线通车".

    Not for an existing work the clause joins ("届时与已通车的X相连").
    """
    if f.target is not None or f.start is not None:
        return
    work, a, c_end = s.work, s.a, s.c_end
    year, how = then_year(work, s.s0, s.cand.start, s.doc_year)
    done = own_milestone(work, a, c_end, s.stage) if year and not s.lists.is_context(work, s.cand, s.cands) else None
    if done and done.group("begin"):
        f.start, f.basis = year, how
    elif done and planned(work, s.s0, done.end()):
        f.target, f.basis = year, how
    f.credit("then")


def plan_end_years(s: Scope, f: Found) -> None:
    """Read the plan's end bound to a completed item's own completion: "X“十四五”末建成", "到“十四五”末,建成X".

    Not a completion within the plan's years ("X“十四五”期间建成"): the plan does not say which of them.
    """
    if f.target is None and f.start is None and s.stage is Stage.COMPLETED:
        y = plan_end_year(s.work, s.s0, s.a, s.c_end, s.doc_year)
        f.target, f.basis = y.target, y.basis or f.basis
        f.credit("plan_end")


def span_of_years(s: Scope, f: Found) -> None:
    """Read a span of years as the item's start and target years.

    In the item's own clause ("2022—2025年实施X", "X建设期限为2022—2025年"), heading its sentence when the
    clause tells works that start and end in it ("2022—2025年,建设X"; not a start within the window, works going
    on from before, or a measure of those years, "2021-2023年,X累计完成投资120亿元"), or labelled later in the
    sentence ("X…,建设年限:2022—2025年").
    """
    if f.target is not None or f.start is not None:
        return
    work, a, c_end, period = s.work, s.a, s.c_end, s.period
    span = span_years(work, a, c_end, period)
    if span.target is None and LEAD_SPAN_RE.match(work, s.s0, a):
        span = span_years(work, s.s0, a, period)  # "2022—2025年,建设X": the span heads the sentence
        own = MILESTONE_RE.search(work, a, c_end)
        if (own and own.group("begin")) or _CONTINUED_RE.search(work, a, c_end):
            # "2021~2023年,…,开工建设A、B": a start within the window, no completion year; "…,续建C": works
            # begun before the window and going on in it, neither started nor bound to finish by its end
            span = NO_YEARS
        elif own is None and not _WORKS_RE.search(work, a, c_end):
            # "2021-2023年,X累计完成投资120亿元": the item's clause tells no works, only a measure of those years
            span = NO_YEARS
    label = SPAN_LABEL_RE.search(work, s.cand.end, s.stop) if span.target is None else None
    if label:
        span = span_years(work, label.end(), s.stop, period)  # "X…,建设年限:2022—2025年"
    f.take(span, "span")


#: Works done to an item, in its clause under a span of years heading the sentence ("2022—2025年,建设X", "…,X实施
#:改扩建"): without them the span is the time of something else told about the item (money spent, a statistic).
_WORKS_RE = re.compile(r"建设|新建|实施|改造|扩建|改建|迁建|整治|修建|建成|完成[^,，。;；]{0,20}建设")
#: Works carried on from before (续建, 在建): a window of years heading the sentence is not their timeline.
_CONTINUED_RE = re.compile(r"续建|在建")
