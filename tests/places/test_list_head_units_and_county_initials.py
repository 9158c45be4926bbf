"""A unit before a list's first item, county initials side by side, and 快捷通道 between initials (issue 12).

Places of unseen 重庆/四川/贵州 text on fresh14 (issue 12): a unit before a list's first
item, county initials beside each other, 快捷通道 as a road's kind. Each class is tested on
invented names and sentences, with negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import place_names as _names
from geocode_helpers import said as _said

from geo.geocode import geocode
from geo.geocode.feature import Basis
from geo.model import EntityType, Precision
from geo.places import Context, Gazetteer, list_head_place, name_places

T = EntityType
GUIZHOU = ["贵州日报"]
QIJIANG = ["綦江区人民政府"]
CHONGQING = ["重庆日报"]
SICHUAN = ["四川省人民政府"]


# ------------------------------------------- a unit before a list's first item qualifies its items

@pytest.mark.parametrize(
    ("item", "quote", "ctx", "adcode"),
    [
        # a city before the first item, the item later in the list (and after 及)
        ("丙丁水库", "清水最终分别汇入贵阳市甲乙水库、丙丁水库、戊己水库及庚辛水库。", GUIZHOU, "5201"),
        ("庚辛水库", "清水最终分别汇入贵阳市甲乙水库、丙丁水库、戊己水库及庚辛水库。", GUIZHOU, "5201"),
        ("丙丁水厂", "调节后直通遵义市甲乙水厂、丙丁水厂等各水厂。", GUIZHOU, "5203"),
        # a county, and a town of the document's district
        ("丙丁水库", "綦江区甲乙水库、丙丁水库开工建设。", CHONGQING, "500110"),
        ("丙丁水库", "石角镇甲乙水库、丙丁水库开工建设。", QIJIANG, "500110"),
    ],
)
def test_a_unit_before_a_lists_first_item_places_its_later_items(
        gaz: Gazetteer, item: str, quote: str, ctx: list[str], adcode: str) -> None:
    feature = geocode(_said(item, T.WATER, quote), gaz, context=ctx)
    assert feature.basis is Basis.CLAUSE
    assert _in(gaz, adcode.ljust(6, "0"), feature.geometry)


def test_a_town_before_the_list_places_its_items_at_the_town(gaz: Gazetteer) -> None:
    feature = geocode(_said("丙丁水库", T.WATER, "石角镇甲乙水库、丙丁水库开工建设。"), gaz, context=QIJIANG)
    assert feature.precision is Precision.TOWN


@pytest.mark.parametrize(
    ("item", "quote", "ctx"),
    [
        # a clause break ends the list: the city is the first clause's
        ("丙丁水库", "贵阳市建成甲乙水库，丙丁水库、戊己水库开工。", GUIZHOU),
        # a unit between: which one qualifies the last item is not clear
        ("戊己水库", "遵义市甲乙水库、毕节市丙丁水库、戊己水库开工。", GUIZHOU),
        # the unit is not written before an item (an office is no facility)
        ("丙丁水库", "贵阳市水务局、丙丁水库管理处联合检查。", GUIZHOU),
        # the unit ends the first item's route: a part of its name, no qualifier
        ("丙丁航道", "推进澧水石门至澧县段航道、丙丁航道建设。", ["湖南日报"]),
        ("丙丁航道", "推进石门至澧县航道、丙丁航道建设。", ["湖南日报"]),
        # a place named after the list, not before its first item
        ("丙丁水库", "甲乙水库、丙丁水库均位于贵阳市。", GUIZHOU),
    ],
)
def test_no_list_head_place_where_the_list_has_no_qualifier(
        gaz: Gazetteer, item: str, quote: str, ctx: list[str]) -> None:
    assert list_head_place(quote, [item], gaz, Context(ctx)) is None


def test_an_item_naming_its_own_place_keeps_it(gaz: Gazetteer) -> None:
    quote = "贵阳市甲乙水库、遵义市丙丁水库开工。"
    assert list_head_place(quote, ["遵义市丙丁水库"], gaz, Context(GUIZHOU)) is None
    feature = geocode(_said("遵义市丙丁水库", T.WATER, quote), gaz, context=GUIZHOU)
    assert _in(gaz, "520300", feature.geometry)


def test_the_first_item_is_left_to_its_own_clause(gaz: Gazetteer) -> None:
    quote = "汇入贵阳市甲乙水库、丙丁水库。"
    assert list_head_place(quote, ["甲乙水库"], gaz, Context(GUIZHOU)) is None


def test_a_list_head_does_not_coarsen_a_finer_place(gaz: Gazetteer) -> None:
    # the item is already at a town of the city: the city says nothing more
    quote = "綦江区甲乙水库、石角镇丙丁水库开工建设。"
    feature = geocode(_said("石角镇丙丁水库", T.WATER, quote), gaz, context=CHONGQING)
    assert feature.precision is Precision.TOWN


# ------------------------------------------- a county's initial read beside its neighbours

def test_two_county_initials_near_each_other_are_read(gaz: Gazetteer) -> None:
    # 道真–瓮安 ~190 km: the two counties the initials name
    places = name_places("道瓮高速", gaz, GUIZHOU)
    assert [p.adcode for p in places] == ["520325", "522725"]


def test_a_county_initial_beside_a_province_is_read(gaz: Gazetteer) -> None:
    # a province beside the county says nothing of its distance (忠 of 广忠黔)
    assert _names("广忠黔铁路", gaz, CHONGQING)[:2] == ["广安市", "忠县"]


def test_a_default_initial_far_off_is_still_read(gaz: Gazetteer) -> None:
    # 万 has the region's default 万州: a far neighbour (郑州, ~700 km) does not unread it
    assert _names("郑万高铁", gaz, CHONGQING) == ["郑州市", "万州区"]


# ------------------------------------------- 快捷通道, a local road's kind

@pytest.mark.parametrize(
    ("name", "places"),
    [
        ("遂潼快捷通道", ["遂宁市", "潼南区"]),  # 甲乙快捷通道, as 甲乙快速通道
        ("渝邻快捷通道", ["重庆市", "邻水县"]),
    ],
)
def test_a_quick_passage_runs_between_the_units_its_initials_name(
        gaz: Gazetteer, name: str, places: list[str]) -> None:
    assert _names(name, gaz, SICHUAN) == places


@pytest.mark.parametrize("name", ["物流快捷通道", "绿色快捷通道", "两江快捷通道", "南滨快捷通道"])
def test_a_quick_passage_of_no_initials_is_no_line(gaz: Gazetteer, name: str) -> None:
    assert _names(name, gaz, SICHUAN) == []
