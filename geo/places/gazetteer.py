"""Build and load the offline gazetteer (boundaries, towns, sites, corridors) and look places up."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import geopandas as gpd
import pandas as pd
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry

from geo import settings
from geo.errors import GazetteerError
from geo.model import Precision

if TYPE_CHECKING:
    from geo.places.index import PlaceIndex

#: Provinces whose districts are kept (重庆, 四川, 贵州, 云南).
DISTRICT_PROVINCES: tuple[str, ...] = ("50", "51", "52", "53")

#: Focus area of each district adcode; 泸州市 (5105xx) is handled by prefix.
FOCUS_DISTRICTS: dict[str, str] = {
    "500116": "泸永江",  # 江津区
    "500118": "泸永江",  # 永川区
    "500152": "潼南",
    "510504": "龙马潭",
    "500110": "綦江",
}

#: District adcodes each focus area is paired with across the border.
NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "泸永江": ("510502", "510503", "510504", "510521", "510522", "510524", "510525"),
    "潼南": ("510903", "510904", "510921", "510923", "510981", "512021"),
    "龙马潭": ("510502", "510503", "510521"),
    "綦江": ("520322", "520330", "500113", "500116"),
}

BOUNDARY_FILES: tuple[str, ...] = ("provinces.geojson", "cities.geojson", "districts.geojson")
TOWNS_FILE = "towns_geonames.csv"

#: Folder of the hand-curated, committed files (towns, sites, corridors, reference).
CURATED_DIR: Path = settings.ROOT / "data" / "gazetteer"

#: One-character abbreviations (简称) and the unit each stands for, as used in
#: project names such as 渝昆高铁 or 渝黔高速. 贵 is 贵阳 (渝贵高铁 ends there),
#: 黔 is 贵州 (a province), 津 is 江津 in Chongqing documents, 万 is 万州.
ABBREVIATIONS: dict[str, str] = {
    "渝": "重庆市", "川": "四川省", "蜀": "四川省", "黔": "贵州省", "贵": "贵阳市",
    "筑": "贵阳市", "滇": "云南省", "昆": "昆明市", "蓉": "成都市", "成": "成都市",
    "泸": "泸州市", "遂": "遂宁市", "綦": "綦江区", "津": "江津区", "永": "永川区",
    "潼": "潼南区", "内": "内江市", "自": "自贡市", "宜": "宜宾市", "达": "达州市",
    "万": "万州区", "涪": "涪陵区", "广": "广安市", "柳": "柳州市", "湘": "湖南省",
    "鄂": "湖北省", "陕": "陕西省", "兰": "兰州市", "汉": "汉中市", "西": "西安市",
    "乐": "乐山市", "眉": "眉山市", "资": "资阳市", "德": "德阳市", "绵": "绵阳市",
    "赤": "赤水市", "叙": "叙永县", "合": "合川区", "荣": "荣昌区", "桂": "桂林市",
    "遵": "遵义市", "隆": "隆昌市", "安": "安岳县", "藏": "西藏自治区", "雅": "雅安市", "铜": "铜梁区", "璧": "璧山区",
}

_ADMIN_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
                   "自治县", "街道", "省", "市", "区", "县", "镇", "乡", "州")
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")


class Level(StrEnum):
    """Administrative level of a gazetteer entry, coarsest first."""

    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"
    TOWN = "town"
    SITE = "site"


_LEVEL_PRECISION = {
    Level.PROVINCE: Precision.CITY,  # no coarser precision exists; a capital is a city point
    Level.CITY: Precision.CITY,
    Level.DISTRICT: Precision.DISTRICT,
    Level.TOWN: Precision.TOWN,
    Level.SITE: Precision.SITE,
}


@dataclass(frozen=True, slots=True)
class Place:
    """A named point of the gazetteer (WGS-84), with the district (or unit) it lies in."""

    name: str
    level: Level
    lon: float
    lat: float
    adcode: str
    precision: Precision
    source: str
    kind: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def point(self) -> Point:
        """Return the place as a shapely point."""
        return Point(self.lon, self.lat)


@dataclass(frozen=True, slots=True)
class Corridor:
    """A line's real corridor as a sequence of named waypoints."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    waypoints: tuple[str, ...]
    line: LineString
    source: str

    @property
    def names(self) -> tuple[str, ...]:
        """Return the name and aliases."""
        return (self.name, *self.aliases)


def focus_area(adcode: str) -> list[str]:
    """Return the focus areas a district belongs to (泸州's 龙马潭 is in two)."""
    areas = []
    if adcode.startswith("5105"):
        areas.append("泸永江")
    if adcode in FOCUS_DISTRICTS and FOCUS_DISTRICTS[adcode] not in areas:
        areas.append(FOCUS_DISTRICTS[adcode])
    return areas


_PEOPLES = tuple(
    f"{p}族" for p in "苗 土家 布依 彝 藏 羌 壮 回 侗 仡佬 傣 白 哈尼 纳西 傈僳 蒙古 水 瑶 景颇 拉祜 佤 "
    "怒 独龙 普米 阿昌 德昂 基诺 布朗 满 维吾尔 哈萨克 黎 畲 土 撒拉 东乡 保安 裕固 锡伯 鄂温克 达斡尔 "
    "鄂伦春 赫哲 柯尔克孜 塔吉克 蒙 朝鲜 仫佬 毛南 京 门巴 珞巴".split()
)


def _strip_peoples(stem: str) -> str:
    while True:
        people = next((p for p in _PEOPLES if stem.endswith(p) and len(stem) > len(p) + 1), None)
        if people is None:
            return stem
        stem = stem[: -len(people)]


def short_name(name: str) -> str:
    """Return a unit name without its administrative suffix (江津区 → 江津, 四川省 → 四川).

    Autonomous units also lose their peoples: 彭水苗族土家族自治县 → 彭水.
    """
    for suffix in ("自治县", "自治州", "自治旗"):
        if name.endswith(suffix):
            stem = _strip_peoples(name[: -len(suffix)])
            if len(stem) >= 2:
                return stem
    for suffix in _ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def build(derived_dir: Path | None = None) -> list[Path]:
    """Write the derived boundary and town files (see :mod:`geo.gazetteer_build`).

    Parameters
    ----------
    derived_dir
        Output folder; defaults to the ``PLAN_ATLAS_DERIVED_DIR`` setting.

    Returns
    -------
    list[Path]
        The files written.
    """
    from geo.places.build import build_all  # heavy JSON work only when building

    return build_all(derived_dir or settings.path("PLAN_ATLAS_DERIVED_DIR"))


def is_built(derived_dir: Path | None = None) -> bool:
    """Return whether every derived file exists."""
    out_dir = derived_dir or settings.path("PLAN_ATLAS_DERIVED_DIR")
    return all((out_dir / f).exists() for f in (*BOUNDARY_FILES, TOWNS_FILE))


# --------------------------------------------------------------------------- gazetteer


@dataclass(frozen=True)
class Gazetteer:
    """Boundaries (WGS-84 lon/lat) of provinces, cities and districts, plus named points.

    ``towns`` and ``sites`` are DataFrames (name, aliases, lon, lat, adcode,
    precision, source; sites also ``type``); ``corridors`` maps a line's name
    to its :class:`Corridor`.
    """

    provinces: gpd.GeoDataFrame
    cities: gpd.GeoDataFrame
    districts: gpd.GeoDataFrame
    towns: pd.DataFrame = field(default_factory=pd.DataFrame)
    sites: pd.DataFrame = field(default_factory=pd.DataFrame)
    corridors: dict[str, Corridor] = field(default_factory=dict)

    def area_districts(self, area: str) -> gpd.GeoDataFrame:
        """Return the districts making up a focus area."""
        mask = self.districts["areas"].str.split(",").apply(lambda a: area in a)
        return self.districts[mask]

    def neighbour_districts(self, area: str) -> gpd.GeoDataFrame:
        """Return the cross-border neighbours a focus area is paired with."""
        codes = set(NEIGHBOURS.get(area, ())) - set(self.area_districts(area)["adcode"])
        return self.districts[self.districts["adcode"].isin(codes)]

    @functools.cached_property
    def index(self) -> PlaceIndex:
        """Return the name index used by :meth:`lookup` (built once per gazetteer)."""
        from geo.places.index import PlaceIndex

        return PlaceIndex(self)

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

    def unit_geometry(self, adcode: str) -> BaseGeometry | None:
        """Return the polygon of a district, city or province by adcode."""
        return self.index.geometry(adcode)

    def corridor(self, name: str) -> Corridor | None:
        """Return the corridor a line name (or one of its aliases) refers to."""
        return self.index.corridor(name)


def _read(path: Path) -> gpd.GeoDataFrame:
    if not path.exists():
        raise GazetteerError(f"missing {path.name}: run `make data`")
    fast = path.with_suffix(".parquet")
    if fast.exists() and fast.stat().st_mtime >= path.stat().st_mtime:
        frame = gpd.read_parquet(fast)
        frame["adcode"] = frame["adcode"].fillna("")
    else:
        frame = gpd.read_file(path)
    return frame.set_crs("EPSG:4326", allow_override=True)


def read_curated(name: str, curated_dir: Path | None = None) -> pd.DataFrame:
    """Return a curated CSV of ``data/gazetteer/`` as a DataFrame of strings and floats.

    Raises
    ------
    GazetteerError
        If the file is missing or lacks a required column.
    """
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


@functools.cache
def _load_cached(derived_dir: Path, curated_dir: Path) -> Gazetteer:
    towns_path = derived_dir / TOWNS_FILE
    if not towns_path.exists():
        raise GazetteerError(f"missing {TOWNS_FILE}: run `make data`")
    derived_towns = pd.read_csv(towns_path, dtype={"adcode": str}, keep_default_na=False)
    towns = pd.concat([read_curated("towns.csv", curated_dir), derived_towns], ignore_index=True)
    return Gazetteer(
        provinces=_read(derived_dir / "provinces.geojson"),
        cities=_read(derived_dir / "cities.geojson"),
        districts=_read(derived_dir / "districts.geojson"),
        towns=towns,
        sites=read_curated("sites.csv", curated_dir),
        corridors=_corridors(read_curated("corridors.csv", curated_dir)),
    )


def load(derived_dir: Path | None = None, *, curated_dir: Path | None = None) -> Gazetteer:
    """Load the gazetteer built by :func:`build` and the curated files (cached per folder).

    Raises
    ------
    GazetteerError
        If the derived files are missing (run ``make data``) or a curated file is bad.
    """
    derived = (derived_dir or settings.path("PLAN_ATLAS_DERIVED_DIR")).resolve()
    return _load_cached(derived, (curated_dir or CURATED_DIR).resolve())


def iter_names(text: str) -> Iterable[str]:
    """Yield the names of a ``|``-separated alias cell."""
    return (a.strip() for a in text.split("|") if a.strip())


def clean_name(name: str) -> str:
    """Return a name without bracketed parts and spaces (重庆(綦江)食品工业园区 → 重庆食品工业园区)."""
    return re.sub(r"\s+", "", _BRACKETS.sub("", name))
