"""Kinds with the lowest recall on unseen text: names whose head word was no head (issue #11 item 1).

Every sentence is invented for its class (made-up items and sites), with negatives of the same head:

A. waterways named by a canal, a ship passage at a dam or a river's development for shipping ("X运河", "A、B过船设施",
   "X河航运开发", "X江港航电综合开发"); the same words as a topic of policy or culture ("大运河文化带", "运河沿线城市",
   "推进航运开发") name none;
B. power lines and supply named after their voltage ("A至B500千伏线路补强工程", "A-B110千伏供电项目", "A至B1000千伏
   特高压,"); the words without a voltage ("供电项目", "线路工程") or a class of line alone ("推进特高压建设") name
   none, and a longer head after 特高压 stays the head ("特高压交流输电工程");
C. water works named by a trunk canal, a purification station or a small river's treatment ("X工程Y干渠",
   "X装配式净水站", "A、B等3个中小河流治理项目"); the heads alone ("做好干渠维护", "灌区干渠工程") or before a
   place along them ("输往干渠沿线各县") name none;
D. a station named after its line with a note between them: the line's phase ("N号线一期X站"), the city it lies in
   ("X铁路Y市Z站"), or the freight hub it serves ("X铁路物流港Y站"); words after a line that are no station's name
   ("X铁路Y市站前广场", "X铁路二期车站建设") name no station;
E. a grade of three levels or more written before one item's head ("X河三级航道", "A至B段三级公路") is its grade,
   not the count of a list; a list of levels ("省、市、县三级公路网络") or a kind alone ("一批三级公路") names none;
F. rail yards named by a head the lexicon lacked ("X动车存车场", "X集装箱铁路场站"); the kinds alone ("完善铁路场站
   建设", "8个交通场站") name none.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_types

WATERWAY_CASES = [
    ("开展琼梅运河相关研究工作。", [("琼梅运河", "waterway")]),
    ("岚溪运河累计完成投资超100亿元。", [("岚溪运河", "waterway")]),
    ("建设梅口、溪头过船设施,水运经济有望再现辉煌。", [("梅口过船设施", "waterway"), ("溪头过船设施", "waterway")]),
    ("统筹谋划琼河航运开发等基础设施建设。", [("琼河航运开发", "waterway")]),
    ("加快岚江港航电综合开发。", [("岚江港航电综合开发", "waterway")]),
    # a verb of launching before the name ends it on its left ("推出", not 推 alone leaving 出 in the name)
    ("恰逢县里推出琼河航运开发,建议统一规划。", [("琼河航运开发", "waterway")]),
]
WATERWAY_NEGATIVES = [
    "推进大运河文化带建设。",
    "运河沿线城市加快发展。",
    "推进航运开发。",
    "成立琼河航运开发公司。",
    "加强航道养护工作。",
    "实施过船设施改造。",
    "琼梅运河两岸风光秀丽。",
]


@pytest.mark.parametrize(("sentence", "items"), WATERWAY_CASES, ids=lambda c: str(c)[:12])
def test_waterway_named_by_a_new_head(sentence: str, items: list[tuple[str, str]]) -> None:
    assert core_types(sentence, staged=False) == items


@pytest.mark.parametrize("sentence", WATERWAY_NEGATIVES, ids=lambda c: c[:12])
def test_waterway_head_as_a_topic_names_none(sentence: str) -> None:
    assert core_types(sentence, staged=False) == []


POWER_CASES = [
    ("开工琼山大道、梅岚至溪口500千伏线路补强工程等16个项目。",
     [("琼山大道", "highway"), ("梅岚至溪口500千伏线路补强工程", "energy")]),
    ("琼岚-梅溪110千伏供电项目建成投产。", [("琼岚-梅溪110千伏供电项目", "energy")]),
    ("电网送出能力持续增强,梅岚至溪口1000千伏特高压,岚山500千伏主干电网加快建设。",
     [("梅岚至溪口1000千伏特高压", "energy"), ("岚山500千伏主干电网", "energy")]),
    ("琼岚1000千伏特高压交流输电工程正在建设。", [("琼岚1000千伏特高压交流输电工程", "energy")]),
]
POWER_NEGATIVES = [
    "推进特高压建设。",
    "做好供电项目管理。",
    "实施农网线路工程。",
    "做好电站运行管理。",
    "推进1000千伏特高压建设。",
]


@pytest.mark.parametrize(("sentence", "items"), POWER_CASES, ids=lambda c: str(c)[:12])
def test_power_line_named_after_its_voltage(sentence: str, items: list[tuple[str, str]]) -> None:
    assert core_types(sentence, staged=False) == items


@pytest.mark.parametrize("sentence", POWER_NEGATIVES, ids=lambda c: c[:12])
def test_power_words_without_a_named_line_name_none(sentence: str) -> None:
    assert core_types(sentence, staged=False) == []


WATER_CASES = [
    ("江水送入琼岚水利枢纽工程梅溪干渠后段。", [("梅溪干渠", "water")]),
    ("江水源源不断地输往琼山干渠。", [("琼山干渠", "water")]),
    ("岚山路、梅溪装配式净水站等一批项目建成投用。", [("岚山路", "highway"), ("梅溪装配式净水站", "water")]),
    ("琼江、岚河、梅溪河等3个中小河流治理项目有序推进。",
     [("琼江中小河流治理项目", "water"), ("岚河中小河流治理项目", "water"), ("梅溪河中小河流治理项目", "water")]),
]
WATER_NEGATIVES = [
    "做好干渠维护。",
    "江水源源不断地输往干渠沿线各县。",
    "灌区干渠工程有7个标。",
    "加强净水站运行管理。",
    "推进中小河流治理项目建设。",
]


@pytest.mark.parametrize(("sentence", "items"), WATER_CASES, ids=lambda c: str(c)[:12])
def test_water_works_named_by_a_new_head(sentence: str, items: list[tuple[str, str]]) -> None:
    assert core_types(sentence, staged=False) == items


@pytest.mark.parametrize("sentence", WATER_NEGATIVES, ids=lambda c: c[:12])
def test_water_heads_alone_name_none(sentence: str) -> None:
    assert core_types(sentence, staged=False) == []


STATION_CASES = [
    ("线路起于10号线一期岚口站,止于梅桥站。", ["10号线一期岚口站", "梅桥站"]),
    ("项目起于梅岚铁路遂宁市岚口站,经溪州至梅州。", ["梅岚铁路遂宁市岚口站"]),
    ("班列从琼山国际铁路物流港梅镇站发车。", ["琼山国际铁路物流港梅镇站"]),
    ("项目起于梅岚铁路岚口站。", ["梅岚铁路岚口站"]),
]
STATION_NEGATIVES = [
    "推进梅岚铁路二期车站建设。",
    "梅岚铁路全线站点改造。",
]


@pytest.mark.parametrize(("sentence", "names"), STATION_CASES, ids=lambda c: str(c)[:12])
def test_station_named_after_its_line_and_a_note(sentence: str, names: list[str]) -> None:
    assert [n for n, t in core_types(sentence, staged=False) if t == "rail_station"] == names


@pytest.mark.parametrize("sentence", STATION_NEGATIVES, ids=lambda c: c[:12])
def test_words_after_a_line_name_no_station(sentence: str) -> None:
    assert [n for n, t in core_types(sentence, staged=False) if t == "rail_station"] == []


def test_words_after_a_line_and_its_city_are_no_station() -> None:
    assert ("梅岚铁路遂宁市站前广场", "rail_station") not in core_types("梅岚铁路遂宁市站前广场建设。", staged=False)


GRADE_CASES = [
    ("江西将建成琼安河三级航道等7个项目。", [("琼安河三级航道", "waterway")]),
    ("推进岚江三级航道建设。", [("岚江三级航道", "waterway")]),
    # (the grade stays in the name, as the reference writes "X二级公路"; the grade-less name this case expected was
    # read only at a text's first character, where an empty string passed for a list separator)
    ("龚家坝至梅溪段三级公路建设已纳入规划。", [("龚家坝至梅溪段三级公路", "highway")]),
]
GRADE_NEGATIVES = [
    "建设一批三级公路。",
    "新建三级公路12公里。",
    "实现乡镇通三级公路。",
    "省、市、县三级公路网络。",
    "农村三级公路改造。",
]


@pytest.mark.parametrize(("sentence", "items"), GRADE_CASES, ids=lambda c: str(c)[:12])
def test_grade_before_one_items_head(sentence: str, items: list[tuple[str, str]]) -> None:
    assert core_types(sentence, staged=False) == items


@pytest.mark.parametrize("sentence", GRADE_NEGATIVES, ids=lambda c: c[:12])
def test_grade_of_a_kind_or_a_list_of_levels_names_none(sentence: str) -> None:
    assert core_types(sentence, staged=False) == []


YARD_CASES = [
    ("到2025年,岚山集装箱铁路场站作业能力达到30万标箱。", [("岚山集装箱铁路场站", "rail_station")]),
    ("竣工投入使用的梅溪动车存车场位于城北。", [("梅溪动车存车场", "rail_station")]),
]
YARD_NEGATIVES = [
    "完善铁路场站建设。",
    "推进北站扩能改造配套工程等8个交通场站建设。",
    "加快道路运输场站建设。",
]


@pytest.mark.parametrize(("sentence", "items"), YARD_CASES, ids=lambda c: str(c)[:12])
def test_rail_yard_named_by_a_new_head(sentence: str, items: list[tuple[str, str]]) -> None:
    assert core_types(sentence, staged=False) == items


@pytest.mark.parametrize("sentence", YARD_NEGATIVES, ids=lambda c: c[:12])
def test_yard_kinds_alone_name_none(sentence: str) -> None:
    assert core_types(sentence, staged=False) == []
