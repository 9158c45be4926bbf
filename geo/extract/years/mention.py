"""The years of one mention: the readers of :mod:`geo.extract.years` tried in order, the first to find wins.

Reads the item's clause and sentence (the milestone after the item, before it, later in the sentence), a
shared milestone, a year opening the clause, a month and day, a year heading the sentence or paragraph,
届时, a plan's end, the clause or line introducing the item's list, a list heading's year, a span of years,
an annual plan's completions, a list entry, a run-in heading, a clause referring back, the report's topic,
a headline dating works it names by kind, a table row, and a start told as done. Hands on the target year,
start year and their basis (:class:`~geo.extract.year_words.Years`) to :func:`geo.extract.clauses.read_mention`.

The steps :func:`mention_years` takes, in order (the first to find a target year wins; a start year found
on the way stays, and most later steps run only while neither year is found):

1. Leave out an item named with a coded part right after it ("X机场T2航站楼投用": the part's milestone) or
   named aside, as the place or the means of what its clause builds ("依托X建成…"): no years.
2. Measure the item's sentence: its clause, the run of items sharing its predicate ("A、B和C年内建成"), where
   the next subject starts (not a station a line sets, a part of the item, an existing work it joins), and how
   far later clauses are its own (not after a structure's "全线…", not past a context's clause).
3. Its own clause: the milestone after the item (a label's value too, "建成时间:2025年"), before it (after any
   item told with a milestone as its attribute, "2025年建成的A"), then later in the sentence, unless the item is
   a part, a line's station, the object of the sentence's subject or the condition of what follows; a
   completion whose object the item is comes first; an opening later in the sentence stands over a step.
4. A milestone it shares with another item ("与B同步建成"), or one a later clause joins it to the next item in.
5. A year opening the clause the item (or its list) is the subject of ("2022年X建成通车以来").
6. A month and day of the report's year: a milestone still ahead, told with a word of intent, or a start; not
   a fact reported, nor one of the report's own day; a day just after the report's is announced.
7. A year framing the clause from outside: heading the sentence or its paragraph (the item's own milestone
   of its stage, not a fact reported or a day passed), a dated goal, 届时, a plan's end.
8. The item's list: the clause introducing it, the line introducing a numbered list or a year's label, the
   heading of a list of one stage.
9. A span of years in the item's clause or heading its sentence ("2022—2025年实施X"), or a label's span.
10. An annual plan's year: the plan's completions and starts, on the item's line, in the clause introducing
    its list or the line introducing its entries, or a milestone the item is the subject of.
11. Outside the sentence: a list entry's description, a run-in heading, a clause referring back to the item,
    a sentence referring back to its list, the report's topic, a later sentence of its paragraph or section,
    a headline naming its kind, a table row.
12. A start told as done in a report of one year ("X正式开工建设"), or a list of works to start ("将新开工A、B"):
    the report's year as the start year.

The item's stage and the stage reader's answers about its list (:class:`ListReading`) are handed in:
:mod:`geo.extract.clauses` reads a mention's years through :func:`mention_years`, so this module does not
import it back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from geo.extract.patterns import Cand
from geo.extract.stages import cues as stages
from geo.extract.stages import line_stations, references, spans
from geo.extract.stages.cues import STAGE_RE as CUE_RE
from geo.extract.year_words import NO_YEARS, Years
from geo.extract.years.annual import annual_frame, not_the_plans_completion
from geo.extract.years.continued import continued_sentence, section_sentence, whole_of_item
from geo.extract.years.entries import (
    entry_head,
    entry_years,
    heading_years,
    list_intro_line,
    year_label,
)
from geo.extract.years.facts import as_soon_as, dated_past, on_report_day, planned, reported
from geo.extract.years.frames import (
    LEAD_YEAR_RE,
    goal_frame,
    intro_year,
    moved_on,
    open_lead,
    paragraph_year,
    then_year,
)
from geo.extract.years.headline import headline_kind_years
from geo.extract.years.milestones import (
    as_condition,
    done_after,
    joined_later,
    joint_years,
    milestone_years,
    object_milestone,
    subject_years,
)
from geo.extract.years.own import MILESTONE_RE, named_aside, own_milestone
from geo.extract.years.periods import LEAD_SPAN_RE, SPAN_LABEL_RE, plan_end_year, span_years
from geo.extract.years.relative import EVENT_DATE_RE, day_ahead, event_year, lead_year
from geo.extract.years.tables import table_years
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

#: A clause ending with the word that opens its list after the comma: "确保建成的12个项目包括,A、B".
_LIST_END_RE = re.compile(r"(?:包括|分别为|分别是|主要有|有)\s*$")


def _intended(work: str, s0: int, a: int, end: int) -> bool:
    """Return whether a word of intent governs a milestone ending at ``end`` in the item's clause (from ``a``).

    The word stands in the item's own clause up to the milestone, or in the clause heading the sentence
    ("预计12月26日,X建成通车"); not in a clause between them about something else ("12月22日,记者获悉,随着甲通道
    加快建设,乙、丙高速公路建成通车": a completion told, the verb of progress is the other works').
    """
    lead_end = spans.clause(work, s0, s0)[1]
    return planned(work, s0, min(lead_end, end)) or planned(work, min(a, end), end)


def mention_years(
    work: str,
    cand: Cand,
    cands: list[Cand],
    doc_year: int | None,
    *,
    stage: Stage,
    lists: ListReading,
    period: tuple[int, int] | None = None,
    date: dt.date | None = None,
) -> Years:
    """Return the target and start years the clause (or the item's table row) sets for the item.

    ``stage`` is the stage read for the item (a year framing its clause from outside dates only the
    milestone of that stage), ``lists`` the stage reader's answers about its list, ``doc_year`` and
    ``date`` the document's (:func:`geo.extract.years.relative.doc_year`), ``period`` its plan period.
    An annual plan (``period`` of one year) sets that year for the items it completes, and as the start year of
    those it starts ("新开工A、B"). The reader that set the
    target is named in :attr:`~geo.extract.year_words.Years.rule` (a diagnostic: :mod:`geo.extract.years.trace`).
    """
    if _CODED_PART_RE.match(work, cand.end):
        # "完成X机场S1卫星厅建设", "X机场T2航站楼投用": a part of the item named by its code right after it
        # (the name stops before the code); the milestone is the part's, not the whole item's
        return NO_YEARS
    if named_aside(work, cand.start, cand.end):
        # "到2025年,X沿线将建成5个物流园区", "依托X建成…", "以X为骨架的…": the item is the place, the means or the
        # frame of what the clause builds, and its years are that work's
        return NO_YEARS
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
    if nxt < b and _PART_OF_RE.fullmatch(work, end, nxt):
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
    target = start = basis = None
    carried = False
    # the milestone after the item in its own clause, then before it in that clause, then later
    # in the sentence up to the next item of another list ("推进X建设,今年内建成通车")
    c_end = min(stop, spans.clause(work, cand.start, cand.end)[1])
    if stop > c_end and lists.is_context(work, cand, cands):
        stop = c_end  # later clauses are the project's, not the context's ("接G85…,力争2026年建成")
    # a label ending the item's clause with a colon is read with its value ("X建成时间:2025年")
    own_hi = c_end
    if c_end < stop and work[c_end] in ":：" and _LABEL_END_RE.search(work, cand.end, c_end):
        own_hi = min(stop, spans.clause(work, c_end + 1, c_end + 1)[1])
    # the milestone before the item in its clause is another item's when it is told as that item's attribute, the
    # item standing between them ("2025年建成的A将连接X": A's year, X is what A joins); the item's own span before it
    # starts after the last such item
    between = [c.end for c in spans.near(cands, a, cand.start)
               if c.group != cand.group and c.end <= cand.start and _ATTRIBUTE_END_RE.search(work, a, c.start)]
    spans_read = [(cand.end, own_hi, False), (max(between, default=a), cand.start, False), (c_end, stop, True)]
    station = line_stations.set_by_named_line(work, cand, cands)
    if (station or _is_part(work, cand, cands, s0)
            or any(whole_of_item(work, cand, c) for c in spans.near(cands, s0, cand.start))):
        # a part's later clauses set the whole's goal, not the part's own; so do those after the stations
        # a line sets ("…,全线设A、B3座车站,计划2025年建成通车": the line's forecast); and the whole a section's
        # sentence names in its predicate leaves them to the section ("A高速B段…,是A高速最后开工的路段,预计
        # 2025年建成通车": not A高速's year)
        spans_read.pop()
    elif (any(c.group != cand.group and c.end <= cand.start and not work[s0:c.start].strip()
              and not _AND_RE.fullmatch(work, c.end, cand.start) for c in spans.near(cands, max(s0, a), a + 1))
          and not _TOGETHER_RE.match(work, cand.end)):
        # "A连接X和Y,预计2025年通车", "A建成后将与X连通,预计2025年通车": the sentence's subject A opens the item's clause,
        # the item is what A reaches, and a later clause without a subject goes on about A (not a partner of A's works:
        # "A将与X同时开工建设,力争明年开工", nor a second subject, "A与X双线并进,力争2026年双线贯通")
        spans_read.pop()
    elif _told_as_condition(work, cand.end, c_end):
        # "X建成后,沿线将新建物流园区,预计2025年投用": the item's completion is the condition the later clauses follow
        # from, their milestones are of what it brings
        spans_read.pop()
    # a completion whose object the item (or its list) is comes first: "预计2023年建成通车A段、2024年全线建成通车"
    # (the later year is the whole line's)
    verb = object_milestone(work, a, lists.list_start(work, cand, cands))
    if verb is not None:
        spans_read.insert(0, (verb.start(), verb.end(), False))
    step = False
    rule = None
    for lo, hi, bare in spans_read:
        y = milestone_years(work, lo, hi, doc_year, bare=bare)
        if step:
            # "X今年将实现贯通,2026年正式通车": an opening later in the sentence stands over a step of the works
            if y.target and not y.step and y.target >= target:
                target, basis, rule = y.target, y.basis or basis, "later_clause"
                break
            continue
        if y.target and not target:
            rule = "later_clause" if bare else "own_after" if lo == cand.end else "own_before" if hi == cand.start else "object"
        target, start = target or y.target, start or y.start
        basis = basis or y.basis
        step = y.step
        if (target and not step) or y.unread:
            break  # (an undated "今年底建成" of the item's own clause: a later clause's "2021年初通航" is not its target)
    if target is None and start is None:
        # "A计划于2025年与B同步建成投用": a milestone the two items share
        y = joint_years(work, a, a_end, cand.start, cand.end, doc_year)
        target, start, basis = y.target, y.start, y.basis or basis
    rule = rule or ("joint" if target else None)
    if target is None and start is None and c_end < nxt < b and not station:
        # "A已开工建设,2024年有望与B同步建成通车": a later clause joins the item to the next one
        y = joined_later(work, c_end, nxt, b, doc_year)
        target, start, basis = y.target, y.start, y.basis or basis
    rule = rule or ("joined_later" if target else None)
    if target is None and start is None:
        # "2022年X建成通车以来", "今年X开工建设": a year opening the clause the item is the subject of; the
        # subject may be a list ("2025年A、B将建成通车", "今年A、B等重大项目要建成")
        y = subject_years(work, a, lists.list_start(work, cand, cands), max(end, cand.end), max(c_end, end), doc_year)
        target, start, basis = y.target, y.start, y.basis or basis
    rule = rule or ("subject" if target else None)
    if target is None:
        # "12月26日,成自宜高铁建成通车": a news event dated by month and day in the document's year
        ev = event_year(work, s0, cand.start, doc_year, clause=a, date=date)
        done = ev and MILESTONE_RE.search(work, cand.end, stop) or (ev and MILESTONE_RE.search(work, a, cand.start))
        if done and _GROUNDWORK_RE.match(work, done.start()):
            done = None  # "为X早日开通运营,奠定坚实基础": the milestone is still ahead, not the event's
        if done and done.group("begin"):
            start, basis = start or ev, basis or "relative"
        elif (done and _intended(work, s0, a, done.end()) and not as_soon_as(work, done.start())
              and not _on_report_day(work, s0, done.start(), doc_year)):
            # "12月26日,X将建成通车": a dated milestone still ahead; without a word of intent the
            # report tells a fact ("1月3日,X建成通车"), no target (facts.reported), and so does a report of
            # that very day ("10月20日,X将于下午两点正式通车" reported on 20 October)
            target, basis = ev, basis or "relative"
        elif done and doc_year and day_ahead(work, s0, cand.start, date):
            # "10月27日,…消息称,10月28日上午10时,X正式开放通行": a day just after the report's is announced
            target, basis = int(doc_year), basis or "relative"
    rule = rule or ("event_date" if target else None)
    if target is None:
        # "到2025年,建成…", "2023年底前,X建成通车", "明年,X开工": a year heading the sentence governs its items;
        # run on without a comma, the time of a milestone ahead ("2023年除了A将通车之外,B也将开通")
        m = LEAD_YEAR_RE.match(work, s0, a) or open_lead(work, s0, a, c_end, doc_year)
        # "2023年,某省将…。确保X建成通车。": else a year heading the paragraph frames the sentence
        year, how = lead_year(m, doc_year) if m else paragraph_year(work, s0, doc_year)
        if year and moved_on(work, m.end() if m else s0, a):
            year = None  # "2014年,A开通运营,之后又建成B": the year is A's event, B came later
        # (a forecast is the year's only when the year heads the item's own clause: "2022年底,X即将全线开通"; not
        # in a review of that year, "2023年,某市…完成,A形成通车能力,X即将通车", where it is the report's today)
        done = own_milestone(work, a, c_end, stage, forecast=bool(m) and a - m.end() <= 1) if year else None
        if done and done.group("begin"):
            start, basis = start or year, basis or how
        elif done and reported(work, s0, done.start(), done.end(), year, doc_year, rel=m and m.group("rel")):
            pass  # "2022年,X建成投运" in a later report: a completion told, no target
        elif done and m and dated_past(m, year, date) and not planned(work, s0, done.end()):
            pass  # "2024年11月1日,X建成通车" in a report of 4 November: a day passed, a fact told
        elif done or (year and m and m.group("to") and CUE_RE.search(work, a, cand.start)):
            target, basis = year, how
        elif year and m and doc_year and year > int(doc_year) and done_after(work, end, c_end):
            # "2022年,X全线建成后,半小时可达" in a report of 2020: the item's completion, a condition of what
            # follows, set in a year still ahead
            target, basis = year, how
    rule = rule or ("lead_frame" if target else None)
    goal = goal_frame(work, s0, a) if target is None and start is None else None
    if goal:  # "按照2025年建成通车的目标,X正加快推进": the goal framing the item's clause is its own
        y = milestone_years(work, *goal, doc_year)
        target, start, basis = y.target, y.start, y.basis or basis
    rule = rule or ("goal_frame" if target else None)
    if target is None and start is None:
        # "隧道预计今年9月贯通,届时X将全线通车": 届时 refers to the time named before it
        year, how = then_year(work, s0, cand.start, doc_year)
        # (not an existing work the clause joins: "届时与已通车的X相连")
        done = own_milestone(work, a, c_end, stage) if year and not lists.is_context(work, cand, cands) else None
        if done and done.group("begin"):
            start, basis = year, how
        elif done and planned(work, s0, done.end()):
            target, basis = year, how
    rule = rule or ("then" if target else None)
    if target is None and start is None and stage is Stage.COMPLETED:
        # "X“十四五”期间建成", "到“十四五”末,建成X": the plan's end bound to the item's own completion
        y = plan_end_year(work, s0, a, c_end, doc_year)
        target, basis = y.target, y.basis or basis
    rule = rule or ("plan_end" if target else None)
    if target is None and start is None:
        # "今年开工的项目有:A、B、C": the introducing clause's year is every item's
        intro = lists.intro_clause(work, a, cand)
        if intro:
            y = milestone_years(work, *intro, doc_year)
            target, start, basis = y.target, y.start, y.basis
    rule = rule or ("intro_clause" if target else None)
    if target is None and start is None:
        # "力争2025年建成以下项目:\n1.A\n2.B": the line introducing a numbered list gives its items' year
        intro_line = list_intro_line(work, cand.start)
        labelled = False  # the line is a year's label, not a numbered list's introduction
        if intro_line is None:
            # ("2024年重点工作:建成A、B", "2024年重点工作:\n建成A。": a year's label without a numbered list)
            intro_line = year_label(work, cand.start)
            labelled = intro_line is not None
        if intro_line and not labelled:
            y = milestone_years(work, *intro_line, doc_year)
            target, start, basis = y.target, y.start, y.basis
        if intro_line and target is None and start is None:
            # "2024年重点工作:\n1.建成A。": the introducing line's year is the time of the item's own milestone
            year, how = intro_year(work, *intro_line, doc_year)
            if year and doc_year and year < doc_year and not planned(work, *intro_line):
                # a label or a list's introducing line of a year past is a review's ("2022年重点工作:", "2022年,
                # 全省交通建设成效显著:\n1.建成A" in a report of 2023)
                year = None
            done = own_milestone(work, a, c_end, stage) if year else None
            if done:
                target, start, basis = (None, year, how) if done.group("begin") else (year, None, how)
    rule = rule or ("intro_line" if target else None)
    if target is None and start is None:
        # "计划2025年建成项目", "2023年新开工项目": the year of the list heading the item stands under
        head = spans.heading_stage(work, cand.start)
        if head is not None and stage is head[0]:
            y = milestone_years(work, head[1], head[2], doc_year)
            target, start, basis = y.target, y.start, y.basis
    rule = rule or ("list_heading" if target else None)
    if target is None and start is None:
        # "2022—2025年实施X", "X建设期限为2022—2025年": a span of the item's own clause
        span = span_years(work, a, c_end, period)
        if span.target is None and LEAD_SPAN_RE.match(work, s0, a):
            span = span_years(work, s0, a, period)  # "2022—2025年,建设X": the span heads the sentence
            own = MILESTONE_RE.search(work, a, c_end)
            if (own and own.group("begin")) or _CONTINUED_RE.search(work, a, c_end):
                # "2021~2023年,…,开工建设A、B": a start within the window, no completion year; "…,续建C": works
                # begun before the window and going on in it, neither started nor bound to finish by its end
                span = NO_YEARS
            elif own is None and not _WORKS_RE.search(work, a, c_end):
                # "2021-2023年,X累计完成投资120亿元": the item's clause tells no works, only a measure of those years
                span = NO_YEARS
        label = SPAN_LABEL_RE.search(work, cand.end, stop) if span.target is None else None
        if label:
            span = span_years(work, label.end(), stop, period)  # "X…,建设年限:2022—2025年"
        target, start, basis = span.target, span.start, span.basis or basis
    rule = rule or ("span" if target else None)
    if (target is None and period and period[0] == period[1] and annual_frame(work, s0, period[0])
            and not _told_as_condition(work, cand.end, c_end) and not lists.is_context(work, cand, cands)):
        # (not an existing work the plan's item joins: "新建成的A与X相连")
        # "2022年…工作安排: 建成A、B等9个项目": the plan's completions are its year's (not a review's);
        # the milestone is looked for on the item's own line (a list's lines may lack a full stop)
        lo = max(a, work.rfind("\n", 0, cand.start) + 1)
        done = MILESTONE_RE.search(work, lo, c_end)
        if done is None:
            # a verb-first completion before the item whose works close the clause after the list's next item
            # ("完成A候机楼和B改扩建等"): its object is read up to the clause's end
            wide = MILESTONE_RE.search(work, lo, a_end)
            done = wide if wide and wide.end() <= cand.start else None
        own = stage
        intro = None
        if done is None and own in (Stage.UNSPECIFIED, Stage.COMPLETED) and lo >= 2 and work[lo - 1] in ",，":
            pa = spans.clause(work, lo - 2, lo - 1)[0]
            intro = lists.intro_clause(work, lo, cand) or ((pa, lo - 1) if _LIST_END_RE.search(work, pa, lo - 1) else None)
        # (the item may already have the introducing clause's stage: the intro rule of the stages)
        if intro:  # "确保建成的12个项目包括,A、B": the milestone of the clause introducing the list
            done = MILESTONE_RE.search(work, *intro)
            own = Stage.COMPLETED if done else own
        begun = _BEGUN_RE.match(work, done.end()) if done and done.group("begin") else None
        if begun and begun.group("not"):
            done = None  # "具备开工条件的A", "开工建设了A" (a review): no start the plan sets
        verb_end = begun.end() if begun else done.end() if done else 0  # ("开工建设A": 建设 names the works begun)
        if done and done.end() <= cand.start and _OTHER_VERB_RE.search(work, verb_end, cand.start):
            done = None  # "建成A、B加快推进C" (lines run together): C is the object of another verb
        aside = bool(done and not intro and not_the_plans_completion(work, done, cand.start, cand.end))
        if aside:
            done = None  # "依托建成的X", "建成连接X的Y", "做好X开通运营准备工作": not the plan's completion of X
        if done and done.end() <= cand.start and as_condition(work, done.end()):
            # "A大桥…竣工后将大大减轻B大桥的交通压力": a completion told as a condition is the clause's subject's;
            # an item after it is the consequence's object, not what the plan completes
            done = None
        entries = list_intro_line(work, cand.start) if done is None and intro is None else None
        if entries and not annual_frame(work, entries[0], period[0]):
            entries = None  # "上年建成通车2条高速公路:\nA高速:…": the list a review introduces
        if entries:
            # "建成通车4条高速公路:\nA高速:全长…\nB高速:…": the completion of the line introducing the
            # item's list (its entries named line by line) is the item's, in the plan's year
            done = MILESTONE_RE.search(work, *entries)
            own = Stage.COMPLETED if done and own in (Stage.UNSPECIFIED, Stage.COMPLETED) else own
        if done and not done.group("begin") and own is Stage.COMPLETED:
            target, basis = period[0], "explicit"
            rule = "annual_intro" if intro else "annual_entries" if entries else "annual"
        elif done and done.group("begin") and own is Stage.STARTING:
            # "新开工A、B", "力争开工C": the plan's starts are its year's, as its completions are (a start year only)
            start, basis = start or period[0], basis or "explicit"
        elif not aside and (done is None or done.start() >= end):
            # the item (or its list) is the subject of the milestone right after it, whatever stage another clause
            # gives it: "力争A实现通航", "争取A、B全线贯通" (贯通 of a whole line closes its works here)
            subject = _SUBJECT_DONE_RE.match(work, end, c_end)
            after = subject and (MILESTONE_RE.match(work, subject.end()) or _THROUGH_RE.match(work, subject.end()))
            if after and not (after.re is MILESTONE_RE and after.group("begin")):
                target, basis, rule = period[0], "explicit", "annual_subject"
            elif after and stage is Stage.STARTING:  # "A、B开工建设": the plan's start of its year
                start, basis = start or period[0], basis or "explicit"

    if target is None and start is None and entry_head(work, cand.start, cand.end):
        # "1.X。全长80公里,建设年限2022—2025年。": a list entry's description is the item's
        after = min((c.start for c in cands if c.start >= cand.end and c.group != cand.group), default=len(work))
        y = entry_years(work, cand.start, cand.end, after, doc_year, period)
        target, start, basis = y.target, y.start, y.basis or basis
    rule = rule or ("entry" if target else None)
    if target is None and start is None:
        # "A、B:\n2个项目…计划2020年底建成投用。": the paragraph under a run-in heading of names
        y = heading_years(work, cand.start, doc_year)
        target, start, basis = y.target, y.start, y.basis or basis
    rule = rule or ("run_in_heading" if target else None)
    if target is None:
        # "X全长50公里。该项目预计2025年建成通车": a clause referring back to the item
        ref = references.referring_clause(work, cand, cands, b)
        y = milestone_years(work, *ref, doc_year) if ref else NO_YEARS
        if y.target or (y.start and start is None):
            target, start, basis = y.target, start or y.start, basis or y.basis
    rule = rule or ("referring" if target else None)
    if target is None:
        # "今年将开工建设A、B。以上项目力争2025年建成投用。": the next sentence refers back to the item's list
        ref = references.list_reference(work, cand, cands, b)
        y = milestone_years(work, *ref, doc_year, bare=True) if ref else NO_YEARS
        if y.target:
            target, basis = y.target, basis or y.basis
    rule = rule or ("list_reference" if target else None)
    if target is None:
        # "X是A的控制性工程。…。项目计划工期为5年,预计2024年底全线建成通车。": the report goes on about X
        topic = references.topic_sentence(work, cand, cands)
        y = milestone_years(work, *topic, doc_year, bare=True) if topic else NO_YEARS
        if y.target:
            target, basis = y.target, basis or y.basis
    rule = rule or ("topic" if target else None)
    if target is None:
        # "…目前X飞行区已开始道面施工。计划明年上半年通航": a later sentence of its paragraph goes on about the item
        later = continued_sentence(work, cand, cands, context=lists.is_context)
        # "X\n由甲站引出,…。\n预计2025年前建成。": the section its name heads goes on about it (its stage is not
        # carried: a heading's section tells a new line's start as often as works going on)
        section = None if later else section_sentence(work, cand, cands, context=lists.is_context)
        y = milestone_years(work, *(later or section), doc_year, bare=True) if later or section else NO_YEARS
        if y.target and (doc_year is None or y.target >= int(doc_year)):
            target, basis, carried = y.target, basis or y.basis, later is not None
    rule = rule or (("continued" if carried else "section") if target else None)
    if target is None:
        # "江北这条高速,年底建成!" over a body naming the road: the headline dates the works it names by kind
        y = headline_kind_years(work, cand, cands, doc_year, context=lists.is_context)
        target, basis = y.target, basis or y.basis
    rule = rule or ("headline_kind" if target else None)
    if target is None and start is None:
        row, _lead = table_years(work, cand.start, doc_year=doc_year)
        target, start, basis = row.target, row.start, row.basis
    rule = rule or ("table" if target else None)
    if start is None and doc_year and (period is None or period[0] == period[1]):
        # "X正式开工建设", "本次集中开工的项目包括A、B" in a report of 2022: a start told as done, without
        # a year of its own, is of the report's year (not one a plan of several years sets, nor a review's)
        begun = own_milestone(work, a, c_end, stage)
        if begun is None and stage is Stage.STARTING:
            # "本次集中开工的12个项目包括:A、B", "其他3座水库也正式开工建设,分别是:A、B": the start told before the list
            begun = _list_start(work, s0, min(a, lists.list_start(work, cand, cands)), cands)
        if (begun and begun.group("begin") and not planned(work, s0, begun.end())
                and _TOLD_START_RE.search(work, s0, min(b, begun.end() + 2))
                and annual_frame(work, s0, int(doc_year))):
            start, basis = _same_day_year(work, s0, begun.end(), int(doc_year)), basis or "relative"
        elif stage is Stage.STARTING and _starts_list(work, s0, cand) and annual_frame(work, s0, int(doc_year)):
            # "铁路方面将新开工A、B等五个项目", "今年计划新开工的项目包括:A、B" in a report of 2020: a list of the
            # works to start, with no year of its own, is of the report's year, as an annual plan's starts are
            start, basis = int(doc_year), basis or "relative"
    if target is None and start is None and basis is None:
        return NO_YEARS
    return Years(target, start, basis, carried=carried and target is not None, rule=rule if target else None)


#: Two subjects joined: "A与X", "A和X", "A、X".
_AND_RE = re.compile(r"\s*(?:与|和|及|同|以及|、)\s*")
#: The item a partner of the works of the subject before it: "A将与X同时开工建设", "A与X同步建成".
_TOGETHER_RE = re.compile(r"\s*(?:同时|同步|一同|一起|一并)")
#: A milestone told as the attribute of the item right after it: "2025年建成的A", "预计年底通车的A".
_ATTRIBUTE_END_RE = re.compile(r"(?:建成|通车|开通|投用|投运|运营|竣工|完工)(?:通车|运营|投用)?的\s*$")

#: A part of a work named by a code of letters and digits and a word right after the work's name: "S1卫星厅",
#: "T2航站楼", "B3站房" (not a phase, "四期", nor a works word, "改扩建").
_CODED_PART_RE = re.compile(r"[A-Za-z]{1,2}\d{1,2}[\u4e00-\u9fff]{0,4}?(?:楼|厅|区|站房|跑道|站坪|机坪|廊桥|码头|泊位)")

#: What may stand between an item (or its list) and the milestone it is the subject of: "实现", "全线",
#: "正式", "顺利", "年内"; no other verb or object.
_SUBJECT_DONE_RE = re.compile(r"\s*(?:将|要)?(?:年内|年底前?)?(?:实现|正式|顺利|全面|基本)*")
_THROUGH_RE = re.compile(r"(?:全线|双线)贯通")


#: What stands between a whole and a part of it named right after it: "X建设重点控制性工程——位于某镇的Y",
#: "X的关键性工程Y" (the part is an item of its own, and a goal the sentence sets after it is the whole's).
_PART_OF_RE = re.compile(
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


#: The works a part is named as, right before it in its clause, with the whole left unnamed ("扩容项目的控制性工程X",
#: "该工程的关键节点X"): the part of the works the clause is about.
_PART_LEAD_RE = re.compile(r"(?:项目|工程|线路?|高速|铁路)的(?:重点|关键|最大的?)?(?:控制性|关键性|标志性)?(?:工程|节点)\s*$")


def _is_part(work: str, cand: Cand, cands: list[Cand], s0: int) -> bool:
    """Return whether ``cand`` is named as a part of the item right before it in its sentence (:data:`_PART_OF_RE`),
    or of works its clause names without a name ("扩容项目的控制性工程X": :data:`_PART_LEAD_RE`)."""
    if _PART_LEAD_RE.search(work, spans.clause(work, cand.start, cand.end)[0], cand.start):
        return True
    before = max((c.end for c in spans.near(cands, s0, cand.start) if c.end <= cand.start and c.name), default=None)
    return before is not None and _PART_OF_RE.fullmatch(work, before, cand.start) is not None


def _on_report_day(work: str, s0: int, pos: int, doc_year: int | None) -> bool:
    """Return whether the last month and day before ``pos`` in its sentence (from ``s0``) is the report's own day."""
    day = None
    for day in EVENT_DATE_RE.finditer(work, s0, pos):
        pass
    return day is not None and on_report_day(work, s0, day.start(), day.group(), doc_year)


#: The words opening a list of items after a start: "包括:", "分别为".
_LIST_OPENING_WORDS = r"(?:包括|分别是|分别为|涉及)\s*[:：]?"
#: What opens a list of the items a start is told of: "本次集中开工的项目包括:", "正式开工建设,分别是:".
_LIST_OPEN_RE = re.compile(r"(?:[^。;；,，]{0,12}?|[,，]\s*)" + _LIST_OPENING_WORDS + r"\s*$")


def _last_milestone(work: str, lo: int, hi: int) -> re.Match[str] | None:
    """Return the last milestone (:data:`MILESTONE_RE`) in ``work[lo:hi]``, or None."""
    last = None
    for last in MILESTONE_RE.finditer(work, lo, hi):
        pass
    return last


def _list_start(work: str, s0: int, first: int, cands: list[Cand]) -> re.Match[str] | None:
    """Return the start milestone of the clause opening the list whose first item starts at ``first``, in the sentence
    from ``s0``: its last milestone before the list, a start, followed by the words opening a list
    (:data:`_LIST_OPEN_RE`), no item named between."""
    last = _last_milestone(work, s0, first)
    if last is None or not last.group("begin") or any(last.end() <= c.start < first for c in spans.near(cands, last.end(), first)):
        return None
    return last if _LIST_OPEN_RE.search(work, last.end(), first) else None


#: A span of several years told in words: "三年内", "五年間", "今后几年".
_YEARS_SPAN_RE = re.compile(r"[两二三四五六七八九十\d]+\s*年[内內间間里裏]|(?:今后|未来|近)(?:几|[两三四五])年")


def _starts_list(work: str, s0: int, cand: Cand) -> bool:
    """Return whether a start to come (a word of intent right before it, :data:`_TO_START_RE`) opens the list of two or more names the item is one
    of, in the sentence from ``s0``: the list right after it ("将新开工A、B") or after the words opening a list
    ("计划新开工的项目包括:A、B", "即将开始建设,分别为A、B"), no clause nor milestone between."""
    begun = _last_milestone(work, s0, cand.start)
    if begun is None or not begun.group("begin") or not _TO_START_RE.search(work, max(s0, begun.start() - 6),
                                                                            begun.start()):
        return False  # a start told as done ("一季度新开工A、B") or bid ("加快推进…,开工建设A、B") is not a list to start
    if _YEARS_SPAN_RE.search(work, work.rfind("\n", 0, s0) + 1, begun.end()):
        return False  # "三年内,…;力争新开工A、B": the starts of a plan over several years
    opener = _LIST_OPENER_RE.match(work, begun.end(), cand.start)
    run = work[opener.end() if opener else begun.end():cand.start]
    if _ENUM_BREAK_RE.search(run):
        return False
    return "、" in run or _NEXT_ITEM_RE.match(work, cand.end) is not None


#: A start to come, right before the start: "将新开工", "即将开始建设", "计划新开工", "力争开工".
_TO_START_RE = re.compile(r"(?:将|即将|计划|拟|力争|争取|准备)\s*(?:新|全面)?\s*$")
#: The words opening a list after a start: "的项目包括:", ",分别为".
_LIST_OPENER_RE = re.compile(r"(?:[^。;；,，、]{0,12}?|[,，]\s*)" + _LIST_OPENING_WORDS)
#: What ends a run of names: a clause's or sentence's break.
_ENUM_BREAK_RE = re.compile(r"[,，;；。!！?？:：\n]")
#: Another name after the item in its run: "A(甲界)、B", "A三期工程、B".
_NEXT_ITEM_RE = re.compile(r"[^,，;；。、\n]{0,12}、")


#: A day told before the sentence, referred back to: "当天", "同日".
_SAME_DAY_RE = re.compile(r"当天|当日|同日|同一天")
#: A day written with its year, which "当天" may refer back to: "2021年12月31日", "2021年的最后一天" (not a year alone).
_WRITTEN_YEAR_RE = re.compile(r"((?:19|20)\d{2})年(?:\d{1,2}月\d{1,2}[日号]|的?最后一天|元旦|除夕)")
#: How far before the sentence the day referred back to is looked for (a report's few paragraphs).
_SAME_DAY_REACH = 600


def _same_day_year(work: str, s0: int, end: int, doc_year: int) -> int:
    """Return the year of a start told up to ``end`` in the sentence from ``s0``: the report's, unless the start is told
    on a day named before ("当天", "同日") and the text writes a day with its year shortly before the sentence, not after the report's
    ("2021年的最后一天,…。当天,…也正式开工建设" in a report of 2022-01-04)."""
    if _SAME_DAY_RE.search(work, s0, end) is None:
        return doc_year
    written = [int(m.group(1)) for m in _WRITTEN_YEAR_RE.finditer(work, max(0, s0 - _SAME_DAY_REACH), s0)]
    return written[-1] if written and written[-1] <= doc_year else doc_year


#: Words telling a start as news of a fact, not a task set ("正式开工", "集中开工", "开工仪式", "标志着…开工").
_TOLD_START_RE = re.compile(r"正式|集中|举行|仪式|标志|当天|今天|今日|近日|日前|开工了|动工了")
#: Works done to an item, in its clause under a span of years heading the sentence ("2022—2025年,建设X", "…,X实施
#:改扩建"): without them the span is the time of something else told about the item (money spent, a statistic).
_WORKS_RE = re.compile(r"建设|新建|实施|改造|扩建|改建|迁建|整治|修建|建成|完成[^,，。;；]{0,20}建设")
#: Works carried on from before (续建, 在建): a window of years heading the sentence is not their timeline.
_CONTINUED_RE = re.compile(r"续建|在建")


def _told_as_condition(work: str, pos: int, hi: int) -> bool:
    """Return whether the first milestone after the item (``work[pos:hi]``, its clause) is told as a condition ("X建成后
    将有力推动…"): what the plan says follows the completion, not a completion it sets for its year."""
    found = [m for m in (MILESTONE_RE.search(work, pos, hi), _THROUGH_RE.search(work, pos, hi)) if m]
    m = min(found, key=lambda m: m.start(), default=None)
    return m is not None and as_condition(work, m.end())


#: What follows a start's verb in an annual plan: the works it names (建设), and what tells no start of the plan's
#: year (``not``): a start done (了), a condition or a step before it ("具备开工条件", "开工前期准备").
_BEGUN_RE = re.compile(r"(?:建设)?(?P<not>了|条件|前|准备)?")
#: Verbs of works going on or begun, standing between a completion and an item it does not govern.
_OTHER_VERB_RE = re.compile(r"加快|推进|开工|实施|启动|开展|续建|新建|建设")
_GROUNDWORK_RE = re.compile(rf"[^,，。;；]{{0,4}}{stages.GROUNDWORK}")
#: A milestone's time label closing a clause before its value: "建成时间:", "计划开工日期：".
_LABEL_END_RE = re.compile(r"(?:时间|日期|年份)\s*$")
