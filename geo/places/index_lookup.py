"""Place strings looked up in a document's context: the units context strings name, the places a name denotes.

Where it sits: **places** (document → text → entities → places → database → map layers), inside the name index
(:class:`geo.places.index.PlaceIndex`, which it is mixed into), under every reader of a place string
(:mod:`geo.places.resolving`, :mod:`geo.places.scan`). A name is looked up whole, then as a unit's name
followed by a place inside it (江津白沙); the candidates are ranked by the units the context names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.places.glue import after_verb
from geo.places.index_scan import NameScan
from geo.places.records import Level, Place, clean_name, is_prefecture, short_name, unit_prefix
from geo.places.town_index import MAX_NAME, TOWN_SUFFIXES, TownCountyIndex

_LEVEL_RANK = {Level.PROVINCE: 4, Level.CITY: 3, Level.DISTRICT: 2, Level.SITE: 1, Level.TOWN: 0}
#: An autonomous prefecture written as its short form and 州 (甲州 for 甲…自治州) before one of its counties.
_PREFECTURE_SHORT_END = "州"
_AUTONOMOUS_PREFECTURE = "自治州"
#: Answers of :meth:`NameLookup.lookup` kept at most (per name and context).
_LOOKUP_CACHE_SIZE = 16384


def _line_variant(text: str, word: str, end: int) -> bool:
    """Return whether a unit's short form ending in a direction opens a line's variant.

    成渝中线 (the middle line of 成渝) holds 渝中 but names no 渝中区; likewise …北线, …南线.
    """
    return word[-1] in "东南西北中" and text[end:end + 1] == "线"


class NameLookup(NameScan, TownCountyIndex):
    """Place strings looked up in context, mixed into :class:`geo.places.index.PlaceIndex`.

    It reads the index's names (``_by_name``), the region's units by name (``_unit_names``, ``_unit_pattern``),
    the rivers' names (``_river_names``) and the focus region's codes (``_focus_codes``); the answers are
    kept per string and context (``_prefix_cache``, ``_lookup_cache``).
    """

    _unit_names: dict[str, str]
    _unit_pattern: re.Pattern[str]
    _river_names: dict[str, tuple[str, ...]]
    _focus_codes: frozenset[str]
    _region_provinces: tuple[str, ...]
    _prefix_cache: dict[tuple[str, ...] | str, frozenset[str]]
    _lookup_cache: dict[tuple[str, tuple[str, ...]], tuple[Place, ...]]

    def unit(self, adcode: str) -> Place | None:
        """Return the seat point of a province, city or district by adcode."""
        return self._units.get(adcode)

    def issuer_unit(self, context: Sequence[str]) -> Place | None:
        """Return the one district (else city) the document strings are about, if there is one."""
        prefixes = self.context_prefixes(tuple(context))
        for size in (6, 4):
            found = {p for p in prefixes if len(p) == size}
            if len(found) == 1:
                code = found.pop()
                return self.unit(code if size == 6 else code + "00")
            if found:
                return None
        return None

    def is_local(self, place: Place, prefixes: frozenset[str] | set[str]) -> bool:
        """Return whether a place lies in the document's own city/district or the focus region."""
        local = [p for p in prefixes if len(p) > 2]
        return place.adcode in self._focus_codes or any(place.adcode.startswith(p) for p in local)

    def context_prefixes(self, context: Sequence[str]) -> frozenset[str]:
        """Return the adcode prefixes of the units named in context strings (cached)."""
        key = tuple(context)
        if key not in self._prefix_cache:
            if len(self._prefix_cache) > 4096:
                self._prefix_cache.clear()
            self._prefix_cache[key] = frozenset(self._context_prefixes(key))
        return self._prefix_cache[key]

    def document_prefixes(self, ctx: Sequence[str]) -> frozenset[str]:
        """Return the adcode prefixes of the units the document's own strings name (a :class:`Context`'s
        ``doc``, its issuer and title; plain strings are read whole), cached as :meth:`context_prefixes`."""
        return self.context_prefixes(tuple(getattr(ctx, "doc", ctx)))

    def _context_prefixes(self, context: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for text in context:
            if text:
                found |= self._text_prefixes(text)
        return found

    def _text_prefixes(self, text: str) -> frozenset[str]:
        """Return the prefixes one context string names (kept per string: a document's strings
        come back in many combinations, one per project, issue 16)."""
        kept = self._prefix_cache.get(text)
        if kept is not None:
            return kept
        found: set[str] = set()
        at = 0
        while (match := self._unit_pattern.search(text, at)) is not None:
            if after_verb(text, match.start()) and self._unit_pattern.match(text, match.start() + 1):
                at = match.start() + 1  # 建成都匀: 都匀 after the verb 建成, not 成都 across it
                continue
            at = match.end()
            if not (_line_variant(text, match.group(), match.end()) or self._opens_river(text, match)
                    or self.glued(text, match.end(), match.group())):
                found.add(unit_prefix(self._unit_names[match.group()]))
        if len(text) <= MAX_NAME and text not in self._unit_names:
            for place in self.lookup(text):
                if place.level in (Level.TOWN, Level.SITE):
                    found.add(place.adcode)
                elif place.level in (Level.CITY, Level.DISTRICT) and text == place.name:
                    # A far unit written in full as a string of its own (黄石市: the unit a
                    # document is about, geo.places.subject_unit), outside the unit provinces.
                    found.add(unit_prefix(place.adcode))
                break
        kept = self._prefix_cache[text] = frozenset(found)
        return kept

    def _opens_river(self, text: str, match: re.Match[str]) -> bool:
        """Return whether a unit's short form met in a text is only the start of a river's name.

        嘉陵江 holds 嘉陵 (嘉陵区 of 南充) but names the river: a news item about bridges over the
        嘉陵江 in 重庆 is not about 嘉陵区. A river named exactly as the unit (綦江) still names it.
        """
        word, start = match.group(), match.start()
        return any(len(river) > len(word) and text.startswith(river, start)
                   for river in self._river_names.get(word[:2], ()))

    def lookup(self, name: str, *, context: Sequence[str] = ()) -> list[Place]:
        """Return the places a string may denote, best first (see ``Gazetteer.lookup``).

        The answers are kept per name and context: the 50-document ingest bench asks 4,500
        times for fewer than 2,000 different ones (issue 16); a copy is returned.
        """
        key = (name, tuple(context))
        found = self._lookup_cache.get(key)
        if found is None:
            if len(self._lookup_cache) >= _LOOKUP_CACHE_SIZE:
                self._lookup_cache.clear()
            found = self._lookup_cache[key] = tuple(self._lookup(name, key[1]))
        return list(found)

    def _lookup(self, name: str, context: Sequence[str]) -> list[Place]:
        query = clean_name(name).strip(",，、;；:： ")
        if not query:
            return []
        others = tuple(c for c in context if c != name)
        prefixes = self.context_prefixes(others) if others else frozenset()
        return self._resolve(query, set(prefixes), depth=0)

    def _resolve(self, query: str, prefixes: set[str], depth: int) -> list[Place]:
        found = self._by_name.get(query)
        if not found:
            short = short_name(query)
            if short != query:
                found = self._by_name.get(short)
                if query.endswith(TOWN_SUFFIXES):
                    towns = self._confirmed([p for p in found or () if p.level is Level.TOWN], query)
                    if towns and not any(self._in_prefixes(p, prefixes, 4) for p in towns):
                        # No point of the name in the document's city or county, but the index holds
                        # the town there (黄土镇 of 夹江 in a 乐山 plan; GeoNames has only 贵州's): its county.
                        towns = self._index_town(query, prefixes, narrowest=4) or towns
                    # A town no point source holds: its county, when the index settles it. A name the
                    # index holds is a town: never the unit of its short form (芙蓉镇 is not 芙蓉区).
                    held = bool(self.town_counties(query))
                    found = towns or self._index_town(query, prefixes) or (None if held else found)
        if found:
            return self._rank(found, prefixes)
        if depth > 1 or len(query) > MAX_NAME or len(query) < 3:
            return []
        # A unit prefix narrows the rest: 江津白沙, 泸州市龙马潭区, 永川陈食, 渝西.
        for cut in range(len(query) - 2, 0, -1):
            head, tail = query[:cut], query[cut:]
            units = [p for p in self._by_name.get(head, ()) if p.level in
                     (Level.PROVINCE, Level.CITY, Level.DISTRICT)]
            if not units and head.endswith(_PREFECTURE_SHORT_END):
                # 甲州乙县: an autonomous prefecture (甲…自治州) written as its short form and 州, then
                # one of its counties; the short form alone (甲) is found above, 甲州 is no name of its own
                units = [p for p in self._by_name.get(short_name(head), ())
                         if p.level is Level.CITY and p.name.endswith(_AUTONOMOUS_PREFECTURE)]
            if not units:
                continue
            codes = {unit_prefix(u.adcode) for u in units}
            inside = [p for p in self._resolve(tail, prefixes | codes, depth + 1)
                      if any(p.adcode.startswith(c) for c in codes) and p not in units]
            if inside:
                return inside
        return []

    def _rank(self, places: list[Place], prefixes: set[str]) -> list[Place]:
        """Sort candidates: the document's own city or district first, then the focus region
        and its neighbours, then cities/provinces and the document's provinces, then the rest
        of 川渝黔; coarser levels first among equals."""
        provinces = {p for p in prefixes if len(p) == 2}
        # A bare name that is a prefecture city's short form (anywhere) or a county's of the document's
        # provinces denotes that unit, not a town of the same name elsewhere (吉安 is 吉安市, not a
        # village of 永川): such a town ranks after the unit unless the context names its county. The
        # province of a city or county the context names counts too (白水 in a plan of 延安 is 白水县 of
        # 陕西, not a town of that name in 四川; issue 12).
        shadowing = any(is_prefecture(p)
                        or (p.level is Level.DISTRICT and any(c.startswith(p.adcode[:2]) for c in prefixes))
                        for p in places)

        def key(place: Place) -> tuple[int, int, int, int, int, int]:
            local = max((len(p) for p in prefixes if len(p) > 2 and place.adcode.startswith(p)),
                        default=0)
            shadowed = int(shadowing and place.level is Level.TOWN and not local)
            big = int(place.level in (Level.PROVINCE, Level.CITY))
            # Admin units of the region and curated sites are unambiguous; GeoNames towns are not.
            unit = int(place.level is Level.SITE or (place.level is not Level.TOWN
                                                     and place.adcode.startswith(self._unit_provinces)))
            if place.adcode in self._focus_codes:
                region = 3
            elif place.adcode[:2] in provinces:
                region = 2
            else:
                region = int(place.adcode.startswith(self._region_provinces))
            if big:  # a city or province anywhere outranks a village of the wider region
                region = max(region, 2)
            return local, -shadowed, unit, region, big, _LEVEL_RANK[place.level]

        # A GeoNames town at a unit's seat is that unit (泸州 the town is 泸州市): keep the unit.
        seats = {(p.lon, p.lat) for p in places if p.level not in (Level.TOWN, Level.SITE)}
        places = [p for p in places if p.level is not Level.TOWN or (p.lon, p.lat) not in seats]
        return sorted(places, key=key, reverse=True)
