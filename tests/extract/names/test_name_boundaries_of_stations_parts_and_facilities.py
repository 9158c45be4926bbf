"""Name boundaries (issue 11 item 1): a station at a route's end named by its place and a direction, a
part a verb adds to the line named before it, and a road's facility named after the road. Every sentence is invented for its class (made-up items on places of
the gazetteer), each class with negatives of nearby shape."""

from __future__ import annotations

import pytest
from extract_helpers import core_names

# A. A place and a direction before 至 name a station at a route's end ("万州北至长沙南城际铁路", "X铁路长沙南至万州北
#    段"): the route is the item, where a direction and 至 alone (after a noun, a place with its unit's suffix, or
#    opening the clause) tell a boundary and end the name on their left.
STATION_END_CASES = [
    ("建成万州北至长沙南城际铁路。", ["万州北至长沙南城际铁路"]),
    ("加快建设黔江东至万州段城际铁路。", ["黔江东至万州段城际铁路"]),
    ("推进梅黄铁路万州北至长沙段建设。", ["梅黄铁路万州北至长沙段"]),
    ("建成江东至白涛高速。", ["江东至白涛高速"]),
]
STATION_END_NEGATIVES = [
    ("园区东至长江，西至渝宜高速。", ["渝宜高速"]),
    ("该县北至梅青高速已建成。", ["梅青高速"]),
    ("线路北至梅青高速，南至长沙。", ["梅青高速"]),
    # a bare place and a direction before a line reached, not another end: a boundary
    ("园区范围:万州东至梅青高速,西至长江。", ["梅青高速"]),
    ("长寿东至梅青高速。", ["梅青高速"]),
]


@pytest.mark.parametrize(("sentence", "expected"), STATION_END_CASES + STATION_END_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_station_by_its_direction_opens_a_route(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


# B. A verb of adding or reserving (新增, 增设, 新设, 预留) between a line's name and its part, or between the part's place
#    and its head: the part of that line is the item, named as written. Not a part written alone after the verb (a
#    kind, or an interchange named by a town only), a count of parts, a part of a line named by its kind alone, nor
#    a part that is no interchange, branch or connecting road.
LINE_PART_CASES = [
    ("梅青高速新增龙溪互通工程开工。", ["梅青高速新增龙溪互通"]),
    ("梅青高速增设青山互通。", ["梅青高速增设青山互通"]),
    ("永吉高速马颈坳预留互通已建成。", ["永吉高速马颈坳预留互通"]),
    ("梅黄高铁预留巫溪支线接轨工程开工。", ["梅黄高铁预留巫溪支线"]),
]
LINE_PART_NEGATIVES = [
    ("新增龙溪互通。", []),
    ("梅青高速新增2个互通。", ["梅青高速"]),
    ("梅青高速新增两处互通。", ["梅青高速"]),
    ("高速公路预留互通。", []),
    ("梅青高速新增车道。", ["梅青高速"]),
    ("梅黄铁路新设车站。", ["梅黄铁路"]),
    # a part with no place after its line is a kind ("新增互通"); two verbs overlapping read the longer, always
    ("梅青高速新增互通。", ["梅青高速"]),
    ("梅青高速预留互通。", ["梅青高速"]),
    ("梅青高速新增连接线。", ["梅青高速"]),
    ("梅青高速新增设龙溪互通。", ["梅青高速"]),
]


@pytest.mark.parametrize(("sentence", "expected"), LINE_PART_CASES + LINE_PART_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_part_a_verb_adds_to_its_line(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


# C. A road's facility (服务区, 停车区, 匝道) named by its place right after the road's name or code: the facility of
#    that road is the item, named with the road, so it is drawn at its place and not along the whole road. Not a
#    facility named alone or counted, one the text names by what is done to it or by a stretch's role, nor one
#    where a route starts or ends (a landmark of the route).
FACILITY_CASES = [
    ("推进G42龙溪河服务区建设。", ["G42龙溪河服务区"]),
    ("梅青高速小三峡服务区开工建设。", ["梅青高速小三峡服务区"]),
    ("改建梅青高速朱衣匝道。", ["梅青高速朱衣匝道"]),
]
FACILITY_NEGATIVES = [
    ("该路段设有服务区1处。", []),
    ("以龙宫、乌江等服务区为试点。", []),
    ("梅青高速服务区充电桩覆盖率达到80%。", ["梅青高速"]),
    ("梅青高速新建匝道。", ["梅青高速"]),
    ("梅青高速拼宽匝道。", ["梅青高速"]),
    ("梅青高速全线服务区。", ["梅青高速"]),
    ("路线起于G85高速公路串丝服务区。", ["G85高速公路"]),
]


@pytest.mark.parametrize(("sentence", "expected"), FACILITY_CASES + FACILITY_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_roads_facility_named_after_it(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected
