"""Items joined by a route joiner, one-character leads, 终至 route ends, through and relief lines (issue 11 item 1).

Detection classes read on several splits at once (issue #11 item 1):
misses and name boundaries.

Each class was seen on two tuning splits annotated by different people; the sentences here are
invented for the class, with negatives of nearby shape where the rule must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names, plain

from geo.extract import extract

# --- two items joined by a route's joiner, the second a site ("利用A铁路至B站后", "实现A高新区至B高新区
# 快速通达", "由A港经B港"): each is an item; the first is no modifier of the second

@pytest.mark.parametrize("text, expected", [
    ("新线利用既有渝遂铁路至铜梁站后折向北,经大足区至荣昌区。", {"渝遂铁路", "铜梁站"}),
    ("通道建成后,实现大足高新区至荣昌高新区快速通达。", {"大足高新区", "荣昌高新区"}),
    ("货物由涪陵港经万州港转运出海。", {"涪陵港", "万州港"}),
])
def test_two_items_joined_by_a_route_joiner_are_two_items(text: str, expected: set[str]) -> None:
    names = core_names(text)
    assert expected <= set(names), names
    assert not any("至" in n for n in names), names


@pytest.mark.parametrize("text, expected", [
    ("推进大足机场至荣昌站快速通道建设。", "大足机场至荣昌站快速通道"),   # a road named by two sites
    ("规划建设北城路至涪江大桥。", "北城路至涪江大桥"),                   # a structure named by its ends
    ("加快建设成渝铁路重庆站至江津站段。", "成渝铁路重庆站至江津站段"),   # a section between two stations
])
def test_a_line_or_structure_named_by_its_ends_keeps_its_name(text: str, expected: str) -> None:
    assert expected in core_names(text)


def test_a_service_between_two_sites_names_no_pair() -> None:
    # the route of a service ("开行A港至B港“水水中转”班轮") is no pair of items (tests/evaluation/test_extract.py)
    assert core_names("开行涪陵港至万州港“水水中转”班轮。") == []


# --- a verb or preposition of one character glued before a place that opens a name ("因X站项目施工",
# "线路自X站引出"): the lead ends at it, as at the lexicon's longer words

@pytest.mark.parametrize("text, expected", [
    ("因荣昌北站项目施工等原因,该方案暂缓实施。", "荣昌北站"),
    ("线路自永川东站引出,经大足区至铜梁区。", "永川东站"),
    ("新路起于大足区龙水镇接渝遂高速,止于铜梁区。", "渝遂高速"),   # a verb right after a place, before initials
])
def test_a_one_character_lead_is_not_part_of_the_name(text: str, expected: str) -> None:
    names = core_names(text)
    assert expected in names, names
    assert not any(n.endswith(expected) and n != expected for n in names), names


@pytest.mark.parametrize("text, expected", [
    ("合璧津高速合川城南枢纽至璧山西段建成通车。", "合璧津高速合川城南枢纽至璧山西段"),  # 合 is a place's initial
    ("开万梁高速开工建设。", "开万梁高速"),                                          # so is 开
    ("推进合江港建设。", "合江港"),                                                  # a place opening with a verb
    ("通江至南江高速公路建成通车。", "通江至南江高速公路"),
])
def test_a_name_opening_with_such_a_character_keeps_it(text: str, expected: str) -> None:
    assert expected in core_names(text)


# --- a route's end told by 终至 ("…途经A、B,终至X站"), as by 终到 and 终于: the verb is no part of the name,
# and the end of a route is a station in service

def test_a_route_ending_with_zhongzhi_names_the_station_alone() -> None:
    text = "新线起于永川东站,途经大足区、铜梁区,终至合川站,全长80公里。"
    src = plain(text)
    ents = {e.name: e for e in extract(src)}
    assert "合川站" in ents and not any(n.startswith("终") for n in ents), sorted(ents)
    assert ents["合川站"].stage == "completed"


def test_zhongzhi_after_a_name_is_no_route_end() -> None:
    assert "永川东站" in core_names("新线起于永川东站,始终至关重要。")


# --- a hub's through line and a station's relief line ("X枢纽直通线", "Y站疏解线") are railway items of their
# own, as a 联络线 is; in a list they share their head with no item before them

@pytest.mark.parametrize("text, expected", [
    ("开工建设重庆枢纽直通线。", {"重庆枢纽直通线"}),
    ("同步建设本线至既有铁路的联络线、永川东站疏解线。", {"永川东站疏解线"}),
])
def test_through_and_relief_lines_are_items(text: str, expected: set[str]) -> None:
    assert expected <= set(core_names(text)), core_names(text)


def test_a_through_line_shares_its_head_with_no_item_before_it() -> None:
    names = core_names("东线由大足至铜梁、重庆枢纽直通线、铜梁至合川3个项目组成。")
    assert "重庆枢纽直通线" in names, names
    assert "大足至铜梁直通线" not in names, names


# --- a verb with its result 成 (建设成, 打造成) glued before a line's two or three initials: the 成 is the
# line's first initial ("加快建设成宜高速" -> 成宜高速), as before a run of four; a verb of two characters
# keeps it ("已建成隆黄铁路") and so does the verb before a goal that is no line

@pytest.mark.parametrize("text, expected", [
    ("加快建设成宜高速。", "成宜高速"),
    ("加快建设成兰铁路,开工建设广元动车所。", "成兰铁路"),
    ("已建成隆黄铁路。", "隆黄铁路"),
])
def test_a_verb_with_its_result_gives_the_line_its_first_initial(text: str, expected: str) -> None:
    names = core_names(text)
    assert expected in names, names
    assert not any(n.endswith(expected) and n != expected for n in names), names


def test_a_character_ending_a_word_is_no_lead() -> None:
    # 列 is a verb of one character, but here it ends 班列: the train's site keeps its name
    assert "中欧班列巴中组货基地" in core_names("中欧班列巴中组货基地建成投用。")
