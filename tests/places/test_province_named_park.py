"""A park named after its province in a report of a unit inside that province is placed at that unit
(issue 12, placement: 甲省乙产业园 in a county's report). Invented names, positives and negatives."""

from __future__ import annotations

from geocode_helpers import inside, said
from shapely.geometry import Point

from geo.geocode import Basis, geocode
from geo.model import EntityType, Precision
from geo.places import Gazetteer

T = EntityType
YONGCHUAN = ["重庆市永川区人民政府"]  # a district's report (500118)
CHONGQING = ["重庆市人民政府"]  # the province-level municipality's own report
YIBIN = ["宜宾市人民政府"]  # a city of another province


def test_a_park_named_after_its_province_is_at_the_reports_unit(gaz: Gazetteer) -> None:
    name = "重庆甲乙智能装备产业园"
    feature = geocode(said(name, T.INDUSTRIAL_PARK, f"加快建设{name}。"), gaz, context=YONGCHUAN)
    assert isinstance(feature.geometry, Point) and inside(gaz, "500118", feature.geometry)
    assert feature.basis is Basis.ISSUER and feature.precision is Precision.DISTRICT


def test_a_sichuan_park_in_a_sichuan_citys_report(gaz: Gazetteer) -> None:
    name = "四川丙丁食品产业园"
    feature = geocode(said(name, T.INDUSTRIAL_PARK, f"{name}一期建成投用。"), gaz, context=YIBIN)
    assert inside(gaz, "511500", feature.geometry)  # 宜宾市, not the province's seat at 成都
    assert feature.basis is Basis.ISSUER


def test_the_provinces_own_report_keeps_the_province(gaz: Gazetteer) -> None:
    name = "重庆甲乙智能装备产业园"
    feature = geocode(said(name, T.INDUSTRIAL_PARK, f"加快建设{name}。"), gaz, context=CHONGQING)
    assert feature.basis is Basis.PLACE and feature.precision is Precision.CITY


def test_a_park_of_another_province_is_not_moved_to_the_report(gaz: Gazetteer) -> None:
    name = "四川丙丁食品产业园"
    feature = geocode(said(name, T.INDUSTRIAL_PARK, f"{name}一期建成投用。"), gaz, context=YONGCHUAN)
    assert not inside(gaz, "500118", feature.geometry)


def test_a_station_named_after_the_province_is_not_moved(gaz: Gazetteer) -> None:
    # 重庆北站 serves the capital: a district's report does not place it in that district
    feature = geocode(said("重庆北站", T.RAIL_STATION, "乘客可由重庆北站换乘。"), gaz, context=YONGCHUAN)
    assert feature.geometry is not None and not inside(gaz, "500118", feature.geometry)
