"""Route ends written as a unit and a zone of it (起于甲新区乙片区，止于丙区丁组团, issue 12): each end is the
unit it is written with, for the route's own subject only. Invented sentences with real units, and negatives."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString, Point

from geo.geocode import geocode
from geo.model import Entity, EntityType, Mention
from geo.places import (
    Gazetteer,
    Level,
    distance_m,
    gap_m,
    joined_at,
    resolve,
    route_places,
    route_units,
)

CHONGQING = ["重庆市住房和城乡建设委员会"]  # a document of the city


def _with_quote(name: str, quote: str) -> Entity:
    at = quote.find(name)
    return Entity(name=name, type=EntityType.HIGHWAY, mentions=[
        Mention(doc="x.txt", text=name, quote=quote, start=max(at, 0), end=max(at, 0) + len(name))])


def _at(gaz: Gazetteer, unit: str) -> Point:
    place = resolve(unit, gaz, CHONGQING)
    assert place is not None
    return place.point


@pytest.mark.parametrize(
    ("quote", "units"),
    [
        # a new area and a district, each with a zone (片区) of it
        ("甲乙大桥是快速路网的控制性工程，起于两江新区丙丁片区，止于北碚区戊己片区，全长约3公里。",
         ["两江新区", "北碚区"]),
        # two districts with a cluster (组团) of each
        ("甲乙隧道起于江北区丙丁组团，止于南岸区戊己组团，全长约4公里。", ["江北区", "南岸区"]),
        # a zone at one end, a town written with its district at the other
        ("甲乙大道起于两江新区丙丁片区，止于北碚区蔡家岗街道。", ["两江新区", "蔡家岗"]),
    ],
)
def test_a_zone_end_is_the_unit_it_is_written_with(gaz: Gazetteer, quote: str, units: list[str]) -> None:
    name = quote[: quote.find("起于")].split("是")[0]
    route = route_places([quote], gaz, CHONGQING, names=[name])
    assert len(route) == len(units)
    for place, unit in zip(route, units, strict=True):
        assert distance_m(place.point, _at(gaz, unit)) < 1
    assert all(p.level is not Level.CITY for p in route)


def test_a_road_between_zones_is_drawn_between_their_units(gaz: Gazetteer) -> None:
    quote = "甲乙大道是快速路网的联络线，起于两江新区丙丁片区，止于北碚区戊己片区，全长约3公里。"
    feature = geocode(_with_quote("甲乙大道", quote), gaz, context=CHONGQING)
    assert isinstance(feature.geometry, LineString)
    assert distance_m(Point(feature.geometry.coords[0]), _at(gaz, "两江新区")) < 1
    assert distance_m(Point(feature.geometry.coords[-1]), _at(gaz, "北碚区")) < 1


def test_a_bridge_between_zones_stands_where_their_units_meet(gaz: Gazetteer) -> None:
    quote = "甲乙大桥是快速路网的控制性工程，起于两江新区丙丁片区，止于北碚区戊己片区，全长约3公里。"
    feature = geocode(_with_quote("甲乙大桥", quote), gaz, context=CHONGQING)
    assert isinstance(feature.geometry, Point)
    assert "route" in feature.note
    for unit in ("两江新区", "北碚区"):  # on the border of the new area's district and 北碚区
        place = resolve(unit, gaz, CHONGQING)
        assert place is not None
        shape = gaz.unit_geometry(place.adcode)
        assert shape is not None and gap_m(shape, feature.geometry) < 2_000


def test_a_bridge_whose_route_is_another_lines_is_not_placed_by_it(gaz: Gazetteer) -> None:
    quote = "丙丁大道起于两江新区戊己片区，止于北碚区庚辛片区，与甲乙大桥相接。"
    feature = geocode(_with_quote("甲乙大桥", quote), gaz, context=CHONGQING)
    assert feature.geometry is not None
    gaps = []
    for unit in ("两江新区", "北碚区"):
        place = resolve(unit, gaz, CHONGQING)
        assert place is not None
        shape = gaz.unit_geometry(place.adcode)
        assert shape is not None
        gaps.append(gap_m(shape, feature.geometry))
    assert max(gaps) >= 2_000  # not where the two units meet: the route is 丙丁大道's


@pytest.mark.parametrize(
    ("quote", "names"),
    [
        # another line's route: the item is only joined after it
        ("丙丁大道起于两江新区戊己片区，止于北碚区庚辛片区，与甲乙大桥相接。", ["甲乙大桥"]),
        # zones written bare, with no unit before them
        ("甲乙大桥起于丙丁片区，止于戊己片区，全长约3公里。", ["甲乙大桥"]),
        # a new area the gazetteer does not hold: all ends or none
        ("甲乙大桥起于丙丁新区戊己片区，止于北碚区庚辛片区。", ["甲乙大桥"]),
        # a unit too coarse for a line's end (a city), with a zone of it
        ("甲乙大桥起于重庆市丙丁片区，止于北碚区戊己片区。", ["甲乙大桥"]),
    ],
)
def test_no_zone_reading_off_the_subject_or_without_a_unit(gaz: Gazetteer, quote: str, names: list[str]) -> None:
    assert route_places([quote], gaz, CHONGQING, names=names) == []


@pytest.mark.parametrize(
    "quote",
    [
        "甲乙大桥起于江北区丙丁组团，经戊镇，止于南岸区己庚组团。",  # a waypoint between: a line's route
        "甲乙大桥起于北碚区丙丁片区，止于北碚区戊己片区。",  # both ends in one unit
        "甲乙大桥起于蔡家岗街道，止于悦来街道。",  # towns, not units
    ],
)
def test_no_route_units_for_a_structure(gaz: Gazetteer, quote: str) -> None:
    assert route_units([quote], gaz, CHONGQING, ["甲乙大桥"]) == []


def test_a_line_joined_in_a_new_area_is_at_that_area(gaz: Gazetteer) -> None:
    quote = "丙丁高速公路起于成都市天府新区戊己街道，与甲乙公路交叉，止于眉山市仁寿县。"
    place = joined_at([quote], ["甲乙公路"], gaz, ["四川省交通运输厅"])
    assert place is not None and distance_m(place.point, _at(gaz, "天府新区")) < 1
    unknown = "丙丁高速公路起于成都市庚辛新区戊己街道，与甲乙公路交叉，止于眉山市仁寿县。"
    assert joined_at([unknown], ["甲乙公路"], gaz, ["四川省交通运输厅"]) is None
