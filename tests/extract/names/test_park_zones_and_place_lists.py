"""Parks named as an airport's or a port's economic zone, and parks or hubs shared by a list of places
(issue 11 item 1 recall: industrial parks and logistics hubs missed on new text).

Invented sentences. "X临空经济区", "X航空港经济区" are development zones, as a 新城 or a 开发区 is, and "X智造基地", "X产业孵化
基地" sites of an industry's firms; the bare head, an incubator of any firms ("创业孵化基地"), a wider economy ("X经济区环线") and a title to be won ("临空经济示范区") are not. A park's or a hub's head written once
after places joined by 、 is each place's ("甲、乙综合保税区", with the words of its kind: "甲市、乙区通用航空
产业园"); a list whose first item is no place, two places met 与 each other, or a list of means ("以A、B等方式参与")
share none. A place written once before a list of its parks is every generic item's ("甲县工业园区、现代物流园区、
农业示范园区"), not only the second's.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names, core_types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宜宾临空经济区今年新引进项目12个。", [("宜宾临空经济区", "industrial_park")]),
        ("记者从遵义航空港经济区获悉,园区道路已建成。", [("遵义航空港经济区", "industrial_park")]),
        ("加快建设泸州临港经济区。", [("泸州临港经济区", "industrial_park")]),
        # a base that makes or incubates an industry's firms
        ("綦江汽车智造基地一期已投用。", [("綦江汽车智造基地一期", "industrial_park")]),
        ("加快建设生物医药产业孵化基地。", [("生物医药产业孵化基地", "industrial_park")]),
    ],
)
def test_an_airport_or_port_economic_zone_is_a_park(text: str, expected: list[tuple[str, str]]) -> None:
    assert core_types(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "鼓励企业参与临空经济区建设。",            # the head alone names no zone
        "成功获批国家级临空经济示范区。",          # a title to be won
        "推动成渝经济区协同发展。",                # a wider economy, no zone's head
        "以资本并购、基金投入等方式参与临空经济区建设。",  # a list of means before a bare head
        "建设大学生创业孵化基地。",                # an incubator of firms of any industry
        "建设科技企业孵化基地。",
        "打造一批智造基地。",                      # the head alone
    ],
)
def test_no_zone_without_a_proper_name(text: str) -> None:
    assert not [n for n in core_names(text) if n.endswith(("经济区", "基地"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("高质量建设泸州、宜宾综合保税区。", ["泸州综合保税区", "宜宾综合保税区"]),
        ("支持江津区、綦江区现代农业产业园发展。", ["江津区现代农业产业园", "綦江区现代农业产业园"]),
        ("启动赤水市、播州区通用航空产业园前期工作。", ["赤水市通用航空产业园", "播州区通用航空产业园"]),
        ("加快建设万州、涪陵物流园。", ["万州物流园", "涪陵物流园"]),
    ],
)
def test_places_share_a_park_or_hub_head(text: str, expected: list[str]) -> None:
    assert core_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("引进华为公司、宜宾产业园。", ["宜宾产业园"]),                 # the first item is no place
        ("该路在南川与两江新区之间画了一条直线。", ["两江新区"]),       # two places met, no list
        ("加快建设甲乙、丙丁综合保税区。", ["丙丁综合保税区"]),         # items that are no known places
    ],
)
def test_no_shared_park_head_beyond_places(text: str, expected: list[str]) -> None:
    assert core_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's parks listed with the place written once: every item after the first is the place's
        ("走访了綦江区工业园区、现代物流园区、农业示范园区,以及旅游景点。",
         ["綦江区工业园区", "綦江现代物流园区", "綦江农业示范园区"]),
        ("推动万州港物流园、冷链物流基地和现代物流园区建设。",
         ["万州港物流园", "万州冷链物流基地", "万州现代物流园区"]),
        # the second item alone, as before
        ("推动万州港物流园和冷链物流基地建设。", ["万州港物流园", "万州冷链物流基地"]),
    ],
)
def test_a_place_written_once_is_every_listed_items(text: str, expected: list[str]) -> None:
    assert core_names(text) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an item of a place of its own keeps its own place, and the items after it take that one
        ("走访了綦江区工业园区、江津现代物流园区、农业示范园区。", "綦江现代物流园区"),
        # an item after a stop word is no item of the list
        ("綦江区工业园区、物流园区已建成,但农业示范园区尚未启动。", "綦江农业示范园区"),
    ],
)
def test_no_place_carried_past_the_list(text: str, absent: str) -> None:
    assert absent not in core_names(text)
