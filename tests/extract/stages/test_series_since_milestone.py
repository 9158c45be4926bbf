"""A series of items a sentence follows on from ("继A、B、C等11条高速公路开工后"): every item of the list is past
the milestone closing it, not the last item alone (issue 11 item 2, part-s44)."""

from __future__ import annotations

import pytest
from extract_helpers import doc_stage

COUNTED = "今年继东林、西岭、南山等9条高速公路开工后,本省又有一条高速公路开工建设。"
PLAIN = "继枫林高速公路、竹园高速公路开工后,本省又新开工一条高速公路。"
BUILT = "继枫林大桥和竹园大桥两座大桥建成通车后,石门大桥也将开工。"


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        (COUNTED, "东林高速公路", "starting"),
        (COUNTED, "西岭高速公路", "starting"),
        (COUNTED, "南山高速公路", "starting"),
        (PLAIN, "枫林高速公路", "starting"),
        (PLAIN, "竹园高速公路", "starting"),
        (BUILT, "枫林大桥", "completed"),
        (BUILT, "竹园大桥", "completed"),
    ],
)
def test_every_item_of_the_series_is_past_its_milestone(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # without 继 the milestone is a condition about the future: it says nothing of the items
        ("东林高速公路、西岭高速公路等3条高速公路开工后,全省高速公路里程将突破1万公里。", "东林高速公路", "unspecified"),
        # the series closes on its rank, no milestone: there already (the series rule)
        ("枫竹高速是两地继枫林高速、竹园高速后的第3条高速大通道。", "竹园高速", "completed"),
        # a list whose milestone is another item's clause, after a comma, is not read across it
        ("继枫林高速公路、竹园高速公路之后,石门高速公路开工建设。", "枫林高速公路", "unspecified"),
    ],
)
def test_what_the_series_rule_leaves(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage
