"""A year after an attribution, a past plan's completions, benchmark years and leading spans (issue 11 item 3).

Target years on three classes of unseen text found in fresh13, fresh9 and fresh6 (issue #11 item 3).

Every sentence here is invented; none is copied from a document of the blind sets. Each class has
negatives: sentences of nearby shape where the rule must not fire (a year is given only where the text
binds it to the item's completion). The document date is 2023-06-12 unless a case gives its own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import file_years, years_of

from geo.extract.years import plan_period


# a year heading the sentence after a short attribution ("报告指出,2023年,…") is the sentence's time, like a
# bare lead ("2023年,…"): the completions it sets are targets, its starts start years (fresh13 d)
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("报告指出,2023年,枫林县将完成G347枫林公路、G220竹园至石门段美丽公路建设,打通交通大动脉。", "G347枫林公路", (2023, None)),
        ("报告指出,2023年,枫林县将完成G347枫林公路、G220竹园至石门段美丽公路建设,打通交通大动脉。",
         "G220竹园至石门段", (2023, None)),
        ("会议明确,明年,枫林至竹园高速公路将建成通车。", "枫林至竹园高速公路", (2024, None)),
        ("他表示,2023年,枫林至竹园高速公路将开工建设。", "枫林至竹园高速公路", (None, 2023)),
        # negatives: a past year reviewed, a year without a completion in the item's clause, a lead-in that is
        # no attribution (a subject of its own before the comma)
        ("报告指出,2021年,枫林至竹园高速公路建成通车,交通条件明显改善。", "枫林至竹园高速公路", (None, None)),
        ("报告指出,2023年,枫林县将加快枫林至竹园高速公路建设。", "枫林至竹园高速公路", (None, None)),
        ("枫林县交通局长在会上说明了规划,2025年竹园至石门高速公路也在研究。", "竹园至石门高速公路", (None, None)),
    ],
)
def test_a_year_after_an_attribution_heads_the_sentence(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years


# a five-year plan that ended before the document's year dates completions the text reviews: facts, not
# targets (fresh13 c: "“十二五”期间,…X基本建成" in a report of 2016); a plan still running binds its end
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        ("“十二五”末,某省全力推进重大水利项目,枫林水库基本建成,竹园水库在加紧建设。", dt.date(2016, 3, 1), (None, None)),
        ("枫林水库“十三五”末建成,灌溉面积20万亩。", dt.date(2023, 6, 12), (None, None)),
        # negatives: the plan still running or ending in the document's year binds the item's completion to its end
        ("枫林水库“十四五”末建成,灌溉面积20万亩。", dt.date(2023, 6, 12), (2025, None)),
        ("枫林水库“十三五”末建成,灌溉面积20万亩。", dt.date(2020, 3, 1), (2020, None)),
        ("枫林水库力争“十三五”末建成投用。", dt.date(2023, 6, 12), (2020, None)),
        ("到“十四五”末,枫林水库建成投用。", dt.date(2022, 3, 1), (2025, None)),
    ],
)
def test_a_past_plans_completions_are_facts(text: str, date: dt.date, years: tuple) -> None:
    assert years_of(text, "枫林水库", date=date) == years


# a year named in a title as the benchmark of a comparison ("较2019年目标任务增长8%") is not the year of the
# plan the report sets out: the report's own year is (fresh9 u, a news lead standing as the title)
@pytest.mark.parametrize(
    ("title", "year", "period"),
    [
        ("1月11日,记者获悉,今年某省计划完成交通投资700亿元,较2019年目标任务增长约8%。", 2020, (2020, 2020)),
        ("某市今年重点项目投资将比2022年重点项目多三成", 2023, (2023, 2023)),
        # negatives: the plan's own year in its title
        ("2022年交通运输工作安排", 2022, (2022, 2022)),
        ("某市2024年重点项目计划", 2024, (2024, 2024)),
        ("关于印发某区2021年重点工作的通知", 2021, (2021, 2021)),
    ],
)
def test_a_benchmark_year_in_a_title_is_not_the_plans(title: str, year: int, period: tuple) -> None:
    assert plan_period(title + "\n正文。", year=year) == period


@pytest.mark.parametrize(
    ("sep", "years"),
    [
        ("\n", (2020, None)),  # the goals in a paragraph of their own: the report's year
        # in the lead's paragraph: the benchmark year it names is no review of another year (years.annual_frame)
        ("", (2020, None)),
    ],
)
def test_a_benchmark_year_does_not_date_the_reports_goals(sep: str, years: tuple) -> None:
    text = ("1月11日,记者从全省交通运输工作会议上获悉,今年某省计划完成交通投资700亿元,较2019年目标任务增长约8%。" + sep
            + "高速公路总里程超过6300公里,开通枫林至竹园高铁,全面开工建设柳溪机场三期工程。\n")
    assert file_years("jiaotong_2020.txt", text, "枫林至竹园高铁") == years


# a span of years heading the sentence is a window: works it carries on (续建, 在建) began before it and are not
# bound to finish by its end (fresh9 t); items it completes or builds keep the span (test_years_of_file_names_and_milestones)
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("2021~2023年,建成枫林高速等10条高速公路,续建竹园至石门高速公路改扩建工程,开工建设柳溪铁路。",
         "竹园至石门高速公路", (None, None)),
        ("2022—2024年,续建枫林水库、竹园水库。", "竹园水库", (None, None)),
        ("2022—2024年,加快在建的枫林水库建设。", "枫林水库", (None, None)),
        # negatives: the window's completions and builds keep its ends; a span in the item's own clause stays
        ("2021~2023年,建成枫林高速等10条高速公路,续建竹园至石门高速公路改扩建工程。", "枫林高速", (2023, 2021)),
        ("2022—2024年,建设枫林水库。", "枫林水库", (2024, 2022)),
        ("续建枫林水库,建设期限为2022—2025年。", "枫林水库", (2025, 2022)),
    ],
)
def test_a_leading_span_is_no_timeline_of_works_carried_on(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years
