"""A day after the report's own, status words glued to the next item, and goals beside present status (issue 11 item 3).

Years of unseen-text classes (issue 11 item 3), on invented sentences.

* **a month and day after the report's own, with a word of intent before it in its clause** ("预计12月26日,X建成
  通车" reported on 20 December): the day is ahead in the report's year, as when the word follows the day
  ("12月26日,X将建成通车"); without such a word, a day after the report's in a past report was last year's (a fact
  told, no target).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract_helpers import years_of

DEC20 = dt.date(2025, 12, 20)


@pytest.mark.parametrize("text", [
    "预计12月26日,岭溪至白沙高速公路建成通车。",
    "据悉,预计12月26日,岭溪至白沙高速公路建成通车。",
    "计划于12月26日,岭溪至白沙高速公路建成通车。",
    "有望12月28日,岭溪至白沙高速公路正式通车。",
])
def test_a_word_of_intent_before_the_day_keeps_it_in_the_reports_year(text: str) -> None:
    assert years_of(text, "岭溪至白沙高速公路", date=DEC20)[0] == 2025


@pytest.mark.parametrize("text", [
    "10月1日,岭溪至白沙高速公路建成通车。",  # reported in March: last October, a fact told
    "预计工期两年。10月1日,岭溪至白沙高速公路建成通车。",  # the word of intent is another sentence's
])
def test_a_later_day_without_intent_in_a_past_report_is_a_fact(text: str) -> None:
    assert years_of(text, "岭溪至白沙高速公路", date=dt.date(2025, 3, 18))[0] is None


@pytest.mark.parametrize("text, date, year", [
    ("枫林高速公路一期4月底通车。", dt.date(2021, 5, 31), None),  # a month the report has passed: a fact told
    ("枫林高速公路一期4月份建成通车。", dt.date(2021, 5, 31), None),
    ("枫林高速公路一期4月底通车。", dt.date(2021, 3, 31), 2021),  # a month still ahead
    ("枫林高速公路一期5月底通车。", dt.date(2021, 5, 31), 2021),  # the report's own month: not wholly passed
    ("枫林高速公路一期将于4月底通车。", dt.date(2021, 5, 31), 2021),  # a word of intent: a goal, as written
])
def test_a_month_the_report_has_passed_tells_a_fact(text: str, date: dt.date, year: int | None) -> None:
    assert years_of(text, "枫林高速公路一期", date=date)[0] == year


# --------------------------------------------------------------------------- stage

from tests.extract_helpers import stage_of  # noqa: E402


@pytest.mark.parametrize("text", [
    "枫林高速与在建竹园高速相接。",
    "枫林高速起于甲镇,与在建竹园高速相接。",
    "枫林高速起于甲镇,与在建的竹园高速相接。",
    "枫林高速与拟建竹园高速相接。",
])
def test_a_status_word_glued_to_the_next_item_is_that_items(text: str) -> None:
    assert stage_of(text, "枫林高速") not in ("under_construction", "proposed")


@pytest.mark.parametrize("text, stage", [
    ("枫林高速与在建竹园高速相接。", "under_construction"),
    ("枫林高速与拟建竹园高速相接。", "proposed"),
])
def test_the_next_item_keeps_its_status_word(text: str, stage: str) -> None:
    assert stage_of(text, "竹园高速") == stage


def test_a_status_after_the_item_is_still_its_own() -> None:
    assert stage_of("枫林高速起于甲镇,目前在建,与竹园高速相接。", "枫林高速") == "under_construction"


def _doc_stage_and_year(text: str, name: str) -> tuple[str, int | None]:
    from geo.extract import extract
    from geo.model import governing_first
    from tests.extract_helpers import source

    ent = next(e for e in extract(source(text, date=dt.date(2023, 3, 1)), staged=False) if e.name == name)
    lead = governing_first(ent.mentions)[0]
    return str(lead.stage), lead.target_year


@pytest.mark.parametrize("text", [
    "加快建设枫林高速。枫林高速力争2025年建成通车。",
    "枫林高速力争2025年建成通车。目前,枫林高速正在加快建设。",
])
def test_a_completion_set_as_a_goal_gives_way_to_the_present_status(text: str) -> None:
    assert _doc_stage_and_year(text, "枫林高速") == ("under_construction", 2025)


@pytest.mark.parametrize("text, expected", [
    ("枫林高速力争2025年建成通车。", ("completed", 2025)),  # no present status: the goal is the stage read
    ("枫林高速已于2022年建成通车。加快建设竹园高速。", ("completed", None)),  # a completion told
])
def test_a_goal_alone_or_a_completion_told_keeps_completed(text: str, expected) -> None:
    assert _doc_stage_and_year(text, "枫林高速") == expected


def test_a_building_reading_with_a_year_of_its_own_is_the_goal_again() -> None:
    from geo.extract import doc_stages
    from geo.model import Entity, EntityType, Mention, Stage

    def item(second_year: int | None) -> Entity:
        e = Entity("枫林高速", EntityType.HIGHWAY)
        e.mentions = [Mention("t.txt", "枫林高速", "q", 0, 4, stage=Stage.COMPLETED, target_year=2025),
                      Mention("t.txt", "枫林高速", "q", 9, 13, stage=Stage.UNDER_CONSTRUCTION, target_year=second_year)]
        return e

    again, present = item(2025), item(None)
    doc_stages.settle_goals([again, present])
    assert again.mentions[0].stage is Stage.COMPLETED
    assert present.mentions[0].stage is Stage.UNDER_CONSTRUCTION and present.mentions[0].target_year == 2025


@pytest.mark.parametrize("text", ["枫林三级公路建成通车。", "枫林至竹园二级公路正在建设。", "甲、乙3条高速公路。"])
def test_an_item_opening_the_text_reads_as_one_after_a_label(text: str) -> None:
    # no separator stands before the text's first character: a counted head there is read as mid-text
    from tests.extract_helpers import core_names

    assert core_names(text) == core_names("说明:" + text)
