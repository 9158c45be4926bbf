"""港澳 closing a trunk route's abbreviation names the route (issue 11 item 1; part-n44).

港澳 (Hong Kong and Macao) is a negative word: "港澳台同胞", "粤港澳大湾区" name a region or its people, no works. A
national trunk route abbreviated by its ends may close with it, right before a road or rail head ("甲港澳高速公路",
"甲港澳高速乙段扩容", "甲港澳高速丙丁连接线"): there it is the route's name. Without such a head after it (a region,
a zone, a service) it stays negative. The heads are data (data/language/name_words.toml: region_pair_route_heads).

Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names


@pytest.mark.parametrize(("text", "names"), [
    ("推进甲港澳高速公路扩容。", ["甲港澳高速公路"]),
    ("路线分别与G111、甲港澳高速公路交叉。", ["G111", "甲港澳高速公路"]),
    ("年底将建成甲港澳高速丙丁连接线。", ["甲港澳高速丙丁连接线"]),
    ("甲港澳高速公路红岩至白岩段扩容工程开工。", ["甲港澳高速公路红岩至白岩段"]),
])
def test_a_route_abbreviation_closing_with_the_region_pair(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("text", [
    "加快对接粤港澳大湾区城际铁路网。",
    "推进港澳台青年创业园建设。",
    "开通至港澳地区的跨境物流通道。",
])
def test_the_region_pair_elsewhere_names_nothing(text: str) -> None:
    assert core_names(text) == []
