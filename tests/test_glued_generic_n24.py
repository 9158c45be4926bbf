"""Words glued to names and generic words taken as names (issue 11 item 1, part-n24), on invented sentences.

* **a route's end told by its direction and 止** ("西起A立交,东止B立交", "南止C大道"): read as 东至 and 止于; an
  interchange there is a landmark, a road keeps its name.
* **the verb 指 of a definition after a count** ("2桥1隧指A大桥…", "“5”指A大桥"); 指 inside a name stays.
* **a clause's lead before a bare head or a name**: a time adverb of the next step (下一步), a need met (满足), a verb
  with its aspect particle (背着, 著), a verb giving an epithet (堪称, 号称), a news agency's credit (新华社).
* **generic works taken as named**: a determiner or a count before a bare head (整条, 上述, 出站一), a kind of station
  (中间站, 越行站, 会让站), a part of a road (主线), a scope (辖区), the people a work serves (市民), lines in and out
  of a province (入渝), rural roads by their reach (通县油路, 通乡油路, 通油路).
* **a bridge written with and without the river it crosses** in one document: one item.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


def test_a_route_end_told_by_direction_and_zhi_drops_the_interchange() -> None:
    names = core_names("项目西起甲乙立交,东止丙丁立交,全长4公里。")
    assert not [n for n in names if "止" in n or n == "丙丁立交"]


@pytest.mark.parametrize("text, name", [
    ("线路北起甲乙大道,南止丙丁大道。", "丙丁大道"),
    ("该道路西止戊己路,全长2公里。", "戊己路"),
])
def test_a_road_at_a_route_end_told_with_zhi_keeps_its_name(text: str, name: str) -> None:
    names = core_names(text)
    assert name in names
    assert not [n for n in names if "止" in n]


@pytest.mark.parametrize("text, name", [
    ("线路西起甲乙大道,东至丙丁高速。", "丙丁高速"),  # 东至 joins as before
    ("线路北止于甲乙大道。", "甲乙大道"),
])
def test_other_route_ends_are_unchanged(text: str, name: str) -> None:
    assert name in core_names(text)