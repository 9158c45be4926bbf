"""A clause opening with a preposition of origin before the site a line leaves from ("…项目,自X站引出"): the
preposition is no part of the station's name (issue 11 item 2, the ends of a route)."""

from __future__ import annotations

import pytest
from extract_helpers import core_names


@pytest.mark.parametrize("text, expected", [
    ("北河高铁是国家规划重要项目,自遂宁西站引出,经东岭至南岭,全长300公里。", "遂宁西站"),
    ("北河高铁是国家规划重要项目,从遂宁西站接出,经东岭至南岭。", "遂宁西站"),
    ("北河高铁是国家规划重要项目,由遂宁西站始发。", "遂宁西站"),
])
def test_a_preposition_of_origin_opening_the_clause_is_no_part_of_the_station(text: str, expected: str) -> None:
    names = core_names(text)
    assert expected in names, names
    assert not any(n.endswith(expected) and n != expected for n in names), names


@pytest.mark.parametrize("text, expected", [
    ("北河高铁是国家规划重要项目,自贡站引出新线。", "自贡站"),  # a place opening with 自 keeps it
    ("北河高铁是国家规划重要项目,自贡东站始发。", "自贡东站"),
])
def test_a_place_opening_with_the_preposition_keeps_it(text: str, expected: str) -> None:
    assert expected in core_names(text)


def test_only_a_verb_of_leaving_after_the_site_makes_the_preposition_a_lead() -> None:
    # the rule reads the verb after the head; without one the lexicon's leads decide, as before
    from geo.extract.names.leads import left_start

    leaving = "北河高铁是重要项目,自遂宁西站引出。"
    other = "北河高铁是重要项目,自遂宁西站以东。"
    assert leaving[left_start(leaving, leaving.index("站")):leaving.index("站")] == "遂宁西"
    assert other[left_start(other, other.index("站")):other.index("站")] == "自遂宁西"
