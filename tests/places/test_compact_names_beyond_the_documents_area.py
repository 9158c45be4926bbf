"""Compact names beyond the document's area: county and city initials, and sections spelling them out (issue 12 items 2-4).

Places of unseen text, issue 12 items 2–4 on the eleven tuning splits: compact names
beyond the document's area. A stem that is also a county's short form names that county only in its
own province's documents; a city's own initial is the city in its own report; a county the text names
far off is no doubtful initial's reading; a section "A至B段" of a longer line spells out the compact
name said of it. Each class is tested on invented sentences, with negatives."""

from __future__ import annotations

from dataclasses import replace

import pytest
from geocode_helpers import ends as _ends
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import geocode
from geo.model import EntityType
from geo.places import Context, Gazetteer, name_places, spelled_out
from geo.places.compact import read_compact

T = EntityType
BAZHONG, NANCHONG, BANAN, CHENGDU, GUANGYUAN = "511900", "511300", "500113", "510100", "510800"
NEIJIANG, CHONGQING = "511000", "500000"


def _names(stem: str, gaz: Gazetteer, ctx: Context) -> list[str]:
    return [p.name for p in read_compact(stem, gaz, ctx).places]


# ------------------------------------------- a county's short form in another province's document

@pytest.mark.parametrize(
    ("context", "expected"),
    [
        (["南充市交通运输局"], ["巴中市", "南充市"]),      # initials of two cities, one the document's own
        (["重庆市交通局"], ["巴南区"]),                   # the county's own province: the county
        (["重庆市巴南区人民政府"], ["巴南区"]),
        (["成都市交通运输局"], ["巴南区"]),               # initials that reach none of the document's units
    ],
)
def test_a_county_short_form_reads_as_initials_only_beyond_its_province(
        gaz: Gazetteer, context: list[str], expected: list[str]) -> None:
    assert [p.name for p in name_places("巴南高速公路", gaz, Context(context))] == expected


def test_a_line_named_like_a_far_county_is_drawn_between_its_initials(gaz: Gazetteer) -> None:
    quote = "近年来先后建成了甲乙、巴南等高速公路,实现了县县通高速。"
    # the extractor gives the stem as the item's place: it must not pull the initial to the county
    feature = geocode(_said("巴南高速公路", T.HIGHWAY, quote, ["巴南"]), gaz, context=["南充市交通运输局"])
    start, end = _ends(feature.geometry)
    assert _in(gaz, BAZHONG, start) and _in(gaz, NANCHONG, end)
    assert not _in(gaz, BANAN, start)


def test_the_county_stays_in_its_own_province(gaz: Gazetteer) -> None:
    quote = "区内巴南高速公路连接线改造完成。"
    feature = geocode(_said("巴南高速公路", T.HIGHWAY, quote, ["巴南"]), gaz, context=["重庆市交通局"])
    assert _in(gaz, BANAN, feature.geometry)


# ------------------------------------------- a city's own initial in its own report

def test_a_city_initial_is_the_city_in_its_report(gaz: Gazetteer) -> None:
    # 南 of 南大梁 in a 南充 report: 南充 itself, not its county 南部 (as in another city's report)
    assert _names("南大梁", gaz, Context(["南充市人民政府"])) == ["南充市", "大竹县", "梁平区"]
    assert _names("南大梁", gaz, Context(["达州市人民政府"]))[0] == "南充市"


def test_a_county_initial_of_the_city_is_still_its_county(gaz: Gazetteer) -> None:
    # no initial of 遵义 itself: 仁 and 桐 stay the city's counties
    assert _names("仁桐", gaz, Context(["遵义市人民政府"])) == ["仁怀市", "桐梓县"]


# ------------------------------------------- a far county the text names is no doubtful initial

def test_a_far_county_the_text_names_is_not_read_for_an_initial(gaz: Gazetteer) -> None:
    # the text names 广南 (a county of 云南) in a list of compact names; 广 of 巴南广 is not it
    reading = read_compact("巴南广", gaz, Context(["南充市交通运输局"], named=("532627",)))
    assert all(not p.adcode.startswith("53") for p in reading.places)


def test_a_near_county_the_text_names_is_read_for_an_initial(gaz: Gazetteer) -> None:
    # 开 of 万开: 开州 (named) beside 万州, not 开江
    assert _names("万开", gaz, Context(["万州区交通局"], named=("500154",))) == ["万州区", "开州区"]


def test_a_city_the_text_names_is_read_from_afar(gaz: Gazetteer) -> None:
    # 宜 of 宜万 in a 万州 report naming 宜昌: a city is a line's end however far
    assert _names("宜万", gaz, Context(["万州区交通局"], named=("420500",))) == ["宜昌市", "万州区"]


# ------------------------------------------- a section of a longer line spells out its compact name

@pytest.mark.parametrize(
    ("names", "quote", "expected"),
    [
        (["成广高铁"], "6月1日,甲成广铁路成都至广元段,即成广高铁正式开通运营。", "成都至广元"),
        (["成广高铁"], "成都至广元段线路即成广高铁,今年开通。", "成都至广元"),
        (["达万高铁"], "6月1日,甲成广铁路成都至广元段,即达万高铁正式开通。", None),  # initials not those ends
        (["成广高铁"], "成都至广元的旅客可乘成广高铁。", None),                  # no line word or 段 after
    ],
)
def test_a_section_spells_out_the_compact_name_said_of_it(
        gaz: Gazetteer, names: list[str], quote: str, expected: str | None) -> None:
    assert spelled_out(names, [quote], gaz, ["四川省交通运输厅"]) == expected


def test_a_compact_name_said_of_a_section_is_drawn_between_its_ends(gaz: Gazetteer) -> None:
    quote = "6月1日,甲成广铁路成都至广元段,即成广高铁正式开通运营。"
    feature = geocode(_said("成广高铁", T.RAILWAY, quote), gaz, context=["四川日报"])
    start, end = _ends(feature.geometry)
    assert {_in(gaz, CHENGDU, start), _in(gaz, GUANGYUAN, end)} == {True}


# ------------------------------------------- a part whose own name reads its ends

def test_a_part_whose_name_reads_its_ends_runs_between_them(gaz: Gazetteer) -> None:
    quote = "6月1日,渝内成铁路内江至成都段,即内成高铁正式开通运营。"
    part = replace(_said("内成高铁", T.RAILWAY, quote), part_of="渝内成铁路")
    start, end = _ends(geocode(part, gaz, context=["四川日报"]).geometry)
    assert {_in(gaz, NEIJIANG, start), _in(gaz, CHENGDU, end)} == {True}


def test_a_part_named_by_its_direction_follows_its_parent(gaz: Gazetteer) -> None:
    quote = "渝内成铁路北段正式开通运营。"
    part = replace(_said("渝内成铁路北段", T.RAILWAY, quote), part_of="渝内成铁路")
    start, end = _ends(geocode(part, gaz, context=["四川日报"]).geometry)
    assert _in(gaz, CHONGQING, start)  # the parent's first end
