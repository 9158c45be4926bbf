"""A road's node named for a county and a direction ('甲乙高速丙西互通', '丁东收费站') is at that county
(issue 12, placement). Invented names of real counties, positives and negatives."""

from __future__ import annotations

import pytest

from geo.geocode.nodes import node_place
from geo.places import Context, Gazetteer

CHONGQING = Context(["重庆市交通局"])


@pytest.mark.parametrize(("name", "county"), [
    ("甲乙高速永川东互通", "永川区"),  # after the line's name
    ("甲乙高速公路大足北收费站", "大足区"),
    ("荣昌西收费站", "荣昌区"),  # alone: the county, a direction, the node's kind
    ("铜梁南互通立交", "铜梁区"),
])
def test_a_node_named_for_a_county_and_a_direction_is_at_the_county(
        gaz: Gazetteer, name: str, county: str) -> None:
    place = node_place(name, gaz, CHONGQING)
    assert place is not None and place.name == county


@pytest.mark.parametrize("name", [
    "城南立交",  # a direction of the town's centre, no county
    "甲乙高速城东互通",
    "大学城东互通",  # a district's quarter, no county
    "荣昌收费广场",  # no node kind of the list
    "甲乙高速白沙西互通",  # a town and a direction: not read as a county
])
def test_a_direction_after_no_county_places_no_node(gaz: Gazetteer, name: str) -> None:
    assert node_place(name, gaz, CHONGQING) is None
