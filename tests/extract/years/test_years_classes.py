"""Target years of six classes of text (issue 11 item 3, part y34), on invented sentences.

* A trial run as the milestone still ahead ("预计明年6月投入试运行", "力争年底试运行"): a step of the works, as 贯通 or
  交工 is, which an opening later in the clause stands over; not a stage ("处于试运行阶段") nor a trial's length.
  Milestones run on without a word between ("建设完成投入试运行") are one milestone, not a milestone and its object.
* The milestone's verb before the item, its kind after it ("力争今年12月底前实现X通航"): the clause's year is the item's.
* A list's completion told as done ("29日,A和B竣工仪式举行,将于7月5日通车"): every item of the list is done, as a
  single item's would be, also after a news dateline ("某网重庆6月29日电 29日,…"); the goal after it is met.
* A referring sentence that plans a start before the completion ("该工程计划2017年9月开工,2018年6月投产"), after
  another sentence about the item: the completion dates the item.
* A section told to be a part of its whole in its own sentence ("A高速B段…,是A高速最后开工的路段,预计2025年建成通车"):
  the later clause goes on about the section, the subject, not the whole named in its predicate.
* A part named as the control works of a project left unnamed ("扩容项目的控制性工程X主墩桩基完成浇筑,预计到2025年将会
  扩容完工"): the later clause's year is the whole's, not the part's; the part's own milestone keeps its year.

Every sentence here is invented; none is copied from a document of the blind sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import source, years_of

from geo.extract import extract

ROAD, ROAD2 = "枫林至竹园高速公路", "松岭至梅溪高速公路"
PORT = "枫港北作业区"
CENTRE = "枫林物流中心"
SUBSTATION = "枫林220千伏变电站"


@pytest.mark.parametrize("text, name, target", [
    (f"{PORT}预计明年6月投入试运行。", PORT, 2024),
    (f"{ROAD}计划2025年底试运行。", ROAD, 2025),
    (f"{CENTRE}主体工程已经完成,预计6月建设完成投入试运行。", CENTRE, 2023),
    # the opening after the trial run is the target
    (f"{ROAD}预计2025年底试运行,2026年开通运营。", ROAD, 2026),
])
def test_a_trial_run_ahead_is_a_milestone(text: str, name: str, target: int) -> None:
    assert years_of(text, name)[0] == target


@pytest.mark.parametrize("text, name", [
    (f"{ROAD}目前处于试运行阶段,运行平稳。", ROAD),
    (f"{ROAD}已于2022年投入试运行。", ROAD),
])
def test_a_trial_run_told_as_a_state_or_a_fact_gives_no_target(text: str, name: str) -> None:
    assert years_of(text, name)[0] is None


@pytest.mark.parametrize("text, name, target", [
    (f"加快推进港区扩能工程,力争今年12月底前实现{PORT}试运行。", PORT, 2023),
    (f"力争今年12月底前实现{PORT}通航。", PORT, 2023),
    (f"力争2025年底前实现{ROAD}全线通车。", ROAD, 2025),
])
def test_the_verb_before_the_item_and_its_milestone_after(text: str, name: str, target: int) -> None:
    assert years_of(text, name)[0] == target


def test_a_start_after_the_verb_before_the_item_is_a_start() -> None:
    assert years_of(f"力争今年实现{ROAD}开工。", ROAD) == (None, 2023)


REPORT_DAY = dt.date(2021, 6, 29)


@pytest.mark.parametrize("text", [
    f"29日,{ROAD}和{ROAD2}竣工仪式举行,将于7月5日通车。",
    f"29日,{ROAD}和{ROAD2}(以下简称“两路”)竣工仪式举行,将于7月5日试运行。",
    f"某某网重庆6月29日电 29日,{ROAD}和{ROAD2}竣工仪式举行,将于7月5日试运行。",
    f"{ROAD2}、{ROAD}已建成,将于7月5日通车。",
])
@pytest.mark.parametrize("name", [ROAD, ROAD2])
def test_a_lists_completion_told_as_done_meets_the_goal_after_it(text: str, name: str) -> None:
    assert years_of(text, name, date=REPORT_DAY)[0] is None


@pytest.mark.parametrize("name", [ROAD, ROAD2])
def test_a_lists_opening_ahead_keeps_its_year(name: str) -> None:
    assert years_of(f"{ROAD2}、{ROAD}将于7月5日通车。", name, date=REPORT_DAY)[0] == 2021


def test_a_referring_sentence_planning_a_start_then_the_completion() -> None:
    text = f"{SUBSTATION}项目占地18亩。项目建成后,将满足本县用电需求。该工程计划2017年9月开工,2018年6月投产。"
    assert years_of(text, SUBSTATION, date=dt.date(2017, 9, 22))[0] == 2018


def test_a_referring_sentence_after_another_item_is_not_read() -> None:
    text = (f"{SUBSTATION}项目占地18亩。建成后将满足竹园铁路牵引站供电需求。"
            "该工程计划2017年9月开工,2018年6月投产。")
    assert years_of(text, SUBSTATION, date=dt.date(2017, 9, 22))[0] is None


SECTION, WHOLE = "枫竹高速松岭段", "枫竹高速"


def target_years(text: str) -> dict[str, list[int | None]]:
    """Return each item's target years in ``text``, its mentions in order."""
    return {e.name: [m.target_year for m in e.mentions] for e in extract(source(text))}


@pytest.mark.parametrize("text", [
    f"{SECTION}贯穿三个县,是{WHOLE}最后开工的路段,全长80公里,预计2025年建成通车。",
    f"{SECTION}是{WHOLE}的重要组成部分,全长80公里,预计2025年建成通车。",
    f"{SECTION}全长80公里,为{WHOLE}的一段,计划2025年建成通车。",
])
def test_a_sections_year_after_its_whole_named_in_its_predicate(text: str) -> None:
    got = target_years(text)
    assert got[SECTION] == [2025]
    assert 2025 not in got[WHOLE]


def test_the_whole_as_a_subject_of_its_own_clause_keeps_its_year() -> None:
    got = target_years(f"{SECTION}开工,{WHOLE}预计2025年建成通车。")
    assert got[SECTION] == [None]
    assert 2025 in got[WHOLE]


BRIDGE = "柳湾特大桥"


def test_a_part_named_as_the_works_control_works_leaves_the_wholes_year() -> None:
    text = f"目前,该高速扩容工程已于今年3月开工,扩容项目的控制性工程{BRIDGE}主墩桩基完成浇筑,预计到2025年将会扩容完工。"
    assert target_years(text)[BRIDGE] == [None]


@pytest.mark.parametrize("text", [
    f"项目的控制性工程{BRIDGE}预计2025年建成通车。",
    f"{BRIDGE}主墩桩基完成浇筑,预计2025年建成通车。",
])
def test_a_parts_own_milestone_keeps_its_year(text: str) -> None:
    assert target_years(text)[BRIDGE] == [2025]
