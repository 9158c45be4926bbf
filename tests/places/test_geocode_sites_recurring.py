"""Facilities the tuning documents name again and again, placed at their curated site (issue 12 item 4).

A station or airport that many documents name by itself (written bare, after the line that serves
it, or with a project word after it) was left at its county's seat at district precision; its row in
``data/gazetteer/sites.csv`` cites the page that says where it is. The sentences here are invented.
"""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import Basis, geocode
from geo.model import EntityType, Precision
from geo.places import Gazetteer

T = EntityType
WANZHOU = ["重庆市万州区人民政府"]
WUSHAN = ["巫山县人民政府"]
BISHAN = ["重庆市璧山区交通局"]
CHENGDU = ["成都市交通运输局"]


@pytest.mark.parametrize(
    ("name", "type_", "quote", "context", "adcode"),
    [
        # written bare, in a list of the stations of a line
        ("万州北站", T.RAIL_STATION, "全线设甲站、乙站、万州北站3座车站。", WANZHOU, "500101"),
        # after the line that serves it
        ("甲乙高铁万州北站", T.RAIL_STATION, "线路终至甲乙高铁万州北站。", WANZHOU, "500101"),
        # with a project word after it, in a document of another unit
        ("万州北站综合交通枢纽", T.RAIL_STATION, "推进万州北站综合交通枢纽建设。", ["开州区人民政府"], "500101"),
        # an airport by a short alias
        ("巫山机场", T.AIRPORT, "建成巫山机场。", WUSHAN, "500237"),
        ("重庆巫山机场", T.AIRPORT, "重庆巫山机场开通新航线。", ["重庆市交通局"], "500237"),
        # a station whose name carries no place, in a document of its own city
        ("青龙湖站", T.RAIL_STATION, "全线新建甲站、青龙湖站等6座车站。", BISHAN, "500120"),
    ],
)
def test_a_recurring_facility_is_at_its_curated_site(
        gaz: Gazetteer, name: str, type_: EntityType, quote: str, context: list[str], adcode: str) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=context)
    assert feature.basis is Basis.SITE, feature.note
    assert feature.precision in (Precision.SITE, Precision.TOWN)  # finer than the county's seat
    assert _in(gaz, adcode, feature.geometry)


def test_a_site_without_a_place_of_its_own_is_not_taken_in_another_city(gaz: Gazetteer) -> None:
    # 青龙湖站 names a lake many cities have: a document of another city does not get the 璧山 one
    feature = geocode(_said("青龙湖站", T.RAIL_STATION, "地铁甲号线设青龙湖站。"), gaz, context=CHENGDU)
    assert feature.basis is not Basis.SITE
    assert feature.geometry is None or not _in(gaz, "500120", feature.geometry)


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        ("万州站", "开行万州站至甲站列车。"),  # the other station of the unit: no site of that name
        ("万州东站", "规划建设万州东站。"),  # another station named for the unit
    ],
)
def test_only_the_facility_itself_takes_the_site(gaz: Gazetteer, name: str, quote: str) -> None:
    feature = geocode(_said(name, T.RAIL_STATION, quote), gaz, context=WANZHOU)
    assert not (feature.basis is Basis.SITE and "万州北站" in feature.note)
