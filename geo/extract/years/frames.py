"""A year framing the item from outside its clause: heading its sentence, its paragraph or its list.

Reads the text before the item's clause: "到2025年,建成…" (:data:`LEAD_YEAR_RE`), a year running on
without a comma (:func:`open_lead`), 届时 referring back to a time named before (:func:`then_year`), a year
heading the paragraph (:func:`paragraph_year`) or a list's introducing line (:func:`intro_year`), and a
word of sequence putting the item after the year's event (:func:`moved_on`). Hands on a year and its basis;
which milestone it dates is :mod:`geo.extract.years.framed`'s and :mod:`geo.extract.years.list_years`' choice.
"""

from __future__ import annotations

import functools
import re

from geo.extract.patterns import SENTENCE_BREAK
from geo.extract.year_words import (
    AHEAD_WORDS,
    ATTRIBUTION,
    DONE,
    EXPLICIT_YEAR,
    RELATIVE_YEAR,
    START,
    sentence_start,
)
from geo.extract.years.relative import AHEAD_RE, lead_year

#: "到2025年," heading a goal paragraph; "2023年底前,", "明年," heading a sentence, maybe after a short attribution
#: ("报告指出,2023年,"), a hedge ("不出意外的话,"), a topic label ("南下:2017年,") or an enumerator ("一是2025年,");
#: a year and its month or day heading a news sentence ("2020年7月,", "去年6月,", "今年3月18日,").
LEAD_YEAR_RE = re.compile(
    # after a short attribution ("报告指出,2023年,某县将完成X建设", "会议明确:明年,…"), a hedge or a source ("不出意外
    # 的话,2021年,…", "据悉,明年,…", "按计划,2025年底前,…", "据市交通局有关负责人介绍,2023年,…"): the year is still
    # the sentence's
    rf"\s*(?:{ATTRIBUTION})?"
    # or after a short topic label and its colon ("南下:2017年,开通X", "水运方面:到2025年,…")
    r"\s*(?:[^,，。;；:：\n\d“”\"]{1,6}[:：])?"
    # or an enumerator ("一、", "2.", "一是", "其二,")
    r"\s*(?:[一二三四五六七八九十\d]+[、.．]|[一二三四五六七八九十]是|其[一二三四五六七八九十][,，]?)?(?:预计|力争|计划|争取|确保|有望|目标是?)?(?P<to>到|至|在|于)?(?:(?P<year>20\d\d)年|(?P<rel>今年|明年|后年|去年|年内|今日|今天|昨日|昨天|近日|日前))"
    r"(?:(?<=年)\d{1,2}月(?:份|\d{1,2}日)?)?(?:底|末|年底|年末|上半年|下半年|第?[一二三四]季度(?:末|底)?|年中)?(?:前|以前|之前|内)?"
    # set apart by a comma, or the time of the sentence's plan: "今年将开工建设A,建成B"
    r"(?:[,，]|(?=将|要|计划|拟))"
)

#: A year opening a sentence run on without a comma ("2023年除了这两条线路将通车之外,A、B也将开通"), maybe
#: inside a quotation: read by :func:`open_lead` only for an item whose own clause sets a milestone ahead.
_OPEN_LEAD_RE = re.compile(
    rf"\s*(?:{ATTRIBUTION})?\s*[“\"「『]?(?:预计|力争|计划|争取|确保)?(?P<to>到|至|在|于)?(?:(?P<year>20\d\d)年|(?P<rel>今年|明年|后年))"
    r"(?![\d—\-–~～至到底末以前内中初,，、])"
)
#: A milestone ahead in the item's own clause: "A、B等线路也将开通", "B预计建成通车".
_AHEAD_MILESTONE_RE = re.compile(rf"(?:{AHEAD_WORDS})[^,，。;；!！?？\n]{{0,6}}?(?:{START}|{DONE})")
#: A word of intent in the clause the year opens.
_INTENT_RE = re.compile(f"{AHEAD_WORDS}|要")


def open_lead(work: str, s0: int, a: int, c_end: int, doc_year: int | None) -> re.Match[str] | None:
    """Return the year opening the sentence at ``s0`` without a comma when it is the time of a later clause's
    milestone ahead (the item's clause ``work[a:c_end]``): "2023年除了A将通车之外,B、C等线路也将开通".

    The clause the year opens must look ahead too (a word of intent: "2023年A建成通车,B也将开通" dates A's
    opening, "2025年A全长80公里,B将建成" tells A's length), no other time word may stand before the item's
    milestone, and a year before the document's is no time of a milestone ahead.
    """
    m = _OPEN_LEAD_RE.match(work, s0, a)
    if m is None or a <= m.end() or not _AHEAD_MILESTONE_RE.search(work, a, c_end):
        return None
    if _TIME_WORD_RE.search(work, m.end(), c_end):
        return None
    year, _how = lead_year(m, doc_year)
    if year is None or (doc_year is not None and year < doc_year):
        return None
    cut = _CLAUSE_CUT_RE.search(work, m.end(), a)
    head = work[m.end() : cut.start() if cut else a]
    if not _INTENT_RE.search(head):
        return None  # "2023年A建成通车,B也将开通", "2025年A全长80公里,B将建成": the year is A's
    return m


_CLAUSE_CUT_RE = re.compile(r"[,，;；]")


#: "届时" (at that time) before the item, in its clause or closing the clause before ("届时,X将通车"): it
#: refers to the time named before it.
_THEN_RE = re.compile(r"届时[,，]?\s*[^,，。;；!！?？\n]{0,6}$")
#: A time named in running text: an explicit year, or one relative to the document's.
_TIME_RE = re.compile(rf"{EXPLICIT_YEAR}|{RELATIVE_YEAR}")


def then_year(work: str, s0: int, start: int, doc_year: int | None) -> tuple[int | None, str | None]:
    """Return the time "届时" right before the item (at ``start``; its sentence opens at ``s0``) refers back to:
    the last time named before it in the sentence (from ``s0``), or in the sentence before when 届时
    opens the sentence ("隧道预计今年9月贯通,届时X将全线通车", "力争2025年完成隧道施工。届时,X将建成
    通车"); (None, None) without 届时 or an earlier time.
    """
    m = _THEN_RE.search(work, s0, start)
    if m is None:
        return None, None
    if not work[s0 : m.start()].strip():
        s0 = sentence_start(work, 0, max(0, s0 - 1))  # 届时 opens the sentence: the time is the last one's
    last = None
    for t in _TIME_RE.finditer(work, s0, m.start()):
        last = t
    return lead_year(last, doc_year) if last else (None, None)


#: A clause opening with a word of sequence: its event comes after the one the sentence's lead year dates
#: ("2014年12月26日,A开通运营,之后又建成B、C"): the year is the first event's, not the later ones'.
_MOVED_ON_RE = re.compile(r"(?<=[,，;；])\s*(?:之后|此后|随后|其后|后来|而后|尔后)(?![的期])")


def moved_on(work: str, lo: int, a: int) -> bool:
    """Return whether a clause after a sentence's lead (ending at ``lo``), up to the item's clause opening at
    ``a``, opens with a word of sequence ("之后又建成X"): the lead's year dates an earlier event."""
    return any(m.start() <= a for m in _MOVED_ON_RE.finditer(work, max(0, lo - 1), a + 4))


#: A year heading a paragraph's sentence, after a short lead-in ("报告明确,2023年,某省将…"): it frames
#: the sentences after it in the paragraph. A day (今日, 近日) frames only its own sentence.
PARAGRAPH_LEAD_RE = re.compile(
    r"\s*(?:[^,，。;；:：\n\d]{1,8}[,，:：])?\s*(?:[一二三四五六七八九十\d]+[、.．])?(?:预计|力争|计划|争取|确保|目标是?)?"
    r"(?:到|至|在|于)?(?:(?P<year>20\d\d)年|(?P<rel>今年|明年|后年|去年|年内))(?:底|末|年底|年末)?(?:前|以前|之前|内)?"
    # the year set apart by a comma, or the subject-time of the paragraph's plan: "2018年将安排重点项目600个"
    r"(?:[,，]|(?=将|要|计划|拟))"
)
#: A sentence turning to what comes next: no longer in the paragraph's year.
_NEXT_STEP_RE = re.compile(r"\s*(?:下一步|接下来|下阶段|今后|未来|同时,?下一步)")
#: Any time word: a later one in the paragraph sets a frame of its own.
_TIME_WORD_RE = re.compile(r"(?:19|20)\d\d\s*年|今年|明年|后年|去年|前年|年内|年底|年末|上半年|下半年|今日|近日|\d{1,2}月")


@functools.lru_cache(maxsize=64)
def paragraph_year(work: str, s0: int, doc_year: int | None) -> tuple[int | None, str | None]:
    """Return the year heading the paragraph the sentence at ``s0`` belongs to, when it frames it.

    "报告明确,2023年,某省将加强基础设施建设。加快A建设。确保B建成通车。": a year heading the
    paragraph's first sentence frames its later sentences, as long as no other time word comes
    between (a paragraph naming 2027年 or 年底 later has moved on). A paragraph is a line.

    Kept per sentence: each mention of a sentence asks in turn, and the paragraph is read from its start
    (986 calls for 407 sentences in the 50-document ingest bench, issue 16).
    """
    ls = work.rfind("\n", 0, s0) + 1
    m = PARAGRAPH_LEAD_RE.match(work, ls, s0) if ls < s0 else None
    if m is None:
        m = _intro_line_lead(work, ls)
    if m is None:
        m = _plan_lead(work, ls, s0)
    carried = m is None
    if carried:
        m = _carried_lead(work, ls) if _plan_report_before(work, ls) else None
    if m is None or _TIME_WORD_RE.search(work, m.end(), s0) or _NEXT_STEP_RE.match(work, s0):
        return None, None
    year, how = lead_year(m, doc_year)
    end = SENTENCE_BREAK.search(work, s0)
    hi = end.start() if end else len(work)  # the end of the item's sentence
    if carried and (year is None or (doc_year is not None and year != doc_year) or _TOLD_RE.search(work, m.end(), hi)):
        return None, None  # a frame carried on is the report's own year's plan, told as tasks, not as facts
    if year and doc_year and year < doc_year and AHEAD_RE.search(work, s0, hi):
        return None, None  # a review of a past year, then a goal still ahead ("2022年,…。将加快建成X")
    return year, how


#: The end of a sentence, where the next may open with a year (:func:`_plan_lead`).
_SENTENCE_END_RE = re.compile(r"[。!！?？]")


def _plan_lead(work: str, lo: int, hi: int) -> re.Match[str] | None:
    """Return the last sentence of ``work[lo:hi]`` (one paragraph) that a year heads as the time of a plan.

    The lead may head a later sentence of the paragraph, after the news of the meeting or report it is from
    ("1月24日,…作政府工作报告。报告指出,2016年,某市将…。开工A,建成B。"): the sentence must announce the
    year's plan (将, 计划…); a statement of that year ("2024年,机场扩能。") is none.
    """
    m = None
    for stop in _SENTENCE_END_RE.finditer(work, lo, hi - 1):  # (the ends found in C, not one character at a time)
        k = stop.end()
        lead = PARAGRAPH_LEAD_RE.match(work, k, hi)
        end = SENTENCE_BREAK.search(work, k, hi) if lead else None
        m = lead if lead and AHEAD_RE.search(work, k, end.start() if end else hi) else m
    return m


#: A report setting out a year's plan (a government's or a sector's work report, a work meeting): only there is
#: a plan's year carried over paragraphs (elsewhere a line above frames nothing: tests/extract/years/test_timeline.py).
_PLAN_REPORT_RE = re.compile(r"政府工作报告|工作报告|工作会议|工作会")


def _plan_report_before(work: str, ls: int) -> bool:
    """Whether :data:`_PLAN_REPORT_RE` is written before the line starting at ``ls``.

    The first place of it in the text is found once per text (asked for each of its mentions, it searched
    the text from its start each time: 3 % of an ingest, issue 16); a name of it holds no line break, so
    it is before the line when it starts there.
    """
    first = _first_plan_report(work)
    return first is not None and first < ls


@functools.lru_cache(maxsize=8)
def _first_plan_report(work: str) -> int | None:
    m = _PLAN_REPORT_RE.search(work)
    return m.start() if m else None
#: How many paragraphs back a plan's year is carried: a report's plan runs over a few paragraphs.
_CARRY_REACH = 3
#: Words telling works as done or under way from before, not as the plan's tasks: a carried frame stops there.
_TOLD_RE = re.compile(
    r"去年|上年|过去|以来|已经|已于|已(?=建成|完成|通车|开通|竣工|投用|投运)|累计|目前|现已|先后"
    r"|(?:建成|完成|实现|开通)了|稳步推进|顺利推进|有序推进|取得"
)


def _carried_lead(work: str, ls: int) -> re.Match[str] | None:
    """Return the year heading a plan in one of the paragraphs before the line at ``ls``, carried over to it.

    Asked for a report of a year's plan only (:data:`_PLAN_REPORT_RE` before the line; the caller also wants
    the lead's year to be the document's). A report's plan runs over several paragraphs under one lead ("2023年,某市将…。\n另一方面,…。加快A建设,
    建成B。"): the paragraphs between, up to :data:`_CARRY_REACH`, must be sentences of the plan (no heading or
    caption line), name no time word of their own (a later year sets its own frame) and tell nothing as done
    (:data:`_TOLD_RE`, checked by the caller from the lead to the item's sentence).
    """
    pos = ls
    for _ in range(_CARRY_REACH):
        if pos <= 1:
            return None
        ps = work.rfind("\n", 0, pos - 1) + 1
        line_end = pos - 1
        pos = ps
        if not work[ps:line_end].strip():
            continue
        if not SENTENCE_BREAK.search(work, ps, line_end):
            return None  # a heading or caption ends the plan's paragraphs
        lead = PARAGRAPH_LEAD_RE.match(work, ps, line_end)
        if lead is not None:
            end = SENTENCE_BREAK.search(work, ps, line_end)
            return lead if AHEAD_RE.search(work, ps, end.start() if end else line_end) else None
        lead = _plan_lead(work, ps, line_end)
        if lead is not None:
            return lead
        if _TIME_WORD_RE.search(work, ps, line_end):
            return None
    return None


#: A line introducing a list by its year as its time: "2024年重点工作:", "(二)今年主要任务:".
_INTRO_YEAR_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])?\s*"
    r"(?:(?P<year>20\d\d)年度?|(?P<rel>今年|明年|本年度?|全年))(?![\d—\-–~～至到底末以])"
)


def intro_year(work: str, lo: int, hi: int, doc_year: int | None) -> tuple[int | None, str | None]:
    """Return the year a list's introducing line ``work[lo:hi]`` opens with as its time, else (None, None).

    "2024年重点工作:\n1.建成A。\n2.开工建设B。": the line names no milestone itself, but its year is
    the time of the lines under it; a line naming a second time word ("2024年对比2023年") gives none.
    """
    m = _INTRO_YEAR_RE.match(work, lo, hi)
    if m is None or _TIME_WORD_RE.search(work, m.end(), hi):
        return None, None
    return lead_year(m, doc_year)


def _intro_line_lead(work: str, ls: int) -> re.Match[str] | None:
    """Return the year lead of the line above the paragraph at ``ls`` when that line introduces it.

    "具体来看,2024年将从七个方面推进:\n进一步完善基础设施。建成X。": a line opening with a year and
    ending with a colon frames the paragraph under it.
    """
    head = work[:ls].rstrip()
    if not head.endswith((":", "：")):
        return None
    ps = head.rfind("\n") + 1
    m = PARAGRAPH_LEAD_RE.match(work, ps, len(head))
    return m if m and not _TIME_WORD_RE.search(work, m.end(), len(head)) else None


#: A goal heading the sentence as the frame of the item's clause: "按照2025年建成通车的目标,X正加快推进", "围绕年底
#: 通车目标,X…", "以2026年建成投用为目标,X…". Only adverbs between the year and its milestone (the goal of another
#: item named there, "按照2025年Y建成的目标,", is not this item's).
_GOAL_FRAME_RE = re.compile(
    rf"\s*(?:{ATTRIBUTION})?\s*(?:按照|按|围绕|紧扣|紧盯|对标|锚定|瞄准|朝着?|向着?|以)\s*"
    rf"(?P<goal>(?:{EXPLICIT_YEAR}|{RELATIVE_YEAR})(?:实现|全线|全面|正式|顺利|基本|如期)*(?:{START}|{DONE})+)"
    r"(?:(?:的)?(?:总体|建设)?(?:目标|节点目标|时间节点|目标任务)(?:要求)?|为(?:目标|节点目标))[,，]\s*"
)


def goal_frame(work: str, s0: int, a: int) -> tuple[int, int] | None:
    """Return the span of the dated goal framing the item's clause starting at ``a`` when it heads the sentence
    at ``s0`` and ends right before the clause ("按照2025年建成通车的目标,X正加快推进"); None otherwise."""
    m = _GOAL_FRAME_RE.fullmatch(work, s0, a)
    return (m.start("goal"), m.end("goal")) if m else None
