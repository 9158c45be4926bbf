"""A county's short form shared with towns of the focus region: which one a document means (issue 12).

A document naming a city or county of the county's province means the county (甲 in a plan of a city of 陕西
is 甲县 of 陕西, not a town 甲 of 四川), as a document naming the province itself already did; a document
about the town's own city still means its town, and one naming nothing of that province is read as before.
The titles are invented; the places are the gazetteer's.
"""

from __future__ import annotations

from geo.places import Context, Level, resolve

_BAISHUI_COUNTY = "610527"  # 白水县 of 渭南, 陕西
_BAISHUI_TOWN = "510821"  # 白水 of 广元's 旺苍县, 四川


def test_a_plan_of_the_countys_province_means_the_county(gaz) -> None:
    found = gaz.lookup("白水", context=["延安市公路网规划", "延安市"])
    assert found[0].adcode == _BAISHUI_COUNTY


def test_the_county_is_resolved_in_such_a_plan(gaz) -> None:
    place = resolve("白水", gaz, Context(["延安市公路网规划", "延安市"]))
    assert place is not None and place.level is Level.DISTRICT and place.adcode == _BAISHUI_COUNTY


def test_a_plan_of_the_towns_city_still_means_its_town(gaz) -> None:
    found = gaz.lookup("白水", context=["广元市公路网规划", "广元市"])
    assert found[0].level is Level.TOWN and found[0].adcode == _BAISHUI_TOWN


def test_a_document_naming_nothing_of_the_province_is_read_as_before(gaz) -> None:
    found = gaz.lookup("白水", context=["一份交通简报"])
    assert found[0].adcode != _BAISHUI_COUNTY
