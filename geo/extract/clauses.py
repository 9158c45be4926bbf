"""Read a mention: its evidence, stage, years and lead unit from the clause and task around it.

:func:`read_mention` asks, in this order: :func:`geo.extract.stages.references.route_sentence` (the route a
sentence after the item tells is its evidence too), :func:`geo.extract.stages.clause_stage.read_stage` (the stage
its clause gives it), the years (:func:`geo.extract.years.mention.mention_years`, handed the list reading
of :mod:`geo.extract.stages.item_lists`, :mod:`geo.extract.stages.list_intros` and :mod:`geo.extract.stages.existing`),
:func:`geo.extract.stages.line_stations.sets_stations` (a station a new line sets is held unspecified) and the
lead unit of the task. The clause and sentence around a mention are :mod:`geo.extract.stages.spans`.
"""

from __future__ import annotations

import re

from geo.extract import years
from geo.extract.patterns import LEAD_RE, SENTENCE_BREAK, Cand
from geo.extract.stages import (
    approvals,
    in_service,
    later_clauses,
    line_stations,
    milestone_ahead,
    references,
    spans,
    wholes,
)
from geo.extract.stages.clause_stage import read_stage_step
from geo.extract.stages.existing import is_context, planned_whole, street_of_transit_route
from geo.extract.stages.item_lists import LIST_GAP_RE, list_start_of
from geo.extract.stages.list_intros import intro_clause
from geo.extract.years.mention import ListReading, mention_years
from geo.extract.years.whole_line import whole_line_years
from geo.model import Mention, SourceText, Stage


def read_mention(
    source: SourceText,
    work: str,
    index: list[int],
    cand: Cand,
    cands: list[Cand],
    *,
    period: tuple[int, int] | None = None,
) -> Mention:
    """Return the mention of ``cand`` with its evidence and clause attributes.

    ``period`` is the document's plan period; it is kept on the mention as a window
    (basis ``plan_period`` when the clause states no year) and never becomes a year.
    """
    ts, te = index[cand.start], index[cand.end - 1] + 1
    rs, re_ = source.raw_span(ts, te)
    s_start, s_end = spans.sentence(work, cand.start, cand.end)
    q0, q1 = index[s_start], index[s_end - 1] + 1 if s_end > s_start else index[s_start]
    route_end = references.route_sentence(work, cand, cands, s_start, s_end)
    if route_end is not None:  # "新建X高速。该项目起于A镇,经B、C,止于D镇": the route is X's evidence too
        q1 = index[route_end - 1] + 1
    stage, step = (Stage.UNSPECIFIED, "none") if cand.implied else read_stage_step(work, cand, cands)
    date = source.meta.date
    if _read_from_context(stage, step) and in_service.not_open(cand.name, date, source.meta.year):
        stage, step = Stage.UNSPECIFIED, "not_open"  # "接X铁路" of a line the data says was not yet open then
    # a sentence set in a five-year plan ("“十四五”期间,建设X") has that window when the document has none
    period = period or (None if cand.implied else years.sentence_period(work, s_start, s_end))
    year0 = years.doc_year(date, period, year=source.meta.year)
    past = _PAST_MILESTONE_RE.match(work, cand.end) if stage is Stage.UNSPECIFIED and not cand.implied else None
    if past and year0 and int(past.group("year")) < year0:
        stage, step = Stage.COMPLETED, "past_milestone"  # "X2020年建成通车后,…" in a report of 2023: existing works named as context
    # a line named only as the opening of a structure's name takes a clause about the whole line ("X高速Y隧道贯通,
    # 全线预计2026年通车"); otherwise the years are the item's own clause's
    got = whole_line_years(work, cand, cands, year0) if cand.implied else mention_years(work, cand, cands, year0, stage=stage, lists=_LIST_READING, period=period, date=date)
    if stage is Stage.STARTING and got.start and got.basis == "explicit" and year0 and year0 - got.start >= STARTED_LONG_AGO:
        stage, step = Stage.UNDER_CONSTRUCTION, "started_long_ago"  # "于2015年12月开工建设" in a report of 2019: the works go on
        if _done_since(work, cand, cands, got.start, year0):
            stage, step = Stage.COMPLETED, "past_milestone"  # "1956年4月开工建设,1965年7月全线通车": a history, its last milestone past
    elif (
        stage is Stage.STARTING and got.start and got.basis == "explicit" and year0 and year0 > got.start
        and later_clauses.started_going_on(work, cand, cands, spans.clause(work, cand.start, cand.end)[1], told_done=True)
    ):
        # "X于2022年10月开工建设,计划工期4到5年" in a report of 2023: a start of an earlier year with the works' time,
        # spending or completion told after it is works going on, as a start told with 已 is (part-s36)
        stage, step = Stage.UNDER_CONSTRUCTION, "started_going_on"
    if stage is Stage.UNSPECIFIED and got.carried:
        # "X是某规划的重点项目。起点甲镇,…,计划2025年通车": a completion still ahead that a later sentence
        # forecasts for an item its own clause gives no stage: the works go on (a forecast completion's stage)
        stage, step = Stage.UNDER_CONSTRUCTION, "forecast"
    basis = got.basis or ("plan_period" if period else None)
    # a station a new line sets, its line not open ("全线设A、B、C6座车站"), the whole a part is told to
    # belong to ("是A高速的重要组成部分") or one of the parts a whole is made of ("由A、B和C三部分组成"), an
    # item whose own completion is still ahead ("X通车后将…"), and a new
    # district its clause gives no stage ("助推X新区发展"), an item only given a designation ("X获批国家级Y示范区"):
    # the text gives no stage, and none is guessed; nor for a line named as context that the data says was not
    # open yet (``not_open``)
    held = stage is Stage.UNSPECIFIED and not cand.implied and (
        step == "not_open"
        or line_stations.sets_stations(work, cand, cands, spans.clause(work, cand.start, cand.end)[0])
        or planned_whole(work, cand, cands)
        or street_of_transit_route(work, cand, cands)
        or milestone_ahead.completion_ahead(work, cand)
        or NEW_DISTRICT_RE.search(cand.name) is not None
        or approvals.designated(work, cand, cands)
        or wholes.composing_part(work, cand)
    ) or wholes.section_opened(work, cand, cands)
    lead = _lead_unit(work, cand.end)
    if lead is None and not cand.implied:
        lead = years.table_years(work, cand.start)[1]
    years.note(source.name, rs, re_, got.rule or "whole_line", got.target)
    return Mention(
        doc=source.name,
        text=source.display(ts, te),
        quote=source.display(q0, q1).strip(),
        start=rs,
        end=re_,
        stage=stage,
        target_year=got.target,
        lead_unit=lead,
        doc_date=date,
        start_year=got.start,
        year_basis=basis,
        period=period,
        stage_held=held,
        stage_step=step,
    )


#: The steps that read a stage from context alone (a line a route ends at or joins, "境内有X"): a line the data
#: says was not yet open at the document's date is no line in service (:mod:`geo.extract.stages.in_service`).
_CONTEXT_STEPS: frozenset[str] = frozenset({"context", "route_end"})


def _read_from_context(stage: Stage, step: str) -> bool:
    """True for a stage read from context alone (:data:`_CONTEXT_STEPS`), or a 建成 carried to the item from another
    clause (``carried``: a list's predicate, a headline, "其中A站和B站为既有车站" read over a whole list of stations):
    neither is the item's own clause, and the data's date of a work not yet open overrules it (part-t40)."""
    return step in _CONTEXT_STEPS or (step == "carried" and stage is Stage.COMPLETED)


#: A new district or a new town named by its kind ("X新区", "X新城"): an area of government, not a work nor a park
#: ("X工业新区", "X产业新城" are parks, as "X开发区", "X高新区" are; "X创新区" is a programme); with no stage in its clause the tuning gold
#: codes it 未说明 (fresh6 q_19, fresh7 s_01, s_07, fresh30 ye_01, fresh34 xf_04, xf_08), so none is guessed (part-s34).
NEW_DISTRICT_RE = re.compile(r"(?<![高创])(?<!工业)(?<!产业)新(?:区|城)$")


#: A completion dated right after the item and told as the time of the main clause ("X2020年建成通车后,…",
#: "X于2017年建成后"): a condition when the year is ahead, a past event (the item is built) when the year
#: is before the document's.
_PAST_MILESTONE_RE = re.compile(
    r"\s*(?:于|在|自)?(?P<year>(?:19|20)\d\d)年(?:\d{1,2}月(?:\d{1,2}[日号])?|底|末)?(?:正式)?(?:全线)?"
    r"(?:建成|通车|开通|投用|投运|投产|竣工|完工|通航)(?:通车|投用|投运|运营|通航)?(?:之后|后|以来)"
)


#: A completion dated in a clause after a dated start ("X,1956年4月开工建设,1965年7月全线通车"): the year opens
#: its clause, so no word of a plan or a forecast (计划, 预计, 力争) stands before it.
_DATED_DONE_RE = re.compile(
    r"[,，]\s*(?:并|后|最终)?(?:于|在|至|到)?(?P<year>(?:19|20)\d\d)年(?:\d{1,2}月(?:\d{1,2}[日号])?|底|末)?(?:正式)?"
    r"(?:全线|全線|全面)?(?:建成|通车|通車|开通|開通|投用|投运|投運|投产|投產|竣工|完工|通航|贯通|貫通)"
)


def _done_since(work: str, cand: Cand, cands: list[Cand], start: int, year0: int) -> bool:
    """Return whether the item's sentence tells, after its dated start, a completion dated before the document.

    "全长300公里的X,1958年3月开工建设,1966年8月全线通车" in a report of 2023: a history of dated milestones,
    the latest told as past is the item's stage (built). Not a completion dated on or after the document's year
    ("2019年开工,2026年建成通车": a forecast, the works go on), nor one before the start. The history may be
    told in a sentence referring back to the item ("位于A的X,是…的工程。该工程自1993年启动建设,至2000年正式投产
    运行": :func:`geo.extract.stages.references.referring_clause`; part-t25).
    """
    stop = SENTENCE_BREAK.search(work, cand.end)
    end = stop.start() if stop else len(work)
    ref = references.referring_clause(work, cand, cands, spans.clause(work, cand.start, cand.end)[1])
    if ref is not None and ref[0] >= end:
        end = ref[1]
    return any(start <= int(m.group("year")) < year0 for m in _DATED_DONE_RE.finditer(work, cand.end, end))


#: Years between a start the clause dates and the document's year after which the start is no news:
#: a report of 2019 saying "X于2015年12月开工建设" tells works going on (issue #11).
STARTED_LONG_AGO = 2


#: The stage rules' answers about an item's list that a mention's years ask too (geo.extract.years.mention).
_LIST_READING = ListReading(
    list_start=list_start_of, intro_clause=intro_clause, list_gap=LIST_GAP_RE, is_context=is_context
)


def _lead_unit(work: str, pos: int) -> str | None:
    """Return the lead unit of the task the mention sits in ("(牵头部门:区交委)")."""
    end = work.find("\n", pos)
    m = LEAD_RE.search(work, pos, end if end >= 0 else len(work))
    return m.group(1).strip() if m else None
