"""A document's year from an annual event its title or lead labels with the year written without 年 (issue 11 item 3), part y49.

Every text is invented. The class (seen on two tuning documents renamed without their year, and read already for the
national session, "2018全国两会"): a session or a conference, forum or fair the media label with its year, a
municipality's session named without 省/市 ("2026重庆两会期间"), a conference named by its year and its place
("2023中国(某市)物流产业发展大会"): the coverage of this year's event, given in its year. Not read: a year with 年 (a text
may look back), an amount or a number ("2023万元", "2024号"), a campaign (大会战), a label past the lead.
"""

from __future__ import annotations

import pytest

from geo.documents import read_meta


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("某港物流中心\n2026重庆两会期间,市人大代表某某建议加快建设某港物流集散中心。", 2026),
        ("某市物流枢纽\n——2023中国(某市)物流产业发展大会侧记\n某市正加快建设物流枢纽。", 2023),
        ("某省交通\n在2019中国国际某某博览会上,某省签约交通项目12个。", 2019),
        ("某代表谈机场\n2018某省两会|代表建议加快某某机场建设。", 2018),
    ],
)
def test_an_event_labelled_with_its_year_dates_the_text(text: str, year: int) -> None:
    meta = read_meta(text, name="doc_021.txt")
    assert (meta.year, meta.year_source) == (year, "meeting")


@pytest.mark.parametrize(
    "text",
    [
        # with 年, a look back
        "某港物流中心\n2024年重庆两会期间,代表提交了建议。",
        # an amount or a number before a meeting's name
        "某县交通\n县里投入2023万元建设会展中心,用于举办各类大会。",
        "某市交通\n第2024号建议由某某大会转交办理。",
        # a campaign runs for years
        "某市交通\n2014交通大会战打响以来,全市建成高速公路500公里。",
        # a label past the lead: the text may recall an old event
        "某市物流\n" + "某物流园建设有序推进,各项工作进展顺利。" * 40 + "该园曾在2019某物流博览会上签约。",
    ],
)
def test_no_year_from_other_numbers(text: str) -> None:
    meta = read_meta(text, name="doc_021.txt")
    assert (meta.year, meta.year_source) == (None, None)
