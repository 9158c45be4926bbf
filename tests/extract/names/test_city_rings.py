"""A city's ring road named by its role (issue #11 item 1; part-r24).

A city's rings are roads of their own ("南环高速", "中环线", "外环线"), coded as items in fresh8 s_05, fresh17 ze_07,
fresh14 and fresh22. Two shapes were lost: a ring whose role is also a place's name in the gazetteer ("南环" before
高速 read as a place's network, like "遵义市高速公路"), and a ring by its order in the city before 环线 ("中环线",
"外环线": one generic character before the head). The roles are data (data/language/name_words.toml,
ring_item_roles).

The negatives: a ring as a grade of a city's layout ("一环八射", "“一环两射”高速公路网": no road's head after the
ring), a bus line on a ring, a place's network of a kind, and the places listed before a ring (the ring's role is
its own name, no head the list shares). Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

from geo.extract.names.judge import acceptable

CASES = [
    ("推进南环高速建设。", ["南环高速"]),  # a ring role that is also a place's name
    ("规划新建中环线和外环线,串联城区各片区。", ["中环线", "外环线"]),  # a ring by its order before 环线
    ("通过内环快速路连接两区。", ["内环快速路"]),
    # the ring's role is its own name: the places listed before it share no head with it
    ("目前有襄渝、遂渝、外环线等道路途经本区。", ["外环线"]),
    ("推进梁平、垫江、南环高速建设。", ["南环高速"]),
    # a place's ring keeps sharing its head with the routes listed before it
    ("今年建成通车了长寿至垫江、彭水过境高速等项目。", ["长寿至垫江高速", "彭水过境高速"]),
]

NEGATIVES = [
    "全市形成一环八射路网。",  # a grade of a city's layout
    "形成“一环两射”高速公路网。",
    "开通城区南环公交线。",  # a bus line
    "推进遵义市高速公路建设。",  # a place's network of a kind
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=lambda c: str(c)[:14])
def test_a_city_ring_is_a_road(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize("sentence", NEGATIVES, ids=lambda c: str(c)[:14])
def test_no_ring_road_where_none_is_named(sentence: str) -> None:
    assert core_names(sentence) == []


@pytest.mark.parametrize(
    ("modifier", "head", "ok"),
    [("南环", "高速", True), ("北四环", "高速", True), ("城市内", "环线", True), ("中", "环线", True),
     ("新", "环线", False), ("遵义市", "高速公路", False)],
)
def test_ring_modifiers(modifier: str, head: str, ok: bool) -> None:
    assert acceptable(modifier, head, modifier + head) is ok
