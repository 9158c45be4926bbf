"""Four small detection defects of review (issue 11 item 1, part-q36), each a class of text.

1. A count of lines before the head a list's items share ("甲、乙两条高速", "甲、乙、丙12条铁路") counts every item,
   not only the last: an item that is a place (and no pair of abbreviations) names the place's network, no line;
   an item that is a pair of abbreviations names a line, even one that is also a place word ("成南、达川两条高速").
2. A part of a line written at the very start of a text ("甲至乙段…") is read as a part like one after a comma.
3. A ring named by its side or order ("西环线", "南环路", "二环路") after the joiner 和 and an item ending in 道
   ("A大道和西环线"): 和 joins the two, it opens no name; names that open with 和 (和平大道) keep it.
4. A numbered metro line in Chinese numerals before 支线 ("轨道交通五号线支线") is named by its number, as one in
   figures is ("轨道交通5号线支线"); a branch to a kind of site ("机场支线") names none.
"""

from __future__ import annotations

import pytest

from geo.extract.names.part_spans import part_span
from tests.extract_helpers import names


@pytest.mark.parametrize("text", [
    "今年郫都、温江两条高速开工。",
    "今年郫都、温江2条高速开工。",
    "今年郫都、温江、双流十二条高速公路开工。",
])
def test_a_count_of_lines_after_places_names_no_line(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("成南、成渝两条高速开工。", ["成南高速", "成渝高速"]),
    ("成南、达川两条高速开工。", ["成南高速", "达川高速"]),
    ("达川、成南、成渝3条高速公路建成。", ["达川高速公路", "成南高速公路", "成渝高速公路"]),
])
def test_a_count_of_lines_after_pairs_of_abbreviations_names_the_lines(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, lo, start", [
    ("眉山至乐山段今年建成。", 0, 0),
    ("乐山段今年建成。", 0, 0),
    ("其中,眉山至乐山段今年建成。", 3, 3),
])
def test_a_part_at_the_start_of_a_text_is_a_part(text: str, lo: int, start: int) -> None:
    assert part_span(text, lo, text.index("段"))[0] == start


def test_a_route_written_with_to_is_still_refused() -> None:
    text = "隆昌到眉山至乐山段"
    assert part_span(text, 3, text.index("段"))[0] is None


def test_a_ring_by_its_side_after_and_is_an_item_of_its_own() -> None:
    assert names("人民大道和西环线今年开工。") == ["人民大道", "西环线"]


@pytest.mark.parametrize("text", ["人民大道和西环线今年开工。", "人民大道和三环路今年开工。", "人民大道和南环路今年开工。"])
def test_the_joiner_opens_no_ring_name(text: str) -> None:
    assert not any(n.startswith("和") for n in names(text))


@pytest.mark.parametrize("text, expected", [
    ("和平大道今年开工。", ["和平大道"]),
    ("人民大道和和平大道今年开工。", ["人民大道", "和平大道"]),
    ("温江区和平路今年开工。", ["温江区和平路"]),
])
def test_names_opening_with_and_keep_it(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("轨道交通五号线支线今年开工。", ["轨道交通五号线支线"]),
    ("轨道交通十三号线支线今年开工。", ["轨道交通十三号线支线"]),
    ("轨道交通5号线支线今年开工。", ["轨道交通5号线支线"]),
])
def test_a_metro_line_in_chinese_numerals_names_its_branch(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", ["机场支线今年开工。", "高铁连接线今年开工。"])
def test_a_link_to_a_kind_of_site_names_none(text: str) -> None:
    assert names(text) == []
