"""A corridor's section named by one province is its part in that province (issue 12 item 3, part-p34).

"甲乙高铁四川段" was cut to the province only when the province's capital lay near the line; a line far
from its capital (a railway through a province's south) kept the whole line from end to end, its note
saying the section's ends were not found. Like a section named by two provinces (川渝段), it is now the
part of the corridor inside the province's polygon. A section named by a city or county, and a province
the line never enters, are read as before. Invented item names on curated corridors.
"""

from __future__ import annotations

import pytest

from geo.geocode import geocode
from geo.model import Entity, EntityType
from geo.places import Gazetteer, Level, buffer_m

T = EntityType


def _province(gaz: Gazetteer, name: str) -> str:
    return next(p.adcode for p in gaz.lookup(name) if p.level is Level.PROVINCE)


@pytest.mark.parametrize(("name", "province"), [
    ("渝昆高铁云南段", "云南"),
    ("渝昆高铁四川段", "四川"),   # its capital lies far from the line: the whole line before
])
def test_one_province_section_is_the_part_inside(gaz: Gazetteer, name: str, province: str) -> None:
    feature = geocode(Entity(name=name, type=T.RAILWAY), gaz)
    inside = buffer_m(gaz.unit_geometry(_province(gaz, province)), 2_000)
    assert feature.geometry is not None and inside.contains(feature.geometry)
    assert "within" in feature.note and "not found" not in feature.note


def test_negative_a_whole_line_is_not_cut(gaz: Gazetteer) -> None:
    whole = geocode(Entity(name="渝昆高铁", type=T.RAILWAY), gaz)
    inside = buffer_m(gaz.unit_geometry(_province(gaz, "四川")), 2_000)
    assert whole.geometry is not None and not inside.contains(whole.geometry)


def test_negative_a_county_section_is_clipped_to_the_county(gaz: Gazetteer) -> None:
    county = next(p for p in gaz.lookup("宜宾") if p.level is Level.CITY)
    feature = geocode(Entity(name="渝昆高铁宜宾段", type=T.RAILWAY), gaz)
    assert feature.geometry is not None
    assert buffer_m(gaz.unit_geometry(county.adcode), 2_000).contains(feature.geometry)
    assert "within" not in feature.note
