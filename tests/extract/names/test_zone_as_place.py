"""A new district or development zone named only as a place, not as an item (issue 11 item 1, part-x24).

"X新区"/"X经开区" where a route starts or ends, where a trip goes, before a finer area or a unit of it, or as the
place of a clause is a place; the zone as the subject or object of its own works, or in a list of zones, stays an
item. A bare 至, 连接 or 位于…的 is left alone: tuning gold codes those zones as items.
"""

from __future__ import annotations

import pytest

from geo.extract.names.sites import zone_as_place
from tests.extract_helpers import core_names

ZONE = "甲江新区"


@pytest.mark.parametrize("text", [
    "丙庄大桥起于甲江新区悦来片区,止于乙坪区,全长3公里。",   # a route's start, a finer area after
    "丙庄大桥项目起于甲江新区,止于乙坪区,全长3公里。",       # a route's start
    "丁坪快速路起于乙坪区,终于甲江新区。",                   # a route's end
    "丁坪大道起于乙坪园区、止于甲江新区,全长35公里。",
    "丁坪快速路建成后,从乙坪区到甲江新区仅需20分钟。",       # a trip's end
    "丁坪快速路建成后,从乙坪区开车到甲江新区更加方便。",
    "丁坪快速路建成后,从甲江新区到乙坪区仅需20分钟。",       # a trip's start
    "乘坐高铁可直达甲江新区。",                              # a destination
    "乙坪大道位于甲江新区丙湾片区。",                        # the district of a finer area
    "甲江新区党工委书记介绍了丁坪快速路。",                  # the district of a unit
    "在甲江新区,一批道路正在建设。",                        # the place of a clause
])
def test_a_zone_named_as_a_place_is_no_item(text: str) -> None:
    assert ZONE not in core_names(text)


@pytest.mark.parametrize("text", [
    "加快建设甲江新区。",                                    # the object of its works
    "甲江新区获批设立。",                                    # the subject of its own news
    "推进甲江新区、乙坪经开区等园区建设。",                  # a list of zones
    "标志着位于甲江新区的丙庄物流园项目正式开工。",          # 位于…的 alone: gold keeps the zone
    "该高速是连接甲江新区和乙坪新区的快速通道。",            # 连接 is no 接
    "共同承接甲江新区、乙坪新区产业转移。",                  # nor is 承接
])
def test_a_zone_as_an_item_stays(text: str) -> None:
    assert ZONE in core_names(text)


@pytest.mark.parametrize("text, expected", [
    ("起于甲江新区,", True),
    ("从乙坪区到甲江新区", True),
    ("到达甲江新区仅需", True),
    ("甲江新区龙盛组团", True),
    ("在甲江新区,", True),
    ("在甲江新区建设", False),        # 在 without a comma: the clause may be about the zone's works
    ("丙科学城至甲江新区快速通达", False),  # a bare 至
    ("连接甲江新区", False),
    ("承接甲江新区", False),
    ("丁路终点接甲江新区", True),
    ("丁路止于乙坪区,接甲江新区", True),
    ("甲江新区开发建设", False),
])
def test_zone_as_place_reads_the_words_around_the_zone(text: str, expected: bool) -> None:
    start = text.index(ZONE)
    assert zone_as_place(text, start, start + len(ZONE)) is expected
