"""A city's ring as an item or as an area's boundary (issue 11 item 1, part-k38).

A city's bypass section named by its city without a head ("成都绕城南段", as "二绕东段" of a numbered ring) is an
item; "绕城南段" alone may be any city's and names none. A ring named after 城市 ("甲市城市内环线", "城市内环线") is the city's inner ring: the locative 市内 ("within the
city") gives way when its 内 opens 环 of the head 环线, as it does before 环快速路. A ring written as the bound of an
area ("三环路以内", "内环快速路以外区域", "绕城高速以内") or closing a list of areas ("二环路、甲组团等重点区域") is no
item; the same ring is an item in another clause of the text. A road around a lake ("环湖公路") bounds nothing.
Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text, expected", [
    ("甲市城市内环线今年开工。", ["甲市城市内环线"]),
    ("今年启动了城市内环线建设。", ["城市内环线"]),
    ("城市内环快速路今年建成。", ["城市内环快速路"]),
    ("三环路以内禁止货车通行,三环路扩能改造今年开工。", ["三环路"]),
    ("内环快速路以内段今年改造。", ["内环快速路"]),
    ("二环路今年开工。", ["二环路"]),
    ("该高速包括成都绕城南段、甲乙主线段。", ["成都绕城南段"]),
    ("成都绕城北段今年建成。", ["成都绕城北段"]),
])
def test_a_city_ring_is_an_item(text: str, expected: list[str]) -> None:
    assert core_names(text) == expected


@pytest.mark.parametrize("text", [
    "三环路以内禁止货车通行。",
    "内环快速路以外区域新建停车场。",
    "绕城高速以内的区域实行限行。",
    "二环路以外的片区加快开发。",
    "城区二环路、西区教育组团等重点区域的市政路网不断完善。",
    "禁止货车进入市内环线以内区域。",
    "市内环境整治持续推进。",
    "绕城南段今年建成。",
    "成都绕城东西两段今年建成。",
])
def test_a_ring_bounding_an_area_is_no_item(text: str) -> None:
    assert core_names(text) == []
