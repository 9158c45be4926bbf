"""A port or airport named by a far city, and an item of a county's report named by its city (issue 12).

Points left at a document's unit or a wrong county although their text says more, issue 12.

- a port or airport whose name opens with a city (甲市乙港, 丙丁国际机场): in that city, however far it lies
  from the document (a county's report on a flight from a coastal city's airport), and not at a county
  the rest of its name reads as outside that city;
- an item of a county's report whose name gives only its city (甲市乙园, 甲机场) and whose own clause writes
  that county as a unit after a locative (乙园选址于丙县…): in the county, not at the city's seat; a county
  in another clause, a county that is a party, another county than the document's leave it at its city.

Each class on invented sentences, positives and negatives.
"""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import geocode
from geo.geocode.named_for import in_city_of_name
from geo.model import EntityType
from geo.places import Context, clause_place, scan_places

T = EntityType


# ------------------------------------------------------------ a port or airport named with its city first

@pytest.mark.parametrize(("name", "type_", "quote", "context", "city"), [
    ("广州白鹭国际机场", T.AIRPORT, "首班由广州白鹭国际机场飞来的客机平稳落地。", ["巴中市恩阳区人民政府"], "440100"),
    ("宁波青屿港", T.PORT, "集装箱经长江顺流而下直达宁波青屿港。", ["重庆市忠县人民政府"], "330200"),
    ("广州白鹭机场", T.AIRPORT, "新开通至广州白鹭机场的航线。", ["重庆市南岸区人民政府"], "440100"),
])
def test_a_far_city_opening_a_port_or_airport_places_it_there(gaz, name: str, type_: EntityType, quote: str,
                                                              context: list[str], city: str) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=context)
    assert feature.geometry is not None and _in(gaz, city, feature.geometry)  # not the document's county


def test_a_county_read_after_the_city_outside_it_is_a_word_of_the_name(gaz) -> None:
    # 龙里 is a county of 黔南, beside 贵阳: the airport named 贵阳龙里 is 贵阳's, not 龙里县's
    feature = geocode(_said("贵阳龙里机场", T.AIRPORT, "新航线经停贵阳龙里机场。"), gaz, context=["黔南州交通运输局"])
    assert feature.geometry is not None and _in(gaz, "520100", feature.geometry)
    assert not _in(gaz, "522730", feature.geometry)


def test_places_inside_the_opening_city_are_kept(gaz) -> None:
    ctx = Context(["黔南州交通运输局"])
    read = scan_places("贵阳龙里", gaz, ctx)
    kept = in_city_of_name("贵阳龙里机场", read, gaz)
    assert [p.adcode for p in kept] == ["520100"]
    assert in_city_of_name("龙里机场", read, gaz) == read  # no city opens the name: nothing dropped


@pytest.mark.parametrize(("name", "type_", "quote", "context", "unit"), [
    # the far city is the other end of the route, not the airport's: it stays at its own county
    ("恩阳机场", T.AIRPORT, "恩阳机场新开至广州的往返航线。", ["巴中市恩阳区人民政府"], "511903"),
    # a city's own port (its name and 港 only) is the city, as before
    ("泸州港", T.PORT, "泸州港集装箱吞吐量再创新高。", ["重庆市忠县人民政府"], "510500"),
])
def test_a_far_city_that_only_ends_a_route_moves_nothing(gaz, name: str, type_: EntityType, quote: str,
                                                         context: list[str], unit: str) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=context)
    assert feature.geometry is not None and _in(gaz, unit, feature.geometry)



# ------------------------------------------------------------ a county's report writes its county in the item's clause

@pytest.mark.parametrize(("name", "type_", "quote"), [
    ("广元临港产业园", T.INDUSTRIAL_PARK, "广元临港产业园的新址选定于苍溪县白驿镇周边。"),   # after a locative
    ("广元北通用机场", T.AIRPORT, "广元北通用机场拟选址于苍溪县境内。"),
    ("遂宁物流港", T.LOGISTICS_HUB, "遂宁物流港位于射洪市境内,占地千亩。"),
])
def test_a_county_reports_item_named_by_its_city_is_in_the_county_its_clause_writes(gaz, name: str,
                                                                                 type_: EntityType,
                                                                                 quote: str) -> None:
    county = "510981" if "射洪" in quote else "510824"
    context = ["射洪市人民政府"] if county == "510981" else ["苍溪县人民政府"]
    feature = geocode(_said(name, type_, quote), gaz, context=context)
    assert feature.geometry is not None and _in(gaz, county, feature.geometry)  # not the city's seat


@pytest.mark.parametrize("quote", [
    "广元临港产业园开工建设,苍溪县领导出席。",   # the county in another clause
    "苍溪县与广元临港产业园签约。",              # the county is a party, not the site
    "广元临港产业园位于昭化区境内。",             # another county than the document's: not read here
])
def test_a_county_not_tied_to_the_item_leaves_it_at_its_city(gaz, quote: str) -> None:
    feature = geocode(_said("广元临港产业园", T.INDUSTRIAL_PARK, quote), gaz, context=["苍溪县人民政府"])
    assert feature.geometry is not None and not _in(gaz, "510824", feature.geometry)


def test_the_clause_reads_a_county_documents_own_county_only_when_asked(gaz) -> None:
    quote = "广元临港产业园的新址选定于苍溪县境内。"
    ctx = Context(["苍溪县人民政府"])
    assert clause_place(quote, ["广元临港产业园"], gaz, ctx) is None  # the document's unit says as much
    found = clause_place(quote, ["广元临港产业园"], gaz, ctx, own_county=True)
    assert found is not None and found.adcode == "510824"
