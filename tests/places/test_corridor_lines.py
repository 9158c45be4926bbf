"""Trunk lines drawn along their cited routes (issue 12, the class "a long line checked against the
local place its document is about": 成渝铁路 in a 内江 report, 郑渝高铁 in a 巫山 one). A line the
table routes runs through the counties it really crosses, not straight between its end cities;
a line the table lacks, or a branch named after a table line, is not forced onto a corridor.
Invented sentences, with negatives."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geo.geocode import geocode
from geo.geocode.feature import Basis
from geo.model import EntityType
from geo.places import Gazetteer, gap_m, gazetteer
from tests.geocode_helpers import inside, said

T = EntityType


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    if not gazetteer.is_built():
        pytest.skip("derived gazetteer files missing: run `make data`")
    return gazetteer.load()


def _passes(gaz: Gazetteer, adcode: str, geometry) -> bool:  # type: ignore[no-untyped-def]
    return gap_m(gaz.unit_geometry(adcode), geometry) <= 2_000


@pytest.mark.parametrize(
    ("name", "type_", "quote", "context", "adcode"),
    [
        # a through line of the county's report: along its route, through the county
        ("成渝铁路", T.RAILWAY, "成渝铁路穿城而过,内江站货运量持续增长。", ["内江市人民政府"], "511000"),
        ("郑渝高铁", T.RAILWAY, "郑渝高铁开通后,巫山游客量大幅增长。", ["重庆市巫山县人民政府"], "500237"),
        ("渝蓉高速", T.HIGHWAY, "依托渝蓉高速,三驱镇加快发展商贸物流。", ["重庆市大足区人民政府"], "500111"),
        ("兰渝铁路", T.RAILWAY, "兰渝铁路在县城设站,带动沿线发展。", ["四川省南部县人民政府"], "511321"),
        ("成贵高铁", T.RAILWAY, "成贵高铁威信站旅客发送量创新高。", ["云南省威信县人民政府"], "530629"),
        ("渝怀铁路", T.RAILWAY, "渝怀铁路二线建成后,酉阳货运能力显著提升。", ["重庆市酉阳县人民政府"], "500242"),
        ("宝成铁路", T.RAILWAY, "宝成铁路江油段完成扩能改造前期工作。", ["四川省江油市人民政府"], "510781"),
        ("西成高铁", T.RAILWAY, "西成高铁佛坪站周边配套道路加快建设。", ["陕西省佛坪县人民政府"], "610730"),
        ("沪昆高铁", T.RAILWAY, "沪昆高铁关岭站至县城快速通道开工。", ["贵州省关岭县人民政府"], "520424"),
        ("贵昆铁路", T.RAILWAY, "贵昆铁路宣威段电气化改造完成。", ["云南省宣威市人民政府"], "530381"),
        ("成达万高铁", T.RAILWAY, "成达万高铁达州南站加快建设。", ["四川省达州市人民政府"], "511700"),
        ("乌江航道", T.WATERWAY, "乌江航道通航条件改善,余庆港口货运量增长。", ["贵州省余庆县人民政府"], "520329"),
    ],
)
def test_a_routed_line_passes_the_county_it_crosses(
        gaz: Gazetteer, name: str, type_: EntityType, quote: str, context: list[str], adcode: str) -> None:
    feature = geocode(said(name, type_, quote), gaz, context=context)
    assert feature.basis is Basis.CORRIDOR
    assert feature.geometry.geom_type in ("LineString", "MultiLineString")
    assert _passes(gaz, adcode, feature.geometry)


@pytest.mark.parametrize(
    ("name", "corridor"),
    [
        ("成渝客专", "成渝高铁"),  # an alias
        ("郑万铁路", "郑万高铁"),
        ("G85", "银昆高速"),  # a route code
        ("G85银昆高速", "银昆高速"),
        ("重庆至昆明高速铁路", "渝昆高铁"),
        ("成贵铁路宜宾段", "成贵高铁"),  # a section of it starts with its name
        ("渝湘高速复线", "渝湘复线高速"),  # 巴南 → 酉阳, not the old 渝湘高速 nor the 渝湘高铁 to 长沙
        ("渝湘复线高速公路彭水至酉阳段", "渝湘复线高速"),
    ],
)
def test_names_of_a_routed_line_find_its_corridor(gaz: Gazetteer, name: str, corridor: str) -> None:
    found = gaz.corridor(name)
    assert found is not None and found.name == corridor


@pytest.mark.parametrize(
    "name",
    [
        # lines the table lacks that share the first characters of one it has
        # (渝宜铁路: 渝宜高铁 has its own cited row now, tests/places/test_compact_named_line_routes.py)
        "成渝扩容高速", "渝万高速", "渝宜铁路", "渝湘高速", "G851",
        # a branch named after a line runs off it to its own end (郑万高铁巫溪支线 → 巫溪)
        "郑万高铁巫溪支线", "兰渝铁路广安支线", "成贵高铁联络线", "渝怀铁路连接线",
    ],
)
def test_a_line_the_table_lacks_is_not_forced_onto_a_corridor(gaz: Gazetteer, name: str) -> None:
    assert gaz.corridor(name) is None


def test_a_line_the_table_lacks_is_drawn_by_its_own_name(gaz: Gazetteer) -> None:
    # 渝宜铁路 is neither 渝宜高速 (a road) nor 兰渝铁路: no corridor, drawn between its ends
    feature = geocode(said("渝宜铁路", T.RAILWAY, "积极争取渝宜铁路在县城设站。"), gaz,
                      context=["重庆市巫山县人民政府"])
    assert feature.basis is not Basis.CORRIDOR


def test_a_planned_line_is_not_the_old_line_of_its_initials(gaz: Gazetteer) -> None:
    # 兰渝高铁 (planned, via 潼南 and 遂宁) is not 兰渝铁路 (via 合川 and 南充)
    assert gaz.corridor("兰渝高铁").name == "兰渝高铁"
    feature = geocode(said("兰渝高铁", T.RAILWAY, "积极争取兰渝高铁过境设站。"), gaz,
                      context=["重庆市潼南区人民政府"])
    assert _passes(gaz, "500152", feature.geometry)  # 潼南
    assert not _passes(gaz, "511302", feature.geometry)  # 南充市顺庆区, on 兰渝铁路


@pytest.mark.parametrize(("name", "note"), [
    ("渝西高铁合川段", "clipped to 合川区"),  # a waypoint that is a county: the line within it
    ("成渝铁路内江段", "clipped to 内江市"),
    ("兰渝铁路南部段", "clipped to 南部县"),
])
def test_a_section_named_by_a_county_waypoint_is_clipped_to_it(gaz: Gazetteer, name: str, note: str) -> None:
    feature = geocode(said(name, T.RAILWAY, f"{name}扩能改造。"), gaz, context=["重庆市人民政府"])
    assert feature.note == note


def test_a_section_named_by_a_waypoint_drawn_elsewhere_keeps_the_waypoint(gaz: Gazetteer) -> None:
    # 朝阳湖 is drawn at 蒲江 (朝阳湖=蒲江): the section runs from there to 雅安
    feature = geocode(said("川藏铁路朝阳湖至雅安段", T.RAILWAY, "建成川藏铁路朝阳湖至雅安段。"), gaz,
                      context=["成都市人民政府"])
    assert feature.basis is Basis.CORRIDOR
    assert _passes(gaz, "510131", feature.geometry) and _passes(gaz, "511800", feature.geometry)  # 蒲江, 雅安


def test_a_duplicate_line_ends_where_its_route_ends(gaz: Gazetteer) -> None:
    # 渝湘复线高速 runs 巴南 → 酉阳 within 重庆: not to 长沙 as the initials 渝湘 (重庆—湖南) would have it
    feature = geocode(said("渝湘复线高速公路", T.HIGHWAY, "渝湘复线高速公路建成通车。"), gaz,
                      context=["重庆日报"])
    assert feature.basis is Basis.CORRIDOR
    a, b = feature.geometry.coords[0], feature.geometry.coords[-1]
    assert inside(gaz, "500113", Point(a)) and inside(gaz, "500242", Point(b))
