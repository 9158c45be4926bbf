"""Read a clause or sentence after an item that refers back to it (该项目, 此工程, 项目, 它).

:func:`back_reference` (the stage of a referring clause, through :func:`referring_clause`),
:func:`topic_stage` (the stage a later sentence carrying the item on as its subject tells) and
:func:`replied` (a reply's body naming the motion's item again) are asked by
:mod:`geo.extract.stages.clause_stage`; :func:`referring_clause` and :func:`topic_sentence` (a later sentence
carrying the report's subject on) and :func:`list_reference` (a next sentence referring back to the item's
list: 以上项目) by the year reading; :func:`route_sentence` (the route a next
sentence tells) by :func:`geo.extract.clauses.read_mention` for a mention's evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from geo.extract.linking.name_forms import variant_key
from geo.extract.patterns import LIST_SEP, Cand
from geo.extract.stages import frame_words, later_clauses, spans
from geo.extract.stages.cues import stage_of as cue_at
from geo.extract.year_words import YEAR_MILESTONE_RE
from geo.model import Stage


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
            return _going_on(work, m, ref[1], stage)
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
        if frame_words.BACK_REF_RE.match(work, ca) and cb <= nxt:
            _r0, r1 = spans.sentence(work, ca, cb)
            return ca, min(r1, nxt)
        if work[cb : cb + 1] == "\n" or cb >= n1:
            break
        pos = cb
    return None


def list_reference(work: str, cand: Cand, cands: list[Cand], b: int) -> tuple[int, int] | None:
    """Return the span of a sentence right after the item's (ending at ``b``) that refers back to its list.

    "今年将开工建设A、B。以上项目力争2025年建成投用。": the next sentence opens with a word referring back to
    several items (:data:`LIST_REF_RE`: 以上项目, 上述工程, 这两个项目); the item's sentence names it with at least
    one other item. The span runs from after the referring words to the sentence's end or the next item it names.
    """
    at = b + len(work[b : b + 2]) - len(work[b : b + 2].lstrip())
    m = LIST_REF_RE.match(work, at)
    if m is None:
        return None
    s0 = spans.sentence(work, cand.start, cand.end)[0]
    if not any(c is not cand and c.name and c.name != cand.name and s0 <= c.start and c.end <= b for c in cands):
        return None  # one item in the sentence: the plural is another's (a paragraph's list)
    n1 = spans.sentence(work, at, at + 1)[1]
    nxt = min((c.start for c in spans.near(cands, at, n1) if c.start >= at and c.name), default=n1)
    return m.end(), min(n1, nxt)


#: Words referring back to several items named before ("以上项目", "上述工程", "这两个项目"): the list's words, not a
#: subject of their own (:func:`list_reference` reads the sentence they open; a later clause of the item's own
#: sentence may open with them too, :mod:`geo.extract.years.milestones`).
LIST_REF = (r"(?:以上|上述|前述|这些|这[两三四五六七八九十\d]{1,2}[个条座项处])(?:重点)?"
            r"(?:项目|工程|线路|道路|高速公路|高速|铁路|公路|港口|水库)")

#: Words opening a sentence that refer back to several items named before: "以上项目", "上述工程", "这两个项目".
LIST_REF_RE = re.compile(LIST_REF)


#: The words a referring clause opens with (:data:`geo.extract.stages.frame_words.BACK_REF_RE`: 该项目, 此工程, 这一线路, 上述…).
_REFERRING_WORD_RE = re.compile(r"该|此|这|上述")


#: What may stand before a sentence's subject: nothing, or an attribute closed by 的 ("位于A的").
#: An enumerator ("三是X是…", a list entry's "一、", "2.", "（三）") or a short lead-in clause ("从长远发展来看,X的建设…")
#: may open the sentence too.
_SENTENCE_SUBJECT_RE = re.compile(
    r"(?:[一二三四五六七八九十]是|[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]?)?\s*(?:[^,，。;；]{1,12}[,，])?(?:[^,，。;；]{0,20}的)?"
)


def _reply_clause(work: str, cand: Cand, cands: list[Cand], s0: int, s1: int) -> tuple[int, int] | None:
    """Return the clause of a reply's body referring back to the one item of the motion it answers.

    "关于加快X建设的建议收悉。经研究,现答复如下:该项目已开工建设,预计2025年建成通车。": the
    reply's "该项目" is X when X is the only item the motion's title names and no other item is
    named between the title and the referring clause (the reference would be to that one).
    """
    k = work.rfind("关于", s0, cand.start)
    if k < 0:
        return None
    motion = next((m for m in frame_words.MOTION_RE.finditer(work, k, s1) if m.start() < cand.start and cand.end <= m.end()), None)
    if motion is None:
        return None
    key = variant_key(cand.name)
    if any(c.name and c is not cand and variant_key(c.name) != key for c in spans.near(cands, motion.start(), motion.end())):
        return None  # a motion about several items: "该项目" could be any of them
    end = min(len(work), motion.end() + _REPLY_REACH)
    nxt = min((c.start for c in spans.near(cands, motion.end(), end) if c.name), default=end)
    for m in frame_words.BACK_REF_RE.finditer(work, motion.end(), nxt):
        ca = m.start()
        while work[ca] in " ,，":  # the match may open on the comma before the reference
            ca += 1
        if ca > motion.end() and work[ca - 1] not in ",，;；。:：\n!！ ":
            continue  # mid-clause: only a clause opening with the reference is the item's
        _r0, r1 = spans.sentence(work, ca, m.end())
        return ca, min(r1, nxt)
    return None


#: How far after a motion's title its reply's body is looked at for a clause referring back (characters).
_REPLY_REACH = 200


def replied(work: str, cand: Cand, cands: list[Cand], after: int, *, stage_of: Callable[[Cand], Stage]) -> Stage | None:
    """Return the first stage a later mention of the item outside any motion states (a reply's body).

    "《关于加快X建设的建议》收悉。…X工可报告已批复。": the reply says where the works stand.
    """
    key = variant_key(cand.name)
    for c in spans.near(cands, after, len(work)):
        if not c.name or c.implied or variant_key(c.name) != key:
            continue
        s0, s1 = spans.sentence(work, c.start, c.end)
        if any(m.start() < c.start and c.end <= m.end() for m in frame_words.MOTION_RE.finditer(work, s0, s1)):
            continue
        stage = stage_of(c)
        if stage is not Stage.UNSPECIFIED:
            return stage
    return None


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
    for a, b, _head, _nxt in _topic_walk(work, cand, cands):
        if _MILESTONE_RE.search(work, a, b) and YEAR_MILESTONE_RE.search(work, a, b):
            return a, b  # (an undated one, "项目建成后,将满足…", tells what the works bring: the walk goes on)
    return None


def topic_stage(work: str, cand: Cand, cands: list[Cand]) -> Stage | None:
    """Return the stage a later sentence referring back to the item tells, when the item is the one item of its
    sentence and that sentence's subject (issue 11 item 2).

    "X位于A镇,全长30公里。项目于去年开工,目前已完成投资5亿元。" and a heading's item whose paragraph goes
    on "项目进展顺利,已完成主体工程": the sentences :func:`topic_sentence` walks (a referring head carrying the
    report's subject on) are read in turn and the first specific stage cue after the head, before any other
    item the sentence names, is the item's; so is the first cue of the sentence right under a list entry's line
    naming the item alone (:func:`_entry_body`). The walk ends at a new heading (:data:`_HEADING_LINE_RE`); an item
    named with others ("A、B两个项目。项目已开工": the 项目 may be all of them) or closing its sentence by a colon
    takes none. None when no referring sentence tells a stage.
    """
    if cand.implied:
        return None
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    key = variant_key(cand.name)
    if any(c.name and not same_item(variant_key(c.name), key) for c in spans.near(cands, s0, s1)):
        return None  # several items: a later 项目 may be any or all of them
    if work[s0:s1].rstrip().endswith((":", "：")):
        return None  # a colon introduces what follows (its parts, a list), not the item carried on
    body = _entry_body(work, cand, cands, s0, s1)
    walk = _topic_walk(work, cand, cands, headings=False)
    for head, nxt in ([body] if body else []) + [(h, n) for _a, _b, h, n in walk]:
        for m in spans.cues_in(work, head, nxt):
            stage, spec = cue_at(m)
            if spec and stage is not Stage.UNSPECIFIED and not _ATTRIBUTE_AFTER_RE.match(work, m.end()):
                return _going_on(work, m, nxt, stage)
    return None


def _going_on(work: str, cue: re.Match[str], end: int, stage: Stage) -> Stage:
    """Return the stage of a referring sentence's first cue: works going on for a start told as done with the works'
    time or spending after it, up to ``end`` ("项目于2015年12月开工,计划2018年完工", "该项目已开工,目前已完成投资5亿元"),
    else the cue's own."""
    if stage is not Stage.STARTING:
        return stage
    dated = _DATED_START_RE.search(work, spans.clause(work, cue.start(), cue.end())[0], cue.start())
    return Stage.UNDER_CONSTRUCTION if later_clauses.going_on_after(work, cue, end, told_done=dated is not None) else stage


def _entry_body(work: str, cand: Cand, cands: list[Cand], s0: int, s1: int) -> tuple[int, int] | None:
    """Return the span of the sentence right under a line that names the item alone ("1.X高速公路\n全长60公里,
    已完成路基工程80%。"), up to the first other item it names; None when the item's line holds more, is the
    document's headline, or the next line is a heading or a name alone.
    """
    if work[s1 : s1 + 1] != "\n" or not (_ENTRY_LEAD_RE.fullmatch(work, s0, cand.start) and _ENTRY_TAIL_RE.fullmatch(work, cand.end, s1)):
        return None
    if s0 <= spans.first_line(work)[0]:
        return None  # a headline: the lead under it tells the news, not this item's entry
    pos = s1
    while pos < len(work) and work[pos] in "\n \t\u3000":
        pos += 1
    if pos >= len(work):
        return None
    a, b = spans.sentence(work, pos, pos + 1)
    if _HEADING_LINE_RE.fullmatch(work, a, b):
        return None  # a list of names, a line each, or a heading
    return a, min((c.start for c in spans.near(cands, a, b) if c.name), default=b)


#: What may stand before an item naming a list entry's line alone: blanks and an enumerator ("一、", "2.", "（三）").
_ENTRY_LEAD_RE = re.compile(r"\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]?)?\s*")

#: What may stand after it: the works' word ("X项目", "X建设工程") and blanks.
_ENTRY_TAIL_RE = re.compile(r"(?:建设)?(?:项目|工程)?\s*")


def _topic_walk(
    work: str, cand: Cand, cands: list[Cand], *, headings: bool = True
) -> Iterator[tuple[int, int, int, int]]:
    """Yield the later sentences that carry the item on as their subject (:func:`topic_sentence`'s walk).

    Each is ``(start, end, head_end, next_item)``: the sentence, the end of its referring head, and the start of
    the first other item it names after the head (its end when none). Nothing when the item is not its
    sentence's subject; the walk ends at a sentence naming another item without a head, and with
    ``headings=False`` at a heading line too.
    """
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    head = cand.start  # the item may close a list opening the sentence ("A段、B段已基本完工")
    for c in reversed(spans.near(cands, s0, cand.start)):
        if c.name and c.end <= head and _LIST_JOIN_RE.fullmatch(work, c.end, head):
            head = c.start
    if _SENTENCE_SUBJECT_RE.fullmatch(_NEW_WORK_RE.sub("", work[s0:head].strip())) is None:
        return  # (a new work's attribute before its name is no lead-in: "据了解,新建X东起A、西至B")
    key = variant_key(cand.name)
    pos = s1
    for _ in range(_TOPIC_REACH):
        while pos < len(work) and work[pos] in "\n \t\u3000":
            pos += 1
        if pos >= len(work):
            return
        a, b = spans.sentence(work, pos, pos + 1)
        b = max(b, pos + 1)
        if not headings and _HEADING_LINE_RE.fullmatch(work, a, b):
            return  # a new heading: what follows is its own
        m = _TOPIC_HEAD_RE.match(work, a, b)
        other = [c for c in spans.near(cands, a, b) if c.name and not same_item(variant_key(c.name), key)]
        if m and not any(c.start < m.end() for c in other):  # (an item in a lead-in is the head's referent)
            yield a, b, m.end(), min((c.start for c in other), default=b)
        elif other:
            return
        pos = b


#: What closes a cue inside an attribute of another head ("接在建的A高速"): the cue is that head's.
_ATTRIBUTE_AFTER_RE = re.compile(r"中?的")


#: A start told with its date and no intent before it ("于2015年12月", not "计划于2025年"): a start told as done.
_DATED_START_RE = re.compile(r"(?<![将拟划定])于(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:正式)?$")


#: A heading line: a whole line of at most 30 characters that closes no sentence ("二、水运", "（三）加快项目建设").
_HEADING_LINE_RE = re.compile(r"[^\n。;；!！?？]{1,30}(?=\n|$)")


#: A sentence whose subject refers back to the item a report is about: after up to two short lead-in
#: clauses ("此前,记者也了解到,") and a year heading it ("2024年"), a demonstrative head ("该条高速",
#: "该工程", "此项目") or a bare 项目/工程 ("项目由…投资建设,工期4年,计划2026年建成通车").
_TOPIC_HEAD_RE = re.compile(
    r"\s*(?:[^,，。;；:：!！?？\n]{1,12}[,，:：]){0,2}\s*(?:(?:19|20)\d\d年(?:\d{1,2}月)?(?:底|末)?[,，]?)?\s*"
    r"(?:(?:该|此|这一?|上述)(?:条|座|个|段|批)?(?:项目|工程|路段|线路?|铁路|高铁|高速(?:公路)?|公路|大桥|桥梁?|隧道|枢纽|互通|机场|水库|港区?|码头)"
    r"|(?:项目|工程)(?![师院局部处])(?!建设(?:管理|单位|指挥部))(?!方面)(?!(?:主要)?负责人|经理)"
    # the pronoun carrying the report's subject on ("它一线串起…,预计2030年前全面建成"; not 它们, several)
    r"|它(?!们))"
)


#: What joins the items of a list: a separator, after a bracket note of the item before or a section
#: of it the detection left out ("X镇雄(甲界)至乙段、乙至丙段": the item before is X).
_LIST_JOIN_RE = re.compile(rf"(?:[^,，。;；!！?？{LIST_SEP}\n]{{0,20}}?段)?(?:[(（][^()（）,，。;；]{{0,20}}[)）])?\s*[{LIST_SEP}]\s*")


#: How many sentences after the item's own a report may go on about it.
_TOPIC_REACH = 6


#: The completions a referring sentence may date (those of :data:`geo.extract.year_words.DONE` that stand alone, a
#: work put to use among them: 启用, 投入运行, 开港, 并网).
_MILESTONE_RE = re.compile(r"建成|通车|完工|竣工|投用|投运|投产|开通|通航|通水|交工|启用|投入运行|开港|并网")


#: The attribute of a new work written right before its name: "新建X", "拟建X".
_NEW_WORK_RE = re.compile(r"(?:新建|拟建|规划建设)$")


def same_item(other: str, key: str) -> bool:
    """Return whether a name is the item's own or one of its parts' ("X" and "X赫章至六盘水段")."""
    return other.startswith(key) or key.startswith(other)


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


#: A sentence that refers back to an item and tells its route: its head (该项目, 该线, 此工程, 项目,
#: 线路, 其…) and, within the sentence's first clauses, where the line starts (起于, 起自, 起点, 始于).
_ROUTE_BACK_RE = re.compile(
    r"\s*(?:(?:该|此|这一?|上述)(?:条|座|个|段)?(?:项目|工程|路段|线路?|路线|铁路|高铁|高速(?:公路)?|公路|道路|通道|快速路|大道)"
    r"|项目|工程|线路|路线|全线|其)"
    r"[^。；;!！?？\n]{0,12}?(?:起于|起自|起点|始于)"
)


#: Where a route told after its start ends: 止于D镇, 终点位于D镇, 至D镇.
_ROUTE_END_RE = re.compile(r"止于|终于|终点|到达|抵达|至")
