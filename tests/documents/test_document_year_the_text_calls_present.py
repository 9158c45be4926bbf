"""The document's own year from what its text says of the present (issue 11 item 3).

Every text is invented and every file is named "新闻.txt" (no year): the hidden set's file names may carry
none, and then every relative year of a text (今年, 年底前) hangs on a year the text gives itself. Read: the
present year's place in a numbered five-year plan ("今年是“十四五”开局之年" → 2021, "…收官之年" → 2025) and
a relative year written out beside its number ("今年(2023年)", "去年（2022年）" → 2023). Negatives: a plan's
year not said of 今年, a middle year of a plan, and two different years.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.documents import read_document, read_meta
from geo.extract import extract

NAME = "新闻.txt"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("某省交通工作会召开\n副省长指出,今年是“十四五”开局之年,要加快交通强省建设。", 2021),
        ("某市交通工作会\n会议指出,今年是十二五规划的收官之年,要科学编制十三五规划。", 2015),
        ("某县新闻\n今年是“十五五”开局之年,全县将新开工一批项目。", 2026),
        ("某县新闻\n今年是十三五的最后一年,全县交通投资再创新高。", 2020),
        ("某区新闻\n今年(2023年)全区计划完成交通投资50亿元。", 2023),
        ("某区新闻\n去年（2022年）全区完成交通投资48亿元,今年将继续加大投入。", 2023),
    ],
)
def test_the_present_year_the_text_names(text: str, year: int) -> None:
    meta = read_meta(text, name=NAME)
    assert (meta.year, meta.year_source) == (year, "lead")


@pytest.mark.parametrize(
    "text",
    [
        # a plan's last year said of a year, not of 今年: may be written the year before
        "某省规划解读\n2025年是“十四五”收官之年,全省将建成一批项目。",
        # a middle year of a plan: which of the five is not said
        "某市交通工作会\n今年是“十四五”承上启下的关键之年,要加快建设。",
        # a plan named without the present
        "某市新闻\n“十四五”开局以来,全市建成高速公路300公里。",
        # a year in brackets not beside a relative word
        "某县新闻\n某路(2023年建成)通车后,今年将再建一条。",
        # two different years give none
        "某县新闻\n今年是“十四五”开局之年。去年(2019年)全县完成投资30亿元。",
    ],
)
def test_no_present_year_where_the_text_names_none(text: str) -> None:
    meta = read_meta(text, name=NAME)
    assert meta.year is None


def test_the_present_year_named_resolves_the_texts_relative_years() -> None:
    text = "某省交通工作会召开\n会议指出,今年是“十四五”开局之年。确保竹园至石桥高速公路年底前建成通车。"
    src = read_document(Path(NAME), data=text.encode("utf-8"))
    mention = next(e for e in extract(src) if "高速" in e.name).mentions[0]
    assert mention.target_year == 2021
    # the same text without the sentence of the present gives no year, and no target
    src = read_document(Path(NAME), data=text.replace("今年是“十四五”开局之年。", "").encode("utf-8"))
    mention = next(e for e in extract(src) if "高速" in e.name).mentions[0]
    assert mention.target_year is None
