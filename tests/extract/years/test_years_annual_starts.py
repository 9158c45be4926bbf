"""An annual plan's starts are its year's, as its completions are (issue 11 item 3, part y33), on invented sentences.

A plan of one year ("2020年交通运输工作要点", a year's government work report) that says it completes an item ("建成X")
sets the item's target year (:mod:`geo.extract.years.annual`); a plan that says it starts one ("新开工A、B",
"力争开工C", "开工建设D", "E、F开工建设") sets its start year the same way, and no target year. Negatives keep no start
year: a start told of another year in the plan (a review, "2019年开工的X"), a plan of several years, works only
prepared ("做好X开工前准备"), a count of years ("力争5年内建成").

Every sentence here is invented; none is copied from a document of the blind sets.
"""

from __future__ import annotations

import pytest
from extract_helpers import UNNAMED, file_years, years_of

A, B, C = "枫林至竹园高速公路", "松岭至梅溪高速公路", "桃源至杏坪铁路"
BRIDGE, DAM = "柳湾大桥", "石门水库"
PLAN = "2020年交通运输工作要点\n一、重点任务\n"
REPORT = "某市2020年政府工作报告\n"


@pytest.mark.parametrize("text, name", [
    (f"{PLAN}新开工{A}、{B}。建成{DAM}。", A),
    (f"{PLAN}新开工{A}、{B}。建成{DAM}。", B),
    (f"{PLAN}加快推进前期工作,力争开工{C}。", C),
    (f"{PLAN}开工建设{BRIDGE}。", BRIDGE),
    (f"{REPORT}今年重点抓好以下工作:新开工{A}、{B},建成{DAM}。", B),
    (f"{PLAN}{A}、{B}开工建设。", A),
])
def test_a_plan_of_one_year_starts_its_items_that_year(text: str, name: str) -> None:
    assert file_years(UNNAMED, text, name) == (None, 2020)


def test_the_plans_completion_keeps_its_target() -> None:
    assert file_years(UNNAMED, f"{PLAN}新开工{A}、{B}。建成{DAM}。", DAM) == (2020, None)


@pytest.mark.parametrize("text, name", [
    # a review of the year before, in the plan's text: its own year
    (f"{REPORT}去年,新开工{A}、{B}。", A),
    # a start of another year
    (f"{PLAN}2019年开工的{C}加快建设。", C),
])
def test_a_start_of_another_year_keeps_it(text: str, name: str) -> None:
    assert file_years(UNNAMED, text, name)[1] == 2019


@pytest.mark.parametrize("text, name", [
    # a plan of several years sets no one year
    (f"某市“十四五”综合交通运输规划(2021—2025年)\n新开工{A}、{B}。", A),
    # works prepared, not started, or started before (了: a review)
    (f"{PLAN}做好{C}开工前期准备工作。", C),
    (f"{PLAN}力争具备开工条件的{A}、{B}尽快开工。", A),
    (f"{REPORT}开工建设了{A}、{B}。", A),
])
def test_no_start_year(text: str, name: str) -> None:
    assert file_years(UNNAMED, text, name)[1] is None


@pytest.mark.parametrize("text, expected", [
    # a count of years is no year: "5年内" is not "年内" (this year)
    (f"{A}预计5年内建成。", None),
    (f"{A}力争三年内建成通车。", None),
    # this year's end and "年内" alone are
    (f"{A}力争年内建成通车。", 2023),
    (f"{A}预计今年年底建成。", 2023),
])
def test_a_count_of_years_is_no_year(text: str, expected: int | None) -> None:
    assert years_of(text, A)[0] == expected
