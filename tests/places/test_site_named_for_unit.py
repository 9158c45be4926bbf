"""A curated site named for its unit (甲港, 乙站) still writes that unit for its sentence's other items (issue 12 item 4).

The scan reads the longest name, so a site whose name is a unit's name and a kind word (a port, a
station) is read whole and its unit was lost to the other items of the sentence: a work area written
after the port of its county fell to the document's city. The site now writes the unit it lies in
and is named for (:func:`geo.places.site_units`); a site named for a unit it does not lie in (an
airport named for a district beside it) writes none. The sentences here are invented.
"""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import geocode
from geo.model import EntityType, Precision
from geo.places import Gazetteer, site_units

T = EntityType


@pytest.mark.parametrize(
    ("word", "adcode"),
    [
        ("水富港", "530681"),  # a port named for its county
        ("合川站", "500117"),  # a station named for its district
        ("万州北站", "500101"),  # a station with a direction before its kind
    ],
)
def test_a_site_named_for_its_unit_writes_the_unit(gaz: Gazetteer, word: str, adcode: str) -> None:
    assert [p.adcode for p in site_units(word, gaz)] == [adcode]


@pytest.mark.parametrize(
    "word",
    [
        "江北机场",  # named for a district it does not lie in (the airport is in 渝北)
        "泸州港",  # named for a city: no county
        "重庆西站",  # named for a city (and province): no county
        "水富",  # a unit, no site
        "泸州综合保税区",  # a zone: no kind word of a facility named for its unit
        "青龙湖站",  # a station named for a lake, no unit
    ],
)
def test_other_names_write_no_unit_by_a_site(gaz: Gazetteer, word: str) -> None:
    assert site_units(word, gaz) == []


@pytest.mark.parametrize(
    ("name", "quote", "context", "adcode"),
    [
        # a city's news item: the county its port is named for narrows the city
        ("甲乙作业区", "今年水富港扩能有序推进，甲乙作业区年内建成投用。", ["昭通市交通运输局"], "530681"),
        # no document unit: the one unit the sentence writes, by its station's name
        ("甲乙物流园", "合川站改造完成，甲乙物流园同步建成。", [], "500117"),
    ],
)
def test_the_other_item_of_the_sentence_gets_the_unit(
        gaz: Gazetteer, name: str, quote: str, context: list[str], adcode: str) -> None:
    feature = geocode(_said(name, T.PORT if "作业区" in name else T.LOGISTICS_HUB, quote), gaz, context=context)
    assert feature.precision is Precision.DISTRICT, feature.note
    assert _in(gaz, adcode, feature.geometry)


def test_a_site_named_for_a_unit_it_is_not_in_gives_no_unit(gaz: Gazetteer) -> None:
    feature = geocode(_said("甲乙物流园", T.LOGISTICS_HUB, "江北机场扩建完成，甲乙物流园同步建成。"), gaz, context=[])
    assert feature.geometry is None or not _in(gaz, "500105", feature.geometry)


def test_the_site_itself_stays_at_its_site(gaz: Gazetteer) -> None:
    feature = geocode(_said("水富港", T.PORT, "今年水富港扩能有序推进。"), gaz, context=["昭通市交通运输局"])
    assert feature.precision is Precision.TOWN, feature.note
    assert _in(gaz, "530681", feature.geometry)
