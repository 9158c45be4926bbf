"""Lines named by initials that are also generic words, and route and list shapes of unseen text (issue 11 item 1).

Recall classes of unseen text (issue 11 item 1, found on fresh16 and fresh24 and checked on the tuning
splits).

Classes: a trunk line named by the initials of the two places it joins where each initial is also a one-character
generic word (大 "big", 内 "inner", 新 "new", 三 "three"): the pair is the line's name, as any other pair of initials
is, while a size, a count of size or a generic pair before the head stays no name; a list item whose place holds a
negative word (节 "festival" in the name of a county …节) is the place's item, while a festival listed before a shared
head stays no item; a line named by its two ends before 的 ("甲到乙的二级公路") where an end is a town's short form, not
only a known place, and the words after 的 hold a grade, while a journey ("从甲到乙的公路只要半小时"), a wish for a
bridge between two towns and a distance stay no item; a link road or a second line written after an item and 及 alone
("甲大桥及连接线", "乙铁路及复线"), named with the item, while a generic main line's branch and a link road going on to a
route's end stay as they were. Sentences are invented (the towns are among the region's
towns' short forms).
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

GENERIC_INITIALS = [
    ("新内高速公路计划明年建成通车。", ["新内高速公路"]),
    ("力争年内开工内新铁路。", ["内新铁路"]),
    ("大三高速(重庆段)正在加紧施工。", ["大三高速重庆段"]),
]

# Negatives: a size and a count of size before the head, a verb of building, directions.
GENERIC_INITIALS_NEGATIVE = [
    ("全省将建设一批大型高速公路。", []),
    ("推进三大铁路通道建设。", []),
    ("今年新建高速公路120公里。", []),
    ("构建东西高速大通道。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), GENERIC_INITIALS + GENERIC_INITIALS_NEGATIVE)
def test_line_named_by_generic_initials(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


PLACE_WITH_NEGATIVE_WORD = [
    ("推进万州至奉节、云阳至巫山等高速公路建设。", ["万州至奉节高速公路", "云阳至巫山高速公路"]),
    ("规划建设梅县、奉节、白沙3个通用机场。", ["梅县机场", "奉节机场", "白沙机场"]),
]

# Negative: a festival in a list before a shared head is no place.
PLACE_WITH_NEGATIVE_WORD_NEGATIVE = [
    ("推进梅县美食节、白沙至梅县等旅游公路建设。", ["白沙至梅县公路"]),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACE_WITH_NEGATIVE_WORD + PLACE_WITH_NEGATIVE_WORD_NEGATIVE)
def test_list_item_place_holding_negative_word(sentence: str, expected: list[str]) -> None:
    assert sorted(core_names(sentence)) == sorted(expected)


ROUTE_BEFORE_OF = [
    ("十年前修了浩口到淌塘的二级公路。", ["浩口到淌塘二级公路"]),
    ("计划启动梅仙至青坪的快速通道。", ["梅仙至青坪快速通道"]),
]

# Negatives: a bridge wished for between two towns, a journey, a distance.
ROUTE_BEFORE_OF_NEGATIVE = [
    ("计划建设花寨到石梨的大桥。", []),
    ("从浩口到淌塘的公路只要半小时。", []),
    ("浩口到淌塘的距离约20公里。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUTE_BEFORE_OF + ROUTE_BEFORE_OF_NEGATIVE)
def test_route_of_towns_before_de(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


PART_AFTER_AND = [
    ("推进梅林坝大桥及连接线建设。", ["梅林坝大桥", "梅林坝大桥连接线"]),
    ("依托梅白快速铁路及复线相继开通的机遇。", ["梅白快速铁路", "梅白快速铁路复线"]),
]

# Negatives: a main line and its branch (no item named), a link road going on to a route's end (no part alone).
PART_AFTER_AND_NEGATIVE = [
    ("加快主线及支线建设。", []),
    ("推进梅林坝大桥及连接线至梅县段建设。", ["梅林坝大桥"]),
]


@pytest.mark.parametrize(("sentence", "expected"), PART_AFTER_AND + PART_AFTER_AND_NEGATIVE)
def test_part_written_after_and(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected
