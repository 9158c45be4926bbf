"""Cited routes of the lines officials name most (issue 12 items 1 and 3).

A line named without its ends is drawn from its curated waypoints (``data/gazetteer/corridor_routes.csv``),
else from its name's short forms — often only its two ends, so a long line misses the counties between
(成渝高速 drawn 成都 → 重庆 passes 26 km from 内江). Each row group below: the corridor passes its
waypoints' counties in route order, and an invented sentence naming the line draws it along them.
Negatives: other lines of the same initials keep their own corridors or none.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from shapely.geometry import Point

from geo.geocode import geocode
from geo.geocode.feature import Basis
from geo.model import EntityType
from geo.places import Gazetteer, gap_m, line_facility
from tests.geocode_helpers import ends, inside, passes_in_order, said

T = EntityType

#: line → the counties (adcodes) it crosses, in route order, as its cited source lists them
ROUTES = {
    # 成渝高速: 成都 → 资阳 → 内江 → 荣昌 → 大足 → 永川 → 璧山 → 九龙坡 (陈家坪)
    "成渝高速": ["510104", "512002", "511002", "500153", "500111", "500118", "500120", "500107"],
    # 乐西高速: 乐山市中区 → 沙湾 → 沐川 → 马边 → 雷波 → 美姑 → 昭觉 → 西昌
    "乐西高速": ["511102", "511111", "511129", "511133", "513437", "513436", "513431", "513401"],
    "资乐高速": ["511025", "511102"],
    "铜安高速": ["500151", "512021"],
    "铜资高速": ["500151", "512021", "511025"],
    "合安高速": ["500117", "500152", "512021"],
    # 叙毕铁路: 叙永 → 兴文 → 威信 → 镇雄 → 毕节 (七星关)
    "叙毕铁路": ["510524", "511528", "530629", "530627", "520502"],
    # 隆叙铁路: 隆昌 → 泸县 → 龙马潭 → 江阳 → 纳溪 → 叙永
    "隆叙铁路": ["511083", "510521", "510504", "510502", "510503", "510524"],
    # 渝利铁路: 长寿 → 涪陵 → 丰都 → 石柱 → 利川
    "渝利铁路": ["500115", "500102", "500230", "500240", "422802"],
    # 319国道 through the region: 花垣 → 秀山 → 酉阳 → 黔江 → 彭水 → 武隆 → 涪陵 → 长寿 → 渝北 → 璧山 → 铜梁
    # → 安岳 → 乐至 → 简阳
    "319国道": ["433124", "500241", "500242", "500114", "500243", "500156", "500102", "500115", "500112",
              "500120", "500151", "512021", "512022", "510185"],
    # 湘黔铁路: 新化 → 溆浦 → 怀化 (鹤城) → 新晃 → 玉屏 → 镇远 → 凯里 → 龙里
    "湘黔铁路": ["431322", "431224", "431202", "431227", "520622", "522625", "522601", "522730"],
    "渝武高速": ["500109", "500117", "511622"],
    # 重庆铁路二环线: 合川 → 铜梁 → 大足 → 荣昌 → 永川 → 江津 → 綦江 → 南川 → 涪陵 → 长寿 → 渝北
    "重庆铁路二环线": ["500117", "500151", "500111", "500153", "500118", "500116", "500110", "500119",
                "500102", "500115", "500112"],
    # 川南城际铁路内自泸线: 内江市中区 → 自贡 (大安) → 富顺 → 泸县 → 泸州 (江阳)
    "川南城际铁路内自泸线": ["511002", "510304", "510322", "510521", "510502"],
    "宜昌至郑万高铁联络线": ["420506", "420526"],
    # 沪渝蓉沿江高铁 in 湖北: 汉川 → 天门 → 京山 → 钟祥 → 当阳 → 宜昌
    "沪渝蓉沿江高铁": ["420984", "429006", "420882", "420881", "420582", "420500"],
}



@pytest.mark.parametrize(("name", "adcodes"), ROUTES.items())
def test_a_routed_line_passes_its_counties_in_order(gaz: Gazetteer, name: str, adcodes: list[str]) -> None:
    assert passes_in_order(gaz, name, adcodes)


@pytest.mark.parametrize(
    ("name", "type_", "quote", "context", "adcode"),
    [
        # a through line of a county's report: along its route, through the county between its ends
        ("成渝高速", T.HIGHWAY, "依托成渝高速,甲镇加快发展商贸物流。", ["内江市人民政府"], "511000"),
        ("乐西高速", T.HIGHWAY, "乐西高速建成后,县城到成都只需四小时。", ["四川省马边彝族自治县人民政府"], "511133"),
        ("叙毕铁路", T.RAILWAY, "叙毕铁路开通运营,县城结束不通火车的历史。", ["云南省威信县人民政府"], "530629"),
        ("隆叙铁路", T.RAILWAY, "隆叙铁路扩能改造完成,货运能力显著提升。", ["泸州市人民政府"], "510521"),
        ("渝利铁路", T.RAILWAY, "渝利铁路在县城设站,带动旅游发展。", ["重庆市丰都县人民政府"], "500230"),
        ("319国道", T.HIGHWAY, "319国道穿境而过,沿线乡镇加快发展。", ["重庆市武隆区人民政府"], "500156"),
        ("湘黔铁路复线", T.RAILWAY, "争取湘黔铁路复线在县城设站。", ["贵州省玉屏侗族自治县人民政府"], "520622"),
        ("川南城际铁路内自泸线", T.RAILWAY, "川南城际铁路内自泸线开通运营。", ["四川省富顺县人民政府"], "510322"),
    ],
)
def test_an_invented_sentence_draws_the_line_along_its_route(
        gaz: Gazetteer, name: str, type_: EntityType, quote: str, context: list[str], adcode: str) -> None:
    feature = geocode(said(name, type_, quote), gaz, context=context)
    assert feature.basis is Basis.CORRIDOR
    assert feature.geometry.geom_type in ("LineString", "MultiLineString")
    assert gap_m(gaz.unit_geometry(adcode), feature.geometry) <= 2_000


@pytest.mark.parametrize(("name", "first", "last"), [
    ("资乐高速公路", "511025", "511100"),  # 资中 → 乐山, not a reading of 资 as 资阳
    ("铜安高速公路", "500151", "512021"),  # 铜梁 → 安岳
    ("宜昌至郑万高铁联络线", "420500", "420526"),  # 宜昌 → 兴山, not a point at 宜昌
    ("沪渝蓉沿江高铁武汉至宜昌段", "420100", "420500"),  # a section between two of its waypoints
])
def test_an_invented_sentence_draws_the_line_between_its_ends(gaz: Gazetteer, name: str, first: str, last: str) -> None:
    feature = geocode(said(name, T.RAILWAY if "铁" in name else T.HIGHWAY, f"加快推进{name}建设。"), gaz,
                      context=["人民日报"])
    assert feature.basis is Basis.CORRIDOR
    a, b = ends(feature.geometry)
    assert (inside(gaz, first, a) and inside(gaz, last, b)) or (inside(gaz, first, b) and inside(gaz, last, a))


@pytest.mark.parametrize(("name", "corridor"), [
    ("成渝高速公路", "成渝高速"),
    ("成渝高速重庆段", "成渝高速"),  # a section starts with its name
    ("成渝高铁", "成渝高铁"),  # lines of the same initials keep their own routes
    ("成渝铁路", "成渝铁路"),
    ("成渝中线高铁", "成渝中线高铁"),
    ("隆黄铁路", "隆黄铁路"),  # the whole line 叙毕铁路 and 隆叙铁路 are sections of
    ("国道319线", "319国道"),
    ("G319", "319国道"),
    ("铜梁至资中高速公路", "铜资高速"),
    ("宜兴高铁", "宜昌至郑万高铁联络线"),
    ("沪渝蓉高铁", "沪渝蓉沿江高铁"),
])
def test_names_of_a_routed_line_find_its_corridor(gaz: Gazetteer, name: str, corridor: str) -> None:
    found = gaz.corridor(name)
    assert found is not None and found.name == corridor


@pytest.mark.parametrize("name", [
    "成渝扩容高速",  # a planned second road, not 成渝高速
    "成都至重庆高速公路",  # any of four roads between the two cities
    "渝利高速", "叙毕高速", "湘黔高铁", "G3190",  # another line of the same initials, or a longer code
    "乐西铁路", "沿江铁路",
    "沿江高铁",  # named along the river alone: it follows the river (test_geocode_fresh7), no corridor
    "铁路二环线",  # any city's second railway ring; 重庆铁路二环线 is the row
])
def test_a_line_the_table_lacks_is_not_forced_onto_a_new_corridor(gaz: Gazetteer, name: str) -> None:
    assert gaz.corridor(name) is None


def test_a_far_seat_is_not_a_waypoint(gaz: Gazetteer) -> None:
    # 湘黔铁路 passes 烟溪, a town in the south of 安化县: the line is not bent north to 安化's seat
    line = gaz.corridor("湘黔铁路").line
    assert gap_m(Point(111.208, 28.377), line) > 20_000


@pytest.mark.parametrize(("name", "line"), [
    ("渝武高速甲乙隧道", False),  # a facility on a line named after it is not the line
    ("成渝高速丙丁收费站", False),
    ("乐西高速戊己服务区", False),
    ("渝利铁路庚辛隧道", False),
    ("成渝高速重庆段", True),  # a section is the line
    ("乐西高速公路", True),
    ("嘉陵江航道隧道", True),  # a river keeps its reading: a name that opens with it is no place
])
def test_a_facility_named_after_a_line_is_not_the_line(gaz: Gazetteer, name: str, line: bool) -> None:
    assert (gaz.corridor(name) is not None) is line


def test_a_tunnel_named_after_a_line_is_placed_by_its_own_place(gaz: Gazetteer) -> None:
    # read by its own name (成渝 … 永川), not drawn as the whole corridor
    feature = geocode(said("成渝高速永川隧道", T.HIGHWAY, "成渝高速永川隧道完成照明改造。"), gaz,
                      context=["重庆市永川区人民政府"])
    assert feature.basis is not Basis.CORRIDOR
    assert gap_m(gaz.unit_geometry("500118"), feature.geometry) <= 2_000


@pytest.mark.parametrize(("name", "facility"), [
    ("甲乙高速丙隧道", True), ("甲乙高速丙收费站", True), ("甲乙铁路丙服务区", True),
    ("甲乙高速丙段", False), ("甲乙高速扩容工程", False), ("甲隧道连接线", False),
])
def test_a_facility_on_a_line_is_told_by_its_last_word(name: str, facility: bool) -> None:
    assert line_facility(name) is facility


@pytest.mark.parametrize(("name", "corridor"), [
    ("永川隧道", False),  # the extractor tied the tunnel to the line it is on: still not the line
    ("成渝高速永川段", True),  # a section of the line is drawn along it
])
def test_a_facility_part_of_a_line_is_not_drawn_as_the_line(gaz: Gazetteer, name: str, corridor: bool) -> None:
    entity = replace(said(name, T.HIGHWAY, f"{name}完成改造。"), part_of="成渝高速")
    feature = geocode(entity, gaz, context=["重庆市永川区人民政府"])
    assert (feature.basis is Basis.CORRIDOR) is corridor
    assert gap_m(gaz.unit_geometry("500118"), feature.geometry) <= 2_000
