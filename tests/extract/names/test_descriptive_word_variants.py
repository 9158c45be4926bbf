"""One document naming an item with and without a descriptive word before its kind word (issue 11 item 1;
:func:`geo.extract.linking.link.link`, data: name_words.toml descriptive_words): "甲乙滨江快速路" … "甲乙快速路"
(fresh30 ye_04), "丁铁路综合物流枢纽" … "丁铁路物流枢纽" (fresh26 zw_04):
one item. Not two kinds sharing their ends' initials ("甲乙高速", "甲乙快速路"), nor a word not in the list
("甲乙北滨快速路"), nor before a one-character kind word ("甲乙滨江路" … "甲乙路").

Every sentence is invented (made-up names).
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

CASES = [
    ("琼岚滨江快速路今年开工。琼岚快速路全长20公里。", ["琼岚滨江快速路"]),
    ("琼溪铁路综合物流枢纽已建成。琼溪铁路物流枢纽年吞吐量100万吨。", ["琼溪铁路综合物流枢纽"]),
]
NEGATIVES = [
    ("琼岚高速今年开工。琼岚快速路全长20公里。", ["琼岚高速", "琼岚快速路"]),
    ("琼岚北滨快速路今年开工。琼岚快速路全长20公里。", ["琼岚北滨快速路", "琼岚快速路"]),
    ("琼岚滨江路今年开工。琼岚路全长2公里。", ["琼岚滨江路", "琼岚路"]),
    ("琼岚滨江快速路今年开工。琼岚滨江高速全长20公里。", ["琼岚滨江快速路", "琼岚滨江高速"]),
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=lambda c: str(c)[:14])
def test_name_with_and_without_its_descriptive_word_is_one_item(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), NEGATIVES, ids=lambda c: str(c)[:14])
def test_other_kinds_and_words_stay_apart(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
