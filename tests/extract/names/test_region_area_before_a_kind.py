"""An area of a region before a bare kind of line is a reference, not a project (issue #11 item 4).

Class: an area word of a region (地区, 片区, 流域, 都市圈, 城市群 … : ``region_words`` of
``data/language/name_words.toml``) followed before a line's head only by generic words — a direction, the
suburban class "市域(郊)", a siding, a network, a corridor (``region_network_words``) — names the area's lines
of that kind ("川渝地区东向高铁", "西南片区铁路专用线", "黄河流域公路"), not one line. A proper word of its own
keeps the name: a ring ("X地区环线高速", "X都市圈环线铁路", "X片区旅游环线"), a line's own name after the area
("X地区Y高速公路"), a route's end before the area, a place in brackets; works that are not lines
("X片区引调水工程") are outside the class.

A sibling of the class: a place and a sum of counts before a kind ("湖北“4+2”重大铁路", "西藏“3+1”机场") is a
program's group of items, none named.

Every sentence is invented (made-up areas and lines; county names from the gazetteer).
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names, source

from geo.extract import extract
from geo.extract.names.judge import acceptable

AREA_NETWORK_CASES = [
    "加快建设琼岚片区铁路专用线。",
    "项目建成后形成琼岚地区东向高铁新通道。",
    "完善梅溪流域公路水路交通网络。",
    "推进琼岚都市圈市域(郊)铁路建设。",
    "琼岚片区南北向高速公路加快成网。",
    "琼岚城市群城际铁路加快建设。",
]

# Negatives: a ring of the area, a line's own name after the area, a route's end before the area with a
# place in brackets, works that are no line, an area word alone with a proper line name.
AREA_NAME_CASES = [
    ("琼岚地区环线高速开工建设。", ["琼岚地区环线高速"]),
    ("琼岚都市圈环线铁路开工。", ["琼岚都市圈环线铁路"]),
    ("宣汉片区旅游环线建成。", ["宣汉片区旅游环线"]),
    ("琼岚地区梅溪高速公路开工。", ["琼岚地区梅溪高速公路"]),
    ("宣汉至琼岚片区(开江)高速铁路开工。", ["宣汉至琼岚片区(开江)高速铁路"]),
    ("琼岚中部片区引调水工程开工。", ["琼岚中部片区引调水工程"]),
    ("梅溪流域综合治理工程开工。", ["梅溪流域综合治理工程"]),
]


@pytest.mark.parametrize("sentence", AREA_NETWORK_CASES, ids=lambda c: c[:14])
def test_an_area_before_a_bare_kind_of_line_is_no_item(sentence: str) -> None:
    assert core_names(sentence) == []


@pytest.mark.parametrize(("sentence", "names"), AREA_NAME_CASES, ids=lambda c: str(c)[:14])
def test_an_area_with_a_proper_word_stays_a_name(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(
    ("modifier", "head", "ok"),
    [
        ("琼岚地区东向", "高铁", False),
        ("琼岚都市圈市域(郊)", "铁路", False),
        ("梅溪流域", "公路", False),
        ("琼岚地区环线", "高速", True),
        ("琼岚地区梅溪", "高速公路", True),
        ("宣汉至琼岚片区(开江)", "高速铁路", True),
    ],
)
def test_acceptable_reads_the_words_after_the_area(modifier: str, head: str, ok: bool) -> None:
    assert acceptable(modifier, head, modifier + head) is ok


# A place with a sum of counts before a kind ("湖北“4+2”重大铁路", "西藏“3+1”机场"): a program's group of
# items, how many of each, none named. Negatives: a "+" that joins words ("蓉欧+"), numbers that name a
# line ("1号线", "G75").
COUNT_SUM_CASES = [
    "琼岚“4+2”重大铁路全部开工。",
    "国家发改委批复琼岚“3+1”机场项目。",
    "琼岚“2+3”高速公路加快建设。",
]
COUNT_SUM_NEGATIVES = [
    ("琼岚·“蓉欧+”东盟国际物流中心建成。", ["琼岚·蓉欧+东盟国际物流中心"]),
    ("琼岚1号线二期全部开工。", ["琼岚1号线二期"]),
    ("G75琼岚高速加快建设。", ["G75琼岚高速"]),
]


def _body_names(text: str) -> list[str]:
    """Return the core names of ``text`` read as a document's body under a neutral title."""
    return [e.name for e in extract(source(text)) if e.type != "other_facility"]


@pytest.mark.parametrize("sentence", COUNT_SUM_CASES, ids=lambda c: c[:14])
def test_a_sum_of_counts_before_a_kind_is_no_item(sentence: str) -> None:
    assert _body_names(sentence) == []


@pytest.mark.parametrize(("sentence", "names"), COUNT_SUM_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_plus_that_is_no_count_sum_keeps_the_name(sentence: str, names: list[str]) -> None:
    assert _body_names(sentence) == names
