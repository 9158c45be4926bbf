"""A macro-region of the nation named alone before a network's head: the region's network or its operator
(issue 11, precision), as the nation's own ("中国高铁"). A place before the region word names one item. Every sentence
is invented.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names


@pytest.mark.parametrize(
    "text",
    [
        "工程建成后，西南电网的主网架电压等级将大幅提升。",
        "记者从南方电网梅溪供电局获悉，相关工作正在推进。",
        "华中电网与西北电网之间的联络将更加紧密。",
        "西南铁路建设步伐不断加快。",
    ],
)
def test_a_macro_region_before_a_network_head_names_no_item(text: str) -> None:
    assert core_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("梅溪西南环线今年开工建设。", ["梅溪西南环线"]),
        ("梅溪500千伏主干电网今年建成投运。", ["梅溪500千伏主干电网"]),
    ],
)
def test_a_place_before_the_region_or_the_head_names_one_item(text: str, expected: list[str]) -> None:
    assert core_names(text) == expected
