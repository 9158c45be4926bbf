"""Verbs of the works glued before a kind, and a tunnel's ground as its class (issue 11 item 1),
on invented sentences.

* **a verb of overcoming or of a phase of the works** ("攻克X隧道施工难题", "2017年开始隧道机电安装"): a lead,
  as 破解 and 完成; with nothing but the head after it, no name.
* **the ground a tunnel is driven through** ("瓦斯隧道", "高瓦斯隧道", "岩溶隧道"): the tunnel's class in
  building, no name; a place or a name before it makes one tunnel.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text", [
    "今年完成主体施工,明年开始隧道机电安装。",
    "项目部成功攻克瓦斯隧道与高压线下穿双重挑战。",
    "该高瓦斯隧道全长3公里,岩溶隧道全长2公里。",
])
def test_a_verb_or_a_class_before_the_head_names_no_tunnel(text: str) -> None:
    assert not [n for n in core_names(text) if n.endswith("隧道")]


@pytest.mark.parametrize("text, name", [
    ("项目部成功攻克柳州隧道施工难题。", "柳州隧道"),
    ("明年开始柳州东站改造。", "柳州东站"),
    ("柳州高瓦斯隧道顺利贯通。", "柳州高瓦斯隧道"),  # a place before the class: one tunnel
])
def test_a_named_item_after_the_verb_or_with_the_class_stays(text: str, name: str) -> None:
    assert name in core_names(text)
