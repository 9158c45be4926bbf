"""Interchanges named for a district and its town (issue 11 item 1, part-k40), on invented sentences.

"新增A高速、甲区乙丙互通": 互通 is an interchange when its modifier names a road or a place; a district followed by a
town's two-character name ("永川甲乙互通") is such a place. Not a generic word after the place ("永川信息互通": the
sharing of information), nor a second place ("永川江津互通": two places joined), nor a modifier with no place.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text, names", [
    ("加快建设永川甲乙互通。", ["永川甲乙互通"]),
    ("今年将开工綦江丙丁互通、永川甲乙互通。", ["綦江丙丁互通", "永川甲乙互通"]),
    ("新增甲乙至丙丁高速、綦江戊己互通2个项目。", ["甲乙至丙丁高速", "綦江戊己互通"]),
])
def test_a_district_and_town_name_an_interchange(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("text", [
    "推动永川信息互通。",
    "推动永川江津互通。",
    "加快甲乙互通建设。",
])
def test_other_modifiers_name_no_interchange(text: str) -> None:
    assert core_names(text) == []
