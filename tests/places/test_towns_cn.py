"""The town → county index (issue 12 items 1 and 4): China's towns from jionlp's location tree, each
known by its county only. Invented sentences with real town names of the index (data), with negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import said as _said
from shapely.geometry import Point

from geo.geocode import Basis, geocode
from geo.model import EntityType, Precision
from geo.places import Gazetteer, Level
from geo.places.records import TOWN_COUNTY
from geo.places.towns_cn import parse_location_tree, town_kind, town_short

T = EntityType
LESHAN = ["乐山市交通运输局"]  # a document about a city (夹江县 is one of its counties)
GUANGXI = ["广西日报", "广西水利工程集中开工"]  # a document about a province with no such town

TREE = "\n".join([
    "四川省\t510000\t四川",
    "\t乐山市\t511100\t乐山",
    "\t\t夹江县\t511126\t夹江",
    "\t\t\t华头镇",
    "\t\t\t\t华头村",
    "\t\t\t漹城街道",
    "\t\t\t某某农场",
    "\t\t旧县\t511199\t旧",  # a code the boundaries do not hold: matched by its name in the province
    "\t\t\t甲乙镇",
    "\t\t峨边彝族自治县\t511132\t峨边",
    "\t\t\t勒乌乡",
    "\t\t\t黑竹沟镇",
])


def test_the_tree_gives_towns_only_with_their_county_kind_and_short_form() -> None:
    rows = list(parse_location_tree(TREE, {"511126": "夹江县", "511132": "峨边彝族自治县", "511130": "旧县"}))
    assert [(r["name"], r["kind"], r["short"], r["adcode"]) for r in rows] == [
        ("华头镇", "镇", "华头", "511126"), ("漹城街道", "街道", "漹城", "511126"),
        ("甲乙镇", "镇", "甲乙", "511130"),
        ("勒乌乡", "乡", "勒乌", "511132"), ("黑竹沟镇", "镇", "黑竹沟", "511132")]


@pytest.mark.parametrize(("name", "kind", "short"), [
    ("胡市镇", "镇", "胡市"), ("特兴街道", "街道", "特兴"), ("坭坝乡", "乡", "坭坝"),
    ("芙蓉桥白族乡", "民族乡", "芙蓉桥"), ("张镇", "镇", ""),  # one character left: no short form
    ("某某农场", "", ""),
])
def test_kind_and_short_form(name: str, kind: str, short: str) -> None:
    assert town_kind(name) == kind
    if kind:
        assert town_short(name, kind) == short


def _index_built(gaz: Gazetteer) -> None:
    if not gaz.index.town_counties("叠溪镇"):
        pytest.skip("the town index was not built (no network at the first `make data`)")


def test_a_town_unique_in_china_resolves_to_its_county(gaz: Gazetteer) -> None:
    _index_built(gaz)
    found = gaz.lookup("叠溪镇")
    assert [(p.adcode, p.level, p.precision, p.kind) for p in found] == [
        ("513223", Level.DISTRICT, Precision.DISTRICT, TOWN_COUNTY)]
    assert "town known, point at county seat" in found[0].source
    assert "叠溪镇" in found[0].aliases


def test_an_ambiguous_town_needs_its_context(gaz: Gazetteer) -> None:
    _index_built(gaz)
    assert len(gaz.index.town_counties("安边镇")) >= 2  # 宜宾 叙州区 and 陕西 定边县
    assert gaz.lookup("安边镇") == []  # no context: never a guess between equal candidates
    assert [p.adcode for p in gaz.lookup("安边镇", context=["宜宾市人民政府"])] == ["511504"]
    assert gaz.lookup("安边镇", context=["广西日报"]) == []


def test_a_town_name_is_not_the_unit_of_its_short_form(gaz: Gazetteer) -> None:
    _index_built(gaz)
    # 芙蓉镇 is a town of several counties, none of them 芙蓉区: with no context, nothing.
    assert all(p.adcode != "430102" for p in gaz.lookup("芙蓉镇"))
    assert [p.adcode for p in gaz.lookup("芙蓉镇", context=["湖南省永顺县人民政府"])] == ["433127"]


def test_the_document_city_beats_a_far_geonames_point(gaz: Gazetteer) -> None:
    _index_built(gaz)
    # GeoNames has a 黄土 of 贵州 only; a 乐山 plan's 黄土镇 is 夹江县's.
    assert gaz.lookup("黄土镇", context=LESHAN)[0].adcode == "511126"
    assert gaz.lookup("黄土镇")[0].level is Level.TOWN  # no context: the GeoNames point, as before


def test_curated_and_geonames_towns_keep_their_points(gaz: Gazetteer) -> None:
    assert gaz.lookup("胡市镇", context=["泸州市龙马潭区"])[0].precision is Precision.TOWN
    assert gaz.lookup("白沙镇", context=["重庆市江津区"])[0].precision is Precision.TOWN


def test_a_town_of_the_clause_places_the_item_at_its_county(gaz: Gazetteer) -> None:
    _index_built(gaz)
    entity = _said("甲乙物流园", T.LOGISTICS_HUB, "在华头镇建设甲乙物流园。")
    feature = geocode(entity, gaz, context=LESHAN)
    assert feature.basis is Basis.CLAUSE
    assert feature.precision is Precision.DISTRICT
    assert _in(gaz, "511126", feature.geometry)


@pytest.mark.parametrize("quote", [
    "在安边镇建设甲乙物流园。",        # two counties hold it, none in the document's province
    "推进小城镇建设，打造甲乙物流园。",  # a word of plans that is also some town's name
    "在华头建设甲乙物流园。",          # a bare name: the index reads names with their suffix only
])
def test_a_town_the_index_cannot_settle_does_not_place_the_item(gaz: Gazetteer, quote: str) -> None:
    _index_built(gaz)
    feature = geocode(_said("甲乙物流园", T.LOGISTICS_HUB, quote), gaz, context=GUANGXI)
    assert feature.basis is not Basis.CLAUSE
    for adcode in ("511504", "610825", "511126", "220283"):
        assert feature.geometry is None or not _in(gaz, adcode, feature.geometry)


def test_index_towns_in_text_skip_generic_words_and_known_names(gaz: Gazetteer) -> None:
    _index_built(gaz)
    text = "推进小城镇和中心镇建设，在华头镇、白沙镇建设物流园，城乡融合"
    assert [w for _, _, w in gaz.index.index_towns_in(text)] == ["华头镇"]


@pytest.mark.parametrize(("name", "quote"), [
    ("华头镇至木城镇公路", "新建华头镇至木城镇公路。"),          # both ends in 夹江县: one point, not a line of length 0
    ("甲乙公路", "甲乙公路起于华头镇，经吴场镇，止于木城镇。"),  # a route whose towns are all of one county
])
def test_towns_of_one_county_make_no_line(gaz: Gazetteer, name: str, quote: str) -> None:
    _index_built(gaz)
    feature = geocode(_said(name, T.HIGHWAY, quote), gaz, context=LESHAN)
    assert feature.geometry.geom_type == "Point"
    assert feature.precision is Precision.DISTRICT
    assert _in(gaz, "511126", feature.geometry)


def test_a_route_through_index_towns_reaches_their_counties(gaz: Gazetteer) -> None:
    _index_built(gaz)
    feature = geocode(_said("甲乙公路", T.HIGHWAY, "甲乙公路起于叠溪镇，经茂县，止于汶川县。"), gaz,
                      context=["阿坝州交通运输局"])
    assert feature.geometry.geom_type == "LineString"
    start, end = feature.geometry.coords[0], feature.geometry.coords[-1]
    assert _in(gaz, "513223", Point(start)) and _in(gaz, "513221", Point(end))


@pytest.mark.parametrize(("name", "context", "adcode"), [
    ("叠溪镇供水工程", ["阿坝州水务局"], "513223"),      # unique in China
    ("华头镇污水处理厂", LESHAN, "511126"),              # unique in China, in the document's city too
    ("马村镇污水处理厂", LESHAN, "511126"),              # four counties hold it: the document's city settles it
])
def test_an_item_named_by_its_town_is_placed_at_the_county(gaz: Gazetteer, name: str, context: list[str],
                                                           adcode: str) -> None:
    _index_built(gaz)
    feature = geocode(_said(name, T.WATER, f"新建{name}。"), gaz, context=context)
    assert feature.precision is Precision.DISTRICT
    assert _in(gaz, adcode, feature.geometry)
    assert "town known, point at county seat" in feature.note


@pytest.mark.parametrize(("name", "context"), [
    ("马村镇污水处理厂", GUANGXI),  # four counties, none in 广西: unresolved, never a guess
    ("马村镇污水处理厂", []),
    ("小城镇污水处理厂", []),       # a word of plans, not 舒兰's 小城镇
])
def test_an_item_named_by_an_unsettled_town_is_not_placed(gaz: Gazetteer, name: str, context: list[str]) -> None:
    _index_built(gaz)
    feature = geocode(_said(name, T.WATER, f"新建{name}。"), gaz, context=context)
    assert feature.precision is not Precision.DISTRICT or "town known" not in feature.note
    for adcode in ("511126", "130132", "140581", "370829", "220283"):
        assert feature.geometry is None or not _in(gaz, adcode, feature.geometry)
