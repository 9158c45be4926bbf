"""Two counted lists joined by 和 (issue 11 item 1, part-n25), on invented sentences.

"加快A、B、C3个作业区和D、E2个重点码头建设": each list closes with its own count and head; the second list's items
are only those after 和, and the first list's items take only their own head (they were also given the second
list's head: "A码头"). Lists closed by 等 and a count after one item with a head of its own are unchanged.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text, names", [
    ("加快甲乙、丙丁、戊己3个作业区和庚辛、壬癸2个重点码头建设。",
     ["甲乙作业区", "丙丁作业区", "戊己作业区", "庚辛码头", "壬癸码头"]),
    ("建设甲乙、丙丁2座水库和戊己、庚辛2座水厂。", ["甲乙水库", "丙丁水库", "戊己水厂", "庚辛水厂"]),
])
def test_two_counted_lists_keep_their_own_heads(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("text, names", [
    ("开工甲乙、丙丁等水库和戊己、庚辛等水厂。", ["甲乙水库", "丙丁水库", "戊己水厂", "庚辛水厂"]),
    ("新建甲乙高速、丙丁、戊己3条高速公路。", ["甲乙高速", "丙丁高速公路", "戊己高速公路"]),
])
def test_other_lists_are_unchanged(text: str, names: list[str]) -> None:
    assert core_names(text) == names
