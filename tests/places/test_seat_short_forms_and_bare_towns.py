"""A seat row's short form is its county, and a facility named for a bare town is in its county (issue 12).

Places of unseen text, issue 12 on the eleven tuning splits: a county-level city's
common short form that only a seat row of the curated towns gives (峨眉 of 峨眉山市), and a facility
named for a town written without its suffix (甲站 for 甲镇, 乙互通 for 乙乡) that only the town → county
index knows. Each class is tested on invented names and sentences, with negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import place_names as _names
from geocode_helpers import said as _said

from geo.geocode import document_context, geocode
from geo.model import EntityType, Precision
from geo.places import Gazetteer, Level

T = EntityType
SICHUAN = ["四川日报"]


# ------------------------------------------- a seat row's short form is the county, wherever it stands

def test_a_seat_rows_short_form_is_the_county_not_a_town(gaz: Gazetteer) -> None:
    found = gaz.lookup("峨眉")
    assert [(p.name, p.level) for p in found] == [("峨眉山市", Level.DISTRICT)]


def test_a_town_row_of_its_own_stays_a_town(gaz: Gazetteer) -> None:
    # 东溪镇 is a town of 綦江, no county's seat: its short form stays a town
    assert {p.level for p in gaz.lookup("东溪")} == {Level.TOWN}


@pytest.mark.parametrize(
    ("name", "ctx", "expected"),
    [
        # the short form as a line's end, in documents of another city than its own
        ("峨眉至洪雅快速通道", ["雅安市人民政府"], ["峨眉山市", "洪雅县"]),
        ("马边至峨眉公路", ["四川日报"], ["马边彝族自治县", "峨眉山市"]),
        ("峨眉至洪雅快速通道", ["乐山市交通运输局"], ["峨眉山市", "洪雅县"]),
    ],
)
def test_a_seat_rows_short_form_ends_a_line(gaz: Gazetteer, name: str, ctx: list[str],
                                             expected: list[str]) -> None:
    assert _names(name, gaz, ctx) == expected


def test_the_short_form_is_found_in_running_text(gaz: Gazetteer) -> None:
    prefixes = gaz.index.context_prefixes(("项目起于峨眉，止于洪雅。",))
    assert "511181" in prefixes


# ------------------------------------------- a facility named for a town written bare

@pytest.mark.parametrize(
    ("item", "type_", "quote", "ctx", "adcode"),
    [
        # a station named for a town of the county the document is about
        ("曲谷站", T.RAIL_STATION, "铁路在境内设曲谷站。", ["茂县人民政府"], "513223"),
        # an interchange and a bridge, point names of line types
        ("梅白互通", T.HIGHWAY, "梅白互通建成通车。", ["长宁县交通运输局"], "511524"),
        # a town of two counties of China: the document's county settles it
        ("花滩大桥", T.HIGHWAY, "花滩大桥顺利合龙。", ["长宁县人民政府"], "511524"),
        # the county named by the item's own sentence in a city's document
        ("雅都站", T.RAIL_STATION, "茂县境内新建雅都站。", ["阿坝州人民政府"], "513223"),
    ],
)
def test_a_facility_named_for_a_bare_town_is_in_its_county(
        gaz: Gazetteer, item: str, type_: EntityType, quote: str, ctx: list[str], adcode: str) -> None:
    feature = geocode(_said(item, type_, quote), gaz, context=ctx)
    assert feature.precision is Precision.DISTRICT
    assert _in(gaz, adcode, feature.geometry)
    assert "written bare" in feature.note


def test_the_county_the_documents_text_names_settles_a_bare_town(gaz: Gazetteer) -> None:
    text = "铁路自北向南途经茂县。全线设站十座，沿线新建曲谷站。"
    ctx = document_context(["某某日报"], text, gaz)
    feature = geocode(_said("曲谷站", T.RAIL_STATION, "沿线新建曲谷站。"), gaz, context=ctx)
    assert _in(gaz, "513223", feature.geometry)
    assert "written bare" in feature.note


@pytest.mark.parametrize(
    ("item", "type_", "quote", "ctx"),
    [
        # no county of the town named anywhere: a bare word is no place
        ("曲谷站", T.RAIL_STATION, "铁路在境内设曲谷站。", SICHUAN),
        # a town of two counties, neither named
        ("花滩大桥", T.HIGHWAY, "花滩大桥顺利合龙。", SICHUAN),
        # the town is not where the name starts
        ("甲乙曲谷站", T.RAIL_STATION, "铁路设甲乙曲谷站。", ["茂县人民政府"]),
        # a line is not a facility at a town: it is drawn, not placed by a bare word
        ("梅白公路", T.HIGHWAY, "梅白公路改建。", ["长宁县交通运输局"]),
    ],
)
def test_a_bare_town_is_not_read_without_its_county_or_off_the_names_start(
        gaz: Gazetteer, item: str, type_: EntityType, quote: str, ctx: list[str]) -> None:
    feature = geocode(_said(item, type_, quote), gaz, context=ctx)
    assert "written bare" not in feature.note


def test_a_town_the_point_sources_know_is_left_to_them(gaz: Gazetteer) -> None:
    # 东溪 is a curated town point of 綦江: the station is at the town, finer than its county
    feature = geocode(_said("东溪站", T.RAIL_STATION, "线路设东溪站。"), gaz, context=["綦江区人民政府"])
    assert feature.precision is Precision.TOWN
    assert "written bare" not in feature.note
