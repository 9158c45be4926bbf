"""Cited routes of lines known by a compact name the reader cannot settle (issue 12 item 3, part p52).

A line named only by two initials, one of which several units share (渝宜: 宜宾, 宜昌 or 宜春;
峨汉: 峨眉山 or 峨边; 融 of 榕融, 久 of 久马: no unit starts with it), or whose name is also a town's (宜万 of 湖南), is left unlocated or drawn at
the document's unit. Where a public page gives the line's route it is data
(``data/gazetteer/corridor_routes.csv``): the line is drawn along it. Negatives: other lines of the
same initials (a highway, a section of another line) keep their own corridors or none.
"""

from __future__ import annotations

import pytest

from geo.geocode import geocode
from geo.geocode.feature import Basis
from geo.model import EntityType
from geo.places import Gazetteer, gap_m
from tests.geocode_helpers import ends, inside, passes_in_order, said

T = EntityType

#: line → the counties (adcodes) it crosses, in route order, as its cited source lists them
ROUTES = {
    # 渝宜高铁: 长寿 → 涪陵 → 丰都 → 石柱 → 利川 → 恩施 → 鹤峰 → 五峰 → 长阳 → 宜昌
    "渝宜高铁": ["500115", "500102", "500230", "500240", "422802", "422801", "422828", "420529", "420528",
             "420500"],
    # 宜万铁路: 宜昌 → 长阳 → 巴东 → 建始 → 恩施 → 利川 → 万州
    "宜万铁路": ["420500", "420528", "422823", "422822", "422801", "422802", "500101"],
    # 峨汉高速: 峨眉山 → 峨边 → 金口河 → 甘洛 → 汉源
    "峨汉高速": ["511181", "511132", "511113", "513435", "511823"],
    # 久马高速: 久治 → 阿坝 → 马尔康
    "久马高速": ["632625", "513231", "513201"],
    # 榕融高速: 榕江 → 从江 → 融安
    "榕融高速": ["522632", "522633", "450224"],
}



@pytest.mark.parametrize(("name", "adcodes"), ROUTES.items())
def test_a_routed_line_passes_its_counties_in_order(gaz: Gazetteer, name: str, adcodes: list[str]) -> None:
    assert passes_in_order(gaz, name, adcodes)


@pytest.mark.parametrize(("name", "type_", "quote", "context", "first", "last"), [
    # a county on the line reports it: drawn from 重庆 to 宜昌, not left for review over 宜
    ("渝宜高铁", T.RAILWAY, "渝宜高铁即将开工建设,县城将设站。", ["重庆市石柱土家族自治县人民政府"], "500000", "420500"),
    ("渝宜高速铁路", T.RAILWAY, "加快推进渝宜高速铁路前期工作。", ["湖北省利川市人民政府"], "500000", "420500"),
    # a port's report names the line as its link: 宜昌 to 万州, not a town of 湖南 called 宜万
    ("宜万铁路", T.RAILWAY, "港区将连接宜万铁路。", ["重庆市万州区人民政府"], "420500", "500101"),
    # 峨 is 峨眉山 here, not 峨边 read as the start
    ("峨汉高速", T.HIGHWAY, "峨汉高速全线通车,沿线县城结束不通高速的历史。", ["乐山市人民政府"], "511181", "511823"),
    # a province's plan lists it among its exits: 久治 to 马尔康, not the plan's capital
    ("久马高速公路", T.HIGHWAY, "建成久马高速公路等出川通道。", ["四川省人民政府"], "632625", "513201"),
    ("榕融高速公路", T.HIGHWAY, "榕融高速公路开工建设。", ["黔东南州人民政府"], "522632", "450224"),
])
def test_an_invented_sentence_draws_the_line_between_its_ends(
        gaz: Gazetteer, name: str, type_: EntityType, quote: str, context: list[str], first: str, last: str) -> None:
    feature = geocode(said(name, type_, quote), gaz, context=context)
    assert feature.basis is Basis.CORRIDOR
    a, b = ends(feature.geometry)
    assert inside(gaz, first, a) and inside(gaz, last, b)


@pytest.mark.parametrize(("name", "corridor"), [
    ("渝宜高速", "渝宜高速"),  # the highway of the same initials keeps its own route
    ("渝宜高速公路", "渝宜高速"),
    ("渝昆高铁渝宜段", "渝昆高铁"),  # 渝宜 as a section of another line (重庆 to 宜宾) stays that line's
    ("渝宜高铁石柱段", "渝宜高铁"),  # a section starts with its name
    ("重庆至宜昌高速铁路", "渝宜高铁"),
    ("峨眉至汉源高速公路", "峨汉高速"),
])
def test_names_of_a_routed_line_find_its_corridor(gaz: Gazetteer, name: str, corridor: str) -> None:
    found = gaz.corridor(name)
    assert found is not None and found.name == corridor


@pytest.mark.parametrize("name", [
    "渝宜铁路",  # an older railway name of either 宜: no row
    "宜万高速", "峨汉铁路", "乐汉高速", "久马铁路", "榕融铁路",  # other lines of the same or like initials
])
def test_a_line_the_table_lacks_is_not_forced_onto_a_new_corridor(gaz: Gazetteer, name: str) -> None:
    assert gaz.corridor(name) is None


def test_a_section_of_a_routed_line_is_clipped_to_its_ends(gaz: Gazetteer) -> None:
    feature = geocode(said("峨汉高速峨眉至峨边段", T.HIGHWAY, "峨汉高速峨眉至峨边段试通车。"), gaz,
                      context=["乐山市人民政府"])
    a, b = ends(feature.geometry)
    assert inside(gaz, "511181", a) and inside(gaz, "511132", b)
    assert gap_m(gaz.unit_geometry("511823"), feature.geometry) > 2_000  # 汉源 is beyond the section
