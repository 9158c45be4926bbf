"""Write projects out (GeoJSON, Excel, CSV, KML, GeoPackage) and read the data formats back.

Every writer takes the projects of :func:`geo.store.load_projects` (usually after
:func:`geo.filters.apply`). GeoJSON, GeoPackage and CSV keep every attribute so
that :func:`import_rows` gives the projects back; Excel and KML are for people
and their viewers (Excel, Google Earth, 奥维互动地图).

GeoJSON and the entry points live here; the other formats in :mod:`geo.outputs.tabular`
(cells and CSV), :mod:`geo.outputs.xlsx`, :mod:`geo.outputs.kml` and :mod:`geo.outputs.gpkg`, whose
public names are re-exported.
"""

from __future__ import annotations

import importlib
import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.model import REGISTER_KEYS, Project
from geo.outputs.files import write_private

if TYPE_CHECKING:
    from geo.outputs.gpkg import GPKG_LAYER
    from geo.outputs.kml import KML_NS, kml_color, to_kml
    from geo.outputs.tabular import (
        CSV_COLUMNS,
        XLSX_COLUMNS,
        csv_text,
        join_list,
        label,
        lead_units,
        sources,
        split_list,
    )
    from geo.outputs.xlsx import OTHER_SHEET, SUMMARY_SHEET, summary_tables

#: The other formats' names re-exported here, by module, imported on first use: an ingest writing
#: GeoJSON (``geo ingest --out``) needs none of their xml, csv, html and label tables (12 ms, issue 16).
_FORMAT_NAMES: dict[str, str] = {
    **dict.fromkeys(("GPKG_LAYER", "read_gpkg", "write_gpkg"), "gpkg"),
    **dict.fromkeys(("KML_NS", "kml_color", "to_kml"), "kml"),
    **dict.fromkeys(("CSV_COLUMNS", "XLSX_COLUMNS", "csv_text", "join_list", "label", "lead_units", "read_csv",
                     "sources", "split_list", "write_csv"), "tabular"),
    **dict.fromkeys(("OTHER_SHEET", "SUMMARY_SHEET", "summary_tables", "write_xlsx"), "xlsx"),
}


def __getattr__(name: str) -> Any:
    """Return a name of another format's module (:data:`_FORMAT_NAMES`), importing that module."""
    module = _FORMAT_NAMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"geo.outputs.{module}"), name)
    globals()[name] = value
    return value

__all__ = [
    "CSV_COLUMNS",
    "EXTRA_KEYS",
    "FORMATS",
    "GPKG_LAYER",
    "KML_NS",
    "MEDIA_TYPES",
    "MENTION_KEYS",
    "OTHER_SHEET",
    "PROPERTY_KEYS",
    "SUMMARY_SHEET",
    "XLSX_COLUMNS",
    "csv_text",
    "export",
    "export_bytes",
    "import_rows",
    "join_list",
    "kml_color",
    "label",
    "lead_units",
    "sources",
    "split_list",
    "summary_tables",
    "to_feature",
    "to_geojson",
    "to_kml",
    "write_geojson",
]

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
    "start_year",
    "year_basis",
    "stage_basis",  # issue 11: "learned" when the stage model inferred the stage, else null
    "period",
    "register",  # issue 13: the register fields this sentence states, or null
)

#: Project keys of the GeoJSON contract, in order.
PROPERTY_KEYS: tuple[str, ...] = (
    "id",
    "name",
    "aliases",
    "type",
    "stage",
    "target_year",
    "start_year",
    "period",
    "places",
    "part_of",
    "areas",
    "precision",
    "review",
    *REGISTER_KEYS,
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


# --------------------------------------------------------------------------- GeoJSON


def to_feature(project: Project, *, full: bool = False) -> dict[str, Any]:
    """Return one project as a GeoJSON Feature (properties: :meth:`Project.to_properties`).

    With ``full`` the properties also carry ``geo_note``, ``version``, ``events``
    and each mention's ``doc_title``, ``doc_year`` and ``doc_year_source`` (the keys :func:`import_rows` needs).
    """
    return {
        "type": "Feature",
        "id": project.id,
        "geometry": project.geometry,
        "properties": project.to_properties(full=full),
    }


def to_geojson(projects: Iterable[Project], *, full: bool = False) -> dict[str, Any]:
    """Return projects as an RFC 7946 FeatureCollection (WGS-84 lon/lat, no ``crs`` member)."""
    return {
        "type": "FeatureCollection",
        "features": [to_feature(p, full=full) for p in projects],
    }


#: The encoder of a GeoJSON line, made once instead of by :func:`json.dumps` for each feature (issue 16).
_FEATURE_ENCODER = json.JSONEncoder(ensure_ascii=False)


def write_geojson(projects: Iterable[Project], out: Path, *, full: bool = False, name: str | None = None) -> int:
    """Write projects to ``out`` as GeoJSON, one feature per line, and return the number of features.

    One line per feature instead of ``indent``: an indented dump goes through the
    json module's pure-Python encoder, 5× slower than the C encoder used for each
    line; a tenth of ``geo ingest --out`` on 50 documents (issue 16). The file is
    the same FeatureCollection, still one diffable line per project, readable by its owner only (0600).
    ``name``, when given, is the collection's title (a foreign member GDAL reads as the layer's name).
    """
    features = to_geojson(projects, full=full)["features"]
    lines = ",\n".join(map(_FEATURE_ENCODER.encode, features))
    named = f', "name": {_FEATURE_ENCODER.encode(name)}' if name else ""
    text = f'{{"type": "FeatureCollection"{named}, "features": [\n{lines}\n]}}\n'
    write_private(out, lambda path: path.write_text(text, encoding="utf-8"))  # an export: 0600 (geo.outputs.files)
    return len(features)


# --------------------------------------------------------------------------- entry points


def export(
    projects: Iterable[Project], fmt: str, out: Path, *, title: str = "规划一张图 项目清单", lang: str = "zh"
) -> int:
    """Write projects to ``out`` in ``fmt`` and return the number of projects written.

    Parameters
    ----------
    projects
        Projects of :func:`geo.store.load_projects`, usually filtered.
    fmt
        One of :data:`FORMATS`.
    out
        File to (over)write, readable by its owner only (0600); written beside it first, then moved in place.
    title
        Shown in the Excel summary sheet, the KML document, the GeoPackage layer and the GeoJSON's ``name``
        (:func:`geo.outputs.naming.export_title` says the filters in force).
    lang
        Language of the Excel summary sheet (``zh`` or ``en``); the data keep
        their Chinese headers and labels in every format.

    Raises
    ------
    ValueError
        If ``fmt`` is not a known format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rows = list(projects)
    if fmt == "geojson":
        return write_geojson(rows, Path(out), full=True, name=title)

    def write(path: Path) -> None:
        if fmt == "kml":
            from geo.outputs.kml import to_kml

            path.write_bytes(to_kml(rows, title=title))
        elif fmt == "xlsx":
            from geo.outputs.xlsx import write_xlsx

            write_xlsx(rows, path, title, lang)
        else:
            __getattr__(f"write_{fmt}")(rows, path, title)  # write_csv or write_gpkg

    write_private(Path(out), write)  # every format 0600, written aside and moved in place (geo.outputs.files)
    return len(rows)


def export_bytes(
    projects: Iterable[Project], fmt: str, *, title: str = "规划一张图 项目清单", lang: str = "zh"
) -> bytes:
    """Return the file :func:`export` would write, as bytes (for download buttons)."""
    with tempfile.TemporaryDirectory(prefix="plan-atlas-export-") as tmp:
        path = Path(tmp) / f"export.{fmt}"
        export(projects, fmt, path, title=title, lang=lang)
        return path.read_bytes()


def import_rows(path: Path) -> list[Project]:
    """Read projects back from a GeoJSON, GeoPackage or CSV export.

    Returns
    -------
    list[Project]
        The projects, as :func:`geo.store.load_projects` gives them.

    Raises
    ------
    ValueError
        If the file's suffix is not one of .geojson/.json, .gpkg, .csv.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        return [Project.from_record({**f["properties"], "geometry": f.get("geometry")})
                for f in data["features"]]
    if suffix == ".gpkg":
        from geo.outputs.gpkg import read_gpkg

        return read_gpkg(path)
    if suffix == ".csv":
        from geo.outputs.tabular import read_csv

        return read_csv(path)
    raise ValueError(f"cannot import {path.name}: expected .geojson, .gpkg or .csv")
