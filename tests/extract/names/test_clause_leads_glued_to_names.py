"""A clause's lead glued before a name (issue 11 item 1), on invented sentences.

* **沿, a preposition of route** ("沿甲乙高速到丙县", "沿G213线南行"): no part of the name, as 经, 接 and 至;
  a line's role (沿江, 沿海, 沿黄…), a region's word (沿线) and one character before the head keep it.
* **但, a conjunction of contrast** opening a clause without a comma ("但X高铁北段迟迟未能开工"), as 而 and 并.
* **a span of years** ("未来8年X高铁", "今后五年Y站"): the clause's time, as a year is.
* **a verb's aspect particle** (着, traditional text's 著 left as written by the folding) after the lead's verb
  ("围绕着X站展开", "朝著X站前进"): the lead's, not the place's.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text, name", [
    ("若走西线,沿甲乙高速到丙县,再转丁戊高速。", "甲乙高速"),
    ("出隧道后,沿G213线南行,止于某某街道。", "G213线"),
    ("由此沿柳州至衡阳高速北行。", "柳州至衡阳高速"),
])
def test_a_preposition_of_route_is_no_part_of_the_name(text: str, name: str) -> None:
    names = core_names(text)
    assert name in names
    assert not [n for n in names if n.startswith("沿")]


@pytest.mark.parametrize("text, name", [
    ("沿江高速建成通车。", "沿江高速"),  # one character and the head: 沿 opens the name
    ("沿江高速公路建成通车。", "沿江高速公路"),
    ("沿海高速公路建成通车。", "沿海高速公路"),
    ("规划建设沿黄河高速。", "沿黄河高速"),  # a line's role (沿黄) opens the name
])
def test_a_line_named_along_a_river_or_coast_keeps_its_name(text: str, name: str) -> None:
    assert name in core_names(text)


def test_along_the_line_is_a_region_no_item() -> None:
    assert core_names("项目将填补沿线区县铁路空白。") == []


@pytest.mark.parametrize("text, name", [
    ("虽然如此,但柳州至衡阳高铁北段迟迟未能开工。", "柳州至衡阳高铁北段"),
    ("虽然如此,但甲乙丙高铁北段迟迟未能开工。", "甲乙丙高铁北段"),
])
def test_a_conjunction_of_contrast_is_no_part_of_the_name(text: str, name: str) -> None:
    assert core_names(text) == [name]


def test_a_name_after_a_comma_and_the_conjunction_is_unchanged() -> None:
    assert core_names("某某高速已建成,但是某某大桥仍在施工。") == ["某某高速", "某某大桥"]


@pytest.mark.parametrize("text, name", [
    ("围绕着柳州高铁站展开的城际高铁网逐步完善。", "柳州高铁站"),
    ("围绕著柳州高铁站展开的城际高铁网逐步完善。", "柳州高铁站"),  # traditional text's 着
    ("列车朝著柳州东站驶去。", "柳州东站"),
])
def test_a_verbs_aspect_particle_closes_the_lead(text: str, name: str) -> None:
    assert core_names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("着力推进柳州东站建设。", "柳州东站"),  # 着力 is a word of its own
    ("加快建设柳州高铁站。", "柳州高铁站"),
])
def test_leads_without_a_particle_are_unchanged(text: str, name: str) -> None:
    assert core_names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("未来8年柳州至衡阳高铁将建成。", "柳州至衡阳高铁"),
    ("今后五年柳州东站将扩建。", "柳州东站"),
    ("未来三年柳州东站将扩建。", "柳州东站"),
])
def test_a_span_of_years_is_the_clauses_time(text: str, name: str) -> None:
    assert core_names(text) == [name]


def test_a_decade_opening_a_name_is_no_span_of_years() -> None:
    assert core_names("十年代路站建成投用。") == ["十年代路站"]
