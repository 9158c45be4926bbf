"""Lines counted with 条 and no head after the count (issue 11 item 1, part-k41), on invented sentences.

"甲至乙、丙至丁等4条", "甲乙、丙丁等5条共243公里前期工作": the count says the items are lines, and their kind is the
line head the paragraph names before them, as for a count of projects ("等9个项目"). A paragraph goes on past a line
that closes on a comma (a list broken over lines). A count followed by a noun ("等3条河流") or a list of places names
no line.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text, names", [
    ("本省高速公路网规划了甲乙至丙丁、戊己至庚辛等4条", ["甲乙至丙丁高速公路", "戊己至庚辛高速公路"]),
    ("高速公路里程增加。推进甲乙至丙丁、戊己至庚辛等5条共243公里前期工作,力争开工建设。",
     ["甲乙至丙丁高速公路", "戊己至庚辛高速公路"]),
    ("建成甲乙、机场高速等5条共219公里,\n推进来秀、利云等5条共243公里前期工作,力争开工建设。",
     ["甲乙高速", "机场高速", "来秀高速", "利云高速"]),
    ("铁路建设提速,甲乙至丙丁、戊己至庚辛等3条开工建设。", ["甲乙至丙丁铁路", "戊己至庚辛铁路"]),
])
def test_lines_counted_with_no_head_take_the_paragraphs_kind(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("text", [
    "高速公路里程增加。推进甲乙至丙丁、戊己至庚辛等3条河流治理。",
    "高速公路里程增加。加快甲乙至丙丁、戊己至庚辛等5条线路建设。",
    "高速公路里程增加。推进安居、会龙等5条共243公里前期工作。",
    "推进甲乙至丙丁、戊己至庚辛等5条前期工作。",
])
def test_a_count_before_a_noun_or_without_a_kind_names_no_line(text: str) -> None:
    assert core_names(text) == []
