"""Heads of kinds the lexicon lacked (issue 11 item 1, part-k40), on invented sentences.

A railway's operating posts named by their place ("X线路所": a junction post; "X交接站": a yard where two railways
hand over trains), an airport's satellite hall ("X机场T3卫星厅") and a helicopter landing site ("X直升机起降场地",
"X直升机起降点"). The head alone, with no proper modifier, names no item.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_types


@pytest.mark.parametrize("text, items", [
    ("新建甲乙线路所。", [("甲乙线路所", "rail_station")]),
    ("新建甲乙交接站。", [("甲乙交接站", "rail_station")]),
    ("完成甲乙机场T3卫星厅建设。", [("甲乙机场T3卫星厅", "airport")]),
    ("规划建设甲乙直升机起降场地。", [("甲乙直升机起降场地", "airport")]),
    ("新建甲乙直升机起降点。", [("甲乙直升机起降点", "airport")]),
])
def test_named_posts_and_halls_are_items(text: str, items: list[tuple[str, str]]) -> None:
    assert core_types(text) == items


@pytest.mark.parametrize("text", [
    "新建一座线路所。",
    "该站设交接站。",
    "机场将新建卫星厅。",
    "建设直升机起降点。",
])
def test_the_head_alone_names_nothing(text: str) -> None:
    assert core_types(text) == []


@pytest.mark.parametrize("text, name", [
    ("新建联络线经甲乙交接站连接丙丁线。", "甲乙交接站"),
    ("铁路经甲乙站引入枢纽。", "甲乙站"),
])
def test_a_line_passing_a_site_is_no_part_of_its_name(text: str, name: str) -> None:
    """"X线经Y站": the line and 经 end the site's name on its left (it would read "联络线经Y交接站")."""
    found = [n for n, _ in core_types(text)]
    assert name in found
    assert not any(n.endswith(name) and n != name for n in found)
