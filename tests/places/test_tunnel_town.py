"""A tunnel named for a town written bare, in a unit its own sentence names (issue 12: points at the finest
place the text supports).

A city's tunnels are named for the town they pierce or lead to, the town written without 镇/街道 (丙隧道,
甲乙高速丙隧道), and its news names the districts they join. Read like a station of that form
(:mod:`geo.geocode.stations`): the one town of the name in a unit the item's sentences name, at its point (or
its county's seat when only the town → county index knows it); a mountain's tunnel, a sentence with no unit,
or two towns of the name say nothing. A list of stations or tunnels whose sentence names no unit is read among
the counties its document names. Invented sentences, real towns of the gazetteer.
"""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import Basis, geocode
from geo.geocode.stations import (
    STATION_TOWN_NOTE,
    TUNNEL_TOWN_NOTE,
    station_place_word,
    tunnel_place_word,
)
from geo.model import EntityType
from geo.places import Context, distance_m

T = EntityType


@pytest.mark.parametrize(("name", "word"), [
    ("静观隧道", "静观"),
    ("甲乙高速回龙坝隧道", "回龙坝"),     # the road it is on written first
    ("甲乙快速路建胜隧道", "建胜"),
    ("丙丁隧道", "丙丁"),
])
def test_a_tunnel_names_its_place_word(name: str, word: str) -> None:
    assert tunnel_place_word(name) == word


@pytest.mark.parametrize("name", ["静观大桥", "静观站", "隧道", "静观隧道群", "甲乙丙丁戊隧道"])
def test_what_is_no_tunnel_name(name: str) -> None:
    assert tunnel_place_word(name) is None


def test_a_station_word_is_unchanged() -> None:
    assert station_place_word("静观隧道") is None and station_place_word("静观北站") == "静观"


@pytest.mark.parametrize(("name", "quote", "doc", "adcode", "town_point"), [
    # a town a point source knows, of a county the sentence names; towns of the name elsewhere (走马 of 巫山,
    # 曾家 of 广元) are not read
    ("曾家隧道", "记者从沙坪坝区和璧山区的住建部门了解到,曾家隧道、甲乙隧道将于今年贯通。",
     ["重庆市住房和城乡建设委员会"], "500106", True),
    ("走马隧道", "九龙坡区将新建走马隧道。", ["重庆市住房和城乡建设委员会"], "500107", True),
    ("甲乙高速走马隧道", "甲乙高速九龙坡区段的走马隧道于今年开工。", ["重庆日报"], "500107", True),
    # a town the index knows only by its county: the county's seat, at district precision
    ("建胜隧道", "大渡口区启动建胜隧道前期工作。", ["重庆市住房和城乡建设委员会"], "500104", False),
])
def test_a_tunnel_is_at_the_town_it_is_named_for(gaz, name: str, quote: str, doc: list[str], adcode: str,
                                                 town_point: bool) -> None:
    feature = geocode(_said(name, T.HIGHWAY, quote), gaz, context=doc)
    assert feature.note.startswith(TUNNEL_TOWN_NOTE) and feature.basis is Basis.PLACE
    assert feature.geometry.geom_type == "Point" and _in(gaz, adcode, feature.geometry)
    assert feature.precision.value == ("town" if town_point else "district")
    if town_point:  # the town itself, not its county's seat (走马 lies ~20 km west of 九龙坡's)
        seat = gaz.index.unit(adcode)
        assert distance_m(feature.geometry, seat.point) > 5_000


@pytest.mark.parametrize(("name", "quote", "doc"), [
    ("曾家隧道", "甲乙高速经沙坪坝区、朝天区,设曾家隧道。", ["交通运输部"]),     # a 曾家镇 in both: no guess
    ("缙云山隧道", "北碚区将新建缙云山隧道。", ["重庆市住房和城乡建设委员会"]),   # a mountain, no town
    ("走马隧道", "走马隧道将于明年贯通。", ["交通运输部"]),                        # the sentence names no unit
    ("走马隧道", "渝中区和南岸区将新建走马隧道。", ["交通运输部"]),                # no 走马 in the units named
    ("北碚隧道", "北碚区将新建北碚隧道。", ["交通运输部"]),                        # a county's own: no town
])
def test_what_places_no_tunnel_at_a_bare_town(gaz, name: str, quote: str, doc: list[str]) -> None:
    feature = geocode(_said(name, T.HIGHWAY, quote), gaz, context=doc)
    assert not feature.note.startswith(TUNNEL_TOWN_NOTE)


# ------------------------------------------------------------ a list whose sentence names no unit: the document's

@pytest.mark.parametrize(("name", "type_", "quote", "named", "adcode"), [
    # a line's news item names the districts it runs through; its list of stations names none
    ("鸳鸯站", T.RAIL_STATION, "全线设甲乙站、鸳鸯站、丙丁站等5座车站。", ("500112", "500105"), "500112"),
    ("曾家隧道", T.HIGHWAY, "建成了甲乙隧道、曾家隧道等一批控制性工程。", ("500106", "500120"), "500106"),
])
def test_a_list_naming_no_unit_reads_the_documents_counties(gaz, name: str, type_: EntityType, quote: str,
                                                           named: tuple[str, ...], adcode: str) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=Context(["某某日报"], named=named))
    assert feature.note.startswith((STATION_TOWN_NOTE, TUNNEL_TOWN_NOTE))
    assert feature.precision.value == "town" and _in(gaz, adcode, feature.geometry)


@pytest.mark.parametrize(("name", "type_", "quote", "named"), [
    ("曾家隧道", T.HIGHWAY, "建成了甲乙隧道、曾家隧道等一批控制性工程。", ("500106", "510812")),  # two 曾家: no guess
    ("鸳鸯站", T.RAIL_STATION, "全线设甲乙站、鸳鸯站、丙丁站等5座车站。", ()),                  # the document names none
    ("鸳鸯站", T.RAIL_STATION, "全线设甲乙站、鸳鸯站、丙丁站等5座车站。", ("500103",)),          # no 鸳鸯 in 渝中
    # the sentence names a unit without the town: it is read alone, the document's county is not taken
    ("鸳鸯站", T.RAIL_STATION, "渝中区境内设甲乙站、鸳鸯站2座车站。", ("500112",)),
])
def test_what_a_documents_counties_do_not_place(gaz, name: str, type_: EntityType, quote: str,
                                                named: tuple[str, ...]) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=Context(["某某日报"], named=named))
    assert not feature.note.startswith((STATION_TOWN_NOTE, TUNNEL_TOWN_NOTE))


# ------------------------------------------------------------ a 街道 of 重庆's central districts GeoNames lacks

def test_a_central_street_office_written_bare_is_its_town(gaz) -> None:
    # 李家沱 (巴南区's 李家沱街道, on the south bank of the 长江) is known by its county only in the town →
    # county index; the curated row gives its point, for the geocoder and the placement check alike
    feature = geocode(_said("李家沱码头", T.PORT, "九龙坡区将启动李家沱码头改造。"), gaz,
                      context=Context(["九龙坡区人民政府"]))
    assert feature.precision.value == "town" and _in(gaz, "500113", feature.geometry)
    assert distance_m(feature.geometry, gaz.index.unit("500113").point) > 5_000  # not 巴南's seat (鱼洞)
    from geo.evaluation.placement import PlaceUnits

    assert [c.unit for c in PlaceUnits(gaz).candidates("李家沱")] == ["500113"]
