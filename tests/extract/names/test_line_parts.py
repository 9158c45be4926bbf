"""A line's parts named only as its design or as a landmark of another work (issue 11 item 1, part-n25), on
invented sentences.

* **parts a line is designed with, listed by place after a verb of setting** ("全线设A、B、C3个收费站", "建成后将
  新增A、B等7个下道互通"): a line's design, no items, as an interchange set on a line and named by its town alone
  (tests/data/blind/CONVENTIONS.md, "Interchanges named by a town"); a list of interchanges built ("建设A、B等2个
  互通", "重点推进…") keeps its items.
* **an interchange's form as a kind** ("共设互通式立交3座", "采用枢纽互通式立交与X相接"): no name.
* **an interchange named by its place alone where another work joins or passes it** ("X路连接A立交、B立交以及C立交",
  "大桥西相接甲区A立交主线桥", "与A枢纽互通相接", "在A互通处相接", "经A立交,止于B立交"): a landmark of that
  work; an interchange on a line named before it, or with works of its own, stays.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text", [
    "甲乙高速设丙丁、戊己、庚辛3个收费站。",
    "全线设立了丙丁、戊己等5个收费站。",
    "建成后将新增丙丁、戊己、庚辛等3个下道互通。",
    "该高速全线设置丙丁、戊己2个枢纽互通。",
])
def test_parts_a_line_is_designed_with_are_no_items(text: str) -> None:
    assert not [n for n in core_names(text) if n.endswith(("收费站", "互通"))]


@pytest.mark.parametrize("text, names", [
    ("重点推进丙丁、戊己等2个互通建设。", ["丙丁互通", "戊己互通"]),
    ("建设丙丁、戊己等2个互通。", ["丙丁互通", "戊己互通"]),
    ("新增丙丁、戊己2座水库。", ["丙丁水库", "戊己水库"]),
])
def test_lists_of_works_built_keep_their_items(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("text", [
    "该路全线共设互通式立交3座和简易立交2座。",
    "采用枢纽互通式立交与甲乙高速公路相接。",
])
def test_an_interchange_form_is_a_kind(text: str) -> None:
    assert not [n for n in core_names(text) if n.endswith(("立交", "互通"))]


@pytest.mark.parametrize("text, name", [
    ("甲乙高速丙丁互通式立交建成通车。", "甲乙高速丙丁互通式立交"),
    ("丙丁枢纽互通式立交开工建设。", "丙丁枢纽互通式立交"),
])
def test_a_named_interchange_of_that_form_stays(text: str, name: str) -> None:
    assert name in core_names(text)


@pytest.mark.parametrize("text", [
    "甲乙路连接丙丁立交、戊己立交以及庚辛立交。",
    "甲乙大桥西相接甲区丙丁立交主线桥,东连乙区戊己立交主线桥。",
    "甲乙高速支线与丙丁枢纽互通相接。",
    "两个项目在甲区乙镇丙丁枢纽互通处相接。",
    "该工程起于甲区戊己立交,经丙丁立交,止于庚辛立交。",
])
def test_an_interchange_where_another_work_joins_is_a_landmark(text: str) -> None:
    assert not [n for n in core_names(text) if n.endswith(("立交", "互通"))]


@pytest.mark.parametrize("text, name", [
    ("顺接甲乙高速丙丁立交。", "甲乙高速丙丁立交"),  # on a line named before it
    ("丙丁立交已经建成通车。", "丙丁立交"),  # 已经 is no 经 of passing
    ("加快建设丙丁立交,连接甲乙大道。", "丙丁立交"),  # works of its own; the joining is the next clause's
    ("可通过丙丁枢纽互通转换至甲乙高速。", "丙丁枢纽互通"),  # a way through it, no join
])
def test_other_interchanges_stay(text: str, name: str) -> None:
    assert name in core_names(text)
