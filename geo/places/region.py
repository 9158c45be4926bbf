"""The region as data: focus areas, neighbours, provinces, abbreviations, place words and municipal terms.

Everything specific to the region (issue #10) lives in one folder, :data:`REGION_DIR`
(``data/regions/chengyu/``); this module reads it on first use (cached; no I/O at
import time) into typed records. The generic place lexicon — short names of China's
provinces and cities and of the region's districts — is generated from the gazetteer
by ``geo.places.build`` (``python -m geo data``) and joined here with the
region's curated words.
"""

from __future__ import annotations

import csv
import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from geo import settings
from geo.errors import GazetteerError

#: Folder of the region's data files (see ``data/regions/README.md``).
REGION_DIR: Path = settings.ROOT / "data" / "regions" / "chengyu"

#: Derived file of generated place words (one a line), written by ``geo.places.build``.
PLACE_WORDS_FILE = "place_words.txt"

@dataclass(frozen=True, slots=True)
class FocusArea:
    """A focus area: its member districts (by adcode or adcode prefix) and cross-border neighbours."""

    name: str
    slug: str
    districts: tuple[str, ...]
    prefixes: tuple[str, ...]
    neighbours: tuple[str, ...]
    #: A caption for the area's page per interface language (``zh``, ``en``); empty when none.
    note: tuple[tuple[str, str], ...] = ()

    def caption(self, lang: str) -> str:
        """Return the area's page caption in ``lang`` (Chinese when that language has none)."""
        notes = dict(self.note)
        return notes.get(lang) or notes.get("zh", "")

    def contains(self, adcode: str) -> bool:
        """Return whether a district adcode belongs to the area."""
        return adcode in self.districts or adcode.startswith(self.prefixes)


@dataclass(frozen=True, slots=True)
class MunicipalTerm:
    """A term of a provincial-level municipality's people's congress and CPPCC: its number and first year.

    Their terms are numbered on their own (重庆市第六届人民代表大会 opened in 2023), five years each with one
    plenary session a year, so "市六届人大三次会议" of that city is of 2025.
    """

    city: str
    term: int
    first_year: int


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """A one-character abbreviation (简称) as read in line names."""

    char: str
    unit: str
    fixed: bool
    key_of: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Region:
    """The region's focus areas, provinces, abbreviations and curated place words."""

    name: str
    areas: tuple[FocusArea, ...]
    unit_provinces: tuple[str, ...]
    region_provinces: tuple[str, ...]
    town_provinces: tuple[str, ...]
    abbreviations: tuple[Abbreviation, ...]
    place_words: tuple[str, ...]
    #: The region's provincial-level municipalities whose sessions a reply names as "市…届…次会议".
    municipal_terms: tuple[MunicipalTerm, ...] = ()

    def area(self, name: str) -> FocusArea:
        """Return the focus area of that name (KeyError when unknown)."""
        for area in self.areas:
            if area.name == name:
                return area
        raise KeyError(name)


def _read_words(path: Path) -> tuple[str, ...]:
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words.extend(line.split("#", 1)[0].split())
    return tuple(dict.fromkeys(words))


def csv_rows(path: Path) -> list[dict[str, str]]:
    """Return the rows of a curated CSV file of ``data/`` (its ``#`` comment lines skipped: they say what the
    columns mean and where the rows come from)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def _read_abbreviations(path: Path) -> tuple[Abbreviation, ...]:
    return tuple(
        Abbreviation(row["abbr"], row["unit"], row["fixed"] == "yes",
                     tuple(k for k in row["key_of"].split("|") if k))
        for row in csv_rows(path)
    )


@functools.cache
def region() -> Region:
    """Return the region read from :data:`REGION_DIR` (read once)."""
    with (REGION_DIR / "region.toml").open("rb") as f:
        spec = tomllib.load(f)
    areas = tuple(
        FocusArea(a["name"], a["slug"], tuple(a["districts"]), tuple(a.get("prefixes", ())),
                  tuple(a.get("neighbours", ())), tuple(sorted(a.get("note", {}).items())))
        for a in spec["areas"]
    )
    return Region(spec["name"], areas, tuple(spec["unit_provinces"]),
                  tuple(spec["region_provinces"]), tuple(spec["town_provinces"]),
                  _read_abbreviations(REGION_DIR / "abbreviations.csv"),
                  _read_words(REGION_DIR / "place_words.txt"),
                  tuple(MunicipalTerm(t["city"], t["term"], t["first_year"]) for t in spec.get("municipal_terms", ())))


@functools.cache
def reach_provinces() -> tuple[str, ...]:
    """Return the adcode prefixes of the region's provinces and of those its lines run to (its neighbours).

    Kept once made, as :func:`region` is: the readers of a line's initials ask it for every
    character they read (1,300 times for the 50 documents of the ingest bench, issue 16).
    """
    reg = region()
    return tuple(dict.fromkeys((*reg.region_provinces, *reg.town_provinces)))


def focus_areas() -> tuple[FocusArea, ...]:
    """Return the focus areas in display order."""
    return region().areas


def municipal_terms() -> tuple[MunicipalTerm, ...]:
    """Return the region's provincial-level municipalities' known congress and CPPCC terms."""
    return region().municipal_terms


def area_by_slug(slug: str) -> FocusArea:
    """Return the focus area whose page is ``slug`` (the page file's name).

    Raises
    ------
    KeyError
        If no focus area has that page.
    """
    for area in region().areas:
        if area.slug == slug:
            return area
    raise KeyError(slug)


def area_names() -> tuple[str, ...]:
    """Return the focus areas' names in display order."""
    return tuple(a.name for a in region().areas)


def focus_area(adcode: str) -> list[str]:
    """Return the focus areas a district belongs to (泸州's 龙马潭 is in two)."""
    return [a.name for a in region().areas if a.contains(adcode)]


#: National table of the provinces' one-character abbreviations (简称), with its source.
PROVINCE_ABBREVIATIONS: Path = settings.ROOT / "data" / "gazetteer" / "province_abbreviations.csv"


@functools.cache
def province_abbreviations() -> dict[str, str]:
    """Return every standard province abbreviation → province name (豫 → 河南省, 陇 → 甘肃省).

    Read from :data:`PROVINCE_ABBREVIATIONS`: national knowledge, not the region's.
    """
    out: dict[str, str] = {}
    for row in _province_rows():
        for char in (row["abbr"], row["alt"]):
            if len(char) == 1:
                out.setdefault(char, row["name"])
    return out


@functools.cache
def official_province_abbreviations() -> dict[str, str]:
    """Return each province's official 简称 → province name (桂 → 广西壮族自治区), not the customary
    second ones (贵 of 贵州, 云 of 云南)."""
    return {row["abbr"]: row["name"] for row in _province_rows() if len(row["abbr"]) == 1}


def _province_rows() -> list[dict[str, str]]:
    rows = csv_rows(PROVINCE_ABBREVIATIONS)
    for row in rows:
        if not row["source"].strip():
            raise GazetteerError(f"{PROVINCE_ABBREVIATIONS.name}: {row['name']} has no source")
    return rows


@functools.cache
def abbreviation_units() -> dict[str, str]:
    """Return abbreviation → unit name for the abbreviations with a default unit.

    The region's table first (津 is 江津 in its documents; a row with no unit leaves the
    character to context), then the national province abbreviations it does not list.
    """
    listed = {a.char for a in region().abbreviations}
    national = {c: n for c, n in province_abbreviations().items() if c not in listed}
    return {**national, **{a.char: a.unit for a in region().abbreviations if a.unit}}


@functools.cache
def abbreviation_chars() -> frozenset[str]:
    """Return every one-character abbreviation read in line names (region and provinces)."""
    return frozenset(a.char for a in region().abbreviations) | frozenset(province_abbreviations())


@functools.cache
@functools.cache
def fixed_abbreviations() -> frozenset[str]:
    """Return the abbreviations that mean the same unit whatever the document (渝, 川, 黔…), kept once made."""
    return frozenset(a.char for a in region().abbreviations if a.fixed)


@functools.cache
def abbreviation_of() -> dict[str, str]:
    """Return place name → the abbreviation a line key uses for it (重庆 → 渝)."""
    return {k: a.char for a in region().abbreviations for k in a.key_of}


# --------------------------------------------------------------------------- place words


@functools.cache
def place_words() -> tuple[str, ...]:
    """Return the place lexicon: generated words and the region's curated words, longest first.

    Raises
    ------
    GazetteerError
        When the derived :data:`PLACE_WORDS_FILE` has not been built.
    """
    path = settings.path("PLAN_ATLAS_DERIVED_DIR") / PLACE_WORDS_FILE
    if not path.exists():
        raise GazetteerError(f"{path} is missing: run `python -m geo data` first")
    generated = _read_words(path)
    return tuple(sorted({*generated, *region().place_words}, key=lambda s: (-len(s), s)))
