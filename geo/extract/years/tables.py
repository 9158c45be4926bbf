"""Read the years and lead unit a table row gives an item, from its columns however worded.

A row is a line of cells split by spaces or pipes; its header is the nearest line above it naming a
deadline (完成时限, 计划竣工年份, 通车时间 …), start (开工时间 …), span (建设年限 …), year's goal
(2024年建设目标, 年度目标: a cell "建成通车" or "年底前开工" is that year's) or lead (牵头单位 …) column (issue 11
item 3). Hands on the row's :class:`~geo.extract.year_words.Years` and lead unit to
:mod:`geo.extract.years.outside` and :func:`geo.extract.clauses.read_mention`.
"""

from __future__ import annotations

import re

from geo.extract.stages import list_headings
from geo.extract.year_words import NO_YEARS, Years
from geo.extract.years.periods import SPAN_CELL_RE
from geo.extract.years.relative import ahead

#: Header words of a table column giving a deadline or a start.
_DEADLINE_COL = re.compile(r"(?:完成|建成|完工|竣工|投用|投运|通车)(?:时限|时间|年份|年度|年限|日期)|计划完成|时间节点")
_START_COL = re.compile(r"开工(?:时间|年份|年度|日期)|计划开工")
_LEAD_COL = re.compile(r"牵头单位|牵头部门|责任单位|责任部门")
#: A column giving the span of the works: "建设年限 2021-2025", "起止年限 2022—2024年".
_SPAN_COL = re.compile(r"建设年限|起止年限|建设期限|实施年限|建设起止|起止时间|建设周期|实施期限")
#: A column of the year's goal for each row: "2024年建设目标", "2024年度目标任务", "年度目标" (the document's
#: year); not a column of money ("2024年计划投资").
_GOAL_COL = re.compile(r"(?:(?P<year>20\d\d)\s*年度?|年度)(?:建设|工作)?(?:目标|任务|计划|形象进度)(?!投资|资金|金额)")
#: A goal cell saying the works end or start, maybe after a word of intent and a time of the year
#: ("建成通车", "力争年底前全线通车", "6月底开工"); a part's or an amount's completion (主体完工, 完成投资) is not.
_GOAL_TIME = r"(?:力争|确保|计划|预计|争取)?(?:(?:年底|年末|年内|上半年|下半年|\d{1,2}月(?:份|底|末)?)前?)?"
_GOAL_DONE = re.compile(_GOAL_TIME + r"(?:全线|全面|基本|项目)?(?:建成|通车|完工|竣工|投用|投运|投产|开通|交工)")
_GOAL_START = re.compile(_GOAL_TIME + r"(?:新)?(?:开工|开建|动工)")
_CELL_SPAN = SPAN_CELL_RE
#: Cells are split by spaces or by the pipes of a text table ("| 1 | X | 2025年 |", "1|X|2022-2025|县交通局").
_CELL_SPLIT = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+")


def _cells(line: str) -> list[str]:
    """Return the cells of a table line (the empty ends of a pipe row left out)."""
    cells = _CELL_SPLIT.split(line.strip())
    return cells[1 if cells and not cells[0] else 0 : -1 if len(cells) > 1 and not cells[-1] else None]
_CELL_YEAR = re.compile(r"(20\d\d)\s*年?")
#: A cell giving a year relative to the document's: "年底", "年内", "明年6月", "6月底前".
_CELL_REL = re.compile(r"(今年|明年|后年|本年度?|年内|年底|年末|上半年|下半年|\d{1,2}月)")


def table_years(work: str, pos: int, *, doc_year: int | None = None) -> tuple[Years, str | None]:
    """Return the years and lead unit a table row gives the item at ``pos``.

    A row is a line of cells split by spaces; its header is the nearest line above
    it (in the same block of rows, across section rows such as "一、续建项目") that names a
    deadline, start or lead column. A deadline or start cell without a year ("年底", "明年6月")
    is read against ``doc_year`` (basis ``relative``); without one it gives nothing.
    """
    if not _has_header(work):
        return NO_YEARS, None
    ls = work.rfind("\n", 0, pos) + 1
    le = work.find("\n", pos)
    row = _cells(work[ls : le if le >= 0 else len(work)])
    if len(row) < 3:
        return NO_YEARS, None
    end = ls - 1
    for _ in range(60):  # walk up the block of rows to its header
        if end <= 0:
            return NO_YEARS, None
        start = work.rfind("\n", 0, end) + 1
        cells = _cells(work[start:end])
        if len(cells) < 3 and list_headings.heading(work[start:end])[0] is not None:
            end = start - 1  # a section row of the table ("一、续建项目") between rows and header
            continue
        if len(cells) < 3:
            return NO_YEARS, None
        if any(_header_cell(c) for c in cells):
            break
        end = start - 1
    else:
        return NO_YEARS, None
    target = first = lead = None
    relative = False
    offset = len(row) - len(cells)  # a row may hold a cell more or less than its header; align right
    for k, head in enumerate(cells):
        j = k + offset if k >= 1 else k
        if not 0 <= j < len(row):
            continue
        cell = row[j]
        y = _CELL_YEAR.match(cell)
        span = _CELL_SPAN.match(cell)
        rel = _CELL_REL.match(cell) if doc_year is not None and y is None else None
        if rel and (_DEADLINE_COL.search(head) or _START_COL.search(head)) and not _SPAN_COL.search(head):
            year = int(doc_year + ahead(rel.group(1), doc_year))
            if _DEADLINE_COL.search(head):
                target = target or year
            else:
                first = first or year
            relative = True
            continue
        if _SPAN_COL.search(head) and span and int(span.group(1)) < int(span.group(2)):
            first, target = first or int(span.group(1)), target or int(span.group(2))
        elif _DEADLINE_COL.search(head) and y:
            target = int(y.group(1))
        elif _START_COL.search(head) and y:
            first = int(y.group(1))
        elif _LEAD_COL.search(head) and not _CELL_YEAR.match(cell):
            lead = cell
        elif (goal := _GOAL_COL.search(head)) and (goal.group("year") or doc_year):
            # "2024年建设目标 … 建成通车": the row's goal for that year (for 年度目标, the document's)
            year = int(goal.group("year") or doc_year)
            if _GOAL_DONE.match(cell):
                target = target or year
            elif _GOAL_START.match(cell):
                first = first or year
            relative = relative or (not goal.group("year") and bool(target or first))
    if target is not None and any(_START_TASK.search(c) for c in row) and not any(_DONE_TASK.search(c) for c in row):
        # "X 开工建设 2023年底": the row's task is the start of the works, and its deadline the start's, not a
        # completion (a step before the works keeps its deadline as the target: the invented list's convention,
        # tests/data/invented inv_04 "完成前期工作 2023年")
        first, target = first or target, None
    basis = ("relative" if relative else "explicit") if target or first else None
    return Years(target, first, basis), lead


#: A row's task naming the start of the works: "开工建设", "力争开工".
_START_TASK = re.compile(r"开工|开建|动工")
#: A row's task naming the works' completion: "建成通车", "完工".
_DONE_TASK = re.compile(r"建成|通车|完工|竣工|投用|投运|投产|开通|交工|通航|蓄水|贯通")


def _header_cell(text: str) -> bool:
    """Return whether ``text`` names a deadline, start, span, year's goal or lead column."""
    return any(p.search(text) for p in (_DEADLINE_COL, _START_COL, _SPAN_COL, _GOAL_COL, _LEAD_COL))


_HEADER_CACHE: dict[int, tuple[str, bool]] = {}


def _has_header(work: str) -> bool:
    """Return whether the text holds a table header line at all (memoised for the document)."""
    hit = _HEADER_CACHE.get(id(work))
    if hit is None or hit[0] is not work:
        if len(_HEADER_CACHE) > 8:
            _HEADER_CACHE.clear()
        found = any(
            len(_cells(line)) >= 3 and _header_cell(line)
            for line in work.splitlines()
        )
        hit = (work, found)
        _HEADER_CACHE[id(work)] = hit
    return hit[1]
