"""Windows of years: the document's plan period, a five-year plan a sentence names, a span of years.

Reads the document's title and opening lines (:func:`plan_period`: 十四五 → 2021–2025, an annual plan's
one year), a sentence's five-year plan (:func:`sentence_period`), a plan's end bound to the item's
completion (:func:`plan_end_year`) and a span of years in the item's clause (:func:`span_years`:
"2022—2025年实施X"). The document's period is a window kept on the mention, never a target; the others
hand on :class:`~geo.extract.year_words.Years`.
"""

from __future__ import annotations

import re

from geo.extract.year_words import AHEAD_WORDS, DONE, GAP, NO_YEARS, Years
from geo.model import five_year_plan

#: Plan periods: a five-year plan by number, or a written span of years.
_FIVE_YEAR = {"十二五": five_year_plan(12), "十三五": five_year_plan(13), "十四五": five_year_plan(14), "十五五": five_year_plan(15)}
_FIVE_YEAR_RE = re.compile("|".join(_FIVE_YEAR))
#: A span's first end may carry its month ("2023年3月—2025年12月", "2023.3-2025.12"); the second
#: end is closed by 年, its month, or a mark ending the number ("建设年限:2023-2025。", not "2023-2025米").
_SPAN_MONTH = r"(?:\s*年\s*(?:\d{1,2}\s*月份?)?|[.．/]\d{1,2}(?!\d))?"
_SPAN_RE = re.compile(
    rf"(?<![\d.])(20\d\d){_SPAN_MONTH}\s*[—\-–~～至到]\s*(20\d\d)(?:\s*年|[.．/]\d{{1,2}}(?!\d)|(?=[,，。;；、)）\]】\s]|$))"
)
#: A table cell of a span column: "2021-2025", "2023年3月—2025年12月", "2023.3-2025.12".
SPAN_CELL_RE = re.compile(rf"(20\d\d){_SPAN_MONTH}\s*[—\-–~～至到]\s*(20\d\d)")
#: A label of the works' span in running text: "建设年限:2022—2025年", "建设期为2022年至2025年".
SPAN_LABEL_RE = re.compile(
    r"(?:(?:建设|实施|起止|施工)(?:年限|期限|周期|时间|工期|期)|工期)\s*(?:为|是|[:：])?\s*(?=20\d\d)"
)

#: The title of an annual plan: "2022年交通运输工作安排", "2024年度重点项目计划", and of a
#: government's work report, delivered early in its year and setting that year's goals ("2023年政府工作报告").
_ANNUAL_RE = re.compile(
    r"(?<![\d—\-–~～至到])(20\d\d)年度?[^\n0-9]{0,24}?(?:工作安排|工作要点|工作计划|重点工作|重点任务|实施计划|建设计划|项目计划|重点项目|目标任务"
    r"|政府工作报告)"
)

#: A title reporting how a year's plan went, after its name: "…完成情况", "…进展情况", "…落实情况的报告", "…总结".
_REVIEW_TITLE_RE = re.compile(r"(?:完成|进展|推进|落实|执行|实施|开展)情况|总结|回顾|成效|盘点")

#: A year named as the benchmark of a comparison ("较2019年目标任务增长8%", "比2022年计划多"): another year's plan
#: the report measures against, not its own.
BENCHMARK_RE = re.compile(r"(?:较|比|相比|同比|超过|高于|低于)\s*$")

#: The title of a news report on one year's plan: "今年某省公路水路计划投资超800亿元", "2020年某省将实现…"
#: (a year ahead of the report's is a goal's, not the plan's: :func:`plan_period` compares it).
_ANNUAL_NEWS_RE = re.compile(
    r"(?:(?<![\d—\-–~～至到])(?P<year>20\d\d)年(?![\d—\-–~～至到底末])|(?P<rel>今年|本年度?))"
    r"[^\n。;；!！?？]{0,16}?(?:将|要|计划|确保|力争|争取|目标)"
)


def plan_period(text: str, *, year: int | None = None) -> tuple[int, int] | None:
    """Return the plan period a document covers, from its title and opening lines.

    "十四五" → (2021, 2025); "(2021—2025年)" → (2021, 2025); an annual plan's title
    ("2022年交通运输工作安排") → (2022, 2022); with the document's ``year``, a news report of that
    year's plan by its title ("今年某省公路水路计划投资超800亿元", "2020年某省将实现县县通高速")
    → (year, year). Only the first lines are read: a period named deep in the body is a clause's
    business, not the document's.
    """
    title = next((line for line in text.splitlines() if line.strip()), "")[:80]
    m = next((a for a in _ANNUAL_RE.finditer(title) if not BENCHMARK_RE.search(title, 0, a.start())), None)
    if m and not _REVIEW_TITLE_RE.search(title, m.end()):
        # (not a report on how the year's plan went: "2022年重点项目建设进展情况", "2022年重点工作完成情况")
        return int(m.group(1)), int(m.group(1))
    m = _ANNUAL_NEWS_RE.search(title)
    if m and year and (m.group("rel") or int(m.group("year")) == year):
        return year, year
    if year:
        # a headline set on several short lines ("好消息来啦!\n今年A、B等重大项目要建成"), or a lead saying
        # the report sets out the year's tasks ("部署2020年目标任务和重点工作") of the document's own year
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        heads = [ln for ln in lines[1:_HEADLINE_LINES] if len(ln) <= _HEADLINE_MAX and not _SENTENCE_MARK.search(ln)]
        m = next((h for h in map(_ANNUAL_NEWS_RE.search, heads) if h), None)
        if m and (m.group("rel") or int(m.group("year")) == year):
            return year, year
        lead = "\n".join(lines[:_HEADLINE_LINES * 2])[:_LEAD_REACH]
        m = _ANNUAL_LEAD_RE.search(lead)
        if m and int(m.group(1)) == year:
            return year, year
        # a report of the year's own work meeting ("记者从2024年全省交通运输工作会议上获悉", "2022年某区交通
        # 运输工作视频会议召开"): the meeting sets that year's tasks; a meeting of another year is a review's
        if any(int(m.group(1)) == year and _held(lead, m) for m in _WORK_MEETING_RE.finditer(lead)):
            return year, year
    # title lines only: a span in a sentence of the body is an item's, not the document's
    head = "\n".join(
        ln for ln in text.splitlines()[:5]
        if not _SENTENCE_MARK.search(ln) and len(_ROW_SPLIT.split(ln.strip())) < 3  # nor a table's row
    )[:400]
    m = _SPAN_RE.search(head)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if a < b <= a + 15:
            return a, b
    m = _FIVE_YEAR_RE.search(head)
    return _FIVE_YEAR[m.group()] if m else None


_SENTENCE_MARK = re.compile(r"[,，。;；]")
#: A headline may run over the first lines, each short and without a sentence's marks.
_HEADLINE_LINES = 5
_HEADLINE_MAX = 40
_LEAD_REACH = 400
#: A lead saying the report sets out one year's tasks: "部署2020年目标任务和重点工作", "安排2023年重点工作".
_ANNUAL_LEAD_RE = re.compile(
    r"(?:部署|安排|明确|谋划)(?<![\d—\-–~～至到])(20\d\d)年度?(?:的)?(?:目标任务|重点工作|工作任务|重点任务|主要任务)"
)
#: A year's work meeting of a sector or a government: "2024年全省交通运输工作会议", "2022年某区交通运输工作视频
#:会议", "2023年全市交通工作会" (not a meeting of another kind: 推进会, 座谈会, 发布会).
_WORK_MEETING_RE = re.compile(
    r"(?<![\d—\-–~～至到])(20\d\d)年度?[^\n。,，;；、]{0,20}?工作(?:视频|电视电话)?(?:会议|会(?!议))"
)
#: Words telling that the report is of the meeting itself: it is held (召开, 举行, 开幕) or the news comes from it
#: (获悉, 了解到, 消息), not a meeting a later report cites ("落实2024年全省交通运输工作会议部署").
_HELD_RE = re.compile(r"召开|举行|开幕|获悉|了解到|消息")


def _held(lead: str, m: re.Match[str]) -> bool:
    """Return whether the sentence of the meeting ``m`` in ``lead`` tells it held or reports from it."""
    s0 = max(lead.rfind(ch, 0, m.start()) for ch in "。!！?？\n") + 1
    ends = [i for i in (lead.find(ch, m.end()) for ch in "。!！?？\n") if i >= 0]
    return bool(_HELD_RE.search(lead, s0, min(ends, default=len(lead))))


#: Cells of a table row (a title line of three or more is a row, not a title).
_ROW_SPLIT = re.compile(r"[ \t\u3000]+")


def sentence_period(work: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the five-year plan a sentence names as its time ("“十四五”期间,建设X") as a window."""
    m = _FIVE_YEAR_TIME_RE.search(work, lo, hi)
    return _FIVE_YEAR[m.group(1)] if m else None


_FIVE_YEAR_TIME_RE = re.compile("(" + "|".join(_FIVE_YEAR) + r")[”\"]?(?:期间|时期|内|末)")
#: A five-year plan's end before a completion in the same clause: "力争十四五末建成通车", "“十四五”末前建成". Only
#: its end (末) is a deadline: "“十四五”期间建成", "“十三五”时期建成" put the completion somewhere in the plan's years,
#: which the tuning annotators date nowhere (8 lines of 4 documents: fresh26 zx_10, fresh32 xb_10, the timeline
#: probe b2_39; no reference line).
_FIVE_YEAR_DONE_RE = re.compile(
    "(" + "|".join(_FIVE_YEAR) + rf")[”\"]?末(?:前|以前|之前)?{GAP}(?:{DONE})"
)
#: A five-year plan's end heading the sentence: "到“十四五”末,", "力争十四五末前,".
_FIVE_YEAR_LEAD_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]+[、.．])?(?:预计|力争|计划|争取|确保|目标是?)?(?:到|至|在|于)?[“\"]?("
    + "|".join(_FIVE_YEAR) + r")[”\"]?末(?:前|以前|之前)?[,，]"
)


#: Words of intent binding a completion to a plan's end as a goal ("力争“十三五”末建成"), even when the plan has ended
#: by the document's year (not 推进 or 加快: "“十二五”期间,全力推进…,X基本建成" reviews the works).
_PLAN_INTENT_RE = re.compile(f"{AHEAD_WORDS}|确保|目标")


def plan_end_year(work: str, s0: int, a: int, hi: int, doc_year: int | None = None) -> Years:
    """Return the end of a five-year plan the item's own clause completes it by, as its target year.

    "X“十四五”末建成", "力争“十四五”末建成通车X" (in the item's clause ``work[a:hi]``; the
    sentence starts at ``s0``), or a plan's time heading the sentence ("到“十四五”末,建成X") with the completion in
    the item's clause. The plan as the document's window (basis ``plan_period``) is not this: here the
    clause binds the item's completion to the plan's end (issue #11, convention (ii)). A start in a plan's
    time gives no year, nor does a completion in it ("“十四五”期间建成X"): the plan does not say which of its
    years. A plan that ended before the document's ``doc_year`` ("“十二五”末,X基本建成" in a review of 2016) tells
    completions done, no target, unless a word of intent sets it as a goal ("力争“十三五”末建成").
    """
    m = _FIVE_YEAR_DONE_RE.search(work, a, hi)
    if m is None:
        lead = _FIVE_YEAR_LEAD_RE.match(work, s0, a)
        done = re.compile(DONE).search(work, a, hi) if lead else None
        if done is None:
            return NO_YEARS
        m = lead
    end = _FIVE_YEAR[m.group(1)][1]
    if doc_year is not None and end < doc_year and not _PLAN_INTENT_RE.search(work, s0, hi):
        return NO_YEARS  # a past plan's completions are reported facts (facts.reported: a year before the document's)
    return Years(end, None, "relative")


def span_years(work: str, lo: int, hi: int, period: tuple[int, int] | None) -> Years:
    """Return the start and target of a span of years in ``work[lo:hi]`` ("2022—2025年实施").

    A span equal to the document's plan period restates the plan's window: no years; nor does a span of
    年度 (an award's, an assessment's or a statistic's years: "荣获2017-2018年度大禹奖"), nor a span
    in the title of a plan the item is part of ("纳入《某市水安全保障规划(2021—2025年)》",
    "某城际铁路建设规划(2015-2020年)中的重大项目": :func:`in_plan_title`; a span opening a plan's name,
    "2021—2023年三年行动计划的重点项目"), nor a span of a statistic ("2019-2022年客流年均增长15%").
    """
    m = next((s for s in _SPAN_RE.finditer(work, lo, hi)
              if not in_plan_title(work, s.start()) and not work.startswith("度", s.end())
              and not _PLAN_AFTER_RE.match(work, s.end())), None)
    if m is None or _SPENT_RE.match(work, m.end()):
        return NO_YEARS  # "2021年至2023年已投资…": a span of money spent, not of the works
    a, b = int(m.group(1)), int(m.group(2))
    if not a < b <= a + _SPAN_MAX or (a, b) == period:
        return NO_YEARS
    return Years(b, a, "explicit")


#: A plan's name closing right before a bracket: "…建设规划(2015-2020年)", "…行动方案（2023—2025年）".
_PLAN_NAME_END_RE = re.compile(r"(?:规划|纲要|方案|计划|意见|要点|清单)\s*[(（]\s*$")
#: How far back a title's opening mark 《 is looked for.
_TITLE_REACH = 60


def in_plan_title(work: str, pos: int) -> bool:
    """Return whether ``pos`` lies in a document's title ("《…规划(2021—2025年)》") or in the bracketed
    period right after a plan's name ("…建设规划(2015-2020年)"): the plan's years, not an item's."""
    lo = max(0, pos - _TITLE_REACH)
    if work.rfind("《", lo, pos) > work.rfind("》", lo, pos):
        return True
    return _PLAN_NAME_END_RE.search(work, lo, pos) is not None


#: What a span of money spent or granted goes on with ("…年已投资", "…年累计完成投资", "…年下达资金"), and a span of
#: a statistic ("…年客流年均增长15%", "…年累计发送旅客", "…年新增就业"): the years of a measure, not of the works.
_SPENT_RE = re.compile(
    r"[,，]?(?:已|累计|共|先后|合计|年均|平均)?(?:完成|共)?(?:投资|投入|下达|安排|争取|拨付"
    r"|客流|客运量|货运量|吞吐量|旅客|运送|发送|接待|新增就业|增长|营收|产值)"
)

#: A span opening the name of a plan it dates ("2021—2023年三年行动计划的重点项目", "2023-2025年建设规划中"): the
#: plan's years, not an item's (not "2023—2025年计划建成X", where 计划 is a word of intent).
_PLAN_AFTER_RE = re.compile(
    r"\s*年?度?[\u4e00-\u9fff“”\"]{0,10}?(?:行动计划|行动方案|实施方案|工作方案|规划|纲要|计划)(?:的|中|里|[”》]|重点|项目|确定|明确|提出)"
)

#: A span of years heading a sentence: "2022—2025年,", "(一)2022—2025年,".
LEAD_SPAN_RE = re.compile(r"\s*(?:[(（]?[一二三四五六七八九十\d]+[、.．)）])?(?:在|于)?20\d\d\s*年?\s*[—\-–~～至到]\s*20\d\d\s*年[,，]")

#: A span of more years than this is a vision, not a project's timeline ("2021—2035年").
_SPAN_MAX = 8
