"""Voltages inside power lines' names, aliases after 又称, bridges, stations and roads got on or off (issue 11 item 1).

Names of unseen-text classes (issue 11 item 1), on invented sentences.

* **a direct current's voltage inside a power line's name** ("A—B±800千伏特高压直流工程"): the sign ± before the
  voltage is part of the name, as the dash between its two ends is; elsewhere (a tolerance, "±5%") it starts none.
* **a count of stations before 站** ("前2站为改建车站", "“一区两站”", "高铁一站直达"): the first or last few of a line's
  stations, a slogan's count per place or a trip of one stop name no station; a station whose name holds a
  numeral ("八一站") and a count closing a list ("等5站") stay as they were.
* **getting on or off a highway** ("从县城上高速", "乡镇快速上高速", "进出甲县上下高速"): the verb 上/下/上下 closing
  the words before 高速 says where one drives onto a road, no road is named; a road's own name before it
  ("甲高速乙互通上下高速", left to the interchange's rules) and a highway's name ("G85渝昆高速") stay as they were.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text, name", [
    ("枫林—竹园±800千伏特高压直流工程开工。", "枫林—竹园±800千伏特高压直流工程"),
    ("加快建设达州至万州±660千伏直流输电工程。", "达州至万州±660千伏直流输电工程"),
    ("建成枫林—竹园1000千伏特高压交流工程。", "枫林—竹园1000千伏特高压交流工程"),  # no sign: as before
])
def test_a_direct_currents_voltage_stays_in_the_lines_name(text: str, name: str) -> None:
    assert core_names(text) == [name]


def test_a_tolerance_sign_starts_no_name() -> None:
    assert core_names("变电站电压偏差控制在±5%以内,枫林水库水位正常。") == ["枫林水库"]


# --------------------------------------------------------------------------- a second name without a comma

@pytest.mark.parametrize("text", [
    "枫林城市过境高速又称绕城高速,与成渝高速相连。",
    "枫林城市过境高速,又称绕城高速,与成渝高速相连。",  # with the comma, as before
    "枫林城市过境高速俗称绕城高速,与成渝高速相连。",
])
def test_a_second_name_after_you_cheng_is_an_alias_not_an_item(text: str) -> None:
    assert core_names(text) == ["枫林城市过境高速", "成渝高速"]


def test_ji_without_a_comma_is_no_apposition() -> None:
    assert core_names("枫林高速即将与竹园高速相连。") == ["枫林高速", "竹园高速"]  # 即将: "about to"


# --------------------------------------------------------------------------- bridges named 复线桥, N号桥

@pytest.mark.parametrize("text, name", [
    ("枫林复线桥明年有望通车。", "枫林复线桥"),  # a second bridge beside an old one
    ("竹园河二号桥顺利合龙。", "竹园河二号桥"),  # a numbered bridge of a river or line
    ("竹园河3号桥顺利合龙。", "竹园河3号桥"),
])
def test_a_bridge_named_by_its_second_line_or_its_number_is_an_item(text: str, name: str) -> None:
    assert core_names(text) == [name]


@pytest.mark.parametrize("text", ["推进成渝复线桥梁建设。", "新建3号桥梁。"])
def test_bridge_works_in_general_are_no_item(text: str) -> None:
    assert core_names(text) == []


# --------------------------------------------------------------------------- a list counted before its class noun

@pytest.mark.parametrize("text, names", [
    ("建成通车槐树长江大桥、枫林复线桥两座跨江大桥。", ["槐树长江大桥", "枫林复线桥"]),
    ("建成甲乙大桥、丙丁大桥2座大型桥梁。", ["甲乙大桥", "丙丁大桥"]),
])
def test_a_count_and_words_of_kind_after_a_list_end_its_last_name(text: str, names: list[str]) -> None:
    assert core_names(text) == names


# --------------------------------------------------------------------------- a station, then its building's works

@pytest.mark.parametrize("text, names", [
    ("目前,枫林西站车站、竹园北路站车站主体结构正进行紧张施工。", ["枫林西站", "竹园北路站"]),
    ("槐树大道站车站主体结构已封顶。", ["槐树大道站"]),
])
def test_a_stations_building_after_its_name_ends_the_name(text: str, names: list[str]) -> None:
    assert core_names(text) == names


# --------------------------------------------------------------------------- a news lead's byline in brackets

@pytest.mark.parametrize("text, name", [
    ("新华社某市10月19日电(记者 张三)枫林至竹园高速公路19日正式通车。", "枫林至竹园高速公路"),
    ("本报讯（通讯员 李四 记者 王五）槐树物流园昨日开园。", "槐树物流园"),
])
def test_a_byline_in_brackets_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert core_names(text) == [name]


def test_a_note_in_brackets_inside_a_name_stays() -> None:
    assert core_names("枫林高速(一期)正式通车。") == ["枫林高速一期"]


# --------------------------------------------------------------------------- verbs of joining a place to a line

@pytest.mark.parametrize("text, names", [
    ("枫林港是西北内陆联系长江黄金水道最近的内河港口。", ["枫林港", "长江黄金水道"]),
    ("新建沟通槐树河与柳林河的竹园运河。", ["竹园运河"]),
])
def test_a_verb_of_joining_before_a_name_is_no_part_of_it(text: str, names: list[str]) -> None:
    assert core_names(text) == names



# --------------------------------------------------------------------------- bridges across a river, counted

@pytest.mark.parametrize("text, names", [
    ("现有轨道交通线1条,境内通车里程21.9公里,跨柳林江大桥1座。", []),
    ("跨柳林江大桥1座(槐树柳林江大桥)。", ["槐树柳林江大桥"]),
])
def test_bridges_across_a_river_counted_are_a_kind_not_a_name(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("text, name", [
    ("新建跨柳林江大桥。", "跨柳林江大桥"),  # no count: as before
    ("甲镇跨永宁河特大桥1座已完工。", "甲镇跨永宁河特大桥"),  # a place before 跨 names it
])
def test_a_crossing_bridge_without_a_count_or_with_a_place_stays(text: str, name: str) -> None:
    assert core_names(text) == [name]


# --------------------------------------------------------------------------- a count of stations before 站

@pytest.mark.parametrize("text, names", [
    ("枫林铁路的车站中,前2站为改建车站,后1站为新建车站。", ["枫林铁路"]),
    ("枫林铁路的车站中,前2站爲改建车站,後1站爲新建车站。", ["枫林铁路"]),
    ("“一区两站”开启枫林县高铁时代,枫林高速建成通车。", ["枫林高速"]),
    ("乘坐高铁一站直达竹园,枫林高速建成通车。", ["枫林高速"]),
])
def test_a_count_of_stations_names_no_station(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("text, names", [
    ("枫林轨道1号线设八一站、松溪站。", ["枫林轨道1号线", "八一站", "松溪站"]),  # a numeral in a place's name
    ("枫林铁路设梅岭、松溪等5站。", ["枫林铁路", "松溪站"]),  # a count closing a list: as before
    ("枫林北站建成投用。", ["枫林北站"]),
])
def test_a_station_named_with_or_near_a_numeral_stays(text: str, names: list[str]) -> None:
    assert core_names(text) == names


# --------------------------------------------------------------------------- getting on or off a highway

@pytest.mark.parametrize("text, names", [
    ("市民从县城上高速只要十分钟,竹园大道已通车。", ["竹园大道"]),
    ("各乡镇实现快速上高速目标,竹园大道已通车。", ["竹园大道"]),
    ("人们进出枫林县上下高速更方便了,竹园大道已通车。", ["竹园大道"]),
    ("车辆在枫林县下高速公路后进入竹园大道。", ["竹园大道"]),
])
def test_getting_on_or_off_a_highway_names_no_road(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("text, names", [
    ("G85渝昆高速已建成通车。", ["G85渝昆高速"]),
    ("枫林至竹园高速建成通车。", ["枫林至竹园高速"]),
    ("枫林县至竹园高速公路下穿枫林大道。", ["枫林县至竹园高速公路", "枫林大道"]),  # 下穿 after the head: no verb before it
])
def test_a_highway_named_before_the_verb_stays(text: str, names: list[str]) -> None:
    assert core_names(text) == names
