"""A design standard or a class between 等 and a list's shared head (issue 11 item 1; part-n43).

"A、B等设计时速350公里及以上的高速铁路", "A、B等二类及以上通用机场": the speed, the lanes or the class after 等 describes
every item of the list, as a count does; it names no role of theirs, so each item is one of the head ("A高速铁路").
fresh37 codes such items. Negatives: a role or a kind of place before 的 ("等城市的", "等重要的"), a class of a role
("等一类口岸") still name no item. Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

CASES = [
    ("推进甲乙、丙丁、戊己中线等设计时速350公里及以上的高速铁路建设。",
     ["甲乙高速铁路", "丙丁高速铁路", "戊己中线高速铁路"]),
    ("推进甲乙、丙丁等时速250公里的城际铁路建设。", ["甲乙城际铁路", "丙丁城际铁路"]),
    ("加快甲乙、丙丁等双向四车道的高速公路建设。", ["甲乙高速公路", "丙丁高速公路"]),
    ("加快建设甲乙、丙丁等二类及以上通用机场。", ["甲乙机场", "丙丁机场"]),
    # negatives: a kind of place or a rank before 的 is a role of the items, which name no works
    ("加快成都、重庆等城市的高速公路建设。", []),
    ("推进甲乙、丙丁等重要的高速铁路建设。", []),
    ("加快建设甲乙、丙丁等一类口岸。", []),
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=lambda c: str(c)[:14])
def test_a_design_standard_after_deng_is_no_role(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
