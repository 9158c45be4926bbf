"""Metro lines named by their number alone (issue 11 item 1), on invented sentences.

* **a numbered line in a text about urban rail** ("某市轨道交通建设加快…目前,6号线已开通运营,24号线一期在建"):
  the line is a railway item though no system word stands right before it, when the text up to the end of its
  sentence names 轨道交通, 地铁, 轻轨 or 城轨.
* **a bus route by its number** ("公交1号线"): a service, no item, whatever the text.
* **a number written in Chinese numerals** ("九号线一期"): the same line as "9号线一期".
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text, names", [
    ("某市轨道交通建设情况\n目前,6号线已开通运营,6号线东延伸段、24号线一期在建。",
     ["6号线", "6号线东延伸段", "24号线一期"]),
    ("今年有4号线、15号线等5条轨道交通线路正在建设中。", ["4号线", "15号线"]),
    ("共规划布局3条地铁线路,分别为2号线、7号线和11号线。", ["2号线", "7号线", "11号线"]),
])
def test_a_numbered_line_in_a_text_about_urban_rail_is_a_railway(text: str, names: list[str]) -> None:
    assert [n for n in core_names(text) if n in names] == names


@pytest.mark.parametrize("text", [
    "今年新开通3号线、5号线,方便市民出行。",  # no rail system named: a bus or a service as likely
    "轨道交通建设加快。今年新开通公交3号线、公交5号线。",  # bus routes, though the text speaks of 轨道交通
])
def test_a_numbered_line_without_urban_rail_is_no_item(text: str) -> None:
    assert not [n for n in core_names(text) if n.endswith("号线")]


def test_a_bus_route_with_the_systems_word_nearby_is_still_no_item() -> None:
    assert core_names("今年开通轨道交通1号线、定制公交3号线。") == ["轨道交通1号线"]


def test_a_line_numbered_in_chinese_numerals_is_the_line_numbered_in_digits() -> None:
    text = "轨道交通九号线是全市线网的骨干线路。其中,九号线一期工程总投资约198亿元。目前轨道交通9号线一期正在加快建设。"
    assert core_names(text) == ["轨道交通九号线", "轨道交通9号线一期"]
