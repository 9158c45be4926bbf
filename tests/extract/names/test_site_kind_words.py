"""A station or an airport written with and without the kind word before its head (issue 11 item 1, part-k24).

One document writes one station "X站", "X车站", "X高铁站" or "X火车站", and one airport "X机场" or "X国际机场":
one item. A station of another direction ("X东站"), a bus station ("X汽车站") and a road to the airport
("X机场高速") keep their own names; two documents are not joined by this rule.
"""

from __future__ import annotations

import pytest

from geo.extract.linking.name_forms import site_kind_key
from geo.model import EntityType
from tests.extract_helpers import core_names


@pytest.mark.parametrize("name, type_, key", [
    ("甲坪车站", EntityType.RAIL_STATION, "甲坪站"),
    ("甲坪高铁站", EntityType.RAIL_STATION, "甲坪站"),
    ("甲坪火车站", EntityType.RAIL_STATION, "甲坪站"),
    ("甲坪站", EntityType.RAIL_STATION, "甲坪站"),
    ("甲坪东站", EntityType.RAIL_STATION, "甲坪东站"),      # another station: its direction stays
    ("甲坪汽车站", EntityType.RAIL_STATION, "甲坪汽车站"),  # a bus station is not a 车站 of a railway
    ("乙溪国际机场", EntityType.AIRPORT, "乙溪机场"),
    ("乙溪机场", EntityType.AIRPORT, "乙溪机场"),
    ("乙溪机场高速", EntityType.HIGHWAY, None),          # a road to the airport is no site of this rule
    ("高铁站", EntityType.RAIL_STATION, None),            # the kind word alone names nothing
])
def test_the_kind_word_before_a_sites_head_is_dropped_from_its_key(name: str, type_: EntityType, key: str | None) -> None:
    assert site_kind_key(name, type_) == key


@pytest.mark.parametrize("text", [
    "丙河线设丁坪站、戊湾站。丁坪车站位于新城。",
    "丁坪高铁站年内建成。列车驶入丁坪站。",
])
def test_a_station_with_and_without_its_kind_word_in_one_document_is_one_item(text: str) -> None:
    assert len([n for n in core_names(text) if n.startswith("丁坪")]) == 1


def test_an_airport_with_and_without_guoji_in_one_document_is_one_item() -> None:
    names = core_names("己山国际机场改造完成。今年己山机场旅客吞吐量增长一成。")
    assert len([n for n in names if n.startswith("己山") and n.endswith("机场")]) == 1


@pytest.mark.parametrize("text, first, second", [
    ("丙河线设丁坪站、丁坪东站。", "丁坪站", "丁坪东站"),                    # two stations of one town
    ("己山机场年内通航,己山机场高速同步建成。", "己山机场", "己山机场高速"),  # an airport and its road
])
def test_near_names_of_two_works_stay_two(text: str, first: str, second: str) -> None:
    names = core_names(text)
    assert first in names and second in names
