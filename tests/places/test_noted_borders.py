"""A line's end noted with a border in brackets is on that border; a bridge linking two units is on theirs
(issue 12 item 3, part-p39).

"甲(渝黔界)至乙高速公路", "丙至丁镇(戊县界)段": the note, dropped from the item's name by extraction,
is read in its sentence and the end moved onto the border where the line leaves its district, not
left at the town or the county's seat. "甲乙大桥连接A区和B区": the bridge stands on the two
districts' common border, not unlocated. Invented names and sentences on real units; metres.
"""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geo.geocode import geocode
from geo.geocode.noted_borders import linking_structure
from geo.geocode.written_ends import noted_ends
from geo.model import Entity, EntityType, Mention, Precision
from geo.places import Context, Gazetteer, Level, distance_m, gap_m

T = EntityType
#: A point on a polygon's edge lies this close to it (coarse polygons, rounding).
ON_EDGE_M = 500
#: The slack of the placement check around a unit (simplified polygons).
NEAR_M = 2_000


def _said(name: str, quote: str, text: str | None = None, kind: EntityType = T.HIGHWAY) -> Entity:
    return Entity(name=name, type=kind, mentions=[Mention(doc="d.txt", text=text or name, quote=quote,
                                                          start=0, end=0)])


def _unit(gaz: Gazetteer, name: str, level: Level = Level.DISTRICT) -> tuple[Point, object]:
    place = next(p for p in gaz.lookup(name) if p.level is level)
    return place.point, gaz.unit_geometry(place.adcode)


def _ends(geometry: object) -> tuple[Point, Point]:
    coords = geometry.coords  # type: ignore[attr-defined]
    return Point(coords[0]), Point(coords[-1])


def _pair_border(gaz: Gazetteer, first: str, second: str) -> object:
    a, b = (_unit(gaz, n, Level.PROVINCE)[1] for n in (first, second))
    return a.boundary.intersection(b.buffer(0.05))  # type: ignore[attr-defined]


@pytest.mark.parametrize(("entity", "notes"), [
    (_said("甲至乙高速公路", "由集团建设的甲(渝黔界)至乙高速公路正式通车。"), {"甲": "渝黔"}),
    (_said("甲至乙高速公路", "乙至甲(渝黔界)高速公路建成。", "乙至甲高速公路"), {"甲": "渝黔"}),  # the other way round
    (_said("S999", "在S999丙县甲镇(川渝界)至乙镇(丁县界)段改建工程现场。"), {"丙县甲镇": "川渝", "乙镇": "丁县"}),
    (_said("甲镇(川渝界)至乙镇公路", "甲镇(川渝界)至乙镇公路开工。"), {"甲镇": "川渝"}),         # kept in its name
    (_said("甲至乙镇段", "实施甲至乙镇(丙县交界处)段改建。"), {"乙镇": "丙县"}),
])
def test_notes_read_after_a_lines_ends(entity: Entity, notes: dict[str, str]) -> None:
    assert noted_ends(entity) == notes


@pytest.mark.parametrize("entity", [
    _said("甲至乙高速公路", "甲至乙高速公路(渝黔界段)开工。"),            # after the whole name: no end's
    _said("甲至丙高速公路", "甲至乙(川渝界)至丙高速公路开工。", "甲至乙至丙高速公路"),  # a via place's
    _said("甲至乙大道", "甲至乙(省界)大道、丙大桥(丁长江大桥)开工。"),     # a bare 省界, a bridge's other name
    _said("甲至乙公路", "甲至乙公路开工,丙(川渝界)至丁公路完工。"),       # another line's note
])
def test_negative_no_end_note(entity: Entity) -> None:
    assert noted_ends(entity) == {}


def test_a_county_end_noted_is_where_it_leaves_toward_the_other_end(gaz: Gazetteer) -> None:
    entity = _said("武隆至道真高速公路", "由集团建设的道真至武隆(渝黔界)高速公路正式通车。", "道真至武隆高速公路")
    feature = geocode(entity, gaz)
    start, end = _ends(feature.geometry)
    seat, shape = _unit(gaz, "武隆")
    assert gap_m(_pair_border(gaz, "重庆", "贵州"), start) <= ON_EDGE_M        # on the 渝黔 border
    assert gap_m(shape, start) <= NEAR_M and distance_m(start, seat) > 10_000  # of 武隆, not its seat
    assert distance_m(end, _unit(gaz, "道真")[0]) < 1                          # the other end kept


def test_a_town_end_noted_is_the_border_by_the_town(gaz: Gazetteer) -> None:
    entity = _said("大足至吴家镇公路", "大足至吴家镇(渝川界)公路改建完工。")
    feature = geocode(entity, gaz)
    town = next(p for p in gaz.lookup("吴家镇") if p.adcode.startswith("50"))
    near = min(_ends(feature.geometry), key=lambda p: distance_m(p, town.point))
    assert gap_m(_pair_border(gaz, "重庆", "四川"), near) <= ON_EDGE_M
    assert 0 < distance_m(near, town.point) < 15_000
    assert gap_m(_unit(gaz, "荣昌")[1], near) <= NEAR_M


def test_a_unit_border_noted_is_the_edge_the_two_share(gaz: Gazetteer) -> None:
    feature = geocode(_said("泸县至荣昌公路", "泸县至荣昌(永川界)公路开工。"), gaz)
    start, end = _ends(feature.geometry)
    assert distance_m(start, _unit(gaz, "泸县")[0]) < 1
    assert gap_m(_unit(gaz, "永川")[1].boundary, end) <= NEAR_M and gap_m(_unit(gaz, "荣昌")[1], end) <= NEAR_M


def test_two_unknown_towns_of_a_county_run_between_their_borders(gaz: Gazetteer) -> None:
    feature = geocode(_said("S999", "在S999邻水县甲乙(川渝界)至丙丁(前锋界)段改建工程现场。"), gaz)
    assert feature.geometry is not None and feature.geometry.geom_type == "LineString"
    start, end = _ends(feature.geometry)
    shape = _unit(gaz, "邻水")[1]
    assert gap_m(shape, start) <= NEAR_M and gap_m(shape, end) <= NEAR_M
    assert gap_m(_pair_border(gaz, "重庆", "四川"), start) <= ON_EDGE_M
    assert gap_m(_unit(gaz, "前锋")[1].boundary, end) <= NEAR_M


@pytest.mark.parametrize(("name", "quote", "ends"), [
    ("泸州至永川高速公路", "泸州至永川(川黔界)高速公路开工。", ("泸州", "永川")),  # 永川 is not on that border
    ("泸县至荣昌公路", "泸县至荣昌公路开工。", ("泸县", "荣昌")),                # no note
])
def test_negative_ends_stay_at_their_places(gaz: Gazetteer, name: str, quote: str, ends: tuple[str, str]) -> None:
    feature = geocode(_said(name, quote), gaz)
    start, end = _ends(feature.geometry)
    first = next(p for p in gaz.lookup(ends[0]) if p.level in (Level.CITY, Level.DISTRICT))
    last = next(p for p in gaz.lookup(ends[1]) if p.level is Level.DISTRICT)
    assert distance_m(start, first.point) < 1 and distance_m(end, last.point) < 1


def test_a_bridge_linking_two_districts_is_on_their_common_border(gaz: Gazetteer) -> None:
    feature = geocode(_said("甲乙大桥", "甲乙大桥作为主城又一座跨江大桥,连接大渡口区和巴南区。"), gaz)
    assert feature.geometry is not None and feature.precision is Precision.DISTRICT
    for name in ("大渡口", "巴南"):
        seat, shape = _unit(gaz, name)
        assert gap_m(shape, feature.geometry) <= ON_EDGE_M and distance_m(feature.geometry, seat) > 1_000


def test_a_bridge_placed_between_two_others_is_the_one_linking(gaz: Gazetteer) -> None:
    quote = "丙丁大桥位于甲乙大桥和戊己大桥之间,连接大渡口区和巴南区。"
    assert linking_structure(_said("丙丁大桥", quote), gaz, Context([])) is not None


def test_a_bridge_linking_two_units_apart_is_in_the_first_toward_the_second(gaz: Gazetteer) -> None:
    feature = linking_structure(_said("甲乙大桥", "甲乙大桥连接大渡口区和江北区。"), gaz, Context([]))
    assert feature is not None
    dadukou, jiangbei = _unit(gaz, "大渡口")[1], _unit(gaz, "江北")[1]
    assert gap_m(dadukou, feature.geometry) <= ON_EDGE_M
    assert gap_m(jiangbei, feature.geometry) < gap_m(jiangbei, _unit(gaz, "大渡口")[0])


@pytest.mark.parametrize(("name", "quote"), [
    ("甲乙大桥", "甲乙大桥位于大渡口区,今年开工。"),                     # one unit, no link
    ("甲乙大桥", "甲乙大桥开工,丙丁公路连接大渡口区和巴南区。"),         # another subject's link
    ("甲乙立交", "甲乙立交连接大渡口区和巴南区。"),                       # no bridge or tunnel
    ("甲乙大桥", "丙丁大桥位于甲乙大桥和戊己大桥之间,连接大渡口区和巴南区。"),  # a landmark of another's
])
def test_negative_not_a_linking_structure(gaz: Gazetteer, name: str, quote: str) -> None:
    assert linking_structure(_said(name, quote), gaz, Context([])) is None
