"""A list introduced after a demonstrative that restates what the clause before counts (issue 11 items 2 and 3).

"我市今年将集中开建三条高铁线路,这三条线路分别是A、B、C": the clause before the list counts the works and
says what happens to them; the list's clause repeats the count with 这/该/上述 before 分别是 (分别为, 包括…).
The items take the counting clause's stage and year, as they do when 分别是 follows the comma directly.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import stage_of, years_of


@pytest.mark.parametrize("text", [
    "我市今年将集中开建三条高铁线路,这三条线路分别是枫林高铁、槐树高铁、柳林高铁。",
    "我市今年将集中开建三条高铁线路,分别是枫林高铁、槐树高铁、柳林高铁。",
    "我市今年将集中开建三条高铁线路,这3条高铁分别为枫林高铁、槐树高铁和柳林高铁。",
])
def test_a_restated_count_before_the_list_keeps_the_counting_clause(text: str) -> None:
    assert stage_of(text, "槐树高铁") == "starting"
    assert stage_of(text, "柳林高铁") == "starting"
    assert years_of(text, "柳林高铁") == (None, 2023)


def test_a_goal_of_the_counting_clause_reaches_the_listed_items() -> None:
    text = "明年全区将建成两座大桥,这两座大桥分别为枫林大桥和槐树大桥。"
    assert stage_of(text, "槐树大桥") == "completed"
    assert years_of(text, "槐树大桥") == (2024, None)


@pytest.mark.parametrize("text", [
    # no word introducing a list after the demonstrative: a copula, not an enumeration
    "我市今年将集中开建三条高铁线路,这是枫林高铁、槐树高铁两条线路之后的又一批。",
    # the introducing clause says nothing of the works
    "全区有三条高铁线路,这三条线路分别是枫林高铁、槐树高铁、柳林高铁。",
])
def test_no_stage_comes_from_a_clause_that_does_not_introduce_the_list(text: str) -> None:
    assert stage_of(text, "槐树高铁") != "starting"
