"""Years a span or 届时 must not give (issue 11 item 3: target-year precision).

A span of years is an item's timeline only when it dates the works: "2022—2025年,建设X", "X建设年限2023-2025年".
It is not when it opens the name of a plan the item is in ("X是2021—2023年三年行动计划的重点项目"), when it dates
a statistic ("X2019-2022年客流年均增长15%") or, heading the sentence, when the item's clause tells no works
("2021-2023年,X累计完成投资120亿元"). 届时 dates the completion of the item its clause completes, not an existing work
the clause joins ("B预计2025年建成,届时与已通车的X相连").

Every sentence here is invented; none is copied from a document of the blind sets. Positives (the spans and 届时 that
still date the item) guard against the rules reaching too far.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("枫竹高铁是枫林市2021—2023年三年行动计划的重点项目。", "枫竹高铁"),
        ("枫竹高铁列入2023-2025年交通建设规划中。", "枫竹高铁"),
        ("枫竹高铁2019-2022年客流年均增长15%。", "枫竹高铁"),
        ("枫竹高铁2020—2022年累计发送旅客3000万人次。", "枫竹高铁"),
        ("2021-2023年,枫竹高铁累计完成投资120亿元。", "枫竹高铁"),
        ("2021年至2023年,枫竹高铁沿线新增就业5000人。", "枫竹高铁"),
        ("石白铁路预计2025年建成,届时与已通车的枫竹高铁相连。", "枫竹高铁"),
    ],
)
def test_no_target_from_the_span_or_then(text: str, name: str) -> None:
    assert years_of(text, name)[0] is None


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("2022—2025年,建设枫竹高铁、石白铁路。", "枫竹高铁", 2025),
        ("2022—2025年,枫竹高铁实施扩能改造。", "枫竹高铁", 2025),
        ("枫竹高速公路全长50公里,建设年限2023-2025年。", "枫竹高速公路", 2025),
        ("2023—2025年计划建成枫竹高铁。", "枫竹高铁", 2025),
        ("枫竹高铁2023—2025年实施,总投资300亿元。", "枫竹高铁", 2025),
        ("隧道预计明年9月贯通,届时枫竹高铁将全线通车。", "枫竹高铁", 2024),
    ],
)
def test_the_span_or_then_still_dates_the_works(text: str, name: str, target: int) -> None:
    assert years_of(text, name)[0] == target
