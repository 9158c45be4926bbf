"""Years from the file name or the text, milestones told or wished, and starts in reports and plans (issue 11 item 3).

Target and start years: classes of text seen in several tuning splits at once (issue #11 item 3).

Every sentence here is invented; none is copied from a document of the blind sets. Each class has
negatives: sentences of nearby shape where the rule must not fire.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import pytest
from extract_helpers import file_years as _file_years
from extract_helpers import source as _source
from extract_helpers import years_of as _years_of

from geo.documents.read import read_document
from geo.extract import extract

DATE = dt.date(2022, 6, 12)

#: The extract_helpers readers with this file's document date (a test may still pass its own).
source = functools.partial(_source, date=DATE)
years_of = functools.partial(_years_of, date=DATE)


def file_years(file_name: str, text: str, name: str) -> tuple[int | None, int | None]:
    """Return (target_year, start_year) of ``name`` in an undated file ``file_name`` holding ``text``."""
    return _file_years(file_name, "某某工程进展\n" + text, name)


# an undated document whose text names years of other things (a history, a goal) is of its file name's
# year: 今年/明年/年底 resolve against it, and a completion of an earlier year is told, not a goal
@pytest.mark.parametrize(
    ("file_name", "text", "name", "years"),
    [
        ("jindu_2019.txt", "柳溪水库2016年开工,今年底可望实现下闸蓄水。", "柳溪水库", (2019, 2016)),
        ("jihua-2018.txt", "2015年以来,全省建成高速公路800公里。今年我省还将建成枫林至竹园高铁,明年将建成"
         "竹园至石门高铁。", "竹园至石门高铁", (2019, None)),
        ("huigu_2024.txt", "2022年,枫林至竹园高速公路建成通车。", "枫林至竹园高速公路", (None, None)),
        # negatives: a name without a year, or with two, leaves 今年 unresolved and the past unjudged
        ("jindu.txt", "柳溪水库2016年开工,今年底可望实现下闸蓄水。", "柳溪水库", (None, 2016)),
        ("2021-2025.txt", "柳溪水库2016年开工,今年底可望实现下闸蓄水。", "柳溪水库", (None, 2016)),
        # the text's own year (its title's) wins over the name's
        ("jindu_2019.txt", "柳溪水库今年底可望实现下闸蓄水。\n", "柳溪水库", (2019, None)),
    ],
)
def test_an_undated_document_takes_its_file_names_year(file_name: str, text: str, name: str, years: tuple) -> None:
    assert file_years(file_name, text, name) == years


def test_the_texts_own_year_wins_over_the_file_name() -> None:
    src = read_document(Path("jindu_2019.txt"), data="2021年交通工作要点\n柳溪水库今年底下闸蓄水。".encode())
    (ent,) = [e for e in extract(src) if e.name == "柳溪水库"]
    assert ent.mentions[0].target_year == 2021


# a milestone closed by the perfective 了 is a completion told, not a goal of the report's year
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("今年全市还建成通车了枫林至竹园高速、竹园至石门高速等项目,全年通车里程达到161公里。", "竹园至石门高速", (None, None)),
        ("今年,枫林至竹园高速公路建成通车了。", "枫林至竹园高速公路", (None, None)),
        # negatives: the same sentence without 了, with a word of intent, or with a deadline
        ("今年全市建成通车枫林至竹园高速、竹园至石门高速等项目。", "竹园至石门高速", (2022, None)),
        ("今年全市将建成通车枫林至竹园高速、竹园至石门高速等项目。", "竹园至石门高速", (2022, None)),
        ("今年,枫林至竹园高速公路将建成通车。", "枫林至竹园高速公路", (2022, None)),
    ],
)
def test_a_perfective_milestone_is_told_not_aimed(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years


# a milestone wished "as soon as possible" (早日, 尽快, 尽早) names no time: the news date opening the
# sentence dates the works it reports, not that milestone (dev k, fresh8 r)
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("2月21日,由某公司承建的枫林至竹园高速公路各标段正在忙碌施工,加快工程建设进度,确保工程早日建成投用。",
         "枫林至竹园高速公路", (None, None)),
        ("2月21日,枫林至竹园高速公路各标段正在忙碌施工,力争尽快实现全线通车。", "枫林至竹园高速公路", (None, None)),
        ("3月18日,枫林高铁铺轨施工正式启动,为枫林高铁全线早日开通运营奠定基础。", "枫林高铁", (None, None)),
        # negatives: a dated milestone ahead, and a deadline in the later clause, keep their year
        ("12月26日,枫林至竹园高速公路将建成通车。", "枫林至竹园高速公路", (2022, None)),
        ("2月21日,枫林至竹园高速公路各标段正在忙碌施工,确保年底建成投用。", "枫林至竹园高速公路", (2022, None)),
    ],
)
def test_a_milestone_wished_soon_takes_no_date(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years


# a news report of the year's tasks, said by a headline run over short lines ("今年A、B等项目要建成") or
# by a lead ("部署2020年目标任务和重点工作"), is that year's plan: the completions its lines set out,
# verb first ("完工A、B", "建成C"), are of its year (fresh6 q, fresh7 r)
@pytest.mark.parametrize(
    ("file_name", "text", "name", "years"),
    [
        ("jiaotong_2018.txt", "好消息来啦!\n今年枫林、竹园铁路等重大项目要建成\n机场\n完成柳溪机场扩能改造\n"
         "铁路\n建成石门铁路、青山铁路\n", "青山铁路", (2018, None)),
        ("jiaotong_2018.txt", "好消息来啦!\n今年枫林、竹园铁路等重大项目要建成\n机场\n完成柳溪机场扩能改造\n",
         "柳溪机场", (2018, None)),
        ("quxian_2020.txt", "各区县部署2020年目标任务和重点工作。\n枫林区\n完工石门大桥、青山大桥;完工柳溪立交。\n",
         "柳溪立交", (2020, None)),
        # negatives: lines run together, an item after another verb; a lead of another year's tasks;
        # a report without such a headline or lead
        ("jiaotong_2018.txt", "好消息来啦!\n今年枫林、竹园铁路等重大项目要建成\n铁路\n建成石门铁路\n"
         "加快推进青山铁路扩能改造\n", "青山铁路", (None, None)),
        ("quxian_2020.txt", "各区县部署2021年目标任务和重点工作。\n枫林区\n完工石门大桥、青山大桥。\n",
         "青山大桥", (None, None)),
        ("quxian_2020.txt", "枫林区交通建设\n枫林区\n完工石门大桥、青山大桥。\n", "青山大桥", (None, None)),
    ],
)
def test_a_report_of_the_years_tasks_dates_its_completions(
    file_name: str, text: str, name: str, years: tuple,
) -> None:
    assert file_years(file_name, text, name) == years


# a start told as news of a fact (正式开工, 集中开工的项目包括…, 开工仪式举行, 标志着…开工) without a year of its own
# is of the report's year: its start year (dev f, fresh2 g, fresh3 h, fresh7 r/s, fresh8 s)
@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("枫林至竹园高速公路正式开工建设。", "枫林至竹园高速公路", (None, 2022)),
        ("本次集中开工的11个重点水利工程包括枫林水库、竹园水库等。", "竹园水库", (None, 2022)),
        ("今天上午,柳溪水资源配置工程全线开工活动举行,标志着该工程进入全面建设阶段。", "柳溪水资源配置工程", (None, 2022)),
        # negatives: a start set as a task (开工建设X in a plan), a start ahead (将, 计划), a start of
        # a review's past year, a start already under way long ago
        ("开工建设枫林至竹园高速公路、竹园至石门高速公路等项目。", "竹园至石门高速公路", (None, None)),
        ("枫林至竹园高速公路将于近期正式开工建设。", "枫林至竹园高速公路", (None, None)),
        ("2021年以来,枫林至竹园高速公路正式开工建设。", "枫林至竹园高速公路", (None, None)),
        ("枫林至竹园高速公路于2017年正式开工建设。", "枫林至竹园高速公路", (None, 2017)),
    ],
)
def test_a_start_told_as_news_is_of_the_reports_year(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years


def test_a_start_in_a_plan_of_several_years_takes_no_year() -> None:
    text = "“十四五”期间,枫林至竹园高速公路正式开工建设。"
    assert years_of(text, "枫林至竹园高速公路") == (None, None)


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        # a span of years heading the sentence is a window: an item whose own clause starts it (开工) is
        # started within it, with no completion year; an item it completes or builds takes the span
        ("2021~2023年,建成枫林高速等10条高速公路,开工建设竹园铁路、柳溪铁路。", "柳溪铁路", (None, None)),
        ("2021—2023年,开工建设竹园铁路。", "竹园铁路", (None, None)),
        ("2021~2023年,建成枫林高速等10条高速公路,开工建设竹园铁路、柳溪铁路。", "枫林高速", (2023, 2021)),
        ("2021—2023年,建设竹园铁路。", "竹园铁路", (2023, 2021)),
    ],
)
def test_a_start_in_a_leading_span_of_years_takes_no_completion_year(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years
