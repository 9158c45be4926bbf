"""A line with no place of its own that another line's route sentence says it joins at the route's start or
end (起于A，接甲路; 止于A，与甲路相接; 起于A甲路和乙路交叉口): drawn at that place, not at the document's unit
(issue 12 items 1 and 3, the class "a line drawn as a point at its document's unit"). Invented sentences."""

from __future__ import annotations

import pytest
from geocode_helpers import inside, said

from geo.geocode import geocode
from geo.model import EntityType, Precision
from geo.places import Gazetteer, joined_at

T = EntityType
QIJIANG = ["重庆市綦江区人民政府"]
CHONGQING = ["重庆市人民政府"]


@pytest.mark.parametrize(
    ("name", "quote", "context", "adcode"),
    [
        # 接 right after the start
        ("银杏大道", "丙丁公路起于綦江区古南街道，接银杏大道，经三江街道，止于通惠街道。", QIJIANG, "500110"),
        # 与…相接 after the end, the item second in a list
        ("翠湖大道", "项目止于荣昌区昌元街道，与已建的银杏大道、规划的翠湖大道相接。", CHONGQING, "500153"),
        # a crossing of two roads as the start
        ("银杏大道", "该路起于江津区几江街道滨江路和银杏大道交叉口，止于双福街道。", CHONGQING, "500116"),
        # 终点位于 … 接现状
        ("银杏大道", "工程终点位于璧山区璧城街道，接现状银杏大道。", CHONGQING, "500120"),
        # a part of the road at the crossing
        ("银杏大道", "该路起于江津区几江街道滨江路和银杏大道二段交叉口，止于双福街道。", CHONGQING, "500116"),
        # a street joined in another county than the document's: where the text says, not the document's seat
        ("银杏北路", "新建道路起于大足区龙岗街道北环转盘接银杏北路，止于宝顶镇。", ["重庆市荣昌区人民政府"], "500111"),
    ],
)
def test_a_line_another_route_joins_at_its_end_is_drawn_there(
        gaz: Gazetteer, name: str, quote: str, context: list[str], adcode: str) -> None:
    feature = geocode(said(name, T.HIGHWAY, quote), gaz, context=context)
    assert feature.geometry is not None and feature.geometry.geom_type == "Point"
    assert feature.precision in (Precision.TOWN, Precision.DISTRICT)
    assert inside(gaz, adcode, feature.geometry)
    assert feature.note.startswith("another line's route joins it at")


@pytest.mark.parametrize(
    "quote",
    [
        # the item's own route: its name before 起于
        "银杏大道起于綦江区古南街道，接丙丁公路，止于通惠街道。",
        # crossed on the way, not joined at an end
        "丙丁公路经綦江区古南街道，跨银杏大道，止于通惠街道。",
        # joined two clauses after the end: another place may lie between
        "丙丁公路起于綦江区古南街道，经三江街道，接银杏大道。",
        # 至 joins the two ends of one name, it is no route's end
        "丙丁公路从古南街道至通惠街道接银杏大道。",
        # named after the start, with no word of joining
        "丙丁公路起于綦江区古南街道，银杏大道同步改造。",
    ],
)
def test_no_junction_read_without_a_join_at_a_routes_end(gaz: Gazetteer, quote: str) -> None:
    assert joined_at([quote], ["银杏大道"], gaz, QIJIANG) is None
