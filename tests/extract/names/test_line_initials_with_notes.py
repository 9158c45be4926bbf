"""A line written by its places' initials, each spelled out in a note (issue 11 item 1), on
invented sentences.

* **initials with their notes** ("绵(阳)达(州)高速", "甲(乙)广(安)渝(重庆)高速公路"): the same line as its short
  form without the notes (绵达高速) and as its full name by its ends (绵阳至达州高速公路), so one item.
* **a place's side as a section** ("X高速公路襄阳北段"): the section of the line, not the line.
"""

from __future__ import annotations

import pytest

from geo.extract.linking.name_forms import initials_form, variant_key
from tests.extract_helpers import core_names


@pytest.mark.parametrize("name, short", [
    ("绵(阳)达(州)高速", "绵达高速"),
    ("汉(中)广(安)渝(重庆)高速公路", "汉广渝高速公路"),  # a note that is a whole place (重庆) goes too
    ("广(安)忠(县)黔(江)铁路", "广忠黔铁路"),
])
def test_initials_with_their_notes_read_as_the_short_form(name: str, short: str) -> None:
    assert initials_form(name) == short
    assert variant_key(name) == variant_key(short)


@pytest.mark.parametrize("name", [
    "成都(双流)机场至重庆(江北)机场高速",  # notes that complete no initial to a place
    "绵(阳)高速",  # one note: no run of initials
    "道真至武隆(渝黔界)高速公路",
])
def test_other_notes_are_no_initials(name: str) -> None:
    assert initials_form(name) == name


@pytest.mark.parametrize("text", [
    "争取汉(中)广(安)渝(重庆)高速公路早日开工。汉广渝高速公路是川陕间的重要通道。",
    "规划建设绵阳至达州高速公路。绵(阳)达(州)高速建成后将带动沿线发展。",
])
def test_the_noted_and_the_plain_name_are_one_item(text: str) -> None:
    assert len(core_names(text)) == 1


def test_two_lines_with_notes_stay_two() -> None:
    assert len(core_names("规划建设绵(阳)达(州)高速、绵(阳)万(源)高速。")) == 2


@pytest.mark.parametrize("text, name", [
    ("枣潜高速公路襄阳北段开工建设。", "枣潜高速公路襄阳北段"),
    ("某某高速公路宜宾南段建成通车。", "某某高速公路宜宾南段"),
])
def test_a_places_side_is_a_section(text: str, name: str) -> None:
    assert name in core_names(text)


def test_a_side_of_no_place_is_no_section() -> None:
    assert "某某高速公路施工北段" not in core_names("某某高速公路施工北段进展顺利。")
