"""A power substation written short after its voltage (issue 11 item 1, part-k38).

"220千伏甲乙变", "500千伏甲乙丙變": 变 closing a two- or three-character name right after a voltage is short for
变电站, an energy item named with its voltage (as the gold writes "220千伏X变"); a power line built to it ("新建线路至
220千伏甲乙变") names the substation after 至 (data/language/name_words.toml, left_stops). Not a substation: a change
(转变, 演变 after a voltage's grade), 变 before more of a word (变化, 变电站 keeps its own head). Every sentence is
invented for its class.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_types


@pytest.mark.parametrize("text, expected", [
    ("新建线路至220千伏甲乙变。", [("220千伏甲乙变", "energy")]),
    ("新建2回长约20千米的220千伏线路至220千伏甲乙变。", [("220千伏甲乙变", "energy")]),
    ("今年投运500千伏丙丁戊變、220千伏甲乙变。", [("500千伏丙丁戊變", "energy"), ("220千伏甲乙变", "energy")]),
    ("220千伏甲乙变扩建工程今年开工。", [("220千伏甲乙变", "energy")]),
    ("新建线路至甲乙变电站。", [("甲乙变电站", "energy")]),
])
def test_a_substation_short_after_its_voltage(text: str, expected: list[tuple[str, str]]) -> None:
    assert core_types(text) == expected


@pytest.mark.parametrize("text", [
    "电网结构由110千伏向220千伏等级转变。",
    "全省500千伏电网格局演变。",
    "220千伏电压变化较大。",
    "负荷变化导致220千伏电压变。",
])
def test_a_change_after_a_voltage_is_no_substation(text: str) -> None:
    assert core_types(text) == []
