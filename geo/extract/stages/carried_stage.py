"""Read the stage carried to an item whose own clause gives none, from elsewhere in its sentence or document.

:func:`carried_stage` asks, in order: a later milestone, the clause after its list as its subject, a verbless
list's next clause, a run of a list cut by commas, a site report (:mod:`geo.extract.stages.later_clauses`,
:mod:`geo.extract.stages.list_runs`), a run-in heading (:mod:`geo.extract.stages.headlines`), a part after it, a
clause referring back (:mod:`geo.extract.stages.references`), the name's own works, a headline over a referring
clause, the line whose stations it is (:mod:`geo.extract.stages.line_stations`), a batch, a milestone followed
on from, what it holds now, a part of the report's subject, a count its list itemises, a strand of a planned
layout (:mod:`geo.extract.stages.list_intros`), works built along (:func:`_built_along`); last, existing context
is built (:mod:`geo.extract.stages.existing`). The last step of
:func:`geo.extract.stages.clause_stage.read_stage`, which gives its own reading as ``stage_of``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geo.extract.patterns import Cand
from geo.extract.stages import cues as stages
from geo.extract.stages import (
    frame_words,
    headlines,
    later_clauses,
    line_stations,
    list_intros,
    list_runs,
    references,
    spans,
)
from geo.extract.stages.existing import is_context
from geo.extract.stages.item_lists import list_end_of, list_start_of
from geo.model import Stage


def carried_stage(
    work: str, a: int, b: int, cand: Cand, cands: list[Cand], *, stage_of: Callable[[Cand], Stage]
) -> tuple[Stage, str]:
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
    part = later_clauses.part_after(work, cand, cands, b, stage_of=stage_of)
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
    line = line_stations.stations_of_line(work, cand, cands, a, stage_of=stage_of)
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
    along = _built_along(work, a, cand, cands, stage_of=stage_of)
    if along is not None:
        return along, "carried"
    # an existing line named as context ("境内有渝黔高速、川黔铁路…", "接G85…") is built
    return (Stage.COMPLETED, "context") if is_context(work, cand, cands) else (Stage.UNSPECIFIED, "none")


def _built_along(work: str, a: int, cand: Cand, cands: list[Cand], *, stage_of: Callable[[Cand], Stage]) -> Stage | None:
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
        stage = stage_of(c)
        if stage in _ALONG_STAGES:
            return stage
    return None


#: Works built along with another project: the verb opening the item's clause ("同步建设A连接线"), or
#: closing its list ("A、B等5条高速公路同步建设"); not 同步推进 (pushed on together) nor 同步建成 (a shared goal).
_ALONG_BEFORE_RE = re.compile(r"同步(?:建设|实施|新建|修建)(?:[^,，。;；、]{0,8}[、和及与])*$")  # ("同步建设东乡、和政连接线")


_ALONG_AFTER_RE = re.compile(r"(?:等[^,，。;；、]{0,12}?)?(?:也|均|将|正在)?同步(?:建设|实施|新建|修建)(?!完成|成)")


#: The stages a project another is built along with may be in (built works have nothing built along now).
_ALONG_STAGES = (Stage.PROPOSED, Stage.PRELIMINARY, Stage.STARTING, Stage.UNDER_CONSTRUCTION)
