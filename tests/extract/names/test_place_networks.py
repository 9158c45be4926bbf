"""A place before a network word names no line (issue 11 items 1 and 4, part-q35).

"某市某县高铁", "某县县城公路", "某州铁路", "某地两条高速", "某县等多个县不通铁路", "A、B、C区间高速公路": a place,
an admin chain of places, or a list of places before 高铁, 高速, 铁路, 公路 or 高速公路 is the places' network;
the gold names a line only by its route (A至B, a compact name of its ends). Whichever path read the name (a
head's walk, a count, a list handing its head to each item) it is dropped. Negatives: compact names of two
ends, curated lines, a city's ring, a line named after one place with a proper word, branch lines and
sidings, roads with codes, and routes with 至.
"""

from __future__ import annotations

import pytest

from geo.extract.names.place_networks import place_network
from tests.extract_helpers import core_names


@pytest.mark.parametrize("text", [
    "四川省筠连县高铁什么时候通车?",  # a chain of places, the county of one character after its province
    "云南省昭通市彝良县铁路规划正在研究。",  # a chain of three places
    "该站距珙县县城公路里程约30公里。",  # a county town
    "湘西州铁路规划研究加快推进。",  # an autonomous prefecture shortened to 州
    "这将解决珙县、筠连等多个县不通铁路的问题。",  # places counted before the head a list hands on
    "今年昭通两条高速开工。",  # a count of one place's lines
    "加快推进筠连、珙县、兴文区间高速公路建设。",  # the roads between the places of a list
])
def test_a_places_network_names_no_line(text: str) -> None:
    assert core_names(text) == []


@pytest.mark.parametrize("text, names", [
    ("成渝高速扩能改造完成。", ["成渝高速"]),  # two ends' abbreviations
    ("渝昆高铁全线开工。", ["渝昆高铁"]),  # a curated line
    ("宜宾南环高速开工建设。", ["宜宾南环高速"]),  # a city's ring
    ("昭通东线高速开工。", ["昭通东线高速"]),  # a line named after one place with a proper word
    ("珙县铁路专用线建成投用。", ["珙县铁路专用线"]),  # a siding
    ("宜宾港铁路支线建成。", ["宜宾港铁路支线"]),  # a branch line to a port
    ("G85银昆高速全线贯通。", ["G85银昆高速"]),  # a road with its code
    ("筠连至珙县高速公路开工。", ["筠连至珙县高速公路"]),  # a route
])
def test_lines_named_after_places_stay(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("name, network", [
    ("筠连高铁", True),
    ("四川省筠连县铁路", True),
    ("珙县县城公路", True),
    ("兴文两条高速", True),
    ("成渝高速", False),
    ("渝昆高铁", False),
    ("宜宾南环高速", False),
    ("珙县铁路专用线", False),
    ("筠连至珙县高速公路", False),
    ("珙县水库", False),
])
def test_place_network(name: str, network: bool) -> None:
    assert place_network(name) is network


def test_a_list_of_places_before_a_ring_names_each_places_ring() -> None:
    """"甲、乙等外环高速公路": the ring's role after 等 is every place's, so each names its ring, not its network."""
    assert core_names("推进昭通、宜宾等外环高速公路建设。") == ["昭通外环高速公路", "宜宾外环高速公路"]
    assert core_names("宜宾、泸州等东绕城高速建成。") == ["宜宾东绕城高速", "泸州东绕城高速"]
