"""The document's own year from its text when its file name says nothing (issue 11 item 3).

Every sentence here is invented; none is copied from a document of the blind sets. Each class has
negatives: sentences of nearby shape where the rule must not fire. The files are named ``doc_000.txt``
(no year), as an upload may be, so every relative year is read against the year the text gives itself.
The classes, read as weak evidence (only when the text names its year in no stronger way, and only when
all of it agrees): a count up to a year's end, a present amount compared with a named year in a
paragraph of the present, a part of a year's goals met ahead of time, this year's end followed by the
next year's start, a part reviewing the year before.
"""

from __future__ import annotations

import pytest
from extract_helpers import UNNAMED, doc_year, file_years

from geo.documents.year_cues import ahead_year, compared_year, review_year, turn_year, until_year

# --- a count up to a year's end: the text is of the year after -------------------------------------------

@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("截至2019年底,全市铁路运营里程达到2300公里,高速公路通车里程约3200公里。", 2020),
        ("截至2016年末,全省共有等级客运站1000个。", 2017),
        ("截至2021年12月底,枫林港累计完成集装箱吞吐量50万标箱。", 2022),
        ("截至2022年12月31日,全县农村公路总里程达6000公里。", 2023),
        # the same year's end counted twice
        ("截至2019年底,全市建成高速公路3200公里;截至2019年底,建成铁路2300公里。", 2020),
    ],
)
def test_a_count_up_to_a_years_end(text: str, year: int) -> None:
    assert until_year(text) == year


@pytest.mark.parametrize(
    "text",
    [
        # a goal for a year's end: a word of intent before it or in the clause after it
        "预计截至2025年底,全市高速公路通车里程达到5000公里。",
        "截至2025年底,全市高速公路通车里程将达到5000公里。",
        "力争截至2024年底,建成农村公路2000公里。",
        # a count up to a month that is not the year's end
        "截至2022年6月底,枫林港累计完成集装箱吞吐量20万标箱。",
        # counts up to the ends of two different years
        "截至2018年底,全市建成高速公路3000公里;截至2020年底,建成铁路2300公里。",
        # a year's end that is not counted up to
        "2019年底,枫林至竹园高速公路建成通车。",
    ],
)
def test_no_count_up_to_a_years_end(text: str) -> None:
    assert until_year(text) is None


# --- a comparison with a named year in a paragraph of the present ----------------------------------------

@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("截至目前,市重大项目库共储备项目800个。印发两批重大项目方案,总投资约3000亿元,较2021年增加400亿元。", 2022),
        ("今年以来,全市交通建设提速。新开工项目45个,比2019年增加8个。", 2020),
    ],
)
def test_a_comparison_in_a_paragraph_of_the_present(text: str, year: int) -> None:
    assert compared_year(text) == year


@pytest.mark.parametrize(
    "text",
    [
        # the paragraph speaks of the present, the comparison's own sentence of another year
        "截至目前,储备项目800个。2021年完成投资300亿元,较2020年增加40亿元。",
        "目前全市交通建设提速。去年新开工项目45个,比2019年增加8个。",
        # the same months of an earlier year
        "截至目前,储备项目800个。上半年完成投资90亿元,比2021年同期增长10%。",
        # the present is in another paragraph
        "截至目前,储备项目800个。\n印发两批重大项目方案,总投资约3000亿元,较2021年增加400亿元。",
    ],
)
def test_no_comparison_year_outside_a_paragraph_of_the_present(text: str) -> None:
    assert compared_year(text) is None


# --- a part of a year's goals met ahead of time ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("3月20日,枫林水库大坝填筑至800米高程,提前10天完成2022年一季度节点目标。", 2022),
        ("竹园港二期工程提前一个月实现2021年上半年建设目标。", 2021),
        ("枫林至竹园高速公路2023年三季度目标任务已提前完成。", 2023),
        ("全市提前完成2020年全年交通投资任务。", 2020),
    ],
)
def test_a_part_of_a_years_goals_met_ahead_of_time(text: str, year: int) -> None:
    assert ahead_year(text) == year


@pytest.mark.parametrize(
    "text",
    [
        # met, but not ahead of time: it may be told in any later year
        "枫林水库完成2022年一季度节点目标。",
        # ahead of time, but a later year's goal
        "枫林水库提前完成大坝填筑,为2023年下闸蓄水打下基础。",
        # goals of two different years
        "提前完成2021年全年投资任务,提前完成2022年一季度目标。",
    ],
)
def test_no_part_of_a_years_goals_met_ahead_of_time(text: str) -> None:
    assert ahead_year(text) is None


# --- this year's end followed by the next year's start --------------------------------------------------

@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("按照计划,竹园国际机场将于今年年底建成,2021年初正式通航。", 2020),
        ("枫林水库今年底下闸蓄水,2024年一季度首台机组发电。", 2023),
        ("枫林至竹园铁路今年年底完成铺轨,2026年春节前开通运营。", 2025),
    ],
)
def test_this_years_end_then_the_next_years_start(text: str, year: int) -> None:
    assert turn_year(text) == year


@pytest.mark.parametrize(
    "text",
    [
        # a later part of the named year: not necessarily the next one
        "竹园国际机场将于今年年底建成,2021年5月正式通航。",
        # the named year comes first
        "2021年初竹园国际机场正式通航,今年年底建成航站楼二期。",
        # another sentence
        "竹园国际机场将于今年年底建成。2021年初,枫林机场开工。",
        # this year's start, not its end
        "竹园国际机场今年初开工,2021年初建成。",
    ],
)
def test_no_turn_of_the_year(text: str) -> None:
    assert turn_year(text) is None


# --- in the document: weak evidence, read when the text names its year in no stronger way ----------------

def test_the_classes_date_an_undated_text() -> None:
    assert doc_year("某市交通建设\n截至2019年底,全市高速公路通车里程约3200公里。今年将建成枫林至竹园高速公路。") == (2020, "lead")
    assert doc_year("某市水利建设\n提前10天完成2022年一季度节点目标。") == (2022, "lead")
    assert doc_year("某市机场建设\n竹园国际机场将于今年年底建成,2021年初正式通航。") == (2020, "lead")
    # the text's own year beats the file name's
    assert doc_year("某市交通建设\n截至2019年底,全市高速公路通车里程约3200公里。", "jiaotong_2018.txt") == (2020, "lead")


def test_the_classes_yield_to_stronger_evidence_and_to_disagreement() -> None:
    # a document number is stronger: the count up to a year's end neither replaces it nor makes it ambiguous
    assert doc_year("某市交通局文件\n某交发〔2022〕12号\n截至2019年底,全市高速公路通车里程约3200公里。") == (2022, "doc_number")
    # two weak readings that disagree give none: the file name's year is read
    text = "某市交通建设\n截至2019年底,全市高速公路通车里程约3200公里。\n提前完成2022年一季度节点目标。"
    assert doc_year(text) == (None, None)
    assert doc_year(text, "jiaotong_2018.txt") == (2018, "filename")


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        # a relative completion resolves against the year a count up to the year before's end gives
        ("截至2019年底,全市高速公路通车里程约3200公里。枫林至竹园高速公路力争今年底建成通车。",
         "枫林至竹园高速公路", (2020, None)),
        # and against the year of a goal met ahead of time
        ("3月20日,枫林水库提前10天完成2022年一季度节点目标,预计年底下闸蓄水。", "枫林水库", (2022, None)),
        # and against this year's end before the next year's start
        ("按照计划,竹园国际机场将于今年年底建成,2021年初正式通航。", "竹园国际机场", (2020, None)),
    ],
)
def test_relative_years_resolve_against_the_year_the_text_gives(text: str, name: str, years: tuple) -> None:
    assert file_years(UNNAMED, "某某工程进展\n" + text, name) == years


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a goal for a year's end gives no year of the text: its relative years stay unread
        ("预计截至2025年底,全市高速公路通车里程达到5000公里。枫林至竹园高速公路力争今年底建成通车。", "枫林至竹园高速公路"),
        # a goal met, not ahead of time
        ("枫林水库完成2022年一季度节点目标,预计年底下闸蓄水。", "枫林水库"),
    ],
)
def test_relative_years_stay_unread_without_the_texts_year(text: str, name: str) -> None:
    assert file_years(UNNAMED, "某某工程进展\n" + text, name)[0] is None


# --- a part reviewing the year before: the report is of the year after ----------------------------------

@pytest.mark.parametrize(
    ("lines", "year"),
    [
        (["政府工作报告", "一、2022年工作回顾", "过去一年,全市建成高速公路100公里。"], 2023),
        (["(一)2019年交通运输工作回顾", "全年完成交通投资500亿元。"], 2020),
        (["2020年工作回顾"], 2021),
        (["在过去的2022年,全省交通投资完成1000亿元。"], 2023),
        (["刚刚过去的2018年,枫林港吞吐量创新高。", "过去的2018年是不平凡的一年。"], 2019),
    ],
)
def test_a_part_reviewing_the_year_before(lines: list[str], year: int) -> None:
    assert review_year(lines) == year


@pytest.mark.parametrize(
    "lines",
    [
        # a review named inside a sentence, not a heading of its own
        ["会议回顾了2022年工作回顾情况,部署了今年的任务。"],
        # a year's summary: written at its end as often as after it
        ["2022年工作总结"],
        # a part setting out a year's work, not reviewing it
        ["二、2023年工作安排"],
        # two different years reviewed
        ["一、2021年工作回顾", "过去的2022年,全省交通投资完成1000亿元。"],
    ],
)
def test_no_part_reviewing_a_year(lines: list[str]) -> None:
    assert review_year(lines) is None


def test_a_review_part_dates_the_plan_after_it() -> None:
    text = "政府工作报告\n一、2022年工作回顾\n过去一年,全市建成高速公路100公里。\n二、今年工作安排\n今年,全市将建成枫林至竹园高速公路。"
    assert doc_year(text) == (2023, "lead")
    assert file_years(UNNAMED, text, "枫林至竹园高速公路") == (2023, None)


def test_a_comparisons_present_is_the_one_named_right_before_it() -> None:
    # the word of the present comes after the comparison, or far before it in a long paragraph: not read
    assert compared_year("新开工项目45个,比2019年增加8个。目前全市交通建设提速。") is None
    far = "截至目前,储备项目800个。" + "全市交通建设提速,枫林至竹园高速公路加快建设。" * 10
    assert compared_year(far + "新开工项目45个,比2019年增加8个。") is None
