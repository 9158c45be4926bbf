"""An annual plan's lists of completions, year leads later in a paragraph, and a plan's whole year (issue 11 item 3).

Target years on the classes of unseen text found on the tuning splits (issue #11 item 3).

Every sentence here is invented; none is copied from a document of the blind sets. Each class has
negatives: sentences of nearby shape where the rule must not fire (a year is given only where the text
binds it to the item's completion). Documents are read as uploads are (:func:`file_years`): an annual
plan's year comes from its title.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import file_years, years_of

_PLAN = "2023年全省交通运输工作要点\n"
_FIVE_YEAR = "某省“十四五”综合交通运输发展规划\n"


# an annual plan's line introducing a list of completions ("建成通车3条高速公路:"), its entries named line by
# line, each headed by its item's name ("A高速:全长…") or numbered: the plan's year is every entry's target
# (fresh9 t: four roads under "建成通车N大高速公路:" in a report of a year's plan)
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        (_PLAN + "建成通车3条高速公路:\n枫林高速:全长45公里,双向四车道。\n竹园高速:起于竹园镇,止于石桥镇。\n",
         "竹园高速", (2023, None)),
        (_PLAN + "建成通车3条高速公路:\n枫林高速:全长45公里,双向四车道。\n竹园高速:起于竹园镇,止于石桥镇。\n",
         "枫林高速", (2023, None)),
        (_PLAN + "全年建成以下项目:\n1.枫林至竹园高速公路,全长45公里。\n2.石桥港区二期工程,新建泊位4个。\n",
         "石桥港区二期", (2023, None)),
        # negatives: a list of starts (the plan's start year, part y33), a plan of several years, an item not
        # heading its line, a line between the entries that is none, and a list introduced by no milestone
        (_PLAN + "新开工2条高速公路:\n枫林高速:全长45公里,双向四车道。\n", "枫林高速", (None, 2023)),
        (_FIVE_YEAR + "建成通车3条高速公路:\n枫林高速:全长45公里,双向四车道。\n", "枫林高速", (None, None)),
        (_PLAN + "建成通车3条高速公路:\n厅负责人介绍:枫林高速全长45公里,双向四车道。\n", "枫林高速", (None, None)),
        (_PLAN + "建成通车3条高速公路:\n全省高速公路通车里程将超过8000公里。\n枫林高速:全长45公里。\n",
         "枫林高速", (None, None)),
        (_PLAN + "重点推进以下项目:\n枫林高速:全长45公里,双向四车道。\n", "枫林高速", (None, None)),
    ],
)
def test_an_annual_plans_list_of_completions_gives_its_entries_the_year(text: str, name: str, years: tuple) -> None:
    assert file_years("yaodian.txt", text, name) == years


# an annual plan's verb-first completion of works listed up to the clause's end, the list closed by 等
# ("完成A候机楼和B四期改扩建等"): each item's completion in the plan's year (fresh9 u)
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        (_PLAN + "同时,将完成枫林机场候机楼和竹园机场四期改扩建等。\n", "枫林机场", (2023, None)),
        (_PLAN + "同时,将完成枫林机场候机楼和竹园机场四期改扩建等。\n", "竹园机场", (2023, None)),
        (_PLAN + "完成枫林至竹园高速公路建设等,全省高速公路里程突破8000公里。\n", "枫林至竹园高速公路", (2023, None)),
        # negatives: a step of the works or their studies closing the list, a verb of progress, a plan of
        # several years
        (_PLAN + "同时,将完成枫林机场和竹园机场改扩建等前期工作。\n", "枫林机场", (None, None)),
        (_PLAN + "同时,将完成枫林机场和竹园机场征地拆迁等。\n", "枫林机场", (None, None)),
        (_PLAN + "同时,将加快推进枫林机场候机楼和竹园机场四期改扩建等。\n", "枫林机场", (None, None)),
        (_FIVE_YEAR + "同时,将完成枫林机场候机楼和竹园机场四期改扩建等。\n", "枫林机场", (None, None)),
    ],
)
def test_a_completion_of_works_closed_by_deng_is_the_plans(text: str, name: str, years: tuple) -> None:
    assert file_years("yaodian.txt", text, name) == years


# 完成 with the item named before a step of the works, their studies or money ("力争2024年完成X前期工作",
# "明年完成X路基施工", "完成X征地拆迁", "完成X投资5亿元"): a step done, not the item's completion. The step
# word lies after the item, past the span before the item the years were read in (fresh5 m: "明年可以完成
# X段土建工程" gave the section a target)
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("力争2024年完成枫林至竹园高速公路前期工作。", "枫林至竹园高速公路", (None, None)),
        ("今年将完成枫林至竹园高速公路工可编制。", "枫林至竹园高速公路", (None, None)),
        ("2024年完成枫林高速公路路基施工,全线进入路面施工。", "枫林高速公路", (None, None)),
        ("明年可以完成枫林高速公路土建工程。", "枫林高速公路", (None, None)),
        ("力争2024年完成枫林至竹园高速公路可研批复。", "枫林至竹园高速公路", (None, None)),
        ("预计2024年完成枫林水库主体工程。", "枫林水库", (None, None)),
        ("2024年将完成枫林水库投资5亿元。", "枫林水库", (None, None)),
        # positives kept: the works themselves done, named after the item or not at all, or before a later
        # item's step, and 完成 told after the works
        ("力争2024年完成枫林至竹园高速公路建设。", "枫林至竹园高速公路", (2024, None)),
        ("力争2024年完成枫林至竹园高速公路。", "枫林至竹园高速公路", (2024, None)),
        ("2024年完成枫林大桥改造。", "枫林大桥", (2024, None)),
        ("力争2024年完成枫林至竹园高速公路建设和竹园大桥前期工作。", "枫林至竹园高速公路", (2024, None)),
        ("枫林水库2024年建设完成,总投资5亿元。", "枫林水库", (2024, None)),
    ],
)
def test_a_step_done_after_the_item_is_no_completion(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years


# an opening on the report's own day, even announced ("X将于今天下午两点正式通车", a dateline "10月20日," and
# "将于10月20日下午…通车"), is the news of the event: a completion, no target (fresh14 e: a report of the day of
# the opening). A day still ahead of the report keeps its year
_DAY = dt.date(2020, 10, 20)


@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        ("10月20日,记者从市交通局获悉,枫林至竹园高速公路将于10月20日下午两点正式通车。", _DAY, (None, None)),
        ("10月20日,记者从市交通局获悉,枫林至竹园高速公路将于10月20日下午两点正式通车。", None, (None, None)),
        ("枫林至竹园高速公路将于今天下午两点正式通车。", _DAY, (None, None)),
        ("10月20日,枫林至竹园高速公路将正式通车。", _DAY, (None, None)),
        # negatives: a later day, announced in the dateline's sentence or opening it, and a deadline
        ("10月20日,记者从市交通局获悉,枫林至竹园高速公路将于10月28日正式通车。", _DAY, (2020, None)),
        ("10月28日,枫林至竹园高速公路将正式通车。", _DAY, (2020, None)),
        ("枫林至竹园高速公路计划今年10月20日建成通车。", dt.date(2020, 6, 1), (2020, None)),
    ],
)
def test_an_opening_on_the_reports_own_day_is_news(text: str, date: dt.date | None, years: tuple) -> None:
    assert years_of(text, "枫林至竹园高速公路", date=date) == years


# a span of 年度 names the years of an award, an assessment or a statistic ("荣获2017-2018年度大禹奖"), not the
# works' span (fresh14 e: a reservoir given start 2017 and target 2018 by its award)
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("经评审,枫林水库工程荣获2017-2018年度中国水利工程优质奖。", (None, None)),
        ("枫林水库工程2017-2018年度完成投资3亿元。", (None, None)),
        # negatives: a span of the works, labelled or heading the clause
        ("枫林水库工程建设年限为2021-2024年。", (2024, 2021)),
        ("2021—2024年实施枫林水库工程。", (2024, 2021)),
    ],
)
def test_a_span_of_nian_du_is_no_works_span(text: str, years: tuple) -> None:
    assert years_of(text, "枫林水库") == years


# a year lead ("报告指出,2023年,某市将…") heading a later sentence of the paragraph, after the news of the meeting or
# report it comes from, frames the sentences after it like one heading the paragraph (fresh14 e, fresh13 c: a
# government report's year told after "…作政府工作报告。")
_OPENING = "1月24日上午,某市人民代表大会开幕。市长作政府工作报告。"


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        (_OPENING + "报告指出,2023年,某市将开工一批项目。开工枫林高铁,建成竹园铁路。", "竹园铁路", (2023, None)),
        (_OPENING + "报告指出,2023年,某市将开工一批项目。开工枫林高铁,建成竹园铁路。", "枫林高铁", (None, 2023)),
        # negatives: a time word of its own between, a lead reviewing a past year before a goal ahead, a lead
        # after the item's sentence, a sentence turning to the next step
        (_OPENING + "报告指出,2023年,某市将开工一批项目。2026年前建成竹园铁路。", "竹园铁路", (2026, None)),
        (_OPENING + "报告指出,2022年,某市开工一批项目。将加快建成竹园铁路。", "竹园铁路", (None, None)),
        (_OPENING + "将加快建成竹园铁路。报告指出,2023年,某市将开工一批项目。", "竹园铁路", (None, None)),
        (_OPENING + "报告指出,2023年,某市将开工一批项目。下一步,建成竹园铁路。", "竹园铁路", (None, None)),
    ],
)
def test_a_year_lead_later_in_the_paragraph_frames_what_follows(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years


def test_a_later_years_statement_frames_nothing() -> None:
    # a year heading a statement of that year, not announcing a plan, frames no later sentence
    text = _OPENING + "2023年,机场扩能。确保竹园铁路建成通车。"
    assert years_of(text, "竹园铁路") == (None, None)


# a later clause whose milestone has an object of its own, another item, sets that item's year, not the year of
# the item before it ("X计划2027年开工建设,2026年将建成Y": 2026 is Y's); a later clause without an object of its
# own still speaks of the item before it ("X加快建设,力争2026年建成通车")
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("枫林铁路计划2027年开工建设,2026年将建成竹园大桥。", "枫林铁路", (None, 2027)),
        ("枫林铁路计划2027年开工建设,2026年将建成竹园大桥。", "竹园大桥", (2026, None)),
        ("枫林铁路计划明年开工建设,今年将建成竹园大桥。", "枫林铁路", (None, 2024)),
        ("枫林高速公路加快建设,2026年将建成石桥港区。", "枫林高速公路", (None, None)),
        # negatives: the later clause's milestone has no object of its own
        ("枫林高速公路加快建设,力争2026年建成通车。", "枫林高速公路", (2026, None)),
        ("枫林高速公路加快建设,力争年内建成通车,竹园大桥也将开工。", "枫林高速公路", (2023, None)),
    ],
)
def test_a_later_milestone_with_its_own_object(text: str, name: str, years: tuple[int | None, int | None]) -> None:
    assert years_of(text, name) == years


# 全年 ("the whole year") of a plan is the document's year, as 今年 is ("全年计划建成A和B"); a year written before
# it is that year's ("2022年全年建成A", a review), and a statistic of the year names no item
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("全年计划建成枫林铁路和竹园大桥。", "枫林铁路", (2023, None)),
        ("全年计划建成枫林铁路和竹园大桥。", "竹园大桥", (2023, None)),
        ("全年力争开工建设枫林铁路。", "枫林铁路", (None, 2023)),
        # negatives
        ("2021年全年建成枫林铁路,完成投资50亿元。", "枫林铁路", (None, None)),
        ("全年完成投资50亿元,枫林铁路加快建设。", "枫林铁路", (None, None)),
    ],
)
def test_the_whole_year_of_a_plan(text: str, name: str, years: tuple[int | None, int | None]) -> None:
    assert years_of(text, name) == years
