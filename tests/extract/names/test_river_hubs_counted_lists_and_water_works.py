"""River hubs named by their site, counted lists with a length, and water works without 工程 (issue 11 item 1).

Name classes of missed items read across the eleven tuning splits (issue #11 item 1).

Every sentence is invented for its class (made-up items and sites), with negatives of nearby shape:

A. a dam of a river's navigation works named by its site ("X江航电Y枢纽", "X江Y城综合枢纽", "Y枢纽生态航运论证"):
   a waterway item, where a bare 枢纽 of transport or a river's role ("长江上游综合枢纽") names none;
B. a list counted before its shared kind, the count and a length parted by 、 ("A、B等4个、312公里高速公路项目"):
   each item takes the kind; a list counted without items, or a kind alone, names none;
C. water works named without 工程: a basin's treatment with its aspect or section ("X江流域水环境综合治理",
   "X河流域(Y段)综合治理"), a town-and-country water supply with a phase or in a list ("X县城乡供水一体化一期");
   the same words as a goal or a pilot ("推进全县城乡供水一体化", "加强流域综合治理", "A、B流域水环境综合治理与可持续
   发展试点") name none.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

HUB_CASES = [
    ("开工岷江航电琼岚枢纽主体工程。", ["岷江航电琼岚枢纽"]),
    ("加快推进湘江梅溪综合枢纽建设。", ["湘江梅溪综合枢纽"]),
    ("配合完成琼口枢纽生态航运论证。", ["琼口枢纽"]),
    ("加快建设梅岚航电枢纽。", ["梅岚航电枢纽"]),
]
# Negatives: 枢纽 of transport, and a river's role before 综合枢纽, name no item.
HUB_NEGATIVES = [
    "推进交通枢纽建设。",
    "打造长江上游综合枢纽。",
    "建设长江沿线综合枢纽。",
    "万州是长江重要综合枢纽。",
    "推进物流枢纽航运联运。",
    "提升枢纽通航能力。",
    "打造区域综合枢纽。",
]


@pytest.mark.parametrize(("sentence", "names"), HUB_CASES, ids=lambda c: str(c)[:12])
def test_river_hub_named_by_its_site(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize("sentence", HUB_NEGATIVES, ids=lambda c: c[:12])
def test_bare_hub_of_transport_is_no_item(sentence: str) -> None:
    assert core_names(sentence) == []


COUNTED_CASES = [
    ("琼梅、岚溪等4个、312公里高速公路项目建成通车。", ["琼梅高速公路", "岚溪高速公路"]),
    ("琼岚至梅溪、天柱至锦屏等2条、86公里高速公路建成通车。", ["琼岚至梅溪高速公路", "天柱至锦屏高速公路"]),
    ("开工建设琼岚至梅溪、天柱至锦屏等3条高速公路。", ["琼岚至梅溪高速公路", "天柱至锦屏高速公路"]),
]
# Negatives: a count and a length with no item before them, and a kind alone.
COUNTED_NEGATIVES = [
    "全年建成4个、312公里高速公路项目。",
    "新改建国省干线公路270公里。",
    "加快国省干线提档升级。",
]


@pytest.mark.parametrize(("sentence", "names"), COUNTED_CASES, ids=lambda c: str(c)[:12])
def test_counted_list_with_a_length(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize("sentence", COUNTED_NEGATIVES, ids=lambda c: c[:12])
def test_count_without_items_is_no_item(sentence: str) -> None:
    assert core_names(sentence) == []


WATER_CASES = [
    ("梅岚至琼溪公路、琼江流域水环境综合治理等5个项目完工。", ["梅岚至琼溪公路", "琼江流域水环境综合治理"]),
    ("包括梅溪河流域(琼岚段)综合治理、岚州水厂二期等重大项目。", ["梅溪河流域(琼岚段)综合治理", "岚州水厂二期"]),
    ("集中开工的工程包括:琼岚县城乡供水一体化、梅溪县北部片区城乡供水一体化一期、岚州水厂二期。",
     ["琼岚县城乡供水一体化", "梅溪县北部片区城乡供水一体化一期", "岚州水厂二期"]),
    ("加快琼岚城乡供水一体化项目建设。", ["琼岚城乡供水一体化项目"]),
]
# Negatives: the same words as a goal or a policy.
WATER_NEGATIVES = [
    "推进城乡供水一体化。",
    "全面推进全县城乡供水一体化。",
    "加强流域综合治理。",
    "强化长江流域综合治理和系统保护。",
    "深化琼江、梅溪河流域水环境综合治理与可持续发展试点。",
]


@pytest.mark.parametrize(("sentence", "names"), WATER_CASES, ids=lambda c: str(c)[:12])
def test_water_works_named_without_gongcheng(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize("sentence", WATER_NEGATIVES, ids=lambda c: c[:12])
def test_water_goal_is_no_item(sentence: str) -> None:
    assert core_names(sentence) == []
