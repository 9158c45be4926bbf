"""Common words among the items of a counted list (issue 11 item 1, part-k40), on invented sentences.

"A、B、中心3个作业区", "A、大路、B等3座车站": an item that is a generic word, or a word of two characters ending in a
one-character head (大路, 临港), names no item on its own; the count after the list vouches for it being one of
the list's names when the items, it among them, are as many as the count. Without a count, or when the count
differs, the item is left out as before.
"""

from __future__ import annotations

import pytest

from geo.extract.names.count_lists import count_value
from tests.extract_helpers import core_names


@pytest.mark.parametrize("text, names", [
    ("建设甲乙、丙丁、中心3个作业区。", ["甲乙作业区", "丙丁作业区", "中心作业区"]),
    ("全线新设甲乙、大路、丙丁等3座车站。", ["甲乙站", "大路站", "丙丁站"]),
    ("沿线设甲乙、丙丁、临港、戊己4个车站。", ["甲乙站", "丙丁站", "临港站", "戊己站"]),
])
def test_a_count_vouches_for_a_common_word_item(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("text, names", [
    ("新建甲乙、大路、丙丁等4座车站。", ["甲乙站", "丙丁站"]),
    ("新建甲乙、大路、丙丁等车站。", ["甲乙站", "丙丁站"]),
    ("加快甲乙、丙丁、中心等作业区建设。", ["甲乙作业区", "丙丁作业区"]),
    ("加快甲乙、丙丁、中心、戊己等作业区建设。", ["甲乙作业区", "丙丁作业区", "戊己作业区"]),
])
def test_without_a_matching_count_the_word_stays_out(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("text, value", [
    ("4个作业区", 4), ("12座", 12), ("两条", 2), ("十一座", 11), ("二十个", 20), ("三十五处", 35),
    ("一批", 0), ("作业区", 0), ("一百二十个", 0),
])
def test_count_value(text: str, value: int) -> None:
    assert count_value(text) == value
