"""Invented near-negatives of the target-year readers: a year sits near the item but is not its target (issue #11
item 3, precision on unseen text).

Every sentence here is invented; none is copied from a document. Each class has its negatives (no target year) and
the positives of nearby shape the reader must keep. The document date is 2023-06-12 unless a case gives its own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import plain, years_of

from geo.extract import extract

#: An annual plan's date: early in the year it sets out.
PLAN_DATE = dt.date(2023, 2, 10)


def titled_years(text: str, name: str, *, date: dt.date) -> tuple[int | None, int | None]:
    """Return (target_year, start_year) of the first mention of ``name`` in ``text``, whose first line is its title."""
    ents = {e.name: e for e in extract(plain(text, date=date))}
    assert name in ents, f"{name} not in {sorted(ents)}"
    m = ents[name].mentions[0]
    return m.target_year, m.start_year


# a completion dated by a month of the report's own year already past is a fact told, as with its year written out
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("枫林至竹园高速公路于今年3月建成通车,沿线群众出行更加便捷。", (None, None)),
        ("枫林至竹园高速公路今年3月建成通车以来,累计车流量突破100万辆。", (None, None)),
        ("今年1月建成通车的枫林至竹园高速公路,车流量稳步增长。", (None, None)),
        ("枫林至竹园高速公路今年6月8日建成通车。", (None, None)),
        # positives: a month still ahead, a word of intent or a deadline, the year's end
        ("枫林至竹园高速公路今年12月建成通车。", (2023, None)),
        ("枫林至竹园高速公路力争今年3月建成通车。", (2023, None)),
        ("枫林至竹园高速公路今年9月底前建成通车。", (2023, None)),
        ("枫林至竹园高速公路今年底建成通车。", (2023, None)),
    ],
)
def test_a_month_of_the_reports_year_past_is_a_fact(text: str, years: tuple) -> None:
    assert years_of(text, "枫林至竹园高速公路") == years


# an anniversary of a completion is no completion: the year is the anniversary's
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("今年,枫林铁路建成通车一周年。", (None, None)),
        ("2023年是枫林铁路开通运营十周年。", (None, None)),
        ("枫林铁路今年迎来通车三周年。", (None, None)),
        # positives: the completion itself
        ("今年,枫林铁路将建成通车。", (2023, None)),
        ("枫林铁路今年底开通运营,届时将迎来客流高峰。", (2023, None)),
    ],
)
def test_an_anniversary_is_no_completion(text: str, years: tuple) -> None:
    assert years_of(text, "枫林铁路") == years


# 运营 as the service run (运营服务, 运营平稳) is not the line's opening; a step of resettlement is not its completion
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("2023年交通运输工作要点\n提升枫林铁路运营服务水平。", "枫林铁路", (None, None)),
        ("2023年交通运输工作要点\n枫林铁路运营平稳有序。", "枫林铁路", (None, None)),
        ("2023年交通运输工作要点\n保障枫林铁路安全运营。", "枫林铁路", (None, None)),
        # positives: the opening, in the plan's year or a year of its own
        ("2023年交通运输工作要点\n建成竹园大桥,枫林铁路通车运营。", "枫林铁路", (2023, None)),
        ("2023年交通运输工作要点\n枫林铁路力争建成运营。", "枫林铁路", (2023, None)),
    ],
)
def test_the_service_run_is_no_opening(text: str, name: str, years: tuple) -> None:
    assert titled_years(text, name, date=PLAN_DATE) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("柳溪水库今年完成移民安置,计划2025年下闸蓄水。", (2025, None)),
        ("柳溪水库年内完成移民安置工作。", (None, None)),
        # positive: the works done
        ("柳溪水库年内完成建设。", (2023, None)),
    ],
)
def test_resettlement_is_a_step(text: str, years: tuple) -> None:
    assert years_of(text, "柳溪水库") == years


# an annual plan's completion the item is only the attribute or the modifier of, or a task around the completion
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2023年交通运输工作要点\n依托建成的枫林铁路,发展沿线旅游。", (None, None)),
        ("2023年交通运输工作要点\n建成通车的枫林铁路运营平稳。", (None, None)),
        ("2023年交通运输工作要点\n建成以枫林铁路为骨架的综合交通网。", (None, None)),
        ("2023年交通运输工作要点\n建成连接枫林铁路的竹园大桥。", (None, None)),
        ("2023年交通运输工作要点\n做好枫林铁路开通运营准备工作。", (None, None)),
        ("今年全省将建成5条高速公路\n新建成的竹园大桥与枫林铁路相连。", (None, None)),
        # positives: the plan's completion of the item itself
        ("2023年交通运输工作要点\n建成枫林铁路,新开工柳溪水库。", (2023, None)),
        ("2023年交通运输工作要点\n建成竹园大桥、枫林铁路。", (2023, None)),
        ("2023年交通运输工作要点\n建成枫林铁路并开通运营。", (2023, None)),
        ("2023年交通运输工作要点\n开展枫林铁路竣工验收。", (2023, None)),
    ],
)
def test_an_annual_plans_completion_of_another_thing(text: str, years: tuple) -> None:
    assert titled_years(text, "枫林铁路", date=PLAN_DATE) == years


# a title reporting how a year's plan went names no plan: its completions are facts of that year
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        ("2022年重点项目建设完成情况\n枫林铁路建成通车,柳溪水库开工建设。", dt.date(2022, 12, 28), (None, None)),
        ("2022年重点工作完成情况\n建成枫林铁路,开工柳溪水库。", dt.date(2022, 12, 28), (None, None)),
        ("2023年上半年重点项目推进情况\n建成枫林铁路,开工柳溪水库。", dt.date(2023, 7, 10), (None, None)),
        ("关于2022年重点工作落实情况的报告\n建成枫林铁路,开工柳溪水库。", dt.date(2022, 12, 28), (None, None)),
        ("2022年交通运输工作总结\n建成枫林铁路,开工柳溪水库。", dt.date(2022, 12, 28), (None, None)),
        # positives: the plan itself, and a government's work report setting its year's goals
        ("2023年重点项目计划\n建成枫林铁路。", dt.date(2023, 1, 10), (2023, None)),
        ("2023年政府工作报告\n建成枫林铁路,开工柳溪水库。", dt.date(2023, 1, 10), (2023, None)),
    ],
)
def test_a_review_title_is_no_annual_plan(text: str, date: dt.date, years: tuple) -> None:
    assert titled_years(text, "枫林铁路", date=date) == years


# a numbered list, or a list's introducing line, under a lead of a year past reviews that year
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("全省交通运输工作会议召开\n记者从2023年全省交通运输工作会议上获悉。\n2022年,全省交通建设成效显著:\n"
         "1.建成竹园大桥、枫林铁路。", (None, None)),
        ("全省交通运输工作会议召开\n记者从2023年全省交通运输工作会议上获悉。\n刚刚过去的一年,建成竹园大桥、枫林铁路。",
         (None, None)),
        # positives: a lead of the plan's own year, a lead setting a goal
        ("全省交通运输工作会议召开\n记者从2023年全省交通运输工作会议上获悉。\n2023年,全省将重点抓好以下工作:\n"
         "1.建成竹园大桥、枫林铁路。", (2023, None)),
        ("全省交通运输工作会议召开\n记者从2023年全省交通运输工作会议上获悉,今年全省将建成枫林铁路。", (2023, None)),
    ],
)
def test_a_list_under_a_past_years_lead_is_a_review(text: str, years: tuple) -> None:
    assert titled_years(text, "枫林铁路", date=dt.date(2023, 1, 12)) == years


# the item's completion told as a condition: the later clauses tell what it brings, their milestones are not its own
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("枫林铁路建成后,沿线将新建物流园区,预计2025年投用。", (None, None)),
        ("枫林铁路建成通车后,竹园站2024年将开通。", (None, None)),
        # positives: a completion of its own dated later in the sentence, a condition dated
        ("枫林铁路开工建设,2025年建成后将实现半小时通达。", (2025, None)),
        ("加快推进枫林铁路建设,同步推进沿线站城一体开发,力争2025年建成。", (2025, None)),
    ],
)
def test_a_completion_told_as_a_condition(text: str, years: tuple) -> None:
    assert years_of(text, "枫林铁路") == years


# near-negatives every reader already leaves alone: statistics, past events, the plan's span, another item's year,
# a meeting's, a cited plan's, a review's heading
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("截至2023年底,枫林至竹园高速公路累计完成投资45亿元。", "枫林至竹园高速公路"),
        ("枫林铁路2022年完成投资30亿元,同比增长12%。", "枫林铁路"),
        ("2019年建成通车的枫林至竹园高速公路,极大方便了沿线群众出行。", "枫林至竹园高速公路"),
        ("自2020年枫林铁路开通以来,沿线客流增长明显。", "枫林铁路"),
        ("2021—2025年,全市交通投资将超过2000亿元,枫林铁路等项目加快推进。", "枫林铁路"),
        ("竹园大桥已于2022年建成通车,枫林至竹园高速公路正在加快建设。", "枫林至竹园高速公路"),
        ("柳溪水库2025年建成,枫林铁路加快前期工作。", "枫林铁路"),
        ("2023年全市交通工作会议提出,加快推进枫林铁路建设。", "枫林铁路"),
        ("按照《某市国土空间总体规划(2021—2035年)》,枫林铁路将建成通车。", "枫林铁路"),
        ("枫林至竹园高速公路建成后,较2019年通行时间缩短一半。", "枫林至竹园高速公路"),
        ("到2035年,枫林铁路沿线人口将达到300万。", "枫林铁路"),
        ("枫林铁路加快建设,到2025年全市铁路里程将达到500公里。", "枫林铁路"),
        ("枫林铁路正在建设,而青石高速公路已于2021年通车。", "枫林铁路"),
    ],
)
def test_a_year_near_the_item_that_is_not_its_target(text: str, name: str) -> None:
    assert years_of(text, name)[0] is None


# a service opened at the hub, a step before the opening, a step of the works: not the item's completion
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("枫林机场年内将开通至北京的航线。", "枫林机场", (None, None)),
        ("枫林港年内将开通至上海的集装箱航线。", "枫林港", (None, None)),
        ("枫林铁路年内将开通至竹园的公交线路。", "枫林铁路", (None, None)),
        ("枫林铁路今年有望实现开通运营前的联调联试。", "枫林铁路", (None, None)),
        ("枫林铁路今年将开展开通前的安全评估。", "枫林铁路", (None, None)),
        ("枫林铁路年底前将完成全线铺轨。", "枫林铁路", (None, None)),
        # positives: the hub or the line opened
        ("枫林机场年内将建成通航。", "枫林机场", (2023, None)),
        ("枫林铁路年内将开通运营。", "枫林铁路", (2023, None)),
        ("枫林铁路年底前将完成全线建设。", "枫林铁路", (2023, None)),
    ],
)
def test_a_service_or_a_step_is_no_completion(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years


# the item named as the place, the means or the frame of what its clause builds: the clause's year is that work's
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("到2025年,依托枫林铁路建成3个物流园区。", (None, None)),
        ("到2025年,建成以枫林铁路为骨架的综合交通网。", (None, None)),
        ("到2025年,枫林铁路沿线站点周边将建成10个综合体。", (None, None)),
        ("2022—2025年,枫林铁路沿线将建设3个物流园区。", (None, None)),
        ("十四五期间,枫林铁路沿线将建成5个物流园区。", (None, None)),
        ("十四五期间,依托枫林铁路建成一批物流园区。", (None, None)),
        # positives: the item built in the same frames
        ("到2025年,建成枫林铁路。", (2025, None)),
        ("到2025年,全市铁路运营里程达到500公里,枫林铁路建成通车。", (2025, None)),
        ("2022—2025年实施枫林铁路建设。", (2025, 2022)),
    ],
)
def test_the_item_as_place_or_means(text: str, years: tuple) -> None:
    assert years_of(text, "枫林铁路") == years


# another item's year: told as its attribute before it, or a later clause going on about the sentence's subject
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2025年建成的竹园大桥将连接枫林铁路。", (None, None)),
        ("预计2025年建成的竹园大桥与枫林铁路相连。", (None, None)),
        ("竹园大桥连接枫林铁路和青石高速公路,预计2025年通车。", (None, None)),
        ("竹园大桥建成后将与枫林铁路连通,预计2025年通车。", (None, None)),
        ("今年枫林铁路通车里程达到80公里。", (None, None)),
        # positives: the item's own milestone, a list sharing the year, a frame over both items' milestones
        ("今年将建成竹园大桥和枫林铁路。", (2023, None)),
        ("竹园大桥和枫林铁路预计2025年建成通车。", (2025, None)),
        ("加快推进枫林铁路建设,力争2025年建成通车。", (2025, None)),
        ("计划年内竹园大桥竣工、枫林铁路建成通车。", (2023, None)),
    ],
)
def test_another_items_year(text: str, years: tuple) -> None:
    assert years_of(text, "枫林铁路") == years


# a task table's deadline is the row's task's: the start of the works is no completion (a step before them keeps its
# deadline as the target, as the invented list of tests/data/invented codes it)
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("序号 项目名称 工作任务 完成时限\n1 枫林铁路 开工建设 2023年底", "枫林铁路", (None, 2023)),
        ("序号 项目名称 建设内容 完成时限\n1 枫林铁路 力争开工 2023年12月", "枫林铁路", (None, 2023)),
        # positives: a completion task, a row without a task, a start and a deadline column
        ("序号 项目名称 建设内容 完成时限\n1 枫林铁路 开展前期工作 2023年底\n2 竹园大桥 建成通车 2024年", "竹园大桥",
         (2024, None)),
        ("序号 项目名称 建设规模 完成时间\n1 枫林铁路 全长80公里 2025年", "枫林铁路", (2025, None)),
        ("项目名称 开工时间 完成时限\n枫林铁路 2022年 2025年", "枫林铁路", (2025, 2022)),
    ],
)
def test_a_tables_deadline_of_a_step(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years
