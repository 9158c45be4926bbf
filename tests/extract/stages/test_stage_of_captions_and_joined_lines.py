"""Existing infrastructure named as context gets 建成 (issue #11 item 2).

Classes found on the held-out stage errors of the tuning splits (gold 建成, ours 未说明): items pictured in a
photo caption longer than the item alone, and lines a new work is told to have joined or to serve. Every
sentence is invented (made-up lines and places); each class has negatives of the same shape where the rule
must not fire: works or a plan pictured, a caption looking ahead, a join still ahead, a planned line.
"""

from __future__ import annotations

import pytest
from extract_helpers import case, stage_of

# a caption opened by its lead (资料图, 图为, 这是) or closed by a photo credit ("…摄", "供图:某某"): the items
# pictured are in service
#: a neutral first line: the caption is not the document's headline
LEAD = "枫林县交通发展综述\n"
PHOTO_CAPTION = [
    case(LEAD + "资料图:航拍枫林县青石镇竹园高铁、松岭高铁的隧道和桥梁。\n枫林县交通建设加快推进。", "松岭高铁", "completed"),
    case(LEAD + "资料图:航拍枫林至竹园公路。供图:某网记者 张某\n今年全县交通投资增长。", "枫林至竹园公路", "completed"),
    case(LEAD + "这是全长640米的青石河铁路大桥。\n近年来,枫林县交通面貌明显改善。", "青石河铁路大桥", "completed"),
    case(LEAD + "游客在枫林铁路竹园站留影(2024年3月2日摄)某社记者 李某 摄\n枫林县旅游持续升温。", "枫林铁路竹园站", "completed"),
    case(LEAD + "市民在枫林铁路竹园站候车。某社记者 王某 摄\n全县经济稳步增长。", "枫林铁路竹园站", "completed"),
    case(LEAD + "枫林县城区的灯光与青石河铁路大桥交相辉映。某社记者 王某 摄\n全县经济稳步增长。", "青石河铁路大桥", "completed"),
    # negatives: works or a plan pictured, a caption looking ahead, no caption at all
    case(LEAD + "图为正在架梁的青石河特大桥。某社记者 李某 摄\n项目进展顺利。", "青石河特大桥", "under_construction"),
    case(LEAD + "资料图:枫林至竹园高速公路施工现场。\n项目计划明年建成。", "枫林至竹园高速公路", "under_construction"),
    case(LEAD + "图为竹园高铁枫林站效果图。某局供图\n该站将于明年开工。", "竹园高铁枫林站", "unspecified"),
    case(LEAD + "这是规划中的青石河大桥。某社记者 李某 摄\n大桥前期工作正在推进。", "青石河大桥", "proposed"),
    case(LEAD + "资料图:青石河大桥建成后将连通两岸。\n大桥预计明年开工。", "青石河大桥", "unspecified"),
    case(LEAD + "3月5日拍摄的位于枫林县的竹园水利枢纽工程。某某 摄\n全县经济稳步增长。", "竹园水利枢纽工程", "unspecified"),
    case(LEAD + "大桥起于青石隧道出口,是枫林铁路的重点控制性工程(2024年3月2日摄)。\n全县经济稳步增长。", "枫林铁路", "unspecified"),
    case(LEAD + "摄影爱好者在青石河铁路大桥施工现场拍照。\n全县经济稳步增长。", "青石河铁路大桥", "under_construction"),
    case(LEAD + "枫林县交通局表示,竹园港改造工作仍在谋划。\n这是记者从会上获悉的。", "竹园港", "proposed"),
]


@pytest.mark.parametrize(("text", "name", "stage"), PHOTO_CAPTION)
def test_items_pictured_in_a_caption_are_in_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# lines a work is told to have joined ("连接了A、B、C") or that a link line serves ("是A、B的联络线", "是D安全运营的保障
# 线"): they are there
LINES_JOINED_DONE = [
    case("枫林高速处于竹园发展带,连接了G75松岭高速、S12青石高速和S20竹溪高速,加密了区域路网。", "S12青石高速", "completed"),
    case("枫林高速处于竹园发展带,连接了G75松岭高速、S12青石高速和S20竹溪高速,加密了区域路网。", "S20竹溪高速", "completed"),
    case("枫竹铁路作为省内自主建设的铁路,是松岭铁路、青石铁路、竹溪铁路的联络线。", "青石铁路", "completed"),
    case("枫竹铁路也是竹园铁路安全运营的保障线,更是沟通南北的重要通道。", "竹园铁路", "completed"),
    # negatives: a join still ahead, a planned line joined, a line under construction named so, a link line named
    case("枫林高速建成后将连接了G75松岭高速和S12青石高速。", "S12青石高速", "unspecified"),
    case("枫竹铁路是规划竹溪铁路的联络线。", "竹溪铁路", "unspecified"),
    case("枫竹铁路是在建的竹溪铁路的联络线。", "竹溪铁路", "under_construction"),
    # (a line marked planned right before it is planned, "规划的X" after any verb: part-s36)
    case("枫林高速连接了规划的S20竹溪高速。", "S20竹溪高速", "proposed"),
    case("青石至竹溪联络线计划明年开工。", "青石至竹溪联络线", "starting"),
]


@pytest.mark.parametrize(("text", "name", "stage"), LINES_JOINED_DONE)
def test_lines_a_work_has_joined_are_in_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage
