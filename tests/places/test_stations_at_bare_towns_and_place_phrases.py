"""Points placed by what their sentence writes of where they are, issue 12 items 3 and 4 (classes found on
the eleven tuning splits).

- a station named for a town written bare (乙北站, 甲乙铁路丙站), in a city or county its own sentence
  names: the one town of that name there (its point, or its county's seat when only the town → county
  index knows it), never a town of that name elsewhere;
- a phrase of place in the item's own sentence (在甲县境内，…乙隧道开工; 丙水电站…地跨丁、戊两县): the one
  county it writes, in a province the document is about, at district precision;
- a line from a street or village of its document's district to a place its name gives (甲路至乙区丙镇通道,
  丁村戊口至乙区通道): drawn from the district's seat to that place, not as a point at the one known end.

Each class on invented sentences, positives and negatives.
"""

from __future__ import annotations

import pytest
from geocode_helpers import ends as _ends
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import Basis, geocode
from geo.geocode.document_units import units_named
from geo.geocode.local_ends import LOCAL_END_NOTE
from geo.geocode.locative import LOCATIVE_NOTE, locative_county
from geo.geocode.stations import STATION_TOWN_NOTE, station_place_word
from geo.model import EntityType
from geo.places import Context

T = EntityType


# ------------------------------------------------------------ a station named for a town written bare

@pytest.mark.parametrize(("name", "word"), [
    ("青木关北站", "青木关"),            # direction, then 站
    ("椑木站", "椑木"),
    ("甲乙铁路凌家站", "凌家"),           # the line it is on written first
    ("甲至乙高铁椑木东站", "椑木"),
    ("青木关火车站", "青木关"),
])
def test_a_station_names_its_place_word(name: str, word: str) -> None:
    assert station_place_word(name) == word


@pytest.mark.parametrize("name", ["青木关隧道", "椑木大桥", "站", "甲乙铁路"])
def test_what_is_no_station_name(name: str) -> None:
    assert station_place_word(name) is None


@pytest.mark.parametrize(("name", "quote", "doc", "adcode", "town_point"), [
    # a town a point source knows, of a county the sentence names (the document is about another county)
    ("青木关北站", "线路经沙坪坝区,设青木关北站、甲乙站2座车站。", ["重庆市璧山区人民政府"], "500106", True),
    # a town the index knows only by its county, of a city the sentence names: the county's seat
    ("椑木站", "全线设内江北、椑木、自贡3座车站。", ["四川省发展和改革委员会"], "511011", False),
    # written after the line it is on
    ("甲乙铁路凌家站", "丙丁铁路自甲乙铁路凌家站引出,经内江市至自贡市。", ["四川省"], "511002", False),
])
def test_a_station_is_at_the_town_it_is_named_for(gaz, name: str, quote: str, doc: list[str], adcode: str,
                                                  town_point: bool) -> None:
    feature = geocode(_said(name, T.RAIL_STATION, quote), gaz, context=doc)
    assert feature.note.startswith(STATION_TOWN_NOTE) and feature.basis is Basis.PLACE
    assert _in(gaz, adcode, feature.geometry)
    assert feature.precision.value == ("town" if town_point else "district")  # a county's seat says so


@pytest.mark.parametrize(("name", "quote", "doc"), [
    ("白马北站", "线路经内江、乐山两市,设白马北站。", ["四川省"]),        # a 白马镇 in both cities: no guess
    ("椑木站", "线路经自贡、泸州两市,设椑木站。", ["四川省"]),           # no 椑木 in the cities named
    ("青木关北站", "设青木关北站。", ["四川省"]),                      # the sentence names no unit
    ("来凤站", "线路经黔江区,设来凤站。", ["重庆市"]),                 # a county's own station: not a town
])
def test_what_places_no_station_at_a_bare_town(gaz, name: str, quote: str, doc: list[str]) -> None:
    feature = geocode(_said(name, T.RAIL_STATION, quote), gaz, context=doc)
    assert not feature.note.startswith(STATION_TOWN_NOTE)


# ------------------------------------------------------------ a phrase of place in the item's sentence

@pytest.mark.parametrize(("name", "type_", "quote", "doc", "adcode"), [
    # 在…境内 opening the sentence (after a date), the item further on
    ("丙丁隧道", T.RAILWAY, "2020年3月1日上午,在四川省凉山州昭觉县境内,甲乙铁路控制性工程——丙丁隧道开工。",
     ["四川省"], "513431"),
    # a county beyond the region's provinces, written with its suffix
    ("戊己隧道", T.HIGHWAY, "在湖北省恩施州巴东县境内,甲乙高速公路戊己隧道贯通。", ["湖北省交通运输厅"], "422823"),
    # 地跨 a list of counties: the item spans them, placed at the first
    ("庚辛水电站", T.ENERGY, "庚辛水电站坝址位于某河下游2千米河段,地跨理县、汶川两县。", ["阿坝州"], "513222"),
])
def test_a_phrase_of_place_places_the_item(gaz, name: str, type_: EntityType, quote: str, doc: list[str],
                                           adcode: str) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=doc)
    assert feature.note.startswith(LOCATIVE_NOTE)
    assert feature.precision.value == "district" and _in(gaz, adcode, feature.geometry)


@pytest.mark.parametrize(("quote", "adcode"), [
    ("壬癸水库总库容1亿立方米,坝址位于四川省凉山州昭觉县。", "513431"),   # 位于 after the item, no list between
    ("2021年,在凉山州昭觉县境内,壬癸水库开工。", "513431"),              # 在…境内 opening the sentence
    ("壬癸水库地跨昭觉、美姑两县。", "513431"),                          # 地跨 a list: the first
    ("壬癸水库位于昭觉县,丙丁水库位于美姑县。", "513431"),               # the next phrase is another item's
])
def test_the_county_a_phrase_of_place_writes(gaz, quote: str, adcode: str) -> None:
    entity = _said("壬癸水库", T.WATER, quote)
    found = locative_county(entity, gaz, Context(["四川省水利厅"]), lambda text: units_named(text, gaz))
    assert found is not None and found[0] == adcode


def test_a_districts_own_text_keeps_its_district(gaz) -> None:
    # the district's plan says as much; a county its phrase of place writes is not taken
    feature = geocode(_said("甲乙隧道", T.RAILWAY, "在重庆市江津区境内,甲乙隧道开工。"), gaz,
                      context=["重庆市綦江区人民政府"])
    assert not feature.note.startswith(LOCATIVE_NOTE)


@pytest.mark.parametrize(("name", "quote", "doc"), [
    ("甲乙水库", "建成甲乙水库、丙丁水库,位于昭觉县。", ["四川省"]),              # a list between: maybe another's
    ("甲乙隧道", "甲乙隧道位于昭觉县和美姑县交界处。", ["四川省"]),               # two counties in one phrase
    ("甲乙隧道", "在昭觉县举行了甲乙隧道开工仪式。", ["四川省"]),                 # 在 without 境内: an event's place
    ("甲乙隧道", "丙丁公司在昭觉县境内投资建设甲乙隧道。", ["四川省"]),           # the phrase does not open the sentence
    ("甲乙隧道", "在四川省昭觉县境内,甲乙隧道开工。", ["重庆市"]),               # not the document's province
    ("甲乙隧道", "甲乙隧道位于某河下游河段。", ["四川省"]),                       # no county written
    ("甲乙物流园", "甲乙物流园位于三江新区东部产业园。", []),                    # a 新区 named like a far county
    ("甲乙水库", "甲乙水库已建成,丙丁水库位于美姑县。", ["四川省"]),             # another item's phrase after a comma
    ("甲乙水库", "建成甲乙水库,丙丁电站位于美姑县境内。", ["四川省"]),
])
def test_what_is_no_phrase_of_the_items_county(gaz, name: str, quote: str, doc: list[str]) -> None:
    entity = _said(name, T.RAILWAY, quote)
    assert locative_county(entity, gaz, Context(doc), lambda text: units_named(text, gaz)) is None


# ------------------------------------------------------------ a line from a street or village of the district

SHAPINGBA = ["重庆市沙坪坝区人民政府"]


@pytest.mark.parametrize(("name", "first", "last"), [
    ("甲乙大道至璧山区来凤街道连接道", "500106", "500120"),     # a street, then the known end
    ("丙丁村戊己口至璧山区快速通道", "500106", "500120"),       # a village and a place in it
    ("璧山区至甲乙路连接道", "500120", "500106"),               # the known end first: the order written
])
def test_a_line_runs_from_its_documents_district(gaz, name: str, first: str, last: str) -> None:
    feature = geocode(_said(name, T.HIGHWAY, f"{name}开工建设。"), gaz, context=SHAPINGBA)
    assert feature.note.startswith(LOCAL_END_NOTE) and feature.geometry.geom_type == "LineString"
    a, b = _ends(feature.geometry)
    assert _in(gaz, first, a) and _in(gaz, last, b)


@pytest.mark.parametrize(("name", "doc"), [
    ("甲乙大道至璧山区快速通道", ["重庆市"]),                  # a document about a city: which district?
    ("甲乙至璧山区快速通道", SHAPINGBA),                       # the other end is no street or village
    ("璧山区至甲乙高速公路", SHAPINGBA),                       # the 路 of 公路 is the line's kind, no street
    ("甲乙路至青木关镇连接道", SHAPINGBA),                     # the known end is in the district: a point there
    ("甲路至乙村至璧山区通道", SHAPINGBA),                     # three ends
    ("甲乙大道至重庆市快速通道", SHAPINGBA),                   # the known end is the district's own province
])
def test_what_draws_no_line_from_the_district(gaz, name: str, doc: list[str]) -> None:
    feature = geocode(_said(name, T.HIGHWAY, f"{name}开工建设。"), gaz, context=doc)
    assert not feature.note.startswith(LOCAL_END_NOTE)
