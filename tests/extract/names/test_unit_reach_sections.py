"""A line's part inside one unit keeps its words in the item's name (issue 12 items 3 and 4, part p54).

Gold writes a line's part inside a province, city or county with the line's name in every tuning split that has
one ("X高速公路(四川境)", "Y铁路四川境内段", "Z高速(遵义境)", "W高速甲至乙段(贵州境)"); the geocoder clips the
line to that unit only when the name still says so. The words are a unit with 境 or 境内, written with 段, in
brackets with or without 段, or after a section's ends; a 境 of another word (过境, 出境) or alone (境内段) names no
unit, and a phase (一期) or an extension (延伸段) is no unit's part.

A section whose end carries a note in brackets ("甲高速乙镇(湘赣界)至丙市段", "甲高速乙市(丙县)至丁市段") is a section
too: its ends are read without the notes.
"""

from __future__ import annotations

import pytest

from geo.extract import extract
from geo.extract.names.sections import unit_reach
from tests.extract_helpers import core_names, plain


@pytest.mark.parametrize(("text", "name"), [
    ("安宁高速公路四川境段全线通车。", "安宁高速公路四川境段"),               # nothing joins: still the part in 四川
    ("甲乙铁路四川境内段今年开工。", "甲乙铁路四川境内段"),
    ("甲乙铁路(四川境内段)今年开工。", "甲乙铁路四川境内段"),                # in brackets with 段
    ("自甲至乙高速公路(四川境)今年开工。", "自甲至乙高速公路四川境"),          # in brackets without 段
    ("丙丁高速（遵义境）今年开工。", "丙丁高速遵义境"),                       # a city's part
    ("甲乙高速川境段全线通车。", "甲乙高速川境段"),                           # a province's one-character form
    ("重庆至安宁铁路重庆至甲乙段四川境内段今年开工。", "重庆至安宁铁路重庆至甲乙段四川境内段"),  # after a section
    ("安宁高速甲山至重庆段(贵州境)扩容工程开工。", "安宁高速甲山至重庆段贵州境"),
])
def test_a_units_part_keeps_its_words(text: str, name: str) -> None:
    assert name in core_names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("甲乙高速境内段已建成。", "甲乙高速"),                 # 境内 of no unit
    ("国道350线白石城区过境段改造。", "国道350线白石城区过境段"),  # a bypass, no unit's part
    ("甲乙高速(过境)今年开工。", "甲乙高速"),
    ("甲乙铁路一期今年开工。", "甲乙铁路一期"),              # a phase is no section
])
def test_no_units_part(text: str, name: str) -> None:
    found = core_names(text)
    assert name in found and not any("境" in n and n != name for n in found)


@pytest.mark.parametrize(("sec", "unit"), [
    ("四川境", "四川"), ("四川境内", "四川"), ("遵义境", "遵义"), ("川境", "川"), ("川渝境", "川渝"),
    ("过境", ""), ("出境", ""), ("境内", ""), ("境", ""), ("城区过境", ""), ("甲乙", ""),
])
def test_unit_reach(sec: str, unit: str) -> None:
    assert unit_reach(sec) == unit


@pytest.mark.parametrize(("text", "name", "written", "places"), [
    ("安宁高速公路金山镇(湘赣界)至醴陵段扩容工程开工。", "安宁高速公路金山镇至醴陵段", "安宁高速公路金山镇(湘赣界)至醴陵段",
     ["金山镇", "醴陵"]),
    ("G999安宁高速平凉(华亭)至天水段建成。", "G999安宁高速平凉至天水段", "G999安宁高速平凉(华亭)至天水段", ["平凉", "天水"]),
    ("甲乙高速公路丙镇(川渝界)至丁镇(渝黔界)段开工。", "甲乙高速公路丙镇至丁镇段", "甲乙高速公路丙镇(川渝界)至丁镇(渝黔界)段",
     ["丙镇", "丁镇"]),
])
def test_a_section_whose_ends_carry_notes(text: str, name: str, written: str, places: list[str]) -> None:
    """Named without the notes (the geocoder reads its ends), as written an alias."""
    found = {e.name: e for e in extract(plain(text))}
    assert name in found and found[name].places == places and written in found[name].aliases


@pytest.mark.parametrize("text", [
    "安宁高速公路(湘赣界)开工。",            # a note alone, no section
    "甲乙高速公路(一期)至丙镇段开工。",     # a phase before 至 is no end's note: the phase is the item
])
def test_no_noted_section(text: str) -> None:
    found = core_names(text)
    assert found and not any("至" in n or "界" in n for n in found)


@pytest.mark.parametrize(("text", "name"), [
    ("甲乙高速綦江区段今年开工。", "甲乙高速綦江区段"),                 # a county with its unit's word
    ("南川至安宁高速 巴南区段今年开工。", "南川至安宁高速巴南区段"),     # one space between the line and its section
    ("甲乙铁路 江津段今年开工。", "甲乙铁路江津段"),
])
def test_a_section_by_a_unit_written_in_full_or_after_a_space(text: str, name: str) -> None:
    assert name in core_names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("甲乙高速城区段今年开工。", "甲乙高速"),   # 城 is no place
    ("甲乙高速 丙丁铁路均已建成。", "甲乙高速"),  # two lines a space apart: no section
])
def test_no_section_by_a_unit(text: str, name: str) -> None:
    assert name in core_names(text)
