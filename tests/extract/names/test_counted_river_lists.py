"""A counted list of rivers or places that the count outnumbers names where the works are, not the works (issue 11
item 4: precision), on invented sentences.

"甲江、乙江6个航电枢纽同步建设" counts six dams on two rivers: the rivers hold the works, so no "甲江航电枢纽" is
named. The same with places ("万州、开州5座水库": five reservoirs in two districts). A list the count fills names
its works, rivers and places included ("甲江、乙河两个航电枢纽"), and so does one whose items are names of their own.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_types


@pytest.mark.parametrize("text", [
    "甲乙江、丙丁河6个航电枢纽同步建设。",
    "戊己江、庚辛江5座航电枢纽正在建设。",
    "万州、开州5座水库同步建设。",
])
def test_a_count_outnumbering_rivers_or_places_names_no_works(text: str) -> None:
    assert core_types(text, staged=False) == []


@pytest.mark.parametrize(("text", "items"), [
    # the count filled: the rivers' and the places' works are named
    ("甲乙江、丙丁河两个航电枢纽同步建设。", [("甲乙江航电枢纽", "waterway"), ("丙丁河航电枢纽", "waterway")]),
    ("万州、开州两座水库同步建设。", [("万州水库", "water"), ("开州水库", "water")]),
    # names that are neither rivers nor places, and a list with an item of its own head the count takes in
    ("甲乙、丙丁、戊己3座水库同步建设。", [("甲乙水库", "water"), ("丙丁水库", "water"), ("戊己水库", "water")]),
    ("新建甲乙港、丙丁、戊己3个港口。", [("甲乙港", "port"), ("丙丁港口", "port"), ("戊己港口", "port")]),
])
def test_a_count_the_items_fill_names_its_works(text: str, items: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == items
