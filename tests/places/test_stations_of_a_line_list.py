"""Points at the finest place the text gives (issue 12): a list of a line's stations names the units of
the stations named for them. Invented sentences with real towns and districts, and negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import inside, said

from geo.geocode import document_context, geocode
from geo.geocode.document_units import units_named
from geo.model import EntityType, Precision
from geo.places import Gazetteer, distance_m, scan_places

JIANGJIN, QIJIANG, YONGCHUAN = "500116", "500110", "500118"


@pytest.mark.parametrize(
    ("text", "unit", "read"),
    [
        # a station of a list, named for its district: the piece names the district
        ("途经綦江东站、江津站、永川东站", JIANGJIN, True),
        ("途经綦江东站、江津北站、永川东站", JIANGJIN, True),
        ("途经綦江东站、江津火车站", JIANGJIN, True),
        ("途经綦江东站、永川东站", YONGCHUAN, True),
        # negatives: a two-character word that is a whole list piece stays no unit (lines named by
        # initials: 西香、西宁、乐西), nor does one heading a piece that is no station
        ("还包括綦江东站、江津、永川段", JIANGJIN, False),
        ("还包括綦江东站、江津、永川段", YONGCHUAN, False),
        ("还包括綦江东站、江津港、永川港", JIANGJIN, False),
    ],
)
def test_a_station_of_a_list_names_its_unit(gaz: Gazetteer, text: str, unit: str, read: bool) -> None:
    assert (unit in units_named(text, gaz)) is read


def test_the_list_heads_unit_is_read_as_before(gaz: Gazetteer) -> None:
    assert QIJIANG in units_named("途经綦江东站、江津站", gaz)  # written after 途经, not after 、


def test_a_station_named_for_a_bare_town_of_a_district_the_list_names(gaz: Gazetteer) -> None:
    # 珞璜 is a town of 江津: the list names 江津 only through its station (江津站 after 、)
    entity = said("珞璜北站", EntityType.RAIL_STATION, "线路途经綦江东站、江津站、珞璜北站、永川东站。")
    feature = geocode(entity, gaz)
    assert feature.precision is Precision.TOWN
    assert inside(gaz, JIANGJIN, feature.geometry)
    seat = gaz.index.unit(JIANGJIN)
    assert seat is not None and distance_m(seat.point, feature.geometry) > 5_000  # the town, not the seat


def test_a_bare_town_of_no_district_the_list_names_stays_off_the_town(gaz: Gazetteer) -> None:
    # negative: the list names 綦江 and 永川 only; 珞璜 is no town of theirs, so no town point is chosen
    entity = said("珞璜北站", EntityType.RAIL_STATION, "线路途经綦江东站、珞璜北站、永川东站。")
    feature = geocode(entity, gaz)
    assert feature.precision is not Precision.TOWN


# ------------------------------------------- an item's name opening with a renamed county's former name


KAIZHOU, PANZHOU, WANZHOU = "500154", "520281", "500101"


@pytest.mark.parametrize(
    ("name", "unit", "read"),
    [
        ("开县临江工业园", KAIZHOU, True),  # 开县 is 开州区 since 2016 (data/gazetteer/former_names.csv)
        ("盘县火车站改造工程", PANZHOU, True),
        ("万县码头改造工程", WANZHOU, True),
        # negatives: the former name inside a name, or a word holding it, is no place (召开, 新开县道)
        ("新开县道改造工程", KAIZHOU, False),
        ("乡村公路召开县乡道工程", KAIZHOU, False),
    ],
)
def test_a_name_opening_with_a_former_county_name_is_named_for_that_unit(
        gaz: Gazetteer, name: str, unit: str, read: bool) -> None:
    codes = [p.adcode for p in scan_places(name, gaz, [], index_towns=True)]
    assert (unit in codes) is read


def test_a_station_named_for_a_former_county_is_placed_in_the_unit_it_became(gaz: Gazetteer) -> None:
    entity = said("盘县火车站改造工程", EntityType.RAIL_STATION, "贵阳市推进盘县火车站改造工程建设。")
    feature = geocode(entity, gaz, context=["贵阳市人民政府"])
    assert feature.geometry is not None and inside(gaz, PANZHOU, feature.geometry)


def test_a_former_name_in_running_text_stays_unread(gaz: Gazetteer) -> None:
    # negative: only an item's own name opening with it reads it, never a sentence (召开县委会议)
    assert "开县" not in [w for _, _, w in gaz.index.scan("市里召开县长办公会议研究交通")]


# ------------------------------------------- a park named for a town of another province


WUTAN_PARK = "吴滩现代农业产业园"  # 吴滩 is a town of 江津 (GeoNames), the only town of the name


@pytest.mark.parametrize(
    ("ctx", "read"),
    [
        (["重庆市江津区人民政府"], True),  # the town's own district
        (["重庆市人民政府"], True),  # its province
        ([], True),  # a document naming no unit keeps every reading
        (["贵州省遵义市人民政府"], False),  # negative: a province none of the document's units is in
        (["四川省泸州市人民政府"], False),
    ],
)
def test_a_park_named_for_a_town_is_read_only_in_the_towns_province(
        gaz: Gazetteer, ctx: list[str], read: bool) -> None:
    towns = [p.name for p in scan_places(WUTAN_PARK, gaz, ctx, index_towns=True)]
    assert ("吴滩" in towns) is read


def test_a_park_named_for_a_far_provinces_town_is_not_placed_there(gaz: Gazetteer) -> None:
    # a 遵义 report whose text names 重庆 too: the province is named, yet the park's town is none of its units'
    text = f"遵义至重庆高速公路建成通车。今年全市建成{WUTAN_PARK}。"
    entity = said(WUTAN_PARK, EntityType.INDUSTRIAL_PARK, f"今年全市建成{WUTAN_PARK}。")
    feature = geocode(entity, gaz, context=document_context(["贵州省遵义市人民政府"], text, gaz))
    assert feature.geometry is None or not inside(gaz, JIANGJIN, feature.geometry)
    near = geocode(entity, gaz, context=["重庆市江津区人民政府"])  # the same name in its own district's report
    assert near.precision is Precision.TOWN and inside(gaz, JIANGJIN, near.geometry)
