"""Write projects out (GeoJSON, Excel, CSV, KML, GeoPackage) and read the data formats back.

Every writer takes rows of :func:`geo.store.load_projects` (usually after
:func:`geo.filters.apply`). GeoJSON, GeoPackage and CSV keep every attribute so
that :func:`import_rows` gives the projects back; Excel and KML are for people
and their viewers (Excel, Google Earth, 奥维互动地图).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import os
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from geo.i18n import t
from geo.layers import TYPE_COLORS
from geo.model import AREAS, STAGE_ORDER, EntityType, Precision, Stage

#: Mention keys of the GeoJSON contract, in order.
MENTION_KEYS: tuple[str, ...] = (
    "doc",
    "text",
    "quote",
    "start",
    "end",
    "stage",
    "target_year",
    "lead_unit",
    "doc_date",
)

#: Project keys of the GeoJSON contract, in order.
PROPERTY_KEYS: tuple[str, ...] = (
    "id",
    "name",
    "aliases",
    "type",
    "stage",
    "target_year",
    "places",
    "part_of",
    "areas",
    "precision",
)

#: Keys a full export adds to the contract so that a re-import loses nothing.
EXTRA_KEYS: tuple[str, ...] = ("geo_note", "version", "events")

#: Export formats, as accepted by :func:`export` and the CLI.
FORMATS: tuple[str, ...] = ("xlsx", "csv", "geojson", "kml", "gpkg")

#: File suffix and MIME type of each format (download buttons).
MEDIA_TYPES: dict[str, str] = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "kml": "application/vnd.google-earth.kml+xml",
    "gpkg": "application/geopackage+sqlite3",
}

_LIST_KEYS = ("aliases", "places", "areas")
_JSON_KEYS = ("geometry", "mentions", "events")
_CODED = {"type": "type", "stage": "stage", "precision": "precision"}

#: Tabular columns (CSV): project key and Chinese header. Derived columns (牵头单位,
#: 来源文件, 原文摘录) are for reading and are rebuilt from 提及记录 on import.
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
)

OTHER_SHEET = "其他"
SUMMARY_SHEET = "汇总"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


# --------------------------------------------------------------------------- GeoJSON


def to_feature(project: dict[str, Any], *, full: bool = False) -> dict[str, Any]:
    """Return one project (a :func:`geo.store.load_projects` row) as a GeoJSON Feature.

    With ``full`` the properties also carry ``geo_note``, ``version``, ``events``
    and each mention's ``doc_title`` (the keys :func:`import_rows` needs).
    """
    props = {k: project.get(k) for k in PROPERTY_KEYS}
    mention_keys = (*MENTION_KEYS, "doc_title") if full else MENTION_KEYS
    props["mentions"] = [{k: m.get(k) for k in mention_keys} for m in project.get("mentions", [])]
    if full:
        props |= {k: project.get(k) for k in EXTRA_KEYS}
        props["events"] = list(project.get("events") or [])
    return {
        "type": "Feature",
        "id": project["id"],
        "geometry": project.get("geometry"),
        "properties": props,
    }


def to_geojson(projects: Iterable[dict[str, Any]], *, full: bool = False) -> dict[str, Any]:
    """Return projects as an RFC 7946 FeatureCollection (WGS-84 lon/lat, no ``crs`` member)."""
    return {
        "type": "FeatureCollection",
        "features": [to_feature(p, full=full) for p in projects],
    }


def write_geojson(projects: Iterable[dict[str, Any]], out: Path, *, full: bool = False) -> int:
    """Write projects to ``out`` as GeoJSON and return the number of features."""
    collection = to_geojson(projects, full=full)
    out.write_text(json.dumps(collection, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(collection["features"])


# --------------------------------------------------------------------------- cells


def label(kind: str, code: str | None) -> str:
    """Return the Chinese name of a type/stage/precision code (empty for None)."""
    return t(f"{kind}.{code}") if code else ""


def _unlabel(kind: str, text: str) -> str:
    codes = {"type": EntityType, "stage": Stage, "precision": Precision}[kind]
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


def lead_units(project: dict[str, Any]) -> list[str]:
    """Return the distinct lead units named by a project's mentions."""
    return list(
        dict.fromkeys(m["lead_unit"] for m in project.get("mentions", []) if m.get("lead_unit"))
    )


def sources(project: dict[str, Any]) -> list[str]:
    """Return the distinct source documents of a project, as 《title》(date)."""
    out = []
    for m in project.get("mentions", []):
        title = m.get("doc_title") or m.get("doc") or ""
        out.append(f"《{title}》" + (f"（{m['doc_date']}）" if m.get("doc_date") else ""))
    return list(dict.fromkeys(out))


def _display(project: dict[str, Any], key: str) -> Any:
    """Return the value of a tabular column for people (labels, joined lists)."""
    if key in _CODED:
        return label(_CODED[key], project.get(key))
    if key in _LIST_KEYS:
        return join_list(project.get(key) or [])
    if key == "lead_units":
        return "；".join(lead_units(project))
    if key == "sources":
        return "；".join(sources(project))
    if key == "quotes":
        return "\n".join(dict.fromkeys(m.get("quote") or "" for m in project.get("mentions", [])))
    value = project.get(key)
    return "" if value is None else value


def _csv_cell(project: dict[str, Any], key: str) -> str:
    if key in _JSON_KEYS:
        value = project.get(key)
        text = "" if value is None else json.dumps(value, ensure_ascii=False)
    else:
        text = str(_display(project, key))
    # A cell starting with = + - @ is run as a formula by Excel (CSV injection): quote it.
    return "'" + text if text.startswith(_FORMULA_START) else text


def _from_csv_cell(key: str, cell: str) -> Any:
    cell = cell.removeprefix("'")
    if key in _JSON_KEYS:
        return json.loads(cell) if cell else ([] if key != "geometry" else None)
    if key in _LIST_KEYS:
        return split_list(cell)
    if key in _CODED:
        return _unlabel(_CODED[key], cell)
    if key in ("target_year", "version"):
        return int(cell) if cell else None
    return cell or None


# --------------------------------------------------------------------------- CSV


def _write_csv(projects: list[dict[str, Any]], out: Path, title: str) -> None:
    # The BOM makes Excel read the file as UTF-8 instead of the system code page.
    out.write_text(csv_text(projects), encoding="utf-8-sig", newline="")


def _read_csv(path: Path) -> list[dict[str, Any]]:
    by_header = {h: k for k, h in CSV_COLUMNS}
    derived = {"lead_units", "sources", "quotes"}
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    return [
        {
            by_header[h]: _from_csv_cell(by_header[h], v)
            for h, v in row.items()
            if h in by_header and by_header[h] not in derived
        }
        for row in rows
    ]


# --------------------------------------------------------------------------- Excel


def _by_area(projects: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Return projects per focus area (a project may be in two), plus 其他 when any has none."""
    sheets = {a: [p for p in projects if a in (p.get("areas") or [])] for a in AREAS}
    rest = [p for p in projects if not set(p.get("areas") or []) & set(AREAS)]
    if rest:
        sheets[OTHER_SHEET] = rest
    return sheets


def summary_tables(projects: list[dict[str, Any]]) -> tuple[list[list[Any]], list[list[Any]]]:
    """Return the counts by type × stage and by area × stage, each with header row and totals."""
    stages = [str(s) for s in STAGE_ORDER]
    header = [*(label("stage", s) for s in stages), "合计"]

    def table(first: str, groups: dict[str, list[dict[str, Any]]]) -> list[list[Any]]:
        rows: list[list[Any]] = [[first, *header]]
        for name, group in groups.items():
            counts = Counter(p["stage"] for p in group)
            rows.append([name, *(counts.get(s, 0) for s in stages), len(group)])
        total = Counter(p["stage"] for p in projects)
        rows.append(["合计", *(total.get(s, 0) for s in stages), len(projects)])
        return rows

    types = [str(ty) for ty in EntityType if any(p["type"] == ty for p in projects)]
    by_type = {label("type", ty): [p for p in projects if p["type"] == ty] for ty in types}
    return table("类型", by_type), table("片区", _by_area(projects))


def _write_xlsx(projects: list[dict[str, Any]], out: Path, title: str) -> None:
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
    put(ws, 2, 1, f"导出日期：{dt.date.today().isoformat()}　项目数：{len(projects)}")
    row = 4
    for table in summary_tables(projects):
        for r, values in enumerate(table):
            for c, v in enumerate(values, start=1):
                cell = put(ws, row + r, c, v)
                if r == 0 or c == 1 or values[0] == "合计":
                    cell.font = bold
                if r == 0:
                    cell.fill = fill
        row += len(table) + 2
    ws.column_dimensions["A"].width = 14
    for c in range(2, len(STAGE_ORDER) + 3):
        ws.column_dimensions[get_column_letter(c)].width = 11

    wrap = Alignment(wrap_text=True, vertical="top")
    for sheet, group in _by_area(projects).items():
        ws = wb.create_sheet(sheet)
        for c, (_, header, width) in enumerate(XLSX_COLUMNS, start=1):
            cell = put(ws, 1, c, header)
            cell.font, cell.fill = bold, fill
            ws.column_dimensions[get_column_letter(c)].width = width
        for r, p in enumerate(group, start=2):
            for c, (key, _, _) in enumerate(XLSX_COLUMNS, start=1):
                value = _display(p, key)
                put(ws, r, c, value).alignment = wrap
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(XLSX_COLUMNS))}{max(len(group) + 1, 2)}"
    wb.save(out)


# --------------------------------------------------------------------------- KML

KML_NS = "http://www.opengis.net/kml/2.2"


def kml_color(hex_rgb: str, alpha: int = 255) -> str:
    """Return a ``#rrggbb`` colour as KML's ``aabbggrr``."""
    r, g, b = hex_rgb[1:3], hex_rgb[3:5], hex_rgb[5:7]
    return f"{alpha:02x}{b}{g}{r}".lower()


def _coords(points: Iterable[Iterable[float]]) -> str:
    return " ".join(f"{pt[0]:.6f},{pt[1]:.6f}" for pt in points)


def _kml_geometry(parent: ET.Element, geom: dict[str, Any]) -> None:
    kind, coords = geom["type"], geom.get("coordinates")
    sub = ET.SubElement
    if kind == "Point":
        sub(sub(parent, "Point"), "coordinates").text = _coords([coords])
    elif kind == "LineString":
        line = sub(parent, "LineString")
        sub(line, "tessellate").text = "1"
        sub(line, "coordinates").text = _coords(coords)
    elif kind == "Polygon":
        poly = sub(parent, "Polygon")
        for i, ring in enumerate(coords):
            boundary = sub(poly, "outerBoundaryIs" if i == 0 else "innerBoundaryIs")
            sub(sub(boundary, "LinearRing"), "coordinates").text = _coords(ring)
    else:  # Multi* and GeometryCollection
        multi = sub(parent, "MultiGeometry")
        if kind == "GeometryCollection":
            parts = geom["geometries"]
        else:
            parts = [{"type": kind.removeprefix("Multi"), "coordinates": c} for c in coords]
        for part in parts:
            _kml_geometry(multi, part)


def _description(p: dict[str, Any]) -> str:
    """Return the balloon HTML of a placemark; every value is HTML-escaped."""
    e = html.escape
    rows = [
        ("类型", label("type", p["type"])),
        ("阶段", label("stage", p["stage"])),
        ("目标年份", p.get("target_year") or "—"),
        ("地点", "、".join(p.get("places") or []) or "—"),
        ("牵头单位", "；".join(lead_units(p)) or "—"),
        ("定位精度", label("precision", p["precision"])),
        ("来源文件", "；".join(sources(p)) or "—"),
    ]
    body = "".join(f"<tr><th align='left'>{e(k)}</th><td>{e(str(v))}</td></tr>" for k, v in rows)
    quotes = "".join(f"<p>{e(m.get('quote') or '')}</p>" for m in p.get("mentions", [])[:5])
    return f"<h3>{e(p['name'])}</h3><table>{body}</table>{quotes}"


def to_kml(projects: Iterable[dict[str, Any]], *, title: str = "规划一张图") -> bytes:
    """Return KML 2.2 (UTF-8): one Placemark per located project, styled and grouped by type."""
    ET.register_namespace("", KML_NS)
    root = ET.Element(f"{{{KML_NS}}}kml")
    doc = ET.SubElement(root, "Document")
    ET.SubElement(doc, "name").text = title
    located = [p for p in projects if p.get("geometry")]
    for type_, color in TYPE_COLORS.items():
        style = ET.SubElement(doc, "Style", id=f"type-{type_}")
        icon = ET.SubElement(style, "IconStyle")
        ET.SubElement(icon, "color").text = kml_color(color)
        ET.SubElement(icon, "scale").text = "1.0"
        line = ET.SubElement(style, "LineStyle")
        ET.SubElement(line, "color").text = kml_color(color)
        ET.SubElement(line, "width").text = "4" if type_ == "railway" else "3"
        poly = ET.SubElement(style, "PolyStyle")
        ET.SubElement(poly, "color").text = kml_color(color, 0x55)
        # Only the escaped description is shown, never the raw name as HTML.
        ET.SubElement(ET.SubElement(style, "BalloonStyle"), "text").text = "$[description]"
    for type_ in dict.fromkeys(p["type"] for p in located):
        folder = ET.SubElement(doc, "Folder")
        ET.SubElement(folder, "name").text = label("type", type_)
        for p in (p for p in located if p["type"] == type_):
            mark = ET.SubElement(folder, "Placemark", id=p["id"])
            ET.SubElement(mark, "name").text = p["name"]
            ET.SubElement(mark, "description").text = _description(p)
            ET.SubElement(mark, "styleUrl").text = f"#type-{type_}"
            data = ET.SubElement(mark, "ExtendedData")
            for key, header, _ in XLSX_COLUMNS:
                item = ET.SubElement(data, "Data", name=key)
                ET.SubElement(item, "displayName").text = header
                ET.SubElement(item, "value").text = str(_display(p, key))
            _kml_geometry(mark, p["geometry"])
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


# --------------------------------------------------------------------------- GeoPackage

GPKG_LAYER = "projects"


def _write_gpkg(projects: list[dict[str, Any]], out: Path, title: str) -> None:
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import shape

    records = []
    for p in projects:
        row: dict[str, Any] = {
            k: p.get(k) for k in ("id", "name", "type", "stage", "part_of", "precision", "geo_note")
        }
        row["target_year"] = p.get("target_year")
        row["version"] = p.get("version")
        for key in (*_LIST_KEYS, "mentions", "events"):
            row[key] = json.dumps(p.get(key) or [], ensure_ascii=False)
        for key, kind in _CODED.items():
            row[f"{key}_zh"] = label(kind, p.get(key))
        row["geometry"] = shape(p["geometry"]) if p.get("geometry") else None
        records.append(row)
    frame = (
        gpd.GeoDataFrame(records, geometry="geometry", crs="EPSG:4326")
        if records
        else gpd.GeoDataFrame(
            {"id": pd.Series(dtype=str)}, geometry=gpd.GeoSeries([], crs="EPSG:4326")
        )
    )
    for key in ("target_year", "version"):
        if key in frame:
            frame[key] = frame[key].astype("Int64")
    frame.to_file(
        out,
        layer=GPKG_LAYER,
        driver="GPKG",
        engine="pyogrio",
        geometry_type="Unknown",
        layer_options={"DESCRIPTION": title},
    )


def _read_gpkg(path: Path) -> list[dict[str, Any]]:
    import pyogrio
    from shapely.geometry import mapping

    frame = pyogrio.read_dataframe(path, layer=GPKG_LAYER)
    out = []
    for rec in frame.to_dict("records"):
        p: dict[str, Any] = {
            k: _none(rec.get(k))
            for k in ("id", "name", "type", "stage", "part_of", "precision", "geo_note")
        }
        for key in ("target_year", "version"):
            p[key] = None if _none(rec.get(key)) is None else int(rec[key])
        for key in (*_LIST_KEYS, "mentions", "events"):
            p[key] = json.loads(rec[key]) if rec.get(key) else []
        geom = rec.get("geometry")
        p["geometry"] = json.loads(json.dumps(mapping(geom))) if geom is not None else None
        out.append(p)
    return out


def _none(value: Any) -> Any:
    import pandas as pd

    return (
        None if value is None or (not isinstance(value, (list, dict)) and pd.isna(value)) else value
    )


# --------------------------------------------------------------------------- entry points


def export(
    projects: Iterable[dict[str, Any]], fmt: str, out: Path, *, title: str = "规划一张图 项目清单"
) -> int:
    """Write projects to ``out`` in ``fmt`` and return the number of projects written.

    Parameters
    ----------
    projects
        Rows of :func:`geo.store.load_projects`, usually filtered.
    fmt
        One of :data:`FORMATS`.
    out
        File to (over)write; written next to it first, then moved in place.
    title
        Shown in the Excel summary sheet, the KML document and the GeoPackage layer.

    Raises
    ------
    ValueError
        If ``fmt`` is not a known format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rows = list(projects)
    out = Path(out)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.stem}-", suffix=f".{fmt}")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if fmt == "gpkg":
            tmp.unlink()  # GDAL refuses to open an empty file as a GeoPackage
        if fmt == "geojson":
            write_geojson(rows, tmp, full=True)
        elif fmt == "kml":
            tmp.write_bytes(to_kml(rows, title=title))
        else:
            {"csv": _write_csv, "xlsx": _write_xlsx, "gpkg": _write_gpkg}[fmt](rows, tmp, title)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return len(rows)


def export_bytes(
    projects: Iterable[dict[str, Any]], fmt: str, *, title: str = "规划一张图 项目清单"
) -> bytes:
    """Return the file :func:`export` would write, as bytes (for download buttons)."""
    with tempfile.TemporaryDirectory(prefix="plan-atlas-export-") as tmp:
        path = Path(tmp) / f"export.{fmt}"
        export(projects, fmt, path, title=title)
        return path.read_bytes()


def import_rows(path: Path) -> list[dict[str, Any]]:
    """Read projects back from a GeoJSON, GeoPackage or CSV export.

    Returns
    -------
    list[dict]
        Project dicts with the keys of :func:`geo.store.load_projects`.

    Raises
    ------
    ValueError
        If the file's suffix is not one of .geojson/.json, .gpkg, .csv.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        return [{**f["properties"], "geometry": f.get("geometry")} for f in data["features"]]
    if suffix == ".gpkg":
        return _read_gpkg(path)
    if suffix == ".csv":
        return _read_csv(path)
    raise ValueError(f"cannot import {path.name}: expected .geojson, .gpkg or .csv")


def csv_text(projects: Iterable[dict[str, Any]]) -> str:
    """Return the CSV export as text (without the BOM), for previews and tests."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([h for _, h in CSV_COLUMNS])
    for p in projects:
        writer.writerow([_csv_cell(p, k) for k, _ in CSV_COLUMNS])
    return buf.getvalue()
