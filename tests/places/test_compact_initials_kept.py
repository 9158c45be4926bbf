"""What a character of a compact name may stand for by the gazetteer alone is worked out once per gazetteer
and character (issue 16 item 5): each gazetteer keeps its own answer, a county beyond the region still counts
only near the characters read beside it, and a caller may change the list it is given. Invented places."""

from __future__ import annotations

from types import SimpleNamespace

from shapely.geometry import Point

from geo.model import Precision
from geo.places import Level, Place
from geo.places.compact_chars import generated_candidates

LON, LAT = 106.5, 29.5


def _place(name: str, level: Level, dlon: float, adcode: str) -> Place:
    return Place(name, level, LON + dlon, LAT, adcode, Precision.DISTRICT, "test")


def _gaz(*places: Place) -> SimpleNamespace:
    return SimpleNamespace(index=SimpleNamespace(starting_with=lambda char: list(places)))


INSIDE = _place("甲山区", Level.DISTRICT, 0.0, "500901")  # a county of the region
BEYOND = _place("甲水县", Level.DISTRICT, 1.0, "530901")  # a county of a province its lines run to, ~97 km east
TOWN = _place("甲坝镇", Level.TOWN, 0.1, "500901")


def test_each_gazetteer_keeps_its_own_readings() -> None:
    one, other = _gaz(INSIDE, TOWN), _gaz(BEYOND)
    assert generated_candidates("甲", one) == [INSIDE]
    assert generated_candidates("甲", other) == []
    assert generated_candidates("甲", one) == [INSIDE]


def test_a_county_beyond_the_region_counts_only_near_a_neighbour() -> None:
    gaz = _gaz(INSIDE, BEYOND)
    assert generated_candidates("甲", gaz) == [INSIDE]
    assert generated_candidates("甲", gaz, [Point(LON + 1.2, LAT)]) == [INSIDE, BEYOND]
    assert generated_candidates("甲", gaz, [Point(LON - 2.0, LAT)]) == [INSIDE]  # ~290 km off


def test_the_list_given_is_the_callers() -> None:
    gaz = _gaz(INSIDE)
    generated_candidates("甲", gaz).clear()
    assert generated_candidates("甲", gaz) == [INSIDE]
