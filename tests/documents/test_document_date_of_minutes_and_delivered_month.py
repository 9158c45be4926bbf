"""A document's date or year from the header of minutes or a delivered report (issue 11 item 3), part y49.

Every text is invented. The classes (seen on three tuning probe documents renamed without their year): a bracketed
day and place right under the title ("（2023年8月24日，遂宁）", as minutes and speeches head their text); minutes (a
title of 纪要) whose first sentence opens with the day their meeting was held ("2021年3月24日，某委召开…推进会"); and a
report's line saying in which month, its day left out, and where it was delivered ("——2023年1月在某区人民代表大会上
的政府工作报告"). Not read: a photo's credit, a date and place further down, a dated first sentence of a text that is no
minutes (a review may open with a past day), a dashed line of a month that names no delivery.
"""

from __future__ import annotations

import pytest

from geo.documents import read_meta


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("某区与某市合作项目推进会会议纪要\n（2023年8月24日，某市）\n一、加快建设某某光伏电站。", "2023-08-24"),
        ("某县交通建设座谈会纪要\n(2022年5月6日 某县)\n会议听取了汇报。力争年内开工某某大道。", "2022-05-06"),
        ("在全市交通工作会议上的讲话\n（2024年2月8日，某市）\n同志们：今年要建成某某大桥。", "2024-02-08"),
        ("某州重大项目前期工作推进会议纪要\n2021年3月24日，州发展改革委召开重大项目前期工作推进会，会议纪要如下。\n一、某某高速可研编制已完成。",
         "2021-03-24"),
        ("某市交通调度会纪要\n2020年11月2日上午，市政府召开交通建设调度会。\n会议要求年底前建成某某大桥。", "2020-11-02"),
    ],
)
def test_a_meetings_day_under_the_title_dates_the_text(text: str, date: str) -> None:
    meta = read_meta(text, name="doc_011.txt")
    assert (meta.date and meta.date.isoformat(), meta.year, meta.year_source) == (date, int(date[:4]), "date")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("——2023年1月在某区人民代表大会上的政府工作报告（节选）\n今年，我们将加快建设某某产业园。", 2023),
        ("某县政府工作报告\n（2022年12月在某县第十八届人民代表大会第二次会议上）\n过去一年，某某大桥建成。", 2022),
    ],
)
def test_the_month_a_report_was_delivered_in_gives_its_year(text: str, year: int) -> None:
    meta = read_meta(text, name="doc_012.txt")
    assert (meta.year, meta.year_source, meta.date) == (year, "meeting", None)


@pytest.mark.parametrize(
    "text",
    [
        # a photo's credit in brackets is no place of a meeting
        "某某大桥合龙\n（2023年5月12日，张三摄）\n某某大桥今日合龙。",
        # a day and place further down the text
        "某区交通建设综述\n某区交通建设稳步推进。\n多个项目进展顺利。\n（2023年8月24日，某市）",
        # a dated first sentence of a text that is no minutes: a review may open with a past event
        "某市交通十年\n2019年6月30日上午，某市召开交通建设推进会，某某高速开工。\n十年来，全市交通面貌一新。",
        # minutes whose dated sentence is no meeting held
        "某县交通会议纪要\n2021年3月24日，某某大桥建成通车。\n会议要求加快建设。",
        # a dashed line of a month that was no delivery: an event's
        "某区交通大事记\n——2023年1月某某大桥建成通车\n——某某大道开工建设",
    ],
)
def test_no_date_from_other_lines(text: str) -> None:
    meta = read_meta(text, name="doc_013.txt")
    assert (meta.date, meta.year) == (None, None)
