"""Places of unseen text (issue 12), classes seen on several tuning splits annotated by different
people (session of 2026-12-04 evening): each tested on invented sentences of its class (invented
project names; real place names where the class is about the gazetteer), with negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import ends as _ends
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import document_context, geocode
from geo.model import EntityType
from geo.places import Gazetteer, read_compact

T = EntityType


def _line_ends(feature) -> tuple:  # type: ignore[no-untyped-def]
    assert feature.geometry is not None and feature.geometry.geom_type in ("LineString", "MultiLineString")
    return _ends(feature.geometry)


# ------------------------------------------------- a line's initials that are also a far town's name

def test_initials_that_only_a_far_town_bears_are_read_as_the_lines_ends(gaz: Gazetteer) -> None:
    # 宜万 is a town of 澧县 (湖南) in the gazetteer; in a 万州 news item naming 宜昌 and 万州 the
    # line's name is its ends' initials, not that town
    text = "万州区交通工作会议召开。\n宜万二线铁路将把宜昌和万州两座城市联结起来。\n"
    quote = "宜万二线铁路将把宜昌和万州两座城市联结起来。"
    context = document_context(["", "万州区交通工作会议"], text, gaz)
    a, b = _line_ends(geocode(_said("宜万二线铁路", T.RAILWAY, quote), gaz, context=context))
    assert _in(gaz, "420500", a) and _in(gaz, "500101", b)


def test_a_town_of_the_documents_own_area_keeps_its_name(gaz: Gazetteer) -> None:
    # negative: in a 澧县 document 宜万 is that town (a point), no line 宜昌–万州
    text = "澧县交通运输局通报。\n宜万公路提质改造工程完工。\n"
    context = document_context(["", "澧县交通运输局通报"], text, gaz)
    feature = geocode(_said("宜万公路", T.HIGHWAY, "宜万公路提质改造工程完工。"), gaz, context=context)
    assert feature.geometry is not None and feature.geometry.geom_type == "Point"
    assert _in(gaz, "430723", feature.geometry)


# ------------------------------------------------- an initial for a county across the region's border

@pytest.mark.parametrize(("name", "ends"), [
    ("叙镇铁路", ("510524", "530627")),  # 镇 beside 叙永: 镇雄 (云南), a county, not a 市
    ("秀龙高速", ("500241", "433130")),  # 龙 beside 秀山: 龙山 (湖南)
    ("万建快速通道", ("500101", "422822")),  # 建 beside 万州: 建始 (湖北)
])
def test_an_initial_is_a_neighbouring_provinces_county_next_to_its_neighbour(
        gaz: Gazetteer, name: str, ends: tuple[str, str]) -> None:
    type_ = T.RAILWAY if "铁" in name else T.HIGHWAY
    a, b = _line_ends(geocode(_said(name, type_, f"{name}开展前期工作。"), gaz, context=["新闻"]))
    assert _in(gaz, ends[0], a) and _in(gaz, ends[1], b)


def test_beside_a_city_an_initial_is_read_among_cities(gaz: Gazetteer) -> None:
    # negative: 南 of 南昆 beside 昆明 is a city's initial (南宁; here left for review among the
    # region's 南…), never 南华县 (云南), a county of another province nearer 昆明
    reading = read_compact("南昆", gaz, ["新闻"])
    assert not any(p.adcode == "532324" for p in reading.places)
    assert not any(p.adcode == "532324" for ps in reading.doubtful.values() for p in ps[:1])


def test_a_county_far_beyond_the_border_is_no_initials_reading(gaz: Gazetteer) -> None:
    # negative: 环 beside 内江 is no 环县 of 甘肃 (~900 km): a ring road keeps no line to it
    reading = read_compact("内环", gaz, ["内江市"])
    assert not any(p.adcode == "621022" for p in reading.places)
    feature = geocode(_said("内环快速路", T.HIGHWAY, "内环快速路改造完成。"), gaz, context=["内江市"])
    assert feature.geometry is None or not _in(gaz, "621022", feature.geometry)


# ------------------------------------------------- 康: 安康 by its second character

@pytest.mark.parametrize(("name", "context", "ends"), [
    ("西康城际铁路", ["新闻"], ("610100", "610900")),
    ("康渝高铁", ["新闻"], ("610900", "500000")),
    ("康渝高铁", ["陕西省交通运输厅"], ("610900", "500000")),
])
def test_kang_of_a_lines_initials_is_ankang(gaz: Gazetteer, name: str, context: list[str],
                                            ends: tuple[str, str]) -> None:
    a, b = _line_ends(geocode(_said(name, T.RAILWAY, f"{name}建设加快推进。"), gaz, context=context))
    assert _in(gaz, ends[0], a) and _in(gaz, ends[1], b)


def test_kang_beside_yaan_in_a_ganzi_document_is_its_own_kangding(gaz: Gazetteer) -> None:
    # negative: beside 雅安 in a 甘孜 plan 康 is the document's own 康定, not 安康
    reading = read_compact("雅康", gaz, ["甘孜藏族自治州"])
    assert [p.adcode for p in reading.places] == ["511800", "513301"]


def test_a_section_by_kang_is_cut_at_ankang_on_its_line(gaz: Gazetteer) -> None:
    # 康 of …康渝段 on a line whose waypoint is labelled 安康: the section starts there, not at 西安
    entity = _said("渝西高铁康渝段", T.RAILWAY, "渝西高铁康渝段建设有序推进。")
    entity.part_of = "渝西高铁"
    a, b = _line_ends(geocode(entity, gaz, context=["新闻"]))
    assert {_in(gaz, "610900", a), _in(gaz, "610900", b)} == {True, False}
    assert not _in(gaz, "610100", a) and not _in(gaz, "610100", b)


def test_a_provinces_abbreviation_outside_the_regions_table_does_not_wait(gaz: Gazetteer) -> None:
    # negative: 蒙 (内蒙古's 简称, not in the region's table) is read beside 文山 as 蒙自
    reading = read_compact("文蒙", gaz, ["云南农村公路建设新闻"])
    assert [p.adcode for p in reading.places] == ["532600", "532503"]


# ------------------------------------------------- a road kept by its number, its section right after it

def _code(name: str, *quotes: str):  # type: ignore[no-untyped-def]
    from geo.model import Mention

    mentions = [Mention(doc="d.txt", text=name, quote=q, start=max(q.find(name), 0),
                        end=max(q.find(name), 0) + len(name)) for q in quotes]
    from geo.model import Entity

    return Entity(name=name, type=T.HIGHWAY, mentions=mentions)


@pytest.mark.parametrize(("name", "quote", "ends"), [
    ("G9527", "经全力争取,G9527石屏县甲乙村至建水县丙丁村段改建工程纳入规划。", ("532525", "532524")),
    ("S8801", "S8801峨眉山市甲乙镇(甲村)至峨边县丙丁镇段改线工程开工。", ("511181", "511132")),
    ("G9528", "G9528石屏县甲乙路口—建水县丙丁村道路改扩建工程已纳入规划。", ("532525", "532524")),
])
def test_a_road_number_takes_the_section_its_sentence_writes_after_it(
        gaz: Gazetteer, name: str, quote: str, ends: tuple[str, str]) -> None:
    from geo.geocode.written_ends import code_with_section

    entity = _code(name, quote)
    assert code_with_section(entity) is not None
    a, b = _line_ends(geocode(entity, gaz, context=["新闻"]))
    assert {_in(gaz, ends[0], a), _in(gaz, ends[0], b)} == {True, False}
    assert _in(gaz, ends[1], a) or _in(gaz, ends[1], b)


@pytest.mark.parametrize("quotes", [
    ("G9527、G9530等国道穿境而过。",),  # a list of numbers: no section
    ("G9527沿线乡镇发展迅速。",),  # a word after the number, no ends
    ("G95270石屏县甲村至建水县乙村段开工。",),  # another number that starts the same
    # met whole elsewhere: the road, not its section (a project of its own)
    ("以G9527石屏县甲村至建水县乙村段改建工程为主体。", "G9527是我县通往省城的要道。"),
])
def test_a_road_number_without_its_section_right_after_it_takes_none(quotes: tuple[str, ...]) -> None:
    from geo.geocode.written_ends import code_with_section

    assert code_with_section(_code("G9527", *quotes)) is None
