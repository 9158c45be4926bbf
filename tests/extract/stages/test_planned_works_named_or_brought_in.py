"""Works a plan names before they exist: a planning adjective before the name ("计划中的X", as "规划中的X") and lines a
plan brings in or lays out ("规划引入A、B", "规划引入的铁路有A和B") are 规划 (issue 11 item 2, part-s47)."""

from __future__ import annotations

import pytest
from extract_helpers import doc_stage


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("计划中的东林长江大桥位于南山镇。", "东林长江大桥"),
        ("计划中的东林长江大桥桥位北岸为南山镇,南岸为北岭镇。", "东林长江大桥"),
        ("轨道交通:规划引入8号线、9号线。", "8号线"),
        ("轨道交通:规划引入8号线、9号线。", "9号线"),
        ("铁路:规划引入的铁路有东林高铁和西岭高铁。", "东林高铁"),
        ("铁路:规划引入的铁路有东林高铁和西岭高铁。", "西岭高铁"),
        ("规划布局东林港区和西岭港区。", "西岭港区"),
        ("东林镇规划建设的道路有南山大道。", "南山大道"),
    ],
)
def test_planned_works_are_proposed(text: str, name: str) -> None:
    assert doc_stage(text, name) == "proposed"


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # a plan followed is no planned item ("按照规划引入的…")
        ("按照规划引入的铁路有东林高铁和西岭高铁。", "西岭高铁", "unspecified"),
        # the annual plan an item is listed in is no plan of new works: its own cue wins
        ("列入年度计划中的东林大桥已开工。", "东林大桥", "starting"),
        # a kind of works told built opening its list with 有
        ("东林镇已建成的道路有南山大道和北岭大道。", "北岭大道", "completed"),
        # 计划中的 after the item says nothing of it
        ("东林大桥在计划中的位置。", "东林大桥", "unspecified"),
    ],
)
def test_what_is_not_a_planned_item(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage
