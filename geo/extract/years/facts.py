"""A completion told as a fact or set as a goal: only goals are target years (issue #11).

Reads the sentence around a dated completion against the document's date ("X已于2021年建成通车" in a report
of 2023, "今日零时,X建成通车", "预计2025年建成"); hands on :func:`reported` (a fact: no target),
:func:`planned` (a word of intent before it), :func:`on_report_day`, :func:`dated_past` and
:func:`as_soon_as` to the milestone readers and the steps of :mod:`geo.extract.years.mention`.
"""

from __future__ import annotations

import datetime as dt
import re

from geo.extract.patterns import SENTENCE_BREAK
from geo.extract.years.relative import DATELINE_REACH, EVENT_DATE_RE

#: Words of a goal still ahead in a sentence up to its milestone: the completion is planned, not reported.
_GOAL_RE = re.compile(r"将|预计|计划|有望|可望|力争|争取|确保|拟|目标|冲刺|预期|推动|推进|加快|力促|届时|之后|以后")
#: A deadline bound to the year ("2023年底前", "年内"): a goal, whatever the tense; not 日前 (the other day)
#: nor 目前 (now), which tell a fact.
_DEADLINE_RE = re.compile(r"(?<![日目])前|年内")
#: Marks of a completion told as done in its own clause: "已于2021年12月建成通车", "顺利投用".
_DONE_MARK_RE = re.compile(r"已|业已|顺利|相继|先后|胜利")
#: The meaning of an event told after it in its sentence: "…,标志着X接入了高铁网".
_MARKS_RE = re.compile(r"标志着|标志(?![性物牌])")
#: A milestone closed by the perfective 了 ("今年建成通车了A、B", "X已开通了"): a fact told, not a goal.
_PERFECTIVE_RE = re.compile(r"(?:通车|运营|投用|投运|通航|使用|贯通|建设)?了(?![解却结])")
#: A year a goal is set for: "到2025年", "至2030年" (not "截至2023年", a count up to a past day).
_BY_YEAR_RE = re.compile(r"(?<!截)(?:到|至)\s*(?:19|20)\d\d\s*年")
#: The start of a span of years told before its end ("自1993年启动建设,至2000年正式投产", "从1994年建成A,到2010年建成B"):
#: the end then closes a history, not a goal.
_SPAN_FROM_RE = re.compile(r"(?:自|从)\s*(?:19|20)\d\d\s*年")
#: Days of the report itself and years before it: a milestone on them is news of a fact.
_REPORT_DAYS = frozenset({"今日", "今天", "昨日", "昨天", "近日", "日前", "去年", "前年"})


def on_report_day(work: str, s0: int, pos: int, rel: str | None, doc_year: int | None) -> bool:
    """Return whether a milestone dated by ``rel`` (at ``pos``; its sentence opens at ``s0``) falls on the report's
    own day: 今天/今日, or a month and day equal to the document's date or to the dateline opening the sentence
    ("10月20日,记者获悉,X将于10月20日下午两点正式通车"). Not a deadline ("10月20日前").
    """
    if rel is None or rel.endswith("前"):
        return False
    if rel.startswith(("今天", "今日")):
        return True
    m = _MONTH_DAY_RE.match(rel)
    if m is None:
        return False
    day = (int(m.group(1)), int(m.group(2)))
    if day == (getattr(doc_year, "month", None), getattr(doc_year, "day", None)):
        return True
    line = EVENT_DATE_RE.search(work, s0, pos)
    return (line is not None and line.start() - s0 <= DATELINE_REACH
            and (int(line.group("month")), int(line.group("day"))) == day)


def reported(work: str, s0: int, pos: int, end: int, year: int, doc_year: int | None,
             *, rel: str | None = None) -> bool:
    """Return whether the completion at ``work[pos:end]`` (its sentence starting at ``s0``) is reported done.

    A completion the text tells as a fact is no target (the gold convention of the tuning splits,
    issue #11: target years are goals): "X已于2021年12月建成通车" (a document of 2023), "2024年,A、B开通
    运营" (a report of 2025 reviewing its last year), "今日零时,X建成通车", "去年6月,X开通运营",
    "于2020年12月31日顺利建成通车", "2022年4月14日首运通车" dated on or before the report's own day, and an opening on the
    report's own day even announced ("X将于今天下午通车": :func:`on_report_day`), and any completion dated
    without a word of intent, a deadline or "到…年" in a text that gives no year of its own ("2022年,X建成投运":
    the year cannot be told ahead of the present). It is a goal when a word of intent or a deadline stands before it
    in its sentence ("预计", "将于", "力争", "2023年底前", "年内"), or when its year is the report's own
    and nothing tells it done ("2024年,X建成通车" in a plan of 2024).
    """
    if on_report_day(work, s0, pos, rel, doc_year):
        return True  # "今天下午2点X将正式通车", "10月20日,…X将于10月20日下午通车": news of the day's event
    if _done_in_own_clause(work, s0, pos, end, year, doc_year, rel):
        return True  # "B正在加快建设,A于3月建成通车": the word of intent is another work's clause
    if _GOAL_RE.search(work, s0, end) or _DEADLINE_RE.search(work, pos, end):
        return False
    if rel in _REPORT_DAYS or (doc_year is not None and year < doc_year) or _PERFECTIVE_RE.match(work, end):
        return True
    if doc_year is None and rel is None and not _by_year(work, s0, end):
        # a text that gives no year of its own cannot tell a year ahead from one past: a completion it dates
        # without a word of intent, a deadline or "到2025年" ("2022年,X建成投运", "1972年通航") is told as a fact
        return True
    # the event's meaning told after it ("今年6月20日,X全线通车运行,标志着…全面接入了…"): news of a fact,
    # whatever the report's date (a goal has its word of intent before the milestone, read above)
    stop = SENTENCE_BREAK.search(work, end)
    if _MARKS_RE.search(work, end, stop.start() if stop else len(work)):
        return True
    if year == doc_year and _told_as_cause(work, s0, pos, end, stop.start() if stop else len(work)):
        return True  # "随着今年X投运,全县形成…": the state it brought, told as now
    if rel and year == doc_year and _day_passed(rel, doc_year):
        return True  # "于9月15日0时全线通车" in a report of 15 September: the day has come
    if _full_day_passed(work, pos, end, doc_year):
        return True  # "2023年6月19日获得开通电报" in a report of 1 August 2023: a day the report has reached
    if _month_passed(work, pos, end, doc_year):
        return True  # "X2023年4月开通运营后,…" in a report of June 2023: a month wholly past
    if _this_year_month_passed(work, pos, end, doc_year):
        return True  # "X于今年3月建成通车" in a report of June: a month of the report's own year already past
    return (doc_year is None or year == doc_year) and _DONE_MARK_RE.search(work, _clause_start(work, s0, pos), end) is not None


def _clause_start(work: str, s0: int, pos: int) -> int:
    """Return where the clause holding ``pos`` opens in its sentence from ``s0``: after the last comma or semicolon."""
    cut = max(work.rfind(ch, s0, pos) for ch in ",，;；")
    return cut + 1 if cut >= 0 else s0


#: A completion told as the cause of what follows it in its sentence: "随着今年X投运,…", "随着X的建成通车,…".
_AS_CAUSE_RE = re.compile(r"随着")
#: Words of a time ahead in what follows a cause: "随着今年X投运,全县将形成…" tells a goal's consequence.
_AHEAD_AFTER_RE = re.compile(r"将|会|有望|可望|预计|届时|必将")
#: The year of the report dating the cause in its own clause: "随着今年X投运", "随着2023年X建成".
_CAUSE_YEAR_RE = re.compile(r"今年|本年|(?:19|20)\d\d\s*年")
#: A part of the year in the cause's clause ("随着年底X投运", "随着12月X建成"): it may lie ahead of the report.
_PART_OF_YEAR_RE = re.compile(r"\d{1,2}\s*月|年底|年末|下半年|季度")


def _told_as_cause(work: str, s0: int, pos: int, end: int, hi: int) -> bool:
    """Return whether the completion ending at ``end`` is told as the cause of a state after it, up to ``hi`` (its
    sentence's end), with no word of a time ahead there: "随着今年X投运,全县形成以Y为中心的电网结构" (a report of the
    works done). The cause's own clause dates it by the report's year (not a date heading the sentence before it,
    "2025年12月30日,随着首批车辆驶入新通车的X,…", read by the readers of dated news), and not by a part of the year
    ("随着年底X投运,…": perhaps ahead). The cause's clause is the one the completion (at ``pos``) stands in; its
    sentence opens at ``s0``.
    """
    a = _clause_start(work, s0, pos)
    cause = _AS_CAUSE_RE.search(work, a, end)
    return (cause is not None and _CAUSE_YEAR_RE.search(work, cause.end(), end) is not None
            and _PART_OF_YEAR_RE.search(work, cause.end(), end) is None
            and _AHEAD_AFTER_RE.search(work, end, hi) is None)


def _done_in_own_clause(work: str, s0: int, pos: int, end: int, year: int, doc_year: int | None, rel: str | None) -> bool:
    """Return whether the completion at ``work[pos:end]`` is told done by its own clause, a word of intent standing
    only in an earlier clause of the sentence (another work's: "B正在加快建设,A于3月建成通车" in a report of April).

    Done: marked 已 ("…,A港扩能工程已于今年8月完工"), or dated before the report, its year ("…,与2021年通车的A相接"
    in a report of 2024) or a month or day of the report's year it has reached. Not when the clause has a word of
    intent or a deadline of its own ("…,力争今年3月建成").
    """
    a = _clause_start(work, s0, pos)
    if a == s0 or _GOAL_RE.search(work, a, end) or _DEADLINE_RE.search(work, pos, end):
        return False  # (a word of intent in the clause itself, or none before it in the sentence: read below)
    if _ALREADY_RE.search(work, a, pos):
        return True
    if doc_year is None:
        return False
    if year < doc_year:
        return True
    return (bool(rel) and year == doc_year and _day_passed(rel, doc_year)) or _full_day_passed(
        work, pos, end, doc_year) or _month_passed(work, pos, end, doc_year) or _this_year_month_passed(
        work, pos, end, doc_year)


#: Told done, right before the completion's time in its clause: "已于2021年建成", "业已于…投用".
_ALREADY_RE = re.compile(r"(?:已|业已)(?:经)?\s*(?:于|在)?\s*$")


def _by_year(work: str, s0: int, end: int) -> bool:
    """Return whether a goal's "到/至 Y年" stands in ``work[s0:end]``, not the end of a span whose start is told before it.

    "到2025年建成" is a deadline; "自1993年启动建设,至2000年正式投产" is a history told from its start to its end. Sure
    only as far as the words go: a goal span has its word of intent ("计划从2021年…到2025年建成"), read before this.
    """
    return any(not _SPAN_FROM_RE.search(work, s0, m.start()) for m in _BY_YEAR_RE.finditer(work, s0, end))


#: The month and day of a sentence's lead ("2024年11月1日,", "今年6月,").
_LEAD_DAY_RE = re.compile(r"(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?")


def dated_past(m: re.Match[str], year: int, date: dt.date | None) -> bool:
    """Return whether a sentence's lead ``m`` (of ``year``) dates a day or month the document's ``date``
    has reached: "2024年11月1日,X建成通车" in a report of 4 November 2024 tells a fact, not a goal.

    A lead of a year alone ("2024年,X建成通车") says nothing of the day; neither does a document
    without a date.
    """
    d = _LEAD_DAY_RE.search(m.group())
    if date is None or d is None:
        return False
    month = int(d.group("month"))
    if not 1 <= month <= 12:
        return False
    if d.group("day"):
        return (year, month, int(d.group("day"))) <= (date.year, date.month, date.day)
    return (year, month) < (date.year, date.month)


_MONTH_DAY_RE = re.compile(r"(\d{1,2})月(\d{1,2})日")
#: A full date: "2022年4月14日".
_FULL_DAY_RE = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")


def _full_day_passed(work: str, pos: int, end: int, doc_year: int | None) -> bool:
    """Return whether the first full date in ``work[pos:end]`` is on or before the document's date (carried by a
    :class:`~geo.extract.years.relative.DocYear`): "于2020年11月动工,2022年4月14日首运通车" in a report of 14 April 2022 tells a fact.
    False without a full date, or without the document's month and day."""
    m = _FULL_DAY_RE.search(work, pos, end)
    month, day = getattr(doc_year, "month", None), getattr(doc_year, "day", None)
    if m is None or month is None or day is None:
        return False
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) <= (int(doc_year), month, day)


#: A year and month without a day ("2023年4月", "2023年4月底", "2023年4月份").
_YEAR_MONTH_RE = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(?!\d)")


def _month_passed(work: str, pos: int, end: int, doc_year: int | None) -> bool:
    """Return whether the first year and month in ``work[pos:end]`` (no day) lies wholly before the document's month
    (carried by a :class:`~geo.extract.years.relative.DocYear`): "X2023年4月开通运营后" in a report of June 2023
    tells a fact. False without a year and month, or without the document's month."""
    m = _YEAR_MONTH_RE.search(work, pos, end)
    month = getattr(doc_year, "month", None)
    if m is None or month is None:
        return False
    return (int(m.group(1)), int(m.group(2))) < (int(doc_year), month)


#: A month (and day) of the report's own year named with 今年 or 本年: "今年3月", "今年3月底", "今年1月18日".
_THIS_YEAR_MONTH_RE = re.compile(r"(?:今年|本年)(\d{1,2})月(?:(\d{1,2})日|底|末|份)?")


def _this_year_month_passed(work: str, pos: int, end: int, doc_year: int | None) -> bool:
    """Return whether the first "今年N月" in ``work[pos:end]`` lies before the document's date (carried by a
    :class:`~geo.extract.years.relative.DocYear`): a month wholly before the document's, or a day on or before it.
    "X于今年3月建成通车" in a report of June tells a fact, as "X于2023年3月建成通车" does. False without such a month,
    or without the document's month."""
    m = _THIS_YEAR_MONTH_RE.search(work, pos, end)
    month, day = getattr(doc_year, "month", None), getattr(doc_year, "day", None)
    if m is None or month is None:
        return False
    if m.group(2) and day is not None:
        return (int(m.group(1)), int(m.group(2))) <= (month, day)
    return int(m.group(1)) < month


def _day_passed(rel: str, doc_year: int) -> bool:
    """Return whether a month and day without a year (``rel``: "9月15日") is on or before the document's
    date (carried by a :class:`~geo.extract.years.relative.DocYear`), or a month alone ("4月底") lies
    wholly before its month; False when the document's date has no day."""
    m = _MONTH_DAY_RE.match(rel)
    month, day = getattr(doc_year, "month", None), getattr(doc_year, "day", None)
    if month is None or day is None:
        return False
    if m is None:
        # a month alone ("4月底", "4月份"): passed when the whole month lies before the document's
        alone = _MONTH_ALONE_RE.fullmatch(rel)
        return alone is not None and int(alone.group(1)) < month
    return (int(m.group(1)), int(m.group(2))) <= (month, day)


#: A month without a day, its end or its whole ("4月底", "4月末", "4月份", "4月"), a deadline word not among them.
_MONTH_ALONE_RE = re.compile(r"(\d{1,2})月(?:底|末|份)?")


#: A milestone wished "as soon as possible" ("确保工程早日建成投用", "尽快实现通车"): it names no time.
_ASAP_RE = re.compile(r"(?:早日|尽早|尽快|及早)[^,，。;；]{0,4}$")


def as_soon_as(work: str, pos: int) -> bool:
    """Return whether the milestone at ``pos`` is wished as soon as possible ("早日建成"), naming no time:
    a date the sentence opens with dates the news around it, not this milestone."""
    return _ASAP_RE.search(work, max(0, pos - 8), pos) is not None


def planned(work: str, s0: int, end: int) -> bool:
    """Return whether a word of intent stands in the sentence from ``s0`` up to a milestone ending at ``end``."""
    return _GOAL_RE.search(work, s0, end) is not None
