"""Lines whose section or route was read wrong (issue 12 items 2–3): a section's initials written
after a direction extension (甲大道北延线乙丙段), and a route written right after the name without a start
(甲乙段：经A、B，抵达C). Invented names and sentences, with negatives."""

from __future__ import annotations

import pytest

from geo.geocode import geocode
from geo.model import EntityType
from geo.places import Context, Gazetteer, following_route, gap_m, section_places
from tests.geocode_helpers import ends, inside, said

NONE = Context([])


def _section(name: str, gaz: Gazetteer) -> list[str | None]:
    return [getattr(p, "name", None) for p in section_places(name, gaz, NONE, None) or []]


@pytest.mark.parametrize(("name", "expected"), [
    ("迎宾大道北延线遂南段", ["遂宁市", "南充市"]),  # initials after the extension: read together
    ("迎宾大道北延线遂宁至南充段", ["遂宁市", "南充市"]),
    ("滨江路西线江津至永川段", ["江津区", "永川区"]),
])
def test_a_section_after_a_direction_extension_reads_its_ends(gaz: Gazetteer, name: str, expected: list[str]) -> None:
    assert _section(name, gaz) == expected


@pytest.mark.parametrize("name", ["迎宾大道北延线段", "迎宾大道北延线"])
def test_an_extension_alone_gives_no_ends(gaz: Gazetteer, name: str) -> None:
    assert [e for e in _section(name, gaz) if e is not None] == []


@pytest.mark.parametrize(("quote", "name", "expected"), [
    ("某某高速渝遂段：经璧山、铜梁，抵达遂宁。", "某某高速渝遂段", ["璧山区", "铜梁区", "遂宁市"]),
    ("南北干道经合川、铜梁至大足。", "南北干道", ["合川区", "铜梁区", "大足区"]),
])
def test_a_route_right_after_the_name_is_read_without_a_start(
        gaz: Gazetteer, quote: str, name: str, expected: list[str]) -> None:
    assert [p.name for p in following_route([quote], [name], gaz, NONE)] == expected


@pytest.mark.parametrize(("quote", "name"), [
    ("甲乙高速经批准至今已通车三年。", "甲乙高速"),  # 经 of a procedure: no places
    ("甲乙高速建成后，经江津至泸州只需一小时。", "甲乙高速"),  # not right after the name
    ("南北干道经合川、某某村至大足。", "南北干道"),  # a waypoint not known: all or none
])
def test_no_route_without_places_right_after_the_name(gaz: Gazetteer, quote: str, name: str) -> None:
    assert following_route([quote], [name], gaz, NONE) == []


def test_a_section_is_drawn_through_the_route_its_sentence_gives(gaz: Gazetteer) -> None:
    entity = said("某某高速渝遂段", EntityType.HIGHWAY, "某某高速渝遂段：经璧山、铜梁，抵达遂宁。")
    feature = geocode(entity, gaz, context=["重庆市璧山区人民政府"])
    first, last = ends(feature.geometry)
    assert inside(gaz, "500120", first) and inside(gaz, "510900", last)  # 璧山区 → 遂宁市


def test_a_route_ending_off_the_sections_ends_is_not_its_route(gaz: Gazetteer) -> None:
    # 渝遂段 ends at 重庆 and 遂宁; a route to 泸州 is another line's
    entity = said("某某高速渝遂段", EntityType.HIGHWAY, "某某高速渝遂段：经江津、合江，抵达泸州。")
    feature = geocode(entity, gaz, context=["重庆市璧山区人民政府"])
    assert feature.geometry is not None and "passes and ends" not in feature.note


def test_a_ring_the_table_routes_is_drawn_along_it_not_at_its_city(gaz: Gazetteer) -> None:
    # a ring railway under another of its names (data/gazetteer/corridor_routes.csv): a line around
    # the city through its counties, not a point at the city
    entity = said("重庆都市圈环线铁路", EntityType.RAILWAY, "重庆都市圈环线铁路在本区设站，推动沿线发展。")
    feature = geocode(entity, gaz, context=["重庆市铜梁区人民政府"])
    assert feature.geometry.geom_type == "LineString" and inside(gaz, "500000", feature.geometry)
    assert all(gap_m(gaz.unit_geometry(code), feature.geometry) <= 2_000 for code in ("500151", "500111", "500110"))


def test_a_ring_of_another_city_is_not_that_ring(gaz: Gazetteer) -> None:
    entity = said("成都都市圈环线铁路", EntityType.RAILWAY, "成都都市圈环线铁路在本区设站。")
    feature = geocode(entity, gaz, context=["四川省德阳市人民政府"])
    assert feature.geometry is None or gap_m(gaz.unit_geometry("500000"), feature.geometry) > 2_000


@pytest.mark.parametrize(("quote", "name"), [
    ("丙丁公路起于江津区几江街道，接滨河大道，经双福街道，止于永川区。", "滨河大道"),  # joined inside another route
    ("滨河大道，经双福街道至永川区的公交线路已开通。", "滨河大道"),  # a comma: another subject's words
])
def test_a_name_inside_another_route_has_no_route_of_its_own(gaz: Gazetteer, quote: str, name: str) -> None:
    assert following_route([quote], [name], gaz, NONE) == []
