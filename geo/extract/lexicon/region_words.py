"""Place words of the region: full names, one-character abbreviations, towns' short forms, corridors' names.

They are region data, generated from the gazetteer and ``data/regions/<region>/`` by :mod:`geo.places`, and read on
first access (no I/O at import time); :mod:`geo.extract.lexicon` hands them on under the same names. The place
suffixes written after a place's name sit here too.
"""

from __future__ import annotations

#: Place words (``PLACES``, ``PLACE_SET``) and one-character abbreviations (``ABBREVIATIONS``)
#: are region data, read on first use from ``geo.places.region`` (issue #10): the short
#: names of China's provinces and cities and of the region's districts, generated from the
#: gazetteer, and the region's curated local words (``data/regions/<region>/``).
LAZY_NAMES = ("PLACES", "PLACE_SET", "ABBREVIATIONS", "TOWN_SHORTS", "CORRIDOR_NAMES")

PLACES: tuple[str, ...]  # full place names, longest first
PLACE_SET: frozenset[str]
ABBREVIATIONS: frozenset[str]  # one-character abbreviations used in line names (渝昆, 成达万)
#: Short forms (two characters or more) of the towns of the region's provinces (含山 of a town 含山镇), from the
#: gazetteer's town table (empty when it was not built).
TOWN_SHORTS: frozenset[str]
#: The curated corridors' kinds and names (line, then aliases; ``data/gazetteer/corridor_routes.csv``): names of one
#: line, so one document writing two of them names one item (issue 11).
CORRIDOR_NAMES: tuple[tuple[str, tuple[str, ...]], ...]


def __getattr__(name: str) -> object:
    """Read the region's place words on first access (no I/O at import time)."""
    if name not in LAZY_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Imported here: geo.places is heavy (geopandas) and extraction rarely needs it at import.
    from geo.places import region

    if name == "TOWN_SHORTS":
        from geo.places import town_short_forms

        globals()["TOWN_SHORTS"] = town_short_forms()
        return globals()[name]
    if name == "CORRIDOR_NAMES":
        from geo.places import CURATED_DIR, corridors

        globals()["CORRIDOR_NAMES"] = corridors.line_names(CURATED_DIR)
        return globals()[name]
    places = region.place_words()
    globals().update(PLACES=places, PLACE_SET=frozenset(places),
                     ABBREVIATIONS=region.abbreviation_chars())
    return globals()[name]


#: Place suffixes that may follow a place name as written (江津区, 泸州市, 习水县大坡镇).
PLACE_SUFFIX = "省市区县镇乡街道村"

#: Administrative suffixes of a place in a list of places ("途经锦江区、X新区、简阳市").
ADMIN_SUFFIX = "区县市镇乡"
