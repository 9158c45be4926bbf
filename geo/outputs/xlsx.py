"""Write projects to an Excel workbook: a summary sheet and one sheet per focus area."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

from geo.i18n import t
from geo.model import AREAS, STAGE_ORDER, EntityType, Project
from geo.outputs.tabular import XLSX_COLUMNS, sheet_value

OTHER_SHEET = "其他"
SUMMARY_SHEET = "汇总"


def _by_area(projects: list[Project]) -> dict[str, list[Project]]:
    """Return projects per focus area (a project may be in two), plus 其他 when any has none."""
    sheets = {a: [p for p in projects if a in p.areas] for a in AREAS}
    rest = [p for p in projects if not set(p.areas) & set(AREAS)]
    if rest:
        sheets[OTHER_SHEET] = rest
    return sheets


def area_note(projects: list[Project], lang: str = "zh") -> str | None:
    """Return why the per-area rows add up to more than the projects (None when they do not).

    A project in two areas (every 龙马潭 project is also in 泸永江, which
    contains the district) is a row in each; the note names the overlapping
    pairs and both sums (issue 14).
    """
    groups = _by_area(projects)
    rows = sum(len(g) for g in groups.values())
    if rows == len(projects):
        return None
    pairs = []
    for a, b in combinations(AREAS, 2):
        n = sum(1 for p in projects if a in p.areas and b in p.areas)
        if n:
            pairs.append(t("xlsx.area_pair", lang).format(a=a, b=b, n=n))
    return t("xlsx.area_note", lang).format(pairs=("；" if lang == "zh" else "; ").join(pairs), rows=rows,
                                            total=len(projects))


def summary_tables(projects: list[Project], lang: str = "zh") -> tuple[list[list[Any]], list[list[Any]]]:
    """Return the counts by type × stage and by area × stage, each with header row and totals, in ``lang``."""
    stages = [str(s) for s in STAGE_ORDER]
    total_label = t("brief.total", lang)
    header = [*(t(f"stage.{s}", lang) for s in stages), total_label]

    def table(first: str, groups: dict[str, list[Project]]) -> list[list[Any]]:
        rows: list[list[Any]] = [[first, *header]]
        for name, group in groups.items():
            counts = Counter(str(p.stage) for p in group)
            rows.append([name, *(counts.get(s, 0) for s in stages), len(group)])
        total = Counter(str(p.stage) for p in projects)
        rows.append([total_label, *(total.get(s, 0) for s in stages), len(projects)])
        return rows

    types = [str(ty) for ty in EntityType if any(p.type == ty for p in projects)]
    by_type = {t(f"type.{ty}", lang): [p for p in projects if p.type == ty] for ty in types}
    by_area = {t("xlsx.other", lang) if name == OTHER_SHEET else name: group
               for name, group in _by_area(projects).items()}
    return table(t("type", lang), by_type), table(t("area", lang), by_area)


def _cell_width(value: Any) -> float:
    """Return the Excel column width that shows ``value``: a CJK character takes two units."""
    return sum(2 if ord(ch) >= 0x2E80 else 1.1 for ch in str(value)) + 2


def write_xlsx(projects: list[Project], out: Path, title: str, lang: str = "zh") -> None:
    """Write projects to ``out`` as an Excel workbook titled ``title``.

    The summary sheet is in ``lang`` (the language of the screen it was made
    from); the project sheets keep their Chinese headers and labels, the
    register's columns whatever the screen's language.
    """
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE6F0")

    def put(ws: Any, row: int, col: int, value: Any) -> Any:
        cell = ws.cell(row=row, column=col)
        if isinstance(value, str):
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell.data_type = "s"  # never a formula, whatever the text starts with
        else:
            cell.value = value
        return cell

    wb = Workbook()
    ws = wb.active
    ws.title = SUMMARY_SHEET
    put(ws, 1, 1, title).font = Font(bold=True, size=14)
    put(ws, 2, 1, t("xlsx.exported", lang).format(date=dt.date.today().isoformat(), n=len(projects)))
    row = 4
    by_type, by_area = summary_tables(projects, lang)
    for table in (by_type, by_area):
        for r, values in enumerate(table):
            for c, v in enumerate(values, start=1):
                cell = put(ws, row + r, c, v)
                if r == 0 or c == 1 or values[0] == t("brief.total", lang):
                    cell.font = bold
                if r == 0:
                    cell.fill = fill
        row += len(table)
        if table is by_area and (note := area_note(projects, lang)):
            put(ws, row, 1, note).font = Font(italic=True, color="7A4B00")
            row += 1
        row += 1
    # as wide as the labels of the tables (English stage names are longer than 11 characters)
    for c, values in enumerate(zip(*(by_type + by_area), strict=True), start=1):
        ws.column_dimensions[get_column_letter(c)].width = max(14 if c == 1 else 11, *(
            _cell_width(v) for v in values))

    wrap = Alignment(wrap_text=True, vertical="top")
    for sheet, group in _by_area(projects).items():
        ws = wb.create_sheet(sheet)
        for c, (_, header, width) in enumerate(XLSX_COLUMNS, start=1):
            cell = put(ws, 1, c, header)
            cell.font, cell.fill = bold, fill
            ws.column_dimensions[get_column_letter(c)].width = width
        for r, p in enumerate(group, start=2):
            for c, (key, _, _) in enumerate(XLSX_COLUMNS, start=1):
                value = sheet_value(p, key)
                put(ws, r, c, value).alignment = wrap
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(XLSX_COLUMNS))}{max(len(group) + 1, 2)}"
    wb.save(out)
