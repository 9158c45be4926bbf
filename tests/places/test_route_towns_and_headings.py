"""Route sentences of lines and of works drawn as lines (issue 12): a start told with 从…出发 and the way the
line heads, towns of a name many counties bear read in the county the document names, a far end run into
the purpose of the road (旅游公路), and water works drawn along the route their own sentence gives.
Invented sentences with real towns, and near negatives."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString, Point

from geo.geocode import geocode
from geo.model import Entity, EntityType, Mention
from geo.places import Context, Gazetteer, distance_m, name_places, route_places, route_words

#: A county whose towns 黄沙镇, 太平镇 and 高峰镇 share their names with towns of other counties.
DIANJIANG = ["垫江县交通运输局"]
ROUTE = "甲乙公路起于黄沙镇，经太平镇，止于高峰镇，全长20公里。"


def _item(name: str, quote: str, kind: EntityType) -> Entity:
    at = quote.find(name)
    return Entity(name=name, type=kind, mentions=[
        Mention(doc="x.txt", text=name, quote=quote, start=max(at, 0), end=max(at, 0) + len(name))])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("甲乙公路从黄沙镇出发，向东经太平镇至高峰镇，正在建设。", ["黄沙镇", "太平镇", "高峰镇"]),
        ("甲乙管道从黄沙镇出发向西北经太平镇至垫江县。", ["黄沙镇", "太平镇", "垫江县"]),
        ("甲河堤防工程从黄沙镇出发，沿甲河向下游至高峰镇，正在设计。", ["黄沙镇", "高峰镇"]),
        ("甲河引水工程从黄沙镇出发，沿甲河而上至高峰镇。", ["黄沙镇", "高峰镇"]),
        # the route told before the name, its start and end joined by 、, the name after 的
        ("其中，起于黄沙镇、止于高峰镇的甲乙公路二期，是县里的快速通道。", ["黄沙镇", "高峰镇"]),
        # negatives: a trip, not a route (no end after the heading); a service's time to a place
        ("从黄沙镇出发，沿着甲路前行，拐过几道弯后便到了景区。", None),
        ("通车后，从黄沙镇出发，半小时可抵达县城。", None),
        # two starts listed: no route from the first
        ("从黄沙镇、太平镇出发的货车可直达港口。", None),
    ],
)
def test_a_start_told_with_its_setting_off_and_heading(text: str, words: list[str] | None) -> None:
    found = route_words(text)
    assert (found[0] if found else None) == words


def test_route_towns_are_read_in_the_documents_county(gaz: Gazetteer) -> None:
    route = route_places([ROUTE], gaz, Context(DIANJIANG), names=["甲乙公路"])
    assert [p.adcode for p in route] == ["500231"] * 3  # not the 太平 of 铜梁 nor another 高峰


@pytest.mark.parametrize(
    "doc",
    [
        ["铜梁区交通局"],  # its county holds a 太平镇, but no 黄沙镇 nor 高峰镇: the route is not read
        ["永川区交通局"],  # a county holding none of them
    ],
)
def test_route_towns_of_another_county_are_not_guessed(gaz: Gazetteer, doc: list[str]) -> None:
    assert route_places([ROUTE], gaz, Context(doc), names=["甲乙公路"]) == []


def test_a_county_named_only_in_the_text_settles_the_towns(gaz: Gazetteer) -> None:
    # the document's strings name no county; its text does (垫江县 only)
    ctx = Context(["x"], named=["500231"])
    assert [p.adcode for p in route_places([ROUTE], gaz, ctx, names=["甲乙公路"])] == ["500231"] * 3


def test_a_roads_purpose_after_its_far_end_is_no_place(gaz: Gazetteer) -> None:
    # 江口 of 云阳, not a county 江口 with a town 旅游 the gazetteer lacks
    ctx = Context(["云阳县人民政府"])
    places = name_places("盘石至江口旅游公路", gaz, ctx)
    assert [p.adcode for p in places][-1:] == ["500235"]
    assert name_places("盘石至江口旅游公路", gaz, ctx) == name_places("盘石至江口公路", gaz, ctx)


def test_water_works_along_their_own_route(gaz: Gazetteer) -> None:
    quote = "甲河左岸堤防工程从黄沙镇出发，沿甲河向下游至高峰镇，正在开展初步设计。"
    feature = geocode(_item("甲河左岸堤防工程", quote, EntityType.WATER), gaz, context=DIANJIANG)
    assert isinstance(feature.geometry, LineString)
    ends = [Point(feature.geometry.coords[0]), Point(feature.geometry.coords[-1])]
    for end, town in zip(ends, ("黄沙", "高峰"), strict=True):
        assert distance_m(end, gaz.lookup(town, context=DIANJIANG)[0].point) < 1


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        # the route is the road's; the reservoir is only named after it
        ("丙水库", "甲乙公路起于黄沙镇，经太平镇，止于高峰镇，沿线丙水库正在建设。"),
        # the reservoir's sentence tells a trip, no route
        ("丙水库", "丙水库位于黄沙镇，从县城出发车程一小时。"),
    ],
)
def test_water_works_take_no_route_of_another(gaz: Gazetteer, name: str, quote: str) -> None:
    feature = geocode(_item(name, quote, EntityType.WATER), gaz, context=DIANJIANG)
    assert not isinstance(feature.geometry, LineString)
