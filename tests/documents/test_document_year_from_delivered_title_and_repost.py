"""A document's year read from its own text when its file name carries none (issue 11 item 3).

Every text is invented. The classes: a report's or speech's title closing with the day it was delivered, a
header line saying whose article a page reposts and when ("转自…"), a page's date stamp between a label and a
name, an event of works of a year the lead says was held ("举行2025年一季度重大项目开工活动"), a lead dated by
month and day read like a news dateline, a session of a provincial-level municipality's congress or CPPCC
a reply answers (region data), a count up to a month of the year ("截至2022年1月底") and the year's
government work report the lead reads from; a campaign (大会战) is no meeting of its year; and, for the items, a
span of years told from its start to its end in an undated text is a history, not a goal.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geo.documents import read_document, read_meta
from geo.documents.year_cues import month_count_year, work_report_year
from geo.extract import extract


@pytest.mark.parametrize(
    ("text", "year", "source"),
    [
        # a report's or speech's title closing with the day it was delivered, in brackets
        ("(某某省)某某县人民政府工作报告(2019年12月20日)\n各位代表:\n今年全县将建成某某大道。", 2019, "date"),
        ("在全市交通运输工作会议上的讲话（2022年2月8日）\n同志们:\n正文。", 2022, "date"),
        # a page reposting another's article: whose and when, without a colon
        ("某市出台交通方案\n转自2020-03-05某某交通报\n近日,某市印发方案。", 2020, "date"),
        ("某市出台交通方案\n转载自某某网 2018-11-02\n近日,某市印发方案。", 2018, "date"),
        # a page's table of fields, its labels bracketed with spaces
        ("某某厅关于某某工程的批复\n[ 索引号 ] 0000/2020-00001 [ 发文日期 ] 2020-11-18\n正文。", 2020, "date"),
        # a page's date stamp between a label and an author's name on a header line
        ("某市政府工作报告解读(9)\n工作报告2017-06-25张老师\n今年将建成某某大桥。", 2017, "date"),
        # an event of works of a year the lead says was held, the verb before the year
        ("某市重大项目\n1月3日,某市举行2024年一季度重大项目开工暨投产活动。其中某某高速开工。", 2024, "meeting"),
        ("某区签约\n某区日前举办2021年第二批重点项目集中签约仪式,共签约项目12个。", 2021, "meeting"),
        # a reply of a body of a provincial-level municipality (region data: 重庆's sixth term opened in 2023) to a
        # motion of a numbered session of the municipality's congress or CPPCC
        ("重庆市某某局关于市六届人大二次会议第0012号建议的答复\n某某代表:\n今年将开工某某大道。", 2024, "meeting"),
        ("重庆市某某委员会关于市政协五届三次会议第0456号提案的复函\n某某委员:\n正文。", 2020, "meeting"),
        ("某某新闻\n政协重庆市第六届委员会第四次会议\n正文。", 2026, "meeting"),
        # a count up to a month of the year, not one of its last
        ("某市轨道建设提速\n目前各线均在加快推进中,截至2019年3月底,某线二期累计完成掘进总量20%。", 2019, "lead"),
        ("某市高速进展\n截至2021年8月31日,全市高速公路项目累计完成投资300亿元。", 2021, "lead"),
        # a lead dated by month and day is read like a news dateline: a work report of the year's first months
        # announcing what the district will do that year, an event of the lead's own month and year
        ("某区两会\n2月20日,某区召开人代会。政府工作报告提出,2018年,某区将加快建设某某大道。", 2018, "lead"),
        ("某某专用线通车\n5月16日,某某铁路专用线首趟列车发出。该线于2019年10月动工,2021年5月16日首运通车。", 2021, "lead"),
        # the year's government work report the lead reads from
        ("某区交通规划\n记者从2018年某区人民政府工作报告中获悉,今年将开工建设某某大桥。", 2018, "lead"),
        ("某市枢纽\n2027年某省两会政府工作报告提出,支持某市建设物流枢纽。", 2027, "lead"),
    ],
)
def test_the_text_names_its_year(text: str, year: int, source: str) -> None:
    meta = read_meta(text, name="notes.txt")
    assert (meta.year, meta.year_source) == (year, source)


@pytest.mark.parametrize(
    "text",
    [
        # a bracketed date after a heading that is not a report's title is an event's day
        "某某至某某高速公路某某段全线建成通车(2019年12月26日)\n记者获悉,今年将再建成一条高速。",
        # a source line without a date, and a date after a word that names no source
        "某市出台交通方案\n转自某某交通报公众号\n今年将建成某某大桥。",
        # a stamp between longer words is no header's
        "某某大桥\n某某高速公路建设指挥部全体人员2019-03-01开展现场安全检查照片集锦\n今年将建成某某大桥。",
        # a session of another city's congress ("市" of a line opening with that city), a district's, a standing
        # committee's (many a year), and a municipality whose terms are no region data
        "某某市交通运输局对市政协四届四次会议第207号提案答复的函\n某某委员:\n今年将开工某某大道。",
        "重庆市某某区交通局关于区三届人大一次会议第154号建议的复函\n某某代表:\n今年将开工某某大道。",
        "重庆市某某局关于市六届人大常委会第十次会议审议意见的报告\n正文,今年将开工某某大道。",
        "天津市某某局关于市十八届人大二次会议第12号建议的答复\n正文,今年将开工某某大道。",
        # an event of works held, but the year is a goal's ("举行…仪式,力争2025年建成")
        "某市重大项目\n1月3日,某市举行某某高速开工仪式,力争2025年建成通车。",
        # a count up to the year's last months is published the next year as often
        "某市高速进展\n截至2021年11月底,全市高速公路通车里程达到4000公里。",
        # a count up to a month set as a goal
        "某市轨道\n预计截至2026年6月底,某线将累计完成投资80亿元。",
        # a work report looked back on, and one cited outside the lead's reading ("提出的")
        "某区交通\n2023年政府工作报告提出的十件实事已全部完成,今年将开工建设某某大桥。",
        # a bare lead's month and day with a span reaching now: a review of ten years opens so too
        "某省水利十年\n9月26日,记者从某省水利厅获悉,2013年以来,某省建成一批重大水利工程,今年将再开工3座水库。",
        # a bare lead late in the year: a plan for a year is read from the next year's too
        "某市铁路\n11月5日,记者获悉,2024年计划开工某某铁路,今年已完成前期工作。",
        # a campaign (大会战) of a year is no meeting of that year: it runs for years
        "某市交通两年\n今年1—9月完成投资90亿元,是2016年交通大会战打响以来最多的。",
        "某市交通提速\n2020年1—11月某市交通攻坚大会战完成投资150亿元。",
        # a plan's horizon and a plan's period are not the document's year
        "某市规划\n到2035年远景目标基本实现,“十四五”期间建成某某高速。",
        # a past event's year inside the text is not the document's date by itself
        "某某大桥\n该桥于2016年9月23日开工建设,今年底将建成通车。",
    ],
)
def test_no_year_is_guessed(text: str) -> None:
    assert read_meta(text, name="notes.txt").year is None


def test_two_counts_of_different_years_give_none() -> None:
    assert month_count_year("截至2019年3月底,A累计完成20%。截至2020年5月,B累计完成40%。") is None
    assert month_count_year("截至2019年3月底,A累计完成20%。截至2019年5月,B累计完成40%。") == 2019


def test_a_work_report_of_two_years_gives_none() -> None:
    assert work_report_year("2019年某区政府工作报告中提到A,2020年某区政府工作报告中提到B。") is None


def test_the_delivered_title_dates_the_relative_years() -> None:
    meta = read_meta("某县人民政府工作报告(2019年12月20日)\n各位代表:\n正文。", name="notes.txt")
    assert meta.date == dt.date(2019, 12, 20)


def _target(text: str, name: str) -> int | None:
    """The target year of the first entity named ``name`` in a text whose file name carries no year."""
    src = read_document(Path("notes.txt"), data=text.encode("utf-8"))
    found = [e for e in extract(src) if name in e.name]
    assert found, [e.name for e in extract(src)]
    return found[0].mentions[0].target_year


def test_a_span_told_from_its_start_is_a_history_in_an_undated_text() -> None:
    text = "某某水库位于某县,该工程自1991年启动建设,至1998年正式投产运行,总投资10亿元。"
    assert _target(text, "某某水库") is None


def test_a_deadline_without_a_start_stays_a_goal_in_an_undated_text() -> None:
    text = "某某水库位于某县,至2028年正式投产运行,总投资10亿元。"
    assert _target(text, "某某水库") == 2028
