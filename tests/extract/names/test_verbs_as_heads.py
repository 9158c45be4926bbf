"""Head words that are verbs or adverbs in their sentence (issue 11 item 1, part-n25), on invented sentences.

* **站 as the verb "to stand"** ("他们既站在前列", "站在新起点"): no station; a station "在建" or "在2025年建成" stays.
* **一路 as the adverb "all the way"** after 途 or a verb's complement ("沿途一路风光", "浇灌出一路产业"): no road; a
  street numbered "X一路" stays.
* **a line's head before 交流时间** ("缩短两地铁路交流时间"), as 旅行时间: the time by that mode, no line.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text", [
    "他们既站在前列,也走在前列。",
    "我们始终站在前列。",
    "轨道产业的脉动站在当下。",
    "他们都站在新起点。",
])
def test_zhan_zai_of_standing_is_no_station(text: str) -> None:
    assert core_names(text) == []


@pytest.mark.parametrize("text, name", [
    ("甲乙站在建设中。", "甲乙站"),
    ("甲乙站在2025年建成。", "甲乙站"),
])
def test_a_station_before_zai_stays(text: str, name: str) -> None:
    assert core_names(text) == [name]


@pytest.mark.parametrize("text", [
    "沿途一路风光迤逦,桥隧相连。",
    "水脉在甲乙地区浇灌出一路产业花开。",
])
def test_yilu_all_the_way_is_no_road(text: str) -> None:
    assert core_names(text) == []


def test_a_street_numbered_one_stays() -> None:
    assert core_names("甲乙一路改造工程开工。") == ["甲乙一路"]


def test_a_line_head_before_the_time_of_travel_names_no_line() -> None:
    assert core_names("甲乙高铁通车后将大大缩短两核心城市铁路交流时间。") == ["甲乙高铁"]
