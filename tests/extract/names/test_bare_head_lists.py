"""Lists of names closed by a bare 枢纽 or 干线 take their kind from the paragraph (issue 11 item 1, part-k43), on
invented sentences.

A bare 枢纽 or 干线 names no kind of its own: "加快建成甲乙、丙丁枢纽" under a heading on shipping names two
navigation dams, "位于甲乙、丙丁两大干线间" beside railways two trunk railways. The list takes the one kind its
nearest context gives (its own words, its items named elsewhere with their kind, its paragraph, its heading); a
context naming no kind or two gives no item.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_types


@pytest.mark.parametrize("text, items", [
    # the heading of a list of bullets names shipping
    ("加快建设某江航运中心\n\n· 加快建成甲乙、丙丁枢纽,推动港口升级\n\n· 实施航道整治",
     [("甲乙枢纽", "waterway"), ("丙丁枢纽", "waterway")]),
    # the list's own words: the river's series of navigation dams written before the first item
    ("加快某江航电甲乙和丙丁枢纽、戊己铁路建设。",
     [("某江航电甲乙枢纽", "waterway"), ("丙丁枢纽", "waterway"), ("戊己铁路", "railway")]),
    # the paragraph names railways: two trunk railways, counted
    ("本线位于甲乙丙、丁戊两大干线间,东端经庚辛铁路衔接壬癸。",
     [("甲乙丙干线", "railway"), ("丁戊干线", "railway"), ("庚辛铁路", "railway")]),
    # two items named before with their kind: the others take it, those two stay under their own names
    ("甲乙航电枢纽进度过半,丙丁航电枢纽已经封顶。\n\n甲乙、丙丁、戊己、庚辛四大枢纽建成后将抬升水位。",
     [("甲乙航电枢纽", "waterway"), ("丙丁航电枢纽", "waterway"), ("戊己枢纽", "waterway"), ("庚辛枢纽", "waterway")]),
])
def test_a_bare_head_list_takes_the_paragraphs_kind(text: str, items: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == items


@pytest.mark.parametrize("text, items", [
    ("支持甲乙、丙丁等枢纽城市发展铁路物流。", []),  # a role of cities, no works
    ("推进甲乙、丙丁两大枢纽建设。", []),  # the paragraph names no kind
    # a paragraph on rail and shipping: the list of places has two kinds to take, so none
    ("推进甲乙铁路和丙丁航道建设,打造戊己、庚辛两大枢纽。", [("甲乙铁路", "railway"), ("丙丁航道", "waterway")]),
    ("加快某江航运建设,建成甲乙枢纽。", []),  # one name alone is no list
])
def test_a_bare_head_without_one_kind_names_no_items(text: str, items: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == items


@pytest.mark.parametrize("text", [
    "推进铁路建设,支持泸州、宜宾、达州等枢纽建设。",  # cities as rail hubs: their roles
    "推进铁路建设,支持泸州市、宜宾市两大枢纽建设。",  # the same with their suffixes
    "推进高速公路建设,完善万州、黔江、涪陵三大干线。",  # the lines through three districts, unnamed
])
def test_a_bare_head_after_places_alone_names_no_items(text: str) -> None:
    assert core_types(text, staged=False) == []


def test_a_place_among_the_names_of_a_bare_head_list_is_an_item() -> None:
    # a navigation dam named by its county, beside dams named by villages: the list names works
    assert core_types("加快某江航运建设,推进甲乙、犍为、丙丁三大枢纽建设。", staged=False) == [
        ("甲乙枢纽", "waterway"), ("犍为枢纽", "waterway"), ("丙丁枢纽", "waterway")]


def test_a_head_with_its_kind_is_no_bare_head() -> None:
    # "航电枢纽" names its kind: the list is read as counted works (none here, the count is not the items'),
    # not as a bare 枢纽 closing "甲乙江、丙丁河6个航电"
    assert core_types("甲乙江、丙丁河6个航电枢纽同步建设。", staged=False) == []
