"""Phrases of place in a document naming no province, station names, and ship locks (issue 12).

Geocoding loose ends of issue 12, each on invented sentences with negatives.

- a phrase of place (位于丙县, 在丙县境内) in a document that names no province: a county of the region or of
  a province its lines run to is read; a county of a far province written with its suffix is not the one meant;
- a ship lock or ship lift (甲江乙船闸, 甲江乙升船机): a point where its name places it, not its river drawn whole;
- a station's name read once (:data:`geo.geocode.stations.STATION_NAME`): the place word before its direction
  and 站, after the line it is on when the line is written first.
"""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import geocode
from geo.geocode.document_units import units_named
from geo.geocode.locative import locative_county
from geo.geocode.stations import station_place_word
from geo.model import EntityType
from geo.places import Context

T = EntityType


# ------------------------------------------------------------ a phrase of place, no province named

@pytest.mark.parametrize(("quote", "adcode"), [
    ("壬癸水库总库容1亿立方米,坝址位于昭觉县。", "513431"),     # a county of the region
    ("在昭觉县境内,壬癸水库开工。", "513431"),
])
def test_a_phrase_of_place_reads_a_county_of_the_region(gaz, quote: str, adcode: str) -> None:
    entity = _said("壬癸水库", T.WATER, quote)
    found = locative_county(entity, gaz, Context(["新闻网"]), lambda text: units_named(text, gaz))
    assert found is not None and found[0] == adcode


@pytest.mark.parametrize("quote", [
    "壬癸水库总库容1亿立方米,坝址位于呼玛县。",                   # 呼玛县: 黑龙江, no neighbour of the region
    "在呼玛县境内,壬癸水库开工。",
])
def test_a_far_provinces_county_is_not_read_when_no_province_is_named(gaz, quote: str) -> None:
    entity = _said("壬癸水库", T.WATER, quote)
    assert locative_county(entity, gaz, Context(["新闻网"]), lambda text: units_named(text, gaz)) is None


# ------------------------------------------------------------ one reading of a station's name

@pytest.mark.parametrize(("name", "word"), [
    ("甲乙丙丁戊己站", "甲乙丙丁戊己"),      # six characters: the place word of a long name
    ("甲乙轻轨丙丁站", "丙丁"),              # a light rail line written first
    ("甲乙城际铁路丙丁戊己庚辛北站", "丙丁戊己庚辛"),
])
def test_a_station_names_its_place_word(name: str, word: str) -> None:
    assert station_place_word(name) == word


@pytest.mark.parametrize("name", ["甲乙站场", "甲站", "甲乙铁路", "甲乙丙丁戊己庚站"])
def test_what_is_no_station_place_word(name: str) -> None:
    assert station_place_word(name) is None


# ------------------------------------------------------------ a ship lock or lift named after its river

@pytest.mark.parametrize(("name", "adcode"), [
    ("嘉陵江蓬安船闸", "511323"),          # a lock of the river at a county: a point there, not the river
    ("渠江广安升船机", "5116"),             # a ship lift
    ("嘉陵江蓬安船闸工程", "511323"),       # the works word after it
])
def test_a_ship_lock_is_a_point_not_its_river(gaz, name: str, adcode: str) -> None:
    feature = geocode(_said(name, T.WATERWAY, f"加快建设{name}。"), gaz, context=["四川省交通运输厅"])
    assert feature.geometry is not None and feature.geometry.geom_type == "Point"
    assert _in(gaz, adcode.ljust(6, "0") if len(adcode) == 4 else adcode, feature.geometry)


@pytest.mark.parametrize("name", [
    "嘉陵江蓬安至武胜段航道",               # a stretch of the river: a line
    "嘉陵江船闸段航道整治",                 # a stretch named by its lock: still a line
])
def test_a_waterway_stretch_stays_a_line(gaz, name: str) -> None:
    feature = geocode(_said(name, T.WATERWAY, f"加快建设{name}。"), gaz, context=["四川省交通运输厅"])
    assert feature.geometry is not None and "LineString" in feature.geometry.geom_type
