"""A year after a label, an enumerator or a hedge, and openings with 实现 (issue 11 items 2, 3).

Years and stage of unseen-text classes (issue 11 items 2 and 3), on invented sentences.

* **a year heading a sentence after a topic label, an enumerator or a hedge** ("北上:2026年,建成X", "一是2026年,
  开通X", "不出意外的话,到2026年,X将实现通车"): the year governs the sentence as when it opens it; a past year still
  tells a fact.
* **a dated news event whose word of intent belongs to another clause** ("12月22日,记者获悉,随着甲通道加快建设,
  A、B建成通车"): the completion is told, no target; a word of intent in the item's own clause still makes
  the day a target.
* **an opening achieved or set as a goal with 实现** ("X顺利实现通车", "力争X年底实现全线通车"): completed, as 建成通车;
  a goal of service with a class or a manner ("实现常年通航3000吨级船舶") says nothing of the works.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract_helpers import stage_of, years_of

D2025 = dt.date(2025, 3, 1)


@pytest.mark.parametrize("text", [
    "北上:2026年,建成石门客专,形成出省北上的快速通道。",
    "南下：2026年，开通石门客专，连接东岭高铁。",
    "一是2026年,开通石门客专。",
    "水运方面:到2026年,建成石门客专。",
    "不出意外的话,到2026年,石门客专将实现通车。",
    "据悉,2026年,石门客专将建成通车。",
])
def test_a_year_after_a_label_an_enumerator_or_a_hedge_heads_the_sentence(text: str) -> None:
    assert years_of(text, "石门客专", date=D2025)[0] == 2026


@pytest.mark.parametrize("text", [
    "南下:2023年,开通石门客专,连接东岭高铁。",  # a year before the document's: a fact told
    "回顾:2023年,建成石门客专。",
])
def test_a_past_year_after_a_label_tells_a_fact(text: str) -> None:
    assert years_of(text, "石门客专", date=D2025)[0] is None


def test_a_verb_of_progress_in_another_clause_is_not_the_items_intent() -> None:
    text = ("12月22日上午,记者从交通图片展上获悉,近年来,随着出省铁路大通道加快建设,"
            "石门、东岭高速公路和石门东岭连接线建成通车。")
    assert years_of(text, "东岭高速公路", date=dt.date(2025, 12, 22))[0] is None


@pytest.mark.parametrize("text", [
    "12月26日,岭溪至白沙高速公路将建成通车。",
    "12月20日,记者获悉,岭溪至白沙高速公路计划12月26日建成通车。",
])
def test_a_word_of_intent_in_the_items_clause_still_sets_the_day(text: str) -> None:
    assert years_of(text, "岭溪至白沙高速公路", date=dt.date(2025, 12, 20))[0] == 2025


@pytest.mark.parametrize("text", [
    "岭溪至白沙高速公路顺利实现通车。",
    "岭溪至白沙高速公路已实现全线通车。",
    "力争岭溪至白沙高速公路年底实现全线通车。",
    "确保岭溪至白沙高速公路年内实现通车。",
])
def test_an_opening_with_shixian_is_the_completion(text: str) -> None:
    assert stage_of(text, "岭溪至白沙高速公路") == "completed"


def test_an_opening_with_shixian_as_a_goal_has_its_year() -> None:
    assert years_of("力争岭溪至白沙高速公路年底实现全线通车。", "岭溪至白沙高速公路", date=D2025)[0] == 2025


@pytest.mark.parametrize("text", [
    "岭溪航道整治工程完工后将实现常年通航3000吨级船舶。",
    "岭溪航道整治工程将实现通航5000吨级船舶。",
])
def test_a_goal_of_service_with_a_class_says_nothing_of_the_works(text: str) -> None:
    assert stage_of(text, "岭溪航道整治工程") != "completed"
