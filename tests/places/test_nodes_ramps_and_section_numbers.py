"""Nodes and ramps of a line, roads' numbers before a section, and ports named for a far city (issue 12 item 4).

Points at the finest place the text supports (issue 12 item 4): classes of misplacement
found on the eleven tuning splits, each tested on invented sentences of its class, with negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import Basis, geocode
from geo.geocode.nodes import node_place
from geo.model import EntityType, Precision
from geo.places import Context, Gazetteer, Level, Place, gap_m, section_places

T = EntityType
LESHAN = ["乐山市交通运输局"]  # a document about a city
FENGJIE = ["奉节县人民政府"]  # a document about a county
JIANGJIN = ["重庆市江津区人民政府"]
BEIBEI = ["重庆市北碚区人民政府"]
PANZHIHUA = ["攀枝花市交通运输局"]


# ------------------------------------------------- a node of a line written after the line's name

@pytest.mark.parametrize(
    ("name", "type_", "context", "adcode", "precision"),
    [
        # an interchange named for a county, written after the road between two other counties
        ("乐山至荥经高速公路峨眉山互通", T.HIGHWAY, LESHAN, "511181", Precision.DISTRICT),
        # a ramp named for a town the index knows in the document's county (its county), after a
        # road of the region's corridors: a point, not the road
        ("渝宜高速朱衣匝道", T.HIGHWAY, FENGJIE, "500236", Precision.DISTRICT),
        # a flyover named for a town of the gazetteer in the document's district: at the town
        ("江津至綦江高速蔡家立交", T.HIGHWAY, JIANGJIN, "500116", Precision.TOWN),
        # a toll station, the project word after it
        ("万州至云阳高速公路奉节收费站工程", T.HIGHWAY, FENGJIE, "500236", Precision.DISTRICT),
    ],
)
def test_a_node_of_a_line_is_placed_at_the_place_written_before_its_kind(
        gaz: Gazetteer, name: str, type_: EntityType, context: list[str], adcode: str,
        precision: Precision) -> None:
    feature = geocode(_said(name, type_, f"{name}建成通车。"), gaz, context=context)
    assert feature.geometry is not None and feature.geometry.geom_type == "Point"
    assert feature.precision is precision
    assert _in(gaz, adcode, feature.geometry)


@pytest.mark.parametrize(
    ("name", "context"),
    [
        ("甲乙高速公路互通", LESHAN),  # no word between the line and the node's kind
        ("甲乙高速乐山互通", LESHAN),  # a city says no more than the line
        ("甲乙高速蔡家立交", BEIBEI),  # a town of a county nothing names: one of many 蔡家
        ("甲乙高速丙丁互通", LESHAN),  # a word that is no place
        ("甲乙高速公路扩容工程", LESHAN),  # no node at all
        ("峨眉山互通", LESHAN),  # no line before it: read by the name's own places
    ],
)
def test_no_node_place_without_a_county_or_a_named_town_before_the_kind(
        gaz: Gazetteer, name: str, context: list[str]) -> None:
    assert node_place(name, gaz, Context(context)) is None


def test_a_ramp_is_a_point_not_a_line(gaz: Gazetteer) -> None:
    feature = geocode(_said("甲乙高速丙丁匝道", T.HIGHWAY, "甲乙高速丙丁匝道建成。"), gaz, context=FENGJIE)
    assert feature.geometry is None or feature.geometry.geom_type == "Point"


def test_the_node_does_not_replace_a_curated_site(gaz: Gazetteer) -> None:
    # a site named inside the name wins over the word before the node's kind
    feature = geocode(_said("重庆西站北连接道立交", T.HIGHWAY, "重庆西站北连接道立交建成。"), gaz,
                      context=["重庆市沙坪坝区人民政府"])
    assert feature.basis is not Basis.PLACE or not feature.note.startswith("a node")


# ------------------------------------------------- a road's number written without 线 before its section

def _names(ends: list[Place | object] | None) -> list[str | None]:
    return [e.name if isinstance(e, Place) else None for e in ends or []]


@pytest.mark.parametrize(
    "name",
    [
        "国道999米易至盐边段",  # the network's word and the number, no 线
        "国道999线米易至盐边段",  # with 线, as before
        "G999米易至盐边段",
        "省道99米易至盐边段改建工程",
    ],
)
def test_a_roads_number_is_no_part_of_its_sections_first_end(gaz: Gazetteer, name: str) -> None:
    ends = section_places(name, gaz, Context(PANZHIHUA), None)
    assert _names(ends) == ["米易县", "盐边县"]


def test_a_county_then_an_unknown_locality_after_the_number_is_the_county(gaz: Gazetteer) -> None:
    ends = section_places("国道999米易丙丁至盐边段", gaz, Context(PANZHIHUA), None)
    assert ends is not None and isinstance(ends[0], Place) and ends[0].level is Level.DISTRICT
    assert ends[0].name == "米易县"


def test_a_number_alone_is_no_section(gaz: Gazetteer) -> None:
    assert section_places("国道999", gaz, Context(PANZHIHUA), None) is None


# ------------------------------------------------- a port named for a far city

CHONGQING = ["重庆日报"]
DEYANG = ["德阳市人民政府"]


@pytest.mark.parametrize(
    ("name", "context", "adcode"),
    [
        ("上海港", CHONGQING, "310000"),  # a municipality's port, 1,400 km from the document
        ("宁波港口", CHONGQING, "330200"),  # a city's port written with 港口
        ("防城港", DEYANG, "450600"),  # a port city named 乙港: the city itself
        ("广西防城港", DEYANG, "450600"),  # written after its province
        ("浙江省宁波港", CHONGQING, "330200"),
    ],
)
def test_a_port_named_for_a_far_city_is_in_that_city(gaz: Gazetteer, name: str, context: list[str],
                                                     adcode: str) -> None:
    feature = geocode(_said(name, T.PORT, f"货物经{name}出海。"), gaz, context=context)
    assert feature.geometry is not None and feature.precision is Precision.CITY
    assert _in(gaz, adcode, feature.geometry)


@pytest.mark.parametrize(
    ("name", "type_"),
    [
        ("佛山隧道", T.HIGHWAY),  # a tunnel named like a far city is no place of it
        ("金佛山港", T.PORT),  # the city's name inside a longer word (金佛山): not its port
        ("甲乙上海港物流园", T.LOGISTICS_HUB),  # a name that only holds the port's name
        ("广东上海港", T.PORT),  # a province the city is not in: no such port
    ],
)
def test_a_far_city_inside_another_name_stays_unread(gaz: Gazetteer, name: str, type_: EntityType) -> None:
    feature = geocode(_said(name, type_, f"{name}建成。"), gaz, context=CHONGQING)
    assert feature.geometry is None or gap_m(gaz.unit_geometry("310000"), feature.geometry) > 100_000
