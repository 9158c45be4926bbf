"""Rivers for the offline basemap, extracted once from GSHHG's WDBII data with Debian's ``gmt``."""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from shapely.geometry import LineString

from geo import settings

if TYPE_CHECKING:
    import geopandas as gpd

RIVERS_FILE = "rivers.geojson"

#: Region extracted (lon/lat): Sichuan basin, Chongqing and northern Guizhou.
REGION = (102.0, 110.5, 26.5, 32.5)

#: WDBII river levels kept: 1 double-lined, 2 permanent major, 3 additional major.
LEVELS: tuple[int, ...] = (1, 2, 3)


def available() -> bool:
    """Return whether ``gmt`` (with its GSHHG data) is installed to build the rivers."""
    return shutil.which("gmt") is not None


def parse_coast(text: str) -> list[dict]:
    """Turn ``gmt coast -M`` output (``>`` headers, then lon lat rows) into GeoJSON features."""
    features: list[dict] = []
    coords: list[tuple[float, float]] = []
    level = 0

    def flush() -> None:
        if len(coords) >= 2:
            line = LineString(coords).simplify(0.002)
            features.append(
                {
                    "type": "Feature",
                    "properties": {"level": level},
                    "geometry": {"type": "LineString", "coordinates": [[round(x, 4), round(y, 4)] for x, y in line.coords]},
                }
            )
        coords.clear()

    for raw in text.splitlines():
        if raw.startswith(">"):
            flush()
            level = int(raw.rsplit("Level", 1)[-1]) if "Level" in raw else 0
            continue
        parts = raw.split()
        if len(parts) >= 2:
            coords.append((float(parts[0]), float(parts[1])))
    flush()
    return features


def build(derived_dir: Path | None = None) -> Path | None:
    """Extract the region's rivers to ``rivers.geojson``; return the path, or None without gmt.

    Source: GSHHG 2.3.7 WDBII rivers (Debian ``gmt-gshhg-full``, LGPL), WGS-84,
    a few hundred metres of error; unnamed lines. Run by ``make data``.
    """
    if not available():
        return None
    out_dir = derived_dir or settings.path("PLAN_ATLAS_DERIVED_DIR")
    out_dir.mkdir(parents=True, exist_ok=True)
    w, e, s, n = REGION
    with tempfile.TemporaryDirectory(prefix="plan-atlas-gmt-") as scratch:  # gmt writes gmt.history to cwd
        result = subprocess.run(
            ["gmt", "coast", f"-R{w}/{e}/{s}/{n}", *(f"-I{level}" for level in LEVELS), "-Df", "-M"],
            capture_output=True, text=True, check=False, timeout=120, cwd=scratch,
        )
    if result.returncode != 0:
        return None
    path = out_dir / RIVERS_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"type": "FeatureCollection", "features": parse_coast(result.stdout)}), encoding="utf-8")
    tmp.replace(path)
    return path


@functools.cache
def _load(path: Path) -> gpd.GeoDataFrame | None:
    if not path.exists():
        return None
    import geopandas as gpd  # imported on use: the ingest never draws rivers (issue 16)

    return gpd.read_file(path).set_crs("EPSG:4326", allow_override=True)


def forget() -> None:
    """Forget the rivers read so far (a file built again is read again)."""
    _load.cache_clear()


def load(derived_dir: Path | None = None) -> gpd.GeoDataFrame | None:
    """Return the rivers (GeoDataFrame of lines with ``level``), or None when not built."""
    return _load(((derived_dir or settings.path("PLAN_ATLAS_DERIVED_DIR")) / RIVERS_FILE).resolve())
