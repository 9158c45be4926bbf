"""Geocoding: lines, section clipping, points, areas, unlocated, GCJ-02, evaluation."""

from __future__ import annotations

import re

import pytest
from shapely.geometry import LineString, Point
from shapely.ops import unary_union

from geo.evaluation.geocoding import evaluate_geocoding, format_report
from geo.geocode import (
    Basis,
    Feature,
    document_context,
    geocode,
    geocode_all,
    joint_context,
)
from geo.model import Entity, EntityType, Mention, Precision
from geo.places import Gazetteer, buffer_m, coords, distance_m, gap_m, gazetteer

T = EntityType
QIJIANG = ["重庆市綦江区人民政府办公室"]
LONGMATAN = ["泸州市龙马潭区人民政府办公室"]
JIANGJIN = ["重庆市江津区发展和改革委员会"]
TONGNAN = ["重庆市潼南区人民政府"]
JOINT = ["中共重庆市委、中共四川省委、重庆市人民政府、四川省人民政府"]


def _in(gaz: Gazetteer, adcode: str, geometry) -> bool:  # type: ignore[no-untyped-def]
    return buffer_m(gaz.unit_geometry(adcode), 2_000).contains(geometry)


# ------------------------------------------------------------------ points

@pytest.mark.parametrize(
    ("entity", "context", "precision", "adcode"),
    [
        (Entity(name="藻渡水库", type=T.WATER, places=["綦江"]), QIJIANG, Precision.TOWN, "500110"),
        (Entity(name="双加货运枢纽站", type=T.RAIL_STATION), LONGMATAN, Precision.TOWN, "510504"),
        (Entity(name="赶水北站(陈家坝站)", type=T.RAIL_STATION), QIJIANG, Precision.TOWN, "500110"),
        (Entity(name="云龙机场扩建工程", type=T.AIRPORT), LONGMATAN, Precision.SITE, "510521"),
        (Entity(name="珞璜港粮食中转码头", type=T.PORT, places=["珞璜"]), JIANGJIN, Precision.TOWN, "500116"),
        (Entity(name="双江航电枢纽", type=T.WATERWAY), TONGNAN, Precision.TOWN, "500152"),
        (Entity(name="石壕直升机停机坪", type=T.AIRPORT), QIJIANG, Precision.TOWN, "500110"),
        (Entity(name="赶水综合客运站", type=T.RAIL_STATION), QIJIANG, Precision.TOWN, "500110"),
        (Entity(name="金龙—胡市万亩优质糯红高粱基地", type=T.INDUSTRIAL_PARK), LONGMATAN,
         Precision.TOWN, "510504"),
        (Entity(name="重庆(綦江)食品工业园区", type=T.INDUSTRIAL_PARK), QIJIANG,
         Precision.TOWN, "500110"),  # a cited site row (north-east of the county town)
        (Entity(name="綦江数字经济产业园", type=T.INDUSTRIAL_PARK), QIJIANG,
         Precision.DISTRICT, "500110"),
        (Entity(name="西南商贸物流园", type=T.LOGISTICS_HUB), LONGMATAN, Precision.DISTRICT, "510504"),
        (Entity(name="乐山机场", type=T.AIRPORT), JOINT, Precision.CITY, "511100"),
    ],
    ids=lambda v: v.name if isinstance(v, Entity) else None,
)
def test_points(gaz: Gazetteer, entity: Entity, context: list[str], precision: Precision,
                adcode: str) -> None:
    feature = geocode(entity, gaz, context=context)
    assert feature.geometry is not None and feature.geometry.geom_type == "Point"
    assert feature.precision is precision
    assert _in(gaz, adcode, feature.geometry)


def test_mazu_reservoir_is_not_placed_in_yunnan(gaz: Gazetteer) -> None:
    feature = geocode(Entity(name="马龙水库", type=T.WATER, places=["马龙"]), gaz, context=QIJIANG)
    assert _in(gaz, "500110", feature.geometry)


# ------------------------------------------------- curated sites with a cited source (issue 12)

#: A site row's ``type`` as the entity type an extractor gives such a facility.
_SITE_TYPES = {**{t.value: t for t in T}, "hsr_station": T.RAIL_STATION}


def _cited_sites() -> list[tuple[str, str, str, float, float, str, str]]:
    """Return the sites.csv rows that cite a public page: name, type, adcode, lon, lat, precision
    and the row's shortest written form (its name or an alias)."""
    rows = gazetteer.read_curated("sites.csv").itertuples(index=False)
    return [(r.name, r.type, r.adcode, float(r.lon), float(r.lat), r.precision,
             min([r.name, *filter(None, str(r.aliases or "").split("|"))], key=len))
            for r in rows if re.search(r"https?://", r.source)]


#: Names the gazetteer finds inside a longer name are at most this long (``geo.places.index``
#: scans text for names of 2–12 characters); a longer site name is found only when written whole.
_SCANNED_UP_TO = 12


def _plan_sentence(gaz: Gazetteer, item: str, adcode: str, kind: T) -> tuple[Entity, list[str]]:
    """Return an item named in an invented sentence of its own district's plan, and that context."""
    district = gaz.districts.set_index("adcode").loc[adcode]
    quote = f"加快推进{item}建设,力争年内完成主体工程。"
    start = quote.index(item)
    mention = Mention(doc="d.txt", text=item, quote=quote, start=start, end=start + len(item))
    return (Entity(name=item, type=kind, mentions=[mention]),
            [f"{district.city}{district['name']}人民政府办公室"])


def _assert_at_row(feature: Feature, row: tuple[str, str, str, float, float, str, str]) -> None:
    _, _, _, lon, lat, precision, _ = row
    assert feature.basis is Basis.SITE
    assert feature.precision is Precision(precision)  # never finer than the source: town rows stay town
    assert distance_m(feature.geometry, Point(lon, lat)) < 1


@pytest.mark.parametrize("row", _cited_sites(), ids=lambda row: row[0])
def test_a_cited_site_named_whole_is_placed_at_the_rows_precision(
        gaz: Gazetteer, row: tuple[str, str, str, float, float, str, str]) -> None:
    # A plan of the facility's own district names it as the row does.
    entity, context = _plan_sentence(gaz, row[0], row[2], _SITE_TYPES.get(row[1], T.OTHER_FACILITY))
    _assert_at_row(geocode(entity, gaz, context=context), row)


@pytest.mark.parametrize("row", [r for r in _cited_sites() if len(r[6]) <= _SCANNED_UP_TO],
                         ids=lambda row: row[0])
def test_works_on_a_cited_site_are_placed_at_the_rows_precision(
        gaz: Gazetteer, row: tuple[str, str, str, float, float, str, str]) -> None:
    # Invented works on the facility, written in its shortest form ("…提升改造工程").
    entity, context = _plan_sentence(gaz, f"{row[6]}提升改造工程", row[2],
                                     _SITE_TYPES.get(row[1], T.OTHER_FACILITY))
    _assert_at_row(geocode(entity, gaz, context=context), row)


@pytest.mark.parametrize("adcode", sorted({row[2] for row in _cited_sites()}))
def test_an_uncurated_facility_of_the_same_plan_stays_at_its_district(gaz: Gazetteer, adcode: str) -> None:
    # The negative: an invented facility no page locates falls back to the district.
    entity, context = _plan_sentence(gaz, "甲乙丙文旅综合体", adcode, T.OTHER_FACILITY)
    feature = geocode(entity, gaz, context=context)
    assert feature.precision is Precision.DISTRICT
    assert _in(gaz, adcode, feature.geometry)


# ------------------------------------------------------------------ lines

@pytest.mark.parametrize(
    ("entity", "context", "first", "last"),
    [
        (Entity(name="渝昆高铁江津至泸州段", type=T.RAILWAY, places=["江津", "泸州"], part_of="渝昆高铁"),
         JIANGJIN, "500116", "510500"),
        (Entity(name="三环高速永川陈食至江津油溪段", type=T.HIGHWAY, places=["永川陈食", "江津油溪"]),
         JIANGJIN, "500118", "500116"),
        (Entity(name="江津白沙至合江白鹿G353国道", type=T.HIGHWAY, places=["江津白沙", "合江白鹿"]),
         JIANGJIN, "500116", "510522"),
        (Entity(name="扶欢至东溪至丁山至寨坝高速", type=T.HIGHWAY), QIJIANG, "500110", "520330"),
        (Entity(name="江津—綦江—万盛—桐梓高速", type=T.HIGHWAY), QIJIANG, "500116", "520322"),
        (Entity(name="渝黔高速原路加宽(南环至綦江段)", type=T.HIGHWAY, part_of="渝黔高速"), QIJIANG,
         "500113", "500110"),
        (Entity(name="綦河航道梯级渠化(桥河至赶水段)", type=T.WATERWAY), QIJIANG, "500110", "500110"),
        (Entity(name="宜宾至泸州至永川高速", type=T.HIGHWAY), JOINT, "511500", "500118"),
        (Entity(name="汉中至巴中至南充铁路南巴段", type=T.RAILWAY), JOINT, "511300", "511900"),
        (Entity(name="三万南铁路", type=T.RAILWAY), QIJIANG, "500110", "500119"),
    ],
    ids=lambda v: v.name if isinstance(v, Entity) else None,
)
def test_lines_start_and_end_at_their_places(gaz: Gazetteer, entity: Entity, context: list[str],
                                             first: str, last: str) -> None:
    feature = geocode(entity, gaz, context=context)
    assert feature.precision is Precision.SCHEMATIC
    line = feature.geometry
    assert isinstance(line, LineString)
    start, end = Point(line.coords[0]), Point(line.coords[-1])
    assert _in(gaz, first, start) and _in(gaz, last, end)


def test_corridor_follows_intermediate_towns(gaz: Gazetteer) -> None:
    entity = Entity(name="江泸北线高速", type=T.HIGHWAY, places=["江津", "泸州"])
    line = geocode(entity, gaz, context=JIANGJIN).geometry
    for town in ("油溪", "吴滩", "石门", "朱杨"):
        assert gap_m(line, gaz.lookup(town, context=JIANGJIN)[0].point) < 1_000, town


def test_section_is_a_part_of_its_corridor(gaz: Gazetteer) -> None:
    whole = geocode(Entity(name="长江干线航道", type=T.WATERWAY), gaz).geometry
    entity = Entity(name="长江干线泸渝段航道扩能提升", type=T.WATERWAY)
    part = geocode(entity, gaz, context=LONGMATAN).geometry
    assert part.length < whole.length / 3
    assert buffer_m(whole, 1_000).contains(part)


def test_one_place_section_is_clipped_to_that_district(gaz: Gazetteer) -> None:
    entity = Entity(name="潼荣高速(潼南段)", type=T.HIGHWAY, places=["潼南"])
    feature = geocode(entity, gaz, context=TONGNAN)
    assert feature.precision is Precision.SCHEMATIC
    assert gaz.unit_geometry("500152").buffer(1e-6).contains(feature.geometry)


@pytest.mark.parametrize(
    ("name", "via"),
    [("南(潼)泸高铁", ["南充", "潼南", "泸州"]),
     ("万关赶习铁路", ["万盛", "关坝", "赶水", "习水"]), ("綦万正高速", ["綦江", "万盛", "正安"]),
     ("广涪柳铁路", ["广安", "涪陵", "柳州"])],  # 成达万高铁 has a routed corridor (test_corridor_lines)
)
def test_compact_names_expand_to_places(gaz: Gazetteer, name: str, via: list[str]) -> None:
    context = QIJIANG if "綦" in name or "赶" in name else TONGNAN if "潼" in name else JOINT
    feature = geocode(Entity(name=name, type=T.RAILWAY), gaz, context=context)
    assert all(v in feature.note for v in via), feature.note


# ------------------------------------------------------------------ unlocated, areas, many

@pytest.mark.parametrize(
    ("entity", "context"),
    [
        (Entity(name="一批农村公路", type=T.HIGHWAY), []),
        (Entity(name="中瑞(士)合作园区", type=T.INDUSTRIAL_PARK), JOINT),
        (Entity(name="海峡两岸产业合作区", type=T.INDUSTRIAL_PARK), JOINT),
        (Entity(name="某某铁路", type=T.RAILWAY), JOINT),
        (Entity(name="银蛇溪航电枢纽", type=T.WATERWAY, places=["银蛇溪"]), JOINT),
    ],
    ids=lambda v: v.name if isinstance(v, Entity) else None,
)
def test_unlocated_stays_unlocated(gaz: Gazetteer, entity: Entity, context: list[str]) -> None:
    feature = geocode(entity, gaz, context=context)
    assert feature.geometry is None
    assert feature.precision is Precision.UNLOCATED
    assert feature.areas == []


@pytest.mark.parametrize(
    ("entity", "context", "areas"),
    [
        (Entity(name="江泸北线高速", type=T.HIGHWAY, places=["江津", "泸州"]), JIANGJIN, ["泸永江", "龙马潭"]),
        (Entity(name="藻渡水库", type=T.WATER), QIJIANG, ["綦江"]),
        (Entity(name="双江航电枢纽", type=T.WATERWAY), TONGNAN, ["潼南"]),
        (Entity(name="广涪柳铁路", type=T.RAILWAY), JOINT, []),
        (Entity(name="双加货运枢纽站", type=T.RAIL_STATION), LONGMATAN, ["泸永江", "龙马潭"]),
    ],
    ids=lambda v: v.name if isinstance(v, Entity) else None,
)
def test_areas_by_spatial_join(gaz: Gazetteer, entity: Entity, context: list[str],
                               areas: list[str]) -> None:
    assert geocode(entity, gaz, context=context).areas == areas


def test_geocode_all_keeps_order_and_uses_contexts(gaz: Gazetteer) -> None:
    a = Entity(name="金龙镇农业园", type=T.INDUSTRIAL_PARK, places=["金龙"])
    b = Entity(name="一批农村公路", type=T.HIGHWAY)
    features = geocode_all([a, b], gaz, contexts={a.id: LONGMATAN})
    assert [f.entity_id for f in features] == [a.id, b.id]
    assert isinstance(features[0], Feature) and _in(gaz, "510504", features[0].geometry)
    assert features[1].precision is Precision.UNLOCATED


# ------------------------------------------------------------------ GCJ-02

@pytest.mark.parametrize(
    ("lon", "lat"), [(106.5775, 29.5570), (105.4258, 28.8903), (106.648, 29.0231)]
)
def test_gcj_round_trip_to_millimetres(lon: float, lat: float) -> None:
    back = coords.to_wgs84_from_gcj(*coords.to_gcj(lon, lat))
    assert abs(back[0] - lon) < 1e-8 and abs(back[1] - lat) < 1e-8  # 1e-8 degree ≈ 1 mm


def test_gcj_offset_matches_the_known_value() -> None:
    lon, lat = coords.to_gcj(106.5775, 29.5570)
    assert (round(lon, 6), round(lat, 6)) == (106.581188, 29.554111)


def test_geometry_to_gcj_and_back() -> None:
    line = LineString([(106.5775, 29.5570), (105.4258, 28.8903)])
    back = coords.geometry_to_wgs84_from_gcj(coords.geometry_to_gcj(line))
    assert back.hausdorff_distance(line) < 1e-8


# ------------------------------------------------------------------ evaluation

def test_evaluation_counts_and_formats(gaz: Gazetteer) -> None:
    entities = [
        Entity(name="渝昆高铁江津至泸州段", type=T.RAILWAY, places=["江津", "泸州"], part_of="渝昆高铁"),
        Entity(name="藻渡水库", type=T.WATER, places=["綦江"]),
        Entity(name="一批农村公路", type=T.HIGHWAY),
        Entity(name="某博物馆", type=T.OTHER_FACILITY, places=["綦江"]),
    ]
    report = evaluate_geocoding(entities, gaz)
    assert (report.total, report.located, report.checked, report.right) == (3, 2, 2, 2)
    assert report.precision["unlocated"] == 1
    text = format_report(report)
    assert "located" in text and "一批农村公路" in text


def test_evaluation_scores_an_area_by_the_units_it_covers(gaz: Gazetteer) -> None:
    entities = [Entity(name="巫溪宣汉区块页岩气", type=T.ENERGY, places=["巫溪", "宣汉"]),
                Entity(name="獐狮坝水库", type=T.WATER)]
    report = evaluate_geocoding(entities, gaz, contexts={e.id: QIJIANG for e in entities})
    assert (report.areas, report.points, report.points_district) == (1, 1, 1)
    assert (report.checked, report.right) == (2, 2)
    assert report.district_share == 1.0 and report.district_share_with_areas == 1.0
    assert "areas at district     1" in format_report(report)


# ------------------------------------------------------------------ areas


@pytest.mark.parametrize(("entity", "context", "codes"), [
    (Entity(name="洋渡河流域综合治理工程", type=T.WATER), QIJIANG, {"500110"}),
    (Entity(name="巫溪宣汉区块页岩气", type=T.ENERGY), JOINT, {"500238", "511722"}),
    (Entity(name="升钟灌区", type=T.WATER), JOINT, {"511321"}),
])
def test_an_area_known_by_district_is_drawn_as_its_districts(
        gaz: Gazetteer, entity: Entity, context: list[str], codes: set[str]) -> None:
    feature = geocode(entity, gaz, context=context)
    assert feature.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert feature.precision is Precision.DISTRICT and feature.as_districts
    whole = unary_union([gaz.unit_geometry(c) for c in codes])
    assert feature.geometry.symmetric_difference(whole).area < 1e-9


def test_an_area_overlaps_its_focus_area_not_the_neighbours_it_borders(gaz: Gazetteer) -> None:
    feature = geocode(Entity(name="洋渡河流域综合治理工程", type=T.WATER), gaz, context=QIJIANG)
    assert feature.areas == ["綦江"]  # it shares a border with 江津 (泸永江), but does not lie in it


@pytest.mark.parametrize(("entity", "context"), [
    (Entity(name="獐狮坝水库", type=T.WATER), QIJIANG),  # a reservoir is a point, wherever
    (Entity(name="綦江高新区", type=T.INDUSTRIAL_PARK), QIJIANG),  # a 高新区 is a compact park
    (Entity(name="宜宾三江新区", type=T.INDUSTRIAL_PARK), JOINT),  # known to its city only
])
def test_points_and_coarser_areas_stay_points(gaz: Gazetteer, entity: Entity,
                                              context: list[str]) -> None:
    feature = geocode(entity, gaz, context=context)
    assert feature.geometry.geom_type == "Point"
    assert not feature.as_districts


# ------------------------------------------------------------------ rules for zones, rivers, pipes

def test_airport_zone_is_placed_at_the_nearby_airport(gaz: Gazetteer) -> None:
    feature = geocode(Entity(name="空港物流园", type=T.LOGISTICS_HUB), gaz, context=LONGMATAN)
    assert feature.precision is Precision.TOWN
    assert feature.geometry.equals(gaz.lookup("泸州云龙机场")[0].point)


def test_river_works_follow_the_river_within_the_district(gaz: Gazetteer) -> None:
    feature = geocode(Entity(name="綦江河防洪整治", type=T.WATER, places=["綦江河"]), gaz,
                      context=QIJIANG)
    assert feature.precision is Precision.SCHEMATIC
    assert gaz.unit_geometry("500110").buffer(1e-6).contains(feature.geometry)


def test_two_rivers_written_short_are_both_followed(gaz: Gazetteer) -> None:
    # 长沱两江 is 长江 and 沱江: restoration works along both, inside 龙马潭.
    feature = geocode(Entity(name="长沱两江生态修复项目", type=T.WATER), gaz, context=LONGMATAN)
    assert feature.precision is Precision.SCHEMATIC
    assert "沱江" in feature.note and "长江" in feature.note
    assert gaz.unit_geometry("510504").buffer(1e-6).contains(feature.geometry)
    assert feature.geometry.distance(gaz.corridor("沱江").line) < 1e-6


def test_a_line_named_by_code_is_drawn_by_its_alias(gaz: Gazetteer) -> None:
    # 市域铁路C11线 names no place; its alias (铁路二环线綦江至永川段) gives both ends.
    entity = Entity(name="市域铁路C11线", type=T.RAILWAY, aliases=["铁路二环线綦江至永川段"])
    feature = geocode(entity, gaz, context=QIJIANG)
    assert isinstance(feature.geometry, LineString)
    start, end = Point(feature.geometry.coords[0]), Point(feature.geometry.coords[-1])
    assert _in(gaz, "500110", start) and _in(gaz, "500118", end)


def test_section_initials_are_read_as_waypoints_of_the_corridor(gaz: Gazetteer) -> None:
    # 峨米段 of 成昆铁路: 峨眉 to 米易 along the line (峨 alone would also be 峨边).
    feature = geocode(Entity(name="成昆铁路峨米段", type=T.RAILWAY, part_of="成昆铁路"), gaz,
                      context=JOINT)
    line = feature.geometry
    assert isinstance(line, LineString) and "成昆铁路" in feature.note
    ends = {gaz.index.district_at(Point(line.coords[0])), gaz.index.district_at(Point(line.coords[-1]))}
    assert ends == {"511181", "510421"}
    assert buffer_m(gaz.corridor("成昆铁路").line, 1_000).contains(line)


def test_pipeline_is_a_line_between_its_ends(gaz: Gazetteer) -> None:
    entity = Entity(name="石壕镇至打通镇输水管道工程", type=T.WATER, places=["石壕镇", "打通镇"])
    line = geocode(entity, gaz, context=QIJIANG).geometry
    assert isinstance(line, LineString)
    assert Point(line.coords[0]).distance(gaz.lookup("石壕")[0].point) < 1e-9


def test_along_the_river_means_the_yangtze(gaz: Gazetteer) -> None:
    feature = geocode(Entity(name="沿江货运铁路", type=T.RAILWAY), gaz, context=JOINT)
    assert feature.geometry.equals(gaz.corridor("长江干线航道").line)


def test_section_with_one_unknown_end_is_not_the_whole_line(gaz: Gazetteer) -> None:
    # 鸭嘴岭: no place the gazetteer or the corridor knows (朝阳湖 is a cited waypoint of 川藏铁路
    # now, and 天府 reads as the town of 北碚, far off the line: no end at all)
    entity = Entity(name="川藏铁路鸭嘴岭至雅安段", type=T.RAILWAY, places=["鸭嘴岭", "雅安"])
    feature = geocode(entity, gaz, context=JOINT)
    assert feature.geometry is None or feature.geometry.geom_type == "Point"


def test_item_places_do_not_make_other_places_look_foreign(gaz: Gazetteer) -> None:
    # 黔江 (a district) among the places must not get 吉首 (a town of 湖南) rejected.
    entity = Entity(name="黔江至吉首联络线", type=T.RAILWAY, places=["黔江", "吉首"])
    feature = geocode(entity, gaz, context=JOINT)
    assert isinstance(feature.geometry, LineString)
    assert distance_m(Point(feature.geometry.coords[-1]), Point(109.73346, 28.31925)) < 1_000


# ------------------------------------------------------------------ the item's own clause

def _said(name: str, type_: EntityType, quote: str, places: list[str] | None = None) -> Entity:
    """Return an entity named in one sentence (the extractor's mention)."""
    mention = Mention(doc="d.txt", text=name, quote=quote, start=0, end=len(name))
    return Entity(name=name, type=type_, places=places or [], mentions=[mention])


@pytest.mark.parametrize(
    ("entity", "context", "town"),
    [
        # a list after a locative word: the town closest to the name
        (_said("纺织配套园区", T.INDUSTRIAL_PARK, "围绕恒力产业园,在安宁和特兴布局纺织配套园区,引导企业入园。"),
         LONGMATAN, "特兴街道"),
        # a town written right before the name
        (_said("大罗供水改扩建工程", T.WATER, "安稳场镇供水改扩建工程、打通镇大罗供水改扩建工程等。"),
         QIJIANG, "打通"),
        # after the name, with a locative word and the district in between
        (_said("页岩气集输站", T.ENERGY, "推动页岩气集输站落户綦江区石壕镇。"), QIJIANG, "石壕"),
        (_said("应急物资储备库", T.LOGISTICS_HUB, "在綦江区赶水镇建设应急物资储备库。"), QIJIANG, "赶水"),
        # the name gives only the district; its clause gives the town inside it
        (_said("綦江冷链物流园", T.LOGISTICS_HUB, "在三江街道建设綦江冷链物流园。", ["綦江"]),
         QIJIANG, "三江"),
        # the town in brackets right after the name (issue 12 item 4)
        (_said("丙丁水库", T.WATER, "丙丁水库（位于石角镇）开工建设。"), QIJIANG, "石角"),
        (_said("丙丁水库", T.WATER, "丙丁水库(赶水镇)开工建设。"), QIJIANG, "赶水"),
        # the next clause only says where the item is: 坝址位于…, 规划在…
        (_said("丙丁水库", T.WATER, "新建丙丁水库,坝址位于綦江区石角镇红旗村。"), QIJIANG, "石角"),
        (_said("庚辛产业园", T.INDUSTRIAL_PARK, "建设庚辛产业园,规划在赶水片区。"), QIJIANG, "赶水"),
        # a 片区 named by its town, and 选址 / 建设地点为 as locatives
        (_said("庚辛产业园", T.INDUSTRIAL_PARK, "赶水片区庚辛产业园加快建设。"), QIJIANG, "赶水"),
        (_said("庚辛产业园", T.INDUSTRIAL_PARK, "庚辛产业园选址綦江区赶水镇。"), QIJIANG, "赶水"),
        (_said("庚辛物流园", T.LOGISTICS_HUB, "庚辛物流园建设地点为石角镇。"), QIJIANG, "石角"),
    ],
    ids=lambda v: v.name if isinstance(v, Entity) else None,
)
def test_clause_town_places_the_item(gaz: Gazetteer, entity: Entity, context: list[str],
                                     town: str) -> None:
    feature = geocode(entity, gaz, context=context)
    assert feature.precision is Precision.TOWN
    assert feature.basis is Basis.CLAUSE
    assert feature.geometry.distance(gaz.lookup(town, context=context)[0].point) < 1e-9


@pytest.mark.parametrize(
    ("entity", "context", "adcode"),
    [
        # "A港和B园区": the town belongs to the other item of the clause
        (_said("电商产业园", T.INDUSTRIAL_PARK, "加快建设石壕镇货运站和电商产业园。"), QIJIANG, "500110"),
        # a route joined to the item is another item too
        (_said("电商产业园", T.INDUSTRIAL_PARK, "推进打通至石壕公路和电商产业园建设。"), QIJIANG, "500110"),
        # another list piece (between 、) is another item
        (_said("双坝河小河流整治工程", T.WATER,
               "双坝河小河流整治工程、石壕镇至打通镇输水管道工程等。"), QIJIANG, "500110"),
        # another clause (after a comma) is about something else
        (_said("水产现代农业园区", T.INDUSTRIAL_PARK,
               "支持水产现代农业园区创建省星级园区,拓展金龙曹坝—胡市黄桷都市现代农业示范片。"),
         LONGMATAN, "510504"),
        # the town is in the next clause
        (_said("页岩气集输站", T.ENERGY, "建设页岩气集输站,集输站位于綦江区石壕镇。"), QIJIANG, "500110"),
        # a town outside the document's district is not taken
        (_said("冷链物流园", T.LOGISTICS_HUB, "在赶水镇建设冷链物流园。"), LONGMATAN, "510504"),
        # issue 12 item 4, negatives: a bracket that is no place; a next clause about another
        # item (的), or one that is not about where the item is; a list's shared clause
        (_said("丙丁水库", T.WATER, "丙丁水库(一期)开工建设。"), QIJIANG, "500110"),
        (_said("丙丁水库", T.WATER, "丙丁水库开工,位于赶水镇的乙项目同步推进。"), QIJIANG, "500110"),
        (_said("丙丁水库", T.WATER, "丙丁水库开工,赶水镇同步推进道路建设。"), QIJIANG, "500110"),
        (_said("丙丁水库", T.WATER, "丙丁水库、戊己水库,位于石角镇和赶水镇。"), QIJIANG, "500110"),
        (_said("丙丁水库", T.WATER, "丙丁水库(江津区白沙镇)开工。"), QIJIANG, "500110"),
        # a town outside the district the name gives is not taken
        (_said("永川冷链物流园", T.LOGISTICS_HUB, "在赶水镇建设永川冷链物流园。", ["永川"]),
         QIJIANG, "500118"),
    ],
    ids=lambda v: v.name if isinstance(v, Entity) else None,
)
def test_clause_town_of_another_item_is_not_taken(gaz: Gazetteer, entity: Entity,
                                                  context: list[str], adcode: str) -> None:
    feature = geocode(entity, gaz, context=context)
    assert feature.precision is Precision.DISTRICT
    assert feature.basis is not Basis.CLAUSE
    assert _in(gaz, adcode, feature.geometry)


_RIVERS = "双坝河小河流整治工程、玉明河大罗河段综合治理工程,石壕镇至打通镇输水管道工程"


@pytest.mark.parametrize(
    ("entity", "context", "town"),
    [
        # the reach 大罗 of the name is written 打通镇大罗 in the same sentence
        (_said("玉明河大罗河段综合治理工程", T.WATER, _RIVERS + "、打通镇大罗供水改扩建工程等。"),
         QIJIANG, "打通"),
        # the same, from the item's places (a village the gazetteer does not know)
        (_said("大罗污水处理厂", T.WATER, "建设大罗污水处理厂、打通镇大罗供水工程。", ["大罗"]),
         QIJIANG, "打通"),
    ],
    ids=lambda v: v.name if isinstance(v, Entity) else None,
)
def test_town_written_before_the_items_locality_places_it(
        gaz: Gazetteer, entity: Entity, context: list[str], town: str) -> None:
    feature = geocode(entity, gaz, context=context)
    assert feature.precision is Precision.TOWN
    assert feature.basis is Basis.QUALIFIER
    assert feature.geometry.distance(gaz.lookup(town, context=context)[0].point) < 1e-9


@pytest.mark.parametrize(
    ("entity", "context", "adcode"),
    [
        # no town is written before 大罗 anywhere in the sentence
        (_said("玉明河大罗河段综合治理工程", T.WATER, _RIVERS + "等。"), QIJIANG, "500110"),
        # two towns claim a 大罗: the sentence does not say which one is meant
        (_said("玉明河大罗河段综合治理工程", T.WATER,
               _RIVERS + "、打通镇大罗供水工程、石壕镇大罗灌溉工程等。"), QIJIANG, "500110"),
        # a river runs through several towns: 石壕镇观音河 does not pin 观音河 works to 石壕
        (_said("观音河河道治理工程", T.WATER, "观音河河道治理工程、石壕镇观音河堤防工程等。",
               ["观音河"]), QIJIANG, "500110"),
        # a town outside the document's district is not taken
        (_said("大罗污水处理厂", T.WATER, "建设大罗污水处理厂、打通镇大罗供水工程。", ["大罗"]),
         LONGMATAN, "510504"),
        # several towns in the sentence, none written before the item's locality
        (_said("大罗污水处理厂", T.WATER, "建设大罗污水处理厂,推进石壕镇、打通镇供水工程。",
               ["大罗"]), QIJIANG, "500110"),
    ],
    ids=lambda v: v.name if isinstance(v, Entity) else None,
)
def test_locality_without_one_written_town_stays_at_the_district(
        gaz: Gazetteer, entity: Entity, context: list[str], adcode: str) -> None:
    feature = geocode(entity, gaz, context=context)
    assert feature.precision is Precision.DISTRICT
    assert feature.basis is not Basis.QUALIFIER
    assert _in(gaz, adcode, feature.geometry)


_GANSHUI = "赶水镇:强化与桐梓坡渡镇、习水寨坝镇交流合作,建设现代物流园,打造渝黔边贸强镇。"
_ANWEN = "安稳镇:强化与桐梓新站镇合作,加快推进新型建材产业园建设。"


def _headed(name: str, type_: EntityType, *quotes: str, places: list[str] | None = None
            ) -> Entity:
    """Return an entity with one mention per quote."""
    mentions = [Mention(doc="d.txt", text=name, quote=q, start=0, end=0) for q in quotes]
    return Entity(name=name, type=type_, places=places or [], mentions=mentions)


@pytest.mark.parametrize(
    ("entity", "context", "town"),
    [
        (_headed("现代物流园", T.LOGISTICS_HUB, _GANSHUI), QIJIANG, "赶水"),
        # an enumerated 片区 heading named after a town
        (_headed("物流园", T.LOGISTICS_HUB, "（三）石洞片区：加快建设物流园,完善配套。"),
         LONGMATAN, "石洞"),
        # the name gives only the city; the heading gives the town inside it
        (_headed("重庆新型建材产业园", T.INDUSTRIAL_PARK, _ANWEN.replace("新型", "重庆新型"),
                 places=["重庆"]), QIJIANG, "安稳"),
        # a mention without a heading does not contradict the headed one
        (_headed("新型建材产业园", T.INDUSTRIAL_PARK, "加快推进新型建材产业园建设。", _ANWEN),
         QIJIANG, "安稳"),
    ],
    ids=lambda v: v.name if isinstance(v, Entity) else None,
)
def test_heading_town_places_the_items_of_its_passage(
        gaz: Gazetteer, entity: Entity, context: list[str], town: str) -> None:
    feature = geocode(entity, gaz, context=context)
    assert feature.precision is Precision.TOWN
    assert feature.basis is Basis.HEADING
    assert feature.geometry.distance(gaz.lookup(town, context=context)[0].point) < 1e-9


@pytest.mark.parametrize(
    ("entity", "context", "adcode"),
    [
        # the item is under two towns' headings: not pinned to either
        (_headed("新型建材产业园", T.INDUSTRIAL_PARK, _ANWEN, _ANWEN.replace("安稳", "打通")),
         QIJIANG, "500110"),
        # a heading naming the district, not a town
        (_headed("现代物流园", T.LOGISTICS_HUB, "綦江区:建设现代物流园。"), QIJIANG, "500110"),
        # a heading's town outside the document's district
        (_headed("现代物流园", T.LOGISTICS_HUB, _GANSHUI), LONGMATAN, "510504"),
        # a town named inside the sentence is no heading
        (_headed("现代物流园", T.LOGISTICS_HUB, "强化与赶水镇:合作,建设现代物流园。"),
         QIJIANG, "500110"),
        # the item's name puts it in another district than the heading's town
        (_headed("永川冷链物流园", T.LOGISTICS_HUB, _GANSHUI.replace("现代", "永川冷链"),
                 places=["永川"]), QIJIANG, "500118"),
    ],
    ids=lambda v: v.name if isinstance(v, Entity) else None,
)
def test_heading_that_does_not_name_one_local_town_is_not_used(
        gaz: Gazetteer, entity: Entity, context: list[str], adcode: str) -> None:
    feature = geocode(entity, gaz, context=context)
    assert feature.precision is Precision.DISTRICT
    assert feature.basis is not Basis.HEADING
    assert _in(gaz, adcode, feature.geometry)


# ------------------------------------------------------------------ streets, zones, multi-sites

@pytest.mark.parametrize(
    ("name", "context", "precision"),
    [
        ("金岭北路", LONGMATAN, Precision.TOWN),
        ("张家祠北路延伸段", LONGMATAN, Precision.TOWN),
        ("北滨大道延长线", LONGMATAN, Precision.TOWN),
        ("赶水—坡渡快速路", QIJIANG, Precision.TOWN),  # a road between towns: drawn through them
        ("省道213", LONGMATAN, Precision.DISTRICT),  # not a street: stays at the district
        ("九狮路", JOINT, Precision.UNLOCATED),  # no district to be in
    ],
)
def test_urban_streets_are_placed_at_the_urban_seat(gaz: Gazetteer, name: str,
                                                    context: list[str],
                                                    precision: Precision) -> None:
    feature = geocode(Entity(name=name, type=T.HIGHWAY), gaz, context=context)
    if name.endswith("快速路"):
        assert feature.basis is not Basis.STREET and "urban street" not in feature.note
        return
    assert feature.precision is precision
    if precision is Precision.TOWN:
        assert feature.basis is Basis.STREET and "urban street" in feature.note and _in(gaz, "510504", feature.geometry)


def test_high_speed_rail_zone_is_placed_at_the_station(gaz: Gazetteer) -> None:
    feature = geocode(Entity(name="高铁新城", type=T.INDUSTRIAL_PARK), gaz, context=LONGMATAN)
    assert feature.precision is Precision.TOWN
    assert feature.geometry.equals(gaz.lookup("泸州站")[0].point)


def test_a_name_for_several_sites_is_a_multipoint(gaz: Gazetteer) -> None:
    feature = geocode(Entity(name="西部科学城", type=T.INDUSTRIAL_PARK), gaz, context=JOINT)
    assert feature.geometry.geom_type == "MultiPoint"
    first, second = feature.geometry.geoms
    assert _in(gaz, "510100", first) and _in(gaz, "500107", second)
    assert "成都" in feature.note and "重庆" in feature.note
    # the bracketed name of one part is that part alone
    part = geocode(Entity(name="西部(重庆)科学城", type=T.INDUSTRIAL_PARK), gaz, context=JOINT)
    assert part.geometry.equals(second)


def test_issuer_fallback_still_applies_without_any_place(gaz: Gazetteer) -> None:
    feature = geocode(_said("食品饮料工业园", T.INDUSTRIAL_PARK, "打造百亿级食品饮料工业园。"), gaz,
                      context=LONGMATAN)
    assert feature.basis is Basis.ISSUER and feature.precision is Precision.DISTRICT


# ------------------------------------------------------------------ villages the document locates

QIJIANG_PLAN = ("推进大罗至江习高速公路改扩建工程、大罗至梨园坝出境公路改扩建工程。\n"
                "实施玉明河大罗河段综合治理工程、打通镇大罗供水改扩建工程。")


def test_a_village_written_after_its_town_places_the_other_items(gaz: Gazetteer) -> None:
    ctx = document_context(QIJIANG, QIJIANG_PLAN, gaz)
    assert set(ctx.localities) == {"大罗"}
    dalu = ctx.localities["大罗"]
    assert dalu.point.equals(gaz.lookup("打通")[0].point) and "打通镇大罗" in dalu.source
    road = geocode(Entity(name="大罗至江习高速公路", type=T.HIGHWAY), gaz, context=ctx)
    assert road.precision is Precision.TOWN and road.geometry.equals(dalu.point)
    line = geocode(Entity(name="大罗至梨园坝出境公路", type=T.HIGHWAY), gaz, context=ctx)
    assert line.geometry.geom_type == "LineString" and "大罗" in line.note
    # without the document's words 大罗 is nowhere
    bare = geocode(Entity(name="大罗至江习高速公路", type=T.HIGHWAY), gaz, context=QIJIANG)
    assert bare.precision is Precision.DISTRICT


@pytest.mark.parametrize("text", [
    "打通镇大罗供水改扩建工程。",                                   # never used on its own
    "打通镇大罗供水工程、石壕镇大罗供水工程,大罗至江习高速。",        # written after two towns
    "打通镇开展供水工程,开展至年底。",                                # a verb, not a village: no
    "大罗至江习高速公路,合江县大罗供水工程。",                        # a town of another district
])
def test_a_village_needs_one_local_town_and_a_use_of_its_own(gaz: Gazetteer, text: str) -> None:
    assert "大罗" not in document_context(QIJIANG, text, gaz).localities
    assert document_context(QIJIANG, text, gaz).localities == {}


@pytest.mark.parametrize(("use", "placed"), [
    ("大罗至江习高速公路改扩建。", True),        # a route's start
    ("大罗—江习出境公路。", True),               # a route's start, with a dash
    ("江习至大罗公路改造。", True),              # a route's end
    ("江习-大罗隧道。", True),                   # a route's end, with a hyphen
    ("玉明河大罗河段综合治理。", True),          # before 河段
    ("大罗村人居环境整治。", True),              # before 村
    ("大罗社区便民中心。", True),                # before 社区
    ("大罗至年底完成。", False),                 # 至 without a line after it
    ("江习至大罗。", False),                     # a route's end with no line word
    ("大罗河生态修复。", False),                 # 河, not 河段
    ("大罗江习高速公路。", False),               # no route mark
])
def test_each_use_of_its_own_locates_a_village(gaz: Gazetteer, use: str, placed: bool) -> None:
    text = "打通镇大罗供水改扩建工程。" + use
    assert ("大罗" in document_context(QIJIANG, text, gaz).localities) is placed


def test_a_village_placed_in_two_towns_by_two_documents_is_dropped(gaz: Gazetteer) -> None:
    one = document_context(QIJIANG, QIJIANG_PLAN, gaz)
    two = document_context(QIJIANG, "石壕镇大罗供水工程,大罗至梨园坝公路。", gaz)
    assert set(two.localities) == {"大罗"}
    assert joint_context([one, two]).localities == {}
    assert set(joint_context([one, one]).localities) == {"大罗"}


@pytest.mark.parametrize(("context", "placed"), [
    (LONGMATAN, True), (["泸州市人民政府"], True), (["北京市通州区人民政府"], False), (QIJIANG, False),
])
def test_a_streams_site_counts_only_in_its_own_citys_documents(
        gaz: Gazetteer, context: list[str], placed: bool) -> None:
    # 玉带河 flows in 泸州 (a cited row of sites.csv), but 北京, 南昌 and others have one too.
    feature = geocode(Entity(name="玉带河综合治理", type=T.WATER), gaz, context=context)
    assert (feature.basis is Basis.SITE and feature.note.startswith("site 玉带河")) is placed
    if placed:
        assert feature.precision is Precision.TOWN and _in(gaz, "510504", feature.geometry)


def test_a_zone_is_placed_at_the_towns_its_sentence_gives_that_zone(gaz: Gazetteer) -> None:
    quote = "利用毗邻拟建的重庆新机场区位优势,积极谋划吴滩—油溪临空经济,规划建设临空产业城。"
    feature = geocode(_said("临空产业城", T.INDUSTRIAL_PARK, quote), gaz, context=JIANGJIN)
    assert feature.precision is Precision.TOWN and feature.geometry.geom_type == "MultiPoint"
    towns = {gaz.lookup(n, context=JIANGJIN)[0].point.coords[0] for n in ("吴滩", "油溪")}
    assert {p.coords[0] for p in feature.geometry.geoms} == towns


@pytest.mark.parametrize(("quote", "context"), [
    ("积极谋划临空经济,规划建设临空产业城。", JIANGJIN),  # the zone has no town
    ("积极谋划吴滩—油溪临空经济,规划建设临空产业城。", QIJIANG),  # towns of another district
    ("积极谋划吴滩—油溪物流枢纽,规划建设临空产业城。", JIANGJIN),  # not the same zone word
])
def test_a_zone_without_its_own_towns_stays_at_the_district(gaz: Gazetteer, quote: str,
                                                            context: list[str]) -> None:
    feature = geocode(_said("临空产业城", T.INDUSTRIAL_PARK, quote), gaz, context=context)
    assert feature.precision is not Precision.TOWN


def test_a_line_known_only_by_its_sections_is_drawn_as_them(gaz: Gazetteer) -> None:
    # "G999" names no place; the plan names its section G999江津至綦江段, drawn as a line.
    parent = Entity(name="G999", type=T.HIGHWAY)
    section = Entity(name="G999江津至綦江段", type=T.HIGHWAY, places=["江津", "綦江"], part_of="G999")
    railway = Entity(name="市域铁路C11线", type=T.RAILWAY, aliases=["铁路二环线綦江至永川段"])
    parent.id, section.id, railway.id = "p", "s", "r"
    drawn = geocode_all([parent, section, railway], gaz,
                        contexts={"p": QIJIANG, "s": QIJIANG, "r": QIJIANG})
    assert geocode(parent, gaz, context=QIJIANG).basis is Basis.ISSUER  # alone: the district
    assert isinstance(drawn[1].geometry, LineString)
    assert drawn[0].geometry.equals(drawn[1].geometry) and drawn[0].precision is Precision.SCHEMATIC
    assert drawn[0].basis is Basis.SECTIONS and "G999江津至綦江段" in drawn[0].note
    assert set(drawn[0].areas) == {"泸永江", "綦江"}
    assert drawn[2].note == geocode(railway, gaz, context=QIJIANG).note  # no sections: untouched


def test_a_line_whose_section_is_known_at_one_end_stays_on_its_districts_map(
        gaz: Gazetteer) -> None:
    # S307温塘至贵州坭坝: 温塘 is unknown, so the section is a point at 坭坝 (in 习水). Its road,
    # S307 of a 綦江 plan, stays at the 綦江 district rather than leave the 綦江 map for 坭坝.
    parent = Entity(name="S307", type=T.HIGHWAY)
    section = Entity(name="S307温塘至贵州坭坝段", type=T.HIGHWAY, places=["温塘", "贵州坭坝"],
                     part_of="S307")
    parent.id, section.id = "p", "s"
    drawn = geocode_all([parent, section], gaz, contexts={"p": QIJIANG, "s": QIJIANG})
    assert drawn[1].geometry.geom_type == "Point"
    assert drawn[0].basis is Basis.ISSUER and drawn[0].areas == ["綦江"]


def test_a_road_code_before_a_section_is_not_an_end(gaz: Gazetteer) -> None:
    # S308线泸县至荣昌段 runs 泸县 → 荣昌: "S308线" is the road, not part of the first end.
    entity = Entity(name="S308线泸县至荣昌段", type=T.HIGHWAY, places=["泸县", "荣昌"])
    line = geocode(entity, gaz, context=["泸州市人民政府"]).geometry
    assert isinstance(line, LineString)
    assert _in(gaz, "510521", Point(line.coords[0])) and _in(gaz, "500153", Point(line.coords[-1]))


def test_a_town_written_with_its_district_is_taken_far_from_the_document(gaz: Gazetteer) -> None:
    # 荣昌安富 names its district: an 泸州 document may name a town of 荣昌 that way,
    # while a bare town name far from the document's area is still refused.
    from geo.places import Context, resolve
    ctx = Context(["泸州市人民政府"])
    place = resolve("荣昌安富", gaz, ctx)
    assert place is not None and place.adcode == "500153" and place.level.value == "town"
    assert resolve("安富", gaz, ctx) is None


@pytest.mark.parametrize(("name", "context", "placed"), [
    ("进境粮食指定监管场地", LONGMATAN, True),
    ("进境粮食指定监管场地", ["泸州市人民政府"], True),
    ("进境粮食指定监管场地", ["重庆市人民政府"], False),  # 重庆 has its own (果园港…)
    ("进境粮食指定监管场地", QIJIANG, False),
    ("进口肉类指定监管场地", ["北京市通州区人民政府"], False),
    ("恒力产业园", ["江苏省宿迁市人民政府"], False),  # a firm's park name recurs in its other cities
    ("泸州港进境粮食指定监管场地", ["重庆市人民政府"], True),  # written with its place: meant anywhere
])
def test_a_site_of_city_scope_counts_only_in_its_own_citys_documents(
        gaz: Gazetteer, name: str, context: list[str], placed: bool) -> None:
    # Issue 12 item 4: a curated site whose name carries no place of its own (scope ``city`` in
    # sites.csv: 进境粮食指定监管场地, 恒力产业园) is a facility many cities have; only a document
    # about its own city (or a district of it) means that site, unless the name is written whole
    # with its place.
    feature = geocode(Entity(name=name, type=T.PORT), gaz, context=context)
    assert (feature.basis is Basis.SITE) is placed, (feature.basis, feature.note)
    if placed:
        assert _in(gaz, "510504", feature.geometry)
