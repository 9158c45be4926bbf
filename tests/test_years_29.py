"""Years of unseen-text classes (issue 11 item 3, session 29), on invented sentences.

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
