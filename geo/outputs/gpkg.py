"""Write projects to a GeoPackage layer and read them back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from geo.model import REGISTER_KEYS, Project
from geo.outputs.tabular import CODED, LIST_KEYS, label

GPKG_LAYER = "projects"


def write_gpkg(projects: list[Project], out: Path, title: str) -> None:
    """Write projects to ``out`` as the GeoPackage layer :data:`GPKG_LAYER` described by ``title``."""
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import shape

    records = []
    for p in projects:
        props = p.to_properties(full=True)
        row = {k: props[k] for k in ("id", "name", "type", "stage", "part_of", "precision", "geo_note")}
        row["target_year"] = p.target_year
        row["version"] = p.version
        row["review"] = props["review"]
        row |= {k: props[k] for k in REGISTER_KEYS}  # issue 13: the register, amounts in 亿元
        for key in (*LIST_KEYS, "mentions", "events"):
            row[key] = json.dumps(props[key], ensure_ascii=False)
        for key, kind in CODED.items():
            row[f"{key}_zh"] = label(kind, props[key])
        row["geometry"] = shape(p.geometry) if p.geometry else None
        records.append(row)
    frame = (
        gpd.GeoDataFrame(records, geometry="geometry", crs="EPSG:4326")
        if records
        else gpd.GeoDataFrame(
            {"id": pd.Series(dtype=str)}, geometry=gpd.GeoSeries([], crs="EPSG:4326")
        )
    )
    for key in ("target_year", "version", "annual_investment_year"):
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


def read_gpkg(path: Path) -> list[Project]:
    """Return the projects of a GeoPackage export."""
    import pyogrio
    from shapely.geometry import mapping

    frame = pyogrio.read_dataframe(path, layer=GPKG_LAYER)
    out = []
    for rec in frame.to_dict("records"):
        p = {
            k: _none(rec.get(k))
            for k in ("id", "name", "type", "stage", "part_of", "precision", "geo_note")
        }
        for key in ("target_year", "version"):
            p[key] = None if _none(rec.get(key)) is None else int(rec[key])
        p["review"] = _none(rec.get("review"))
        p |= {k: _none(rec.get(k)) for k in REGISTER_KEYS}
        for key in (*LIST_KEYS, "mentions", "events"):
            p[key] = json.loads(rec[key]) if rec.get(key) else []
        geom = rec.get("geometry")
        p["geometry"] = json.loads(json.dumps(mapping(geom))) if geom is not None else None
        out.append(Project.from_record(p))
    return out


def _none(value: Any) -> Any:
    import pandas as pd

    return (
        None if value is None or (not isinstance(value, (list, dict)) and pd.isna(value)) else value
    )
