"""Service goals and an agency's tasks read as names (issue 11 item 1, part-n25), on invented sentences.

* **a travel time before a line's head** ("甲乙丙1小时高铁圈", "半小时高铁圈", "镇街15分钟上高速"): a goal of time,
  a zone reached, no line named, whatever places stand before it; a line named and its travel time after it stay.
* **trunk and branch lines counted with a hub in a quoted slogan** ("“一枢纽五干线两支线”铁路网络"): a plan's
  network, as the other counted kinds of data/language/name_words.toml's slogan_kinds.
* **verbs of an agency's tasks before a kind or a name** ("研究制定省道实施方案", "全年维护航道109公里",
  "督促甲江航道管理处…"): the verb is no part of a name; a name holding the same word after its head stays.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text", [
    "甲乙丙1小时高铁圈、丁(戊)己(庚)1小时高速圈和半小时高铁圈基本成形。",
    "全面实现镇街15分钟上高速。",
    "构建甲乙2小时高铁圈。",
    "实现县城半小时上高速。",
])
def test_a_travel_time_before_a_line_head_names_no_line(text: str) -> None:
    assert core_names(text) == []


@pytest.mark.parametrize("text, name", [
    ("甲乙高铁建成后1小时可达丙丁。", "甲乙高铁"),
    ("甲乙高速通车后两地2小时通达。", "甲乙高速"),
    ("甲乙至丙丁高铁开工建设,建成后两地1小时通达。", "甲乙至丙丁高铁"),
])
def test_a_line_named_before_its_travel_time_stays(text: str, name: str) -> None:
    assert name in core_names(text)


def test_trunk_and_branch_lines_counted_in_a_quoted_slogan_are_a_network() -> None:
    assert core_names("加快构建“一枢纽五干线两支线”铁路网络。") == []


def test_a_branch_line_named_stays() -> None:
    assert core_names("甲乙铁路支线建成通车。") == ["甲乙铁路支线"]


@pytest.mark.parametrize("text", [
    "省交通厅正在研究制定省道实施方案。",
    "全年维护航道109公里,设置航标62座。",
])
def test_a_task_verb_before_a_kind_names_nothing(text: str) -> None:
    assert core_names(text) == []


def test_a_task_verb_is_no_part_of_the_name_after_it() -> None:
    assert not [n for n in core_names("督促甲乙高速公路加快建设。") if n.startswith("督促")]


@pytest.mark.parametrize("text, name", [
    ("甲江航道整治工程开工。", "甲江航道整治工程"),
    ("甲乙大桥维护加固工程开工。", "甲乙大桥"),
])
def test_works_named_after_the_head_stay(text: str, name: str) -> None:
    assert name in core_names(text)
