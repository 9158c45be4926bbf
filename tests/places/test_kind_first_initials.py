"""A rail line whose kind (or its city's rail transit) is written first, then its ends' initials and 线 or 段:
市郊铁路甲乙线, 城轨快线甲乙线, 轨道交通延长线甲乙段 (issue 12, placement). Invented names of real units, positives
and negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import ends, inside, place_names, said
from shapely.geometry import LineString

from geo.geocode import geocode
from geo.model import EntityType
from geo.places import Gazetteer, gap_m

CHONGQING = ["重庆市交通局"]


@pytest.mark.parametrize(("name", "places"), [
    ("市郊铁路合铜线", ["合川区", "铜梁区"]),  # the kind, the initials, 线
    ("市域铁路江綦线", ["江津区", "綦江区"]),
    ("都市快轨荣永线工程", ["荣昌区", "永川区"]),  # the works' word after 线
    ("轨道交通延长线潼合段", ["潼南区", "合川区"]),  # the city's rail transit, its extension, then the section
    ("轨道交通合铜段", ["合川区", "铜梁区"]),
])
def test_the_initials_after_a_kind_written_first_are_the_lines_ends(
        gaz: Gazetteer, name: str, places: list[str]) -> None:
    assert place_names(name, gaz, CHONGQING) == places


@pytest.mark.parametrize("name", [
    "轨道交通十号线",  # a number, no initials
    "轨道交通5号线",
    "市郊铁路东环线",  # a ring, not two places
    "城轨快线北延线",  # an extension by its direction
    "市郊铁路二环线",
    "市郊铁路双河线",  # a counted word
    "轨道交通延伸线",  # no initials after the extension's word
])
def test_a_number_ring_or_direction_after_the_kind_is_no_initials(gaz: Gazetteer, name: str) -> None:
    assert place_names(name, gaz, CHONGQING) == []


def test_such_a_line_is_drawn_between_its_ends(gaz: Gazetteer) -> None:
    name = "城轨快线合铜线"
    feature = geocode(said(name, EntityType.RAILWAY, f"{name}正在开展前期工作。"), gaz, context=CHONGQING)
    assert isinstance(feature.geometry, LineString)  # not a point at the document's district
    start, end = ends(feature.geometry)
    assert inside(gaz, "500117", start) and inside(gaz, "500151", end)
    assert gap_m(start, end) > 20_000  # 合川 to 铜梁, seat to seat, some 40 km


# ------------------------------------------------- a section named by one unit and 境 or 境内 (甲县境内段)

@pytest.mark.parametrize(("name", "adcode"), [
    ("G999永川境内段", "500118"),  # a road's code, the county, 境内段
    ("S888合川区境段", "500117"),  # the county in full, 境段
    ("丙丁高速公路铜梁境内段", "500151"),
])
def test_a_section_in_one_unit_lies_in_that_unit(gaz: Gazetteer, name: str, adcode: str) -> None:
    feature = geocode(said(name, EntityType.HIGHWAY, f"{name}改建工程完工。"), gaz, context=["四川省交通运输厅"])
    assert feature.geometry is not None and inside(gaz, adcode, feature.geometry)


@pytest.mark.parametrize("name", [
    "G999城市过境段",  # a bypass: 城市过 is no unit
    "丙丁铁路出境段",  # where it leaves the country or province, no unit
])
def test_a_piece_ending_in_jing_that_is_no_unit_names_no_section_place(gaz: Gazetteer, name: str) -> None:
    from geo.places import section_places

    assert all(end is None for end in section_places(name, gaz, CHONGQING, None) or [None])


@pytest.mark.parametrize(("name", "adcode"), [
    ("丙丁高速黔江境内段", "500114"),  # 黔江 ends in no province: the 黔 of 贵州 is its first character
    ("G999合川境段", "500117"),  # 合川 ends in 川, 四川's 简称: still the county
])
def test_a_county_ending_in_a_provinces_short_form_is_the_county(gaz: Gazetteer, name: str, adcode: str) -> None:
    from geo.places import section_places

    ends = section_places(name, gaz, CHONGQING, None)
    assert ends is not None and [getattr(e, "adcode", None) for e in ends] == [adcode]


def test_a_province_section_stays_the_province(gaz: Gazetteer) -> None:
    from geo.places import section_places

    for name in ("丙丁铁路四川境内段", "丙丁高速川境段"):
        ends = section_places(name, gaz, CHONGQING, None)
        assert ends is not None and [getattr(e, "adcode", None) for e in ends] == ["510000"]
