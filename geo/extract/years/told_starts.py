"""A start told in a report of one year: done ("X正式开工建设", "本次新开工项目涵盖A、B") or to come ("将新开工A、B").

A start without a year of its own is of the report's year (:func:`told_start_years`, the last step of
:func:`geo.extract.years.mention.mention_years`): told as news of a fact, in the item's clause or before the list
it opens, or a list of two or more works a word of intent says will start. Not in a plan of several years, nor
in a review's sentence; a start told on a day named before ("当天") is of that day's year when the text writes it.
"""

from __future__ import annotations

import re

from geo.extract.patterns import Cand
from geo.extract.stages import spans
from geo.extract.years.annual import annual_frame
from geo.extract.years.facts import planned
from geo.extract.years.own import MILESTONE_RE, own_milestone
from geo.extract.years.scope import Found, Scope
from geo.model import Stage


def told_start_years(s: Scope, f: Found) -> None:
    """Read a start told in a report of one year, without a year of its own, as of the report's year.

    "X正式开工建设", "本次集中开工的项目包括A、B" in a report of 2022 (a start told as done); "铁路方面将新开工A、B等
    五个项目", "今年计划新开工的项目包括:A、B" in a report of 2020 (a list of works to start, as an annual plan's
    starts are). Not a year a plan of several years sets, nor a review's.
    """
    work, cand, s0, doc_year, period = s.work, s.cand, s.s0, s.doc_year, s.period
    if not (f.start is None and doc_year and (period is None or period[0] == period[1])):
        return
    begun = own_milestone(work, s.a, s.c_end, s.stage)
    if begun is None and s.stage is Stage.STARTING:
        # "本次集中开工的12个项目包括:A、B", "其他3座水库也正式开工建设,分别是:A、B": the start told before the list
        begun = _list_start(work, s0, min(s.a, s.lists.list_start(work, cand, s.cands)), s.cands)
    if (begun and begun.group("begin") and not planned(work, s0, begun.end())
            and _TOLD_START_RE.search(work, s0, min(s.b, begun.end() + 2))
            and annual_frame(work, s0, int(doc_year))):
        f.start, f.basis = _same_day_year(work, s0, begun.end(), int(doc_year)), f.basis or "relative"
    elif s.stage is Stage.STARTING and _starts_list(work, s0, cand) and annual_frame(work, s0, int(doc_year)):
        # "铁路方面将新开工A、B等五个项目", "今年计划新开工的项目包括:A、B" in a report of 2020: a list of the
        # works to start, with no year of its own, is of the report's year, as an annual plan's starts are
        f.start, f.basis = int(doc_year), f.basis or "relative"


#: The words opening a list of items after a start: "包括:", "分别为".
_LIST_OPENING_WORDS = r"(?:包括|分别是|分别为|涉及|涵盖)\s*[:：]?"
#: What opens a list of the items a start is told of: "本次集中开工的项目包括:", "正式开工建设,分别是:".
_LIST_OPEN_RE = re.compile(r"(?:[^。;；,，]{0,12}?|[,，]\s*)" + _LIST_OPENING_WORDS + r"\s*$")


def _last_milestone(work: str, lo: int, hi: int) -> re.Match[str] | None:
    """Return the last milestone (:data:`~geo.extract.years.own.MILESTONE_RE`) in ``work[lo:hi]``, or None."""
    last = None
    for last in MILESTONE_RE.finditer(work, lo, hi):
        pass
    return last


def _list_start(work: str, s0: int, first: int, cands: list[Cand]) -> re.Match[str] | None:
    """Return the start milestone of the clause opening the list whose first item starts at ``first``, in the sentence
    from ``s0``: its last milestone before the list, a start, followed by the words opening a list
    (:data:`_LIST_OPEN_RE`), no item named between."""
    last = _last_milestone(work, s0, first)
    if last is None or not last.group("begin") or any(last.end() <= c.start < first for c in spans.near(cands, last.end(), first)):
        return None
    return last if _LIST_OPEN_RE.search(work, last.end(), first) else None


#: A span of several years told in words: "三年内", "五年間", "今后几年".
_YEARS_SPAN_RE = re.compile(r"[两二三四五六七八九十\d]+\s*年[内內间間里裏]|(?:今后|未来|近)(?:几|[两三四五])年")


def _starts_list(work: str, s0: int, cand: Cand) -> bool:
    """Return whether a start to come (a word of intent right before it, :data:`_TO_START_RE`) opens the list of two or more names the item is one
    of, in the sentence from ``s0``: the list right after it ("将新开工A、B") or after the words opening a list
    ("计划新开工的项目包括:A、B", "即将开始建设,分别为A、B"), no clause nor milestone between."""
    begun = _last_milestone(work, s0, cand.start)
    if begun is None or not begun.group("begin") or not _TO_START_RE.search(work, max(s0, begun.start() - 6),
                                                                            begun.start()):
        return False  # a start told as done ("一季度新开工A、B") or bid ("加快推进…,开工建设A、B") is not a list to start
    if _YEARS_SPAN_RE.search(work, work.rfind("\n", 0, s0) + 1, begun.end()):
        return False  # "三年内,…;力争新开工A、B": the starts of a plan over several years
    opener = _LIST_OPENER_RE.match(work, begun.end(), cand.start)
    run = work[opener.end() if opener else begun.end():cand.start]
    if _ENUM_BREAK_RE.search(run):
        return False
    return "、" in run or _NEXT_ITEM_RE.match(work, cand.end) is not None


#: A start to come, right before the start: "将新开工", "即将开始建设", "计划新开工", "力争开工".
_TO_START_RE = re.compile(r"(?:将|即将|计划|拟|力争|争取|准备)\s*(?:新|全面)?\s*$")
#: The words opening a list after a start: "的项目包括:", ",分别为".
_LIST_OPENER_RE = re.compile(r"(?:[^。;；,，、]{0,12}?|[,，]\s*)" + _LIST_OPENING_WORDS)
#: What ends a run of names: a clause's or sentence's break.
_ENUM_BREAK_RE = re.compile(r"[,，;；。!！?？:：\n]")
#: Another name after the item in its run: "A(甲界)、B", "A三期工程、B".
_NEXT_ITEM_RE = re.compile(r"[^,，;；。、\n]{0,12}、")


#: A day told before the sentence, referred back to: "当天", "同日".
_SAME_DAY_RE = re.compile(r"当天|当日|同日|同一天")
#: A day written with its year, which "当天" may refer back to: "2021年12月31日", "2021年的最后一天" (not a year alone).
_WRITTEN_YEAR_RE = re.compile(r"((?:19|20)\d{2})年(?:\d{1,2}月\d{1,2}[日号]|的?最后一天|元旦|除夕)")
#: How far before the sentence the day referred back to is looked for (a report's few paragraphs).
_SAME_DAY_REACH = 600


def _same_day_year(work: str, s0: int, end: int, doc_year: int) -> int:
    """Return the year of a start told up to ``end`` in the sentence from ``s0``: the report's, unless the start is told
    on a day named before ("当天", "同日") and the text writes a day with its year shortly before the sentence, not after the report's
    ("2021年的最后一天,…。当天,…也正式开工建设" in a report of 2022-01-04)."""
    if _SAME_DAY_RE.search(work, s0, end) is None:
        return doc_year
    written = [int(m.group(1)) for m in _WRITTEN_YEAR_RE.finditer(work, max(0, s0 - _SAME_DAY_REACH), s0)]
    return written[-1] if written and written[-1] <= doc_year else doc_year


#: Words telling a start as news of a fact, not a task set ("正式开工", "集中开工", "开工仪式", "标志着…开工"), or
#: pointing at the occasion the report tells of ("本次新开工项目涵盖:A、B", "此次新开工的X"), or the start's
#: ceremony ("X破土动工", "X在某镇奠基", "X首桩开钻": an event held, as 举行 tells).
_TOLD_START_RE = re.compile(r"正式|集中|举行|仪式|标志|当天|今天|今日|近日|日前|开工了|动工了|本次|此次|破土|奠基|开钻")
