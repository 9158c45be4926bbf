"""A point facility named for a town written bare, in a unit its own sentence names (issue 12 item 4: points at
the finest place the text supports).

A park, a reservoir, a freight yard or a lock is named for the town it lies in as often as a station is (己工业园区
for 己街道, 庚综合货场 for 庚镇). Read like a station of that form (:mod:`geo.geocode.stations`), but only among the
units the item's own sentence names, and a city only where the sentence names no other unit: the one town of the
name there, at its point, or at its county's seat when only the town → county index knows it. An airport, a
river's bridge, a town of another county of that name, a town of the name in two units named, a city among
other units' names say nothing. Invented sentences, real towns of the gazetteer.
"""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import Basis, geocode
from geo.geocode.stations import FACILITY_TOWN_NOTE, facility_place_word
from geo.model import EntityType
from geo.places import distance_m

T = EntityType


@pytest.mark.parametrize(("name", "word"), [
    ("人和工业园区", "人和"),
    ("走马物流园", "走马"),
    ("恒口综合货场", "恒口"),
    ("回龙坝水库", "回龙坝"),
])
def test_a_facility_names_its_place_word(name: str, word: str) -> None:
    assert facility_place_word(name) == word


@pytest.mark.parametrize("name", [
    "园区",                # a head alone
    "凤凰梁大桥梁",        # no head at the end
    "甲乙丙丁戊水库",      # too long a word for a town
    "凯江大桥",            # named for its river
    "龙溪河水库",
    "人和工业园区建设",    # no head at the end
])
def test_what_is_no_facility_of_a_town(name: str) -> None:
    assert facility_place_word(name) is None


@pytest.mark.parametrize(("name", "type_", "quote", "adcode", "town_point"), [
    # a town a point source knows, of the county the sentence names (人和 of 渝北 is not read)
    ("人和工业园区", T.INDUSTRIAL_PARK, "云阳县将加快人和工业园区基础设施建设。", "500235", True),
    ("人和物流园", T.LOGISTICS_HUB, "渝北区今年新建人和物流园,占地约500亩。", "500112", True),
    # the county among the units another item's words name: counties still count
    ("人和工业园区", T.INDUSTRIAL_PARK, "甲公路连接万州区和云阳县,促进人和工业园区、乙镇的发展。", "500235", True),
    # a city the sentence names alone; a town the index knows only by its county: the county's seat
    ("恒口综合货场", T.LOGISTICS_HUB, "完成安康铁路客运枢纽扩建和恒口综合货场建设。", "610902", False),
])
def test_a_facility_is_at_the_town_it_is_named_for(gaz, name: str, type_: EntityType, quote: str, adcode: str,
                                                   town_point: bool) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=["重庆日报"])
    assert feature.note.startswith(FACILITY_TOWN_NOTE) and feature.basis is Basis.PLACE
    assert feature.geometry.geom_type == "Point" and _in(gaz, adcode, feature.geometry)
    assert feature.precision.value == ("town" if town_point else "district")
    if town_point:  # the town itself, not its county's seat
        assert distance_m(feature.geometry, gaz.index.unit(adcode).point) > 500


@pytest.mark.parametrize(("name", "type_", "quote"), [
    # the town named belongs to another item of the sentence; 走马 lies in no unit named (九龙坡, 巫山)
    ("走马工业园区", T.INDUSTRIAL_PARK, "云阳县人和工业园区和走马工业园区今年扩建。"),
    # a town of the name in another county only
    ("走马物流园", T.LOGISTICS_HUB, "云阳县将新建走马物流园。"),
    # a town of the name in both counties named: no guess
    ("人和物流园", T.LOGISTICS_HUB, "渝北区和云阳县将各建一座物流园,其中人和物流园先行开工。"),
    # a city among other units (another item's 段): its towns hold many a name
    ("恒口综合货场", T.LOGISTICS_HUB, "推进西安至安康段扩能、汉中市甲站改造和恒口综合货场建设。"),
    # the sentence names no unit
    ("人和工业园区", T.INDUSTRIAL_PARK, "人和工业园区今年新增企业十家。"),
    # an airport is named for a sight or its city, not for its town
    ("人和机场", T.AIRPORT, "云阳县将研究建设人和机场。"),
])
def test_what_places_no_facility_at_a_bare_town(gaz, name: str, type_: EntityType, quote: str) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=["重庆日报"])
    assert not feature.note.startswith(FACILITY_TOWN_NOTE)
