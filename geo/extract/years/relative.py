"""The document's own year, and the years read against it: 今年, 明年, 年底, a month and day without a year.

Reads the document's date or year (``DocumentMeta``; :func:`doc_year`) and a match with a ``year`` or a
``rel`` group (:func:`lead_year`); hands on :class:`DocYear` (the year, with the date's month and day), how
far ahead a relative word falls (:func:`ahead`) and the year of an event dated by month and day
(:func:`event_year`, :func:`day_ahead`) or by part of a month (:func:`month_part_year`).
"""

from __future__ import annotations

import datetime as dt
import re

from geo.extract.patterns import SENTENCE_BREAK

#: "12月26日," or "10月1日" opening a news sentence: an event date without its year.
EVENT_DATE_RE = re.compile(r"(?<![\d年])(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
#: A part of a month opening a news sentence: "9月下旬,X开工", "3月中旬,…开工建设", "5月初,…" (not "5月底前", a deadline).
MONTH_PART_RE = re.compile(r"(?<![\d年])(?P<month>\d{1,2})月(?P<part>上旬|中旬|下旬|初|底|末)(?![前\d])")
#: The first day of a part of a month, compared with the report's day.
_PART_FIRST_DAY = {"上旬": 1, "初": 1, "中旬": 11, "下旬": 21, "底": 21, "末": 21}
#: How many years ahead of the document's a relative year is.
#: (public: the table reader in :mod:`geo.extract.years.tables` reads relative cells with it)
AHEAD = {"明年": 1, "后年": 2, "去年": -1, "前年": -2}
#: A full date earlier in the sentence gives its year to a later month and day ("2021年7月6日…,10月1日…").
_FULL_DATE_RE = re.compile(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日")
#: Words telling that a dated milestone is still ahead ("12月26日将建成通车").
AHEAD_RE = re.compile(r"将|预计|计划|有望|力争|争取|确保|拟")


def lead_year(m: re.Match[str], doc_year: int | None) -> tuple[int | None, str | None]:
    """Return the year and basis of a match with a ``year`` or a ``rel`` group (:data:`~geo.extract.years.frames.LEAD_YEAR_RE`,
    :data:`~geo.extract.year_words.YEAR_MILESTONE_RE`…; relative ones need ``doc_year``)."""
    if m.group("year"):
        return int(m.group("year")), "explicit"
    if doc_year is None:
        return None, None
    return int(doc_year + ahead(m.group("rel"), doc_year)), "relative"


def event_year(
    work: str, s0: int, pos: int, doc_year: int | None, *, clause: int | None = None, date: dt.date | None = None,
) -> int | None:
    """Return the year of an event dated by month and day: "12月26日,X建成通车", "…,10月1日X通车".

    The month and day opens the sentence, or stands right before the item in its own clause
    (``clause`` is that clause's start). Its year is that of a full date earlier in the sentence
    ("2021年7月6日A开工,10月1日B通车"), else the document's: a day after the document's own
    ``date`` in a past report was last year's ("10月1日X通车" reported on 18 March).
    """
    m = EVENT_DATE_RE.search(work, s0, pos)
    if not (m and m.start() - s0 <= DATELINE_REACH):
        m = None
        if clause is not None:
            m = next((d for d in EVENT_DATE_RE.finditer(work, clause, pos) if pos - d.end() <= 2), None)
    if m is None:
        return None
    return _dated_year(work, s0, pos, m, int(m.group("day")), doc_year, date)


def month_part_year(
    work: str, s0: int, pos: int, m: re.Match[str], doc_year: int | None, *, date: dt.date | None = None,
) -> int | None:
    """Return the year of an event before ``pos`` dated by the part of a month ``m`` (:data:`MONTH_PART_RE`) in its
    sentence from ``s0``: "9月下旬,X开工", "3月中旬,…开工建设". Read as a day is (:func:`event_year`), the part's
    first day against the report's."""
    return _dated_year(work, s0, pos, m, _PART_FIRST_DAY[m.group("part")], doc_year, date)


def _dated_year(
    work: str, s0: int, pos: int, m: re.Match[str], day: int, doc_year: int | None, date: dt.date | None,
) -> int | None:
    """Return the year of the month (``m``'s ``month`` group) and ``day`` dating an event before ``pos`` in the
    sentence from ``s0``: a full date's earlier in the sentence, else the document's, last year's for a day after the
    report's ``date`` told without a word of intent."""
    full = _FULL_DATE_RE.findall(work, s0, m.start())
    if full:
        return int(full[-1])
    if doc_year is None:
        return None
    later = date is not None and (int(m.group("month")), day) > (date.month, date.day)
    end = SENTENCE_BREAK.search(work, pos)
    # a word of intent after the date, or before it in its own clause ("预计12月26日,X建成通车")
    clause = max((work.rfind(c, s0, m.start()) for c in _CLAUSE_MARKS), default=-1) + 1 or s0
    if later and not AHEAD_RE.search(work, max(s0, clause), end.start() if end else len(work)):
        return doc_year - 1
    return doc_year


#: Marks ending a clause: a word of intent before a date counts from the last of them.
_CLAUSE_MARKS = ",，;；:："


def day_ahead(work: str, s0: int, pos: int, date: dt.date | None) -> bool:
    """Return whether the last month and day before ``pos`` in its sentence (from ``s0``) falls in the days
    right after the report's ``date``: "10月27日,…消息称,10月28日上午10时,X正式开放通行" announces the
    opening. A day further off without a word of intent is last year's (:func:`event_year`); a full date
    earlier in the sentence gives the day a year of its own.
    """
    if date is None:
        return False
    days = list(EVENT_DATE_RE.finditer(work, s0, pos))
    if not days or _FULL_DATE_RE.search(work, s0, days[-1].start()):
        return False
    try:
        day = dt.date(date.year, int(days[-1].group("month")), int(days[-1].group("day")))
    except ValueError:
        return False
    return 0 < (day - date).days <= _AHEAD_DAYS


#: How many days after a report a date it names without a year is still taken as ahead (an announcement).
_AHEAD_DAYS = 31
#: How far into a sentence its event date may start ("据某报消息 12月26日,…").
DATELINE_REACH = 12


class DocYear(int):
    """The year relative words are read against, with the month and day of the document's date when it has
    one: a month ahead (下月) of a December document falls in the next year, and a day of the year the
    report has reached ("于9月15日0时全线通车" in a report of 15 September) is past."""

    month: int | None
    day: int | None

    def __new__(cls, year: int, month: int | None = None, day: int | None = None) -> DocYear:
        obj = super().__new__(cls, year)
        obj.month = month
        obj.day = day
        return obj


def ahead(rel: str | None, doc_year: int) -> int:
    """Return how many years after ``doc_year`` a relative word falls (明年 1, 去年 -1; 下月 of December 1,
    春节前 after February 1)."""
    n = AHEAD.get(rel or "", 0)
    month = getattr(doc_year, "month", None)
    if rel and rel.startswith("下") and rel.endswith("月") and month == 12:
        n += 1
    if rel and rel.startswith("春节") and month is not None and month >= 3:
        n += 1  # the Spring Festival falls in January or February: after it, the next one is next year's
    return n


def doc_year(date: dt.date | None, period: tuple[int, int] | None = None, *, year: int | None = None) -> int | None:
    """Return the year relative years are read against: the document date's, else the document's
    ``year`` without a full date (``DocumentMeta.year``: its number, title, meeting or file name), else
    an annual plan's.

    An undated "2022年重点任务清单" says 年内 and 年底 of 2022; a plan of several years
    ("十四五") gives no such year, and neither does an undated news report with no year of its own.
    """
    if date:
        return DocYear(date.year, date.month, date.day)
    if year:
        return year
    return period[0] if period and period[0] == period[1] else None
