"""Route descriptions of a line (issue 12): a clause of what the start joins, and waypoints written as a
chain of units with a village or junction after them. Invented sentences with real towns, and negatives."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString, Point

from geo.geocode import geocode
from geo.model import Entity, EntityType, Mention
from geo.places import Gazetteer, Level, distance_m, route_places, route_words

JIANGJIN = ["重庆市江津区人民政府"]  # a document about a district


def _with_quote(name: str, quote: str) -> Entity:
    at = quote.find(name)
    return Entity(name=name, type=EntityType.HIGHWAY, mentions=[
        Mention(doc="x.txt", text=name, quote=quote, start=max(at, 0), end=max(at, 0) + len(name))])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a clause of what the start joins, between the start and the via part
        ("甲乙公路起于白沙镇，与丙丁高速相接，经石门镇，止于吴滩镇。", ["白沙镇", "石门镇", "吴滩镇"]),
        # the junction made at the start, then the via part written with 途经
        ("线路起点位于白沙镇，以枢纽立交与G99丙丁高速公路相接，途经石门镇，终点位于油溪镇。",
         ["白沙镇", "石门镇", "油溪镇"]),
        # the joined line named by its ends: its 至 is no end of the route
        ("线路起于白沙镇，对接丙镇至丁镇高速公路，止于吴滩镇。", ["白沙镇", "吴滩镇"]),
        # two clauses of junctions
        ("线路起于白沙镇，接丙丁大道，与戊己快速路顺接，止于吴滩镇。", ["白沙镇", "吴滩镇"]),
        # negatives: the junction's 至 with no end after the clause is not read as the end
        ("线路起于白沙镇，对接丙镇至丁镇高速公路，全长30公里。", None),
        # a clause that is no junction breaks the route (it says something else)
        ("线路起于白沙镇，全长30公里，止于2025年。", None),
    ],
)
def test_a_junction_clause_after_the_start_is_skipped(text: str, words: list[str] | None) -> None:
    found = route_words(text)
    assert (found[0] if found else None) == words


def test_waypoints_written_with_their_units_and_a_village(gaz: Gazetteer) -> None:
    quote = "甲乙公路起于江津区白沙镇某某村，与丙丁高速相接，经石门镇，止于江津区吴滩镇某某坪互通，全长30公里。"
    route = route_places([quote], gaz, JIANGJIN, names=["甲乙公路"])
    assert [p.level for p in route] == [Level.TOWN, Level.TOWN, Level.TOWN]
    for town, place in zip(("白沙", "石门", "吴滩"), route, strict=True):
        assert distance_m(place.point, gaz.lookup(town, context=JIANGJIN)[0].point) < 1
    feature = geocode(_with_quote("甲乙公路", quote), gaz, context=JIANGJIN)
    assert isinstance(feature.geometry, LineString)
    assert distance_m(Point(feature.geometry.coords[0]), route[0].point) < 1
    assert distance_m(Point(feature.geometry.coords[-1]), route[-1].point) < 1


@pytest.mark.parametrize(
    ("quote", "names"),
    [
        # the item is named after the route (its junction at the end): not its route
        ("起于江津区白沙镇某某村，经石门镇，止于江津区吴滩镇某某坪，接甲乙路。", ["甲乙路"]),
        # the item is the line the start joins
        ("丙丁公路起于江津区白沙镇某某村，与甲乙高速相接，经石门镇，止于江津区吴滩镇某某坪。", ["甲乙高速"]),
        # a waypoint whose units read only as a city is too coarse
        ("甲乙公路起于重庆市某某村，经石门镇，止于江津区吴滩镇某某坪。", ["甲乙公路"]),
    ],
)
def test_a_route_of_units_is_only_its_subjects(gaz: Gazetteer, quote: str, names: list[str]) -> None:
    assert route_places([quote], gaz, JIANGJIN, names=names) == []


# ------------------------------------------- an autonomous prefecture written 甲州, then its county

@pytest.mark.parametrize(
    ("name", "adcode"),
    [
        ("阿坝州汶川", "513221"),  # 阿坝藏族羌族自治州, 汶川县
        ("甘孜州泸定县", "513322"),  # 甘孜藏族自治州, 泸定县, written in full
        ("黔东南州凯里市", "522601"),  # 黔东南苗族侗族自治州, 凯里市
        ("湘西州吉首", "433101"),  # 湘西土家族苗族自治州, 吉首市
    ],
)
def test_a_prefecture_short_form_with_zhou_before_its_county(gaz: Gazetteer, name: str, adcode: str) -> None:
    found = gaz.lookup(name)
    assert found and found[0].adcode == adcode and found[0].level is Level.DISTRICT
    county = gaz.lookup(name[name.index("州") + 1:])[0]
    assert distance_m(found[0].point, county.point) < 1


@pytest.mark.parametrize(
    "name",
    [
        "阿坝州成都",  # a county of another prefecture after it: not read inside it
        "巴中州恩阳",  # 巴中 is a 市, no autonomous prefecture: 巴中州 is no short form of it
        "阿坝州某某",  # nothing known after it
    ],
)
def test_a_prefecture_short_form_reads_only_its_own_counties(gaz: Gazetteer, name: str) -> None:
    assert not any(p.level is Level.DISTRICT for p in gaz.lookup(name))


def test_a_line_between_counties_written_after_their_prefecture(gaz: Gazetteer) -> None:
    quote = "甘孜州泸定至阿坝州汶川高速公路前期工作加快推进。"
    feature = geocode(_with_quote("甘孜州泸定至阿坝州汶川高速公路", quote), gaz, context=["四川省交通运输厅"])
    assert isinstance(feature.geometry, LineString)
    for end, county in zip((feature.geometry.coords[0], feature.geometry.coords[-1]), ("泸定", "汶川"), strict=True):
        assert distance_m(Point(end), gaz.lookup(county)[0].point) < 1
