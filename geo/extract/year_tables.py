"""Read the years and lead unit a table row gives an item, from its columns however worded.

A row is a line of cells split by spaces; its header is the nearest line above it naming a
deadline (完成时限, 计划竣工年份, 通车时间 …), start (开工时间 …), span (建设年限 …) or lead
(牵头单位 …) column. Split from :mod:`geo.extract.years` (issue 11 item 3).
"""

from __future__ import annotations

import re

from geo.extract import stages
from geo.extract.years import AHEAD, SPAN_CELL_RE, Years

#: Header words of a table column giving a deadline or a start.
_DEADLINE_COL = re.compile(r"(?:完成|建成|完工|竣工|投用|投运|通车)(?:时限|时间|年份|年度|年限|日期)|计划完成|时间节点")
_START_COL = re.compile(r"开工(?:时间|年份|年度|日期)|计划开工")
_LEAD_COL = re.compile(r"牵头单位|牵头部门|责任单位|责任部门")
#: A column giving the span of the works: "建设年限 2021-2025", "起止年限 2022—2024年".
_SPAN_COL = re.compile(r"建设年限|起止年限|建设期限|实施年限|建设起止|起止时间|建设周期|实施期限")
_CELL_SPAN = SPAN_CELL_RE
_CELL_SPLIT = re.compile(r"[ \t\u3000]+")
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
        return Years(), None
    ls = work.rfind("\n", 0, pos) + 1
    le = work.find("\n", pos)
    row = _CELL_SPLIT.split(work[ls : le if le >= 0 else len(work)].strip())
    if len(row) < 3:
        return Years(), None
    end = ls - 1
    for _ in range(60):  # walk up the block of rows to its header
        if end <= 0:
            return Years(), None
        start = work.rfind("\n", 0, end) + 1
        cells = _CELL_SPLIT.split(work[start:end].strip())
        if len(cells) < 3 and stages.heading(work[start:end])[0] is not None:
            end = start - 1  # a section row of the table ("一、续建项目") between rows and header
            continue
        if len(cells) < 3:
            return Years(), None
        if any(_header_cell(c) for c in cells):
            break
        end = start - 1
    else:
        return Years(), None
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
            year = doc_year + AHEAD.get(rel.group(1), 0)
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
    basis = ("relative" if relative else "explicit") if target or first else None
    return Years(target, first, basis), lead


def _header_cell(text: str) -> bool:
    """Return whether ``text`` names a deadline, start, span or lead column."""
    return any(p.search(text) for p in (_DEADLINE_COL, _START_COL, _SPAN_COL, _LEAD_COL))


_HEADER_CACHE: dict[int, tuple[str, bool]] = {}


def _has_header(work: str) -> bool:
    """Return whether the text holds a table header line at all (memoised for the document)."""
    hit = _HEADER_CACHE.get(id(work))
    if hit is None or hit[0] is not work:
        if len(_HEADER_CACHE) > 8:
            _HEADER_CACHE.clear()
        found = any(
            len(_CELL_SPLIT.split(line.strip())) >= 3 and _header_cell(line)
            for line in work.splitlines()
        )
        hit = (work, found)
        _HEADER_CACHE[id(work)] = hit
    return hit[1]
