"""Read a mention's stage, target year and lead unit from the clause and task around it.

The words of stage are :mod:`geo.extract.stages`, the years :mod:`geo.extract.years` (one mention's:
:func:`geo.extract.years.mention.mention_years`), and the clause and sentence around a mention
:mod:`geo.extract.spans`.
"""

from __future__ import annotations

import re

from geo.extract import discourse, spans, stage_context, stages, years
from geo.extract import lexicon as lx
from geo.extract.patterns import (
    CJK,
    LEAD_RE,
    LIST_SEP,
    Cand,
    inside_span,
)
from geo.extract.stages import stage_of as cue_at
from geo.extract.years import Years
from geo.extract.years.mention import ListReading, mention_years
from geo.model import EntityType, Mention, SourceText, Stage


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
    route_end = discourse.route_sentence(work, cand, cands, s_start, s_end)
    if route_end is not None:  # "新建X高速。该项目起于A镇,经B、C,止于D镇": the route is X's evidence too
        q1 = index[route_end - 1] + 1
    stage = Stage.UNSPECIFIED if cand.implied else _stage(work, cand, cands)
    date = source.meta.date
    # a sentence set in a five-year plan ("“十四五”期间,建设X") has that window when the document has none
    period = period or (None if cand.implied else years.sentence_period(work, s_start, s_end))
    year0 = years.doc_year(date, period, year=source.meta.year)
    past = _PAST_MILESTONE_RE.match(work, cand.end) if stage is Stage.UNSPECIFIED and not cand.implied else None
    if past and year0 and int(past.group("year")) < year0:
        stage = Stage.COMPLETED  # "X2020年建成通车后,…" in a report of 2023: existing works named as context
    got = Years() if cand.implied else mention_years(work, cand, cands, year0, stage=stage, lists=_LIST_READING, period=period, date=date)
    if stage is Stage.STARTING and got.start and got.basis == "explicit" and year0 and year0 - got.start >= STARTED_LONG_AGO:
        stage = Stage.UNDER_CONSTRUCTION  # "于2015年12月开工建设" in a report of 2019: the works go on
    basis = got.basis or ("plan_period" if period else None)
    # a station a new line sets, its line not open ("全线设A、B、C6座车站"): the text gives no stage, and none is guessed
    held = stage is Stage.UNSPECIFIED and not cand.implied and discourse.sets_stations(
        work, cand, cands, spans.clause(work, cand.start, cand.end)[0]
    )
    lead = _lead_unit(work, cand.end)
    if lead is None and not cand.implied:
        lead = years.table_years(work, cand.start)[1]
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
    )


#: A completion dated right after the item and told as the time of the main clause ("X2020年建成通车后,…",
#: "X于2017年建成后"): a condition when the year is ahead, a past event (the item is built) when the year
#: is before the document's.
_PAST_MILESTONE_RE = re.compile(
    r"\s*(?:于|在|自)?(?P<year>(?:19|20)\d\d)年(?:\d{1,2}月(?:\d{1,2}[日号])?|底|末)?(?:正式)?(?:全线)?"
    r"(?:建成|通车|开通|投用|投运|投产|竣工|完工|通航)(?:通车|投用|投运|运营|通航)?(?:之后|后|以来)"
)


#: Years between a start the clause dates and the document's year after which the start is no news:
#: a report of 2019 saying "X于2015年12月开工建设" tells works going on (issue #11).
STARTED_LONG_AGO = 2


#: A clause telling where the works stand now: "目前正在开展前期工作", "现已完成可研".
_NOW_RE = re.compile(r"\s*(?:目前|当前|现已|现在|现)")


def _glued(work: str, ends: list[int], pos: int) -> bool:
    """Return whether a cue at ``pos`` follows closely the end of one of the items ending at ``ends``."""
    return any(e_ <= pos and GLUE_RE.fullmatch(work, e_, pos) for e_ in ends)


_WORKS_TAIL_RE = re.compile(r"(?:工程|项目)?")
#: A 、 that may join another item (not one between figures: "分别达98%、70%").
_ITEM_COMMA_RE = re.compile(r"、(?![\d.])")

#: What may stand between two items of one list: separators (以及 too: "A、B以及C已建成投运"), a short
#: bracket ("A(遵义境)、B"),
#: the item's own parts ("A大桥及连接线、B") and the generic word closing an item ("A二期工程、B"),
#: maybe before the item's bracket ("A航道建设工程(某某段)、B"), the kind of works an item names that is no
#: stage cue ("A、B改建、C等一批旅游公路即将开工建设": B's own works, the list goes on), and the count closing
#: a group of the list ("加快A等5条高铁、B等13条高速、C等在建项目进度", "A、B2条高铁和C等4条城际铁路初步设计获批"),
#: or its kind alone before a conjunction ("A、B等铁路和C、D等机场项目大力推进").
LIST_GAP_RE = re.compile(
    r"(?:以及|[、和及与\s]|[(（][^()（）,，。;；]{0,12}[)）]|及其?(?:连接线|引道|配套工程|配套设施|附属工程)"
    r"|(?:建设)?(?:工程|项目)(?=\s*(?:[(（][^()（）,，。;；]{0,12}[)）])?\s*[、和及与])"
    r"|(?:新建|改建|新改建|迁建)(?:工程|项目)?(?=\s*[、和及与])"
    r"|等?(?:\d+|[一二三四五六七八九十两]+)(?:条|个|座|项|处|所)[\u4e00-\u9fff]{0,4}?(?=[、和及与])"
    r"|等[\u4e00-\u9fff]{1,4}?(?=[和及与]))*"
)
#: A run of list items joined by 、 (each at most 40 characters, no clause mark), and the counted
#: tail closing it ("等11个重点项目", "等5个新开工项目").
COUNTED_RUN_RE = re.compile(r"(?:[^,，。;；:：、\n]{0,40}、)+[^,，。;；:：、\n]{0,40}")
COUNTED_TAIL_RE = re.compile(r"等(?:\d+|[一二三四五六七八九十两]+)个")
#: A cue glued to the end of an item, maybe behind its bracket: "A扩容", "A(贵州境)扩容工程".
GLUE_RE = re.compile(rf"(?:[(（][^()（）,，。;；]{{0,12}}[)）])?[{CJK}]{{0,3}}")


def _stage(work: str, cand: Cand, cands: list[Cand]) -> Stage:
    """Return the stage the governing clause gives the item (specific cues win)."""
    a, b = spans.clause(work, cand.start, cand.end)
    if work.startswith(lx.SERVICE_WORDS, cand.end):
        if cand.type in stage_context.HUB_TYPES and is_context(work, cand, cands):
            return Stage.COMPLETED  # "X站开行首趟货运班列": a hub running a service is in service
        return Stage.UNSPECIFIED  # "开通重庆至成都高铁公交化列车": the cue is about a train service
    k = max(work.rfind("(", cand.start, cand.end), work.rfind("（", cand.start, cand.end))
    tail = stage_context.STAGE_NOTE_RE.fullmatch(work, k, cand.end) if k >= 0 else None
    note = stage_context.STAGE_NOTE_RE.match(work, cand.end) or tail  # after the item, or closing its span
    if note:
        return stage_context.note_stage(note)  # the item's own note: "X高速公路(在建)、Y高速公路(规划)"
    before = work[a : cand.start]
    cond = _condition_stage(work, a, b, cand, cands)
    if cond is not None:
        return cond
    if stage_context.PHASED_RE.match(work, cand.end):
        # "X分两期实施,一期工程已于2021年建成通车": the milestones told after it are its phases'
        lead = [cue_at(m) for m in spans.cues_in(work, a, cand.start)]
        return next((st for st, spec in reversed(lead) if spec and st is not Stage.UNSPECIFIED), Stage.UNSPECIFIED)
    governs = any(w in before for w in stage_context.CONTEXT_GOVERNING_WORDS) and stage_context.CONTEXT_GOVERNS.search(
        spans.words_before(work, a, cand, cands)
    ) and not stage_context.ZONE_NAME_RE.search(cand.name)  # ("串联起X新区": a zone is no line in service)
    released = stage_context.RELEASED_BEFORE_RE.search(before) and stage_context.CAPACITY_AFTER_RE.match(work, cand.end)
    if governs or released or stage_context.PROBLEM_AFTER_RE.match(work, cand.end):
        return Stage.COMPLETED  # "衔接A、B三大干线", "缓解X常态化拥堵", "释放X货运能力": lines in service
    if stage_context.PLANNED_MODIFIER_RE.search(before):
        return Stage.PROPOSED  # "东接规划X大桥": the end of a route that is itself only planned
    if stage_context.EXISTING_MODIFIER_RE.search(before):
        return Stage.COMPLETED  # "起于既有X立交": marked as existing
    # a status written before the item or its list ("建设中的X", "在建的A、B", "规划中的X", "原有X")
    listed = spans.words_before(work, a, cand, cands).rstrip("、 ")
    if stage_context.BUILDING_MODIFIER_RE.search(listed):
        return Stage.UNDER_CONSTRUCTION
    if stage_context.OLD_MODIFIER_RE.search(listed):
        return Stage.COMPLETED
    if stage_context.PLANNED_MODIFIER_RE.search(listed):
        return Stage.PROPOSED
    if stage_context.PLANNED_VERB_RE.search(spans.words_before(work, a, cand, cands).rstrip("、 ")):
        return Stage.PROPOSED  # "建设任务规划A、B、C四级航电枢纽": 规划 governing the item's list
    if _venue(work, a, cand):
        if stage_context.OPENING_EVENT_RE.search(work, a, cand.start):
            return Stage.COMPLETED  # "X通车仪式在Y站举行": an opening held there, the place is in service
        return Stage.UNSPECIFIED  # "集中开工活动在X举行": the place of an event, not the works started
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    if _requested(work, a, s0, s1, cand):  # "建议先期启动建设X": what a speaker asks for is proposed
        return Stage.COMPLETED if is_context(work, cand, cands) else Stage.PROPOSED
    k = work.rfind("关于", s0, cand.start)
    motions = stage_context.MOTION_RE.finditer(work, k, s1) if k >= 0 else ()
    motion = next((m for m in motions if m.start() < cand.start and cand.end <= m.end()), None)
    if motion:  # a motion asks for the works: proposed, or the upgrade it asks for ("对X进行升级改造的建议")
        if is_context(work, cand, cands):
            return Stage.COMPLETED
        asked = [cue_at(m)[0] for m in spans.cues_in(work, cand.end, motion.end())]
        # the motion's verb right before the item or its list ("关于扩宽A和B的提案")
        asked += [cue_at(m)[0] for m in spans.cues_in(work, motion.start(), cand.start) if _governs_list(work, m.end(), cand, cands)]
        if Stage.UPGRADE in asked:
            return Stage.UPGRADE
        # the reply to the motion says where the works stand ("X工可报告已批复"): that is their stage
        return (
            discourse.replied(work, cand, cands, motion.end(), stage_of=lambda c: _stage(work, c, cands))
            or discourse.back_reference(work, cand, cands, b)  # "…的建议收悉。…该项目已开工建设"
            or Stage.PROPOSED
        )
    others = [(c.start, c.end) for c in spans.near(cands, a, b) if c is not cand and c.name]
    cues = [m for m in spans.cues_in(work, a, b) if not inside_span(others, m.start(), m.end())]
    # "X是纳入国家规划的重点项目,该项目工可报告已批复": the inclusion in a plan is a fact about the
    # plan; a clause referring back to the item says where its works stand
    staged = [m for m in cues if cue_at(m)[0] is not Stage.UPGRADE]  # an upgrade is a kind of works
    if staged and all(m.group().lstrip("已经").startswith(("纳入", "列入")) for m in staged):
        back = discourse.back_reference(work, cand, cands, b)
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
    # a cue spanning the item is about it too ("A计划于2025年与B同步建成投用": B's completion is planned)
    lead = [m for m in cues if m.end() <= cand.start or (m.start() < cand.start and cand.end <= m.end())]
    # trailing cues: up to the next other item, or in the list's shared tail ("…等项目前期工作")
    # (the place of the event the clause tells, "X项目建设在Y站正式启动", does not end the item's words)
    nxt = min((c.start for c in spans.near(cands, a, b) if c is not cand and c.name and c.start >= cand.end and not _venue(work, a, c)), default=b)
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
    # and so are the item's own ("A(贵州境)扩容工程、B2个续建项目": A is in the counted list)
    for m in cues:
        if cand.end <= m.start() and m.end() <= last and _glued(work, [*ends, cand.end], m.start()):
            w = _WORKS_TAIL_RE.match(work, m.end())
            hi = min(w.end(), last)
            if hi > m.start():
                mask[m.start() - cand.end : hi - cand.end] = [""] * (hi - m.start())
    between = "".join(mask)
    in_list = LIST_GAP_RE.fullmatch(between) is not None
    # a long counted list whose items are not all recognised ("推进A、B、某某转运体系建设工程、C等11个
    # 重点项目前期工作"): a run joined by 、 up to a counted 等 shares the counted tail's words
    counted = not in_list and cand.end < tail_from and COUNTED_RUN_RE.fullmatch(work, cand.end, tail_from) is not None
    counted = counted and COUNTED_TAIL_RE.match(work, tail_from) is not None
    trail = [m for m in cues if cand.end <= m.start() < nxt or ((in_list or counted) and m.start() >= max(tail_from, cand.end))]
    trail = [m for m in trail if not _far_approval(work, last if in_list else cand.end, m)]
    # "与A、在建的B相连": a status modifying the next item is that item's
    trail = [m for m in trail if not (m.end() <= nxt < b and stage_context.MODIFIER_OF_NEXT_RE.fullmatch(work, m.end(), nxt))]
    # a cue glued to the end of another item is that item's ("渝筑高速永城段改线、扶欢…")
    # (but a status modifying the item, "A与在建的B", is the item's own)
    lead = [
        m
        for m in lead
        if m.end() > cand.start
        or stage_context.MODIFIER_OF_NEXT_RE.fullmatch(work, m.end(), cand.start)
        or not _glued(work, ends, m.start()) and work[m.end() : m.end() + 1] not in LIST_SEP
    ]
    # "推进X建设": the generic verb is about the item only when 建设/工程 closes the item's phrase
    # (or the item's own name is works: "实施A整治工程、B整治工程", the verb governs both)
    works_name = work.endswith(("工程", "项目"), cand.start, cand.end)
    lead = [m for m in lead if m.group() not in stages.GENERIC or works_name or stages.GENERIC_OBJECT_RE.match(work, cand.end)]
    found = []
    trail_cues = [cue_at(m) for m in trail]
    # the item's own works named right after it (or after its list) under a verb of progress:
    # "有序推进A、B航道扩能提升" is an upgrade going on, the upgrade is the kind of works
    # (before it or after its list: "A、B加宽改造工程、C全力推进"); a kind of projects the list is
    # counted in ("A扩容工程、B2个续建项目") is a stage, not a verb of progress, and wins
    own_works = any(
        cue_at(m)[0] is Stage.UPGRADE and _glued(work, [cand.end, last] if in_list else [cand.end], m.start()) for m in trail
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
    best = next((c for c in trail_cues if c[1] and c[0] not in (Stage.UPGRADE, Stage.UNSPECIFIED)), None)
    if best:
        found.append(best)
    elif trail_cues:
        found.append(trail_cues[0])
    if lead:
        found.append(cue_at(lead[-1]))
    intro = _intro_cue(work, a, cand, cands) or _set_lead_in(work, a, cand)
    if intro:
        found.append(intro)
    for specific in (True, False):
        for stage, spec in found:
            if spec is specific and stage not in (Stage.UPGRADE, Stage.UNSPECIFIED):
                return stage
        # a list's heading ("一、续建项目") governs the items under it unless their clause (or a dated
        # milestone later in their sentence) names a stage
        head = spans.heading_stage(work, cand.start) if specific else None
        if head is not None:
            return discourse.later_milestone(work, cand, cands, b) or head[0]
        for stage, spec in found:
            if spec is specific and stage is Stage.UPGRADE:
                # "顺接X扩容工程": the line joined is there already, its works' kind is no stage of the route's
                return Stage.COMPLETED if _route_end(work, a, cand, cands) else stage
        # "即将实施的X为省重点项目,目前正在开展施工图设计等前期工作": where the works stand now,
        # told in the clause right after the item's, beats a generic verb of its own clause
        now = _now_stage(work, b, cand, cands) if specific else None
        if now is not None:
            return now
    # an item of a list a published list gives ("《2024年加快前期工作重点项目名单》…,包括A、B等重大项目")
    titled = _titled_list(work, cand)
    if titled is not None:
        return titled
    # a route's end or join named before its own clause ends ("顺接A扩容、B,止于C,…预计2023年建成通车"):
    # the line joined is there already; the later milestone and the name's works are the new route's
    if _route_end(work, a, cand, cands):
        return Stage.COMPLETED
    # no cue in its clause: a milestone later in the sentence, before the next item, governs it
    # ("推进X建设,今年内建成通车")
    later = discourse.later_milestone(work, cand, cands, b)
    if later is not None:
        return later
    # a report from the item's site in the next clauses ("X隧道焊花飞溅,快速掘进")
    site = discourse.site_report(work, cand, cands, a, b)
    if site is not None:
        return site
    # "A、B:\n2个项目正在进行主体施工": the paragraph under a run-in heading of names states their stage
    run_in = discourse.run_in_stage(work, cand)
    if run_in is not None:
        return run_in
    # the whole named right before its part ("X全线最长隧道Y,…双洞贯通"): works on the part are the whole's
    part = discourse.part_after(work, cand, cands, b, stage_of=lambda c: _stage(work, c, cands))
    if part is not None:
        return part
    # a clause referring back to the item ("…X相关事宜,目前该项目已开展可研") states its stage
    back = discourse.back_reference(work, cand, cands, b)
    if back is not None:
        return back
    # the name itself may carry the works ("供水改扩建工程")
    if Stage.UPGRADE in stages.name_stages(cand.name):
        return Stage.UPGRADE
    # a clause referring back to a news report's subject ("全线共设A、B等12座车站") takes its stage
    anaphor = stage_context.ANAPHOR_RE.match(work, a)
    if anaphor and anaphor.end() <= cand.start:
        head = spans.headline_stage(work)
        if head is not None:
            return head
    # the stations a line sets ("此次开通运营的X段…,设A、B9座车站") are the line's
    line = discourse.stations_of_line(work, cand, cands, a, stage_of=lambda c: _stage(work, c, cands))
    if line is not None:
        return line
    # a report of a batch ("集中开工354个重大项目"): the items it counts ("A、B等9个项目") are the batch's
    batch = discourse.batch_stage(work, cand, b)
    if batch is not None:
        return batch
    # "继X通车之后,…": the milestone the sentence follows on from is past
    since = discourse.since_milestone(work, cand, cands, a, b)
    if since is not None:
        return since
    # a facility told by what it has or carries now ("X机场…,现有1条跑道…,2020年旅客吞吐量…万人次")
    held = discourse.in_service_after(work, cand, cands, b)
    if held is not None:
        return held
    # a part of the news report's subject ("X高速梅江特大桥"; "X高速公路…,起于A隧道,经…连接B收费站"
    # when X is open) takes the headline's stage
    part = discourse.part_of_subject(work, cand, cands, a)
    if part is not None:
        return part
    # a list itemising a count of a clause before it ("规划8条快速铁路,…包括A、B") takes its stage
    counted = discourse.counted_intro(work, cand, cands, a)
    if counted is not None:
        return counted
    # works built along with a project ("同步建设A连接线", "A、B等5条高速公路同步建设"): the project's stage
    along = _built_along(work, a, cand, cands)
    if along is not None:
        return along
    # an existing line named as context ("境内有渝黔高速、川黔铁路…", "接G85…") is built
    return Stage.COMPLETED if is_context(work, cand, cands) else Stage.UNSPECIFIED


#: Works built along with another project: the verb opening the item's clause ("同步建设A连接线"), or
#: closing its list ("A、B等5条高速公路同步建设"); not 同步推进 (pushed on together) nor 同步建成 (a shared goal).
_ALONG_BEFORE_RE = re.compile(r"同步(?:建设|实施|新建|修建)(?:[^,，。;；、]{0,8}[、和及与])*$")  # ("同步建设东乡、和政连接线")
_ALONG_AFTER_RE = re.compile(r"(?:等[^,，。;；、]{0,12}?)?(?:也|均|将|正在)?同步(?:建设|实施|新建|修建)(?!完成|成)")
#: The stages a project another is built along with may be in (built works have nothing built along now).
_ALONG_STAGES = (Stage.PROPOSED, Stage.PRELIMINARY, Stage.STARTING, Stage.UNDER_CONSTRUCTION)


def _requested(work: str, a: int, s0: int, s1: int, cand: Cand) -> bool:
    """Return whether the item is what a request told in prose asks for (:data:`stage_context.REQUEST_VERB_RE`).

    建议 is the verb of the item's clause before it, or closes the clause right before the item's
    ("韦昌建议,将X纳入…"); or the item lies inside a motion named by what it asks
    (:data:`stage_context.PROSE_MOTION_RE`: "您所提到的尽快建成A、B的相关建议").
    """
    if stage_context.REQUEST_PLACE_RE.search(work, a, cand.start):
        return False
    for m in stage_context.REQUEST_VERB_RE.finditer(work, s0, cand.start):
        ca = spans.clause(work, m.start(), m.end())[0]
        if stage_context.REQUEST_NOT_AFTER_RE.search(work, max(ca, m.start() - 2), m.start()):
            continue
        if stage_context.REQUEST_FRAME_RE.search(work, ca, m.start()):
            continue
        if m.start() >= a or work[m.end() : a].strip() in (",", "，", ":", "："):
            return True
    for m in stage_context.PROSE_MOTION_RE.finditer(work, s0, s1):
        if m.start() < cand.start and cand.end <= m.end():
            return True
    return False


def _built_along(work: str, a: int, cand: Cand, cands: list[Cand]) -> Stage | None:
    """Return the stage of the project the item is built along with, if its clause says so (issue #11).

    "西渝高铁…开工建设。…,同步建设A连接线" and "B建设如火如荼;与此同时,A、C等5条高速公路同步建设":
    the project is the nearest item before it in its sentence with a stage of works, else the first
    such item of the document (a news report's subject); ``None`` when the clause says nothing of it.
    """
    verb = spans.words_before(work, a, cand, cands).strip()
    if not (_ALONG_BEFORE_RE.search(verb) or _ALONG_AFTER_RE.match(work, _list_end(work, cand, cands))):
        return None
    first = _list_start(work, cand, cands)
    s0, _s1 = spans.sentence(work, cand.start, cand.end)
    before = [c for c in cands if c.name and c.end <= first and not c.implied]
    for c in [*reversed([c for c in before if c.start >= s0]), *[c for c in before if c.start < s0]]:
        stage = _stage(work, c, cands)
        if stage in _ALONG_STAGES:
            return stage
    return None


def _venue(work: str, a: int, item: Cand) -> bool:
    """Return whether the item is the place of an event its clause tells ("在X举行", "在X站正式启动")."""
    if not work[a : item.start].rstrip().endswith("在"):
        return False
    return stage_context.VENUE_RE.match(work, item.end) is not None or (
        item.type in stage_context.VENUE_TYPES and stage_context.VENUE_START_RE.match(work, item.end) is not None
    )


def _condition_stage(work: str, a: int, b: int, cand: Cand, cands: list[Cand]) -> Stage | None:
    """Return the stage of an item that is the subject of a condition ("若X大桥能如期建成,将…"), else None.

    The milestone in the condition states no stage: the main clause's, when it states one about no
    other item, is the item's; otherwise it is unspecified.
    """
    lead = stage_context.CONDITION_LEAD_RE.search(work, a, cand.start)
    if lead is None or lead.end() != cand.start or not (lead.group("strong") or lead.group("weak")):
        return None
    if lead.group("strong"):
        if not stage_context.CONDITION_MILESTONE_RE.match(work, cand.end, b):
            return None
    elif not (stage_context.CONDITION_MODAL_RE.match(work, cand.end, b) and stage_context.CONDITION_MILESTONE_RE.match(work, cand.end, b)):
        return None
    if any(c is not cand and c.start >= cand.end and c.start < b for c in cands):
        return None  # "若A、B能如期建成": a list, left to the list's reading
    if work[b : b + 1] in ",，":
        c0, c1 = spans.clause(work, b + 1, b + 2)
        if not any(c0 <= c.start < c1 for c in cands):
            for m in spans.cues_in(work, c0, c1):
                stage, spec = cue_at(m)
                if spec and stage not in (Stage.UNSPECIFIED, Stage.UPGRADE):
                    return stage
    return Stage.UNSPECIFIED


def _governs_list(work: str, end: int, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether only the items of the item's list stand between ``end`` and the item."""
    chars = list(work[end : cand.start])
    for c in spans.near(cands, end, cand.start):
        if c.name and c is not cand and c.start >= end:
            for k in range(c.start - end, min(c.end, cand.start) - end):
                chars[k] = ""
    return "".join(chars).strip(LIST_SEP + "、 ") == ""


def _in_inventory_bracket(work: str, cand: Cand) -> bool:
    """Return whether the item is listed in a bracket right after an inventory ("共有N公里,(A、B)")."""
    k = max(work.rfind("(", 0, cand.start), work.rfind("（", 0, cand.start))
    if k < 0 or cand.start - k > 200 or any(ch in work[k:cand.start] for ch in ")）。"):
        return False
    return stage_context.INVENTORY_BRACKET_RE.search(work, max(0, k - 40), k + 1) is not None


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
    for m in spans.cues_in(work, ca, cb):
        stage, spec = cue_at(m)
        if spec and stage not in (Stage.UNSPECIFIED, Stage.UPGRADE):
            return stage
    return None


def _route_end(work: str, a: int, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether a verb of a route's end or join governs the item ("止于X", "顺接A、B") (issue #11)."""
    if stage_context.ZONE_NAME_RE.search(cand.name):
        return False  # "止于X新区": a zone is the place the route reaches, not a line it joins
    verb = spans.words_before(work, a, cand, cands).strip(LIST_SEP + "、")
    return stage_context.ROUTE_END_NEAR.search(verb) is not None


#: The title of a published list of projects: "《2024年加快前期工作重点项目名单》", "《…前期工作费专项…投资计划项目》".
_LIST_TITLE_RE = re.compile(r"《([^《》\n]{2,80}?(?:名单|清单|计划|项目))》")
#: A word putting the item in a list: "包括A、B", "分别为A、B".
_IN_LIST_RE = re.compile(r"包括|分别为|分别是|主要有|其中")
#: How far into a document the title of the list it writes up may stand (its opening paragraph).
LIST_TITLE_OPENING = 400


def _titled_list(work: str, cand: Cand) -> Stage | None:
    """Return the kind of project of the published list an item is listed from, if its title names one.

    A news report writing up a published list ("四川省印发《2024年加快前期工作重点项目名单》…") lists its
    items in counted lists ("基础设施项目130个,包括A、B等重大项目"): the title's kind (前期工作, 续建,
    新开工…; :data:`geo.extract.stage_context.HEADING_KINDS`) is the stage of an item whose sentence lists it
    (包括, 分别为, 其中…) and names none. The title stands in the item's sentence before it, or in
    the document's opening; a title naming no kind ("《重点项目计划》") says nothing.
    """
    s0, _s1 = spans.sentence(work, cand.start, cand.end)
    if not _IN_LIST_RE.search(work, s0, cand.start):
        return None
    titles = list(_LIST_TITLE_RE.finditer(work, s0, cand.start))
    if not titles:
        first = _LIST_TITLE_RE.search(work, 0, min(len(work), LIST_TITLE_OPENING))
        if first is None or first.end() > s0:
            return None
        titles = [first]
    return stage_context.title_kind(titles[-1].group(1))


def _intro_cue(work: str, a: int, cand: Cand, cands: list[Cand]) -> tuple[Stage, bool] | None:
    """Return the cue of the clause that introduces the item's list ("13个项目即将开始建设,分别为A、B…").

    The item's clause must open with a word that introduces a list (分别为, 包括…) and follow
    the introducing clause after a comma or colon, not a full stop.
    """
    intro = _intro_clause(work, a, cand) or _counted_one(work, a)
    if intro is None:
        return None
    intro = _subset_of(work, intro)
    cues = [cue_at(m) for m in spans.cues_in(work, *intro)]
    # a list counted by two kinds ("续建项目4个、新开工项目2个,包括A、B"): which item is which is not said
    counted = {cue_at(m)[0] for m in spans.cues_in(work, *intro) if m.group().endswith("项目")}
    if len(counted) > 1:
        return None
    # the verb governing the list, not the upgrade of one of its items ("提速实施A、B扩容等项目,以及C、D")
    staged = [c for c in cues if c[0] not in (Stage.UPGRADE, Stage.UNSPECIFIED)]
    return (staged or cues)[-1] if cues else None


#: A clause counting projects of a kind, closed by a comma before the one it names: "有1个续建项目,为X项目".
_COUNTED_KIND_RE = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)个[^,，。;；]{0,6}?(?:项目|工程)\s*$")
#: A clause opening with a subset of what the clause before it counts: "其中大型4座".
_SUBSET_RE = re.compile(r"\s*其中")


#: A sentence's lead-in naming the set of projects it goes on to list: "在建项目中,", "目前纳入“十四五”
#: 规划的项目中,", "此次集中开工的28个项目中," (issue #11 item 2).
_SET_LEAD_IN_RE = re.compile(r"[^,，。;；:：\n]{1,40}?项目中\s*[,，:：]")


def _set_lead_in(work: str, a: int, cand: Cand) -> tuple[Stage, bool] | None:
    """Return the specific cue of the lead-in naming the set of projects the item's sentence lists.

    "目前纳入“十四五”规划的项目中,向东由A、B形成沿江通道,向南由C完善新通道": the items are of the
    set (纳入规划 → proposed). The lead-in opens the item's sentence and the item is in a later clause.
    """
    s0, _s1 = spans.sentence(work, cand.start, cand.end)
    lead = _SET_LEAD_IN_RE.match(work, s0)
    if lead is None or lead.end() > a:
        return None
    cues = [cue_at(m) for m in spans.cues_in(work, s0, lead.end())]
    return next((c for c in reversed(cues) if c[1] and c[0] not in (Stage.UPGRADE, Stage.UNSPECIFIED)), None)


def _counted_one(work: str, a: int) -> tuple[int, int] | None:
    """Return the clause counting the projects of a kind the item's clause names with 为 ("有1个续建项目,为X项目")."""
    if a < 2 or work[a - 1] not in ",，" or not work.startswith("为", a):
        return None
    pa, _pb = spans.clause(work, a - 2, a - 1)
    return (pa, a - 1) if _COUNTED_KIND_RE.search(work, pa, a - 1) else None


def _subset_of(work: str, intro: tuple[int, int]) -> tuple[int, int]:
    """Return the introducing clause widened to the clause it is a subset of, if it opens with 其中.

    "贵州在建的骨干水源工程总数达358座,其中大型4座,分别为A、B": the status is the whole's.
    """
    pa, pb = intro
    if _SUBSET_RE.match(work, pa) and pa >= 2 and work[pa - 1] in ",，":
        return spans.clause(work, pa - 2, pa - 1)[0], pb
    return intro


def _intro_clause(work: str, a: int, cand: Cand) -> tuple[int, int] | None:
    """Return the span of the clause introducing the item's list, if the item's clause is a list.

    A list follows a colon ("今年开工的项目有:A、B、C") or opens with a word that introduces
    it after a comma ("…即将开始建设,分别为A、B"). A colon after that word alone ("…正式开工建设,
    分别是:A、B") introduces the list with the clause before the word.
    """
    if a < 2 or work[a - 1] not in ",，:：":
        return None
    pa, _pb = spans.clause(work, a - 2, a - 1)
    # the introducing word closes the clause before the list ("确保建成的12个项目包括,A、B"), or a
    # bare 为 opens a list ("建成“两横两纵”路网,为A、B、C"; not "为A提供保障": no list follows)
    closed = _INTRO_END_RE.search(work, pa, a - 1) is not None and not _INTRO_RE.fullmatch(work, pa, a - 1)
    listed = work.startswith("为", a) and "、" in work[a : spans.clause(work, cand.start, cand.end)[1]]
    # "提速实施A、B等交通项目,以及C、D等电源项目": a clause opening with 以及 goes on with the list before it
    listed = listed or work.startswith("以及", a)
    if closed or listed:
        return pa, a - 1
    if work[a - 1] not in ":：" and not _INTRO_RE.match(work, a, cand.start):
        return None
    if work[a - 1] in ":：" and pa >= 2 and work[pa - 1] in ",，" and _INTRO_RE.fullmatch(work, pa, a - 1):
        pa, _pb = spans.clause(work, pa - 2, pa - 1)
    return pa, a - 1


def _inventory(work: str, a: int, cand: Cand) -> bool:
    """Return whether the item is listed by an inventory ("共有水库N座,…仅两座,分别是A和B")."""
    if not _INTRO_RE.match(work, a, cand.start):
        return False
    s0, _s1 = spans.sentence(work, cand.start, cand.end)
    return stage_context.INVENTORY_RE.search(work, s0, a) is not None
#: (also a subset of the set the clause before names: "加快5个高铁项目前期工作,其中就有A", "其中包括A、B")
_INTRO_RE = re.compile(r"\s*(?:分别为|分别是|包括|主要有|主要包括|具体为|即|其中(?:就|还|也)?(?:有|包括))")
#: An introducing word closing the clause before a list: "确保建成的12个项目包括,A、B".
_INTRO_END_RE = re.compile(r"(?:分别为|分别是|包括|主要有|主要包括|具体为|具体是)\s*$")


def _far_approval(work: str, end: int, m: re.Match[str]) -> bool:
    """Return whether ``m`` is an approval cue too far after the item to be about it.

    A counted list's tail stands for its items ("A、B等10个项目、1170公里取得工可批复"):
    the approval of the counted projects is the items' own.
    """
    if _APPROVAL_RE.fullmatch(m.group()) is None or m.start() - end <= lx.APPROVAL_GAP:
        return False
    if _AUTHORITY_GAP_RE.fullmatch(work, end, m.start()):
        return False  # "X获国家发展改革委批复": the approving body stands between
    return _COUNTED_TAIL_RE.fullmatch(work, end, m.start()) is None


_APPROVAL_RE = re.compile(r"获批|批复|可研批复|核准")

#: The item's approval by a named body: "(项目)获国家发展改革委", "经省交通运输厅", "获国铁集团".
_AUTHORITY_GAP_RE = re.compile(
    r"(?:项目|工程)?(?:已|正式|顺利)?(?:获得?|经|通过)(?:了)?[^,，。;；、]{0,12}?(?:委员会|委|部|厅|局|政府|国务院|集团|公司)(?:的)?(?:正式)?"
)

#: The tail of a counted list up to its approval: "等10个项目、1170公里取得工可", "等3个工程通过".
_COUNTED_TAIL_RE = re.compile(
    r"等?(?:\d+|[一二三四五六七八九十两]+)个(?:重点|重大)?(?:项目|工程)(?:[(（][^)）]{0,6}[)）])?"
    r"(?:[、,，]?(?:共|总长|总投资)?[\d.]+(?:公里|千米|亿元|万元))*"
    r"(?:取得|获得|通过|完成)?(?:工可|可研|初步设计|初设)?"
)


@spans.per_item
def is_context(work: str, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether the item's clause presents it as existing infrastructure (issue #11).

    Three classes: a clause saying the area *has* it ("境内有X、Y", "依托已建成的X"), a
    connecting verb opening the clause ("接G85渝昆高速", "经X可达") or a verb of distance
    just before the item ("距G50…出口4.5公里"),
    and a predicate of existing lines after a list ("X、Y纵横交错").
    """
    if stage_context.ZONE_NAME_RE.search(cand.name):
        return False  # "串联起X新区": a zone is an area of government, not infrastructure in service
    a, b = spans.clause(work, cand.start, cand.end)
    before = work[a : cand.start]
    ended: list[int] = []

    def list_end() -> int:  # the end of the item's list, found once (asked up to six times below)
        if not ended:
            ended.append(_list_end(work, cand, cands))
        return ended[0]

    def nothing_ahead(upto: int) -> bool:  # the item's sentence up to ``upto`` does not look ahead (将, 建成后)
        return stage_context.FUTURE_RE.search(work, spans.sentence(work, cand.start, cand.end)[0], upto) is None

    if lx.CONTEXT_BEFORE.search(before) or stage_context.ARCHIVE_PHOTO_RE.match(work, cand.end):
        return True  # "境内有X", "X(资料图)"
    if _caption(work, cand):
        return True  # "X高速Y特大桥。市交通局供图": the item pictured
    if _in_photo_caption(work, cand):
        return True  # "资料图:航拍A、B的隧道和桥梁。", "游客在X站留影(…摄)": the items pictured
    dam = cand.type in stage_context.RESERVOIR_TYPES or cand.name.endswith(stage_context.RESERVOIR_HEADS)
    if dam and stage_context.RESERVOIR_AREA_RE.match(work, cand.end):
        # "以X水电站库区为水源起点": impounded, unless a status or a look-ahead comes before it
        listed = spans.words_before(work, a, cand, cands).rstrip("、 ")
        if not (stage_context.BUILDING_MODIFIER_RE.search(listed) or stage_context.PLANNED_MODIFIER_RE.search(listed)):
            return nothing_ahead(cand.start)
    words = spans.words_before(work, a, cand, cands)
    verb = words.strip(LIST_SEP + "、")
    if cand.type in stage_context.AREA_TYPES and stage_context.PLACE_VERB_RE.search(verb) and not stage_context.INSIDE_RE.match(work, cand.end):
        return False  # "位于X新区": the place of another item
    if stage_context.LEVERAGE_NEAR.search(verb) and stage_context.LEVERAGE_AFTER_RE.match(work, list_end()):
        return True  # "充分利用X港等优势资源": an asset drawn on now
    if cand.type is EntityType.RAIL_STATION and stage_context.JUNCTION_NEAR.search(verb) \
            and stage_context.JUNCTION_AFTER_RE.match(work, cand.end):
        return nothing_ahead(cand.start)  # "并在X站与Y铁路连接": where lines join
    if stage_context.BASIS_NEAR.search(verb) and stage_context.BASIS_AFTER_RE.match(work, list_end()):
        return True  # "以X水库为骨干,…": an asset a plan builds on
    if stage_context.NETWORK_AFTER_RE.match(work, list_end()):
        s0, _s1 = spans.sentence(work, cand.start, cand.end)  # "与A、B一起,形成…路网": a network in place
        return nothing_ahead(b) and stage_context.PLANNING_RE.search(work, s0, b) is None
    if stage_context.SERVICE_AT_RE.match(work, list_end()):
        return True  # "A机场、B机场等枢纽场站的接驳客运班线": a service run there
    if cand.type in stage_context.HUB_TYPES and not verb.strip() and list_end() == cand.end \
            and work[cand.start - 1 : cand.start] not in ("与", "和", "及", "同", "、") \
            and _list_start(work, cand, cands) == cand.start and stage_context.HUB_SERVICE_AFTER_RE.match(work, cand.end):
        # "X机场新开通3条航线": a hub in service ("A港与B港开通航线" is a service between two, left alone)
        return nothing_ahead(cand.start)
    if stage_context.MEASURE_AFTER_RE.match(work, list_end()):
        return nothing_ahead(cand.start)  # "A和B进出口货值…增长至40亿元": in service
    if _in_inventory_bracket(work, cand):
        return True  # "共有通航里程70.95公里,(A21公里、B18公里)"
    if stage_context.USE_NEAR.search(verb):  # "乘坐X高铁只需1小时": used now, unless the sentence looks ahead
        return nothing_ahead(cand.start)
    if stage_context.VISIT_NEAR.search(words.strip()) and not stage_context.VISIT_SITE_RE.search(work, cand.end, b):
        return nothing_ahead(cand.start)  # "来到X站,观看专题片": a visit to a place in service
    bound = stage_context.DESTINATION_NEAR.search(verb)
    if bound:  # "开往X站的列车", "抵达X站", "产品将发往X港": a destination in service
        s0, s1 = spans.sentence(work, cand.start, cand.end)
        # (a 将 right before the verb is the shipment's: the sentence is read up to it)
        upto = cand.start - (len(verb) - bound.start("ahead")) if bound.group("ahead") else cand.start
        return nothing_ahead(upto) and stage_context.TEST_RUN_RE.search(work, s0, s1) is None
    vehicle = cand.type in stage_context.VEHICLE_TYPES and (
        stage_context.VEHICLE_NEAR.search(verb) or not verb.strip()
    ) and stage_context.VEHICLE_AFTER_RE.match(work, list_end())
    if vehicle:  # "动车从X站驶出", "X站均有开往Y的列车": a vehicle at it now, unless the sentence looks ahead
        return nothing_ahead(cand.end)
    joined_by = words.rstrip("、 ")  # keeps the 与 the list separators strip
    in_use = cand.type in stage_context.IN_USE_TYPES and (
        stage_context.IN_USE_AFTER_RE.match(work, list_end())
        or (stage_context.DRAWN_FROM_NEAR.search(verb) and stage_context.DRAWN_FROM_RE.match(work, list_end()))
    )
    if in_use:  # "X水库正在溢洪", "X水库向Y增补生态用水", "从X工程取水", "X港区船舶穿梭": in use now
        return nothing_ahead(in_use.end())  # not "X建成后年发电量…"
    if cand.type is EntityType.WATER and _water_moved(work, a, verb, list_end()):
        return True  # "将A水库的蓄水引入B水库", "汇入A、B水库", "为A、B等水源工程补水": the water a scheme moves
    period = stage_context.BUILT_PERIOD_AFTER_RE.match(work, list_end())
    if period and not stage_context.BUILT_PERIOD_NOT_RE.search(period.group()):
        return nothing_ahead(b)  # "可追溯至1958年X铁路建设时期": its building is a past time
    if cand.type in stage_context.LINE_TYPES and stage_context.ROAD_TAKEN_NEAR.search(verb):
        return True  # "目前最快的方式仍是走X高速": a road one takes now
    unquoted = _QUOTES_RE.sub("", joined_by).rstrip("、和及 ")  # "通过“A”和“B”直达": B's words are 通过
    linked = stage_context.LINKED_VIA_RE.search(unquoted) and stage_context.LINKED_AFTER_RE.match(work, list_end())
    if linked:  # "可通过A、B高速公路相连": lines in service, unless the item's own clause looks ahead
        # ("项目建成通车后,车辆可通过A直达主城": the condition is the new item's, A is there now)
        return stage_context.FUTURE_RE.search(work, a, linked.end()) is None and stage_context.LATER_RE.search(work, a, linked.end()) is None
    if cand.type in stage_context.LINE_TYPES and stage_context.LINES_JOINED_NEAR.search(joined_by.rstrip("、和与及")) and stage_context.LINES_JOINED_AFTER_RE.match(
        work, list_end()
    ):
        return True  # "连接A高铁和B高铁的重要纽带": the lines joined are there
    if cand.type in stage_context.LINE_TYPES and stage_context.LINES_JOINED_DONE_NEAR.search(joined_by.rstrip("、和与及")):
        return nothing_ahead(cand.start)  # "连接了A、B、C": lines joined now
    if cand.type in stage_context.LINE_TYPES and stage_context.COPULA_RE.search(verb) and stage_context.LINK_LINE_AFTER_RE.match(work, list_end()) \
            and not stage_context.PLANNED_MODIFIER_RE.search(verb.replace("是", "、")):
        return nothing_ahead(cand.start)  # "X是A、B的联络线": the lines a link line serves
    if any(cand.type in kinds and near.search(verb) for kinds, near in stage_context.RELATIONS):
        return True  # "跨越X铁路", "引入X站": a line or station in service
    if lx.CONTEXT_LINK.fullmatch(verb) or lx.CONTEXT_NEAR.search(verb):
        return True
    if stage_context.CROSSED_NAME_RE.fullmatch(cand.name):
        return True  # "涉及跨襄渝铁路": the line crossed
    if _inventory(work, a, cand):
        return True
    # "是国家高速公路网A、B的重要段落", "X是四川第三大航空港": a whole or a ranked item in service
    clause_after = work[cand.end : b]
    end = list_end() if any(w in clause_after for w in stage_context.PART_OF_WORDS) else -1
    whole = end >= 0 and stage_context.PART_OF_AFTER_RE.match(work, end)
    if whole and whole.group().endswith("组成部分") and not stage_context.NOW_COPULA_RE.search(verb):
        whole = None  # "是A高速公路的重要组成部分": the corridor of a plan, often not all built; "现为县道X的组成部分" is
    if whole and stage_context.COPULA_RE.search(verb) and not stage_context.PLANNED_MODIFIER_RE.search(verb.replace("是", "、")):
        return True
    if stage_context.RANKED_RE.match(work, cand.end) and not verb:
        return True
    if not verb and stage_context.ROLE_AFTER_RE.match(work, list_end()):
        return nothing_ahead(b)  # "A、B是中心城区重要的交通干道": a role played now
    # "将新港与宜万铁路连接起来": the line joined to is there already
    first = _list_start(work, cand, cands)
    if work[first - 1 : first] in stage_context.JOINED_BEFORE and stage_context.JOINED_RE.match(work, list_end()):
        return True
    if cand.type in stage_context.LINE_TYPES and stage_context.PASSES_AFTER_RE.match(work, list_end()):
        s0, _s1 = spans.sentence(work, cand.start, cand.end)
        return nothing_ahead(b) and stage_context.PLANNING_RE.search(work, s0, b) is None  # "A及B经过彭水"
    last = max((c.end for c in spans.near(cands, cand.end, b) if c.name), default=cand.end)
    reach = min(b, last + lx.CONTEXT_AFTER_REACH)
    said = lx.CONTEXT_AFTER.search(work, last, reach)
    # not a predicate ahead ("A、B将在某地交汇") nor one of a place the item lies in ("X位于A与B的交汇口")
    if said is not None and _NOT_SAID_OF_ITEM_RE.search(work, last, said.start()) is None:
        return True
    return stage_context.MEET_AFTER_RE.match(work, list_end()) is not None


_NOT_SAID_OF_ITEM_RE = re.compile(stage_context.FUTURE_RE.pattern + r"|位于|地处")


def _water_moved(work: str, a: int, verb: str, end: int) -> bool:
    """Return whether a water facility is where the water a scheme moves comes from or goes (:data:`stage_context.WATER_INTO_NEAR`).

    ``verb`` is the words before the item's list in its clause (from ``a``), ``end`` the list's end. The item's own
    clause must not look ahead nor mark it new ("建成后将水引入X", "引入新建的X").
    """
    if stage_context.WATER_NOT_NOW_RE.search(verb):
        return False
    return bool(
        stage_context.WATER_INTO_NEAR.search(verb)
        or stage_context.WATER_OUT_AFTER_RE.match(work, end)
        or (stage_context.WATER_FOR_NEAR.search(verb) and stage_context.WATER_FOR_AFTER_RE.match(work, end))
        or stage_context.WATER_SPILL_AFTER_RE.match(work, end)
    )


#: The comma between two items of one list (the joining 与 of "A与B、C" is not one).
_COMMA_RE = re.compile(
    # (items may be quoted: "通过“一横线”和“二横线”直达")
    r"[”」\"]?\s*(?:[(（][^()（）,，。;；]{0,20}[)）])?\s*[、及和]\s*(?:(?:在建|正在建设|已建成|既有|规划|拟建)(?:中)?的)?[“「\"]?"
)


_CREDIT_ENDS = ("摄", "供图")


def _caption(work: str, cand: Cand) -> bool:
    """Return whether the item is the whole of a photo caption on a line of its own (:data:`stage_context.CAPTION_AFTER_RE`)."""
    ls = work.rfind("\n", 0, cand.start) + 1
    if work.endswith(_CREDIT_ENDS, ls, cand.start):
        ls = cand.start  # the caption before ends with its credit, and its line break was joined ("…某某摄X大桥某某摄")
    if cand.start - ls > 8 or not stage_context.CAPTION_BEFORE_RE.fullmatch(work, ls, cand.start):
        return False
    after = stage_context.CAPTION_AFTER_RE.match(work, cand.end)  # (a heading naming the item has neither stop nor credit)
    return after is not None and stage_context.CAPTION_NOT_RE.search(work, ls, after.end()) is None


def _in_photo_caption(work: str, cand: Cand) -> bool:
    """Return whether the item's sentence is a photo caption showing things in service (:data:`stage_context.PHOTO_LEAD_RE`)."""
    ls = work.rfind("\n", 0, cand.start) + 1
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    s0 = max(s0, ls)
    led = s0 == ls and stage_context.PHOTO_LEAD_RE.match(work, ls) is not None
    if not (led or stage_context.PHOTO_CREDIT_AFTER_RE.match(work, s1) or stage_context.PHOTO_CREDIT_IN_RE.search(work, s0, s1)):
        return False
    return stage_context.PHOTO_NOT_RE.search(work, s0, s1) is None and stage_context.FUTURE_RE.search(work, s0, s1) is None


def _list_start(work: str, cand: Cand, cands: list[Cand]) -> int:
    """Return the start of the list the item closes ("与A、B形成": the start of A)."""
    pos = cand.start
    for c in reversed(spans.near(cands, max(0, cand.start - 80), cand.start)):
        if not c.name or c.end > pos:
            continue
        if c.end < pos and _COMMA_RE.fullmatch(work, c.end, pos):
            pos = c.start
        else:
            break
    return pos


def _list_end(work: str, cand: Cand, cands: list[Cand]) -> int:
    """Return the end of the list the item opens ("与A、B形成": the end of B)."""
    pos = cand.end
    for c in spans.near(cands, cand.end, cand.end + 80):
        if not c.name or c.start < pos:
            continue
        if c.start > pos and _COMMA_RE.fullmatch(work, pos, c.start):
            pos = c.end
        else:
            break
    # the last item's own bracket ("与A(甲至乙)连接") is a part of the list
    note = _BRACKET_RE.match(work, pos) or _CLOSING_QUOTE_RE.match(work, pos)
    return note.end() if note else pos


_BRACKET_RE = re.compile(r"[(（][^()（）,，。;；]{0,20}[)）]")
_CLOSING_QUOTE_RE = re.compile(r"[”」]")
_QUOTES_RE = re.compile(r"[“”「」\"]")


#: The stage rules' answers about an item's list that a mention's years ask too (geo.extract.years.mention).
_LIST_READING = ListReading(
    list_start=_list_start, intro_clause=_intro_clause, list_gap=LIST_GAP_RE, is_context=is_context
)


def _lead_unit(work: str, pos: int) -> str | None:
    """Return the lead unit of the task the mention sits in ("(牵头部门:区交委)")."""
    end = work.find("\n", pos)
    m = LEAD_RE.search(work, pos, end if end >= 0 else len(work))
    return m.group(1).strip() if m else None
