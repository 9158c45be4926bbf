"""A goal year met by the news of the completion itself (issue 11 item 3, part y31), on invented sentences.

A report of an opening often recalls the goal the item was set ("X是今年计划建成的4个项目之一", "将于10月1日正式
通车"). When the report tells the completion as its news — a headline saying only that the item opened ("X正式通车"),
or a completion dated by a day the report has reached, without a word of intent ("9月29日,X建成", "X于9月29日正式通车",
"X29日建成通车") — the goal is met, and a completion told as done has no target year (the reference's convention;
:func:`geo.extract.doc_stages.told_done`, :func:`geo.extract.doc_stages.settle_done`). Negatives keep their year: a
headline with a time ("X年底通车"), a day still ahead of the report's, a word of intent before the day, a goal of a
later year.

Every sentence here is invented; none is copied from a document of the blind sets.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from extract_helpers import plain

from geo.documents.read import read_document
from geo.extract import extract

ROAD = "枫林至竹园高速公路"


def target_years(text: str, name: str, *, date: dt.date | None = dt.date(2023, 6, 12)) -> set[int]:
    """Return the target years any mention of ``name`` keeps in ``text`` as it stands, its first line the headline
    (a report of 12 June 2023 unless ``date``)."""
    src = plain(text, date=date)
    ents = {e.name: e for e in extract(src)}
    assert name in ents, f"{name} not in {sorted(ents)}"
    return {m.target_year for m in ents[name].mentions if m.target_year}


@pytest.mark.parametrize("text", [
    # a headline that is the news of the opening
    f"{ROAD}正式通车\n据了解,{ROAD}是本市今年计划建成的3个高速公路项目之一。",
    f"{ROAD}建成通车!\n记者获悉,{ROAD}计划今年建成。",
    # a day the report has reached, heading the item's clause or right after it (under a neutral title)
    f"交通建设情况\n6月10日,{ROAD}建成。目前项目已完成通车前准备工作,将于6月15日0时正式通车。",
    f"交通建设情况\n{ROAD}于6月10日上午正式通车。{ROAD}是本市今年计划建成的3个高速公路项目之一。",
    f"交通建设情况\n{ROAD}(以下简称枫竹高速)10日建成通车。枫竹高速是本市今年计划建成的3个项目之一。",
])
def test_the_news_of_the_completion_meets_the_goal(text: str) -> None:
    assert target_years(text, ROAD) == set()


@pytest.mark.parametrize("text, kept", [
    # a day heading the clause dates the news of a fact, whatever the report's day
    (f"6月10日,{ROAD}建成。目前项目已完成通车前准备工作,将于6月15日0时正式通车。", set()),
    # a day after the item may be ahead of a report whose day is unknown: the year stays
    (f"{ROAD}6月10日正式通车。{ROAD}是本市今年计划建成的3个高速公路项目之一。", {2023}),
])
def test_a_report_without_its_day(text: str, kept: set[int]) -> None:
    src = read_document(Path("jiaotong_2023.txt"), data=f"交通建设情况\n{text}".encode())
    ents = {e.name: e for e in extract(src)}
    assert {m.target_year for m in ents[ROAD].mentions if m.target_year} == kept


@pytest.mark.parametrize("text, year", [
    # a headline with a time: a goal, not news of the opening
    (f"{ROAD}年底通车\n据了解,{ROAD}是本市今年计划建成的3个高速公路项目之一。", 2023),
    # a day still ahead of the report's (12 June): the opening is announced
    (f"交通建设情况\n{ROAD}于6月28日正式通车。{ROAD}是本市今年计划建成的3个高速公路项目之一。", 2023),
    # a word of intent before the day
    (f"交通建设情况\n{ROAD}计划于6月10日建成通车,是本市今年计划建成的3个高速公路项目之一。", 2023),
    (f"交通建设情况\n6月10日,{ROAD}将建成通车。", 2023),
])
def test_a_completion_still_ahead_keeps_its_goal(text: str, year: int) -> None:
    assert target_years(text, ROAD) == {year}


def test_a_later_goal_is_not_met_by_the_news() -> None:
    # the headline's opening is news; the body's goal of a later year (a second phase's) stays
    text = f"{ROAD}正式通车\n{ROAD}二期工程力争2026年建成。"
    assert 2026 in target_years(text, f"{ROAD}二期")
