"""Sections of a line listed after 分为 with their count closing the list (issue 11 item 1, part-k40), on invented
sentences.

"X高速分为A至B、C至D、E至F3个路段": the count after the list says the items are the line's sections, as "分为3段——A至B、
…" does before it; each is a section of the line named before the list. Without a count of sections after the list
(a division into directions, "分为东西两个方向", or routes of traffic) no section is read.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text, names", [
    ("甲乙高速公路全长80公里,分为永川至江津、江津至綦江2个路段建设。",
     ["甲乙高速公路", "甲乙高速公路永川至江津段", "甲乙高速公路江津至綦江段"]),
    ("甲乙铁路全长80公里,分为永川至江津、江津至綦江、綦江至南川3段。",
     ["甲乙铁路", "甲乙铁路永川至江津段", "甲乙铁路江津至綦江段", "甲乙铁路綦江至南川段"]),
])
def test_a_counted_list_after_fenwei_names_sections(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("text", [
    "甲乙高速公路全长80公里,分为东西两个方向。",
    "甲乙高速公路全长80公里,车流分为永川至江津、江津至綦江方向。",
])
def test_without_a_count_of_sections_no_section_is_read(text: str) -> None:
    assert core_names(text) == ["甲乙高速公路"]
