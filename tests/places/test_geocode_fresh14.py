"""Places of unseen 重庆/四川/贵州 text (issue 12, split fresh14): classes of misplacement, each
tested on invented names and sentences of its class, with negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import ends as _ends
from geocode_helpers import inside as _in
from geocode_helpers import place_names as _names
from geocode_helpers import said as _said

from geo.documents import read_meta
from geo.geocode import geocode
from geo.model import EntityType
from geo.places import Gazetteer, name_places

T = EntityType
LESHAN = ["乐山市交通运输局"]
SUINING = ["遂宁市人民政府"]
NANCHONG = ["南充市人民政府"]
BIJIE = ["毕节市人民政府"]
YIBIN = ["宜宾市人民政府"]
LUZHOU = ["泸州市人民政府"]
CHONGQING = ["重庆日报"]


# ------------------------------------------- a local road named by two neighbours' initials

@pytest.mark.parametrize(
    ("name", "ctx", "places"),
    [
        ("夹峨路", LESHAN, ["夹江县", "峨眉山市"]),  # 甲乙路
        ("犍沐大道", LESHAN, ["犍为县", "沐川县"]),  # 甲乙大道
        ("射蓬快速干道", SUINING, ["射洪市", "蓬溪县"]),  # 甲乙快速干道
        ("射蓬路快速通道", SUINING, ["射洪市", "蓬溪县"]),  # 甲乙路 and the kind of works
    ],
)
def test_a_local_road_runs_between_the_neighbours_its_initials_name(
        gaz: Gazetteer, name: str, ctx: list[str], places: list[str]) -> None:
    assert _names(name, gaz, ctx) == places


@pytest.mark.parametrize(
    ("name", "ctx"),
    [
        ("南滨路", CHONGQING),  # a street: 滨 reads as no neighbour
        ("北滨路", CHONGQING),
        ("西永大道", CHONGQING),  # an avenue of a town: 西 stays doubtful
        ("两江大道", CHONGQING),  # "two rivers", no pair of units
        ("乐昆路", LESHAN),  # 乐山 and 昆明 are no neighbours: a street's own name
    ],
)
def test_a_street_named_like_initials_is_no_line(gaz: Gazetteer, name: str, ctx: list[str]) -> None:
    assert len(_names(name, gaz, ctx)) < 2


def test_a_local_road_is_drawn_between_its_neighbours(gaz: Gazetteer) -> None:
    feature = geocode(_said("犍沐大道", T.HIGHWAY, "加快建设犍沐大道。"), gaz, context=LESHAN)
    start, end = _ends(feature.geometry)
    assert _in(gaz, "511123", start) and _in(gaz, "511129", end)


# ------------------------------------------- a middle initial is a waypoint: least detour

def test_a_middle_initial_is_read_on_the_way_between_its_neighbours(gaz: Gazetteer) -> None:
    # 大 between 南充 and 达州: 大竹 lies on the way, 大英 as near 南充 but behind it
    places = name_places("南大达高速", gaz, NANCHONG)
    assert [p.name for p in places][1:] == ["大竹县", "达州市"]
    assert places[0].adcode.startswith("5113")  # 南: 南充 (or its county 南部)


def test_a_middle_initial_off_the_way_stays_unread(gaz: Gazetteer) -> None:
    assert _names("南彝达高速", gaz, NANCHONG) == []  # 彝良 is no waypoint between 南充 and 达州


# ------------------------------------------- a county initial beside a city, no city of it

def test_a_county_initial_no_city_bears_is_read_beside_a_city(gaz: Gazetteer) -> None:
    # no city of China starts with 彝: beside 毕节 (a city) it is the county 彝良 of 云南
    assert _names("毕彝高速", gaz, BIJIE) == ["毕节市", "彝良县"]


@pytest.mark.parametrize(
    ("name", "ctx"),
    [
        ("宜鲁高速", YIBIN),  # 鲁甸 lies beyond a neighbouring county's reach of 宜宾
        ("渝彝高速", CHONGQING),  # beside a province nothing is a county's initial
    ],
)
def test_a_far_county_initial_stays_unread(gaz: Gazetteer, name: str, ctx: list[str]) -> None:
    assert _names(name, gaz, ctx) == []


# ------------------------------------------- a numbered road's section between its ends

@pytest.mark.parametrize("name", ["国道246线泸县到合江段", "省道425线泸县至合江段"])
def test_a_numbered_roads_section_runs_between_its_ends(gaz: Gazetteer, name: str) -> None:
    feature = geocode(_said(name, T.HIGHWAY, f"{name}改建工程完工。"), gaz, context=LUZHOU)
    start, end = _ends(feature.geometry)
    assert _in(gaz, "510521", start) and _in(gaz, "510522", end)


# ------------------------------------------- the body that replies on a 问政 page is the issuer

REPLY = """甲乙大桥何时能建设
网友留言
各位领导好,甲乙大桥什么时候建?
官方回复
回复单位:{first}来源:问政四川 回复时间:2021-06-16 15:09
网民朋友:您好!来信收悉。
{second}"""


@pytest.mark.parametrize(
    ("first", "second", "issuer"),
    [
        ("渠县交通运输局", "", "渠县交通运输局"),
        # forwarded by the city, answered by the county: the answering body
        ("南充市政务服务管理局", "官方回复\n回复单位:营山县交通运输局来源:问政四川 回复时间:2021-06-20", "营山县交通运输局"),
    ],
)
def test_the_replying_body_is_the_issuer(first: str, second: str, issuer: str) -> None:
    assert read_meta(REPLY.format(first=first, second=second)).issuer == issuer


@pytest.mark.parametrize(
    "text",
    [
        REPLY.format(first="网友", second=""),  # no body of government
        "甲乙大桥何时能建设\n我们询问了回复单位:渠县交通运输局,尚无答复。",  # not a label line
    ],
)
def test_no_replying_body_no_issuer(text: str) -> None:
    assert read_meta(text).issuer is None


# ------------------------------------------- a renamed county's former name (data/gazetteer/former_names.csv)

WULONG = ["重庆市武隆区人民政府"]  # a document about another district: a town of the name is refused there


@pytest.mark.parametrize(
    ("name", "ctx", "adcodes"),
    [
        ("开县至巫溪公路", WULONG, ["500154", "500238"]),  # 开县 is 开州区 now
        ("盘县至普安高速公路", ["贵州日报"], ["520281", "522323"]),  # 盘县 is 盘州市 now
    ],
)
def test_a_former_county_name_is_the_unit_it_became(gaz: Gazetteer, name: str, ctx: list[str],
                                                     adcodes: list[str]) -> None:
    assert [p.adcode for p in name_places(name, gaz, ctx)] == adcodes


@pytest.mark.parametrize("text", ["召开县政府常务会议研究交通项目", "县里召开县长办公会"])
def test_a_former_name_inside_running_text_is_no_place(gaz: Gazetteer, text: str) -> None:
    assert "开县" not in [word for _, _, word in gaz.index.scan(text)]
    assert not gaz.index.context_prefixes((text,))


def test_a_former_names_short_form_is_no_place(gaz: Gazetteer) -> None:
    assert gaz.lookup("开") == []


def test_every_former_name_row_names_a_unit_and_a_source(gaz: Gazetteer) -> None:
    frame = gaz.former_names
    assert len(frame) >= 3
    for former, adcode, current in zip(frame["former"], frame["adcode"], frame["current"], strict=True):
        unit = gaz.index.unit(adcode)
        assert unit is not None and unit.name == current
        assert not any(p.name == former for p in gaz.lookup(current))  # the former name is no current name
