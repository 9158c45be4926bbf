"""Stage carried across clauses and sentences to a mention whose own clause names none (issue #11).

A sentence's subject takes the predicate of the clauses after it ("X经过两年建设,目前总体进度完成
85%"), a clause or sentence referring back ("该项目", "该互通") gives its stage to the item it refers
to, a facility opening its sentence is in service when the sentence tells what it holds or carries
now, a reply says where a motion's works stand, a news report's headline gives its stage to the items
of its batch or route, and a whole takes the works going on at a part named right after it. The
vocabulary is :mod:`geo.extract.stages`; :mod:`geo.extract.clauses` calls these in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geo.extract import spans, stage_context, years
from geo.extract.name_forms import variant_key
from geo.extract.patterns import LIST_SEP, Cand
from geo.extract.stages import stage_of as cue_at
from geo.model import EntityType, Stage


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
    m = _SINCE_RE.search(work, cand.end, nxt)
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
    r"(?:(?:\d+|[一二三四五六七八九十两]+)(?:条|座|个))?(?:高速|铁路|高铁|公路|城际铁路)?之?后[,，]?(?:[^,，。;；]{0,6}?的|的)?"
    r"第(?:\d+|[一二三四五六七八九十两]+)(?:条|座|个|大)"
)
#: A short bracket inside the series ("继A(甲—乙)、B(丙—丁)后"): the item's own note, no gap.
_SERIES_NOTE_RE = re.compile(r"[(（][^()（）,，。;；]{0,12}[)）]")
_SINCE_RE = re.compile(r"(?:(?P<begin>开工|开建|动工)|建成|通车|完工|竣工|投用|投运|投产|开通|运营)(?:[^,，。;；]{0,4}?)之?后")


def in_service_after(work: str, cand: Cand, cands: list[Cand], b: int) -> Stage | None:
    """Return 建成 when the item opens its sentence and the sentence tells what it has or carries now.

    "X机场飞行区等级4C,现有1条跑道…,2020年旅客吞吐量54.9万人次": the facilities it holds
    (:data:`geo.extract.stage_context.HOLDINGS_RE`, not a future "将拥有") or a year's traffic
    (:data:`geo.extract.stage_context.TRAFFIC_RE`), before the next item, describe it in service.
    """
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    if not _OPENING_RE.fullmatch(work[s0 : cand.start].strip(" \t\u3000●·")):
        return None
    nxt = min((c.start for c in spans.near(cands, b, s1) if c.name), default=s1)
    held = any("将" not in work[max(s0, m.start() - 2) : m.start()] for m in stage_context.HOLDINGS_RE.finditer(work, cand.end, nxt))
    traffic = stage_context.TRAFFIC_RE.search(work, cand.end, nxt)
    if held or (traffic and not stage_context.FUTURE_RE.search(work, s0, traffic.start())):
        return Stage.COMPLETED
    return None


#: What may stand before a sentence's subject: nothing, or a word of source or time and a comma.
_OPENING_RE = re.compile(r"(?:(?:据悉|据了解|目前|当前|截至目前|同时|此外|其中)[,，]?)?")


def part_of_subject(work: str, cand: Cand, cands: list[Cand], a: int) -> Stage | None:
    """Return the headline's stage when the item is a part of the news report's subject (issue #11).

    Two classes: a structure written right after the subject's name ("道真至武隆高速梅江特大桥"),
    and, when the headline says the subject is open, an item of a route clause ("起于A隧道",
    "经…连接B收费站") in a sentence opening with the subject's name (the route is the subject's).
    """
    head = spans.headline_stage(work)
    if head is None:
        return None
    first = work.find("\n", len(work) - len(work.lstrip()))
    if first < 0 or cand.start < first:
        return None  # no headline, or the item is in it
    subjects = [c.name for c in spans.near(cands, 0, first) if c.name]
    keys = {variant_key(n) for n in subjects}
    if not keys:
        return None
    glued = [c for c in spans.near(cands, max(0, cand.start - 40), cand.start) if c.end == cand.start and c.name]
    if any(variant_key(c.name) in keys for c in glued):
        return head
    if any(cand.name.startswith(n) and len(cand.name) > len(n) + 1 and "段" not in cand.name[len(n) :] for n in subjects):
        return head  # the part's name holds the subject's ("X高速梅子溪特大桥"), not a section of it
    if head is not Stage.COMPLETED or not stage_context.ROUTE_RE.match(work, a):
        return None
    s0, _s1 = spans.sentence(work, cand.start, cand.end)
    opening = next((c for c in spans.near(cands, s0, a) if c.name), None)
    if opening and not work[s0 : opening.start].strip(" \t\u3000●·") and variant_key(opening.name) in keys:
        return head
    return None


def later_milestone(work: str, cand: Cand, cands: list[Cand], b: int) -> Stage | None:
    """Return the stage of a milestone later in the sentence, before the next item.

    The milestone is dated ("推进X建设,今年内建成通车"), or the item stands alone as the subject
    of its clause, so the next clauses are its predicate ("X隧道,在历经2200多个昼夜建设后双洞贯通").
    """
    _s0, s1 = spans.sentence(work, cand.start, cand.end)
    after = sorted(c.start for c in spans.near(cands, b, s1) if c.name and c.start >= b)
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
    if not subject and not years.YEAR_MILESTONE_RE.search(work, b, nxt_item):
        return None
    for m in spans.cues_in(work, b, nxt_item):
        stage, spec = cue_at(m)
        if spec and stage is not Stage.UNSPECIFIED:
            return stage
    return None


def site_report(work: str, cand: Cand, cands: list[Cand], a: int, b: int) -> Stage | None:
    """Return 在建 when the sentence goes on with a report from the item's site (issue #11 item 2).

    "X隧道焊花飞溅,快速掘进", "在X项目(简称:Y)工程车辆往来穿梭,工人有序施工,场面如火如荼", "首个特高压交流
    输电工程---X,正在…开展…抱杆组塔工作": the item opens its sentence (nothing before it in its clause but a
    place word, 在/走进, or a noun in apposition closed by a dash or a colon, and no cue before it in its
    sentence), and one of the next two clauses, before any other item, reports works going on
    (a specific 在建 cue: 掘进, 组塔, 如火如荼…). A verb before the item ("依托X港,…建设如火如荼") makes it
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
        if nxt < s1 and stage_context.MODIFIER_OF_NEXT_RE.fullmatch(work, m.end(), nxt):
            continue  # "…起于在建A高速": a status of the next item
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


def batch_stage(work: str, cand: Cand, b: int) -> Stage | None:
    """Return the headline's stage when it reports a batch of projects and the item is counted in one.

    "重庆集中开工354个重大项目" over "其中,A、B等9个项目总投资超50亿元": A and B are of the batch
    started. An item not counted ("A位于X") is not taken for one of the batch.
    """
    head = spans.headline_stage(work)
    if head is None or not _COUNTED_IN_RE.match(work, cand.end, b):
        return None
    first = work.find("\n", len(work) - len(work.lstrip()))
    if first < 0 or cand.start < first or not stage_context.BATCH_RE.search(work, 0, first):
        return None
    return head


#: The item's list counted as projects up to its clause end: "、B等9个项目", "等155个项目".
_COUNTED_IN_RE = re.compile(r"[^,，。;；]{0,40}?等(?:\d+|[一二三四五六七八九十百两]+)个(?:重点|重大)?(?:项目|工程)")


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

def replied(work: str, cand: Cand, cands: list[Cand], after: int, *, stage_of: Callable[[Cand], Stage]) -> Stage | None:
    """Return the first stage a later mention of the item outside any motion states (a reply's body).

    "《关于加快X建设的建议》收悉。…X工可报告已批复。": the reply says where the works stand.
    """
    key = variant_key(cand.name)
    for c in spans.near(cands, after, len(work)):
        if not c.name or c.implied or variant_key(c.name) != key:
            continue
        s0, s1 = spans.sentence(work, c.start, c.end)
        if any(m.start() < c.start and c.end <= m.end() for m in stage_context.MOTION_RE.finditer(work, s0, s1)):
            continue
        stage = stage_of(c)
        if stage is not Stage.UNSPECIFIED:
            return stage
    return None


def back_reference(work: str, cand: Cand, cands: list[Cand], b: int) -> Stage | None:
    """Return the stage of the first clause after the item that refers back to it ("该项目已开工").

    The clause is found by :func:`referring_clause`; its first specific stage cue is the item's.
    """
    ref = referring_clause(work, cand, cands, b)
    if ref is None:
        return None
    for m in spans.cues_in(work, *ref):
        stage, spec = cue_at(m)
        if spec and stage is not Stage.UNSPECIFIED:
            return stage
    return None


def referring_clause(work: str, cand: Cand, cands: list[Cand], b: int) -> tuple[int, int] | None:
    """Return the span of the first clause after the item that refers back to it ("该项目已开工").

    The clause follows in the item's sentence, or opens the next one when the item is its
    sentence's subject (it opens the sentence, maybe after an attribute: "位于A的X,是…"); no
    other item is named between (the reference would be to that one): "X位于A,江津至泸州铁路
    已开工,该项目…" is not X's, nor is "海拔从X站的300米…。该项目…" (X is no subject). The span
    runs from the referring clause to its sentence's end or the next item ("该互通迎来重要节点,
    主体结构顺利完工").
    """
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    subject = _SENTENCE_SUBJECT_RE.fullmatch(work[s0 : cand.start].strip()) is not None
    _n0, n1 = spans.sentence(work, s1, s1 + 1) if s1 < len(work) and subject else (s1, s1)
    if not _REFERRING_WORD_RE.search(work, b, max(n1, s1 + _REPLY_REACH)):
        return None  # no word that could refer back: spare the walk (most mentions)
    reply = _reply_clause(work, cand, cands, s0, s1)
    if reply is not None:
        return reply
    # the subject of its sentence stays the referent over the items its sentence names after it
    nxt = min((c.start for c in spans.near(cands, s1 if n1 > s1 else cand.end, n1) if c.name), default=n1)
    pos = b
    while pos < nxt and pos < len(work):
        ca, cb = spans.clause(work, pos + 1, pos + 1)
        if ca >= nxt or ca >= n1:
            break
        if stage_context.BACK_REF_RE.match(work, ca) and cb <= nxt:
            _r0, r1 = spans.sentence(work, ca, cb)
            return ca, min(r1, nxt)
        if work[cb : cb + 1] == "\n" or cb >= n1:
            break
        pos = cb
    return None


#: How far after a motion's title its reply's body is looked at for a clause referring back (characters).
_REPLY_REACH = 200


def _reply_clause(work: str, cand: Cand, cands: list[Cand], s0: int, s1: int) -> tuple[int, int] | None:
    """Return the clause of a reply's body referring back to the one item of the motion it answers.

    "关于加快X建设的建议收悉。经研究,现答复如下:该项目已开工建设,预计2025年建成通车。": the
    reply's "该项目" is X when X is the only item the motion's title names and no other item is
    named between the title and the referring clause (the reference would be to that one).
    """
    k = work.rfind("关于", s0, cand.start)
    if k < 0:
        return None
    motion = next((m for m in stage_context.MOTION_RE.finditer(work, k, s1) if m.start() < cand.start and cand.end <= m.end()), None)
    if motion is None:
        return None
    key = variant_key(cand.name)
    if any(c.name and c is not cand and variant_key(c.name) != key for c in spans.near(cands, motion.start(), motion.end())):
        return None  # a motion about several items: "该项目" could be any of them
    end = min(len(work), motion.end() + _REPLY_REACH)
    nxt = min((c.start for c in spans.near(cands, motion.end(), end) if c.name), default=end)
    for m in stage_context.BACK_REF_RE.finditer(work, motion.end(), nxt):
        ca = m.start()
        while work[ca] in " ,，":  # the match may open on the comma before the reference
            ca += 1
        if ca > motion.end() and work[ca - 1] not in ",，;；。:：\n!！ ":
            continue  # mid-clause: only a clause opening with the reference is the item's
        _r0, r1 = spans.sentence(work, ca, m.end())
        return ca, min(r1, nxt)
    return None


#: The words a referring clause opens with (:data:`geo.extract.stage_context.BACK_REF_RE`: 该项目, 此工程, 这一线路, 上述…).
_REFERRING_WORD_RE = re.compile(r"该|此|这|上述")
#: What may stand before a sentence's subject: nothing, or an attribute closed by 的 ("位于A的").
#: An enumerator ("三是X是…") or a short lead-in clause ("从长远发展来看,X的建设…") may open the sentence too.
_SENTENCE_SUBJECT_RE = re.compile(r"(?:[一二三四五六七八九十]是)?(?:[^,，。;；]{1,12}[,，])?(?:[^,，。;；]{0,20}的)?")

#: What may close a clause after its subject: "X(工程),", "X(简称Y),".
_SUBJECT_END_RE = re.compile(r"(?:工程|项目)?\s*(?:[(（](?:以下)?简称[^()（）,，。;；]{1,16}[)）])?\s*")
#: The subject named again at the head of the next clause: "X,即Y正式开通运营".
_APPOSITIVE_RE = re.compile(r"\s*(?:即|亦即|也就是)\s*")
#: What may open a clause before its subject: nothing, or a noun phrase in apposition
#: ("Y全线最长隧道X,"); a verb ("做强X,", "建设X,") makes X an object.
#: An attribute closed by 的 may stand there too ("位于A流域的X,是全区已建成的第二座中型水库").
_SUBJECT_BEFORE_RE = re.compile(r"(?:.*(?:隧道|大桥|桥梁|特大桥|互通|车站|港区|码头|水库|枢纽))?|[^,，。;；]{1,30}的")


#: A run-in heading of item names: a short line ending with a colon, without a clause mark ("A、B:"),
#: as :func:`geo.extract.years.heading_years` reads it for the years.
RUN_IN_RE = re.compile(r"[^,，。;；!！?？:：\n]{2,40}[:：]\s*")
_NEXT_LINE_RE = re.compile(r"\s*([^\n]+)")


def run_in_stage(work: str, cand: Cand) -> Stage | None:
    """Return the stage the paragraph under the run-in heading the item stands on states (issue #11).

    "轨道A线、B线:\n2个项目正在进行主体施工,计划2020年底建成投用。": a line made of item names and
    ending with a colon is described by the next non-empty line; its first specific stage cue is
    the items'.
    """
    ls = work.rfind("\n", 0, cand.start) + 1
    le = work.find("\n", cand.start)
    le = len(work) if le < 0 else le
    if not RUN_IN_RE.fullmatch(work, ls, le):
        return None
    m = _NEXT_LINE_RE.match(work, le)
    if m is None or RUN_IN_RE.fullmatch(m.group(1)):
        return None  # the next line is another heading
    for cue in spans.cues_in(work, m.start(1), m.end(1)):
        stage, spec = cue_at(cue)
        if spec and stage not in (Stage.UNSPECIFIED, Stage.UPGRADE):
            return stage
    return None


#: A sentence whose subject refers back to the item a report is about: after up to two short lead-in
#: clauses ("此前,记者也了解到,") and a year heading it ("2024年"), a demonstrative head ("该条高速",
#: "该工程", "此项目") or a bare 项目/工程 ("项目由…投资建设,工期4年,计划2026年建成通车").
_TOPIC_HEAD_RE = re.compile(
    r"\s*(?:[^,，。;；:：!！?？\n]{1,12}[,，:：]){0,2}\s*(?:(?:19|20)\d\d年(?:\d{1,2}月)?(?:底|末)?[,，]?)?\s*"
    r"(?:(?:该|此|这一?|上述)(?:条|座|个|段|批)?(?:项目|工程|路段|线路?|铁路|高铁|高速(?:公路)?|公路|大桥|桥梁?|隧道|枢纽|互通|机场|水库|港区?|码头)"
    r"|(?:项目|工程)(?![师院局部处])(?!建设(?:管理|单位|指挥部))(?!方面)"
    # the pronoun carrying the report's subject on ("它一线串起…,预计2030年前全面建成"; not 它们, several)
    r"|它(?!们))"
)
#: What joins the items of a list: a separator, after a bracket note of the item before or a section
#: of it the detection left out ("X镇雄(甲界)至乙段、乙至丙段": the item before is X).
_LIST_JOIN_RE = re.compile(rf"(?:[^,，。;；!！?？{LIST_SEP}\n]{{0,20}}?段)?(?:[(（][^()（）,，。;；]{{0,20}}[)）])?\s*[{LIST_SEP}]\s*")
#: How many sentences after the item's own a report may go on about it.
_TOPIC_REACH = 6


def topic_sentence(work: str, cand: Cand, cands: list[Cand]) -> tuple[int, int] | None:
    """Return the span of a later sentence whose subject refers back to the item, when the item is the
    subject of its own sentence and the report goes on about it (issue #11 item 3, years).

    "据了解,X是A的主要控制性工程。该工程起于…,与B形成十字交叉。项目计划工期为5年,预计2024年底全线
    建成通车。": sentences opening with a referring head (:data:`_TOPIC_HEAD_RE`) carry the report's
    subject on, across a paragraph break too, up to :data:`_TOPIC_REACH` sentences; a sentence naming
    another item without such a head ends the walk (the report has moved on). Sentences of the item
    itself or its parts (its name and more: "X赫章至六盘水段") do not. The first referring sentence with
    a milestone is returned; None when none is found.
    """
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    head = cand.start  # the item may close a list opening the sentence ("A段、B段已基本完工")
    for c in reversed(spans.near(cands, s0, cand.start)):
        if c.name and c.end <= head and _LIST_JOIN_RE.fullmatch(work, c.end, head):
            head = c.start
    if _SENTENCE_SUBJECT_RE.fullmatch(_NEW_WORK_RE.sub("", work[s0:head].strip())) is None:
        return None  # (a new work's attribute before its name is no lead-in: "据了解,新建X东起A、西至B")
    key = variant_key(cand.name)
    pos = s1
    for _ in range(_TOPIC_REACH):
        while pos < len(work) and work[pos] in "\n \t\u3000":
            pos += 1
        if pos >= len(work):
            return None
        a, b = spans.sentence(work, pos, pos + 1)
        b = max(b, pos + 1)
        m = _TOPIC_HEAD_RE.match(work, a, b)
        other = [c for c in spans.near(cands, a, b) if c.name and not _same_item(variant_key(c.name), key)]
        if m and not any(c.start < m.end() for c in other):  # (an item in a lead-in is the head's referent)
            if _MILESTONE_RE.search(work, a, b):
                return a, b
        elif other:
            return None
        pos = b
    return None


_MILESTONE_RE = re.compile(r"建成|通车|完工|竣工|投用|投运|投产|开通|通航|通水|交工")
#: The attribute of a new work written right before its name: "新建X", "拟建X".
_NEW_WORK_RE = re.compile(r"(?:新建|拟建|规划建设)$")


def _same_item(other: str, key: str) -> bool:
    """Return whether a name is the item's own or one of its parts' ("X" and "X赫章至六盘水段")."""
    return other.startswith(key) or key.startswith(other)


#: The stations a line sets, opening the item's clause: "设A、B、C9座车站", "共设置A、B等6个车站".
#: (设 alone: "建设X站", "增设X站" are works on the station itself)
_SETS_STATIONS_RE = re.compile(r"(?:^|全线|沿线|[,，])(?:共)?设(?:置|有)?$")
#: The count of stations a line sets, as the clause before a list opening with 分别为: "全线共设10个车站",
#: "设车站5座".
_STATIONS_COUNTED_RE = re.compile(
    r"(?:全线|沿线)?(?:共)?设(?:置|有)?(?:(?:\d+|[一二三四五六七八九十两]+)(?:座|个)(?:车)?站|(?:车)?站(?:\d+|[一二三四五六七八九十两]+)(?:座|个))$"
)
#: The new stations among those a line sets, opening a clause closed by their count: "新建A、B…9座车站".
_NEW_STATIONS_RE = re.compile(r"(?:^|[,，;；])(?:其中)?新建$")
#: The count closing a list of stations, within its clause: "…、宜宾东9座车站", "…等13座客运车站".
_STATIONS_COUNT_AFTER_RE = re.compile(r"[^,，。;；]*?(?:\d+|[一二三四五六七八九十两]+)(?:座|个)(?:客运|高铁)?(?:车)?站(?=[,，。;；]|$)")
#: Stations of the list marked existing in a clause after it: "…11座车站,其中重庆西为既有车站".
_EXISTING_AMONG_RE = re.compile(r"[,，]\s*其中(?P<names>[^,，。;；]{1,40}?)(?:为|是|均为|系)既有(?:车站|站)")


def sets_stations(work: str, cand: Cand, cands: list[Cand], a: int) -> bool:
    """Return whether the item is a station in the list of those a line sets, its clause starting at ``a``.

    The clause opens with the line's verb of setting ("设A、B、C9座车站", "沿线共设A、B等6个车站"), or with
    新建 and closes with their count ("其中A为既有车站,新建B、C9座车站"), or opens with 分别为 after a clause
    counting them ("全线共设10个车站,分别为A、B").
    """
    if cand.type is not EntityType.RAIL_STATION:
        return False
    words = re.sub(r"[、和及与\s]", "", spans.words_before(work, a, cand, cands))
    new = _NEW_STATIONS_RE.search(words) and _STATIONS_COUNT_AFTER_RE.match(work, cand.end)
    if new or _SETS_STATIONS_RE.search(words):
        return True
    if words not in ("分别为", "分别是") or a < 2 or work[a - 1] not in ",，":
        return False
    pa, _pb = spans.clause(work, a - 2, a - 1)
    return _STATIONS_COUNTED_RE.search(work[pa : a - 1].strip()) is not None


def stations_of_line(work: str, cand: Cand, cands: list[Cand], a: int, *, stage_of: Callable[[Cand], Stage]) -> Stage | None:
    """Return the stage of the line whose stations the item's clause lists (issue #11 item 2).

    "此次开通运营的X段长240公里,设A、B、C9座车站": the stations are the line's, open with it. The
    clause lists the stations the line sets (:func:`sets_stations`); the line is the last railway named
    before the clause, in the same sentence or the one before, and its own clause states a stage, else its
    other mentions one of works begun (:func:`_works_stage_elsewhere`). A station a later clause marks
    existing ("其中A为既有车站") is built.
    """
    if not sets_stations(work, cand, cands, a):
        return None
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    if _marked_existing(work, cand, s1):
        return Stage.COMPLETED
    p0 = spans.sentence(work, s0 - 2, s0 - 1)[0] if s0 >= 2 else s0
    lines = [c for c in spans.near(cands, p0, a) if c.name and c.type is EntityType.RAILWAY and c.end <= a]
    if lines:
        line = max(lines, key=lambda c: (c.start, c.end))  # the last named, the whole name of nested ones
        stage = stage_of(line)
        if stage in (Stage.UNSPECIFIED, Stage.UPGRADE):
            stage = _works_stage_elsewhere(line, cands, stage_of)
    else:  # the line told by its section alone ("此次开通运营的甲至乙段长240公里,设…"): its clause's cue
        cues = [cue_at(m) for m in spans.cues_in(work, s0, a)]
        stage = next((st for st, spec in reversed(cues) if spec), Stage.UNSPECIFIED)
    return stage if stage not in (Stage.UNSPECIFIED, Stage.UPGRADE) else None


def _marked_existing(work: str, cand: Cand, s1: int) -> bool:
    """Return whether a clause after the station's list marks it existing ("…11座车站,其中重庆西为既有车站")."""
    short = cand.name.removesuffix("站")
    m = _EXISTING_AMONG_RE.search(work, cand.end, s1)
    return m is not None and short in re.split(r"[、和及与]|站", m.group("names"))


#: The stages of a line its stations take: open, they are in service (a line started, being built, in
#: design or planned leaves the stations it lists unspecified: the tuning annotators disagree there).
_WORKS_STAGES = (Stage.COMPLETED,)
#: The stages a report tells a line's works by: the first of them among its mentions is its news.
_BEGUN = (Stage.STARTING, Stage.UNDER_CONSTRUCTION, Stage.COMPLETED)


def _works_stage_elsewhere(line: Cand, cands: list[Cand], stage_of: Callable[[Cand], Stage]) -> Stage:
    """Return the stage the document gives a line in its other mentions, when its works have begun.

    "X高铁安康至重庆段开工建设。…X高铁安康至重庆段自A站起,…,共设A、B、C11座车站": the clause
    setting the stations tells no stage, the news of the line does: the first stage of works begun
    (:data:`_BEGUN`) that the line's other mentions (a name or alias in common) state, in the
    document's order (a report tells its news first), if it is one the stations take
    (:data:`_WORKS_STAGES`: the line open); else unspecified.
    """
    names = {line.name, *line.aliases}
    for c in cands:
        if c is not line and not c.implied and names & {c.name, *c.aliases}:
            stage = stage_of(c)
            if stage in _BEGUN:
                return stage if stage in _WORKS_STAGES else Stage.UNSPECIFIED
    return Stage.UNSPECIFIED


#: A clause opening a list of the items a count before it announces: "包括A、B、C", "分别为A、B",
#: "分别是A和B", "即A、B" (the words before the item with the other items of its list removed).
_ITEMISED_RE = re.compile(r"(?:其中)?(?:包括|包含|分别为|分别是|即)[:：]?(?:[、和及与\s]|以及)*$")  # ("包括A、B以及C")
#: The count a clause ends on or names: "规划8条快速铁路", "新开工3个项目", "建成两座水库".
_COUNT_RE = re.compile(r"(?:\d+|[一二三四五六七八九十两几]+)(?:条|个|座|项|处|所)")
_PLANNED_COUNT_RE = re.compile(r"(?<![按照据依《和与及是为])规划(?:建设|新建)?[^,，。;；]{0,6}?(?:\d+|[一二三四五六七八九十两几]+)(?:条|个|座|项|处|所)")


_BRACKETED_RE = re.compile(r"[(（][^()（）,，。;；]{0,20}[)）]")
_ITEMISED_LOOSE_RE = re.compile(r"(?:包括|包含|分别为|分别是)[:：]?(?:[^、,，。;；:：]{1,10}、)+(?:[、和及与\s]|以及)*$")
#: A count referring back to one told before ("这6条高速公路", "上述3个项目", "该2座水库").
_REFERRING_WORDS = ("这", "该", "此", "上述", "以上", "前述")
_ANAPHORIC_COUNT_RE = re.compile(r"(?:这|该|此|上述|以上|前述)(?P<count>(?:\d+|[一二三四五六七八九十两]+)(?:条|个|座|项|处|所))")
#: Where the conjunct holding a count ends: "推进6条高速公路建设和3条高速公路项目投资招商工作".
_CONJUNCT_END_RE = re.compile(r"以及|[和及与、]")
#: How many sentences back a count referred to is looked for.
_COUNT_BACK_SENTENCES = 3


def _counted_before(work: str, ref: re.Match[str], s0: int) -> Stage | None:
    """Return the stage of the count a referring count names ("这3条高速公路" → "3条高速公路同时通车").

    Read in the sentences before the item's (up to :data:`_COUNT_BACK_SENTENCES` that hold words;
    a line break ends a sentence): the clause holding the same count, from its start to the end of
    the conjunct the count is in ("推进6条高速公路建设和3条…投资招商": the six are being built).
    Nothing when the count is not found, or when its conjunct holds cues of two stages.
    """
    count = ref.group("count")
    end, seen = s0, 0
    while seen < _COUNT_BACK_SENTENCES and end > 0:
        p0, _p1 = spans.sentence(work, end - 1, end)
        if work[p0:end].strip():
            seen += 1
        hits = [p0 + m.start() for m in re.finditer(re.escape(count), work[p0:end])]
        hits = [at for at in hits if not work.endswith(_REFERRING_WORDS, p0, at)]
        if hits:
            at = hits[-1]
            ca, cb = spans.clause(work, at, at + 1)
            stop = _CONJUNCT_END_RE.search(work, at + len(count), cb)
            found = [cue_at(m) for m in spans.cues_in(work, ca, stop.start() if stop else cb)]
            if len({st for st, _sp in found if st not in (Stage.UNSPECIFIED, Stage.UPGRADE)}) > 1:
                return None
            for specific in (True, False):
                stage = next((st for st, sp in found if sp is specific and st not in (Stage.UNSPECIFIED, Stage.UPGRADE)), None)
                if stage is not None:
                    return stage
            return None
        end = p0 if p0 < end else end - 1
    return None


def counted_intro(work: str, cand: Cand, cands: list[Cand], a: int) -> Stage | None:
    """Return the stage of the clause that counts the items a list itemises, if the item is in one.

    "规划8条快速铁路,设计速度250km/h,包括A、B、C": the items are the eight lines planned; "建成
    两座水库,分别为A和B": the two built. The counting clause is one of the two before the item's
    within its sentence, the first back that holds a count; its specific cue wins, else a generic
    one. An itemising clause after no count ("主要包括A、B"), a count without a cue or a count of
    items of two stages ("续建项目4个、新开工项目2个,包括A、B") gives nothing.
    """
    # (a short name given in brackets, "A(以下简称甲)、B", is no word of the list)
    # (nor are the words of an earlier item's name left unread: "包括A西延线、B", "其中包括A的扩容工程、B")
    words = _BRACKETED_RE.sub("", spans.words_before(work, a, cand, cands))
    if not (_ITEMISED_RE.search(words) or _ITEMISED_LOOSE_RE.search(words)):
        return None
    s0, _s1 = spans.sentence(work, cand.start, cand.end)
    # the count may open the item's own clause ("这3条高速公路分别是A、B和C")
    own = _ANAPHORIC_COUNT_RE.search(work, a, cand.start)
    if own is not None:
        return _counted_before(work, own, s0)
    end = a - 1
    for _ in range(2):
        if end <= s0:
            return None
        ca, cb = spans.clause(work, end - 1, end)
        if _COUNT_RE.search(work, ca, cb):
            found = [cue_at(m) for m in spans.cues_in(work, ca, cb)]
            back = _ANAPHORIC_COUNT_RE.search(work, ca, cb)
            if not found and back is not None:
                return _counted_before(work, back, s0)  # "这6条高速公路,…还包括A、B": the count told before
            if len({st for st, _sp in found if st not in (Stage.UNSPECIFIED, Stage.UPGRADE)}) > 1:
                return None  # "续建项目4个、新开工项目2个,包括A、B": which item is which is not said
            for specific in (True, False):
                stage = next((st for st, sp in found if sp is specific and st not in (Stage.UNSPECIFIED, Stage.UPGRADE)), None)
                if stage is not None:
                    return stage
            # 规划 as the counting verb ("规划8条快速铁路"; not the noun: "按照规划")
            return Stage.PROPOSED if _PLANNED_COUNT_RE.search(work, ca, cb) else None
        end = ca - 1
    return None


#: A sentence that refers back to an item and tells its route: its head (该项目, 该线, 此工程, 项目,
#: 线路, 其…) and, within the sentence's first clauses, where the line starts (起于, 起自, 起点, 始于).
_ROUTE_BACK_RE = re.compile(
    r"\s*(?:(?:该|此|这一?|上述)(?:条|座|个|段)?(?:项目|工程|路段|线路?|路线|铁路|高铁|高速(?:公路)?|公路|道路|通道|快速路|大道)"
    r"|项目|工程|线路|路线|全线|其)"
    r"[^。；;!！?？\n]{0,12}?(?:起于|起自|起点|始于)"
)


#: Where a route told after its start ends: 止于D镇, 终点位于D镇, 至D镇.
_ROUTE_END_RE = re.compile(r"止于|终于|终点|到达|抵达|至")


def route_sentence(work: str, cand: Cand, cands: list[Cand], s0: int, s1: int) -> int | None:
    """Return the end of the sentence after the item's that refers back to it and tells its route.

    "新建X高速。该项目起于A镇,经B、C,止于D镇,全长…": the route is the item's when the item is the
    one item its sentence names and the next sentence opens with a referring head followed by where
    it starts (:data:`_ROUTE_BACK_RE`) and names no item of its own. None otherwise ("新建X高速、Y
    高速。该项目起于…" could be either; "X。Z公路起于…" is Z's).
    """
    if cand.implied or [c for c in spans.near(cands, s0, s1) if c.name] != [cand]:
        return None
    pos = s1
    while pos < len(work) and work[pos] in "\n \t\u3000":
        pos += 1
    m = _ROUTE_BACK_RE.match(work, pos) if pos < len(work) else None
    if m is None:
        return None
    _a, b = spans.sentence(work, pos, pos + 1)
    if not _ROUTE_END_RE.search(work, m.end(), b):
        return None  # "该项目全长30公里,起点附近设服务区": a start, no route
    if any(c.name for c in spans.near(cands, pos, b)):
        return None  # the sentence names an item: the route may be that one's
    return b
