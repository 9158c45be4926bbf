"""The road a route's landmark interchange lies on (issue #11 item 1; part-r24).

A route told by its ends often ends at an interchange of an existing road ("止于X高速Y立交", "止于内环Y立交",
"从X高速Y互通起"). The interchange is a landmark, no item (tests/data/blind/CONVENTIONS.md, eleventh session); the
road it lies on is an existing line named as context, which the annotators code as an item (fresh22 zo_02, zo_04,
zo_06; fresh2 g_11; fresh14 e_01). The road is the name's opening: a line with its head ("X高速", "外环快速路"), or a
city's ring by its role alone ("内环", "北四环"; data/language/name_words.toml, ring_item_roles).

The negatives: an interchange alone at a route's end, a ring as a grade of a city's layout ("一环八射"), a route
ending at a ring with no structure named, and a road whose section is the document's item (the road only its
owner). Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

CASES = [
    ("新建隧道向东止于内环青枫立交,全长3公里。", ["内环"]),  # a city's ring by its role
    ("新建道路起于北四环高速金鸡互通。", ["北四环高速"]),
    ("大桥北岸止于外环快速路白鹤组合立交。", ["外环快速路"]),  # a ring with its head, a compound interchange
    ("项目起于沪蓉高速金竹互通,止于城北,全长12公里。", ["沪蓉高速"]),  # a line with its head
    ("建议线路从渝遂高速石林互通起,经两镇至县城。", ["渝遂高速"]),  # 从…起: the preposition is no part of it
]

NEGATIVES = [
    ("新建道路止于青枫立交。", []),  # the interchange alone: a landmark
    ("全市形成一环八射路网。", []),  # a grade of a city's layout
    ("城区形成“一环两射”格局,新建道路止于二环。", []),
    # the document's item is the road's section; the road named at a route's end is its owner only
    ("遂泸高速公路(四川段)建成通车。该段起于遂泸高速公路来凤枢纽互通,止于城南。", ["遂泸高速公路四川段"]),
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=lambda c: str(c)[:14])
def test_the_road_of_a_route_end_interchange_is_an_item(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), NEGATIVES, ids=lambda c: str(c)[:14])
def test_no_road_where_none_is_named_or_its_section_is_the_item(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
