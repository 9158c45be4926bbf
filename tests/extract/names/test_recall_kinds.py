"""Recall of the less frequent kinds (part-r28): logistics hubs and waterway dams whose name form was not read.

Every sentence is invented for its class (made-up items, real county names as places), with negatives:

A. a logistics role head after a place and a mode of transport ("X铁路综合物流枢纽", "X铁路物流中心", "X铁路综合物流
   枢纽一期") is the hub of that mode at the place, a site; the same head after a place alone ("推进X物流枢纽建设"), or
   with a word of role ("X地区铁路物流枢纽", "全国重要铁路物流中心"), is the place's role, no item;
B. a hub named for the modes it joins ("X多式联运枢纽", "X铁水联运枢纽") is a logistics hub where a place is named;
   the kind alone ("公铁水多式联运枢纽", "再添一个多式联运枢纽") names none;
C. a town whose short form ends in a one-character stop (太和, 永和: towns of the gazetteer) names the item whose
   head follows it ("太和工业园区", "永和大桥"); 和 joining two items ("推进高铁和机场建设", "A港和B工业园区") and a
   town ending in 等, which closes a list, are left to the rules of lists;
D. energy works named by a head the lexicon lacked: a gas pipeline's branch ("X天然气支线", an energy line, not a
   road's 支线), a plant's output line ("X电厂送出工程", the line, not the plant), a store of gas or coal ("X燃气综合
   储配站", "X煤炭储备中心"); the heads alone ("完善储配站布局"), a road's branch ("X支线公路") and a branch airport
   ("X支线机场") are not energy items;
E. a park named as the address of a company of its own name ("X工业园区Y科技股份有限公司") is an item, the company a
   tenant; a company of the park's own business ("X工业园区开发建设有限公司", "X物流园建设发展有限公司") owns the name,
   which is no item, and so does a company after another kind of head ("X铁路有限公司");
F. a river's works of shipping named by the river ("X河航运综合开发", "X江航运配套工程(一期、二期)"); the words without
   a river ("加强港口码头建设和航运配套") name none, and a waterway's 复航工程 stays the waterway ("X航道复航工程").
"""

from __future__ import annotations

import pytest
from extract_helpers import core_types

MODE_HUB_CASES = [
    ("永川正加快推进合江铁路综合物流枢纽建设。", [("合江铁路综合物流枢纽", "logistics_hub")]),
    ("合江铁路综合物流枢纽一期预计年底建成。", [("合江铁路综合物流枢纽一期", "logistics_hub")]),
    ("该站是重庆永川铁路物流中心的主体工程。", [("重庆永川铁路物流中心", "logistics_hub")]),
    ("推动万盛多式联运枢纽、綦江港等项目建设。", [("万盛多式联运枢纽", "logistics_hub"), ("綦江港", "port")]),
    ("宜宾进口商品铁水联运枢纽正加速推进。", [("宜宾进口商品铁水联运枢纽", "logistics_hub")]),
]


@pytest.mark.parametrize(("text", "expected"), MODE_HUB_CASES)
def test_a_mode_at_a_place_makes_a_logistics_role_head_a_site(text: str, expected: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == expected


@pytest.mark.parametrize(
    "text",
    [
        "推进合江物流枢纽建设,提升城市能级。",  # a place's role: no mode named
        "打造成渝地区铁路物流枢纽。",  # a word of role (地区)
        "建设全国重要铁路物流中心。",  # a word of role (重要), no place
        "永川将建成区域性铁路物流中心。",  # a word of role (区域)
        "该地区是国家规划建设的公铁水多式联运枢纽。",  # the kind, no place named
        "我市再添一个多式联运枢纽。",  # a count of a kind
    ],
)
def test_a_role_or_a_kind_of_logistics_hub_is_no_item(text: str) -> None:
    assert [n for n, t in core_types(text, staged=False) if t == "logistics_hub"] == []


TOWN_STOP_CASES = [
    ("加快建设太和工业园区。", [("太和工业园区", "industrial_park")]),
    ("这条公路将带动永和工业园、青山镇等沿线组团发展。", [("永和工业园", "industrial_park")]),
    ("城北物流园、太和工业园等重点片区加速发展。", [("城北物流园", "logistics_hub"), ("太和工业园", "industrial_park")]),
    ("永和大桥已建成通车。", [("永和大桥", "highway")]),
]


@pytest.mark.parametrize(("text", "expected"), TOWN_STOP_CASES)
def test_a_town_ending_in_a_stop_names_the_item_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推进高铁和机场建设。", []),  # 和 joins two kinds, no town
        ("加快建设青山港和白沙工业园区。", [("青山港", "port"), ("白沙工业园区", "industrial_park")]),  # a joiner between items
    ],
)
def test_a_joiner_before_a_head_stays_a_joiner(text: str, expected: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == expected


ENERGY_CASES = [
    ("建设青山天然气支线。", [("青山天然气支线", "energy")]),
    ("甲镇、乙镇等2条天然气支线即将投入使用。", [("甲镇天然气支线", "energy"), ("乙镇天然气支线", "energy")]),
    ("加快实施青山电厂送出工程。", [("青山电厂送出工程", "energy")]),
    ("建设白沙燃气综合储配站。", [("白沙燃气综合储配站", "energy")]),
    ("加快推进青山煤炭储备中心项目建设。", [("青山煤炭储备中心", "energy")]),
]


@pytest.mark.parametrize(("text", "expected"), ENERGY_CASES)
def test_energy_works_named_by_a_head_the_lexicon_lacked(text: str, expected: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完善储配站布局,保障天然气供应。", []),  # the head alone
        ("建设县城至青山支线公路。", [("县城至青山支线公路", "highway")]),  # a road's branch
        ("加快白沙支线机场建设。", [("白沙支线机场", "airport")]),  # a branch airport
        ("青山电厂已建成投产。", [("青山电厂", "energy")]),  # the plant itself
    ],
)
def test_other_branches_and_bare_heads_are_no_energy_works(text: str, expected: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在白沙工业园区青禾电子股份有限公司,工人正在忙碌。", [("白沙工业园区", "industrial_park")]),
        ("他是青山工业园丰源新材料有限公司的负责人。", [("青山工业园", "industrial_park")]),
    ],
)
def test_a_park_named_as_a_tenants_address_is_an_item(text: str, expected: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == expected


@pytest.mark.parametrize(
    "text",
    [
        "由青山工业园区开发建设有限公司负责建设。",  # the park's own company
        "白沙产业园投资运营有限公司完成融资。",  # the park's own company
        "青山物流园建设发展有限公司成立。",  # a logistics park's own company
        "白沙铁路青禾股份有限公司召开会议。",  # a company after another kind of head
    ],
)
def test_a_sites_own_company_names_no_item(text: str) -> None:
    assert core_types(text, staged=False) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推进青溪河航运综合开发,构建绿色水运通道。", [("青溪河航运综合开发", "waterway")]),
        ("加快建设白龙江航运配套工程(一期、二期)。", [("白龙江航运配套工程", "waterway")]),
        ("加强港口码头建设和航运配套。", []),
        ("青溪航道复航工程已完工。", [("青溪航道", "waterway")]),
    ],
)
def test_a_rivers_works_of_shipping(text: str, expected: list[tuple[str, str]]) -> None:
    assert core_types(text, staged=False) == expected
