"""Curated town points (``towns.csv``): each row cited, inside its county, apart from its seat, one per name.

Issue 12 item 4 (part-p51): the towns of the focus areas that the town → county index knows only by
their county get a point where a stored public page or a GeoNames record locates them.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from shapely.geometry import Point

from geo.places import Gazetteer, distance_m, gazetteer

#: A row's point comes from a cited page (its URL), a GeoNames record, the district seat of the
#: boundaries, or the author's knowledge with the error it may carry.
_URL = re.compile(r"https?://\S+")
#: A town point this close to its county's seat is the seat itself (a row must say so).
SEAT_GAP_M = 500


def _rows() -> list:
    return list(gazetteer.read_curated("towns.csv").itertuples(index=False))


def _cited(source: str) -> bool:
    """Return whether a row's source names where its point comes from (and how sure a hand-entered one is)."""
    if _URL.search(source) or "GeoNames" in source or "districts.geojson" in source:
        return True
    return "knowledge" in source and "±" in source


def _names(row) -> list[str]:  # type: ignore[no-untyped-def]
    return [row.name, *(a for a in str(row.aliases or "").split("|") if a)]


def test_every_town_row_cites_its_source() -> None:
    for row in _rows():
        assert _cited(row.source), row.name


@pytest.mark.parametrize(
    ("source", "cited"),
    [("'地處東經105°,北緯28°' per https://example.org/town (an encyclopedia mirror), ±3 km", True),
     ("GeoNames 1234567 'Jiayi' (its Chinese name written otherwise), ±3 km", True),
     ("hand-entered from knowledge of the town seat, ±5 km", True),
     ("hand-entered from knowledge of the town seat", False),  # no stated error
     ("the town government's page (example.org)", False)],  # a page without its address
)
def test_town_source_rule(source: str, cited: bool) -> None:
    assert _cited(source) is cited


def test_no_name_twice_within_a_county() -> None:
    seen = Counter((row.adcode, name) for row in _rows() for name in set(_names(row)))
    assert [key for key, n in seen.items() if n > 1] == []


def test_town_points_lie_inside_their_county_and_off_its_seat(gaz: Gazetteer) -> None:
    seats = {str(r.adcode): Point(r.lon, r.lat) for r in gaz.districts.itertuples(index=False)}
    for row in _rows():
        unit = gaz.unit_geometry(row.adcode)
        if unit is None:  # a county outside the boundaries' provinces
            continue
        point = Point(row.lon, row.lat)
        assert unit.contains(point), row.name
        if "seat" not in row.source:
            assert distance_m(point, seats[str(row.adcode)]) > SEAT_GAP_M, f"{row.name} sits on its seat"


def test_a_town_the_index_holds_in_its_province_is_in_one_of_those_counties(gaz: Gazetteer) -> None:
    for row in _rows():
        province = str(row.adcode)[:2]
        counties = [c for c in gaz.index.town_counties(row.name) if c.startswith(province)]
        if counties:  # names the index lacks there (renamed since, or not a town: 万盛, 梨园坝) are not checked
            assert str(row.adcode) in counties, (row.name, counties)
