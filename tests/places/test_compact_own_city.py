"""Initials of a compact line name read as the report's own city or as a bordering county (issue 12 item 2).

Two classes of :func:`geo.places.read_compact`, on invented line names between real places:

- an initial several cities of China share (广: 广安, 广元, 广州) is the report's own city when
  that is the nearest reading to the character read beside it, even when not twice as near (广 of
  a 广青 road in a 广元 report; a 广安 report leaves it doubtful: 广元 is the nearer there);
- a town of the report's own district read for an initial yields to the one county starting with
  it that borders the county read beside it (长 beside 垫江 is 长寿, not a town of 万州 starting
  with 长); a town no such county rivals stays (万 beside 綦江 in a 綦江 plan is 万盛).
"""

from __future__ import annotations

import pytest

from geo.places import Context, Gazetteer, gap_m, name_places
from geo.places.metric import distance_m

GUANGYUAN = ["广元市交通运输局"]
GUANGAN = ["广安市交通运输局"]
YIBIN = ["宜宾市交通运输局"]
WANZHOU = ["万州区交通局"]
QIJIANG = ["綦江区交通局"]


def _names(name: str, gaz: Gazetteer, context: list[str]) -> list[str]:
    return [p.name for p in name_places(name, gaz, Context(context))]


@pytest.mark.parametrize(("name", "context", "places"), [
    ("广甘高速", GUANGYUAN, ["广元市", "甘肃省"]),
    ("广青高速", GUANGYUAN, ["广元市", "青海省"]),
])
def test_an_initial_of_rival_cities_is_the_reports_own_city_when_nearest(
        gaz: Gazetteer, name: str, context: list[str], places: list[str]) -> None:
    assert _names(name, gaz, context) == places


@pytest.mark.parametrize(("name", "context", "places"), [
    ("广陕高速", GUANGAN, []),                      # 广元 is nearer 陕西 than the report's 广安
    ("宜万高速", YIBIN, []),                        # 宜昌 is nearer 万州 than the report's 宜宾
    ("广巴高速", GUANGAN, ["广安市", "巴中市"]),      # a reading that needed no rule stays
])
def test_the_reports_own_city_is_no_reading_when_a_rival_is_nearer(
        gaz: Gazetteer, name: str, context: list[str], places: list[str]) -> None:
    assert _names(name, gaz, context) == places


def test_the_own_city_read_lies_near_the_province_it_leads_to(gaz: Gazetteer) -> None:
    """The 广元 read for 广 of 广甘 is the one nearest 甘肃 among the cities starting with 广."""
    own, province = name_places("广甘高速", gaz, Context(GUANGYUAN))
    rival = gaz.lookup("广安市")[0]
    assert distance_m(own.point, province.point) < distance_m(rival.point, province.point)


@pytest.mark.parametrize(("name", "context", "places"), [
    ("长垫高速", WANZHOU, ["长寿区", "垫江县"]),
    ("长涪公路", WANZHOU, ["长寿区", "涪陵区"]),
    ("长垫高速", ["重庆市万州区人民政府"], ["长寿区", "垫江县"]),
])
def test_a_town_of_the_reports_district_yields_to_a_bordering_county(
        gaz: Gazetteer, name: str, context: list[str], places: list[str]) -> None:
    assert _names(name, gaz, context) == places


@pytest.mark.parametrize(("name", "context", "places"), [
    ("綦万高速", QIJIANG, ["綦江区", "万盛"]),      # no county starting with 万 borders 綦江
    ("万綦高速", QIJIANG, ["万盛", "綦江区"]),
    ("长忠公路", WANZHOU, ["长坪", "忠县"]),        # 长寿 does not border 忠县: the town stays
])
def test_a_town_no_bordering_county_rivals_stays(
        gaz: Gazetteer, name: str, context: list[str], places: list[str]) -> None:
    assert _names(name, gaz, context) == places


def test_the_bordering_county_read_touches_its_neighbour(gaz: Gazetteer) -> None:
    """长寿 read beside 垫江 lies within a kilometre of it; the town it replaced is farther."""
    first, second = name_places("长垫高速", gaz, Context(WANZHOU))
    town = name_places("长忠公路", gaz, Context(WANZHOU))[0]
    a, b = gaz.unit_geometry(first.adcode), gaz.unit_geometry(second.adcode)

    assert gap_m(a, b) <= 1_000
    assert distance_m(town.point, second.point) > distance_m(first.point, second.point)
