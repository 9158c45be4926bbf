"""A document's year read from a numbered batch of a year's key projects its lead reports (issue 11 item 3), part y49.

Every text is invented. The class (seen on two tuning documents renamed without their year): a lead reporting that
the year's N-th batch of key projects started or was signed together ("2017年某省第三批交通重点项目集中开工动员",
"2021年某省第二批重点水网工程集中开工推进会举行"): such a batch is held and reported in its year, like a year's list,
and a lead of month and day is dated in it. Not read: a batch a text recalls past its lead, a goal ("到2025年…"),
a span of years, a batch of no key projects, or two batches of different years.
"""

from __future__ import annotations

import pytest

from geo.documents import read_meta


@pytest.mark.parametrize(
    ("text", "year", "date"),
    [
        ("10月11日,在某县某高速施工现场,2017年某省第三批交通重点项目集中开工动员。共17个项目宣布开工。", 2017, "2017-10-11"),
        ("3月31日,2021年某省第二批重点水网工程集中开工推进会(主会场)暨某市某水库工程现场推进会在某县某乡举行。", 2021,
         "2021-03-31"),
        ("某省重大项目集中开工\n记者获悉,2023年度某市第1批重大基础设施项目集中开工,总投资300亿元。", 2023, None),
        ("某区项目签约\n日前,2024年某区第二批招商引资重点产业项目集中签约。", 2024, None),
    ],
)
def test_a_batch_of_the_years_key_projects_dates_the_text(text: str, year: int, date: str | None) -> None:
    meta = read_meta(text, name="doc_003.txt")
    assert (meta.year, meta.date and meta.date.isoformat()) == (year, date)
    assert meta.year_source in ("list", "date")  # a short lead of a meeting held may be read as its dateline


@pytest.mark.parametrize(
    "text",
    [
        # a batch recalled past the lead
        "某市交通\n" + "某某大桥建设有序推进,各标段施工正酣。" * 40 + "该项目是2021年第一批重大项目集中开工仪式上开工的。",
        # a goal, a span of years
        "某市交通\n到2025年第三批重点项目全部建成投用。",
        "某市交通\n2021—2023年第二批重点项目共45个。",
        # a batch of no key projects
        "某市交通\n2022年第二批农村公路改造计划下达。",
        # batches of two years at odds
        "某市交通\n2022年第三批重点项目和2023年第一批重点项目同日开工。",
    ],
)
def test_no_year_from_a_batch(text: str) -> None:
    meta = read_meta(text, name="doc_003.txt")
    assert (meta.year, meta.year_source) == (None, None)
