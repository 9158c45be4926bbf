"""Rings in a list sharing a head, goals of coverage, and a kind's word alone (issue 11 item 1).

Name classes of missed and spurious items read across the eleven tuning splits (issue #11 item 1).

Every sentence is invented for its class (made-up items, real places only where a rule reads a place), with
negatives of nearby shape:

A. a place's ring or bypass line listed before a shared head ("A至B、X西外环、C至D高速公路"): an item taking
   the head like the others, where it ended the list and lost every item before it;
B. a class of settlements reached by a kind of road ("96%建制村通沥青(水泥)路", "自然村通组路"): a goal of
   coverage, no road;
C. a kind written as an everyday or doubled word ("修建飞机场", "发电厂", "航空机场", "特大桥、长隧道施工"): a
   kind alone, no name; with a place or a proper word before it, a name.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

RING_CASES = [
    ("重点建设梧州至岑溪、钦州北外环、钦州至防城高速公路。",
     ["梧州至岑溪高速公路", "钦州北外环高速公路", "钦州至防城高速公路"]),
    ("力争开工梧州绕城、钦州至防城高速公路。", ["梧州绕城高速公路", "钦州至防城高速公路"]),
    ("开工建设岑溪至藤县、梧州外环、钦灵高速公路3条。", ["岑溪至藤县高速公路", "梧州外环高速公路", "钦灵高速公路"]),
]
# Negatives: a ring of no place ends the list as before; a ring named alone keeps its own head.
RING_NEGATIVES = [
    ("开工建设梧州至岑溪、城市外环、钦州至防城高速公路。", ["钦州至防城高速公路"]),
    ("开工建设钦州北外环高速公路。", ["钦州北外环高速公路"]),
]


@pytest.mark.parametrize(("sentence", "names"), RING_CASES + RING_NEGATIVES, ids=lambda c: str(c)[:12])
def test_place_ring_in_a_shared_head_list(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


COVERAGE_CASES = [
    "到2025年,全县96.5%建制村通沥青(水泥)路。",
    "具备条件的建制村全部通硬化路。",
    "解决了300余个建制村通沥青路问题。",
    "实施30户以上自然村通组路500公里。",
    "实现100%的乡镇通水泥路。",
]
# Negatives: a road named by its villages, or a road named and reaching a village, is a road.
COVERAGE_NEGATIVES = [
    ("开工建设琼岚村至梅溪村公路。", ["琼岚村至梅溪村公路"]),
    ("建成琼岚公路,实现建制村通客车。", ["琼岚公路"]),
]


@pytest.mark.parametrize("sentence", COVERAGE_CASES, ids=lambda c: c[:12])
def test_coverage_goal_is_no_road(sentence: str) -> None:
    assert core_names(sentence) == []


@pytest.mark.parametrize(("sentence", "names"), COVERAGE_NEGATIVES, ids=lambda c: str(c)[:12])
def test_named_road_to_villages_stays(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


KIND_CASES = [
    "代表建议在山区修建飞机场。",
    "电站建成后发电厂年平均发电量1.2亿度。",
    "一是实施航空机场加密工程。",
    "客货运枢纽方面,各地将做好规划。",
    "项目部正加快特大桥、长隧道施工。",
]
# Negatives: the same words after a place or a proper word name an item.
KIND_NEGATIVES = [
    ("开工建设琼岚特大桥和梅溪长隧道。", ["琼岚特大桥", "梅溪长隧道"]),
    ("加快建设岚州客货运枢纽。", ["岚州客货运枢纽"]),
    ("建设天柱通用飞机场。", ["天柱通用飞机场"]),
]


@pytest.mark.parametrize("sentence", KIND_CASES, ids=lambda c: c[:12])
def test_kind_word_alone_is_no_name(sentence: str) -> None:
    assert core_names(sentence) == []


@pytest.mark.parametrize(("sentence", "names"), KIND_NEGATIVES, ids=lambda c: str(c)[:12])
def test_kind_word_after_a_name_stays(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
