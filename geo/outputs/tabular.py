"""Projects as table cells for people (labels, list cells, sources) and as CSV, and back."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from geo.i18n import t
from geo.model import (
    REGISTER_AMOUNTS,
    REGISTER_KEYS,
    EntityType,
    Precision,
    Project,
    ReviewState,
    Stage,
    amount_text,
)

LIST_KEYS = ("aliases", "places", "areas")
_JSON_KEYS = ("geometry", "mentions", "events")
CODED = {"type": "type", "stage": "stage", "precision": "precision", "review": "review"}

#: Tabular columns (CSV): project key and Chinese header. Derived columns (牵头单位,
#: 来源文件, 原文摘录, 阶段依据) are for reading and are rebuilt from 提及记录 on import.
CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "编号"),
    ("name", "名称"),
    ("aliases", "别名"),
    ("type", "类型"),
    ("stage", "阶段"),
    ("target_year", "目标年份"),
    ("areas", "所属片区"),
    ("places", "地点"),
    ("part_of", "所属项目"),
    ("lead_units", "牵头单位"),
    ("precision", "定位精度"),
    ("sources", "来源文件"),
    ("quotes", "原文摘录"),
    ("geo_note", "定位说明"),
    ("version", "版本"),
    ("geometry", "几何（GeoJSON）"),
    ("mentions", "提及记录（JSON）"),
    ("events", "进展记录（JSON）"),
    # Issue 13: the review state (its label, like type and stage) and the register fields, after the earlier columns.
    ("review", "核实状态"),
    ("code", "项目编码"),
    ("total_investment", "总投资（亿元）"),
    ("total_investment_quote", "总投资原文"),
    ("annual_investment", "年度计划投资（亿元）"),
    ("annual_investment_year", "年度计划投资年份"),
    ("annual_investment_quote", "年度计划投资原文"),
    ("responsible_unit", "责任单位"),
    ("responsible_person", "责任人"),
    ("construction_progress", "形象进度"),
    # Issue 11: says when the stage is the learned model's inference (derived from 提及记录).
    ("stage_basis", "阶段依据"),
)

#: Excel columns: key, Chinese header, width in characters.
XLSX_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("name", "名称", 28),
    ("type", "类型", 10),
    ("stage", "阶段", 10),
    ("target_year", "目标年份", 10),
    ("areas", "所属片区", 12),
    ("places", "地点", 22),
    ("part_of", "所属项目", 18),
    ("lead_units", "牵头单位", 22),
    ("precision", "定位精度", 14),
    ("sources", "来源文件", 36),
    ("quotes", "原文摘录", 60),
    ("aliases", "别名", 18),
    ("id", "编号", 14),
    # Issue 13: the review state and the register fields officials manage by
    ("review", "核实状态", 10),
    ("code", "项目编码", 18),
    ("total_investment", "总投资（亿元）", 12),
    ("annual_investment", "年度计划投资（亿元）", 12),
    ("annual_investment_year", "年度计划投资年份", 10),
    ("responsible_unit", "责任单位", 22),
    ("responsible_person", "责任人", 12),
    ("construction_progress", "形象进度", 18),
    ("total_investment_quote", "总投资原文", 40),
    ("stage_basis", "阶段依据", 24),  # issue 11: the stage is the model's inference, or empty
)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


# --------------------------------------------------------------------------- cells


def label(kind: str, code: str | None) -> str:
    """Return the Chinese name of a type/stage/precision code (empty for None)."""
    return t(f"{kind}.{code}") if code else ""


def _unlabel(kind: str, text: str) -> str:
    codes = {"type": EntityType, "stage": Stage, "precision": Precision, "review": ReviewState}[kind]
    by_label = {t(f"{kind}.{c}"): str(c) for c in codes}
    return by_label.get(text, text)


def join_list(items: Iterable[str]) -> str:
    """Return a list cell: items joined by 、, or JSON when an item would make that ambiguous."""
    items = list(items or [])
    if any("、" in i or i.startswith("[") or not i for i in items):
        return json.dumps(items, ensure_ascii=False)
    return "、".join(items)


def split_list(cell: str) -> list[str]:
    """Return the items of a :func:`join_list` cell."""
    if not cell:
        return []
    if cell.startswith("["):
        return list(json.loads(cell))
    return cell.split("、")


def lead_units(project: Project) -> list[str]:
    """Return the distinct lead units named by a project's mentions."""
    return project.lead_units


def sources(project: Project) -> list[str]:
    """Return the distinct source documents of a project, as 《title》(date)."""
    out = []
    for m in project.mentions:
        title = m.doc_title or m.doc or ""
        out.append(f"《{title}》" + (f"（{m.doc_date.isoformat()}）" if m.doc_date else ""))
    return list(dict.fromkeys(out))


def display(project: Project, key: str) -> Any:
    """Return the value of a tabular column (a :data:`CSV_COLUMNS` key) for people."""
    if key in CODED:
        return label(CODED[key], getattr(project, key))
    if key in LIST_KEYS:
        return join_list(getattr(project, key))
    if key == "lead_units":
        return "；".join(project.lead_units)
    if key == "sources":
        return "；".join(sources(project))
    if key == "quotes":
        return "\n".join(dict.fromkeys(m.quote or "" for m in project.mentions))
    if key == "stage_basis":  # never a guess shown as stated (issue 11)
        return t("stage_basis.learned") if project.stage_inferred else ""
    if key in REGISTER_KEYS:
        value = getattr(project.register, key)
        return "" if value is None else amount_text(value) if key in REGISTER_AMOUNTS else str(value)
    value = getattr(project, key)
    return "" if value is None else value


def sheet_value(project: Project, key: str) -> Any:
    """Return the value of a spreadsheet cell: :func:`display`, but amounts as numbers Excel can add up."""
    if key in REGISTER_AMOUNTS:
        value = getattr(project.register, key)
        return None if value is None else float(value)
    return display(project, key)


def _json_cell(project: Project, key: str) -> Any:
    """Return the JSON value of a :data:`_JSON_KEYS` column (as a full GeoJSON export has it)."""
    if key == "mentions":
        return [m.to_dict(full=True) for m in project.mentions]
    if key == "events":
        return [e.to_dict() for e in project.events]
    return project.geometry


def _csv_cell(project: Project, key: str) -> str:
    if key in _JSON_KEYS:
        value = _json_cell(project, key)
        text = "" if value is None else json.dumps(value, ensure_ascii=False)
    else:
        text = str(display(project, key))
    # A cell starting with = + - @ is run as a formula by Excel (CSV injection): quote it.
    return "'" + text if text.startswith(_FORMULA_START) else text


def _from_csv_cell(key: str, cell: str) -> Any:
    cell = cell.removeprefix("'")
    if key in _JSON_KEYS:
        return json.loads(cell) if cell else ([] if key != "geometry" else None)
    if key in LIST_KEYS:
        return split_list(cell)
    if key in CODED:
        return _unlabel(CODED[key], cell)
    if key in ("target_year", "version"):
        return int(cell) if cell else None
    return cell or None


# --------------------------------------------------------------------------- CSV


def write_csv(projects: list[Project], out: Path, title: str) -> None:
    """Write projects to ``out`` as UTF-8 CSV with a BOM (``title`` is unused)."""
    # The BOM makes Excel read the file as UTF-8 instead of the system code page.
    out.write_text(csv_text(projects), encoding="utf-8-sig", newline="")


def read_csv(path: Path) -> list[Project]:
    """Return the projects of a CSV export (derived columns are rebuilt from the mentions)."""
    by_header = {h: k for k, h in CSV_COLUMNS}
    derived = {"lead_units", "sources", "quotes", "stage_basis"}
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    return [
        Project.from_record({
            by_header[h]: _from_csv_cell(by_header[h], v)
            for h, v in row.items()
            if h in by_header and by_header[h] not in derived
        })
        for row in rows
    ]


def csv_text(projects: Iterable[Project]) -> str:
    """Return the CSV export as text (without the BOM), for previews and tests."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([h for _, h in CSV_COLUMNS])
    for p in projects:
        writer.writerow([_csv_cell(p, k) for k, _ in CSV_COLUMNS])
    return buf.getvalue()
