"""Detection classes of the twelfth session read on several splits at once (issue #11 items 1 and 4).

Each class was seen on two tuning splits annotated by different people; the sentences here are
invented for the class, with negatives of nearby shape where the rule must not fire.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract
from geo.model import DocumentMeta, SourceText


def core_names(text: str) -> list[str]:
    src = SourceText("t.txt", text, text, list(range(len(text))), DocumentMeta("t", date=dt.date(2023, 6, 12)), "")
    return [e.name for e in extract(src) if e.type != "other_facility"]


# --- a list of abbreviated lines sharing a head written after words of kind ("等新的高速公路",
# "5条国家高速公路"): the words qualify the head, each item is a line

@pytest.mark.parametrize("text, expected", [
    ("眼下,甲乙、丙丁、戊己等新的高速公路项目加快推进。", {"甲乙高速公路", "丙丁高速公路", "戊己高速公路"}),
    ("今年聚焦甲乙、丙丁、戊己3条国家高速公路项目。", {"甲乙高速公路", "丙丁高速公路", "戊己高速公路"}),
    ("开工建设甲乙、丙丁2条国家高速公路。", {"甲乙高速公路", "丙丁高速公路"}),
])
def test_a_list_shares_a_head_after_words_of_kind(text: str, expected: set[str]) -> None:
    assert expected <= set(core_names(text)), core_names(text)


@pytest.mark.parametrize("text", [
    "推进甲乙、丙丁2个国家物流枢纽建设。",     # 国家 before a hub is a role (a national hub), not a kind
    "万州、涪陵等沿江的港口加快发展。",         # 的 after other words: a list of places with a role
    "永川、江津等方向市郊铁路加快建设。",       # a direction is a role
])
def test_roles_after_the_list_still_name_no_item(text: str) -> None:
    assert core_names(text) == [], core_names(text)
