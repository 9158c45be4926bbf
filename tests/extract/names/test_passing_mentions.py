"""Named works a sentence passes by: which ones are items (issue 11 item 1, part-k42).

Gold codes a named line a route joins or a trip goes by as an item of its own, with the existing-context stage
(tests/data/blind/CONVENTIONS.md, part-k42). The extractor kept most; these are the shapes it lost.

* A joined line's stretch named by a region ("与X高速公路云南境段相接", "接Y高速四川境段") or by a small place's
  side ("与Z高速甲乙东段相接"): the stretch is the item; where nothing joins, a small place's side stays with the
  whole line (a region's stretch is a section wherever it is written: test_unit_reach_sections.py, tests/places/test_line_in_a_units_part.py).
* A line a trip goes by, then where it goes ("再经X高速至Y市"): the line is the item, and an adverb before 经 opens
  no name; "A经B至C高速" is still a route's name, and "X高速至Y段" a section.
* A city's grid expressway a route ends at, named before the landmark interchange ("止于快速路五横线甲乙立交"): the
  road is the item, as "止于X高速Y立交" gives X高速; the interchange stays a landmark.
* A kind of road named only with its number, after a verb of way ("需绕行国道", "乘坐大巴沿国道"): the way a trip
  takes, no item; a numbered or named national road stays ("国道318", "G318国道", "川藏国道", a place ending in 经).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize(("text", "name"), [
    ("该公路止于甲县,与安宁高速公路云南境段相接。", "安宁高速公路云南境段"),
    ("项目终点位于乙镇,接安宁高速公路贵州境段。", "安宁高速公路贵州境段"),
    ("该路止于甲县,与在建的安宁高速公路云南境段相连。", "安宁高速公路云南境段"),
    ("终点位于田家附近,与宜安高速鹤峰东段相接。", "宜安高速鹤峰东段"),
])
def test_a_joined_lines_stretch_is_the_item(text: str, name: str) -> None:
    assert name in core_names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("宜安高速鹤峰东段开工建设。", "宜安高速"),
    ("该路与安宁高速公路相接。", "安宁高速公路"),             # a joined line without a stretch keeps its name
])
def test_a_stretch_nothing_joins_stays_with_its_line(text: str, name: str) -> None:
    assert core_names(text) == [name]


@pytest.mark.parametrize(("text", "names"), [
    ("由绵阳经安宁高速至乐山,再经长平高速至雅安,全程389公里。", ["安宁高速", "长平高速"]),
    ("再经长平高速至雅安。", ["长平高速"]),
    ("她选择经长平高速至雅安市区。", ["长平高速"]),
    ("车辆将经长平高速直达雅安。", ["长平高速"]),
])
def test_a_line_a_trip_goes_by_is_an_item(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize(("text", "name"), [
    ("重庆经叙永至筠连高速公路开工建设。", "重庆经叙永至筠连高速公路"),   # 经 inside a route's name
    ("推进成都经眉山至乐山高速公路建设。", "成都经眉山至乐山高速公路"),
])
def test_a_routes_name_with_its_way_stays_whole(text: str, name: str) -> None:
    assert name in core_names(text)


def test_a_line_before_a_section_to_a_place_is_no_trip() -> None:
    assert "长平高速" not in core_names("列车经长平高速至雅安段施工。")


@pytest.mark.parametrize(("text", "name"), [
    ("项目北起甲乙大道,止于快速路五横线丙丁立交。", "快速路五横线"),
    ("项目起于快速路六纵线丙丁立交,全长8公里。", "快速路六纵线"),
])
def test_a_grid_road_a_route_ends_at_is_the_item(text: str, name: str) -> None:
    names = core_names(text)
    assert name in names
    assert not any(n.endswith("立交") for n in names)


@pytest.mark.parametrize("text", [
    "过去乡镇往返主城需绕行国道,如今经安泰高速直达。",
    "只能乘坐长途大巴沿国道,在山间蜿蜒。",
    "车辆需经省道通行。",
])
def test_a_kind_a_trip_goes_by_is_no_item(text: str) -> None:
    assert not any(n.endswith(("国道", "省道")) for n in core_names(text))


@pytest.mark.parametrize(("text", "name"), [
    ("推进国道318改造。", "国道318"),
    ("推进G318国道改造。", "G318国道"),
    ("川藏国道全线贯通。", "川藏国道"),
    ("荥经国道改造完成。", "荥经国道"),         # a place ending in 经 is no verb of way
])
def test_a_numbered_or_named_national_road_stays(text: str, name: str) -> None:
    assert name in core_names(text)
