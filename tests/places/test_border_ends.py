"""A line's end written as a border is the edge of that unit toward the other end (issue 12 item 4, part-p37).

"甲镇至乙县界公路", "丙至丁交界处", "戊至川渝界": the road ends where it reaches the border of 乙
(or the two provinces' shared border), not at 乙's seat tens of kilometres on, and not at its one
known end as a point. Invented names on real units; distances in metres.
"""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geo.geocode import geocode
from geo.model import Entity, EntityType
from geo.places import Context, Gazetteer, Level, border_stem, distance_m, gap_m, name_places

T = EntityType
#: A border end lies on its unit's polygon edge: this close to the polygon (coarse polygons, rounding).
ON_EDGE_M = 500


def _unit(gaz: Gazetteer, name: str, level: Level = Level.DISTRICT) -> tuple[Point, object]:
    place = next(p for p in gaz.lookup(name) if p.level is level)
    return place.point, gaz.unit_geometry(place.adcode)


@pytest.mark.parametrize(("part", "stem"), [
    ("荣昌界", "荣昌"), ("荣昌区界", "荣昌区"), ("綦江交界处", "綦江"), ("綦江边界", "綦江"), ("川渝界", "川渝"),
    ("省界", None), ("县界", None), ("荣昌", None),   # a bare border word names no unit; no border word
])
def test_border_stem(part: str, stem: str | None) -> None:
    assert border_stem(part) == stem


@pytest.mark.parametrize(("name", "start", "border"), [
    ("泸县至荣昌界公路", "泸县", "荣昌"),
    ("泸县至荣昌区界公路改建工程", "泸县", "荣昌"),
    ("合江至綦江交界处公路", "合江", "綦江"),
    ("S999线泸县至荣昌界段", "泸县", "荣昌"),          # a section of a road number
])
def test_a_border_end_is_the_units_edge_toward_the_other_end(gaz: Gazetteer, name: str, start: str,
                                                           border: str) -> None:
    feature = geocode(Entity(name=name, type=T.HIGHWAY), gaz)
    assert feature.geometry is not None and feature.geometry.geom_type == "LineString"
    first, last = (Point(c) for c in (feature.geometry.coords[0], feature.geometry.coords[-1]))
    start_seat, _ = _unit(gaz, start)
    seat, shape = _unit(gaz, border)
    assert distance_m(first, start_seat) < 1
    assert gap_m(shape.boundary, last) <= ON_EDGE_M                                 # on the edge
    assert distance_m(last, seat) > 5_000                                           # not at the seat
    assert distance_m(first, last) < distance_m(first, seat)                        # on the near side


def test_a_border_end_written_first_is_toward_the_far_end(gaz: Gazetteer) -> None:
    feature = geocode(Entity(name="荣昌界至泸县公路", type=T.HIGHWAY), gaz)
    assert feature.geometry is not None
    first, last = (Point(c) for c in (feature.geometry.coords[0], feature.geometry.coords[-1]))
    seat, shape = _unit(gaz, "荣昌")
    assert gap_m(shape.boundary, first) <= ON_EDGE_M and distance_m(first, seat) > 5_000
    assert distance_m(last, _unit(gaz, "泸县")[0]) < 1


def test_two_provinces_border_is_their_shared_edge(gaz: Gazetteer) -> None:
    places = name_places("邻水县至川渝界公路", gaz, Context([]))
    assert [p.name for p in places][0] == "邻水县" and len(places) == 2
    end = places[-1].point
    sichuan, chongqing = (_unit(gaz, n, Level.PROVINCE)[1] for n in ("四川", "重庆"))
    assert gap_m(sichuan, end) <= 5_000 and gap_m(chongqing, end) <= 5_000
    assert places[-1].adcode.startswith("50")  # the province the road runs to


@pytest.mark.parametrize(("name", "places"), [
    ("石门至张家界铁路", ["石门县", "张家界市"]),   # a place whose name ends in 界 is that place
    ("泸县至荣昌公路", ["泸县", "荣昌区"]),         # no border word: the unit's seat as before
])
def test_negative_no_border_end(gaz: Gazetteer, name: str, places: list[str]) -> None:
    found = name_places(name, gaz, Context([]))
    assert [p.name for p in found] == places
    assert all(p.kind != "border" for p in found)


def test_negative_a_bare_border_word_adds_no_end(gaz: Gazetteer) -> None:
    assert [p.name for p in name_places("泸县至省界公路", gaz, Context([]))] == ["泸县"]


def test_negative_a_border_with_no_other_end_is_the_unit(gaz: Gazetteer) -> None:
    places = name_places("甲乙村至荣昌界公路", gaz, Context([]))
    assert [p.name for p in places] == ["荣昌区"] and places[0].kind != "border"
