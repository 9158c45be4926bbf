"""A document's year read from its own text when its file name carries none (issue 11 item 3).

Every text is invented. The classes: the figures of a year's first months or quarters ("2023年1—9月完成投资", "2023年上半年"), a plan's
first or last year named as the time the text's events happen in ("在“十四五”规划收官之年"), both weak evidence
read only when the text names its year in no stronger way; and a media label of the year's session of the
people's congresses written without 年 ("2018全国两会"), read like a meeting of the year.
"""

from __future__ import annotations

import pytest

from geo.documents import read_meta
from geo.documents.year_cues import first_months_year, plan_time_year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("某市交通建设提速\n2023年1—9月,全市完成交通投资120亿元,同比增长5%。", 2023),
        ("根据某市2019年1至6月国民经济和社会发展计划执行情况的报告,某某大桥进展顺利。", 2019),
        ("据统计,2021年一至八月某省公路水路完成投资超过300亿元。", 2021),
        # a span up to November or December: read in the next year as often
        ("2022年1—11月,全市交通投资完成161亿元,预计到年底完成全年任务。", None),
        ("2020年1-12月累计完成投资80亿元。", None),
        # a goal for a year's first months, or a comparison with an earlier year's
        ("力争2025年1—6月完成某某隧道掘进。", None),
        ("2026年1—6月将建成某某互通。", None),
        ("今年前三季度完成投资90亿元,较2022年1—9月增长12%。", None),
        # two different years give none
        ("2021年1—6月完成投资40亿元;2022年1—6月完成投资45亿元。", None),
        # a year's first quarters, told as figures just past
        ("某市交通投资\n2023年上半年,全市完成交通投资120亿元,同比增长10%。", 2023),
        ("2022年一季度某县公路建设完成投资8亿元。", 2022),
        ("据统计,2021年前三季度某省水运完成投资60亿元。", 2021),
        ("2024年第二季度,某区新开工项目12个。", 2024),
        # a goal for them, a comparison with them, a year's second half or last quarter: not read
        ("某某高速预计2023年上半年建成通车。", None),
        ("力争2025年一季度完成某某隧道掘进。", None),
        ("今年上半年完成投资60亿元,较2022年上半年增长8%。", None),
        ("2022年下半年,全市完成投资70亿元。", None),
        ("2022年四季度,全市新开工项目20个。", None),
    ],
)
def test_first_months_year(text: str, year: int | None) -> None:
    assert first_months_year(text) == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("这是某州在“十四五”规划收官之年写下的注脚。", 2025),
        ("在十五五开局之年,某县开工建设某某快速通道。", 2026),
        ("在“十三五”的收官之年,某某高速建成通车。", 2020),
        # which year is which, said the year before as often; a middle year; a goal "by" it
        ("2025年是“十四五”收官之年。", None),
        ("在“十四五”关键之年,某某铁路加快建设。", None),
        ("要在“十四五”收官之年打下坚实基础。", None),
    ],
)
def test_plan_time_year(text: str, year: int | None) -> None:
    assert plan_time_year(text) == year


@pytest.mark.parametrize(
    ("text", "year", "source"),
    [
        # weak evidence: the document's year when the text names it in no stronger way
        ("某县交通进展\n据悉,2024年1—8月某县完成交通投资20亿元。年底前将建成某某大道。", 2024, "lead"),
        ("某州交通回顾\n在“十四五”规划收官之年,某某高速建成通车,年内还将开工某某公路。", 2025, "lead"),
        # a stronger year of the text wins over it, and it over the file name
        ("关于印发2023年重点项目名单的通知\n2022年1—9月完成投资50亿元。", 2023, "title"),
        # a media label of this year's session of the people's congresses, the year written without 年
        ("代表谈交通\n在3月8日进行的2018全国两会某省代表团开放日上,某代表介绍了某某机场。", 2018, "meeting"),
        ("聚焦2024两会|某代表:加快某某铁路建设\n今年将力争开工。", 2024, "meeting"),
        # with 年, a text may look back on the session: not read
        ("某市枢纽\n2027年某省两会政府工作报告提出,支持某市建设物流枢纽。", 2027, "lead"),
        ("某委员谈铁路\n2024年全国两会期间,某委员提交了建议。今年两会上他继续关注交通。", None, None),
        # a headline's goal year and the year's session label disagree: no year rather than the goal's
        ("2030年,到某省各县旅游可乘飞机\n在3月8日进行的2018全国两会某省代表团开放日上,某代表介绍。", None, None),
    ],
)
def test_document_year_from_text(text: str, year: int | None, source: str | None) -> None:
    meta = read_meta(text, name="新闻.txt")
    assert (meta.year, meta.year_source) == (year, source)


def test_weak_evidence_does_not_override_file_name_when_absent() -> None:
    # no evidence in the text: the file name's year, as before
    meta = read_meta("某县交通进展\n某某大道年底前建成。", name="某县交通_2021.txt")
    assert (meta.year, meta.year_source) == (2021, "filename")
