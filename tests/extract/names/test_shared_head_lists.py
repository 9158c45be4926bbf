"""Items of a list sharing one head, on text of other provinces (issue #11 item 1; part-16e).

Classes found among the missed and spurious items of the tuning split fresh13 (and fresh9): a line
written by the initials of its two ends whose second initial is also a one-character generic word
(新, 东…), a route whose first end is a place ending in a direction (平南, 济南) before 至, and a list
of stations whose last one carries its direction. Every sentence is invented for its class (made-up
places and items), and each class has negatives of nearby shape.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

# A. Initials of a line's two ends, one of them a one-character generic word: an item of the list, so
#    that the walk over the list goes on to the items before it.
INITIALS_CASES = [
    ("目前,梅岭、琼新、瑶新、岚坪高速等已建成通车。", ["梅岭高速", "琼新高速", "瑶新高速", "岚坪高速"]),
    ("琼新、岚东、瑶坪高速公路已开工建设。", ["琼新高速公路", "岚东高速公路", "瑶坪高速公路"]),
    ("加快建设岚坪、瑶新铁路。", ["岚坪铁路", "瑶新铁路"]),
]
# Negatives: two generic characters, or a verb, are no line's initials.
INITIALS_NEGATIVES = [
    ("新建、改建公路500公里。", []),
    ("新老、大小公路均纳入养护。", []),
    ("线路最后与岚坪高速公路相连。", ["岚坪高速公路"]),
    ("目前和以后高速公路的养护。", []),
    ("改建D、F匝道及内环、岚坪大道拓宽段。", ["岚坪大道"]),
]


@pytest.mark.parametrize(("sentence", "names"), INITIALS_CASES + INITIALS_NEGATIVES, ids=lambda c: str(c)[:12])
def test_initials_of_a_line_in_a_shared_head_list(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# B. A route opening with a place that ends in a direction ("琼南至瑶县"), as an item of a list: the
#    direction and 至 are the place's name and the route's, not a clause's "南至X".
ROUTE_CASES = [
    ("重点建设琼南至瑶县、岚北至梅岭高速公路。", ["琼南至瑶县高速公路", "岚北至梅岭高速公路"]),
    ("推进梅岭至白石、琼西至岚县铁路建设。", ["梅岭至白石铁路", "琼西至岚县铁路"]),
]
# Negatives: a verb or a preposition before the direction opens a clause of direction ("向南至X").
ROUTE_NEGATIVES = [
    ("线路向南至白石镇、北至青岭高速公路。", ["青岭高速公路"]),
    ("线路南至白石镇、北至青岭高速公路。", ["青岭高速公路"]),
]


@pytest.mark.parametrize(("sentence", "names"), ROUTE_CASES + ROUTE_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_route_from_a_place_ending_in_a_direction(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# C. Stations of a line listed with one 站 at the end, the last one named with its direction: each
#    station keeps its own name, the direction is not shared.
STATION_CASES = [
    ("沿线共设梅岭西、白石镇、青岭东、红桥、梅溪北、石门南站6座客运车站。",
     ["梅岭西站", "白石镇站", "青岭东站", "红桥站", "梅溪北站", "石门南站"]),
    ("新建梅岭东、白石北站。", ["梅岭东站", "白石北站"]),
    ("沿线设梅岭、白石、青岭北站3座车站。", ["梅岭站", "白石站", "青岭北站"]),
]
# Negatives: a station head without a direction is shared as it is.
STATION_NEGATIVES = [
    ("推进梅岭、白石火车站建设。", ["梅岭火车站", "白石火车站"]),
    ("沿线设梅岭、白石站。", ["梅岭站", "白石站"]),
]


@pytest.mark.parametrize(("sentence", "names"), STATION_CASES + STATION_NEGATIVES, ids=lambda c: str(c)[:12])
def test_stations_listed_before_one_with_its_direction(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
