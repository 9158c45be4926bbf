"""Starts told in the words of their ceremony, starts dated by part of a month, works put to use (issue 11 item 3,
part y47).

"X破土动工", "X在某镇奠基", "X首桩开钻" tell a start as an event held, as "X正式开工" does: the report's year is the
start year. "9月下旬,X开工" dates the start by part of a month heading the item's clause, read against the report's
day as "9月26日,X开工" is. "今年,X将投入使用" is a completion as "今年,X将投用" is. Every sentence is invented; the
report is dated 2023-10-08. Negatives: a ceremony to come without a year, a founder (奠基人), a month's part dating a
meeting or a deadline, money put to use.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import years_of

from geo.extract.year_words import YEAR_MILESTONE_RE
from geo.extract.years.own import MILESTONE_RE

#: The report's day: after the parts of September the sentences name, before those of December.
DAY = dt.date(2023, 10, 8)


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("在分会场,枫林物流园二期破土动工,首批厂房开始基础施工。", "枫林物流园二期", (None, 2023)),
        ("枫林物流园将于明年3月举行奠基仪式。", "枫林物流园", (None, 2024)),
        ("竹园水库于2022年3月奠基,预计2026年建成。", "竹园水库", (2026, 2022)),
        # negatives: a ceremony to come without a year of its own; a founder, not a foundation stone
        ("枫林物流园也将破土动工,园区道路同步规划。", "枫林物流园", (None, None)),
        ("他是竹园铁路的奠基人。", "竹园铁路", (None, None)),
    ],
)
def test_a_start_in_ceremony_words(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name, date=DAY) == years


@pytest.mark.parametrize(
    ("text", "begins"),
    [
        ("当天上午,枫林水库在某镇奠基。", True),
        ("枫林水库举行奠基仪式。", True),
        ("控制性工程竹园长江大桥首桩开钻。", True),
        ("竹园长江大桥首根桩基浇筑完成。", True),
        ("他是竹园铁路的奠基人。", False),
        ("为枫林铁路建设奠定基础。", False),
    ],
)
def test_ceremony_words_are_a_start_of_the_clause(text: str, begins: bool) -> None:
    # the item's own milestone is a start, which the stage read for it (starting) lets the years date
    m = MILESTONE_RE.search(text)
    assert (m is not None and m.group("begin") is not None) is begins


def test_a_year_before_a_ceremony_is_the_start_year() -> None:
    m = YEAR_MILESTONE_RE.search("竹园水库于2022年3月奠基")
    assert m is not None and m.group("start") and m.group("year") == "2022"


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("9月下旬,枫林快速通道开工,项目全长26公里。", "枫林快速通道", (None, 2023)),
        ("9月中旬,记者从市交通局获悉,竹园至甲乙公路开工建设。", "竹园至甲乙公路", (None, 2023)),
        ("9月初,枫林快速通道开工,预计2025年建成通车。", "枫林快速通道", (2025, 2023)),
        # a part after the report's day: told with a word of intent, ahead; told as done, last year's (as a day is)
        ("12月下旬,枫林快速通道将开工。", "枫林快速通道", (None, 2023)),
        ("12月下旬,枫林快速通道开工。", "枫林快速通道", (None, 2022)),
        # negatives: the part dates a meeting, or a deadline; another clause of its own between
        ("9月下旬,市政府召开专题会议,研究枫林快速通道开工准备工作。", "枫林快速通道", (None, None)),
        ("9月下旬,市政府召开专题会议,枫林快速通道开工。", "枫林快速通道", (None, None)),
        ("11月底前,枫林快速通道开工。", "枫林快速通道", (None, None)),
    ],
)
def test_a_start_dated_by_part_of_a_month(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name, date=DAY) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("今年,竹园港二期将投入使用。", (2023, None)),
        ("今年,枫林水库将加快建设;确保竹园港二期和枫林码头投入使用;实施甲乙航道整治。", (2023, None)),
        ("明年,竹园港二期将建成并投入使用。", (2024, None)),
        # negatives: put to use in a past year, a fact; money put to use; the item the place of other works
        ("竹园港二期已于2021年投入使用。", (None, None)),
        ("今年,竹园港二期投入使用资金3亿元,用于泊位改造。", (None, None)),
        ("今年,竹园港二期周边停车场将投入使用。", (None, None)),
    ],
)
def test_works_put_to_use(text: str, years: tuple) -> None:
    assert years_of(text, "竹园港二期", date=DAY) == years
