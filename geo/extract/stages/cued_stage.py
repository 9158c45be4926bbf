"""Read the stage the item's own clause gives it by its cues, once the frame it stands in has not answered.

In :func:`geo.extract.stages.clause_stage.read_stage`'s order: a clause whose only stage is the item's inclusion
in a plan (:func:`included_stage`: 纳入规划), the item's own works named under a verb of progress
(:func:`own_works_stage`: an upgrade), then the cues leading and trailing the item or its list and its list's
introduction, specific first, with a list's heading, the clause telling where the works stand now, a published
list and a route's end asked between (:func:`cued_stage`). The item's cues are
:func:`geo.extract.stages.item_cues.item_cues`'.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.patterns import LIST_SEP, Cand
from geo.extract.stages import cues as stages
from geo.extract.stages import existing_traits, later_clauses, references, route_relations, spans
from geo.extract.stages.cues import stage_of as cue_at
from geo.extract.stages.item_cues import ItemCues
from geo.extract.stages.item_lists import glued_after, list_end_of
from geo.extract.stages.list_intros import (
    intro_cue,
    labelled_intro,
    report_heading_stage,
    set_lead_in,
    titled_list,
)
from geo.model import Stage


def included_stage(
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


def own_works_stage(work: str, cand: Cand, item: ItemCues) -> Stage | None:
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


def cued_stage(work: str, a: int, b: int, cand: Cand, cands: list[Cand], item: ItemCues) -> tuple[Stage, str] | None:
    """Return the stage the item's own cues give it and the step's name, else None.

    The best trailing cue (``trail``; ``list_tail`` when it is the shared tail after the item's list), the
    last leading one (``lead``) and the list's introduction (``intro``) are read, specific ones first; a
    list's heading, an upgrade, the clause telling where the works stand now, then a published list and a
    route's end are asked between.
    """
    lead, trail = item.lead, item.trail
    if sought_task(work, cand, cands, item):
        return Stage.PROPOSED, "lead"
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


#: A verb planning or seeking works not yet decided (谋划, 争取 and the seeking verbs) right before the list it governs, and
#: the task before works closing that list ("前期工作", "立项"), with the words that may join them to it (part s51).
_SEEKING_LEAD_RE = re.compile("|".join(["谋划", *(re.escape(w) for w in lx.SEEKING_VERBS)]))
_TASK_TAIL_RE = re.compile(r"(?:的)?(?:项目|工程)?(?:前期工作|立项)")


def sought_task(work: str, cand: Cand, cands: list[Cand], item: ItemCues) -> bool:
    """Return whether a verb planning or seeking the works opens the item's list and a task before works closes it.

    "积极谋划A扩能改造、B前期工作", "积极争取A、B立项建设": the task is what is planned or sought, the works are
    still planned (研究论证, as the reference's 谋划 and 争取), whatever the task's own stage; a verb between the
    two ("谋划推进X前期工作", "争取X年内完成前期工作") or the task launched ("研究启动X前期工作") is read as before.
    Only other items of the list, their own works ("扩能改造") and list separators may stand between the verb and the
    item, and only such words between the item and the task (issue 11 item 2, part s51).
    """
    if not item.lead or not _SEEKING_LEAD_RE.fullmatch(item.lead[-1].group()):
        return False
    lead = item.lead[-1]
    tail = next((m for m in item.trail if m.start() >= item.last), None)
    if tail is None or not _TASK_TAIL_RE.fullmatch(work, item.last, tail.end()):
        return False
    if cue_at(tail)[0] is not Stage.PRELIMINARY:
        return False
    kept = list(work[lead.end() : item.last])
    for c in cands:
        if c.name and lead.end() <= c.start and c.end <= item.last:
            kept[c.start - lead.end() : c.end - lead.end()] = [""] * (c.end - c.start)
    for m in spans.cues_in(work, lead.end(), item.last):
        if cue_at(m)[0] is Stage.UPGRADE:
            kept[m.start() - lead.end() : m.end() - lead.end()] = [""] * (m.end() - m.start())
    return all(ch in LIST_SEP for ch in "".join(kept))


#: A clause telling where the works stand now: "目前正在开展前期工作", "现已完成可研".
_NOW_RE = re.compile(r"\s*(?:目前|当前|现已|现在|现)")


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
