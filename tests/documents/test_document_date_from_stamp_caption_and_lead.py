"""The document's own date from its text when its file name has none (issue 11 item 3).

Every text is invented and every file is named "新闻.txt" (no year), as the hidden set's files may be: every
relative year of a text (今年, 年底前) hangs on the date the text gives itself. Read here: a page's stamp with
its year in two digits before its source ("23-06-25 08:24 来源:"), a photo caption opening with the day it was
taken and closing with its credit after a sentence or two, and a lead dated by month and day with the time of
day ("6月30日下午,"). Negatives: a stamp with no year or no label, a dated sentence with no credit, an archive
photo, a deadline or a span opening a lead.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.documents import read_meta
from geo.documents.year_cues import caption_year

NAME = "新闻.txt"


# --- a page's stamp with a two-digit year ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("某省一批重大项目加快推进\n23-06-25 08:24 来源:某省广电总台 编辑:某某\n今年以来,全省项目建设提速。",
         dt.date(2023, 6, 25)),
        ("枫林水库开工\n19-11-02 17:05:31 来源：某某网\n2日上午,枫林水库工程开工。", dt.date(2019, 11, 2)),
    ],
)
def test_a_stamp_with_a_two_digit_year_dates_the_page(text: str, date: dt.date) -> None:
    meta = read_meta(text, name=NAME)
    assert (meta.date, meta.year, meta.year_source) == (date, date.year, "date")


@pytest.mark.parametrize(
    "text",
    [
        # a stamp of month and day only: no year
        "枫林水库开工\n07-06 07:21:28 来源:某某公众号\n4日上午,枫林水库工程开工。",
        # no source after it: not known to be a page's stamp
        "枫林水库开工\n23-06-25 08:24\n正文。",
        # inside a sentence of the text
        "枫林水库开工\n比赛于23-06-25 08:24开始,来源:某某。",
        # not a valid day
        "枫林水库开工\n23-13-45 08:24 来源:某某网\n正文。",
    ],
)
def test_no_date_from_a_stamp_without_its_year_or_label(text: str) -> None:
    meta = read_meta(text, name=NAME)
    assert (meta.date, meta.year) == (None, None)


# --- a caption closing with its credit --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("lines", "year"),
    [
        (["2025年1月2日上午,竹园至石门高速某段建成通车。图为车辆驶过枫林互通。记者 某某 摄/某某日报"], 2025),
        (["2021年4月2日,枫林大桥主跨合龙。 某某 摄"], 2021),
        (["2023年6月1日,竹园港二期码头首船靠泊。某区交通局供图"], 2023),
    ],
)
def test_a_caption_closing_with_its_credit(lines: list[str], year: int) -> None:
    assert caption_year(lines) == year


@pytest.mark.parametrize(
    "lines",
    [
        # a dated sentence of the text: no credit
        ["2016年11月28日,枫林站开通运营,宣告某县进入高铁时代。"],
        # an archive photo
        ["2016年11月28日,枫林站开通运营。资料图 某某 摄"],
        # a paragraph opening with a date, its credit far after it
        ["2016年11月28日,枫林站开通运营," + "沿线群众出行更加便捷," * 10 + "某某 摄"],
        # captions of two years
        ["2024年12月21日,竹园大桥合龙。某某 摄", "2025年1月5日,竹园站封顶。某某 摄"],
    ],
)
def test_no_year_from_a_caption_without_its_credit(lines: list[str]) -> None:
    assert caption_year(lines) is None


def test_a_credited_caption_dates_an_undated_text() -> None:
    text = ("竹园至石门高速建成通车\n今日上午正式通车\n2025年1月2日上午,竹园至石门高速建成通车。图为车辆驶过枫林互通。"
            "记者 某某 摄/某某日报\n全线预计在年内建成通车。")
    meta = read_meta(text, name=NAME)
    assert (meta.year, meta.year_source) == (2025, "lead")


# --- a lead dated with the time of day --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("6月30日下午,某新城27个重点项目集中开工,总投资约200亿元。", dt.date(2023, 6, 30)),
        ("1月6日晚22时,枫林至竹园高速正式通车,实现联网收费。", dt.date(2023, 1, 6)),
        ("12月26日上午8:05,一趟列车驶离枫林站,标志着某铁路全线通车。", dt.date(2023, 12, 26)),
        ("1月19日上午9点30分,竹园码头的货车已排成长龙,等待上船。", dt.date(2023, 1, 19)),
    ],
)
def test_a_lead_dated_with_the_time_of_day(lead: str, date: dt.date) -> None:
    meta = read_meta(f"某某工程进展情况\n{lead}\n正文。", name="xinwen_2023.txt")
    assert meta.date == date


@pytest.mark.parametrize(
    "lead",
    [
        # a deadline, a span, a day inside the lead's first clause: not the report's date
        "6月30日前,某新城27个重点项目将全部开工,总投资约200亿元。",
        "6月30日至7月2日,某新城举行重点项目集中开工活动,总投资约200亿元。",
        "6月30日下午开工的枫林大桥,目前已完成桩基施工,进展顺利。",
    ],
)
def test_no_lead_date_from_a_deadline_or_a_span(lead: str) -> None:
    meta = read_meta(f"某某工程进展情况\n{lead}\n正文。", name="xinwen_2023.txt")
    assert meta.date is None
