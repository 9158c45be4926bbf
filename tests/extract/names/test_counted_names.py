"""Counts inside a name's words (issue 11 items 1 and 4, part-q31), on invented sentences.

A count of items of a kind ("通航8个运输机场"), a kind counted before another item of a list ("设车站12座、甲车辆段1个")
or the interchanges a road's design counts after their places ("设甲、乙、丙3处互通式立交") name no item. A count after a
place or a one-character item closes a list whose items are named ("甲及乙2个A2级通用机场", "甲东、西2处收费站"), and a
count opening a list's filler still names its items ("A、B等5个高铁项目").
"""

from __future__ import annotations

import pytest

from geo.extract import extract
from tests.extract_helpers import core_names, source


@pytest.mark.parametrize("text", [
    "目前,全省已建成通航8个运输机场。",
    "该区共有投运4座大型水库。",
    "该高速全长30公里,设东坝、西林、南岗、北山4处互通式立交,有隧道4座。",
    "全线设甲岭、乙坝2处互通式立交。",
])
def test_a_count_inside_the_words_names_no_item(text: str) -> None:
    assert core_names(text) == []


def test_a_kind_counted_before_a_list_item_is_not_an_item() -> None:
    names = [e.name for e in extract(source("轨道5号线一期工程甲区段为甲站—乙站,线路长15公里,设车站12座、白石车辆段及大修厂1个。"))]
    assert "白石车辆段" in names
    assert not any("12座" in n for n in names)


def test_a_count_after_a_place_still_closes_a_list() -> None:
    assert "岳池机场" in core_names("加快推进岳池及武胜2个A2级通用机场前期工作。")


@pytest.mark.parametrize("text, names", [
    ("开工建设成渝中线、渝西、渝昆、成达万等5个高铁项目。", ["成渝中线高铁", "渝西高铁", "渝昆高铁", "成达万高铁"]),
    ("新建甲乙、丙丁、戊己3座水库。", ["甲乙水库", "丙丁水库", "戊己水库"]),
])
def test_counted_lists_still_name_their_items(text: str, names: list[str]) -> None:
    assert core_names(text) == names
