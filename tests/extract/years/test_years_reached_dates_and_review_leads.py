"""A date the report has reached, points under a past year's lead, and a year ahead as a condition (issue 11 item 3).

Target years on four more classes of unseen text found in fresh13, fresh9 and fresh6 (issue #11 item 3).

Every sentence here is invented; none is copied from a document of the blind sets. Each class has
negatives: sentences of nearby shape where the rule must not fire, or must keep firing (a year is given
only where the text binds it to the item's completion). The document date is 2023-06-12 unless a case
gives its own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import file_years, years_of


# a milestone dated by a full date the report has reached, without a word of intent, is news of a fact: no
# target, whatever the year (fresh13 c: "2023年6月19日获得开通电报" reported in August; fresh9 t: a line that
# "2022年4月14日首运通车" in a report of that day, whose year went to the railway named before it)
@pytest.mark.parametrize(
    ("text", "name", "date", "target"),
    [
        ("据介绍,枫林港专用铁路于2019年12月30日破土动工,历时三年建成,2023年6月1日获得铁路开通电报。",
         "枫林港专用铁路", dt.date(2023, 8, 1), None),
        ("据了解,枫林铁路专用线位于竹园产业园,于2020年11月动工,2022年4月14日首运通车。",
         "枫林铁路专用线", dt.date(2022, 4, 14), None),
        ("枫林至竹园高速公路于2023年5月20日建成通车,全长60公里。", "枫林至竹园高速公路", dt.date(2023, 6, 12), None),
        # negatives: a day still ahead of the report, a word of intent
        ("枫林至竹园高速公路于2023年9月29日建成通车,全长60公里。", "枫林至竹园高速公路", dt.date(2023, 6, 12), 2023),
        ("枫林至竹园高速公路计划于2023年5月20日建成通车,全长60公里。", "枫林至竹园高速公路", dt.date(2023, 6, 12), 2023),
        # a text with no date and no year of its own: the dated completion is a fact too (test_years_in_undated_texts)
        ("枫林至竹园高速公路于2023年5月20日建成通车,全长60公里。", "枫林至竹园高速公路", None, None),
    ],
)
def test_a_full_date_the_report_has_reached_is_a_fact(text: str, name: str, date: dt.date | None,
                                                      target: int | None) -> None:
    assert years_of(text, name, date=date)[0] == target


# the points of an enumeration ("一是…", "二是…") under a lead paragraph dated a past year ("会议指出,2022年,…")
# review that year in an annual report of the next: their completions are facts, not the plan's goals (fresh13 c)
_REPORT = "2023年全省交通运输工作报告\n\n总结2022年全省交通运输工作,部署2023年重点任务。\n\n"


@pytest.mark.parametrize(
    ("lead", "years"),
    [
        ("会议指出,2022年,全省交通运输行业稳中求进。", (None, None)),
        ("会议指出,去年,全省交通运输行业稳中求进。", (None, None)),
        # negatives: a lead of the plan's own year, or none, leaves the year's goals theirs
        ("会议强调,2023年,全省交通运输行业要稳中求进。", (2023, None)),
        ("会议强调,全省交通运输行业要稳中求进。", (2023, None)),
    ],
)
def test_points_under_a_past_years_lead_are_a_review(lead: str, years: tuple) -> None:
    text = _REPORT + lead + "\n\n一是稳住交通投资。\n\n二是推进重点项目建设。枫林至竹园高铁建成通车。\n"
    assert file_years("baogao_2023.txt", text, "枫林至竹园高铁") == years


def test_a_part_heading_stops_the_points_lead() -> None:
    # the plan's part, headed "二、…", follows the review's points: its own points are the plan's
    text = (_REPORT + "会议指出,2022年,全省交通运输行业稳中求进。\n一是稳住交通投资。\n二、2023年重点任务\n"
            "一是推进重点项目建设。枫林至竹园高铁建成通车。\n")
    assert file_years("baogao_2023.txt", text, "枫林至竹园高铁") == (2023, None)


# a year still ahead heading the sentence, with the item completed as the condition of what follows
# ("2025年,X全线建成后,半小时可达"): the item's target (fresh6 q)
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2025年,枫林至竹园高速公路全线建成后,从市中心半小时可直达机场。", (2025, None)),
        ("2026年,枫林至竹园高速公路建成通车以后,两地将实现同城化。", (2026, None)),
        # negatives: a year the report has passed, a start as the condition, no year heading the sentence
        ("2021年,枫林至竹园高速公路全线建成后,从市中心半小时可直达机场。", (None, None)),
        ("2025年,枫林至竹园高速公路开工后,沿线将迎来发展。", (None, None)),
        ("枫林至竹园高速公路全线建成后,从市中心半小时可直达机场。", (None, None)),
    ],
)
def test_a_year_ahead_dates_a_completion_as_condition(text: str, years: tuple) -> None:
    assert years_of(text, "枫林至竹园高速公路") == years


# a year named as a comparison's benchmark in the paragraph of an annual plan's goals ("较2019年目标任务增长约8%")
# is no review of that year: the goals beside it stay the plan's (fresh9 u); another year named otherwise is
@pytest.mark.parametrize(
    ("lead", "years"),
    [
        ("今年某省计划完成交通投资700亿元,较2019年目标任务增长约8%。", (2020, None)),
        ("今年某省计划完成交通投资700亿元,比2019年多50亿元。", (2020, None)),
        # negatives: a past year the paragraph reviews
        ("2019年某省完成交通投资650亿元。", (None, None)),
        ("今年某省计划完成交通投资700亿元,2019年已完成650亿元。", (None, None)),
    ],
)
def test_a_benchmark_year_is_no_review(lead: str, years: tuple) -> None:
    text = "2020年交通运输工作要点\n" + lead + "高速公路总里程超过6300公里,开通枫林至竹园高铁。\n"
    assert file_years("yaodian_2020.txt", text, "枫林至竹园高铁") == years
