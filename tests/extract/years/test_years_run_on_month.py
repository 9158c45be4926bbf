"""A time of the year without its year after a clause dated by year and month (issue 11 item 3: target years).

"计划2026年3月下闸蓄水,10月竣工", "于2025年4月开工,计划年底建成": a sentence runs its dates on, and the month,
year's end or quarter of a later clause is of the year the clause before it names, not of the report's year (it
was read as the report's, a target before the works' start) nor unknown in a text without a year of its own
(:func:`geo.extract.years.milestones.run_on_year`).

Every sentence here is invented; none is copied from a document of the blind sets. Negatives: a month before the
dated one (the next year's, which the words do not say), a history older than the report (another item's past
completion, a statistic's year), a year without a month, a run across sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import years_of

#: A report of the year before the works' dates.
REPORT = dt.date(2024, 6, 12)


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("松林水库于2025年4月开工,计划12月建成投用。", "松林水库", 2025),
        ("枫竹高速2025年5月开工建设,力争年底建成通车。", "枫竹高速", 2025),
        ("松林水库计划2026年3月下闸蓄水,10月完成主体工程竣工验收。", "松林水库", 2026),
        ("枫竹高速计划2025年6月完成桥梁架设, 三季度建成通车。", "枫竹高速", 2025),
        ("松林水库工程于2025年2月动工,预计12月底前竣工。", "松林水库", 2025),
    ],
)
def test_a_month_after_a_dated_clause_is_that_years(text: str, name: str, target: int) -> None:
    assert years_of(text, name, date=REPORT)[0] == target


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("松林水库于2025年4月开工,计划12月建成投用。", "松林水库", 2025),
        ("枫竹高速计划2026年3月完成路基施工,年底建成通车。", "枫竹高速", 2026),
    ],
)
def test_the_run_of_dates_dates_an_undated_text(text: str, name: str, target: int) -> None:
    assert years_of(text, name, date=None)[0] == target


@pytest.mark.parametrize(
    ("text", "name", "date", "target"),
    [
        # another item's completion years before the report: 12月 is the report's own
        ("一期工程已于2016年5月建成通车,松林水库二期工程预计12月建成。", "松林水库二期", dt.date(2023, 6, 12), 2023),
        # a statistic's month, before the report: the forecast is of the report's year
        ("2022年3月客流增长15%,枫竹高速计划12月通车。", "枫竹高速", dt.date(2023, 6, 12), 2023),
    ],
)
def test_a_history_before_the_report_gives_no_year_on(text: str, name: str, date: dt.date, target: int) -> None:
    assert years_of(text, name, date=date)[0] == target


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a month before the dated one: the next year's, which the words do not say
        ("松林水库计划2025年11月开工,6月建成投用。", "松林水库"),
        # the dated clause in another sentence, of another item
        ("松林水库于2025年4月开工。枫竹高速计划12月建成通车。", "枫竹高速"),
    ],
)
def test_no_year_is_run_on_past_the_dated_month_or_sentence(text: str, name: str) -> None:
    assert years_of(text, name, date=None)[0] is None
