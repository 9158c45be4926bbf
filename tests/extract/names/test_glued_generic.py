"""Words glued to names and generic words taken as names (issue 11 item 1, part-n24), on invented sentences.

* **a route's end told by its direction and 止** ("西起A立交,东止B立交", "南止C大道"): read as 东至 and 止于; an
  interchange there is a landmark, a road keeps its name.
* **the verb 指 of a definition after a count** ("2桥1隧指A大桥…", "“5”指A大桥"); 指 inside a name stays.
* **a clause's lead before a bare head or a name**: a time adverb of the next step (下一步), a need met (满足), a verb
  with its aspect particle (背着, 著), a verb giving an epithet (堪称, 号称), a news agency's credit (新华社).
* **generic works taken as named**: a determiner or a count before a bare head (整条, 上述, 出站一), a kind of station
  (中间站, 越行站, 会让站), a part of a road (主线), a scope (辖区), the people a work serves (市民), lines in and out
  of a province (入渝), rural roads by their reach (通县油路, 通乡油路, 通油路).
* **a bridge written with and without the river it crosses** in one document: one item.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


def test_a_route_end_told_by_direction_and_zhi_drops_the_interchange() -> None:
    names = core_names("项目西起甲乙立交,东止丙丁立交,全长4公里。")
    assert not [n for n in names if "止" in n or n == "丙丁立交"]


@pytest.mark.parametrize("text, name", [
    ("线路北起甲乙大道,南止丙丁大道。", "丙丁大道"),
    ("该道路西止戊己路,全长2公里。", "戊己路"),
])
def test_a_road_at_a_route_end_told_with_zhi_keeps_its_name(text: str, name: str) -> None:
    names = core_names(text)
    assert name in names
    assert not [n for n in names if "止" in n]


@pytest.mark.parametrize("text, name", [
    ("线路西起甲乙大道,东至丙丁高速。", "丙丁高速"),  # 东至 joins as before
    ("线路北止于甲乙大道。", "甲乙大道"),
])
def test_other_route_ends_are_unchanged(text: str, name: str) -> None:
    assert name in core_names(text)


@pytest.mark.parametrize("text, names", [
    ("计划开工的2桥1隧指甲乙大桥、丙丁大桥和戊己隧道。", ["甲乙大桥", "丙丁大桥", "戊己隧道"]),
    ("“5”指甲乙大桥等5座桥梁。", ["甲乙大桥"]),
])
def test_the_verb_of_a_definition_after_a_count_is_no_part_of_the_name(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("text, name", [
    ("五指峰隧道建成通车。", "五指峰隧道"),
    ("十指湾大桥建成通车。", "十指湾大桥"),
])
def test_zhi_inside_a_name_stays(text: str, name: str) -> None:
    assert core_names(text) == [name]


@pytest.mark.parametrize("text", [
    "下一步大桥将进行桥面铺装。",
    "接下来隧道将进行二衬施工。",
    "为满足高速公路建设需求,加大投资。",
    "当年战士们“扛着公路”前进。",
    "战士们背著公路前进。",
    "这条公路堪称天路。",
])
def test_a_lead_before_a_bare_head_names_no_item(text: str) -> None:
    assert core_names(text) == []


@pytest.mark.parametrize("text, name", [
    ("下一步甲乙大桥将进行桥面铺装。", "甲乙大桥"),
    ("新华社甲乙机场航拍。", "甲乙机场"),
    ("中新社甲乙大桥全景。", "甲乙大桥"),
    ("整条甲乙铁路全长100公里。", "甲乙铁路"),
])
def test_a_lead_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert core_names(text) == [name]


@pytest.mark.parametrize("text, names", [
    ("甲乙高速直达丙丁机场。", ["甲乙高速", "丙丁机场"]),  # a named road reaching a site: 高速 is its head
    ("沿着甲乙高速前进。", ["甲乙高速"]),
    ("堪称奇迹的甲乙大桥建成通车。", ["甲乙大桥"]),
    ("主线甲乙隧道建成。", ["主线甲乙隧道"]),
    ("通江大道建成通车。", ["通江大道"]),  # a name holding 通
])
def test_named_items_in_the_same_frames_stay(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize("text", [
    "整条铁路全长100公里。",
    "整座大桥用钢3万吨。",
    "线路经过上述铁路到达甲乙县。",
    "进站一座桥,出站一隧道。",
    "该站为甲乙铁路的越行站。",
    "主线隧道长约3公里。",
    "加强辖区货运码头专项治理。",
    "加快推进出入渝铁路物流通道建设。",
    "实施通县油路工程。",
    "全面完成通乡油路和通村公路建设。",
    "全州通县油路全部建成。",
    "全县90%的行政村实现通油路。",
])
def test_generic_works_name_no_item(text: str) -> None:
    assert [n for n in core_names(text) if "甲乙" not in n] == []


@pytest.mark.parametrize("text", ["丙丁站为甲乙铁路的会让站。", "丙丁站是甲乙铁路的一个中间站。"])
def test_a_station_of_a_kind_on_a_named_line_keeps_the_station_and_the_line(text: str) -> None:
    assert core_names(text) == ["丙丁站", "甲乙铁路"]


def test_the_people_a_work_serves_are_no_name() -> None:
    assert core_names("为满足市民高速直达机场需求,规划新建连接道。") == []  # 高速: "at high speed"


@pytest.mark.parametrize("text, name", [
    ("今年开工甲乙嘉陵江大桥。甲乙大桥全长1公里。", "甲乙嘉陵江大桥"),
    ("丙丁长江特大桥开工。丙丁大桥全长1公里。", "丙丁长江特大桥"),
    ("戊己庚长江大桥开工。戊己庚大桥全长1公里。", "戊己庚长江大桥"),
])
def test_a_bridge_with_and_without_its_river_in_one_document_is_one_item(text: str, name: str) -> None:
    assert core_names(text) == [name]


def test_a_bridge_and_another_places_river_bridge_stay_apart() -> None:
    assert core_names("甲乙大桥开工,丙丁长江大桥建成。") == ["甲乙大桥", "丙丁长江大桥"]
