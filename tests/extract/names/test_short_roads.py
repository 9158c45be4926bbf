"""Short forms of a road's name that slipped (issue 11 item 1, part-k38).

"X快速" closing a name is short for X快速路 or X快速通道 when it stands as an item: in a list of roads ("甲乙快速、丙丁快速",
"甲乙大道+丙丁快速"), before 等 or a phase ("甲乙快速二期"), at a clause's end after a verb of building ("建成甲乙快速,").
快速 after a degree adverb or a verb it qualifies is an adjective or an adverb, no road ("交通更加快速、便捷",
"经济增长快速"; data/language/name_words.toml, speed_qualifiers), and 快速 before a verb is the verb's adverb
("快速推进", "快速发展"). Two lines joined by one dash are two items though the second's words hold another kind's head
("甲乙快速-环丙丁新区快速": 新区 is no boundary between them). Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text, expected", [
    ("甲乙高速、丙丁快速等即将通车。", ["甲乙高速", "丙丁快速"]),
    ("规划甲乙大道+丙丁滨江快速、戊己快速。", ["甲乙大道", "丙丁滨江快速", "戊己快速"]),
    ("今年建成甲乙快速,方便群众出行。", ["甲乙快速"]),
    ("甲乙快速二期今年开工。", ["甲乙快速二期"]),
    ("甲乙快速路今年建成。", ["甲乙快速路"]),
    ("规划甲乙快速-环丙丁新区快速、戊己快速。", ["甲乙快速", "环丙丁新区快速", "戊己快速"]),
    ("规划甲乙高速-环丙丁新区快速路。", ["甲乙高速", "环丙丁新区快速路"]),
])
def test_a_road_named_short_before_a_list_mark_or_a_phase(text: str, expected: list[str]) -> None:
    assert core_names(text) == expected


@pytest.mark.parametrize("text", [
    "今后三地的交通更加快速、便捷。",
    "全区经济增长快速。",
    "项目推进快速,成效明显。",
    "经济持续、快速、健康发展。",
    "乘坐快速、舒适的动车出行。",
    "推动经济快速发展。",
    "全力推进项目快速建设。",
    "城市交通便捷快速。",
])
def test_speed_as_an_adjective_or_an_adverb_names_no_road(text: str) -> None:
    assert core_names(text) == []
