"""Read what the later clauses of an item's sentence say of it when its own clause names no stage.

Asked by :func:`geo.extract.stages.clause_stage.read_stage` in this order: a milestone later in the sentence
or the predicate of the item as subject (:func:`later_milestone`: "推进X建设,今年内建成通车"), the
clause after its list as the list's predicate (:func:`list_predicate`: "A、B等项目,也在紧锣密鼓的建设之中"), the
clause after a list filling its own with no verb (:func:`verbless_list`: "A、B,C、D等项目正在开展工可", "A、B方面,…"), a
report from its site (:func:`site_report`: "X隧道焊花飞溅,快速掘进"), a part named right after it whose
works go on (:func:`part_after`), a milestone the sentence follows on from (:func:`since_milestone`:
"继X通车之后") and what a facility opening its sentence holds or carries now
(:func:`in_service_after`); and, over a start read for the item, whether that start is told as done with
the works going on after it (:func:`started_going_on`: "X已于2021年开工建设,建设工期5年"). The vocabulary is :mod:`geo.extract.stages.cues`,
:mod:`geo.extract.stages.status_marks`, :mod:`geo.extract.stages.use_signs` and :mod:`geo.extract.stages.frame_words`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geo.extract import lexicon as lx
from geo.extract.patterns import LIST_SEP, Cand
from geo.extract.stages import (
    frame_words,
    item_lists,
    line_stations,
    spans,
    status_marks,
    use_signs,
)
from geo.extract.stages.cues import stage_of as cue_at
from geo.extract.year_words import YEAR_MILESTONE_RE
from geo.model import Stage


def later_milestone(work: str, cand: Cand, cands: list[Cand], b: int) -> Stage | None:
    """Return the stage of a milestone later in the sentence, before the next item.

    The milestone is dated ("推进X建设,今年内建成通车"), or the item stands alone as the subject
    of its clause, so the next clauses are its predicate ("X隧道,在历经2200多个昼夜建设后双洞贯通").
    """
    if line_stations.set_by_named_line(work, cand, cands):
        return None  # "X高铁…,设A、B3座车站,计划2025年建成通车": the later clauses are the line's
    _s0, s1 = spans.sentence(work, cand.start, cand.end)
    # (nor are the stations a line sets the next item: the line, the sentence's subject, goes on after them)
    after = sorted(c.start for c in spans.near(cands, b, s1)
                   if c.name and c.start >= b and not line_stations.set_by_named_line(work, c, cands))
    # the subject named again in apposition ("X,即Y正式开通运营") is no next item
    if after and b < len(work) and (
        _APPOSITIVE_RE.fullmatch(work, b + 1, after[0]) or work[b + 1 : after[0]].strip() == "" and work.startswith("即", after[0])
    ):
        after = after[1:]
    nxt_item = after[0] if after else s1
    a, _b = spans.clause(work, cand.start, cand.end)
    subject = (
        b < len(work)
        and work[b] in ",，"
        and _SUBJECT_END_RE.fullmatch(work, cand.end, b) is not None
        and _SUBJECT_BEFORE_RE.fullmatch(work[a : cand.start].strip()) is not None
    ) or _counted_subject(work, a, b, cand, cands) or _clause_subject(work, a, b, cand)
    if not subject and not YEAR_MILESTONE_RE.search(work, b, nxt_item):
        return None
    for m in spans.cues_in(work, b, nxt_item):
        stage, spec = cue_at(m)
        if spec and stage is not Stage.UNSPECIFIED:
            return stage
    return None


#: What may close a clause after its subject: "X(工程),", "X(简称Y),".
_SUBJECT_END_RE = re.compile(r"(?:工程|项目)?\s*(?:[(（](?:以下)?简称[^()（）,，。;；]{1,16}[)）])?\s*")


#: The subject named again at the head of the next clause: "X,即Y正式开通运营".
_APPOSITIVE_RE = re.compile(r"\s*(?:即|亦即|也就是)\s*")


#: What may open a clause before its subject: nothing, or a noun phrase in apposition
#: ("Y全线最长隧道X,"); a verb ("做强X,", "建设X,") makes X an object.
#: An attribute closed by 的 may stand there too ("位于A流域的X,是全区已建成的第二座中型水库"), and so may a
#: connective opening the sentence ("但X,规划由A经B至C": :data:`geo.extract.lexicon.SUBJECT_CONNECTIVES`).
_SUBJECT_BEFORE_RE = re.compile(
    rf"(?:.*(?:隧道|大桥|桥梁|特大桥|互通|车站|港区|码头|水库|枢纽))?|[^,，。;；]{{1,30}}的|{lx.SUBJECT_CONNECTIVES}"
)


def _clause_subject(work: str, a: int, b: int, cand: Cand) -> bool:
    """Return whether the item opens its clause and the clause goes on with a predicate, without a cue.

    "X经过2年多时间建设,目前工程总体进度完成超过90%": the sentence's next clauses are still
    about X (no cue in X's own clause, or the cue would have been read).
    """
    return (
        b < len(work)
        and work[b] in ",，"
        and not work[a : cand.start].strip()
        and _PREDICATE_RE.match(work, cand.end) is not None
    )


#: A predicate opening right after a clause's subject: "X经过…", "X在确保…的前提下", "X目前…".
_PREDICATE_RE = re.compile(r"(?:[(（][^()（）]{0,12}[)）])?(?:经过|历经|在|目前|当前|自|于|从)")


def _counted_subject(work: str, a: int, b: int, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether the item is in a counted list that is its clause's subject ("A、B等42个项目,").

    Nothing but the list's other items stands before it (a verb, "建设A等12个项目", makes the
    list an object), and the count closes the clause, so the next clauses are its predicate.
    """
    return (
        b < len(work)
        and work[b] in ",，"
        and _COUNTED_END_RE.fullmatch(work, cand.end, b) is not None
        and not spans.words_before(work, a, cand, cands).strip(LIST_SEP + "、")
    )


#: The end of a counted list from one of its items to the clause end: "、B等42个项目", "(二期)等9个项目"
#: (a few words of the item's own may close it: "X建设工程二期等155个项目").
_COUNTED_END_RE = re.compile(
    r"[^,，。;；、等]{0,8}?(?:[、和及与][^,，。;；]{0,40}?)?等(?:\d+|[一二三四五六七八九十百两]+)个(?:重点|重大)?(?:项目|工程)\s*"
)


def list_predicate(work: str, cand: Cand, cands: list[Cand], a: int, b: int) -> Stage | None:
    """Return the stage of the clause right after the item's list when the list is that clause's subject, else None.

    "A、B、C等旅游航运开发项目,也在紧锣密鼓的开发建设之中": the list closed by 等…项目 (or 工程) fills its clause
    (nothing before its first item), and the next clause opens with an adverb (also, all, now…:
    :data:`geo.extract.lexicon.PREDICATE_OPENERS`) or its cue, so it has no subject of its own: its stage is every
    item's, not the first item's alone (issue 11 item 2, part-t32). Not when the next clause names an item or opens
    with a subject of its own ("A、B等项目,北岭高速正在施工"), nor across a sentence end.
    """
    # (a line's bullet before the list is no word: "● A、B等两条铁路,力争…")
    if b >= len(work) or work[b] not in ",，" or spans.words_before(work, a, cand, cands).strip(LIST_SEP + "、●·•■◆ \u3000"):
        return None
    if _LIST_SUBJECT_END_RE.fullmatch(work, cand.end, b) is None:
        return None
    ca, cb = spans.clause(work, b + 1, b + 2)
    if any(c.name and c.start < cb for c in spans.near(cands, b, cb)):
        return None
    cues = [m for m in spans.cues_in(work, ca, cb) if cue_at(m)[1] and cue_at(m)[0] is not Stage.UNSPECIFIED]
    opener = _PREDICATE_OPENER_RE.match(work, ca)
    if not cues or not (opener or cues[0].start() == ca):
        return None
    return cue_at(cues[0])[0]


def verbless_list(work: str, cand: Cand, cands: list[Cand], a: int, b: int) -> Stage | None:
    """Return the stage the next clause tells of the item's list when that list fills its clause with no verb, else None.

    A clause holding only items is the subject of what follows (issue 11 item 2, part-s42): a group of a list cut
    from the rest by a comma ("A段、B段,C段、D通道等项目正抓紧开展工可报告编制": the next clause goes on with items
    and closes them by 等…项目, its stage after them is every item's), and a list set as the topic by 方面
    ("A、B方面,本省也将继续加强建设": the next clause's stage, whatever its subject, when it names no item). Not when
    a word stands before the list ("建成A、B,C、D等项目正在建设": A and B are the objects of 建成), nor when the next
    clause is another item's own ("A、B,C已建成通车"), nor across a sentence end.
    """
    if b >= len(work) or work[b] not in ",，":
        return None
    before = spans.words_before(work, a, cand, cands).strip(LIST_SEP + "、")
    end = item_lists.list_end_of(work, cand, cands)
    ca, cb = spans.clause(work, b + 1, b + 2)
    nxt = [c for c in spans.near(cands, ca, cb) if c.name]
    topic = _TOPIC_END_RE.fullmatch(work, end, b)
    if before and not (topic and _TOPIC_OPENER_RE.fullmatch(before)):
        return None
    if topic is not None:
        if nxt:
            return None
        start = ca
    else:
        group_end = _GROUP_END_RE.fullmatch(work, end, b)
        tail = _LIST_TAIL_RE.match(work, ca, cb)
        if group_end is None or tail is None or not nxt or work[ca : nxt[0].start].strip():
            return None
        start = tail.end()
    return spans.first_stated_stage(work, start, cb)


#: The end of a list set as the topic of what follows: "A、B方面,".
_TOPIC_END_RE = re.compile(r"\s*方面\s*")


#: What may open a list set as the topic: "另外A、B方面," (data/language/name_words.toml topic_openers).
_TOPIC_OPENER_RE = re.compile(rf"\s*{lx.TOPIC_OPENERS}\s*")


#: The end of a group of a list cut by a comma, from its last item to the comma: nothing but spaces ("A段、B段,").
_GROUP_END_RE = re.compile(r"\s*")


#: The rest of a list after a comma, closed by 等 and a word of projects: "C段、D通道等项目".
_LIST_TAIL_RE = re.compile(r"[^,，。;；]{0,80}?等[^,，。;；、]{0,14}?(?:项目|工程)")


#: The end of a list closed by 等 and a word of projects, from one of its items to its clause's end: "、B等旅游开发项目",
#: "(二期)、C等工程" (a few words of the item's own may close it), or by 等 and a count of its kind: "、B等两条铁路"
#: (part-s44).
_LIST_SUBJECT_END_RE = re.compile(
    r"[^,，。;；、等]{0,8}?(?:[、和及与][^,，。;；]{0,60}?)?等"
    r"(?:[^,，。;；、]{0,14}?(?:项目|工程)|" + lx.COUNT_NUMBER + r"(?:条|座|个|项|处)[\u4e00-\u9fff]{1,6})\s*"
)


#: Adverbs opening a predicate (data/language/name_words.toml predicate_openers): "也在…", "均已…", "目前正在…".
_PREDICATE_OPENER_RE = re.compile(rf"\s*{lx.PREDICATE_OPENERS}")


def site_report(work: str, cand: Cand, cands: list[Cand], a: int, b: int) -> Stage | None:
    """Return 在建 when the sentence goes on with a report from the item's site (issue #11 item 2).

    "X隧道焊花飞溅,快速掘进", "在X项目(简称:Y)工程车辆往来穿梭,工人有序施工,场面如火如荼", "首个特高压交流
    输电工程---X,正在…开展…抱杆组塔工作": the item opens its sentence (nothing before it in its clause but a
    place word, 在/走进, or a noun in apposition closed by a dash or a colon, and no cue before it in its
    sentence), and one of the next two clauses, before any other item, reports works going on
    (a specific 在建 cue: 掘进, 组塔, 如火如荼…); a report of the preparation coming first ("X线路确定,前期工作有序
    推进") gives 前期工作. A verb before the item ("依托X港,…建设如火如荼") makes it
    the object of another clause: nothing is read.
    """
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    opened = _OPEN_BRACKET_RE.search(work, cand.end, b)
    if opened:  # the item's short name in brackets, "X项目(简称:Y)": its clause goes on after them
        closed = _CLOSE_BRACKET_RE.search(work, b, min(s1, b + 20))
        if closed:
            b = spans.clause(work, closed.start(), closed.end())[1]
    if b >= s1 or work[b] not in ",，" or spans.cues_in(work, s0, cand.start):
        return None
    others = [c for c in spans.near(cands, s0, cand.start) if c.name and c is not cand]
    if any(c.start < a for c in others):
        return None  # another item in an earlier clause of the sentence: the report may be its
    before = spans.words_before(work, a, cand, cands)
    if not _SITE_SUBJECT_BEFORE_RE.fullmatch(before):
        return None
    nxt = min((c.start for c in spans.near(cands, b, s1) if c.name), default=s1)
    end = b
    for _ in range(3):  # the next three clauses
        if end >= min(nxt, s1) or work[end] not in ",，":
            break
        end = spans.clause(work, end + 1, end + 2)[1]
    if _DESCRIBED_RE.search(work, cand.end, b):
        return None  # "X位于某县,…": a description, the next clauses may be about anything near it
    for m in spans.cues_in(work, b, min(end, nxt)):
        stage, spec = cue_at(m)
        if nxt < s1 and status_marks.status_of_next(work, m, nxt):
            continue  # "…起于在建的A高速", "…与在建A高速相接": a status of the next item
        if m.end() == nxt < s1:
            continue  # "X正在溢洪,加快建设Y": a verb right before the next item governs it (part s49)
        if spec and stage is Stage.PRELIMINARY:
            return stage  # the report is of the preparation ("X线路确定,前期工作有序推进"), not of works
        if spec and stage is Stage.UNDER_CONSTRUCTION:
            # (works named in between are other works: "X位于某县,周边多个项目建设如火如荼")
            return None if _OTHER_WORKS_RE.search(work, b, m.start()) else stage
    return None


_OPEN_BRACKET_RE = re.compile(r"[(（][^()（）]*$")


_CLOSE_BRACKET_RE = re.compile(r"[)）]")


_OTHER_WORKS_RE = re.compile(r"项目|工程(?!车|机械)")


_DESCRIBED_RE = re.compile(r"位于|地处|坐落|距离?|是|为")


#: What may stand before an item opening a report from its site: nothing, a place word ("在", "走进"), or
#: a noun in apposition closed by a dash or a colon ("西南地区首个特高压交流输电工程---").
_SITE_SUBJECT_BEFORE_RE = re.compile(r"(?:在|走进|来到)?|[^,，。;；]{1,30}?(?:-{2,}|—{1,2}|:|：)")


def part_after(work: str, cand: Cand, cands: list[Cand], b: int, *, stage_of: Callable[[Cand], Stage]) -> Stage | None:
    """Return 在建 when the item is named right before a part of it whose works are going on.

    "X全线最长隧道Y,在历经…建设后双洞贯通": the tunnel's works are the road's. Only works going on
    pass to the whole: a part started or done says little of the rest.
    """
    part = next((c for c in spans.near(cands, cand.end, b) if c.name), None)
    if part is None or not _PART_GAP_RE.fullmatch(work, cand.end, part.start):
        return None
    return Stage.UNDER_CONSTRUCTION if stage_of(part) is Stage.UNDER_CONSTRUCTION else None


#: Between a whole and its part: "全线最长隧道", "控制性工程", "的", nothing.
_PART_GAP_RE = re.compile(r"(?:的)?(?:全线|全线最长|最长|最大|控制性|关键|重点)?(?:工程|隧道|桥梁|大桥|特大桥)?(?:的)?")


def in_service_after(work: str, cand: Cand, cands: list[Cand], b: int) -> Stage | None:
    """Return 建成 when the item opens its sentence and the sentence tells what it has or carries now.

    "X机场飞行区等级4C,现有1条跑道…,2020年旅客吞吐量54.9万人次": the facilities it holds
    (:data:`geo.extract.stages.use_signs.HOLDINGS_RE`, not a future "将拥有") or a year's traffic
    (:data:`geo.extract.stages.use_signs.TRAFFIC_RE`), before the next item, describe it in service.
    """
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    if not _OPENING_RE.fullmatch(work[s0 : cand.start].strip(" \t\u3000●·")):
        return None
    nxt = min((c.start for c in spans.near(cands, b, s1) if c.name), default=s1)
    held = any("将" not in work[max(s0, m.start() - 2) : m.start()] for m in use_signs.HOLDINGS_RE.finditer(work, cand.end, nxt))
    traffic = use_signs.TRAFFIC_RE.search(work, cand.end, nxt)
    if held or (traffic and not frame_words.FUTURE_RE.search(work, s0, traffic.start())):
        return Stage.COMPLETED
    return None


#: What may stand before a sentence's subject: nothing, or a word of source or time and a comma.
_OPENING_RE = re.compile(r"(?:(?:据悉|据了解|目前|当前|截至目前|同时|此外|其中)[,，]?)?")


def since_milestone(work: str, cand: Cand, cands: list[Cand], a: int, b: int) -> Stage | None:
    """Return the stage of a milestone the sentence follows on from ("继A开工、B通车之后,…").

    继 opens the series before the item and the item's milestone closes with 之后/后: the event
    is past (without 继, "X建成后" is a condition about the future).
    """
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    ks = [m.start() for m in _JI_RE.finditer(work, s0, cand.start)]
    if not ks or "后" in work[ks[-1] : cand.start]:
        return None
    nxt = min((c.start for c in spans.near(cands, cand.end, b) if c.name), default=b)
    # (the item's list may stand between it and the milestone: "继A、B等11条高速公路开工后")
    m = _SINCE_RE.search(work, cand.end, nxt) or _LIST_SINCE_RE.match(work, item_lists.list_end_of(work, cand, cands))
    if m is None:
        # "继A、B、C后的第四条大通道": the items the subject comes after in a series are there already
        series = _SERIES_RE.search(work, cand.end, s1)  # (its rank may follow a comma: "…三条铁路后,建设的第四条")
        if series is None or series.start() >= b:
            return None
        gap = list(work[cand.end : series.start()])
        for c in spans.near(cands, cand.end, series.start()):
            for k in range(max(c.start, cand.end), min(c.end, series.start())):
                gap[k - cand.end] = ""
        return Stage.COMPLETED if _SERIES_NOTE_RE.sub("", "".join(gap)).strip("、和及与 ") == "" else None
    return Stage.STARTING if m.group("begin") else Stage.COMPLETED


_JI_RE = re.compile(r"(?<![相后])继(?![续承而])")  # not 继续, 继承, 相继


_SERIES_RE = re.compile(
    # (the series may be counted and the subject's verb told before its rank: "继A、B和C三条铁路后,建设的第四条")
    r"(?:" + lx.COUNT_NUMBER + r"(?:条|座|个))?(?:高速|铁路|高铁|公路|城际铁路)?之?后[,，]?(?:[^,，。;；]{0,6}?的|的)?"
    r"第" + lx.COUNT_NUMBER + r"(?:条|座|个|大)"
)


#: A short bracket inside the series ("继A(甲—乙)、B(丙—丁)后"): the item's own note, no gap.
_SERIES_NOTE_RE = re.compile(r"[(（][^()（）,，。;；]{0,12}[)）]")


_SINCE_RE = re.compile(r"(?:(?P<begin>开工|开建|动工)|建成|通车|完工|竣工|投用|投运|投产|开通|运营)(?:[^,，。;；]{0,4}?)之?后")


#: The milestone right after the end of the item's list, maybe behind the list's counted kind ("继A、B、C等11条高速公路
#: 开工后", "继A和B两座大桥建成后"): every item of the series is past it (part-s44).
_LIST_SINCE_RE = re.compile(
    r"\s*(?:等?" + lx.COUNT_NUMBER + r"(?:条|座|个|项|处)[\u4e00-\u9fff]{0,6}?|等[\u4e00-\u9fff]{0,6}?)?" + _SINCE_RE.pattern
)


def started_going_on(work: str, cand: Cand, cands: list[Cand], b: int, *, told_done: bool = False) -> bool:
    """Return whether the item's start is told as done and the rest of its sentence tells works going on.

    "X已于2021年6月开工建设,建设工期5年", "X已开工建设,有望明年建成通车", "目前已开工A、B,完成投资677亿元":
    a start cue after 已 in the item's clause or the clauses after it (before the next item), then, before the
    next item, a forecast of a completion (a stage cue opening with :data:`geo.extract.lexicon.FORECAST_LEADS`)
    or a word of the works' time or spending (:data:`geo.extract.lexicon.WORKS_GOING_ON_WORDS`). The
    tuning gold codes such items 在建 (fresh7 s_11, s_14; fresh17 ze_12; fresh19 zj_02), while a start told
    alone ("X已开工建设") stays a start, as it codes most of those.

    The start is told as done without 已 too when the caller knows it (``told_done``: a start dated in a year
    before the document's, "X于2022年10月开工建设,计划工期4年" in a report of 2023) or when the works' spending
    or progress told after it is itself done ("X改建工程顺利开工,目前该项目已完成投资1亿元", "…形象进度完成84%":
    :data:`_PROGRESS_DONE_RE`); the tuning gold codes these 在建 (fresh3 h_20, fresh30 ye_03, fresh34 xe_09; part-s36).
    """
    a, _b = spans.clause(work, cand.start, cand.end)
    _s0, s1 = spans.sentence(work, cand.start, cand.end)
    nxt = min((c.start for c in spans.near(cands, b, s1) if c is not cand and c.name and c.start >= b), default=s1)
    cues = spans.cues_in(work, a, nxt)
    start = next((m for m in cues if cue_at(m)[0] is Stage.STARTING), None)
    if start is None:
        return False
    return going_on_after(work, start, nxt, told_done=told_done)


def going_on_after(work: str, start: re.Match[str], end: int, *, told_done: bool = False) -> bool:
    """Return whether a start cue is told as done and the words after it, up to ``end``, tell works going on.

    The start is done when ``told_done``, after 已 in its clause, or with the works' spending or progress told
    as done after it; the works go on with a forecast completion or a word of the works' time or spending after
    it (:func:`started_going_on`, which reads an item's own sentence).
    """
    if not (
        told_done
        or _DONE_BEFORE_RE.search(work, spans.clause(work, start.start(), start.end())[0], start.start())
        or _PROGRESS_DONE_RE.search(work, start.end(), end)
    ):
        return False
    later = spans.cues_in(work, start.end(), end)
    if any(cue_at(m)[0] is Stage.UNDER_CONSTRUCTION and m.group().startswith(lx.FORECAST_LEADS) or cue_at(m) == (Stage.UNDER_CONSTRUCTION, True) for m in later):
        return True
    return any(w in work[start.end() : end] for w in lx.WORKS_GOING_ON_WORDS)


#: The works' spending or progress told as done after a start ("目前该项目已完成投资1亿元", "累计完成投资3亿元",
#: "项目工程总体形象进度完成84.6%"): works going on, whatever the start's own words.
_PROGRESS_DONE_RE = re.compile(r"(?:已|累计|共)完成(?:[^,，。;；]{0,6})?投资|形象进度")

#: A start told as done, 已 before the start cue in its clause: "已开工", "已于2019年12月按…标准开工建设", "目前已开工".
#: (not an intent between, "已纳入规划,力争明年开工" is a start ahead)
_DONE_BEFORE_RE = re.compile(r"已(?:经)?(?:(?!力争|计划|拟|将|争取|预计|有望|未)[^,，。;；]){0,36}$")
