"""A name standing alone on its line heads a section about the item (issue 11 item 3; part-y30).

"X\\n由甲站引出,经乙区。\\n预计2025年前建成。": the lines under a heading that is the item's name alone (after a list
number, before a colon) go on about it, up to the next heading line; the first sentence of them that opens with a
referring head (该项目) or a word of intent and dates a milestone ahead gives the item its target year
(:func:`geo.extract.years.continued.section_sentence`). Its stage is not carried: a heading's section tells a new
line's start as often as works going on.

Every sentence here is invented. Negatives: the name inside a sentence, a fact (no word of intent), a start (开工),
another item named before the milestone, a year under the next heading.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("长宁至永安高速公路\n由长宁东站引出,经东城区、西城区,进入永安县。\n预计2025年前建成。\n全线建成后,两地只需1小时。",
         "长宁至永安高速公路", 2025),
        ("三、重点项目\n1.青石至白沙铁路\n\n线路东起青石站,向西经白沙县。该项目计划2024年完成建设。", "青石至白沙铁路", 2024),
        ("红岩水库:\n\n位于红岩镇,总库容1.2亿立方米。\n\n力争明年底下闸蓄水。", "红岩水库", 2024),
    ],
)
def test_the_section_under_a_heading_dates_its_item(text: str, name: str, target: int) -> None:
    assert years_of(text, name)[0] == target


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年将加快建设青石至白沙铁路\n由青石站引出,经白沙县。\n预计2025年前建成。", "青石至白沙铁路"),
        ("青石至白沙铁路\n由青石站引出,经白沙县。\n2019年建成通车。", "青石至白沙铁路"),
        ("青石至白沙铁路\n由青石站引出,经白沙县。\n计划2024年开工建设。", "青石至白沙铁路"),
        ("青石至白沙铁路\n该线是规划中的重要通道。\n白沙至红岩高速公路\n计划2024年建成通车。", "青石至白沙铁路"),
        ("青石至白沙铁路\n线路经白沙县。预计白沙至红岩高速公路2024年建成通车。", "青石至白沙铁路"),
    ],
)
def test_no_year_from_outside_the_section_or_without_intent(text: str, name: str) -> None:
    assert years_of(text, name)[0] is None
