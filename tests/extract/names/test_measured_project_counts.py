"""A counted list of projects with their total length or cost between the count and 项目 (issue 11 item 1; part-n43).

"有甲乙沿江、丙丁至戊己等37个、总里程3537公里、总投资6431亿元的项目在建": the measures after the count are the
projects', the list is read as "等37个项目" is (lines of the paragraph's kind). fresh37 codes such items. Negatives:
items that are no lines, no kind of line in the paragraph. Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

CASES = [
    ("就高速公路项目来看,目前全省有甲乙沿江、丙丁至戊己等37个、总里程3537公里、总投资6431亿元的项目在建。",
     ["甲乙沿江高速公路", "丙丁至戊己高速公路"]),
    ("高速公路方面,加快甲乙至丙丁、戊己至庚辛等9个共217公里项目建设。", ["甲乙至丙丁高速公路", "戊己至庚辛高速公路"]),
    ("铁路方面,推进甲乙、丙丁至戊己等5个、总投资800亿元的项目前期工作。", ["甲乙铁路", "丙丁至戊己铁路"]),
    # negatives: no line's kind in the paragraph; items that are no lines
    ("目前全市有甲乙至丙丁等12个、总投资80亿元的项目在建。", []),
    ("高速公路方面,全市有甲乙公司、丙丁集团等12个、总投资80亿元的项目开工。", []),
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=lambda c: str(c)[:14])
def test_measures_between_count_and_project(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
