"""A verb of a trip onto or of a way over something glued to the kind after it ends the name on its left (issue 11
item 1, part-q39).

"一辆辆汽车陆续驶上大桥", "双桥同步转体跨越高速铁路": the road driven onto or the thing a structure crosses, told as a
kind; no name opens with 驶上 or 跨越, so a name after them keeps its own words. 绕行 is no such stop: a bypass's
name holds it ("梅溪绕行公路", tests/extract/names/test_glued_front.py).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize(("text", "verb"), [
    ("随着一辆辆汽车陆续驶上大桥,甲乙大桥正式通车。", "驶上"),
    ("工程实现了双桥同步双向转体跨越高速铁路。", "跨越"),
])
def test_a_trip_verb_before_a_kind_names_no_item(text: str, verb: str) -> None:
    """No name holds the verb, wherever its left edge would fall ("辆汽车陆续驶上大桥", "汽车陆续驶上大桥")."""
    assert [n for n in core_names(text) if verb in n] == []


@pytest.mark.parametrize(("text", "name"), [
    ("车辆可驶上丙丁公路。", "丙丁公路"),                          # a named road after the verb keeps its name
    ("该桥跨越甲乙高速公路。", "甲乙高速公路"),
    ("随着一辆辆汽车陆续驶上大桥,甲乙大桥正式通车。", "甲乙大桥"),  # the bridge the news is about
    ("加快建设重庆三环绕城高速。", "重庆三环绕城高速"),            # 环绕 across two words is no stop
])
def test_a_name_after_or_around_the_verb_stays(text: str, name: str) -> None:
    assert name in core_names(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("形成接续甲乙、丙丁及戊己铁路的物流通道。", ["甲乙铁路", "丙丁铁路", "戊己铁路"]),
    ("线路向南接续甲乙高速公路。", ["甲乙高速公路"]),
])
def test_a_line_continued_by_others_is_named_without_the_verb(text: str, expected: list[str]) -> None:
    """"接续" (a line joined on by those after it) ends the first name on its left, as 接轨 does."""
    assert core_names(text) == expected
