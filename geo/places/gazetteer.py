"""Build and load the offline gazetteer (boundaries, towns, sites, corridors) and look places up."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from shapely.geometry import LineString
from shapely.geometry.base import BaseGeometry

from geo import settings
from geo.errors import GazetteerError
from geo.places.cache import cached_index
from geo.places.index import PlaceIndex
from geo.places.records import (
    BOUNDARY_FILES,
    CURATED_DIR,
    STAMP_FILE,
    TOWNS_CN_FILE,
    TOWNS_FILE,
    Corridor,
    Place,
)
from geo.places.region import PLACE_WORDS_FILE, region

if TYPE_CHECKING:  # pandas and geopandas are imported where the tables are read (issue 16)
    import geopandas as gpd
    import pandas as pd


def build(derived_dir: Path | None = None) -> list[Path]:
    """Write the derived boundary and town files (see :mod:`geo.places.build`).

    Parameters
    ----------
    derived_dir
        Output folder; defaults to the ``PLAN_ATLAS_DERIVED_DIR`` setting.

    Returns
    -------
    list[Path]
        The files written.
    """
    # Imported here, not with the gazetteer: importlib.metadata and the build's own patterns, ~25 ms an ingest.
    from geo.places.build import build_all

    return build_all(derived_dir or settings.path("PLAN_ATLAS_DERIVED_DIR"))


def is_built(derived_dir: Path | None = None) -> bool:
    """Return whether every derived file exists and was built by this code from this data."""
    out_dir = derived_dir or settings.path("PLAN_ATLAS_DERIVED_DIR")
    if not all((out_dir / f).exists() for f in (*BOUNDARY_FILES, TOWNS_FILE, PLACE_WORDS_FILE, STAMP_FILE)):
        return False
    from geo.places.build import fingerprint

    return (out_dir / STAMP_FILE).read_text(encoding="utf-8").strip() == fingerprint()


# --------------------------------------------------------------------------- gazetteer


@dataclass(frozen=True, slots=True)
class _Tables:
    provinces: gpd.GeoDataFrame
    cities: gpd.GeoDataFrame
    districts: gpd.GeoDataFrame
    towns: pd.DataFrame
    sites: pd.DataFrame
    corridors: dict[str, Corridor]
    former_names: pd.DataFrame


#: Line names whose corridor a gazetteer keeps at most (:meth:`Gazetteer.corridor`).
_CORRIDOR_NAMES_SIZE = 4096


class Gazetteer:
    """Boundaries (WGS-84 lon/lat) of provinces, cities and districts, plus named points.

    ``towns`` and ``sites`` are DataFrames (name, aliases, lon, lat, adcode,
    precision, source; sites also ``type``); ``corridors`` maps a line's name
    to its :class:`Corridor`. The tables are read (with pandas) on first use;
    lookups go through :attr:`index`, which is read from a cache file when one
    was written for the same data (so an ingest neither imports pandas nor reads
    the boundary files, issue 16).
    """

    def __init__(self, derived_dir: Path, curated_dir: Path) -> None:
        self.derived_dir = derived_dir
        self.curated_dir = curated_dir

    def __repr__(self) -> str:
        return f"Gazetteer({self.derived_dir}, {self.curated_dir})"

    @functools.cached_property
    def _tables(self) -> _Tables:
        return _read_tables(self.derived_dir, self.curated_dir)

    @property
    def provinces(self) -> gpd.GeoDataFrame:
        """Province boundaries (name, adcode, lon, lat, geometry)."""
        return self._tables.provinces

    @property
    def cities(self) -> gpd.GeoDataFrame:
        """City boundaries (name, adcode, lon, lat, geometry)."""
        return self._tables.cities

    @property
    def districts(self) -> gpd.GeoDataFrame:
        """District boundaries (name, adcode, lon, lat, areas, geometry)."""
        return self._tables.districts

    @property
    def towns(self) -> pd.DataFrame:
        """Towns: the curated ones, then GeoNames'."""
        return self._tables.towns

    @property
    def sites(self) -> pd.DataFrame:
        """Curated sites (airports, ports, stations …)."""
        return self._tables.sites

    @property
    def corridors(self) -> dict[str, Corridor]:
        """Curated corridors by line name."""
        return self._tables.corridors

    @property
    def former_names(self) -> pd.DataFrame:
        """Former names of renamed counties (former, adcode, current, date, source): 开县 is 开州区."""
        return self._tables.former_names

    def area_districts(self, area: str) -> gpd.GeoDataFrame:
        """Return the districts making up a focus area."""
        mask = self.districts["areas"].str.split(",").apply(lambda a: area in a)
        return self.districts[mask]

    def neighbour_districts(self, area: str) -> gpd.GeoDataFrame:
        """Return the cross-border neighbours a focus area is paired with."""
        codes = set(region().area(area).neighbours) - set(self.area_districts(area)["adcode"])
        return self.districts[self.districts["adcode"].isin(codes)]

    @functools.cached_property
    def index(self) -> PlaceIndex:
        """Return the name index used by :meth:`lookup` (built once per data, see :mod:`geo.places.cache`)."""
        return cached_index(self.derived_dir, self.curated_dir, lambda: PlaceIndex(self))

    def lookup(self, name: str, *, context: Sequence[str] = ()) -> list[Place]:
        """Return the places a name may denote, best first (empty when unknown).

        Parameters
        ----------
        name
            A place as written: 江津, 江津区, 江津白沙, 陈食镇, 渝, 泸州市龙马潭区.
        context
            Strings about the document (issuer, title, other places of the
            item); units named there win ties (金龙 in a 龙马潭 document).
        """
        return self.index.lookup(name, context=context)

    @property
    def province_names(self) -> tuple[str, ...]:
        """Return the province names (as :attr:`provinces` has them, in its order) without reading the table."""
        return self.index.province_names

    def unit_geometry(self, adcode: str) -> BaseGeometry | None:
        """Return the polygon of a district, city or province by adcode."""
        return self.index.geometry(adcode)

    @functools.cached_property
    def _corridor_names(self) -> dict[str, Corridor | None]:
        return {}

    def corridor(self, name: str) -> Corridor | None:
        """Return the corridor a line name (or one of its aliases) refers to.

        Kept per name (at most :data:`_CORRIDOR_NAMES_SIZE`, then all are dropped): a line's names, parts and
        aliases are asked again for each way it is drawn (3,100 questions on 1,100 names for the 50 documents of
        the ingest bench, each cleaned and cut to its prefixes; issue 16 item 5).
        """
        kept = self._corridor_names
        if name not in kept:
            if len(kept) >= _CORRIDOR_NAMES_SIZE:
                kept.clear()
            kept[name] = self.index.corridor(name)
        return kept[name]


def _read(path: Path) -> gpd.GeoDataFrame:
    import geopandas as gpd

    if not path.exists():
        raise GazetteerError(f"missing {path.name}: run `make data`")
    fast = path.with_suffix(".parquet")
    if fast.exists() and fast.stat().st_mtime >= path.stat().st_mtime:
        frame = gpd.read_parquet(fast)
        frame["adcode"] = frame["adcode"].fillna("")
    else:
        frame = gpd.read_file(path)
    return frame.set_crs("EPSG:4326", allow_override=True)


#: Curated former names of renamed units (optional: a curated folder without it has none).
FORMER_NAMES = "former_names.csv"


def read_curated(name: str, curated_dir: Path | None = None) -> pd.DataFrame:
    """Return a curated CSV of ``data/gazetteer/`` as a DataFrame of strings and floats.

    Raises
    ------
    GazetteerError
        If the file is missing or lacks a required column.
    """
    import pandas as pd

    path = (curated_dir or CURATED_DIR) / name
    if not path.exists():
        raise GazetteerError(f"missing curated file {path}")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, comment="#")
    for column in ("lon", "lat"):
        if column in frame:
            frame[column] = frame[column].astype(float)
    if "source" not in frame or (frame["source"].str.strip() == "").any():
        raise GazetteerError(f"{path.name}: every row needs a source")
    return frame


def _corridors(frame: pd.DataFrame) -> dict[str, Corridor]:
    out: dict[str, Corridor] = {}
    frame = frame.assign(seq=frame["seq"].astype(int)).sort_values(["line", "seq"])
    for line, rows in frame.groupby("line", sort=False):
        coords = list(zip(rows["lon"], rows["lat"], strict=True))
        aliases = tuple(a for a in rows["aliases"].iloc[0].split("|") if a)
        out[str(line)] = Corridor(
            name=str(line), aliases=aliases, kind=rows["type"].iloc[0],
            waypoints=tuple(rows["place"]), line=LineString(coords),
            source="; ".join(sorted(set(rows["source"]))),
        )
    return out


def _read_tables(derived_dir: Path, curated_dir: Path) -> _Tables:
    import pandas as pd

    towns_path = derived_dir / TOWNS_FILE
    if not towns_path.exists():
        raise GazetteerError(f"missing {TOWNS_FILE}: run `make data`")
    derived_towns = pd.read_csv(towns_path, dtype={"adcode": str}, keep_default_na=False)
    towns = pd.concat([read_curated("towns.csv", curated_dir), derived_towns], ignore_index=True)
    return _Tables(
        provinces=_read(derived_dir / "provinces.geojson"),
        cities=_read(derived_dir / "cities.geojson"),
        districts=_read(derived_dir / "districts.geojson"),
        towns=towns,
        sites=read_curated("sites.csv", curated_dir),
        corridors=_corridors(read_curated("corridors.csv", curated_dir)),
        former_names=read_curated(FORMER_NAMES, curated_dir) if (curated_dir / FORMER_NAMES).exists()
        else pd.DataFrame(columns=["former", "adcode", "current", "date", "source"]),
    )


@functools.cache
def _load_cached(derived_dir: Path, curated_dir: Path) -> Gazetteer:
    for name in (*BOUNDARY_FILES, TOWNS_FILE):  # fail here, as reading the tables would
        if not (derived_dir / name).exists():
            raise GazetteerError(f"missing {name}: run `make data`")
    return Gazetteer(derived_dir, curated_dir)


def forget() -> None:
    """Forget the gazetteers read so far (a folder built or edited again is read again)."""
    _load_cached.cache_clear()


def load(derived_dir: Path | None = None, *, curated_dir: Path | None = None) -> Gazetteer:
    """Load the gazetteer built by :func:`build` and the curated files (cached per folder).

    Raises
    ------
    GazetteerError
        If the derived files are missing (run ``make data``) or a curated file is bad.
    """
    derived = (derived_dir or settings.path("PLAN_ATLAS_DERIVED_DIR")).resolve()
    return _load_cached(derived, (curated_dir or CURATED_DIR).resolve())


def town_short_forms() -> frozenset[str]:
    """Return the short forms (two characters or more) of the towns of the region's provinces (含山 of a town 含山镇),
    made from ``towns_cn.csv``; empty when it was not built.

    They are kept with the place index (:attr:`~geo.places.index.PlaceIndex.town_shorts`), which an ingest
    reads anyway, instead of being read from the file's 39,000 rows by every process (issue 16).
    """
    if not (settings.path("PLAN_ATLAS_DERIVED_DIR") / TOWNS_CN_FILE).exists():
        return frozenset()
    return load().index.town_shorts
