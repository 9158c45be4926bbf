"""A document's year read from its own text when its file name carries none (issue 11 item 3), part y35.

Every text is invented. The class: a sentence anywhere in the body opening with a year and what its subject
will do then ("…。2023年,全市将建成…") is an outlook, written in that year: weak evidence, read only when the
text names its year in no stronger way and all the weak evidence agrees. Not read: a deadline ("2025年底前"),
a decision told as past ("2020年,两省确定将…"), 将 taking an object ("2016年,省里将该项目列入规划"), a goal
year with no subject ("2020年力争实现…"), a history listing several years' outlooks, and a year inside a
sentence.
"""

from __future__ import annotations

import pytest

from geo.documents import read_meta
from geo.documents.year_cues import announced_year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("某市交通建设提速\n近日,记者从市交通局获悉。2023年,全市将建成高速公路300公里。", 2023),
        ("某区重点项目\n会上介绍了情况。2024年,某区预计还将开工建设某某大道。", 2024),
        ("某省铁路\n负责人说:“2021年除了这条线路将通车之外,另一条线路也将开通。”", 2021),
        ("某县水利\n今年以来进展顺利。\n2019年,全县计划新建水库3座。", 2019),
        # two sentences of the same year agree
        ("某市轨道\n2022年,全市将开通两条线路。2022年,某区也将开工一座车站。", 2022),
    ],
)
def test_announced_year(text: str, year: int) -> None:
    assert announced_year(text) == year


@pytest.mark.parametrize(
    "text",
    [
        # a deadline, a goal or a year inside the sentence
        "某市交通\n2025年底前,全市将建成高速公路5000公里。",
        "某市交通\n到2025年,全市将建成高速公路5000公里。",
        "某市交通\n全市将于2025年建成高速公路5000公里。",
        "某省高铁\n2020年力争实现市市通高速铁路。",
        # a decision told as past, 将 taking an object (把)
        "某铁路\n2020年,沿线两省确定将两个项目合并研究。",
        "某铁路\n2016年,省政府将该项目列入重点建设计划。",
        "某铁路\n2016年,国家将某某铁路纳入中长期铁路网规划。",
        # a history listing outlooks of several years: which is the text's?
        "某市交通十年\n2015年,全市将建成一条高速。2018年,全市将建成两条高速。",
        # what was done, without intent
        "某市交通\n2019年,全市建成高速公路100公里。",
    ],
)
def test_no_announced_year(text: str) -> None:
    assert announced_year(text) is None


@pytest.mark.parametrize(
    ("text", "name", "year", "source"),
    [
        # the outlook dates a text whose file name has no year, with its source
        ("某区交通项目推进会召开\n会议听取了汇报。2023年,某区将新开工道路5条。今年底建成某某大桥。",
         "通知.docx", 2023, "lead"),
        # a history listing years and no outlook leaves the year to the file name
        ("某市交通发展回顾\n2010年,某高速建成通车。2015年,某铁路开通运营。", "回顾_2020.txt", 2020, "filename"),
        # a plan naming its end year is no outlook of the text's year
        ("某市交通规划\n到2035年,全市将建成现代化综合交通体系。", "规划.txt", None, None),
        # a stronger source wins: the text's own title year
        ("2024年某区重点项目计划\n2023年,某区将开工道路5条。", "通知.docx", 2024, "title"),
        # a text quoting an older report's outlook and a newer count of the year before disagree: no year
        ("某市交通\n截至2022年底,全市高速里程达4000公里。2019年,全市将建成高速公路500公里。", "新闻稿.txt",
         None, None),
    ],
)
def test_document_year_from_outlook(text: str, name: str, year: int | None, source: str | None) -> None:
    meta = read_meta(text, name=name)
    assert (meta.year, meta.year_source) == (year, source)


# part y49: the outlook a source or a report gives, in a clause after a verb of telling, and 要 as a work report
# says it (seen on five tuning documents, renamed without their year: a work meeting's report, two county work
# reports, a city's session report, a lead quoting a bureau)
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("某市交通\n近日,记者从市交通局获悉,2023年,全市将建成高速公路300公里。", 2023),
        ("某省交通工作会议召开\n此次会议提出,2015年,某省交通运输工作将重点优化投资结构。", 2015),
        ("某县政府工作报告\n县长说,2023年,某县要构建区域交通快速网。", 2023),
        ("某市重点项目\n据市住房城乡建委负责人介绍,2023年某市将加快推进5座跨江大桥建设。", 2023),
        ("某市两会\n市长表示,2021年,某市将加快建设某某铁路。", 2021),
        # a year's figures told before the outlook do not stop it: no intent
        ("某县政府工作报告\n报告指出,2022年,某县全面提升城市品位。报告指出,2023年,某县将完成某某公路建设。", 2023),
    ],
)
def test_announced_year_after_telling(text: str, year: int) -> None:
    assert announced_year(text) == year


@pytest.mark.parametrize(
    "text",
    [
        # a year told of without intent: the figures of the year before
        "某省交通\n据介绍,2014年某省交通建设完成投资600亿元。",
        # 要 of 重要, 主要, 需要: no intent
        "某市交通\n负责人介绍,2023年,全市重要项目进展顺利。",
        "某市交通\n负责人说,2022年,全市主要任务已经完成。",
        "某市交通\n据了解,2021年,全市需要新增停车位2万个。",
        # a deadline or a goal after a verb of telling
        "某市交通\n负责人表示,2025年底前,全市将建成高速公路5000公里。",
        "某市交通\n负责人表示,到2025年,全市将建成高速公路5000公里。",
        # a decision told as past after a verb of telling
        "某铁路\n据介绍,2020年,沿线两省确定将两个项目合并研究。",
        # a year inside the clause, not opening it
        "某市交通\n据介绍,全市将于2025年建成高速公路5000公里。",
        # a recollection told, no outlook of the text's year
        "某村公路\n老支书回忆说,2015年,村里要修这条路时,资金只有几万元。",
    ],
)
def test_no_announced_year_after_telling(text: str) -> None:
    assert announced_year(text) is None


def test_work_report_lead_dated_by_its_outlook() -> None:
    # a county's work report of February whose file name has no year: its outlook dates the report and its lead
    text = (
        "2月8日,某县第十七届人民代表大会第二次会议召开,县长作政府工作报告。2023年,某县要进一步完善交通运输体系。\n"
        "县长说,2023年,某县要开工某某高速改扩建工程,年内建成某某大桥。"
    )
    meta = read_meta(text, name="doc_007.txt")
    assert (meta.year, meta.year_source, meta.date and meta.date.isoformat()) == (2023, "lead", "2023-02-08")
