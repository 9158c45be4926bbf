"""A list closed by 等 and a count of its kind as its clause's subject ("A、B等两条铁路,力争年内列入国家规划"): the next
clause is every item's predicate, as for a list closed by 等…项目, and a goal (力争, 争取) opening it is read by the cue
that follows (issue 11 item 2, part-s44)."""

from __future__ import annotations

import pytest
from extract_helpers import doc_stage

PLAN = "东林至西岭铁路、南山至北岭高铁等两条铁路,力争在年内列入国家“十四五”规划。"
BULLET = "● 东林经南山至西岭铁路(东林段)、北岭高铁甲乙经丙至丁段等两条铁路,力争在年内列入国家“十四五”规划。"
START = "东林高速公路、西岭高速公路等3条高速公路,争取年内开工建设。"


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        (PLAN, "东林至西岭铁路", "proposed"),
        (PLAN, "南山至北岭高铁", "proposed"),
        (BULLET, "东林经南山至西岭铁路东林段", "proposed"),
        (BULLET, "北岭高铁甲乙经丙至丁段", "proposed"),
        (START, "东林高速公路", "starting"),
        (START, "西岭高速公路", "starting"),
    ],
)
def test_the_next_clause_is_every_items_predicate(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # a verb before the list: its items are that verb's objects, the next clause is not theirs
        ("建成东林高速公路、西岭高速公路等两条高速公路,力争年内列入国家规划的项目还有3个。", "东林高速公路", "completed"),
        # the next clause names an item of its own: its predicate is that item's
        ("东林高速公路、西岭高速公路等两条高速公路,南山高速公路力争年内开工。", "东林高速公路", "unspecified"),
    ],
)
def test_what_the_counted_list_leaves(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage
