"""Numbered roads listed with their kind written once and 线 after each number (issue 11 item 1 recall).

Invented sentences: "国道A线、B线", "国道A线和B线" name two roads, as "省道A、B" does. Negatives: a number after
the list that is a length, a section after the first number (the list stops there).
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该项目将缓解国道213线、246线的通行压力。", ["国道213", "国道246"]),
        ("国道319线和542线在县城交汇。", ["国道319", "国道542"]),
        ("加快改造省道105线及107线。", ["省道105", "省道107"]),
        # the form without 线 stays as it was
        ("改造省道105、107、109。", ["省道105", "省道107", "省道109"]),
    ],
)
def test_each_number_of_a_list_names_a_road(text: str, expected: list[str]) -> None:
    assert core_names(text) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("国道213线全长120公里,和246线相交。", "国道246"),  # another clause: no list
        ("国道213线改造200米。", "国道200"),                 # a length
    ],
)
def test_no_road_outside_the_list(text: str, absent: str) -> None:
    assert absent not in core_names(text)
