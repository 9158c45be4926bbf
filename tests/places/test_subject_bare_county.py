"""A far county's report names itself by its bare short form once it has written it in full (issue 12).

A county of a province beyond the region counts for the unit a document is about only written in full
(甲县); in its own report it writes 甲县 once or twice and then 甲要…, 甲将…. Those sentences count for it too
once the document writes the county in full; the bare form alone never does. Invented texts.
"""

from __future__ import annotations

import pytest

from geo.places import Gazetteer, subject_unit

_COUNTY_REPORT = (
    "1月9日,英山县第十届人民代表大会第三次会议开幕,英山县县长作政府工作报告。\n"
    "今年,英山要加快构建综合交通网络,补齐基础设施短板。\n"
    "英山将开工甲乙公路,加快丙丁快速通道前期工作,推进与九江方向的合作。\n"
    "同时,英山还要推进戊己大桥建设,深化与九江港的物流合作。\n"
)


@pytest.mark.parametrize(("text", "unit"), [
    (_COUNTY_REPORT, "英山县"),  # in full twice, bare three times: outweighs 九江 (two sentences)
    # never written in full: its bare form is no unit, and 九江 is the city named most
    (_COUNTY_REPORT.replace("英山县", "本县"), "九江市"),
])
def test_a_county_written_in_full_counts_where_written_bare(gaz: Gazetteer, text: str, unit: str) -> None:
    found = subject_unit(text, gaz)
    assert (found.name if found is not None else None) == unit
