"""A goal named in a later clause, a year after a long source, and goals met or not (issue 11 item 3).

Years of unseen-text classes (issue 11 item 3), on invented sentences.

* **a milestone named as a goal in a later clause** ("X初步具备通车条件,并朝着年底建成通车目标发起冲刺"): the
  words after the milestone are the goal's noun, not an object, and a course set toward it (朝着, 向, 瞄准) is
  no subject of the clause's own.
* **a later clause joining the item to the next one** ("A已开工建设,2024年有望与B同步建成通车"): the clause has no
  subject of its own, so the milestone is A's as well as B's.
* **a source named at length before the sentence's time** ("据市交通局有关负责人介绍,2024年,…"): the year still
  heads the sentence, as after a short "据悉,".
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import file_years, years_of

ROAD = "枫林至竹园高速公路"


# --------------------------------------------------------------------------- a milestone named as a goal

@pytest.mark.parametrize("text", [
    f"当天,{ROAD}初步具备通车条件,并朝着年底建成通车目标发起冲刺。",
    f"{ROAD}全线贯通,正向年底建成通车的目标冲刺。",
    f"{ROAD}主体完工,瞄准年内通车目标全力推进。",
    f"{ROAD}路面施工过半,为实现今年底建成通车目标而努力。",
])
def test_a_goal_named_in_a_later_clause_is_the_items_target(text: str) -> None:
    assert years_of(text, ROAD) == (2023, None)  # tests.extract_helpers.DATE: June 2023


def test_a_goal_named_in_traditional_characters_is_the_items_target() -> None:
    text = "當天,首條連接兩縣的高速公路——枫林至竹園高速公路初步具備通車條件,並朝著年底建成通車目標發起衝刺。"
    assert file_years("t_2020.txt", "交通建設情況\n" + text, "枫林至竹园高速公路")[0] == 2020


@pytest.mark.parametrize("text", [
    f"{ROAD}全线贯通,年底建成通车目标路段将再增加20公里。",  # 目标 heads a noun of its own: not the goal phrase
    f"{ROAD}全线贯通,甲镇朝着年底建成通车目标冲刺。",  # the clause names a subject of its own
    f"{ROAD}全线贯通,力争年底建成通车槐树至柳林段。",  # the milestone's object is a section
])
def test_a_later_clause_about_something_else_gives_no_target(text: str) -> None:
    assert years_of(text, ROAD)[0] is None


# --------------------------------------------------------------------------- a later clause joining two items

@pytest.mark.parametrize("text, year", [
    ("枫林铁路四川段已开工建设,2024年有望与重庆段同步建成通车。", 2024),
    ("枫林铁路四川段已开工建设,预计明年与重庆段同时建成。", 2024),
])
def test_a_later_clause_joining_the_item_to_the_next_gives_both_its_year(text: str, year: int) -> None:
    assert years_of(text, "枫林铁路四川段")[0] == year
    assert years_of(text, "枫林铁路重庆段")[0] == year


@pytest.mark.parametrize("text", [
    "枫林铁路已开工建设,二期工程预计2025年与竹园铁路同步建成。",  # the clause's own subject: the 二期
    "枫林铁路已开工建设,竹园铁路预计2025年建成。",  # no joining: the year is the next item's alone
])
def test_a_later_clause_with_a_subject_of_its_own_leaves_the_item(text: str) -> None:
    assert years_of(text, "枫林铁路")[0] is None
    assert years_of(text, "竹园铁路")[0] == 2025


# --------------------------------------------------------------------------- a source named at length

@pytest.mark.parametrize("text", [
    f"据县交通运输局有关负责人介绍,2025年,{ROAD}将建成通车。",
    f"据市住房城乡建委相关负责人介绍,2025年本市将加快推进甲乙大桥建设,计划建成投用{ROAD}等一批重大项目。",
    f"据悉,2025年,{ROAD}将建成通车。",  # the short source, as before
])
def test_a_year_after_a_long_source_still_heads_the_sentence(text: str) -> None:
    assert years_of(text, ROAD)[0] == 2025


@pytest.mark.parametrize("text", [
    f"据县交通运输局有关负责人介绍,2019年{ROAD}建成通车后,车流量大增。",  # a completion told, not a goal
    f"据县交通运输局2019年的统计介绍,{ROAD}车流量大增。",  # a year inside the source: no time of the sentence
])
def test_a_long_source_does_not_make_a_past_year_a_target(text: str) -> None:
    assert years_of(text, ROAD)[0] is None


# --------------------------------------------------------------------------- a step of the works, then the opening

@pytest.mark.parametrize("text", [
    "枫林隧道今年将实现贯通,2026年正式通车。",
    "枫林隧道扩容改造工程今年将完成隧道贯通和土建施工工作,明年开始机电安装,2026年正式全线通车。",
    "力争今年实现枫林隧道贯通、2026年通车。",
])
def test_an_opening_later_in_the_sentence_stands_over_a_breakthrough(text: str) -> None:
    assert years_of(text, "枫林隧道")[0] == 2026


@pytest.mark.parametrize("text, year", [
    ("枫林隧道力争2025年全线贯通。", 2025),  # a breakthrough alone is the target, as before
    ("枫林隧道今年将实现贯通,2020年正式通车。", 2023),  # an opening before it is no later milestone of the works
    ("枫林隧道今年将实现贯通,竹园隧道2026年正式通车。", 2023),  # the opening is another item's
])
def test_a_breakthrough_without_a_later_opening_of_its_own_stays(text: str, year: int) -> None:
    assert years_of(text, "枫林隧道")[0] == year


# --------------------------------------------------------------------------- a goal met: the completion told as done

@pytest.mark.parametrize("text", [
    "今年计划建成的4个项目中,枫林高速已于5月建成通车,竹园高速也预计在年内建成。",
    "今年计划建成枫林高速。目前,枫林高速已经全线通车。",
])
def test_a_completion_told_as_done_drops_the_goal_year_it_met(text: str) -> None:
    assert years_of(text, "枫林高速")[0] is None


@pytest.mark.parametrize("text, year", [
    ("今年计划建成的4个项目中,枫林高速已基本完工,竹园高速也预计在年内建成。", 2023),  # done in part: the goal stands
    ("力争2026年建成枫林高速二期。枫林高速已建成通车。", 2026),  # a later goal, of a second phase
])
def test_a_goal_not_met_keeps_its_year(text: str, year: int) -> None:
    name = "枫林高速二期" if "二期" in text else "枫林高速"
    assert years_of(text, name)[0] == year
