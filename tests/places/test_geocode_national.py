"""National lines (issue 12): named by code or national name, they run to their real ends."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString, MultiLineString, Point

from geo.geocode import geocode
from geo.model import Entity, EntityType, Precision
from geo.places import Gazetteer, buffer_m, gap_m
from geo.places.line_sections import border_crossing

T = EntityType
QIANJIANG = ["重庆市黔江区人民政府"]
LUZHOU = ["泸州市人民政府办公室"]


def _ends(geometry) -> tuple[Point, Point]:  # type: ignore[no-untyped-def]
    parts = list(getattr(geometry, "geoms", [geometry]))
    return Point(parts[0].coords[0]), Point(parts[-1].coords[-1])


def _near(gaz: Gazetteer, place: str, point: Point, metres: float = 2_000) -> bool:
    unit = gaz.unit_geometry(gaz.lookup(place)[0].adcode)
    return gap_m(unit, point) <= metres


@pytest.mark.parametrize(
    ("name", "ends", "via", "context"),
    [
        # A national expressway named by its short name: from its first control city to its last,
        # through the district the document is about.
        ("包茂高速", ("包头", "茂名"), "黔江", QIANJIANG),
        ("包茂高速公路扩能改造", ("包头", "茂名"), "黔江", QIANJIANG),
        # by its code only, or its code and name
        ("G65", ("包头", "茂名"), "黔江", QIANJIANG),
        ("G76厦蓉高速", ("厦门", "成都"), "泸州", LUZHOU),
        ("G93成渝环线高速", ("成都", "成都"), "泸州", LUZHOU),
        ("沪昆高速", ("上海", "昆明"), "安顺", ()),
        ("兰新高铁", ("兰州", "乌鲁木齐"), "哈密", ()),
    ],
)
def test_national_line_runs_to_its_real_ends(gaz: Gazetteer, name: str, ends: tuple[str, str],
                                             via: str, context: list[str]) -> None:
    entity = Entity(name=name, type=T.RAILWAY if "铁" in name else T.HIGHWAY)
    feature = geocode(entity, gaz, context=context)
    assert feature.precision is Precision.SCHEMATIC
    assert isinstance(feature.geometry, LineString | MultiLineString)
    start, end = _ends(feature.geometry)
    assert _near(gaz, ends[0], start) and _near(gaz, ends[1], end)
    assert gap_m(gaz.unit_geometry(gaz.lookup(via)[0].adcode), feature.geometry) == 0


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        ("包茂高速彭水至黔江段扩容", "彭水", "黔江"),
        ("沪昆国高安顺至曲靖段", "安顺", "曲靖"),
        ("隆黄铁路毕节至织金段", "毕节", "织金"),
        ("G5京昆高速绵阳至广元段", "绵阳", "广元"),
    ],
)
def test_section_of_a_national_line_is_cut_between_its_ends(gaz: Gazetteer, name: str,
                                                             first: str, last: str) -> None:
    type_ = T.RAILWAY if "铁路" in name else T.HIGHWAY
    feature = geocode(Entity(name=name, type=type_), gaz)
    a, b = _ends(feature.geometry)
    assert {_near(gaz, first, a, 3_000), _near(gaz, last, b, 3_000)} == {True}


@pytest.mark.parametrize(
    ("name", "corridor"),
    [
        ("G5京昆高速", "京昆高速"),
        ("G50沪渝高速公路", "沪渝高速"),
        ("G5001", "重庆三环高速"),
        ("G93渝泸高速", "渝泸高速"),  # the region's own name of a G93 section stays its own line
        ("G93成渝环线高速", "成渝环线高速"),
        ("G5012恩广高速", None),  # a code is no prefix of a longer code: not G5, not G50
        ("G650", None),
    ],
)
def test_route_code_is_a_prefix_only_before_a_non_digit(gaz: Gazetteer, name: str,
                                                        corridor: str | None) -> None:
    found = gaz.corridor(name)
    assert (found.name if found else None) == corridor


def test_border_end_of_a_section_is_where_the_line_crosses_it(gaz: Gazetteer) -> None:
    line = gaz.corridor("京昆高速")
    crossing = border_crossing("川陕界", gaz, line)
    assert crossing is not None
    sichuan, shaanxi = gaz.unit_geometry("510000"), gaz.unit_geometry("610000")
    assert gap_m(sichuan.boundary, crossing) < 100 and gap_m(shaanxi, crossing) < 5_000
    assert border_crossing("陕川界", gaz, line) is not None  # either order
    feature = geocode(Entity(name="G5京昆高速公路川陕界至广元段", type=T.HIGHWAY), gaz)
    a, b = _ends(feature.geometry)
    assert buffer_m(crossing, 3_000).contains(a) and _near(gaz, "广元", b)


@pytest.mark.parametrize(
    ("part", "line"),
    [
        ("川渝界", "京昆高速"),  # 京昆 never meets 重庆
        ("川陕界", None),  # no line to cross
        ("江津界", "京昆高速"),  # not two provinces
        ("川陕", "京昆高速"),  # not a border
        ("城关界", "京昆高速"),
    ],
)
def test_border_end_negatives(gaz: Gazetteer, part: str, line: str | None) -> None:
    assert border_crossing(part, gaz, gaz.corridor(line) if line else None) is None


# ------------------------------------------------------------------ far readings of a point's name

QIJIANG = ["重庆市綦江区人民政府办公室"]
FOSHAN = ["佛山市人民政府办公室"]


@pytest.mark.parametrize(
    ("name", "type_", "context", "adcode_prefix"),
    [
        # a mountain or pass named like a far city is where its document is, not in that city
        ("金佛山生态水库", T.WATER, QIJIANG, "5001"),
        ("镇江关货运站", T.RAIL_STATION, QIJIANG, "5001"),
        # negatives: the city's own document, and a document naming no unit, keep the reading
        ("佛山西货运站", T.RAIL_STATION, FOSHAN, "4406"),
        ("佛山西货运站", T.RAIL_STATION, (), "4406"),
    ],
)
def test_a_far_city_read_inside_a_point_name_is_not_the_place(
        gaz: Gazetteer, name: str, type_: EntityType, context: list[str], adcode_prefix: str) -> None:
    feature = geocode(Entity(name=name, type=type_), gaz, context=context)
    assert feature.geometry is not None
    code = gaz.index.district_at(feature.geometry.representative_point())
    assert code is not None and code.startswith(adcode_prefix)


LESHAN = ["乐山市交通运输局"]


def test_a_far_city_read_as_a_line_s_one_place_is_not_the_place(gaz: Gazetteer) -> None:
    tunnel = geocode(Entity(name="五指山隧道", type=T.HIGHWAY, places=["五指山"]), gaz, context=LESHAN)
    assert tunnel.geometry is not None
    assert not gaz.index.district_at(tunnel.geometry.representative_point()).startswith("46")
    # negative: a line written to a far end keeps that end
    far_end = geocode(Entity(name="叙永至百色铁路", type=T.RAILWAY), gaz, context=LUZHOU)
    assert far_end.geometry is not None
    assert gap_m(gaz.unit_geometry(gaz.lookup("百色")[0].adcode), far_end.geometry) == 0


# ------------------------------------------------------------------ the finest place the text writes


@pytest.mark.parametrize(
    ("name", "places", "adcode"),
    [
        ("重庆市江津区滨江旅游环线", ["重庆"], "500116"),  # the county written inside the city
        ("四川省泸县滨河旅游环线", ["四川"], "510521"),
        ("重庆市滨江旅游环线", ["重庆"], None),  # negative: nothing finer is written
    ],
)
def test_a_line_at_one_place_takes_the_finest_place_its_name_writes(
        gaz: Gazetteer, name: str, places: list[str], adcode: str | None) -> None:
    feature = geocode(Entity(name=name, type=T.HIGHWAY, places=places), gaz)
    code = gaz.index.district_at(feature.geometry)
    if adcode is None:
        assert feature.precision is not Precision.DISTRICT
    else:
        assert code == adcode and feature.precision is Precision.DISTRICT


def test_an_alias_writing_the_county_places_a_point(gaz: Gazetteer) -> None:
    entity = Entity(name="镇江关货运站", type=T.RAIL_STATION, aliases=["松潘县镇江关货运站"])
    feature = geocode(entity, gaz)
    assert gaz.index.district_at(feature.geometry) == "513224"


@pytest.mark.parametrize(
    ("name", "first", "via", "last"),
    [
        ("綦江经万盛至南川高速公路", "綦江", "万盛", "南川"),
        ("江津经永川至荣昌高速公路", "江津", "永川", "荣昌"),
    ],
)
def test_a_via_place_in_a_line_s_name_is_a_waypoint(gaz: Gazetteer, name: str, first: str,
                                                     via: str, last: str) -> None:
    feature = geocode(Entity(name=name, type=T.HIGHWAY), gaz)
    a, b = _ends(feature.geometry)
    assert _near(gaz, first, a) and _near(gaz, last, b)
    assert gap_m(gaz.lookup(via)[0].point, feature.geometry) < 1_000


def test_the_jing_of_jingkaiqu_is_no_via(gaz: Gazetteer) -> None:
    from geo.places import name_places

    names = [p.name for p in name_places("万盛经开区至南川高速公路", gaz, ())]
    assert names[-1].startswith("南川") and not any(n.startswith("开") for n in names)


# ------------------------------------------------------------------ compact names


@pytest.mark.parametrize("stem", ["川南", "渝西", "黔北", "渝东北", "川东北", "滇中"])
def test_a_province_s_part_is_no_pair_of_ends(gaz: Gazetteer, stem: str) -> None:
    from geo.places import read_compact

    reading = read_compact(stem, gaz, ())
    assert reading.places == [] and reading.doubtful == {}


@pytest.mark.parametrize(("stem", "first", "last"), [("成南", "成都", "南充"), ("渝黔", "重庆", "贵州")])
def test_initials_that_are_no_province_part_still_read(gaz: Gazetteer, stem: str, first: str,
                                                       last: str) -> None:
    from geo.places import read_compact

    places = [p.name for p in read_compact(stem, gaz, ()).places]
    assert places[0].startswith(first) and places[-1].startswith(last)


def test_a_section_named_by_initials_runs_through_them(gaz: Gazetteer) -> None:
    feature = geocode(Entity(name="川南城际铁路内自泸段", type=T.RAILWAY), gaz)
    a, b = _ends(feature.geometry)
    assert _near(gaz, "内江", a) and _near(gaz, "泸州", b)
    assert gap_m(gaz.unit_geometry(gaz.lookup("自贡")[0].adcode), feature.geometry) == 0
    # the region word alone gives no ends: the line is not drawn 四川–南充
    region = geocode(Entity(name="川南城际铁路", type=T.RAILWAY), gaz)
    assert region.geometry is None or gap_m(gaz.unit_geometry("511300"), region.geometry) > 0


# ------------------------------------------------------------------ province sections of a corridor


def _inside(gaz: Gazetteer, adcode: str, point: Point) -> bool:
    return gaz.unit_geometry(adcode).buffer(-0.05).contains(point)  # well inside, not on the edge


def test_a_two_province_section_is_the_line_within_them(gaz: Gazetteer) -> None:
    feature = geocode(Entity(name="渝昆高铁川滇段", type=T.RAILWAY), gaz)
    a, b = _ends(feature.geometry)
    assert gap_m(gaz.unit_geometry("500000"), a) < 3_000 and not _inside(gaz, "500000", a)
    assert _near(gaz, "昆明", b)


def test_a_section_then_a_province_is_cut_then_clipped(gaz: Gazetteer) -> None:
    feature = geocode(Entity(name="渝昆高铁江津至宜宾四川段", type=T.RAILWAY), gaz)
    a, b = _ends(feature.geometry)
    assert not _inside(gaz, "500116", a) and gap_m(gaz.unit_geometry("500000"), a) < 3_000
    assert _near(gaz, "宜宾", b)
    # negative: without the province the cut keeps both of its ends
    whole = geocode(Entity(name="渝昆高铁江津至宜宾段", type=T.RAILWAY), gaz)
    a, b = _ends(whole.geometry)
    assert _near(gaz, "江津", a) and _near(gaz, "宜宾", b)


# ------------------------------------------------------------------ the one town a document is about

QIJIANG_TRANSPORT = ["重庆市綦江区交通局", "重庆市綦江区交通局关于区人大建议的复函"]
_ONE_TOWN = ("您提出的《关于中峰场镇至青龙湖旅游道路建设的建议》收悉。经与中峰镇共同研究，现答复如下："
             "青龙湖旅游道路全长约9公里，已纳入县乡道升级规划。下一步将与中峰镇共同推进。")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (_ONE_TOWN, "中峰"),
        # negatives: two towns, one town written once, a town of another district
        (_ONE_TOWN.replace("下一步将与中峰镇", "下一步将与打通镇"), None),
        ("经与中峰镇共同研究，青龙湖旅游道路已纳入规划。", None),
        (_ONE_TOWN.replace("中峰", "小渡"), None),
    ],
)
def test_the_one_town_a_document_writes_is_its_subject(gaz: Gazetteer, text: str,
                                                       town: str | None) -> None:
    from geo.places import subject_town

    found = subject_town(text, gaz, QIJIANG_TRANSPORT)
    assert (found.name if found else None) == town


def test_an_item_without_a_place_goes_to_its_document_s_town(gaz: Gazetteer) -> None:
    from geo.geocode import document_context

    ctx = document_context(QIJIANG_TRANSPORT, _ONE_TOWN, gaz)
    feature = geocode(Entity(name="青龙湖旅游道路", type=T.HIGHWAY), gaz, context=ctx)
    assert feature.precision is Precision.TOWN
    assert gap_m(gaz.lookup("中峰", context=QIJIANG_TRANSPORT)[0].point, feature.geometry) < 100
    several = document_context(QIJIANG_TRANSPORT, _ONE_TOWN.replace("下一步将与中峰镇", "下一步将与打通镇"), gaz)
    feature = geocode(Entity(name="青龙湖旅游道路", type=T.HIGHWAY), gaz, context=several)
    assert feature.precision is Precision.DISTRICT


# ------------------------------------------------------------------ a park named by its town


@pytest.mark.parametrize(
    ("name", "town"),
    [
        ("蒲吕智能制造产业园", "蒲吕"),  # a town of 铜梁 opening a park's name, in no district's document
        ("石板生物医药园区", "石板"),
        ("金龙工业园", None),  # negatives: two towns bear the name (龙马潭, 永川)
        ("蒲吕大道", None),  # not a park
        ("智能制造蒲吕产业园", None),  # the town does not open the name
    ],
)
def test_a_park_named_first_by_its_town_is_in_that_town(gaz: Gazetteer, name: str,
                                                        town: str | None) -> None:
    from geo.places import scan_places

    towns = [p.name for p in scan_places(name, gaz, ()) if p.level.value == "town"]
    assert towns == ([town] if town else [])


# A one-place section of a schematic corridor that passes beside its county (西渝高铁华蓥段: the
# straight 合川–广安 leg runs west of 华蓥) bends through the county's seat and is clipped to it.
def test_a_section_beside_its_schematic_corridor_bends_through_its_county(gaz: Gazetteer) -> None:
    ctx = ["广安市人民政府"]
    huaying = gaz.lookup("华蓥", context=ctx)[0]
    corridor = gaz.corridor("西渝高铁")
    assert gap_m(gaz.unit_geometry(huaying.adcode), corridor.line) > 0  # the corridor misses it
    feature = geocode(Entity(name="西渝高铁华蓥段", type=EntityType.RAILWAY), gaz, context=ctx)
    assert feature.note == "clipped to 华蓥市"
    assert buffer_m(gaz.unit_geometry(huaying.adcode), 100).contains(feature.geometry)


@pytest.mark.parametrize(("name", "note"), [
    ("兰渝铁路武胜段", "clipped to 武胜县"),  # the corridor crosses 武胜: clipped as it is
    ("渝西高铁綦江段", "corridor 渝西高铁; section ends not found, whole line shown"),  # 綦江 is far off it
])
def test_a_section_on_or_far_from_its_corridor_is_not_bent(gaz: Gazetteer, name: str, note: str) -> None:
    feature = geocode(Entity(name=name, type=EntityType.RAILWAY), gaz, context=["重庆市人民政府"])
    assert feature.note == note
    if note.startswith("clipped"):
        corridor = gaz.corridor(name[:4])
        assert buffer_m(corridor.line, 10).contains(feature.geometry)
