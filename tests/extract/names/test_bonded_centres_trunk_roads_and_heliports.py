"""Bonded logistics centres, express trunk roads and heliports named by their place (issue 11 items 1 and 4).

Heads of works the patterns lacked (issue 11 items 1 and 4), on invented sentences.

- A bonded logistics centre named by its place ("X保税物流中心", the customs-approved site, often "(B型)") is a
  logistics site, as "X铁路物流中心" is; a word of role before it ("区域性", "全国重要") keeps it a role, and the
  head alone names nothing.
- A town's or a route's express trunk road ("A至B快速干道") is a road; a kind word before it ("城市快速干道") names
  none. A heliport named by its place ("X直升机起降场") is an airport, as "X直升机起降场地" is.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_types


@pytest.mark.parametrize(("text", "items"), [
    ("力争设立达州保税物流中心，加快口岸建设。", [("达州保税物流中心", "logistics_hub")]),
    ("遂宁保税物流中心（B型）于去年封关运营。", [("遂宁保税物流中心", "logistics_hub")]),
    ("加快建设万州保税物流中心二期工程。", [("万州保税物流中心二期", "logistics_hub")]),
])
def test_a_bonded_logistics_centre_named_by_its_place_is_a_site(text: str, items: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == items


@pytest.mark.parametrize("text", [
    "打造长江上游区域性保税物流中心。",
    "推动泸州建成全国重要保税物流中心。",
    "支持有条件的地区建设保税物流中心。",
])
def test_a_bonded_logistics_centre_as_a_role_or_a_kind_names_none(text: str) -> None:
    assert core_types(text, staged=False) == []


@pytest.mark.parametrize(("text", "items"), [
    ("今年将开工建设綦江至万盛快速干道，全长18公里。", [("綦江至万盛快速干道", "highway")]),
    ("南充至西充快速干道已于去年建成通车。", [("南充至西充快速干道", "highway")]),
    ("加快建设大竹快速干道二期。", [("大竹快速干道二期", "highway")]),
    ("新建城口直升机起降场和巫溪直升机起降场。", [("城口直升机起降场", "airport"), ("巫溪直升机起降场", "airport")]),
])
def test_express_trunk_roads_and_heliports_named_by_place_are_items(text: str, items: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == items


@pytest.mark.parametrize("text", [
    "建设城市快速干道。",
    "推进中心城区快速干道建设。",
    "城市快速干道网络日益完善。",
    "规划布局一批直升机起降场。",
])
def test_an_express_trunk_road_or_a_heliport_as_a_kind_names_none(text: str) -> None:
    assert core_types(text, staged=False) == []
