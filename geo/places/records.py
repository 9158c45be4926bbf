"""Records of the gazetteer: place levels, places, corridors and name forms."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from shapely.geometry import LineString, Point

from geo import settings
from geo.model import Precision

BOUNDARY_FILES: tuple[str, ...] = ("provinces.geojson", "cities.geojson", "districts.geojson")
TOWNS_FILE = "towns_geonames.csv"
#: China's towns by county (jionlp's location tree, ``geo.places.towns_cn``): optional, no points.
TOWNS_CN_FILE = "towns_cn.csv"
#: ``Place.kind`` of a county answered for a town of that index (the town is known, not its point).
TOWN_COUNTY = "town_county"
#: The file that records which code and data built the derived folder (``geo.places.build.fingerprint``).
STAMP_FILE = "BUILD"

#: Folder of the hand-curated, committed files (towns, sites, corridors, reference).
CURATED_DIR: Path = settings.ROOT / "data" / "gazetteer"

#: The words a town's name ends with (石壕镇, 水磨乡, 古南街道).
TOWN_ENDS: tuple[str, ...] = ("镇", "乡", "街道")

#: (特区 before 区: a county-level 特区 of 贵州 is written by its stem, 六枝特区 → 六枝, as a 区 or 县 is.)
_ADMIN_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
                   "自治县", "街道", "特区", "省", "市", "区", "县", "镇", "乡", "州")
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
_SPACE = re.compile(r"\s+")


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
    #: A site whose name carries no place of its own (进境粮食指定监管场地): many cities have one,
    #: so it is meant only in a document about its own city (``sites.csv`` column ``scope`` = city).
    local: bool = False

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # The kept index holds ~9,000 places read by every ingest process (issue 16): each is
        # unpickled by _restore_place, a third of the time of the frozen constructor's ten
        # object.__setattr__ calls (which took half the time of dataclasses' __setstate__).
        return _restore_place, (self.name, self.level, self.lon, self.lat, self.adcode, self.precision,
                                self.source, self.kind, self.aliases, self.local)

    @property
    def point(self) -> Point:
        """Return the place as a shapely point (one per position: shapely's geometries are immutable)."""
        key = (self.lon, self.lat)
        found = _POINTS.get(key)
        if found is None:
            found = Point(self.lon, self.lat)
            if self.lon == self.lon and self.lat == self.lat:  # not NaN: a NaN key is never found again
                _POINTS[key] = found
        return found


class _PlaceSlots:
    """The slots of :class:`Place`, in its order, set plainly (see :func:`_restore_place`)."""

    __slots__ = Place.__slots__

    def __init__(self, name: str, level: Level, lon: float, lat: float, adcode: str, precision: Precision,
                 source: str, kind: str, aliases: tuple[str, ...], local: bool) -> None:
        self.name, self.level, self.lon, self.lat, self.adcode = name, level, lon, lat, adcode
        self.precision, self.source, self.kind, self.aliases, self.local = precision, source, kind, aliases, local


def _restore_place(*fields: object) -> Place:
    """Return the place of ``fields`` (unpickling): made with its slots set plainly, then given its class.

    A :class:`_PlaceSlots` has the same slots as a Place, so the object becomes a Place, equal
    to one built by the constructor (``tests/places/test_gazetteer.py``).
    """
    place = _PlaceSlots(*fields)  # type: ignore[arg-type]
    place.__class__ = Place  # type: ignore[assignment]
    return place  # type: ignore[return-value]


#: The points of places asked for so far (issue 16: geocoding built ~3,000 a run, ~20 µs each).
_POINTS: dict[tuple[float, float], Point] = {}


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


#: Facilities on a road or railway that take its name (成渝高速永川隧道, 甲乙高速丙收费站): not the line.
_LINE_FACILITY_TAILS = ("隧道", "收费站", "服务区")


def line_facility(name: str) -> bool:
    """Return whether a name is a facility on a line (…隧道, …收费站, …服务区) rather than the line."""
    return name.endswith(_LINE_FACILITY_TAILS)


_PEOPLES = tuple(
    f"{p}族" for p in "苗 土家 布依 彝 藏 羌 壮 回 侗 仡佬 傣 白 哈尼 纳西 傈僳 蒙古 水 瑶 景颇 拉祜 佤 "
    "怒 独龙 普米 阿昌 德昂 基诺 布朗 满 维吾尔 哈萨克 黎 畲 土 撒拉 东乡 保安 裕固 锡伯 鄂温克 达斡尔 "
    "鄂伦春 赫哲 柯尔克孜 塔吉克 蒙 朝鲜 仫佬 毛南 京 门巴 珞巴".split()
)


def without_peoples(stem: str) -> str:
    """Return a name stem without the peoples it ends with (芙蓉桥白族 → 芙蓉桥)."""
    return _strip_peoples(stem)


#: The peoples as a set, and their lengths: the one a stem ends with is found by its last few characters.
#: No people's name ends another's (土族, 土家族), so a stem ends with one at most.
_PEOPLE_SET = frozenset(_PEOPLES)
_PEOPLE_SIZES = tuple(sorted({len(p) for p in _PEOPLES}))


def _strip_peoples(stem: str) -> str:
    # Looked up by the stem's end rather than tried people by people (52 tests for each stem): the
    # ethnic townships of the town index are stripped so, 850 of them (issue 16).
    while True:
        people = next((stem[-n:] for n in _PEOPLE_SIZES if stem[-n:] in _PEOPLE_SET), "")
        if not people or len(stem) <= len(people) + 1:
            return stem
        stem = stem[: -len(people)]


def is_prefecture(place: Place) -> bool:
    """Return whether ``place`` is a city of prefecture level: a city whose adcode ends in 00.

    万宁 (469006), a county-level city the gazetteer keeps among cities (a county a province governs
    directly, 4690xx: Hainan's have no prefecture), is none.
    """
    return place.level is Level.CITY and place.adcode.endswith("00")


def unit_prefix(adcode: str) -> str:
    """Return the adcode prefix that a unit's members share (50, 5105, 510504)."""
    if adcode.endswith("0000"):
        return adcode[:2]
    if adcode.endswith("00"):
        return adcode[:4]
    return adcode


@functools.lru_cache(maxsize=65_536)
def short_name(name: str) -> str:
    """Return a unit name without its administrative suffix (江津区 → 江津, 四川省 → 四川).

    Autonomous units also lose their peoples: 彭水苗族土家族自治县 → 彭水. Memoised: a pure function of
    the name, which the readers of places ask again and again (10,300 times for 2,500 names for the
    50 documents of the ingest bench, each trying sixteen suffixes; issue 16).
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


@functools.lru_cache(maxsize=1 << 16)
def clean_name(name: str) -> str:
    """Return a name without bracketed parts and spaces (重庆(綦江)食品工业园区 → 重庆食品工业园区)."""
    if "(" not in name and "（" not in name and not _SPACE.search(name):
        return name  # the common case, without two substitutions
    return _SPACE.sub("", _BRACKETS.sub("", name))


def clean_positions(name: str) -> list[int]:
    """Return where in ``name`` each character of :func:`clean_name` stands (its index in ``name``).

    A reader that finds a place in the cleaned text (重庆食品 of 重庆(綦江)食品) looks at the text as written
    around it: the place's offsets are turned back into the written text's with these.
    """
    # (a space inside brackets goes with them; the rest are the spaces)
    dropped = sorted(m.span() for pattern in (_BRACKETS, _SPACE) for m in pattern.finditer(name))
    kept: list[int] = []
    pos = 0  # the runs between the dropped spans, added whole (a sentence is long: not one character at a time)
    for start, end in dropped:
        kept.extend(range(pos, start))
        pos = max(pos, end)
    kept.extend(range(pos, len(name)))
    return kept
