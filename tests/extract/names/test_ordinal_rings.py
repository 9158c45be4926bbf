"""A ring named by its order counted from a city's centre (issue 11 item 1, part-q37).

"二环线", "三环路", "第三环路": a ring road or line named by its order before 环线 or 环路 is a class of city ring,
like the inner and outer ones ("内环线") — an item alone, listed with other lines, or after its city ("成都二环路"
stays one name). Not an item: a count of rings (两环), a ring with no head ("二环以内": an area; "一环扣一环": an
idiom), a term of a plan's grid label ("“三环线十射线”", "两横两纵二环线"), a bus route named as a ring
("公交一环线", "公交内环线"); a numbered bypass ("第三绕城高速") keeps its own name.
"""

from __future__ import annotations

import pytest

from geo.extract.names.city_rings import city_ring, grid_ring
from tests.extract_helpers import names


@pytest.mark.parametrize("text, expected", [
    ("二环线今年开工建设。", ["二环线"]),
    ("三环路明年完成改造。", ["三环路"]),
    ("第四环线预计后年建成。", ["第四环线"]),
    ("内环线和二环线今年开工。", ["内环线", "二环线"]),
    ("二环线和三环线明年同步开工。", ["二环线", "三环线"]),
    ("甲乙高速和二环线今年开工。", ["甲乙高速", "二环线"]),
    ("甲乙高速、二环线和丙丁高速今年开工。", ["甲乙高速", "二环线", "丙丁高速"]),
    ("二环线三期今年开工。", ["二环线三期"]),
    ("甲乙客运专线和二环线今年开工。", ["甲乙客运专线", "二环线"]),
])
def test_a_ring_named_by_its_order_is_an_item(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("成都二环路今年完成改造。", ["成都二环路"]),
    ("成都三环线明年开工。", ["成都三环线"]),
    ("第三绕城高速今年开工。", ["第三绕城高速"]),
    ("成都第二绕城高速今年开工。", ["成都第二绕城高速"]),
])
def test_a_ring_with_its_city_or_a_numbered_bypass_stays_one_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "两环线今年开工。",
    "二环以内禁止货车通行。",
    "各项工作一环扣一环推进。",
    "构建“三环线十射线”的路网。",
    "构建“一环路七射线”的路网。",
    "形成“八环线八中心”格局。",
    "形成“两横两纵二环线”格局。",
    "全市形成七横三纵八环线的路网。",
    "公交一环线今年开通。",
    "公交内环线下月开通。",
])
def test_a_count_or_an_area_or_a_grid_label_names_no_ring(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("modifier, head, expected", [
    ("二", "环线", True),
    ("第三", "环路", True),
    ("成都二", "环路", True),
    ("内", "环线", True),
    ("两", "环线", False),
    ("二十", "环线", False),
])
def test_city_ring_reads_an_order_before_a_ring_head(modifier: str, head: str, expected: bool) -> None:
    assert city_ring(modifier, head) is expected


@pytest.mark.parametrize("work, expected", [
    ("“三环线十射线”", True),
    ("两横两纵二环线", True),
    ("二环线三期", False),
    ("二环线今年开工", False),
])
def test_grid_ring_finds_a_label_term_beside_the_ring(work: str, expected: bool) -> None:
    end = work.index("环线") + 2
    assert grid_ring(work, work.index("环线") - 1, end, "环线") is expected
