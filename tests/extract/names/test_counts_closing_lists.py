"""Counts closing a list that the reading of shared heads did not see (issue 11 item 1, part-k41), on invented
sentences.

"甲乙、丙丁两个航电枢纽": 两个 also ends a name on its left ("两个高速公路项目" counts a kind), so the count was never
looked for; it is taken when it ends right at the head and the items are as many as it says. "甲乙、丙丁、戊己、庚辛
4级航电枢纽": a count of steps in figures closes the list as 四级 does; after one item alone it stays the item's grade.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text, names", [
    ("其中甲乙、丙丁两个航电枢纽工程并网发电。", ["甲乙航电枢纽", "丙丁航电枢纽"]),
    ("建成甲乙、丙丁两个物流园区。", ["甲乙物流园区", "丙丁物流园区"]),
    ("包括甲乙、丙丁、戊己、庚辛4级航电枢纽建设。", ["甲乙航电枢纽", "丙丁航电枢纽", "戊己航电枢纽", "庚辛航电枢纽"]),
    ("包括甲乙、丙丁、戊己、庚辛四级航电枢纽建设。", ["甲乙航电枢纽", "丙丁航电枢纽", "戊己航电枢纽", "庚辛航电枢纽"]),
])
def test_a_count_closing_a_list_shares_the_head(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("text, names", [
    ("加快两个高速公路项目建设。", []),  # a count of a kind, no list before it
    ("甲乙、丙丁、戊己两个航电枢纽建设。", []),  # three items, two counted: no list the count closes
    ("嘉陵江4级航道整治。", ["嘉陵江4级航道整治"]),  # one item: the figure is its grade
    ("甲乙至丙丁段3级公路改造。", ["甲乙至丙丁段3级公路"]),
    ("抗震设防烈度8级的大桥。", []),
])
def test_a_count_no_list_fills_names_no_items(text: str, names: list[str]) -> None:
    assert core_names(text) == names
