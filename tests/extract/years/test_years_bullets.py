"""A year's plan introduced by a line and listed in bulleted lines (issue 11 item 3: year recall).

"2023年重点工作:\\n·建成A。" and "全年计划完成投资30亿元,着重从以下3个方面发力:\\n·将续建完工A、B等2个项目": the
introducing line's year (全年: the report's whole year) is the time of the milestones its bulleted lines set, as
for numbered lines. Every sentence here is invented; none is copied from a document of the blind sets. Negatives:
a start under such a line is a start, a line without a year sets none, a line comparing two years sets none.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of

#: Introducing lines of a year's plan (the test document is of 2023).
DATED = "2023年重点工作:\n"
WHOLE_YEAR = "全年计划完成投资30亿元,着重从以下3个方面发力:\n"


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        (DATED + "·建成枫林至竹园公路。\n·开工建设石桥大桥。\n", "枫林至竹园公路", 2023),
        (WHOLE_YEAR + "·将续建完工枫林至竹园公路、石桥至松山公路等2个项目\n", "石桥至松山公路", 2023),
        (WHOLE_YEAR + "·加快推进石桥大桥建设\n·将续建完工枫林至竹园公路等2个项目\n", "枫林至竹园公路", 2023),
        ("全年重点抓好以下工作:\n• 建成松山港区二期工程。\n", "松山港区二期", 2023),
        # the numbered lines read so before
        (WHOLE_YEAR + "1.续建完工枫林至竹园公路。\n", "枫林至竹园公路", 2023),
    ],
)
def test_bulleted_lines_take_the_intro_year(text: str, name: str, target: int) -> None:
    assert years_of(text, name)[0] == target


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        # a start under the line is a start, not a target
        (WHOLE_YEAR + "·开工建设石桥大桥\n", "石桥大桥", (None, 2023)),
        # a line without a year of its own
        ("主要工作如下:\n·续建完工枫林至竹园公路\n", "枫林至竹园公路", (None, None)),
        # a line comparing two years gives none
        ("全年较2022年多完成投资5亿元,主要有:\n·续建完工枫林至竹园公路\n", "枫林至竹园公路", (None, None)),
        # a bullet without an introducing line
        ("·续建完工枫林至竹园公路\n", "枫林至竹园公路", (None, None)),
    ],
)
def test_no_intro_year(text: str, name: str, years: tuple[int | None, int | None]) -> None:
    assert years_of(text, name) == years
