"""Read a table's stage column: the kind of works a project list writes in the cell after the project's name.

A plain-text table of projects ("序号 项目名称 建设性质 建设内容及规模 建设年限 牵头单位") writes each project
on a row of its own, its kind of works (续建 / 新建 / 前期 / 储备…) in the column after its name: that cell is
the row's stage, as a list's heading is the stage of the lines under it
(:data:`geo.extract.stages.list_headings.HEADING_KINDS`). Asked by :mod:`geo.extract.stages.clause_stage` with
the item's own bracketed note, before its clause's cues (the content column after the cell, "新建500吨级泊位",
is no stage of the row's).
"""

from __future__ import annotations

import re

from geo.extract.patterns import Cand
from geo.extract.stages import list_headings
from geo.model import Stage

#: A table's header naming the stage column right after the name column ("项目名称 建设性质").
_HEADER_RE = re.compile(r"项目名称\s*(?:建设性质|项目性质|建设类别|项目类别|建设类型|项目类型)")

#: A row's serial number before the project's name ("3 ", "12、").
_SERIAL_RE = re.compile(r"\s*(?:\d{1,3}[\s、.．]?)?\s*")

#: The stage cell right after the name, a cell of its own ("续建", " 前期 "; not "前期费用"), longest kind first; the
#: cleaner keeps the spaces between a table row's cells (:func:`geo.documents.clean.normalize_whitespace`).
_CELL_RE = re.compile(
    r"[ \t\u3000|｜]*(" + list_headings.HEADING_KIND_WORDS + ")"
    r"(?=[ \t\u3000|｜]|\n|$)"
)

#: How many rows above an item its table's header may stand; a row is one line without a sentence's end.
_MAX_ROWS = 80
_ROW_MAX = 160

_KIND_STAGE = dict(list_headings.HEADING_KINDS)


def column_stage(work: str, cand: Cand) -> Stage | None:
    """Return the stage the table's stage column gives the item opening its row, else None.

    The item opens its row (after a serial number), its cell follows it, and the lines between the row and
    a header naming the stage column after the name column are all rows (short lines, no full stop). A
    table whose column after the name is something else ("项目名称 建设内容") gives no stage.
    """
    ls = work.rfind("\n", 0, cand.start) + 1
    if not _SERIAL_RE.fullmatch(work, ls, cand.start):
        return None
    cell = _CELL_RE.match(work, cand.end)
    if cell is None or not _under_header(work, ls):
        return None
    return _KIND_STAGE[cell.group(1)]


def _under_header(work: str, ls: int) -> bool:
    """Tell whether the row starting at ``ls`` is below a stage-column header, rows only between."""
    for _ in range(_MAX_ROWS):
        if ls == 0:
            return False
        end = ls - 1
        ls = work.rfind("\n", 0, end) + 1
        line = work[ls:end]
        if _HEADER_RE.search(line):
            return True
        if not line.strip() or len(line) > _ROW_MAX or "。" in line:
            return False
    return False
