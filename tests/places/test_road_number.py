"""A road's number, read one way for every reader of a name (:mod:`geo.places.line_words`).

A road named by its number alone (G245, 国道318, S316线) is :data:`ROAD_NUMBER`; the number opening a line's
places once the network's word is cut (G321线甲至乙, 321线甲至乙 of 国道321线甲至乙, 省道线甲至乙) is cut by
:func:`without_road_number`, for a line's name, a section's ends and the ends after a bare kind word alike.
Invented names, positives and negatives.
"""

from __future__ import annotations

import pytest

from geo.places import ROAD_NUMBER
from geo.places.line_words import without_road_number


@pytest.mark.parametrize("name", ["G245", "S316线", "X071", "国道318", "省道103线", "县道024", "G5"])
def test_a_road_named_by_its_number_alone(name: str) -> None:
    assert ROAD_NUMBER.fullmatch(name)


@pytest.mark.parametrize("name", [
    "G24512",        # five digits: no network's number
    "318国道",       # the network's word after the digits is another name's form
    "G245甲至乙段",  # a number and a section: a name of its own
    "乡道071",       # a network the pattern does not know
    "g245",          # a lower-case letter
    "5号线",         # a metro line
])
def test_what_is_no_road_number_alone(name: str) -> None:
    assert not ROAD_NUMBER.fullmatch(name)


def test_a_road_number_is_cut_where_it_opens_a_line_end() -> None:
    assert ROAD_NUMBER.sub("", "S316甲县乙镇") == "甲县乙镇"


@pytest.mark.parametrize(("places", "bare"), [
    ("G321线甲至乙", "甲至乙"),    # a coded number with 线
    ("S308甲至乙", "甲至乙"),      # a coded number without 线
    ("G5国道甲至乙", "甲至乙"),    # the network's word after a coded number
    ("321线甲至乙", "甲至乙"),     # the digits left after the network's word (国道321线…)
    ("227甲乙至丙", "甲乙至丙"),   # digits without 线: a digit is never part of a place
    ("线甲县至乙县", "甲县至乙县"),  # 省道线…: the number not written, its 线 left alone
    ("甲至乙", "甲至乙"),          # no number: unchanged
])
def test_the_road_number_opening_a_lines_places_is_cut(places: str, bare: str) -> None:
    assert without_road_number(places) == bare


@pytest.mark.parametrize("places", ["3纵甲至乙", "7射甲至乙", "12横甲至乙"])
def test_a_networks_number_is_no_road_number(places: str) -> None:
    assert without_road_number(places) == places
