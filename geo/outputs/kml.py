"""Write projects as KML 2.2 for Google Earth and 奥维互动地图, styled and grouped by type."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import Any

from geo.model import Project
from geo.outputs.tabular import XLSX_COLUMNS, display, label, lead_units, sources

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


def _description(p: Project) -> str:
    """Return the balloon HTML of a placemark; every value is HTML-escaped."""
    e = html.escape
    rows = [
        ("类型", label("type", p.type)),
        ("阶段", label("stage", p.stage)),
        ("目标年份", p.target_year or "—"),
        ("地点", "、".join(p.places) or "—"),
        ("牵头单位", "；".join(lead_units(p)) or "—"),
        ("定位精度", label("precision", p.precision)),
        ("来源文件", "；".join(sources(p)) or "—"),
    ]
    body = "".join(f"<tr><th align='left'>{e(k)}</th><td>{e(str(v))}</td></tr>" for k, v in rows)
    quotes = "".join(f"<p>{e(m.quote or '')}</p>" for m in p.mentions[:5])
    return f"<h3>{e(p.name)}</h3><table>{body}</table>{quotes}"


def to_kml(projects: Iterable[Project], *, title: str = "规划一张图") -> bytes:
    """Return KML 2.2 (UTF-8): one Placemark per located project, styled and grouped by type."""
    # Imported here: geo.maps loads folium, which `geo ingest --out` (via geo.outputs.export) need not (issue 16).
    from geo.maps import TYPE_COLORS

    ET.register_namespace("", KML_NS)
    root = ET.Element(f"{{{KML_NS}}}kml")
    doc = ET.SubElement(root, "Document")
    ET.SubElement(doc, "name").text = title
    located = [p for p in projects if p.geometry]
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
    for type_ in dict.fromkeys(p.type for p in located):
        folder = ET.SubElement(doc, "Folder")
        ET.SubElement(folder, "name").text = label("type", type_)
        for p in (p for p in located if p.type == type_):
            mark = ET.SubElement(folder, "Placemark", id=p.id)
            ET.SubElement(mark, "name").text = p.name
            ET.SubElement(mark, "description").text = _description(p)
            ET.SubElement(mark, "styleUrl").text = f"#type-{type_}"
            data = ET.SubElement(mark, "ExtendedData")
            for key, header, _ in XLSX_COLUMNS:
                item = ET.SubElement(data, "Data", name=key)
                ET.SubElement(item, "displayName").text = header
                ET.SubElement(item, "value").text = str(display(p, key))
            assert p.geometry is not None
            _kml_geometry(mark, p.geometry)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
