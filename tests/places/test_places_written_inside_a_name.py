"""Items placed wrong or only at their document's unit although their name writes the place, issue 12.

- a line named by the place it serves and a word of whose traffic it carries (甲疏港铁路, 乙进港铁路专用线,
  丙货运铁路): the place before that word is the line's (a point at it when it is its only place), the word
  is neither a place nor an initial of the line; a name of two ends keeps both, a role word alone reads no
  place, and a role word inside the stem (not closing it) is left as it was;
- a region of a province named by its 简称 and a direction (川北甲园) in a text that names units of one prefecture
  city of that province only: placed by the text (its sentence's unit, its document), not at the province's
  seat; a text naming two of its cities, or a municipality's districts, leaves it at the seat;
- a far city's name glued inside a longer word of a name (川南通用 holds a coastal city's name) is a namesake, as
  a far county's short form is; a city opening the name (甲港, 甲乙机场) stays the city's however far.

Each class on invented sentences, positives and negatives.
"""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import place_names as _names
from geocode_helpers import said as _said

from geo.geocode import geocode
from geo.geocode.namesakes import far_namesake
from geo.model import Entity, EntityType
from geo.places import Context, Level
from geo.places.line_words import LINE_ROLES

T = EntityType


# ------------------------------------------------------------ a line named by the place it serves and its traffic

@pytest.mark.parametrize(("name", "type_", "quote", "context", "unit"), [
    ("枝江疏港铁路", T.RAILWAY, "枝江疏港铁路完成年度投资的六成。", ["宜昌市交通运输局"], "420583"),
    ("涪陵进港铁路专用线", T.RAILWAY, "涪陵进港铁路专用线建设稳步推进。", ["重庆市交通局"], "500102"),
    ("綦江货运铁路", T.RAILWAY, "綦江货运铁路前期工作加快开展。", ["重庆市交通局"], "500110"),
    ("宜都疏港公路", T.HIGHWAY, "宜都疏港公路年内建成通车。", ["宜昌市交通运输局"], "420581"),
])
def test_the_place_before_a_traffic_word_is_the_lines(gaz, name: str, type_: EntityType, quote: str,
                                                      context: list[str], unit: str) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=context)
    assert feature.geometry is not None and _in(gaz, unit, feature.geometry)
    assert "document is about" not in feature.note  # read from its name, not its document's unit


def test_a_traffic_word_is_no_place_of_the_line(gaz) -> None:
    ctx = ["宜昌市交通运输局"]
    assert _names("枝江疏港铁路", gaz, ctx) == _names("枝江铁路", gaz, ctx)
    assert _names("枝江客货运铁路", gaz, ctx) == _names("枝江铁路", gaz, ctx)


def test_a_line_of_two_ends_keeps_both(gaz) -> None:
    # the two ends are read as before: the traffic word closes the stem of the last one
    assert _names("江津至綦江货运铁路", gaz, ["重庆市交通局"]) == _names("江津至綦江铁路", gaz, ["重庆市交通局"])
    assert len(_names("江津至綦江货运铁路", gaz, ["重庆市交通局"])) == 2


@pytest.mark.parametrize("name", ["进港大道", "疏港公路", "货运铁路"])
def test_a_traffic_word_alone_reads_no_place(gaz, name: str) -> None:
    assert _names(name, gaz, ["宜昌市交通运输局"]) == []


def test_only_a_word_closing_the_stem_is_taken() -> None:
    assert LINE_ROLES.sub("", "枝江疏港") == "枝江"
    assert LINE_ROLES.sub("", "疏港枝江") == "疏港枝江"  # not closing the stem: the name's own words


# ------------------------------------------------------------ a region of a province named by its 简称, in one city's text

def _region_item(name: str, quote: str) -> Entity:
    return _said(name, T.INDUSTRIAL_PARK, quote)


def test_a_region_named_by_its_short_form_in_one_citys_text_is_placed_by_the_text(gaz) -> None:
    # the text names one city of the province and its district: the park is that city's, not the province seat's
    ctx = Context(["某报记者"], named=("511300", "511302"))
    feature = geocode(_region_item("川北现代物流园", "承载南充人物流梦想的川北现代物流园一期建成投用。"), gaz, context=ctx)
    assert feature.geometry is not None and _in(gaz, "511300", feature.geometry)
    assert "province's seat" not in feature.note


@pytest.mark.parametrize(("name", "named"), [
    ("川北现代物流园", ("511300", "510800")),  # two cities of the province: no one city
    ("渝西现代物流园", ("500118", "500151")),  # a municipality's districts: its one city is the whole province
])
def test_a_region_in_a_text_of_no_one_prefecture_city_stays_at_the_province_seat(gaz, name: str,
                                                                                named: tuple[str, ...]) -> None:
    feature = geocode(_region_item(name, f"{name}一期建成投用。"), gaz, context=Context(["某报记者"], named=named))
    assert "province's seat" in feature.note


# ------------------------------------------------------------ a far city's name glued inside a word of a name

def test_a_far_city_inside_a_word_is_a_namesake(gaz) -> None:
    ctx = Context(["某报记者"], named=("510300", "510303", "320600"))
    city = next(p for p in gaz.lookup("南通") if p.level is Level.CITY)
    assert far_namesake(city, ("川南通用航空产业园",), gaz, ctx, cities=True)
    feature = geocode(_region_item("川南通用航空产业园", "承载自贡人梦想的川南通用航空产业园项目建设快速推进。"), gaz,
                      context=ctx)
    assert feature.geometry is not None and _in(gaz, "510300", feature.geometry)  # not the far city


@pytest.mark.parametrize(("name", "type_"), [("南通港", T.PORT), ("南通兴东机场", T.AIRPORT)])
def test_a_far_city_opening_a_name_is_the_citys_own(gaz, name: str, type_: EntityType) -> None:
    ctx = Context(["某报记者"], named=("500116", "500110", "320600"))
    city = next(p for p in gaz.lookup("南通") if p.level is Level.CITY)
    assert not far_namesake(city, (name,), gaz, ctx, cities=True)
    feature = geocode(_said(name, type_, f"开通至{name}的航线。"), gaz, context=ctx)
    assert feature.geometry is not None and _in(gaz, "320600", feature.geometry)


def test_a_far_city_after_its_province_is_the_citys_own(gaz) -> None:
    ctx = Context(["某报记者"], named=("500116", "500110", "320600"))
    city = next(p for p in gaz.lookup("南通") if p.level is Level.CITY)
    assert not far_namesake(city, ("江苏南通港",), gaz, ctx, cities=True)
    assert far_namesake(city, ("川南通用航空产业园",), gaz, ctx, cities=True)  # one character before it: no province written
    assert not far_namesake(city, ("川南通用航空产业园",), gaz, ctx)  # a sentence's city is not judged so
