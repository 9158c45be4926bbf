"""Words that name a class of works by its use, financing or size, never one item (issue 11, precision).

A road built for oversize loads (大件), a toll road the state repays (还贷性收费), one structure built as one
project (单体), general aviation (通用航空), a lower order of tributaries (次级) and a pump lifting water (提水)
qualify a kind: with only such words before it a kind names no item; with a place before them it names one.
Every sentence is invented.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names


@pytest.mark.parametrize(
    "text",
    [
        "该路段按大件公路设计荷载建设。",
        "项目采用政府还贷性收费公路方式筹资。",
        "这是全省投资最大的单体高速公路项目。",
        "园区以本省第一个通用航空机场为核心。",
        "将继续延伸次级支流航道通达深度。",
        "供水系统由提水泵站和输水管道组成。",
    ],
)
def test_class_words_and_a_kind_name_no_item(text: str) -> None:
    assert core_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("梅溪大件公路今年开工建设。", ["梅溪大件公路"]),
        ("梅溪通用航空机场今年开工建设。", ["梅溪通用航空机场"]),
        ("梅溪提水泵站今年建成投用。", ["梅溪提水泵站"]),
    ],
)
def test_a_place_before_class_words_names_one_item(text: str, expected: list[str]) -> None:
    assert core_names(text) == expected
