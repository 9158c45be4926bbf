"""Known names read in running text: the scan of a text, the names it never reads, names glued into words.

Where it sits: **places** (document → text → entities → places → database → map layers), inside the name index
(:class:`geo.places.index.PlaceIndex`, which it is mixed into). The scan reads the longest known name at each
character of a text (:meth:`NameScan.scan`); common words, far counties' bare short forms and former names are
never read there, and a county's name continued into a longer word (:mod:`geo.places.glue`) is dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from geo.places.glue import after_verb, glued_full, glued_short, verb_word
from geo.places.records import Level, Place, clean_name, clean_positions, short_name
from geo.places.town_index import MAX_NAME

#: Names that are also common words inside project names (重庆南部综合物流园: "southern").
_SCAN_STOP = frozenset({"南部", "东部", "西部", "北部", "中部", "中心", "新区", "高新", "开发", "工业"})

#: Suffixes of a name written in full (山城区, 镇巴县): such a name is a place wherever it stands.
_UNIT_SUFFIXES = ("省", "市", "区", "县", "州", "旗", "盟", "镇", "乡", "街道")

#: Texts whose scan is kept (:meth:`NameScan.scan`); the kept answers are dropped when this many are.
_SCAN_CACHE_SIZE = 4096


class NameScan:
    """The scan of known names in a text, mixed into :class:`geo.places.index.PlaceIndex`.

    It reads the index's names (``_by_name``), units by adcode (``_units``, ``_district_codes``) and the
    provinces of the region (``_unit_provinces``, ``_town_provinces``); its tables (:meth:`_scan_tables`) and
    the names it never reads (:meth:`_far_bare_names`) are built when the index is.
    """

    _by_name: dict[str, list[Place]]
    _units: dict[str, Place | None]
    _district_codes: list[str]
    _unit_provinces: tuple[str, ...]
    _town_provinces: tuple[str, ...]
    _scan_stop: frozenset[str]
    _scan_cache: dict[str, tuple[tuple[int, int, str], ...]]
    _own_bare: dict[tuple[str, ...], tuple[str, ...]]
    _glue_kinds: dict[tuple[str, bool], str]

    def _scan_tables(self) -> None:
        """Build what :meth:`scan` may find at a character: the lengths, longest first, of the names
        starting with it and the next character (names have two or more).

        Half of a plan's characters start some name, one in twenty its first two: keyed by the
        pair, scanning the 50 documents of the ingest bench takes 0.02 s instead of 0.05 s (issue 16).
        """
        scannable = {k for k in self._by_name
                     if 2 <= len(k) <= MAX_NAME and k not in _SCAN_STOP and k not in self._scan_stop}
        sizes: dict[str, set[int]] = defaultdict(set)
        for key in scannable:
            sizes[key[:2]].add(len(key))
        self._scannable = frozenset(scannable)
        self._scan_sizes = {c: tuple(sorted(n, reverse=True)) for c, n in sizes.items()}
        # Where a pair may start: a first character of a pair before a second character of one. The
        # scan looks only there, found by the engine, not at every character (a third of them, issue 16).
        firsts, seconds = ("".join(sorted({pair[k] for pair in self._scan_sizes})) for k in (0, 1))
        self._scan_starts = re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")

    def _far_bare_names(self) -> frozenset[str]:
        """Return names that denote only districts or towns beyond the region, written bare.

        With all of China in the gazetteer, bare short names of far counties are common words
        inside project names (合作, 山城, 资源); read inside other text they are not places.
        Written with their suffix (山城区) or as a line's end (镇巴至广安) they still are.
        """
        stop = set()
        for key, places in self._by_name.items():
            if key.endswith(_UNIT_SUFFIXES):
                continue
            # Outside the town provinces only seats of 50,000 people or more are towns: keep those.
            if all(p.level in (Level.DISTRICT, Level.TOWN) and not p.adcode.startswith(self._unit_provinces)
                   and (p.level is Level.DISTRICT or p.adcode.startswith(self._town_provinces))
                   for p in places):
                stop.add(key)
        return frozenset(stop)

    def own_bare_names(self, prefixes: Sequence[str]) -> tuple[str, ...]:
        """Return the bare short names of far counties that lie in the given cities (4-digit prefixes).

        A far county's bare name (see :meth:`_far_bare_names`) is no place inside other text,
        except in a document about the city the county belongs to: a 荆州 report's 江陵港 is a
        port of 江陵县, a 永州 report's 祁阳码头 a quay of 祁阳市 (issue 12).
        """
        cities = tuple(sorted({p[:4] for p in prefixes if len(p) >= 4}))
        if not cities:
            return ()
        kept = self._own_bare
        if cities not in kept:
            names = (short_name(place.name) for code in self._district_codes if code.startswith(cities)
                     if (place := self._units.get(code)) is not None)
            # longest first, ties by the name itself: never the set's (hash-seeded) order
            kept[cities] = tuple(sorted({n for n in names if len(n) >= 2 and n in self._scan_stop},
                                        key=lambda n: (-len(n), n)))
        return kept[cities]
    def common_word(self, word: str) -> bool:
        """Return whether a word is a common word the scan never reads as a place (南部, 中心, 新区)."""
        return word in _SCAN_STOP

    def scan(self, text: str) -> list[tuple[int, int, str]]:
        """Return ``(start, end, name)`` of known names in a text, longest first, left to right.

        The text is read without its bracketed parts and spaces (:func:`~geo.places.records.clean_name`);
        the offsets are those of the text as given (a name after "(记者 甲乙)" is where it is written).
        """
        # A sentence is scanned several times (its places, its context, a name in it): ~3 times
        # over for an ingest, so the answers are kept per text as read (issue 16); a copy is
        # returned. Keyed by the cleaned text: a document's text and its cleaned copy (read by
        # geo.places.subject_town) are one scan, not two of 230,000 characters for the bench. The answer is
        # kept under the text as asked too, so a text asked again is not cleaned again.
        found = self._scan_cache.get(text)
        if found is None:
            read = clean_name(text)
            found = self._scan_cache.get(read)
            if found is None:
                if len(self._scan_cache) >= _SCAN_CACHE_SIZE:
                    self._scan_cache.clear()
                found = self._scan_cache[read] = self._scan(read)
            if read != text:  # offsets in the text as written, which the callers read around the names
                at = clean_positions(text)
                found = tuple((at[start], at[end - 1] + 1, word) for start, end, word in found)
            self._scan_cache[text] = found
        return list(found)

    def _scan(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """Return the longest name starting at each character, left to right, going on after each found.

        Only the characters where a name's first two may start are tried (:attr:`_scan_starts`): the
        others have no name starting at them.
        """
        out = []
        sizes_at = self._scan_sizes.get
        names = self._scannable
        i = 0  # where the scan goes on: the end of the last name found
        for start in self._scan_starts.finditer(text):
            j = start.start()
            if j < i:
                continue
            sizes = sizes_at(text[j:j + 2])
            if sizes:
                for size in sizes:
                    piece = text[j:j + size]
                    if len(piece) == size and piece in names:
                        if after_verb(text, j) and self._name_at(text, j + 1):
                            break  # 建成都匀: the name after the verb 建成 (都匀), not 成都 across it
                        if not self.glued(text, j + size, piece, own=False):  # (passed over whole:
                            out.append((j, j + size, piece))  # 陵江 of 嘉陵江 is no name either)
                        i = j + size
                        break
        return tuple(out)

    def _name_at(self, text: str, start: int) -> bool:
        """Return whether a scannable name starts at ``text[start:]``."""
        return any(text[start:start + size] in self._scannable
                   for size in self._scan_sizes.get(text[start:start + 2], ()))

    def glued(self, text: str, end: int, word: str, *, own: bool = True) -> bool:
        """Return whether a name read at ``text[:end]`` is only part of a longer word (:mod:`geo.places.glue`).

        A county's short form continued into a mountain's, river's or common noun's name (华蓥山,
        大通道), a one-character county with its suffix between two words (建成县城), a verb of
        building that is some place's short form (新建): the reading is ambiguous and is dropped,
        not guessed. Only counties are read so: a city's or province's name is read as written.

        With ``own`` false, the counties of the region's own provinces are kept: the scan of an
        item's own name reads them (a bridge named for the river named for its county is in that
        county); the readers of a sentence's or a document's units ask with ``own`` true.

        What a name may be glued as depends on the name alone and is kept per name (:meth:`_glue_kind`):
        every name the scans read is asked (14,000 times for the 50 documents of the ingest bench, issue 16).
        """
        key = (word, own)
        kind = self._glue_kinds.get(key)
        if kind is None:
            kind = self._glue_kinds[key] = self._glue_kind(word, own)
        if kind == "full":
            return glued_full(text, end, word)
        if kind == "short":
            return glued_short(text, end, word)
        return kind == "verb"

    def _glue_kind(self, word: str, own: bool) -> str:
        """Return how a name may be glued into a word: ``verb`` (always), ``full`` (a county's full name),
        ``short`` (a county's short form) or ``""`` (never: a city, province or site, or an own county
        when ``own`` is false)."""
        if verb_word(word):
            return "verb"
        levels = {p.level for p in self._by_name.get(word, ())}
        if Level.CITY in levels or Level.PROVINCE in levels or Level.SITE in levels:
            return ""
        counties = [p for p in self._by_name.get(word, ()) if p.level is Level.DISTRICT]
        if not own and any(p.adcode.startswith(self._unit_provinces) for p in counties):
            return ""
        if any(p.name == word for p in counties):
            return "full"
        return "short" if any(short_name(p.name) == word for p in counties) else ""
