"""The document's own date read from its text when the file name gives no year (issue 11 item 3).

Every text is invented, and every file is named "新闻.txt" (no year): the classes are a page's header
timestamp with the year set apart, a header line above the title, a paper's citation of its issue, a
byline opening with the date, a reply's date, a signature date with a stray mark after it, a timestamp
with its year last, a year the lead speaks of as now ending, a numbered session held on the dateline's
day, and a year heading its clause before 将 in a report of the year's first months. Negatives: the same
shapes saying something else give no date and no year.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geo.documents import read_document, read_meta
from geo.extract import extract

NAME = "新闻.txt"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a page's timestamp with the year set apart from month/day
        ("某代表:建设某物流中心\n2025 01/21 09:02:28\n来源:某某日报\n今年全市两会上,某代表提出建议。", dt.date(2025, 1, 21)),
        # a source-and-date line above the title
        ("某某网 2022-08-25\n某省将推进高速公路扩容\n近日,某厅发布规划全文。", dt.date(2022, 8, 25)),
        # a paper's citation of its issue, at the top or the bottom
        ("某某/文 某某/图 《 某某日报海外版 》( 2022年11月10日 第 11 版)\n图为某市全景。\n近年来,某市加快建设。",
         dt.date(2022, 11, 10)),
        ("某市交通新闻\n近日,某市集中开工一批项目。\n工程进展顺利。\n《 某某日报 》( 2021年3月5日 06 版)",
         dt.date(2021, 3, 5)),
        # a byline opening with the date, then the paper and the reporter
        ("某州基建提速\n2024-11-28 某某日报天眼新闻 某某\n某州加快推进一批项目。", dt.date(2024, 11, 28)),
        # a reply's date on a public-enquiry page
        ("某市问政某市交通局2022-04-11回复:\n您所提到的尽快建成某一级公路的建议,已纳入规划。", dt.date(2022, 4, 11)),
        # a signature date with a stray mark a page's conversion left after it
        ("关于某某建议的复函\n某某代表:\n您的建议收悉,现答复如下。\n一、某水库已纳入规划。\n二、前期工作有序推进。\n"
         "三、争取早日开工。\n感谢您的关心。\n某区水利局\n2023年6月30日 ?", dt.date(2023, 6, 30)),
        # a year heading its clause before 将 in a news report of the year's first months
        ("新华社某地3月31日电(记者某某)记者30日获悉,某省将在多个领域发力,2020年将实现高速公路通车1000公里以上。",
         dt.date(2020, 3, 31)),
    ],
)
def test_a_date_the_text_sets_on_its_header_or_sign_off(text: str, date: dt.date) -> None:
    meta = read_meta(text, name=NAME)
    assert (meta.date, meta.year, meta.year_source) == (date, date.year, "date")


@pytest.mark.parametrize(
    ("text", "year", "source"),
    [
        # a timestamp with the year last: day and month may run either way, the year is sure
        ("某代表提议修路\n04.03.2015 16:19\n3月1日,某代表介绍了建议。", 2015, "lead"),
        # a year the lead speaks of as now ending or passing
        ("某省重点项目捷报频传\n2023年即将收官,我省多项重点项目建设亮点纷呈。记者12月17日获悉,今年以来…", 2023, "lead"),
        ("某市交通半年报\n2022年已经过半,全市交通投资完成年度任务的55%。", 2022, "lead"),
        # a numbered session of a province's congress opened on the dateline's day
        ("某某网讯 1月26日上午,某省第十四届人民代表大会第二次会议在某市开幕,省长作政府工作报告。", 2024, "meeting"),
    ],
)
def test_a_year_the_text_gives_without_a_full_date(text: str, year: int, source: str) -> None:
    meta = read_meta(text, name=NAME)
    assert (meta.year, meta.year_source) == (year, source)


@pytest.mark.parametrize(
    "text",
    [
        # a date inside a sentence of the header lines, not a header
        "某大桥通车\n2022年8月25日开工的某大桥已于今年建成,为某市交通添彩。",
        # a citation of a plan, not of a paper's issue
        "某市交通新闻\n根据《某省交通规划》(2021年3月5日印发),今年建成某路。",
        # a byline whose words after the date name no paper: a sentence, not a byline
        "某县新闻\n2024-11-28 某某某某某某某某某某某某某某某某某某\n今年建成某路。",
        # a year-last timestamp inside a sentence
        "某县新闻\n会议于04.03.2015 16:19结束后,今年内开工某路。",
        # a plan's last year seen from before, without a word of the present
        "某市规划\n2025年收官的十四五规划中,某路今年建成。",
        # a session a sentence recalls (no dateline), a city's congress, a standing committee
        "某市新闻\n在某省第十四届人民代表大会第二次会议开幕时,某代表提出建议,今年建成某路。",
        "某某网讯 1月6日上午,某市第十五届人民代表大会第二次会议在某剧院开幕。",
        # a goal year after a word of intent in a report of the year's first months
        "新华社某地2月10日电 记者获悉,某路进展顺利,预计2021年将建成通车。",
        # a year before 将 in a report of the year's last months
        "新华社某地11月10日电 记者获悉,某省发力交通建设,2021年将开工某铁路。",
        # two years spoken of as now ending give none
        "某市新闻\n2022年即将收官。另据统计,2023年已经过半的工程…",
    ],
)
def test_no_year_where_the_text_gives_none_of_its_own(text: str) -> None:
    meta = read_meta(text, name=NAME)
    assert (meta.date, meta.year) == (None, None)


def test_the_year_read_from_the_text_resolves_a_relative_year() -> None:
    text = "某市交通新闻\n2024-11-28 某某日报客户端 某某\n南川至贵阳高速公路今年年底前建成通车。"
    src = read_document(Path(NAME), data=text.encode("utf-8"))
    (mention,) = next(e for e in extract(src) if "高速" in e.name).mentions
    assert mention.target_year == 2024
    # the same text without its byline gives no year, and no target
    src = read_document(Path(NAME), data=text.replace("2024-11-28 ", "").encode("utf-8"))
    (mention,) = next(e for e in extract(src) if "高速" in e.name).mentions
    assert mention.target_year is None
