"""Target and start years on classes of unseen news and report text (issue #11 item 3, fresh7 tuning).

Every sentence here is invented; none is copied from a document of the blind sets. Each class has
negatives: sentences of nearby shape where the rule must not fire. The document date is 2023-06-12
unless a case gives its own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import source as _source
from extract_helpers import years_of as _years_of

from geo.model import SourceText

DATE = dt.date(2023, 6, 12)


def source(text: str, *, date: dt.date | None = DATE) -> SourceText:
    """Return a noise-free SourceText of ``text`` under a neutral title line (``extract_helpers``)."""
    return _source(text, date=date)


def years_of(text: str, name: str, *, date: dt.date | None = DATE) -> tuple[int | None, int | None]:
    """Return (target_year, start_year) of the first listed mention of ``name`` (``extract_helpers``)."""
    return _years_of(text, name, date=date)


# a span of years in the title of a plan the item belongs to is the plan's, not the item's timeline
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("新建枫林铁路是国家批复的《某地区城际铁路建设规划(2015-2020年)》中的重大项目。", "枫林铁路", (None, None)),
        ("柳溪水库已纳入《某区水安全保障“十四五”规划(2021—2025年)》的中型水利工程。", "柳溪水库", (None, None)),
        ("枫林铁路列入某地区城际铁路建设规划(2015-2020年),是重要通道。", "枫林铁路", (None, None)),
        ("枫林至竹园高速公路纳入某省高速公路网规划（2022—2035年）。", "枫林至竹园高速公路", (None, None)),
        # negatives: a span of the item's own works stays its start and target
        ("2022—2025年实施枫林铁路建设。", "枫林铁路", (2025, 2022)),
        ("枫林铁路建设期限为2022—2025年。", "枫林铁路", (2025, 2022)),
        ("枫林铁路建设年限:2022-2025年,总投资80亿元。", "枫林铁路", (2025, 2022)),
    ],
)
def test_a_plan_titles_period_is_not_the_items(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years


# a clause opening with a word of sequence comes after the event the sentence's lead year dates
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("2014年12月26日,枫林高铁开通运营,之后又建成竹园高铁、柳溪高铁等高铁。", "柳溪高铁", (None, None)),
        ("2014年,枫林高铁开通运营,随后,竹园高铁建成通车。", "竹园高铁", (None, None)),
        ("2025年,枫林高铁将开通运营,此后,竹园高铁将建成通车。", "竹园高铁", (None, None)),
        # negatives: a clause without a word of sequence, a milestone's own 之后, the first event
        ("2025年,枫林高铁将开通运营,竹园高铁建成通车。", "竹园高铁", (2025, None)),
        ("2025年,建成枫林高铁、竹园高铁。", "竹园高铁", (2025, None)),
        ("2025年,枫林高铁将开通运营,之后将带动沿线发展。", "枫林高铁", (2025, None)),
        ("2025年,竹园高铁建成通车,之后将带动沿线发展。", "竹园高铁", (2025, None)),
    ],
)
def test_a_later_event_is_not_the_lead_years(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years


# a completion dated on a day (or month) the report has reached is a fact told, not a goal
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        ("2024年11月1日,枫林至竹园高速公路建成通车。", dt.date(2024, 11, 4), (None, None)),
        ("2024年11月4日,枫林至竹园高速公路建成通车。", dt.date(2024, 11, 4), (None, None)),
        ("今年6月20日,枫林至竹园高速公路全线通车运行。", dt.date(2024, 8, 1), (None, None)),
        ("2024年10月,枫林至竹园高速公路建成通车。", dt.date(2024, 11, 4), (None, None)),
        # negatives: a day still ahead, a word of intent, a year alone
        ("2024年12月26日,枫林至竹园高速公路建成通车。", dt.date(2024, 11, 4), (2024, None)),
        ("2024年11月1日,枫林至竹园高速公路将建成通车。", dt.date(2024, 10, 4), (2024, None)),
        ("2024年11月,枫林至竹园高速公路建成通车。", dt.date(2024, 11, 4), (2024, None)),
        ("2024年,枫林至竹园高速公路建成通车。", dt.date(2024, 11, 4), (2024, None)),
        # no date and no year of its own: told without intent, a fact too (test_years_in_undated_texts)
        ("2024年11月1日,枫林至竹园高速公路建成通车。", None, (None, None)),
        # a start dated so stays its start year
        ("2024年11月1日,枫林至竹园高速公路开工建设。", dt.date(2024, 11, 4), (None, 2024)),
    ],
)
def test_a_completion_on_a_day_passed_is_a_fact(text: str, date: dt.date | None, years: tuple) -> None:
    assert years_of(text, "枫林至竹园高速公路", date=date) == years


# a start and a later completion in one sentence: the start's year is the start, the completion's the target
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2025年将开工枫林至竹园铁路,该项目设计时速120公里,预计2028年建成后可降低物流成本。", (2028, 2025)),
        ("计划2024年开工建设枫林至竹园铁路,力争2027年建成通车。", (2027, 2024)),
        ("枫林至竹园铁路2024年开工,预计2027年建成后将带动沿线发展。", (2027, 2024)),
        # negatives: a later completion of something else, 后续 works, no completion year
        ("2025年将开工枫林至竹园铁路,预计2028年建成柳溪物流园。", (None, 2025)),
        ("2025年将开工枫林至竹园铁路,2028年完成后续配套工程建设。", (None, 2025)),
        ("2025年将开工枫林至竹园铁路,建成后可降低物流成本。", (None, 2025)),
    ],
)
def test_a_start_and_a_later_completion(text: str, years: tuple) -> None:
    assert years_of(text, "枫林至竹园铁路") == years


# a sentence opening with a year run on without a comma, a later clause setting its items' milestone ahead
@pytest.mark.parametrize(
    ("text", "name", "date", "years"),
    [
        ("“2023年除了这两条线路将通车之外,枫林铁路北延伸段、竹园铁路等线路也将开通。", "竹园铁路", None, (2023, None)),
        ("2024年除了枫林铁路将通车之外,竹园铁路也将开通运营。", "竹园铁路", DATE, (2024, None)),
        ("明年除了枫林铁路要通车之外,竹园铁路也将建成投用。", "竹园铁路", DATE, (2024, None)),
        ("2024年除了枫林铁路将开通外,竹园铁路也将开工建设。", "竹园铁路", DATE, (None, 2024)),
        # negatives: the year dates a past event; a year before the report's; no milestone ahead; another time word
        ("2019年枫林铁路建成通车,竹园铁路也将开通。", "竹园铁路", DATE, (None, None)),
        ("2023年枫林铁路建成通车,竹园铁路也将开通。", "竹园铁路", DATE, (None, None)),
        ("2024年随着枫林铁路开通,竹园铁路也将开工建设。", "竹园铁路", DATE, (None, None)),
        ("2025年枫林铁路全长80公里,竹园铁路将建成通车。", "竹园铁路", DATE, (None, None)),
        ("2021年除了枫林铁路将通车之外,竹园铁路也将开通。", "竹园铁路", DATE, (None, None)),
        ("2024年除了枫林铁路将通车之外,竹园铁路也在加快建设。", "竹园铁路", DATE, (None, None)),
        ("2024年除了枫林铁路将通车之外,竹园铁路预计2026年开通。", "竹园铁路", DATE, (2026, None)),
        ("2024年除了枫林铁路将通车之外,明年竹园铁路也将开通。", "竹园铁路", DATE, (2024, None)),
    ],
)
def test_a_year_opening_a_run_on_sentence(text: str, name: str, date: dt.date | None, years: tuple) -> None:
    assert years_of(text, name, date=date) == years


# a milestone of a work in progress ("具备发电条件") and a completion after a descriptive clause
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("柳溪水利枢纽工程加快工程建设,主干渠基本完成,预计今年9月底具备发电条件。", "柳溪水利枢纽工程", (2023, None)),
        ("柳溪水库加快建设,力争2024年具备供水条件。", "柳溪水库", (2024, None)),
        ("据了解,新建枫林至竹园高铁东起甲市、西至乙市。线路总长约210公里。它一线串起多个城市群,是重要通道之一,预计2030年前全面建成。",
         "枫林至竹园高铁", (2030, None)),
        ("枫林至竹园高铁东起甲市、西至乙市。它是重要通道之一,预计2030年前全面建成。", "枫林至竹园高铁", (2030, None)),
        # a completion ahead after descriptive clauses of the item's own sentence
        ("枫林至竹园高铁一线串起多个城市群,是国家“八纵八横”高铁骨干通道之一,预计2030年前全面建成。",
         "枫林至竹园高铁", (2030, None)),
        ("枫林至竹园高铁全长2100公里,总投资约5300亿元,预计2030年前全面建成。", "枫林至竹园高铁", (2030, None)),
        ("枫林至竹园高速公路预计通车时间为12月29日,通车路段起于甲县。", "枫林至竹园高速公路", (2023, None)),
        # negatives: a readiness already there, a condition; 它们 (several), another item named before it
        ("柳溪水库已具备供水条件。", "柳溪水库", (None, None)),
        ("枫林至竹园高铁东起甲市、西至乙市。它们是重要通道,预计2030年前全面建成。", "枫林至竹园高铁", (None, None)),
        ("枫林至竹园高铁东起甲市、西至乙市。柳溪大桥位于甲市。它预计2030年前建成。", "枫林至竹园高铁", (None, None)),
    ],
)
def test_a_milestone_ahead_after_a_description(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years


# a road or bridge opened to traffic on a day still ahead is a milestone ahead
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        ("9月26日,枫林嘉陵江大桥提前3个月建成,将于9月29日0点向社会车辆开放。", dt.date(2021, 9, 28), (2021, None)),
        ("枫林嘉陵江大桥预计明年6月开放交通。", DATE, (2024, None)),
        ("枫林嘉陵江大桥将于10月1日对社会开放通行。", dt.date(2022, 9, 30), (2022, None)),
        # an hour after the day ("10月1日14时") leaves the day read
        ("枫林嘉陵江大桥预计10月1日14时建成通车。", dt.date(2022, 9, 30), (2022, None)),
        # negatives: a refusal, an opening of another kind, an opening already done
        ("枫林嘉陵江大桥年底前暂不开放交通。", DATE, (None, None)),
        ("枫林嘉陵江大桥所在的新区2025年全面对外开放。", DATE, (None, None)),
        ("枫林嘉陵江大桥已于去年6月向社会车辆开放。", DATE, (None, None)),
        ("枫林嘉陵江大桥于9月15日0时全线通车。", dt.date(2023, 9, 15), (None, None)),
        ("枫林嘉陵江大桥于9月15日全线通车。", dt.date(2023, 9, 20), (None, None)),
        ("枫林嘉陵江大桥于9月15日0时全线通车。", dt.date(2023, 9, 14), (2023, None)),
        # announced for the report's own day: the news of the day's event, no goal (fresh14 e; see
        # test_years_of_annual_plan_lists_and_leads.test_an_opening_on_the_reports_own_day_is_news)
        ("枫林嘉陵江大桥将于9月15日0时全线通车。", dt.date(2023, 9, 15), (None, None)),
        ("枫林嘉陵江大桥将于9月16日0时全线通车。", dt.date(2023, 9, 15), (2023, None)),
    ],
)
def test_an_opening_to_traffic_ahead(text: str, date: dt.date, years: tuple) -> None:
    assert years_of(text, "枫林嘉陵江大桥", date=date) == years


# 届时 (at that time) refers to the time named before it
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("负责人介绍,柳溪隧道预计今年9月贯通,届时枫林至竹园高速公路将全线通车。", (2023, None)),
        ("力争2025年完成柳溪隧道施工。届时,枫林至竹园高速公路将建成通车。", (2025, None)),
        ("柳溪隧道预计明年3月贯通,届时枫林至竹园高速公路将开工建设。", (None, 2024)),
        # negatives: no time before 届时, no milestone of the item, no 届时
        ("负责人介绍,届时枫林至竹园高速公路将全线通车。", (None, None)),
        ("柳溪隧道预计今年9月贯通,届时枫林至竹园高速公路车流量将增加。", (None, None)),
        ("柳溪隧道预计今年9月贯通,枫林至竹园高速公路车流量将增加。", (None, None)),
    ],
)
def test_at_that_time_refers_to_the_time_before(text: str, years: tuple) -> None:
    assert years_of(text, "枫林至竹园高速公路") == years


# a dated completion whose object the item is governs it over a later milestone of the whole
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("该项目预计2023年建成通车枫林至竹园高速公路柳溪段、2024年全线建成通车。", "枫林至竹园高速公路柳溪段", (2023, None)),
        ("力争2024年建成枫林至竹园高速公路,2026年建成柳溪大桥。", "枫林至竹园高速公路", (2024, None)),
        # negatives: a start before the item, a milestone of the item after it, no year before it
        ("2023年开工建设枫林至竹园高速公路,预计2026年建成通车。", "枫林至竹园高速公路", (2026, 2023)),
        ("加快建设枫林至竹园高速公路,预计2026年建成通车。", "枫林至竹园高速公路", (2026, None)),
        ("2022年建成通车的枫林至竹园高速公路车流量大增。", "枫林至竹园高速公路", (None, None)),
    ],
)
def test_a_completion_whose_object_the_item_is(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years
