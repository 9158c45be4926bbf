"""A lead's month and day, a year's work meeting and its plan, and days just after the report (issue 11 item 3).

Target and start years: classes of text seen in several tuning splits at once, session 12 (issue #11 item 3).

Every sentence here is invented; none is copied from a document of the blind sets. Each class has
negatives: sentences of nearby shape where the rule must not fire.
"""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from extract_helpers import file_years
from extract_helpers import source as _source
from extract_helpers import years_of as _years_of

from geo.documents import read_meta

DATE = dt.date(2022, 6, 12)

#: The extract_helpers readers with this file's document date (a test may still pass its own).
source = functools.partial(_source, date=DATE)
years_of = functools.partial(_years_of, date=DATE)


# 1. a report whose lead opens with a bare month and day ("10月23日,某某新闻发布会举行。"), its year only in
# the file name: the lead dates the report, so a day of the year before it is past (told, no target year)
# and a day after it is ahead; a short line under a lead opening the text is a subheading, not a title
LEAD = "10月23日,某自治区人民政府新闻办公室举行重大项目建设新闻发布会。会上介绍,今年前三季度投资增长较快。\n"


@pytest.mark.parametrize(
    ("text", "date", "year", "title"),
    [
        (LEAD + "资料图为穿越山区的高速公路。某某 摄\n正文。", dt.date(2023, 10, 23), 2023, ""),
        ("某某工程进展情况\n" + LEAD, dt.date(2023, 10, 23), 2023, "某某工程进展情况"),
        ("1月11日,记者从全省交通运输工作会议上获悉,今年全省计划完成投资700亿元。\n2019年完成所有建制村通客车\n"
         "2019年,全省编制完成行动方案。", dt.date(2020, 1, 11), 2020, ""),
        # negatives: a dated photo caption deep in the text, a short dated line, a dated line after the lead
        ("某某工程进展情况\n记者从有关部门获悉,某某工程各项工作进展顺利,形象进度过半。\n正文一。\n正文二。\n10月23日,某大桥施工现场,工人们正在作业。",
         None, 2023, "某某工程进展情况"),
        ("某某工程进展情况\n10月23日,晴\n正文。", None, 2023, "某某工程进展情况"),
        ("某某工程进展情况\n记者从有关部门获悉,某某工程各项工作进展顺利,形象进度过半。\n10月23日,某自治区举行重大项目建设新闻发布会。",
         None, 2023, "某某工程进展情况"),
    ],
)
def test_a_lead_opening_with_month_and_day_dates_the_report(
    text: str, date: dt.date | None, year: int, title: str
) -> None:
    name = "xinwen_2020.txt" if year == 2020 else "xinwen_2023.txt"
    meta = read_meta(text, name=name)
    assert (meta.date, meta.year, meta.title) == (date, year, title)


def test_a_lead_dates_nothing_without_a_year() -> None:
    meta = read_meta(LEAD + "正文。", name="xinwen.txt")
    assert (meta.date, meta.year) == (None, None)


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        # a day before the lead's: told; a day after it: ahead, in the document's year
        (LEAD + "枫林至竹园铁路8月31日正式开通运营,竹园至石门高速11月28日建成通车。", "枫林至竹园铁路", (None, None)),
        (LEAD + "枫林至竹园铁路8月31日正式开通运营,竹园至石门高速11月28日建成通车。", "竹园至石门高速", (2023, None)),
        # negative: no lead date, the same sentence keeps the year it had (the day is not known to be past)
        ("某某工程进展情况\n枫林至竹园铁路8月31日正式开通运营。", "枫林至竹园铁路", (2023, None)),
    ],
)
def test_the_lead_date_tells_past_days_from_days_ahead(text: str, name: str, years: tuple) -> None:
    assert file_years("xinwen_2023.txt", text, name) == years


# 2. a report of the year's own work meeting (its lead names "2024年某省交通运输工作会议") sets that year's
# tasks: a goal it reports (将建成A、B 2个项目, 力争建成C) is the year's without 今年; a subheading opening with
# another year ("2023年 某省交通投资创新高") heads a review up to the next heading: its completions are told
MEETING = "1月9日,2024年某省交通运输工作会议在某市举行,会议部署了全年工作。\n"
D24 = dt.date(2024, 1, 9)


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        (MEETING + "高速公路方面,某省将建成枫林至竹园高速公路等4个项目,开工建设竹园至石门高速公路等7个项目。",
         "枫林至竹园高速公路", (2024, None)),
        (MEETING + "枢纽方面,建成枫林站、竹园站2个项目,开工建设石门站。", "竹园站", (2024, None)),
        ("记者从2024年某省交通运输工作视频会议上获悉,全年计划完成投资900亿元。\n力争建成枫林至竹园高速公路等项目。",
         "枫林至竹园高速公路", (2024, None)),
        (MEETING + "2023年 某省交通基础设施投资创新高\n全省高速公路完成投资238亿元,枫林至竹园高速公路项目建成通车。",
         "枫林至竹园高速公路", (None, None)),
        (MEETING + "2023年 某省交通基础设施投资创新高\n全省完成投资800亿元。\n2024年 重点工作安排\n"
         "建成枫林至竹园高速公路等项目。", "枫林至竹园高速公路", (2024, None)),
        # negatives: a meeting of another year, or a meeting of another kind, sets no year's tasks
        ("1月9日,2023年某省交通运输工作会议精神传达会举行。\n某省将建成枫林至竹园高速公路等4个项目。",
         "枫林至竹园高速公路", (None, None)),
        ("1月9日,某省交通重大项目推进会在某市举行。\n某省将建成枫林至竹园高速公路等4个项目。",
         "枫林至竹园高速公路", (None, None)),
        # nor does a report citing the meeting (not held, no news from it): its completions are news
        ("7月9日,某市认真落实2024年全省交通运输工作会议部署,加快推进交通建设。\n枫林至竹园高速公路建成通车。",
         "枫林至竹园高速公路", (None, None)),
        # the review sentence of a meeting report names its own year: told, no target year
        (MEETING + "2023年,建成枫林至竹园高速公路等4个项目。", "枫林至竹园高速公路", (None, None)),
        # a review of several years (五年来, 过去五年) names none: told as well; a goal of five years is no review
        (MEETING + "会议指出,过去五年,全省建成枫林至竹园高速公路等项目。", "枫林至竹园高速公路", (None, None)),
        (MEETING + "五年来,全省建成枫林至竹园高速公路等项目。", "枫林至竹园高速公路", (None, None)),
        (MEETING + "今年将建成枫林至竹园高速公路等项目,力争五年内全面建成竹园至石门高速公路。",
         "枫林至竹园高速公路", (2024, None)),
    ],
)
def test_a_years_work_meeting_sets_that_years_tasks(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name, date=D24) == years


# 3. in a year's plan, an item (or a list) that is the subject of the milestone right after it ("力争A实现通航",
# "争取A、B全线贯通") is completed in the plan's year, whatever stage another clause of the sentence gives it
PLAN = "今年某省将完成交通投资900亿元\n"
D23 = dt.date(2023, 3, 1)


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        (PLAN + "民航方面,某省力争枫林机场实现通航,建成竹园通用机场。", "枫林机场", (2023, None)),
        (PLAN + "加快引调水工程规划建设,争取枫林至竹园输水工程、竹园至石门输水工程全线贯通。", "枫林至竹园输水工程", (2023, None)),
        (PLAN + "加快引调水工程规划建设,争取枫林至竹园输水工程、竹园至石门输水工程全线贯通。", "竹园至石门输水工程", (2023, None)),
        # negatives: a start (no target: the plan's start year, part y33), works going on, a region the line runs
        # through, no year's plan, a review
        (PLAN + "力争枫林至竹园高速公路开工建设。", "枫林至竹园高速公路", (None, 2023)),
        (PLAN + "加快枫林至竹园高速公路建设。", "枫林至竹园高速公路", (None, None)),
        (PLAN + "加快建设枫林至竹园高速公路,贯通南北。", "枫林至竹园高速公路", (None, None)),
        ("某省交通发展规划(2021—2025年)\n力争枫林机场实现通航。", "枫林机场", (None, None)),
        (PLAN + "2022年,枫林至竹园输水工程全线贯通。", "枫林至竹园输水工程", (None, None)),
    ],
)
def test_an_item_subject_of_its_milestone_in_a_years_plan(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name, date=D23) == years


# 4. a milestone on a day just after the report's date, dated without a year and without a word of intent
# ("10月27日,…消息称,10月28日上午10时,X正式向社会车辆开放通行"), is announced: ahead, in the report's year
D1027 = dt.date(2023, 10, 27)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("10月27日,来自市交通局的消息称,10月28日上午10时,枫林至竹园高速公路正式向社会车辆开放通行。", (2023, None)),
        ("10月27日,记者获悉,国庆假期来临之际,两条高速公路建成通车:10月28日14时竹园至石门高速公路,"
         "11月1日0时枫林至竹园高速公路,将并入全国高速公路网,对社会开放交通。", (2023, None)),
        # negatives: a day before the report's, a day long after it (last year's), a day with a year of its own
        ("10月27日,来自市交通局的消息称,10月20日上午10时,枫林至竹园高速公路正式向社会车辆开放通行。", (None, None)),
        ("10月27日,记者获悉,12月28日,枫林至竹园高速公路建成通车。", (None, None)),
        ("10月27日,记者获悉,2021年10月28日,枫林至竹园高速公路建成通车。", (None, None)),
        ("10月27日,某市暂不开放交通,10月28日枫林至竹园高速公路暂不向社会车辆开放。", (None, None)),
    ],
)
def test_a_day_just_after_the_reports_is_announced(text: str, years: tuple) -> None:
    assert years_of(text, "枫林至竹园高速公路", date=D1027) == years
