"""Read the stage an item's governing clause gives it (:func:`read_stage`); specific cues win.

The steps run in a fixed order and the first that answers wins (which rule wins depends on it):

1. ``_framed_stage`` — the frame the item stands in: a service word after it, its bracketed note, a
   condition or an inspection of its works (:mod:`geo.extract.stages.clause_frames`), its phases, a context
   governing it, a status modifier before it or its list, the place of an event, a request, a motion;
2. ``_included_stage`` — a clause whose only stage is the item's inclusion in a plan (纳入规划);
3. ``_own_works_stage`` — the item's own works named under a verb of progress (an upgrade);
4. ``_cued_stage`` — the cues leading and trailing the item or its list (``_item_cues``, with
   :mod:`geo.extract.stages.item_lists` and :mod:`geo.extract.stages.approvals`) and its list's introduction
   (:mod:`geo.extract.stages.list_intros`), specific first; a heading's stage, the clause telling where the
   works stand now, a published list, a route's end;
5. ``_carried_stage`` — the stage carried from elsewhere in the document: a later milestone, the clause after
   a list as its subject and a site report (:mod:`geo.extract.stages.later_clauses`), a run-in heading (:mod:`geo.extract.stages.headlines`), a part
   after it, a clause referring back (:mod:`geo.extract.stages.references`), the name's own works, a headline
   over a referring clause, the line whose stations it is (:mod:`geo.extract.stages.line_stations`), a batch,
   a milestone followed on from, what it holds now, a part of the report's subject, a count its list
   itemises, works built along; last, existing context is built (:mod:`geo.extract.stages.existing`).

The words of stage are :mod:`geo.extract.stages.cues`, their frames
:mod:`geo.extract.stages.status_marks`, :mod:`geo.extract.stages.frame_words`, :mod:`geo.extract.stages.route_relations`,
:mod:`geo.extract.stages.use_signs` and :mod:`geo.extract.stages.existing_traits`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from geo.extract import lexicon as lx
from geo.extract.patterns import LIST_SEP, Cand, inside_span
from geo.extract.stages import cues as stages
from geo.extract.stages import (
    existing_traits,
    frame_words,
    headlines,
    later_clauses,
    line_stations,
    list_intros,
    list_runs,
    pace_cues,
    plan_cues,
    references,
    route_relations,
    spans,
    stage_columns,
    status_marks,
    use_signs,
)
from geo.extract.stages.approvals import far_approval
from geo.extract.stages.clause_frames import (
    condition_stage,
    inspected_works,
    motion_stage,
    requested,
    venue,
)
from geo.extract.stages.cues import stage_of as cue_at
from geo.extract.stages.existing import is_context
from geo.extract.stages.item_lists import (
    COUNTED_RUN_RE,
    COUNTED_TAIL_RE,
    LIST_GAP_RE,
    glued_after,
    list_end_of,
    list_start_of,
    own_words_list,
)
from geo.extract.stages.list_intros import (
    intro_cue,
    labelled_intro,
    report_heading_stage,
    set_lead_in,
    titled_list,
)
from geo.model import Stage


def read_stage(work: str, cand: Cand, cands: list[Cand]) -> Stage:
    """Return the stage the governing clause gives the item (specific cues win): :func:`read_stage_step`'s stage."""
    return read_stage_step(work, cand, cands)[0]


def read_stage_step(work: str, cand: Cand, cands: list[Cand]) -> tuple[Stage, str]:
    """Return the stage the governing clause gives the item (specific cues win) and the step that gave it.

    The steps are asked in order and the first that answers wins: the item's own frame
    (:func:`_framed_stage`), its clause's inclusion in a plan (:func:`_included_stage`), the works named
    with it (:func:`_own_works_stage`), the cues of its clause (:func:`_cued_stage`), then the stage
    carried from elsewhere (:func:`_carried_stage`). A start told as done with the works going on after it
    ("X已于2021年开工建设,建设工期5年") is works under way (:func:`geo.extract.stages.later_clauses.started_going_on`).
    The step is one of :data:`geo.model.STAGE_STEPS` (``none`` when no step gave a stage).
    """
    stage, step = _read_stage(work, cand, cands)
    if stage is Stage.STARTING and later_clauses.started_going_on(work, cand, cands, spans.clause(work, cand.start, cand.end)[1]):
        return Stage.UNDER_CONSTRUCTION, "started_going_on"
    return stage, step


def _read_stage(work: str, cand: Cand, cands: list[Cand]) -> tuple[Stage, str]:
    """Return the stage of the first step of :func:`read_stage` that answers, and the step's name."""
    a, b = spans.clause(work, cand.start, cand.end)
    framed = _framed_stage(work, a, b, cand, cands)
    if framed is not None:
        return framed, "frame"
    others = [(c.start, c.end) for c in spans.near(cands, a, b) if c is not cand and c.name]
    skipped = others + _notes_of_others(work, cand, cands, a, b)
    cues = [m for m in spans.cues_in(work, a, b) if not inside_span(skipped, m.start(), m.end())]
    included = _included_stage(work, b, cand, cands, others, cues)
    if included is not None:
        return included, "included"
    item = _item_cues(work, a, b, cand, cands, others, cues)
    own = _own_works_stage(work, cand, item)
    if own is not None:
        return own, "own_works"
    cued = _cued_stage(work, a, b, cand, cands, item)
    if cued is not None:
        return cued
    return _carried_stage(work, a, b, cand, cands)


def _notes_of_others(work: str, cand: Cand, cands: list[Cand], a: int, b: int) -> list[tuple[int, int]]:
    """Return the spans of the bracketed stage notes right after the other items of the clause: "A高速、B高速(在建)和
    C铁路穿境而过" notes B's stage only (:data:`status_marks.STAGE_NOTE_RE`), never a cue of A's or C's clause."""
    return [(c.end, note.end()) for c in spans.near(cands, a, b)
            if c is not cand and c.name and (note := status_marks.STAGE_NOTE_RE.match(work, c.end))]


def _framed_stage(work: str, a: int, b: int, cand: Cand, cands: list[Cand]) -> Stage | None:
    """Return the stage of the frame the item stands in before its clause's cues are read, else None.

    In order: a service word after it, its own bracketed note, a condition, its phases, a context
    governing it, a status modifier before it or its list, the place of an event, a request, a motion.
    """
    if work.startswith(lx.SERVICE_WORDS, cand.end):
        if cand.type in use_signs.HUB_TYPES and is_context(work, cand, cands):
            return Stage.COMPLETED  # "X站开行首趟货运班列": a hub running a service is in service
        return Stage.UNSPECIFIED  # "开通重庆至成都高铁公交化列车": the cue is about a train service
    k = max(work.rfind("(", cand.start, cand.end), work.rfind("（", cand.start, cand.end))
    tail = status_marks.STAGE_NOTE_RE.fullmatch(work, k, cand.end) if k >= 0 else None
    note = status_marks.STAGE_NOTE_RE.match(work, cand.end) or tail  # after the item, or closing its span
    if note:
        return status_marks.note_stage(note)  # the item's own note: "X高速公路(在建)、Y高速公路(规划)"
    column = stage_columns.column_stage(work, cand)
    if column is not None:
        return column  # its row's stage cell: "3 X铁路 前期 全长92公里" under "项目名称 建设性质"
    before = work[a : cand.start]
    cond = condition_stage(work, a, b, cand, cands)
    if cond is not None:
        return cond
    if inspected_works(work, a, cand, cands):
        return Stage.UNDER_CONSTRUCTION  # "实地察看X建设进展": the works inspected are going on
    if status_marks.PHASED_RE.match(work, cand.end):
        # "X分两期实施,一期工程已于2021年建成通车": the milestones told after it are its phases'
        lead = [cue_at(m) for m in spans.cues_in(work, a, cand.start)]
        return next((st for st, spec in reversed(lead) if spec and st is not Stage.UNSPECIFIED), Stage.UNSPECIFIED)
    governs = any(w in before for w in route_relations.CONTEXT_GOVERNING_WORDS) and route_relations.CONTEXT_GOVERNS.search(
        spans.words_before(work, a, cand, cands)
    ) and not existing_traits.ZONE_NAME_RE.search(cand.name)  # ("串联起X新区": a zone is no line in service)
    released = existing_traits.RELEASED_BEFORE_RE.search(before) and existing_traits.CAPACITY_AFTER_RE.match(work, cand.end)
    if governs or released or existing_traits.PROBLEM_AFTER_RE.match(work, cand.end):
        return Stage.COMPLETED  # "衔接A、B三大干线", "缓解X常态化拥堵", "释放X货运能力": lines in service
    if status_marks.PLANNED_MODIFIER_RE.search(before):
        return Stage.PROPOSED  # "东接规划X大桥": the end of a route that is itself only planned
    if status_marks.EXISTING_MODIFIER_RE.search(before):
        return Stage.COMPLETED  # "起于既有X立交": marked as existing
    # a status written before the item or its list ("建设中的X", "在建的A、B", "规划中的X", "原有X")
    listed = spans.words_before(work, a, cand, cands).rstrip("、 ")
    if status_marks.BUILDING_MODIFIER_RE.search(listed):
        return Stage.UNDER_CONSTRUCTION
    if status_marks.OLD_MODIFIER_RE.search(listed):
        return Stage.COMPLETED
    if status_marks.PLANNED_MODIFIER_RE.search(listed):
        return Stage.PROPOSED
    if status_marks.PLANNED_VERB_RE.search(spans.words_before(work, a, cand, cands).rstrip("、 ")):
        return Stage.PROPOSED  # "建设任务规划A、B、C四级航电枢纽": 规划 governing the item's list
    if venue(work, a, cand):
        if frame_words.OPENING_EVENT_RE.search(work, a, cand.start):
            return Stage.COMPLETED  # "X通车仪式在Y站举行": an opening held there, the place is in service
        return Stage.UNSPECIFIED  # "集中开工活动在X举行": the place of an event, not the works started
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    if requested(work, a, s0, s1, cand):  # "建议先期启动建设X": what a speaker asks for is proposed
        return Stage.COMPLETED if is_context(work, cand, cands) else Stage.PROPOSED
    return motion_stage(work, b, s0, s1, cand, cands, stage_of=lambda c: read_stage(work, c, cands))


def _included_stage(
    work: str, b: int, cand: Cand, cands: list[Cand], others: list[tuple[int, int]], cues: list[re.Match[str]]
) -> Stage | None:
    """Return the stage of an item whose clause's only stage cue is its inclusion in a plan, else None.

    "X是纳入国家规划的重点项目,该项目工可报告已批复": the inclusion in a plan is a fact about the
    plan; a clause referring back to the item, or the next clause telling where the works stand now,
    says where its works stand; an upgrade glued to the item is its kind of works.
    """
    staged = [m for m in cues if cue_at(m)[0] is not Stage.UPGRADE]  # an upgrade is a kind of works
    if not (staged and all(m.group().lstrip("已经").startswith(("纳入", "列入")) for m in staged)):
        return None
    back = references.back_reference(work, cand, cands, b)
    if back is not None:
        return back
    # "X已纳入…规划,目前正在开展前期工作": the clause telling where the works stand now is the item's
    now = _NOW_RE.match(work, b + 1) if work[b : b + 1] in ",，;；" else None
    if now:
        for m in spans.cues_in(work, *spans.clause(work, now.end(), now.end() + 1)):
            stage, spec = cue_at(m)
            if spec and stage is not Stage.UNSPECIFIED:
                return stage
    # "X改扩建工程已纳入…规划" (the upgrade between the item and the plan, no other item between):
    # the works' kind is the item's own, the plan a fact about the plan
    after = min((s_ for s_, _e in others if s_ >= cand.end), default=b)
    glued = [m for m in cues if cand.end <= m.start() < min(after, staged[0].start()) and cue_at(m)[0] is Stage.UPGRADE]
    if glued or Stage.UPGRADE in stages.name_stages(cand.name):
        return Stage.UPGRADE
    return None


class _ItemCues(NamedTuple):
    """The cues of a clause that are the item's: before it (``lead``) and after it (``trail``)."""

    lead: list[re.Match[str]]
    trail: list[re.Match[str]]
    #: The end of the last other item of the clause after the item (the item's own end when none).
    last: int
    #: Whether only list separators and items' own words stand between the item and ``last``.
    in_list: bool
    #: The start of the next other item of the clause (the clause's end when none): a trailing cue after it is
    #: the shared tail of the item's list ("A、B等项目前期工作").
    nxt: int


def _item_cues(
    work: str, a: int, b: int, cand: Cand, cands: list[Cand], others: list[tuple[int, int]], cues: list[re.Match[str]]
) -> _ItemCues:
    """Return the cues of the item's clause that are about it: those leading it and those trailing it or its list."""
    # a cue spanning the item is about it too ("A计划于2025年与B同步建成投用": B's completion is planned)
    lead = [m for m in cues if m.end() <= cand.start or (m.start() < cand.start and cand.end <= m.end())]
    # trailing cues: up to the next other item, or in the list's shared tail ("…等项目前期工作")
    # (the place of the event the clause tells, "X项目建设在Y站正式启动", does not end the item's words)
    nxt = min((c.start for c in spans.near(cands, a, b) if c is not cand and c.name and c.start >= cand.end and not venue(work, a, c)), default=b)
    last = max((e for _s, e in others if e > cand.end), default=cand.end)
    tail = work[last:b]
    # (a 、 between figures, "分别达98%、70%", joins no other item)
    tail_from = last + tail.rfind("等") if "等" in tail else (b if _ITEM_COMMA_RE.search(tail) else last)
    mask = list(work[cand.end : last])
    for s_, e_ in others:
        lo, hi = max(s_, cand.end), min(e_, last)
        if hi > lo:
            mask[lo - cand.end : hi - cand.end] = [""] * (hi - lo)
    # works glued to another item are that item's words ("A、B(某某境)扩容工程、C"), not a gap
    ends = [e_ for _s, e_ in others]
    # and so are the item's own ("A(贵州境)扩容工程、B2个续建项目": A is in the counted list); a kind of works only, not a
    # verb of pace over the next list ("建成A、B段加快推进C、D扩能改造", lines joined; part s49)
    for m in cues:
        if cand.end <= m.start() and m.end() <= last and cue_at(m)[0] is Stage.UPGRADE and glued_after(work, [*ends, cand.end], m.start()):
            w = _WORKS_TAIL_RE.match(work, m.end())
            hi = min(w.end(), last)
            if hi > m.start():
                mask[m.start() - cand.end : hi - cand.end] = [""] * (hi - m.start())
    between = "".join(mask)
    in_list = LIST_GAP_RE.fullmatch(between) is not None
    # items carrying words of their own between the separators ("投资60亿元的A、投资2亿元的B…")
    in_list = in_list or own_words_list(work, cand.end, [(s_, e_) for s_, e_ in others if cand.end <= s_ and e_ <= last], cues)
    # a long counted list whose items are not all recognised ("推进A、B、某某转运体系建设工程、C等11个
    # 重点项目前期工作"): a run joined by 、 up to a counted 等 shares the counted tail's words
    counted = not in_list and cand.end < tail_from and COUNTED_RUN_RE.fullmatch(work, cand.end, tail_from) is not None
    counted = counted and COUNTED_TAIL_RE.match(work, tail_from) is not None
    trail = [m for m in cues if cand.end <= m.start() < nxt or ((in_list or counted) and m.start() >= max(tail_from, cand.end))]
    trail = [m for m in trail if not far_approval(work, last if in_list else cand.end, m)]
    # "与A、在建的B相连": a status modifying the next item is that item's
    # (and so is a status word glued to the next item without 的: "A与在建B相接", "接已建B")
    trail = [m for m in trail if not (m.end() <= nxt < b and status_marks.status_of_next(work, m, nxt))]
    # "建成A、开工建设B", "开工建设A、谋划推动B": a verb opening the list's next member, right after the 、, leads
    # that member's item; it is no trailing cue of the item before the 、 (issue 11 item 2, part s39)
    trail = [m for m in trail if not (m.end() <= nxt < b and status_marks.opens_next_member(work, cand.end, m))]
    # a cue glued to the end of another item is that item's ("渝筑高速永城段改线、扶欢…")
    # (but a status modifying the item, "A与在建的B", is the item's own; and a verb glued after an item its own
    # status marks, "沿已通车的A谋划布局B", governs B: A's stage is its status, part s50)
    governing = _after_marked(work, cand, others, lead)
    lead = [
        m
        for m in lead
        if m.end() > cand.start
        or m in governing
        or status_marks.MODIFIER_OF_NEXT_RE.fullmatch(work, m.end(), cand.start)
        or not glued_after(work, ends, m.start()) and work[m.end() : m.end() + 1] not in LIST_SEP
    ]
    # the kind of works closing an earlier item of a list of works ("完成A路面改造工程、B整治工程") is that item's own,
    # not a word over the next one: the verb before the list governs B (issue 11 item 2, tests/extract/stages/test_stage_works_told_done_and_history.py)
    lead = [
        m
        for m in lead
        if not (
            cue_at(m)[0] is Stage.UPGRADE
            and m.end() <= cand.start
            and any(e_ <= m.start() for e_ in ends)
            and work.startswith("、", _WORKS_TAIL_RE.match(work, m.end()).end())
        )
    ]
    # "推进X建设": the generic verb is about the item only when 建设/工程 closes the item's phrase
    # (or the item's own name is works: "实施A整治工程、B整治工程", the verb governs both)
    works_name = work.endswith(("工程", "项目"), cand.start, cand.end)
    lead = [m for m in lead if m.group() not in pace_cues.GENERIC or works_name or pace_cues.GENERIC_OBJECT_RE.match(work, cand.end)]
    # an intent's object is the item (or list) right after it: "拟将A纳入B升级改造项目" plans A, B is where A goes
    first = list_start_of(work, cand, cands)
    lead = [m for m in lead if not m.group().startswith(plan_cues.INTENT_OBJECT) or not any(m.end() <= s_ < first for s_, _e in others)]
    # a verb of the item's own between a generic verb of pace and the item governs it ("加快推动X建设", "加快A建设和
    # 打造X"): 推动 and 打造 name no stage, as the reference codes them
    lead = [m for m in lead if cue_at(m) != (Stage.UNDER_CONSTRUCTION, False) or not pace_cues.UNSTAGED_VERB_RE.search(work, m.end(), first)]
    return _ItemCues(lead=lead, trail=trail, last=last, in_list=in_list, nxt=nxt)


def _after_marked(work: str, cand: Cand, others: list[tuple[int, int]], lead: list[re.Match[str]]) -> list[re.Match[str]]:
    """Return the leading cues glued after another item that an existing status right before it marks
    ("沿已通车的A谋划布局B", "紧邻已建成的A研究建设B"): the verb governs the item, A is only where it goes."""
    marked = [
        e_
        for s_, e_ in others
        if e_ <= cand.start
        and status_marks.EXISTING_MODIFIER_RE.search(work, 0, s_)
        and any(m.end() <= s_ and status_marks.status_of_next(work, m, s_) for m in lead)
    ]
    return [m for m in lead if m.end() <= cand.start and glued_after(work, marked, m.start())]


def _own_works_stage(work: str, cand: Cand, item: _ItemCues) -> Stage | None:
    """Return 改扩建 when the item's own works are named right after it under a verb of progress, else None.

    "有序推进A、B航道扩能提升" is an upgrade going on, the upgrade is the kind of works (before it or
    after its list: "A、B加宽改造工程、C全力推进"); a kind of projects the list is counted in
    ("A扩容工程、B2个续建项目") is a stage, not a verb of progress, and wins.
    """
    lead, trail, last, in_list = item.lead, item.trail, item.last, item.in_list
    own_works = any(
        cue_at(m)[0] is Stage.UPGRADE and glued_after(work, [cand.end, last] if in_list else [cand.end], m.start()) for m in trail
    )
    verbs = [m for m in [*lead[-1:], *trail] if cue_at(m)[0] is Stage.UNDER_CONSTRUCTION and "项目" not in m.group()]
    # a report from the site after the works named ("X扩能工程建设进展顺利", "X扩能改造工程…施工现场")
    # tells the works going on: their stage, not their kind
    works_at = min((m.start() for m in trail if cue_at(m)[0] is Stage.UPGRADE), default=len(work))
    # (a verb of effort, "全力推进", is no report: "A加宽改造工程、B全力推进" is an upgrade pushed on)
    reported = any(
        cue_at(m) == (Stage.UNDER_CONSTRUCTION, True) and m.start() > works_at and "推进" not in m.group() for m in trail
    )
    if own_works and verbs and not reported and not any(
        cue_at(m)[1] and cue_at(m)[0] not in (Stage.UPGRADE, Stage.UNSPECIFIED) and m not in verbs for m in trail
    ):
        return Stage.UPGRADE
    return None


def _cued_stage(work: str, a: int, b: int, cand: Cand, cands: list[Cand], item: _ItemCues) -> tuple[Stage, str] | None:
    """Return the stage the item's own cues give it and the step's name, else None.

    The best trailing cue (``trail``; ``list_tail`` when it is the shared tail after the item's list), the
    last leading one (``lead``) and the list's introduction (``intro``) are read, specific ones first; a
    list's heading, an upgrade, the clause telling where the works stand now, then a published list and a
    route's end are asked between.
    """
    lead, trail = item.lead, item.trail
    found: list[tuple[tuple[Stage, bool], str]] = []
    trail_cues = [(cue_at(m), "list_tail" if m.start() >= item.nxt else "trail") for m in trail]
    best = next((c for c in trail_cues if c[0][1] and c[0][0] not in (Stage.UPGRADE, Stage.UNSPECIFIED)), None)
    if best:
        found.append(best)
    elif trail_cues:
        found.append(trail_cues[0])
    if lead:
        found.append((cue_at(lead[-1]), "lead"))
    intro = labelled_intro(work, cand) or intro_cue(work, a, cand, cands) or set_lead_in(work, a, cand)
    if intro:
        found.append((intro, "intro"))
    for specific in (True, False):
        for (stage, spec), step in found:
            if spec is specific and stage not in (Stage.UPGRADE, Stage.UNSPECIFIED):
                return stage, step
        # a list's heading ("一、续建项目") governs the items under it unless their clause (or a dated
        # milestone later in their sentence) names a stage
        head = spans.heading_stage(work, cand.start) if specific else None
        if head is not None:
            later = later_clauses.later_milestone(work, cand, cands, b)
            return (later, "later") if later else (head[0], "heading")
        # a news report's section heading ("一、瞩目在建项目进展") over the item opening its line
        section = report_heading_stage(work, cand, cands) if specific else None
        if section is not None:
            later = later_clauses.later_milestone(work, cand, cands, b)
            return (later, "later") if later else (section, "heading")
        for (stage, spec), step in found:
            if spec is specific and stage is Stage.UPGRADE:
                # "顺接X扩容工程": the line joined is there already, its works' kind is no stage of the route's
                return (Stage.COMPLETED, "route_end") if _route_end(work, a, cand, cands) else (stage, step)
        # "即将实施的X为省重点项目,目前正在开展施工图设计等前期工作": where the works stand now,
        # told in the clause right after the item's, beats a generic verb of its own clause
        now = _now_stage(work, b, cand, cands) if specific else None
        if now is not None:
            return now, "now"
    # an item of a list a published list gives ("《2024年加快前期工作重点项目名单》…,包括A、B等重大项目")
    titled = titled_list(work, cand)
    if titled is not None:
        return titled, "intro"
    # a route's end or join named before its own clause ends ("顺接A扩容、B,止于C,…预计2023年建成通车"):
    # the line joined is there already; the later milestone and the name's works are the new route's
    if _route_end(work, a, cand, cands):
        return Stage.COMPLETED, "route_end"
    return None


def _carried_stage(work: str, a: int, b: int, cand: Cand, cands: list[Cand]) -> tuple[Stage, str]:
    """Return the stage carried to an item whose own clause gives none, from elsewhere in the document, and the step.

    Asked in order (the first that answers wins); last, existing context is built (``context``), else
    unspecified (``none``); the steps between are ``carried``.
    """
    # no cue in its clause: a milestone later in the sentence, before the next item, governs it
    # ("推进X建设,今年内建成通车")
    later = later_clauses.later_milestone(work, cand, cands, b)
    if later is not None:
        return later, "carried"
    # the clause right after the item's list as its subject ("A、B等项目,也在紧锣密鼓的建设之中") is every item's predicate
    listed = later_clauses.list_predicate(work, cand, cands, a, b)
    if listed is not None:
        return listed, "carried"
    # a list filling its clause with no verb ("A、B,C、D等项目正在开展工可", "A、B方面,本省将继续加强建设") is the subject
    # of the next clause
    verbless = later_clauses.verbless_list(work, cand, cands, a, b)
    if verbless is not None:
        return verbless, "carried"
    # a group of a list cut by commas ("加快推进A、B,C、D,E等项目建设"): the run's closing words or opening verb
    run = list_runs.run_stage(work, cand, cands, a, b)
    if run is not None:
        return run, "carried"
    # a report from the item's site in the next clauses ("X隧道焊花飞溅,快速掘进")
    site = later_clauses.site_report(work, cand, cands, a, b)
    if site is not None:
        return site, "carried"
    # "A、B:\n2个项目正在进行主体施工": the paragraph under a run-in heading of names states their stage
    run_in = headlines.run_in_stage(work, cand) or headlines.bulletin_line_stage(work, cand, cands)
    if run_in is not None:
        return run_in, "carried"
    # the whole named right before its part ("X全线最长隧道Y,…双洞贯通"): works on the part are the whole's
    part = later_clauses.part_after(work, cand, cands, b, stage_of=lambda c: read_stage(work, c, cands))
    if part is not None:
        return part, "carried"
    # a clause referring back to the item ("…X相关事宜,目前该项目已开展可研") states its stage
    back = references.back_reference(work, cand, cands, b)
    if back is not None:
        return back, "carried"
    # a later sentence carrying the item on as its subject ("X位于A镇,全长30公里。项目于去年开工…") tells its stage
    topic = references.topic_stage(work, cand, cands)
    if topic is not None:
        return topic, "carried"
    # the name itself may carry the works ("供水改扩建工程")
    if Stage.UPGRADE in stages.name_stages(cand.name):
        return Stage.UPGRADE, "carried"
    # a clause referring back to a news report's subject ("全线共设A、B等12座车站") takes its stage
    anaphor = frame_words.ANAPHOR_RE.match(work, a)
    if anaphor and anaphor.end() <= cand.start:
        head = spans.headline_stage(work)
        if head is not None:
            return head, "carried"
    # the stations a line sets ("此次开通运营的X段…,设A、B9座车站") are the line's
    line = line_stations.stations_of_line(work, cand, cands, a, stage_of=lambda c: read_stage(work, c, cands))
    if line is not None:
        return line, "carried"
    # a report of a batch ("集中开工354个重大项目"): the items it counts ("A、B等9个项目") are the batch's
    batch = headlines.batch_stage(work, cand, b) or headlines.heading_of_batch(work, cand)
    if batch is not None:
        return batch, "carried"
    # "继X通车之后,…": the milestone the sentence follows on from is past
    since = later_clauses.since_milestone(work, cand, cands, a, b)
    if since is not None:
        return since, "carried"
    # a facility told by what it has or carries now ("X机场…,现有1条跑道…,2020年旅客吞吐量…万人次")
    held = later_clauses.in_service_after(work, cand, cands, b)
    if held is not None:
        return held, "carried"
    # a part of the news report's subject ("X高速梅江特大桥"; "X高速公路…,起于A隧道,经…连接B收费站"
    # when X is open) takes the headline's stage
    part = headlines.part_of_subject(work, cand, cands, a)
    if part is not None:
        return part, "carried"
    # a list itemising a count of a clause before it ("规划8条快速铁路,…包括A、B") takes its stage
    counted = list_intros.counted_intro(work, cand, cands, a)
    if counted is not None:
        return counted, "carried"
    # an item listed under a strand of a planned layout ("规划形成“六横六纵”的路网布局。六横:A、B") is planned
    strand = list_intros.layout_part(work, cand, cands)
    if strand is not None:
        return strand, "carried"
    # works built along with a project ("同步建设A连接线", "A、B等5条高速公路同步建设"): the project's stage
    along = _built_along(work, a, cand, cands)
    if along is not None:
        return along, "carried"
    # an existing line named as context ("境内有渝黔高速、川黔铁路…", "接G85…") is built
    return (Stage.COMPLETED, "context") if is_context(work, cand, cands) else (Stage.UNSPECIFIED, "none")


#: A clause telling where the works stand now: "目前正在开展前期工作", "现已完成可研".
_NOW_RE = re.compile(r"\s*(?:目前|当前|现已|现在|现)")


_WORKS_TAIL_RE = re.compile(r"(?:工程|项目)?")


#: A 、 that may join another item: not one between figures ("分别达98%、70%") nor one before a date, which joins
#: two dated milestones of the same items ("A、B将于今年贯通、明年通车": both items share both milestones).
_ITEM_COMMA_RE = re.compile(r"、(?![\d.]|今年|明年|后年|年内|年底|年末|当年|次年|同年|上半年|下半年|[一二三四]季度)")


def _now_stage(work: str, b: int, cand: Cand, cands: list[Cand]) -> Stage | None:
    """Return the specific stage of the clause after the item's that tells where the works stand now.

    The clause opens with a word of the present (目前, 当前, 现…) and names no other item, and nothing
    but the item's own predicate stands between ("X为省重点项目,目前正在开展前期工作").
    """
    if work[b : b + 1] not in ",，":
        return None
    now = _NOW_RE.match(work, b + 1)
    if now is None:
        return None
    ca, cb = spans.clause(work, now.end(), now.end() + 1)
    a, _b = spans.clause(work, cand.start, cand.end)
    if any(c.name and c is not cand for c in spans.near(cands, a, cb)):
        return None
    return spans.first_stated_stage(work, ca, cb)


def _route_end(work: str, a: int, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether a verb of a route's end or join governs the item ("止于X", "东接A、B", "自X站引出") (issue #11)."""
    if existing_traits.ZONE_NAME_RE.search(cand.name):
        return False  # "止于X新区": a zone is the place the route reaches, not a line it joins
    verb = spans.words_before(work, a, cand, cands).strip(LIST_SEP + "、")
    if route_relations.ROUTE_FROM_NEAR.search(verb):
        return route_relations.ROUTE_FROM_AFTER_RE.match(work, list_end_of(work, cand, cands)) is not None
    return route_relations.ROUTE_END_NEAR.search(verb) is not None


def _built_along(work: str, a: int, cand: Cand, cands: list[Cand]) -> Stage | None:
    """Return the stage of the project the item is built along with, if its clause says so (issue #11).

    "西渝高铁…开工建设。…,同步建设A连接线" and "B建设如火如荼;与此同时,A、C等5条高速公路同步建设":
    the project is the nearest item before it in its sentence with a stage of works, else the first
    such item of the document (a news report's subject); ``None`` when the clause says nothing of it.
    """
    verb = spans.words_before(work, a, cand, cands).strip()
    if not (_ALONG_BEFORE_RE.search(verb) or _ALONG_AFTER_RE.match(work, list_end_of(work, cand, cands))):
        return None
    first = list_start_of(work, cand, cands)
    s0, _s1 = spans.sentence(work, cand.start, cand.end)
    before = [c for c in cands if c.name and c.end <= first and not c.implied]
    for c in [*reversed([c for c in before if c.start >= s0]), *[c for c in before if c.start < s0]]:
        stage = read_stage(work, c, cands)
        if stage in _ALONG_STAGES:
            return stage
    return None


#: Works built along with another project: the verb opening the item's clause ("同步建设A连接线"), or
#: closing its list ("A、B等5条高速公路同步建设"); not 同步推进 (pushed on together) nor 同步建成 (a shared goal).
_ALONG_BEFORE_RE = re.compile(r"同步(?:建设|实施|新建|修建)(?:[^,，。;；、]{0,8}[、和及与])*$")  # ("同步建设东乡、和政连接线")


_ALONG_AFTER_RE = re.compile(r"(?:等[^,，。;；、]{0,12}?)?(?:也|均|将|正在)?同步(?:建设|实施|新建|修建)(?!完成|成)")


#: The stages a project another is built along with may be in (built works have nothing built along now).
_ALONG_STAGES = (Stage.PROPOSED, Stage.PRELIMINARY, Stage.STARTING, Stage.UNDER_CONSTRUCTION)
