"""Name boundaries (issue 11 item 1): a mode of transport after one character, named by no line. Every
sentence is invented for its class (made-up items on places of the gazetteer), each class with negatives of nearby
shape."""

from __future__ import annotations

import pytest
from extract_helpers import core_names

# A. A word of a mode of transport that is also a line's head (铁路, 公路, 高速, 高铁…) after one character: a verb, a
#    preposition or the end of another word ("集X于一体", "就X问题", "看X——", "暨年…"), so the head names the mode and
#    no line; a line of such a head is named by two characters or more (the short forms of its ends, a place, a code).
MODE_CASES = [
    ("打造集铁路运输、冷链仓储于一体的物流园区。", []),
    ("专家组到该县踏勘，就铁路线路走向深入交流。", []),
    ("看铁路——现有梅黄铁路日均开行列车30趟。", ["梅黄铁路"]),
    ("集公路、水运于一体的综合交通网络。", []),
    ("会上，就高速公路建设深入交流。", []),
    ("使铁路运输更便捷。", []),
    ("梅青高速暨年公路项目开工仪式举行。", ["梅青高速"]),
]
MODE_NEGATIVES = [
    ("推进梅黄铁路建设。", ["梅黄铁路"]),
    ("渝遂高速建成通车。", ["渝遂高速"]),
    ("加快G5高速扩容。", ["G5高速"]),
    ("开工建设万州至达州高速公路。", ["万州至达州高速公路"]),
    ("集美铁路开工建设。", ["集美铁路"]),
]


@pytest.mark.parametrize(("sentence", "expected"), MODE_CASES + MODE_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_mode_after_one_character_names_no_line(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected
