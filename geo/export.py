"""Write projects out: GeoJSON (RFC 7946) FeatureCollection of the current view."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

#: Mention keys of the GeoJSON contract, in order.
MENTION_KEYS: tuple[str, ...] = (
    "doc", "text", "quote", "start", "end", "stage", "target_year", "lead_unit", "doc_date",
)

#: Project keys of the GeoJSON contract, in order.
PROPERTY_KEYS: tuple[str, ...] = (
    "id", "name", "aliases", "type", "stage", "target_year", "places", "part_of", "areas",
    "precision",
)


def to_feature(project: dict[str, Any]) -> dict[str, Any]:
    """Return one project (a :func:`geo.store.load_projects` row) as a GeoJSON Feature."""
    props = {k: project.get(k) for k in PROPERTY_KEYS}
    props["mentions"] = [{k: m.get(k) for k in MENTION_KEYS} for m in project.get("mentions", [])]
    return {
        "type": "Feature",
        "id": project["id"],
        "geometry": project.get("geometry"),
        "properties": props,
    }


def to_geojson(projects: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Return projects as an RFC 7946 FeatureCollection (WGS-84 lon/lat, no ``crs`` member)."""
    return {"type": "FeatureCollection", "features": [to_feature(p) for p in projects]}


def write_geojson(projects: Iterable[dict[str, Any]], out: Path) -> int:
    """Write projects to ``out`` as GeoJSON and return the number of features."""
    collection = to_geojson(projects)
    out.write_text(json.dumps(collection, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(collection["features"])
