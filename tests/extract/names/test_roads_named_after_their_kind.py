"""Roads named 道路 after a word of their kind, routes listed before counted roads, lists closed after a place (issue 11 item 1).

Recall classes of unseen text (issue 11 item 1, found on fresh7, fresh8, fresh13 and fresh32 and checked on the
tuning splits).

Classes: a road named with the plain word 道路 right after a word of its kind (旅游, maybe with one more word between:
"X山环山旅游观光道路"), after a proper name, while the kind with no name before it ("加快旅游道路建设", "乡村旅游道路")
and 道路 alone stay no item; routes named by their ends listed before 等, a count and 道路 ("A至B、C至D等9个共217公里
道路建设项目"), each a road "A至B道路" whatever its ends, while places counted before 道路 ("甲镇、乙镇等9个乡镇道路"),
a generic "道路建设" and 道路 as a word of a service ("道路运输") stay no item; a list closed by 等 after a place ending in 平
before a count ("安平等4条"). Sentences are invented.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

KIND_ROADS = [
    ("尽快启动实施青山—白云山旅游道路改造提升项目。", ["青山—白云山旅游道路"]),
    ("推进龙王山环山旅游观光道路建设。", ["龙王山环山旅游观光道路"]),
    ("线路顺接凤凰山旅游环线道路。", ["凤凰山旅游环线道路"]),
]

# Negatives: the kind with no name before it, a settlement's class before the kind, a length, a batch, city roads.
KIND_ROADS_NEGATIVE = [
    ("加快旅游道路建设。", []),
    ("完善乡村旅游道路。", []),
    ("全县新建旅游道路50公里。", []),
    ("建设一批旅游道路。", []),
    ("加快城市道路建设。", []),
    ("推进全域旅游道路提升。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), KIND_ROADS + KIND_ROADS_NEGATIVE)
def test_road_named_after_its_kind(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


ROUTE_LISTS = [
    ("用于加快推进龙门至双河、青山至柏林、双河至石坪等9个共217公里道路建设项目。",
     ["龙门至双河道路", "青山至柏林道路", "双河至石坪道路"]),
    ("推进龙门至双河、青山至柏林等3条道路建设。", ["龙门至双河道路", "青山至柏林道路"]),
]

# Negatives: places counted before 道路, a generic road-building figure, a single route of unknown ends, a service.
ROUTE_LISTS_NEGATIVE = [
    ("推进甲镇、乙镇等9个乡镇道路建设。", []),
    ("完成农村道路建设80公里。", []),
    ("龙门至双河道路项目主体结构封顶。", []),
    ("开通成都至重庆、重庆至贵阳等3条道路运输线路。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUTE_LISTS + ROUTE_LISTS_NEGATIVE)
def test_routes_listed_before_counted_roads(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


# A list closed by 等 right after a place ending in 平, before a count ("A、B、安平等4条X"): 平等 ("equal") never takes a
# count, so 等 closes the list even when the place is one the gazetteer lacks; 平等 before a word stays the word.
PING_DENG_LISTS = [
    ("石泉、旬阳、紫阳、安平等4条天然气支线即将投入使用。",
     ["石泉天然气支线", "旬阳天然气支线", "紫阳天然气支线", "安平天然气支线"]),
    ("开江至梁平等省际高速公路。", ["开江至梁平高速公路"]),
]

PING_DENG_NEGATIVE = [
    ("坚持公平等原则建设高速公路。", []),
    ("推进机会平等2条原则落实。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), PING_DENG_LISTS + PING_DENG_NEGATIVE)
def test_list_closed_after_a_place_ending_in_ping(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected
