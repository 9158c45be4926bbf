"""A reporter's byline without brackets is no part of the name after it (issue 11 item 1), on invented
sentences.

"记者 王五甲县至乙县高速公路…", "本报记者王强X至Y高速公路今日通车": the reporter's name (two or three characters)
follows 记者 or 通讯员, and the item's name opens at the place right after it. Where no place follows a short name
("记者从…获悉", "记者在…看到", "据记者了解") the sentence's own words end the name as before.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_types


@pytest.mark.parametrize(("text", "items"), [
    ("本报记者王强綦江至万盛高速公路今日通车。", [("綦江至万盛高速公路", "highway")]),
    ("记者 张华南川至两江新区高速公路建成通车。", [("南川至两江新区高速公路", "highway")]),
    ("封面新闻记者 李明泸定至石棉高速今年开工。", [("泸定至石棉高速", "highway")]),
    ("通讯员 赵六黔江至石柱高速公路正式开工。", [("黔江至石柱高速公路", "highway")]),
])
def test_a_bare_byline_and_the_reporter_are_no_part_of_the_name(text: str, items: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == items


@pytest.mark.parametrize(("text", "items"), [
    ("记者从市交通局获悉，綦江至万盛高速公路今日通车。", [("綦江至万盛高速公路", "highway")]),
    ("记者在綦江至万盛高速公路施工现场看到。", [("綦江至万盛高速公路", "highway")]),
    ("据记者了解，渝湘高速复线今年通车。", [("渝湘高速复线", "highway")]),
])
def test_a_reporter_in_the_sentence_leaves_the_name_as_it_was(text: str, items: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == items
