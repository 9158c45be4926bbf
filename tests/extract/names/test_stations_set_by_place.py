"""Stations a line sets, listed before a total's 共 and a count, and set place by place (issue 11 item 1; part-n43).

"设A、B、C共3个车站": 共 closes the list, it is no character of the last station's name. "分别在甲市设A、B，在乙市设C、
D、E共5个车站": the count is the whole run's; every clause opening with 在 + a place + 设 lists stations of it, and a
two-character name ending in a head ("丁港") is vouched for by the count as in one list. fresh37 codes such stations.
Negatives: a count the clauses do not fill reads the last clause alone; a clause of passing points (经) is no station's.
Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

CASES = [
    ("全线设甲东、乙关、丙观共3个车站。", ["甲东站", "乙关站", "丙观站"]),
    ("分别在甲市设甲东、乙关，在乙市设丙观、丁港、乙南共5个车站。",
     ["甲东站", "乙关站", "丙观站", "丁港站", "乙南站"]),
    ("在甲市设甲东，在乙市设乙关，在丙市设丙观、丙南共4座车站。", ["甲东站", "乙关站", "丙观站", "丙南站"]),
    # negatives: a count the clauses do not fill; passing points before the stations' clause
    ("分别在甲市设甲东、乙关，在乙市设丙观、戊港、乙南3个车站。", ["丙观站", "戊港站", "乙南站"]),
    ("线路经甲东、乙关，在乙市设丙观、丁港、乙南共5个车站。", ["丙观站", "乙南站"]),
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=lambda c: str(c)[:14])
def test_stations_set_place_by_place(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
