"""A section's later ends are towns of the county written before its first end (甲县乙镇至丙段; issue 12).

A road's section between two towns of one county names the county once, before the first town
(乙县丙至丁段). The later end written bare is a town of that county when the town → county index holds it
there: its point when the gazetteer has one there, else an end not drawn, never a namesake county of
another province. The names are invented; the towns are real towns of 大足 (三驱, 宝兴, 玉龙) and of 涪陵
(蔺市, 李渡, 崇义) that have namesake counties elsewhere (宝兴县 of 雅安, 玉龙县 of 丽江, 崇义县 of 江西).
"""

from __future__ import annotations

import pytest
from geocode_helpers import inside

from geo.geocode import geocode
from geo.model import Entity, EntityType
from geo.places import Gazetteer, Place, section_places

DAZU = "500111"
FULING = "500102"


def _ends(name: str, gaz: Gazetteer) -> list[Place]:
    ends = section_places(name, gaz, [], None) or []
    assert all(isinstance(e, Place) for e in ends)
    return ends  # type: ignore[return-value]


@pytest.mark.parametrize(
    "name",
    [
        "大足三驱至宝兴段公路",  # county's short form, then the first town
        "大足区三驱至宝兴段改建工程",  # county's full name
        "大足三驱至玉龙段公路",  # another town with a far namesake county
    ],
)
def test_the_later_end_is_a_town_of_the_named_county(gaz: Gazetteer, name: str) -> None:
    ends = _ends(name, gaz)
    assert len(ends) == 2 and ends[-1].adcode == DAZU
    feature = geocode(Entity(name=name, type=EntityType.HIGHWAY), gaz, context=[])
    assert inside(gaz, DAZU, feature.geometry)  # within 2 km of the county's polygon, not 300 km off in 雅安


@pytest.mark.parametrize(
    ("name", "end"),
    [
        ("大足龙水至荣昌段公路", "荣昌区"),  # the other end is a county: the section leaves 大足
        ("三驱至宝兴段公路", "宝兴县"),  # no county written before the first town: read as before
        ("大足至宝兴段公路", "宝兴县"),  # the first end is the county itself, no town after it
    ],
)
def test_an_end_is_left_as_read_without_a_county_before_a_town(gaz: Gazetteer, name: str, end: str) -> None:
    assert _ends(name, gaz)[-1].name == end


@pytest.mark.parametrize("name", ["涪陵蔺市至崇义段公路", "涪陵区李渡至崇义段公路"])
def test_a_town_of_the_county_with_no_point_is_an_end_not_drawn(gaz: Gazetteer, name: str) -> None:
    ends = section_places(name, gaz, [], None) or []
    assert len(ends) == 2 and ends[-1] is None  # the index holds 崇义 in 涪陵, the gazetteer has no point of it
    feature = geocode(Entity(name=name, type=EntityType.HIGHWAY), gaz, context=[])
    assert inside(gaz, FULING, feature.geometry)  # not a line ~900 km to 崇义县 of 江西


def test_without_the_county_the_far_county_is_read(gaz: Gazetteer) -> None:
    assert _ends("蔺市至崇义段公路", gaz)[-1].name == "崇义县"  # the rule needs the county written
