"""Namesakes of places (issue 12, placement): a city's short form shadowed by a town of the same name,
towns of one name at a line's end, and a city's streets read as far towns. Invented names of each class
(real place names where the class is about the gazetteer), positives and negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import Basis, geocode
from geo.geocode.fallbacks import is_street
from geo.model import EntityType, Precision
from geo.places import Context, Gazetteer, Level, distance_m, name_places

T = EntityType


# ------------------------------------------------- a unit's short form shadowed by a town of its name

@pytest.mark.parametrize(("name", "context", "adcode"), [
    ("吉安", [], "360800"),  # a prefecture city's short form, also a village of 永川: the city
    ("中山", [], "442000"),
    ("罗田", ["湖北省交通运输厅"], "421123"),  # a county of the document's province, also a town of 万州
    ("罗田", ["黄冈市"], "421123"),
])
def test_a_units_short_form_is_the_unit_not_a_town_of_its_name(gaz: Gazetteer, name: str,
                                                              context: list[str], adcode: str) -> None:
    found = gaz.lookup(name, context=context)
    assert found and found[0].adcode == adcode and found[0].level is not Level.TOWN


@pytest.mark.parametrize(("name", "context", "adcode"), [
    ("吉安", ["重庆市永川区人民政府"], "500118"),  # the context names the town's own district
    ("吉安镇", [], "500118"),  # written as a town
    ("罗田", [], "500101"),  # a county of a province the document is not about: the town stays
    ("白沙", [], "500116"),  # a county a province governs directly (海南) is no prefecture city
])
def test_a_town_stays_where_its_text_or_context_marks_it(gaz: Gazetteer, name: str, context: list[str],
                                                         adcode: str) -> None:
    found = gaz.lookup(name, context=context)
    assert found and found[0].level is Level.TOWN and found[0].adcode == adcode


# ------------------------------------------------- towns of one name at a line's end

def _ends(name: str, gaz: Gazetteer, context: list[str]) -> list[str]:
    return [p.adcode for p in name_places(name, gaz, Context(context))]


@pytest.mark.parametrize(("name", "context"), [
    ("汉中至板桥公路", ["陕西省人民政府"]),  # 板桥 of seven counties: the one nearest 汉中 (青川)
    ("宜昌至板桥公路", ["湖北省交通运输厅"]),
    ("咸宁至高桥公路", ["湖北省交通运输厅"]),
])
def test_among_towns_of_one_name_the_end_nearest_the_other_end_wins(gaz: Gazetteer, name: str,
                                                                    context: list[str]) -> None:
    start, end = name_places(name, gaz, Context(context))
    towns = [p for p in gaz.lookup(end.name) if p.level is Level.TOWN]
    assert len(towns) >= 4 and end.level is Level.TOWN
    assert distance_m(end.point, start.point) == min(distance_m(t.point, start.point) for t in towns)


@pytest.mark.parametrize(("name", "context"), [
    ("西宁至板桥公路", ["青海省人民政府"]),  # every 板桥 is farther than a line of this kind reaches
    ("拉萨至高桥公路", ["西藏自治区人民政府"]),
])
def test_an_end_among_far_towns_of_one_name_is_left_unknown(gaz: Gazetteer, name: str,
                                                           context: list[str]) -> None:
    assert len(_ends(name, gaz, context)) == 1


def test_a_town_of_the_documents_own_district_stays_at_a_lines_end(gaz: Gazetteer) -> None:
    # 板桥 of 永川, in a 永川 plan, although 板桥s of other counties exist
    assert _ends("甲乙至板桥公路", gaz, ["重庆市永川区人民政府"])[-1:] == ["500118"]
    assert _ends("遵义至板桥公路", gaz, ["重庆市永川区人民政府"])[-1] == "500118"


# ------------------------------------------------- a city's streets

@pytest.mark.parametrize(("name", "street"), [
    ("甲乙大道", True), ("丙丁北路", True), ("戊己大道东西延长线", True), ("庚辛街改造", True),
    ("甲乙公路", False), ("丙丁快速路", False), ("甲镇至乙镇大道", False), ("戊己互通立交", False),
])
def test_what_a_street_is(name: str, street: bool) -> None:
    assert is_street(name) is street


@pytest.mark.parametrize("name", ["江南大道", "城北大道", "甲乙大道"])
def test_a_street_of_the_documents_city_is_placed_in_that_city(gaz: Gazetteer, name: str) -> None:
    # 江南 and 城北 are towns of 重庆 too: a street of a 长沙 news item is no point there
    entity = _said(name, T.HIGHWAY, f"推进{name}、丙丁路等城市道路建设,打通断头路。")
    feature = geocode(entity, gaz, context=["长沙市"])
    assert feature.geometry is not None and _in(gaz, "430100", feature.geometry)
    assert "长沙市" in feature.note


@pytest.mark.parametrize("name", ["江南大道", "城北大道", "甲乙大道"])
def test_a_street_is_placed_in_the_one_city_its_sentence_names(gaz: Gazetteer, name: str) -> None:
    entity = _said(name, T.HIGHWAY, f"推进中山北路、{name}、贵港城区二环路等城市道路建设。")
    feature = geocode(entity, gaz, context=["新闻"])
    assert feature.geometry is not None and _in(gaz, "450800", feature.geometry)  # not 中山 of 中山北路
    assert feature.basis is Basis.STREET and feature.precision is Precision.DISTRICT
    assert "贵港市" in feature.note


def test_a_city_named_only_by_a_street_names_no_city(gaz: Gazetteer) -> None:
    entity = _said("甲乙大道", T.HIGHWAY, "推进中山北路、甲乙大道等城市道路建设。")
    assert geocode(entity, gaz, context=["新闻"]).geometry is None


def test_a_town_of_the_streets_name_inside_its_unit_stays(gaz: Gazetteer) -> None:
    entity = _said("大昌大道", T.HIGHWAY, "推进大昌大道改造。")  # 大昌 is a town of 巫山
    feature = geocode(entity, gaz, context=["重庆市巫山县人民政府"])
    assert feature.geometry is not None and _in(gaz, "500237", feature.geometry)
    assert feature.basis is not Basis.STREET and feature.precision is Precision.TOWN


def test_a_road_between_places_is_no_street_of_the_city(gaz: Gazetteer) -> None:
    entity = _said("板桥至高桥公路", T.HIGHWAY, "推进板桥至高桥公路建设。", ["板桥", "高桥"])
    feature = geocode(entity, gaz, context=["长沙市"])
    assert feature.basis is not Basis.STREET


def test_a_street_written_after_its_area_stays_at_the_area(gaz: Gazetteer) -> None:
    entity = _said("贵安新区甲乙路", T.HIGHWAY, "推进贵阳市贵安新区甲乙路建设。", ["贵安"])
    assert geocode(entity, gaz, context=["新闻"]).basis is not Basis.STREET
