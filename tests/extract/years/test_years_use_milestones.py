"""Milestones that put a work to use, in a forecast: 启用, 投入运行, 开港, 并网, 完成全部建设任务 (issue 11 item 3).

A news item or report dates the day a terminal, plant or port is put to use, a plant is fed to the grid in full, or
all of a work's tasks are done: "T3航站楼计划2025年启用", "水厂预计明年投入运行", "新港区力争年底开港", "电站预计2025年
全容量并网", "计划6月前完成全部建设任务". These are the item's completion, read as 建成 and 投用 are (the target year,
:data:`geo.extract.year_words.DONE`).

Every sentence here is invented; none is copied from a document of the blind sets. Negatives: a completion the text
reports as past ("2019年启用"), a start year ("2024年开工" stays a start), an amount or a share of the works
(并网容量, 完成年度建设任务, 完成主体施工任务), a plan's period, and a year of another item's clause. The document is
dated 12 June 2023 (:data:`extract_helpers.DATE`), so 明年 is 2024 and 年底 2023.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("枫林机场T3航站楼计划2025年启用。", "枫林机场T3航站楼", (2025, None)),
        ("枫林机场T3航站楼主体结构已封顶,预计明年6月正式启用。", "枫林机场T3航站楼", (2024, None)),
        ("竹园水厂二期预计明年投入运行。", "竹园水厂二期", (2024, None)),
        ("石桥港区力争年底开港。", "石桥港区", (2023, None)),
        ("枫林风电场预计2025年全容量并网。", "枫林风电场", (2025, None)),
        ("竹园光伏电站计划于2024年6月底前实现并网。", "竹园光伏电站", (2024, None)),
        ("枫林至竹园高速计划2025年6月前完成全部建设任务。", "枫林至竹园高速", (2025, None)),
        ("枫林至竹园高速路面工程正加快推进,预计今年底完成所有施工任务。", "枫林至竹园高速", (2023, None)),
        # a start and a use in one clause: each keeps its own year
        ("枫林机场T3航站楼2024年开工,2026年启用。", "枫林机场T3航站楼", (2026, 2024)),
    ],
)
def test_a_forecast_of_use_is_the_target(text: str, name: str, years: tuple[int | None, int | None]) -> None:
    assert years_of(text, name) == years


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        # a use the text reports as past: no target
        ("枫林机场T3航站楼于2019年启用,年旅客吞吐量达500万人次。", "枫林机场T3航站楼", (None, None)),
        ("竹园水厂2020年已投入运行。", "竹园水厂", (None, None)),
        # a start year stays a start year
        ("枫林机场T3航站楼计划2024年开工建设。", "枫林机场T3航站楼", (None, 2024)),
        # an amount fed to the grid, not the plant's completion
        ("枫林风电场2025年并网容量将达到30万千瓦。", "枫林风电场", (None, None)),
        # a share of the works: the year's tasks, the main structure's
        ("枫林至竹园高速力争2023年完成年度建设任务。", "枫林至竹园高速", (None, None)),
        ("枫林至竹园高速计划2024年完成主体施工任务。", "枫林至竹园高速", (None, None)),
        # a plan's period is no target
        ("“十四五”期间,推进枫林至竹园高速建设,启用智慧交通平台。", "枫林至竹园高速", (None, None)),
    ],
)
def test_no_target_from_a_use_that_is_not_the_items_goal(
    text: str, name: str, years: tuple[int | None, int | None]
) -> None:
    assert years_of(text, name) == years


def test_a_use_in_another_items_clause_stays_there() -> None:
    text = "枫林至竹园高速正加快建设;竹园水厂预计明年投入运行。"
    assert years_of(text, "枫林至竹园高速") == (None, None)
    assert years_of(text, "竹园水厂")[0] == 2024


def test_a_referring_sentence_dates_a_use() -> None:
    # the report goes on about the item across a paragraph, and its referring sentence dates the use
    text = "据了解,枫林水厂是全市重点民生工程。该工程日供水能力10万吨。\n项目预计明年投入运行。"
    assert years_of(text, "枫林水厂")[0] == 2024
