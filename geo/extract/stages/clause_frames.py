"""Read the frame a clause sets an item in before its stage cues are read.

:func:`framed_stage`, the first step of :func:`geo.extract.stages.clause_stage.read_stage`, asks in order: a
service word after the item, its bracketed note, a table's stage cell, a condition the item is the subject of
(:func:`condition_stage`: "若X大桥能如期建成,将…"), an inspection of its works going on (:func:`inspected_works`:
"实地察看X建设进展"), its phases, a context governing it, a status modifier before it or its list
(:mod:`geo.extract.stages.status_marks`), the place of an event (:func:`venue`: "集中开工活动在X举行"), a request
told in prose (:func:`requested`: "建议先期启动建设X") and a motion named by its title (:func:`motion_stage`:
"关于加快X建设的建议"), whose reply says where the works stand.
"""

from __future__ import annotations

from collections.abc import Callable

from geo.extract import lexicon as lx
from geo.extract.patterns import Cand
from geo.extract.stages import (
    existing_traits,
    frame_words,
    references,
    route_relations,
    spans,
    stage_columns,
    status_marks,
    use_signs,
)
from geo.extract.stages.cues import stage_of as cue_at
from geo.extract.stages.existing import is_context
from geo.extract.stages.item_lists import governs_list, list_end_of
from geo.model import Stage


def condition_stage(work: str, a: int, b: int, cand: Cand, cands: list[Cand]) -> Stage | None:
    """Return the stage of an item that is the subject of a condition ("若X大桥能如期建成,将…"), else None.

    The milestone in the condition states no stage: the main clause's, when it states one about no
    other item, is the item's; otherwise it is unspecified.
    """
    lead = frame_words.CONDITION_LEAD_RE.search(work, a, cand.start)
    if lead is None or lead.end() != cand.start or not (lead.group("strong") or lead.group("weak")):
        return None
    if lead.group("strong"):
        if not frame_words.CONDITION_MILESTONE_RE.match(work, cand.end, b):
            return None
    elif not (frame_words.CONDITION_MODAL_RE.match(work, cand.end, b) and frame_words.CONDITION_MILESTONE_RE.match(work, cand.end, b)):
        return None
    if any(c is not cand and c.start >= cand.end and c.start < b for c in cands):
        return None  # "若A、B能如期建成": a list, left to the list's reading
    if work[b : b + 1] in ",，":
        c0, c1 = spans.clause(work, b + 1, b + 2)
        if not any(c0 <= c.start < c1 for c in cands) and (stage := spans.first_stated_stage(work, c0, c1)) is not None:
            return stage
    return Stage.UNSPECIFIED


def inspected_works(work: str, a: int, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether the item's clause tells an inspection of its works going on ("实地察看X建设进展",
    "视察了X站内装饰装修情况": :data:`frame_words.INSPECT_NEAR`, :data:`frame_words.INSPECT_AFTER_RE`)."""
    verb = spans.words_before(work, a, cand, cands).rstrip("、和及与 ")
    return frame_words.INSPECT_NEAR.search(verb) is not None \
        and frame_words.INSPECT_AFTER_RE.match(work, list_end_of(work, cand, cands)) is not None


def venue(work: str, a: int, item: Cand) -> bool:
    """Return whether the item is the place of an event its clause tells ("在X举行", "在X站正式启动")."""
    if not work[a : item.start].rstrip().endswith("在"):
        return False
    return frame_words.VENUE_RE.match(work, item.end) is not None or (
        item.type in frame_words.VENUE_TYPES and frame_words.VENUE_START_RE.match(work, item.end) is not None
    )


def requested(work: str, a: int, s0: int, s1: int, cand: Cand) -> bool:
    """Return whether the item is what a request told in prose asks for (:data:`frame_words.REQUEST_VERB_RE`).

    建议 is the verb of the item's clause before it, or closes the clause right before the item's
    ("韦昌建议,将X纳入…"); or the item lies inside a motion named by what it asks
    (:data:`frame_words.PROSE_MOTION_RE`: "您所提到的尽快建成A、B的相关建议").
    """
    if frame_words.REQUEST_PLACE_RE.search(work, a, cand.start):
        return False
    for m in frame_words.REQUEST_VERB_RE.finditer(work, s0, cand.start):
        ca = spans.clause(work, m.start(), m.end())[0]
        if frame_words.REQUEST_NOT_AFTER_RE.search(work, max(ca, m.start() - 2), m.start()):
            continue
        if frame_words.REQUEST_FRAME_RE.search(work, ca, m.start()):
            continue
        if m.start() >= a or work[m.end() : a].strip() in (",", "，", ":", "："):
            return True
    for m in frame_words.PROSE_MOTION_RE.finditer(work, s0, s1):
        if m.start() < cand.start and cand.end <= m.end():
            return True
    return False


def motion_stage(
    work: str, b: int, s0: int, s1: int, cand: Cand, cands: list[Cand], *, stage_of: Callable[[Cand], Stage]
) -> Stage | None:
    """Return the stage of an item a motion's title names ("关于加快X建设的建议"), else None.

    The motion asks for the works: existing context is built, an upgrade the title asks for is the
    works' kind, else the reply to the motion says where the works stand (a later mention of the item,
    read by ``stage_of``, or a clause referring back to it), else it is proposed. ``b`` is the end of the
    item's clause, ``s0``–``s1`` its sentence.
    """
    k = work.rfind("关于", s0, cand.start)
    motions = frame_words.MOTION_RE.finditer(work, k, s1) if k >= 0 else ()
    motion = next((m for m in motions if m.start() < cand.start and cand.end <= m.end()), None)
    if not motion:
        return None
    # a motion asks for the works: proposed, or the upgrade it asks for ("对X进行升级改造的建议")
    if is_context(work, cand, cands):
        return Stage.COMPLETED
    asked = [cue_at(m)[0] for m in spans.cues_in(work, cand.end, motion.end())]
    # the motion's verb right before the item or its list ("关于扩宽A和B的提案")
    asked += [cue_at(m)[0] for m in spans.cues_in(work, motion.start(), cand.start) if governs_list(work, m.end(), cand, cands)]
    if Stage.UPGRADE in asked:
        return Stage.UPGRADE
    # the reply to the motion says where the works stand ("X工可报告已批复"): that is their stage
    return (
        references.replied(work, cand, cands, motion.end(), stage_of=stage_of)
        or references.back_reference(work, cand, cands, b)  # "…的建议收悉。…该项目已开工建设"
        or Stage.PROPOSED
    )


def framed_stage(
    work: str, a: int, b: int, cand: Cand, cands: list[Cand], *, stage_of: Callable[[Cand], Stage]
) -> Stage | None:
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
    return motion_stage(work, b, s0, s1, cand, cands, stage_of=stage_of)
