"""The town → county index (jionlp's location tree): the towns of China by county, known by name, not by point.

Where it sits: **places** (document → text → entities → places → database → map layers), inside the name index
(:class:`geo.places.index.PlaceIndex`, which it is mixed into). A town written with its suffix (叠溪镇) or bare
before a facility's word (叠溪站) that no point source holds is read here as its county, at the county's seat
(district precision), where the name or the document's context settles which county it is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace

from geo.model import Precision
from geo.places.records import TOWN_COUNTY, Level, Place, short_name
from geo.places.towns_cn import town_short

#: The longest name (in characters) the name index reads in a text.
MAX_NAME = 12
#: Town suffixes that make a name a town wherever it stands (the town → county index is read for them).
TOWN_SUFFIXES = ("镇", "乡", "街道", "苏木")
_TOWN_END = re.compile("|".join(TOWN_SUFFIXES))
#: Words of plans that are also the name of some town (推进小城镇建设, 打造中心镇): never read from the index.
_GENERIC_TOWNS = frozenset({"小城镇", "中心镇", "重点镇", "特色镇", "新城镇", "城关镇", "示范镇", "中心乡",
                            "工业镇", "商贸镇", "旅游镇", "专业镇", "卫星镇", "特色小镇", "历史文化名镇"})
#: The suffix an ethnic township is written with when its people is left out (堰塘土家族乡: 堰塘乡).
_ETHNIC_SUFFIX = {"民族乡": "乡", "民族苏木": "苏木"}


class TownCountyIndex:
    """The town → county index's readings, mixed into :class:`geo.places.index.PlaceIndex`.

    They read the name index's units by adcode (``_units``), its names (``_by_name``) and the provinces
    whose towns are kept (``_town_provinces``); the index itself (``_cn_towns``) is built by
    :meth:`_add_town_index` when the name index is.
    """

    _units: dict[str, Place | None]
    _by_name: dict[str, list[Place]]
    _town_provinces: tuple[str, ...]

    def _add_town_index(self, rows: list[dict[str, str]]) -> None:
        """Keep the town → county index: each town's full name (胡市镇) → its counties and kind.

        Only names written with their suffix whose remaining name has two characters or more
        (``towns_cn.town_short``): 城乡 or 下乡 are words, not towns.
        """
        towns: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for row in rows:
            if row["short"] and row["adcode"] in self._units and row["name"] not in _GENERIC_TOWNS:
                towns[row["name"]].append((row["adcode"], row["kind"]))
        # One string per name ("511126镇 …", six-digit adcode then kind): 30,000 names unpickle in a
        # third of the time tuples take (the kept index is read by every ingest, issue 16).
        self._cn_towns: dict[str, str] = {k: " ".join(code + kind for code, kind in v) for k, v in towns.items()}
        # The short forms of the towns of the region's provinces (lexicon.TOWN_SHORTS), kept with the index:
        # reading them from the 39,000 rows of towns_cn.csv took ~5 % of an ingest of 50 documents (issue 16).
        self._town_shorts = frozenset(row["short"] for row in rows
                                      if len(row["short"]) > 1 and row["adcode"].startswith(self._town_provinces))

    @property
    def town_shorts(self) -> frozenset[str]:
        """Return the short forms (two characters or more) of the towns of the region's provinces (含山 of 含山镇)."""
        return self._town_shorts

    def _town_entries(self, name: str) -> tuple[tuple[str, str], ...]:
        """Return ``(adcode, kind)`` of each county holding a town of this full name, by the index."""
        packed = getattr(self, "_cn_towns", {}).get(name)
        return tuple((e[:6], e[6:]) for e in packed.split(" ")) if packed else ()

    def town_counties(self, name: str) -> tuple[str, ...]:
        """Return the adcodes of the counties holding a town of this full name (胡市镇), by the index."""
        return tuple(code for code, _ in self._town_entries(name))

    def town_name_counties(self, name: str) -> frozenset[str]:
        """Return the adcodes of the counties holding a town of this full name (堰塘乡), by the index, its
        ethnic townships written without their people included (堰塘土家族乡 of 德江, besides 万源's 堰塘乡)."""
        table = getattr(self, "_short_counties", None)
        if table is None:  # built on first use from the few hundred ethnic townships (民族乡, 民族苏木)
            table = defaultdict(set)
            for full in getattr(self, "_cn_towns", {}):
                if "族" in full:
                    for code, kind in self._town_entries(full):
                        if kind in _ETHNIC_SUFFIX and (short := town_short(full, kind)):
                            table[short + _ETHNIC_SUFFIX[kind]].add(code)
            self._short_counties = table
        return frozenset(self.town_counties(name)) | frozenset(table.get(name, ()))

    def bare_town_counties(self, word: str) -> frozenset[str]:
        """Return the adcodes of the counties holding a town written ``word`` with any town suffix (寸滩 →
        寸滩街道), by the index: how many places of China a bare town name can mean."""
        return frozenset(code for s in TOWN_SUFFIXES for code in self.town_counties(word + s))

    def index_towns_in(self, text: str) -> list[tuple[int, int, str]]:
        """Return ``(start, end, name)`` of the towns of the town → county index written with their
        suffix in a text (叠溪镇), where no point source knows the name (马村镇: 马村 is only the short
        form of 马村区); longest name at each end.

        Kept apart from :meth:`scan`: a town known only by its county is read where a reader asks
        for it (the item's own clause), not as a county the text names.
        """
        towns = getattr(self, "_cn_towns", None)
        if not towns:
            return []
        out: list[tuple[int, int, str]] = []
        for match in _TOWN_END.finditer(text):
            end = match.end()
            for size in range(min(MAX_NAME, end), 2, -1):
                word = text[end - size:end]
                if word in towns and word not in self._by_name and not any(
                        p.level in (Level.TOWN, Level.SITE) and p.adcode in self.town_name_counties(word)
                        for p in self._by_name.get(short_name(word), ())):
                    # a point of the short form in no county holding a town of that name is another
                    # place (沙子 of 重庆 is no 沙子乡 of 贵州's 镇宁): the index tells the county
                    out.append((end - size, end, word))
                    break
        return out

    def with_index_towns(self, text: str, scanned: list[tuple[int, int, str]],
                         read: Callable[[str], bool]) -> list[tuple[int, int, str]]:
        """Return the names :meth:`scan` read in ``text`` with the towns of :meth:`index_towns_in` added.

        A town of the index written whole takes the place of a shorter name inside it that the
        reader does not ``read`` as a place of its document: 沙子乡 of a 镇宁 text is that town (at
        its county), not the 沙子 of another province that the point sources hold; a name the
        document reads (当阳市玉泉街道: GeoNames' 玉泉 of 当阳, a 街道 the index lacks there) stays.
        A town overlapping a name it does not contain is left out.
        """
        towns = self.index_towns_in(text)
        kept = [s for s in scanned
                if not any(t0 <= s[0] and s[1] <= t1 for t0, t1, _ in towns) or read(s[2])]
        return sorted([*kept, *(t for t in towns if not any(s < t[1] and e > t[0] for s, e, _ in kept))])

    def bare_towns_at(self, text: str, starts: Sequence[int],
                      counties: Callable[[], Collection[str]]) -> list[tuple[int, int, Place]]:
        """Return ``(start, end, county)`` of towns of the index written without their suffix at ``starts``.

        A station, interchange or bridge is named for a town written bare (叠溪站 for 叠溪镇, 高川站
        for 高川乡, 大竹林嘉陵江大桥 for 大竹林街道). Read only at the given positions (where a
        name starts, or after the county it writes first) and only for a town of one of the
        ``counties()`` (six-digit adcodes: the document's own), longest name first; a name a point
        source or a unit already holds is left to them. ``counties`` is asked only when the index
        holds a town written so: working them out reads the item's sentences (issue 16 item 5).
        """
        towns = getattr(self, "_cn_towns", None)
        if not towns:
            return []
        out: list[tuple[int, int, Place]] = []
        named: Collection[str] | None = None
        for at in dict.fromkeys(starts):
            for size in range(min(MAX_NAME, len(text) - at), 1, -1):
                word = text[at:at + size]
                if word in self._by_name:
                    continue
                if not any(self._town_entries(word + s) for s in TOWN_SUFFIXES):
                    continue
                if named is None:
                    named = counties()
                found = self.bare_town_county(word, named)
                if found is not None:  # the bare name is the town's too (叠溪站 heads with 叠溪)
                    out.append((at, at + size, replace(found, aliases=(*found.aliases, word))))
                    break
        return out

    def bare_town_county(self, word: str, units: Iterable[str]) -> Place | None:
        """Return the county of the one town the index holds as ``word`` with a town's suffix (叠溪 → 叠溪镇)
        in ``units`` (adcodes or their prefixes: a county, a city), else ``None``.

        The answer is the county at its seat (district precision): the index knows the town, not its point.
        Two counties of the units holding a town of that name, or none, say nothing.
        """
        inside = tuple(units)
        entries = [(code, word + s) for s in TOWN_SUFFIXES for code, _ in self._town_entries(word + s)
                   if inside and code.startswith(inside)]
        if len({code for code, _ in entries}) != 1:
            return None
        code, full = entries[0]
        found = self._index_town(full, {code})
        return found[0] if found else None

    def _confirmed(self, towns: list[Place], query: str) -> list[Place]:
        """Return the GeoNames towns read for a full town name (芙蓉镇) that the index confirms.

        Where the index holds the name, a GeoNames point in none of its counties is another
        place of the same short name (a 芙蓉 街道 or village) and is dropped; curated towns stay.
        Where it does not hold the name (renamed since: 陈食镇 is 陈食街道 now), all stay.
        """
        counties = set(self.town_counties(query))
        if not counties or not towns:
            return towns
        return [p for p in towns if p.adcode in counties or not p.source.startswith("GeoNames")]

    @staticmethod
    def _in_prefixes(place: Place, prefixes: set[str], size: int) -> bool:
        return any(len(p) >= size and place.adcode.startswith(p) for p in prefixes)

    def _index_town(self, query: str, prefixes: set[str], *, narrowest: int = 0) -> list[Place]:
        """Return the county of a town the index holds, when the name settles it; else nothing.

        The name settles it when one county of China holds it, or one of the counties, cities
        or provinces the context names (the narrowest that holds any); with ``narrowest`` 4, only
        a county or city the context names counts. Equal candidates are never guessed between.
        The answer is the county (district precision, at its seat): the town is known, not its point.
        """
        entries = self._town_entries(query)
        if not entries:
            return []
        chosen = entries if len(entries) == 1 and not narrowest else ()
        if not chosen:
            for size in (6, 4) if narrowest else (6, 4, 2):
                named = {p for p in prefixes if len(p) == size}
                inside = tuple(e for e in entries if e[0][:size] in named)
                if inside:
                    chosen = inside if len(inside) == 1 else ()
                    break
        if len(chosen) != 1:
            return []
        code, kind = chosen[0]
        county = self._units[code]
        if county is None:
            return []
        source = (f"{query} ({kind}) of {county.name}: jionlp location tree (Apache-2.0); "
                  "town known, point at county seat")
        return [Place(county.name, Level.DISTRICT, county.lon, county.lat, code, Precision.DISTRICT,
                      source, kind=TOWN_COUNTY, aliases=(query,))]
