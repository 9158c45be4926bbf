"""A list of places sharing a logistics hub of one mode (issue 11 item 4), on invented sentences.

"A、B、C3个铁路物流中心", "A、B等3个千万吨级铁路物流中心": the mode of transport before the role head 物流中心 makes it a
site (``name_words.toml``: logistics_site_modes), and the list shares mode and head, so each place's hub of that mode
is named, the count left out. A word of role in the filler keeps the list a list of roles; a count alone names none.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_types


@pytest.mark.parametrize(("text", "items"), [
    # a list of places sharing a logistics hub of one mode, counted or closed by 等: each place's hub of that mode
    ("建设鱼嘴、果园、寸滩3个铁路物流中心。",
     [("鱼嘴铁路物流中心", "logistics_hub"), ("果园铁路物流中心", "logistics_hub"), ("寸滩铁路物流中心", "logistics_hub")]),
    ("规划建设团结村、洛碛、珞璜等3个千万吨级铁路物流中心。",
     [("团结村铁路物流中心", "logistics_hub"), ("洛碛铁路物流中心", "logistics_hub"), ("珞璜铁路物流中心", "logistics_hub")]),
    ("建设团结村、鱼嘴等铁路物流中心。", [("团结村铁路物流中心", "logistics_hub"), ("鱼嘴铁路物流中心", "logistics_hub")]),
    ("设立宜宾、泸州两个保税物流中心。", [("宜宾保税物流中心", "logistics_hub"), ("泸州保税物流中心", "logistics_hub")]),
])
def test_a_list_shares_the_mode_before_a_logistics_role_head(text: str, items: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == items


@pytest.mark.parametrize("text", [
    "推动重庆、成都等全国重要铁路物流中心建设。",
    "支持万州、涪陵等区域性铁路物流中心发展。",
    "规划建设3个铁路物流中心。",
    "重庆、成都等城市的铁路物流中心货运量持续增长。",
])
def test_a_list_of_roles_or_a_count_alone_names_no_hub(text: str) -> None:
    assert core_types(text, staged=False) == []
