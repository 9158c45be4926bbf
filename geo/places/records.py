"""Records of the gazetteer: place levels, places, corridors, the focus areas and name forms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from shapely.geometry import LineString, Point

from geo import settings
from geo.model import Precision

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


LEVEL_PRECISION = {
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


def iter_names(text: str) -> Iterable[str]:
    """Yield the names of a ``|``-separated alias cell."""
    return (a.strip() for a in text.split("|") if a.strip())


def clean_name(name: str) -> str:
    """Return a name without bracketed parts and spaces (重庆(綦江)食品工业园区 → 重庆食品工业园区)."""
    return re.sub(r"\s+", "", _BRACKETS.sub("", name))
