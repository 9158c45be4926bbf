"""A line's part inside one unit written with 境 or 境内 and no 段 after its name or after its section's ends
(甲至乙高速公路重庆境, 甲乙高速丙至丁段贵州境): the line clipped to that unit (issue 12 items 3 and 4, part p54).
Invented names of real units, positives and negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import ends, inside, said

from geo.geocode import geocode
from geo.model import Entity, EntityType, Mention
from geo.places import Gazetteer, gap_m, province_section

CHONGQING = ["重庆市交通局"]


@pytest.mark.parametrize(("name", "part_of", "adcode"), [
    ("綦江至桐梓高速公路重庆境", None, "500000"),  # a province's part, no 段
    ("綦江至桐梓高速公路贵州境内", None, "520000"),
    ("甲乙高速綦江至桐梓段贵州境", "甲乙高速", "520000"),  # a section's ends, then its part in a province
    ("甲乙铁路綦江至桐梓段重庆境内段", "甲乙铁路", "500000"),
])
def test_a_units_part_lies_in_that_unit(gaz: Gazetteer, name: str, part_of: str | None, adcode: str) -> None:
    entity = said(name, EntityType.HIGHWAY, f"{name}今年开工。")
    entity.part_of = part_of
    feature = geocode(entity, gaz, context=CHONGQING)
    assert feature.geometry is not None and inside(gaz, adcode, feature.geometry)


def test_the_section_in_a_unit_keeps_its_own_end(gaz: Gazetteer) -> None:
    entity = said("甲乙高速綦江至桐梓段贵州境", EntityType.HIGHWAY, "甲乙高速綦江至桐梓段贵州境今年开工。")
    entity.part_of = "甲乙高速"
    first, last = ends(geocode(entity, gaz, context=CHONGQING).geometry)
    tongzi = gaz.unit_geometry("520322")
    assert min(gap_m(tongzi, first), gap_m(tongzi, last)) <= 2_000


@pytest.mark.parametrize("name", [
    "綦江至桐梓高速公路",            # the whole line: it reaches both ends
    "綦江至桐梓高速公路过境",        # 过境: no unit's part
])
def test_no_units_part_keeps_the_whole_line(gaz: Gazetteer, name: str) -> None:
    feature = geocode(said(name, EntityType.HIGHWAY, f"{name}今年开工。"), gaz, context=CHONGQING)
    assert feature.geometry is not None
    a, b = ends(feature.geometry)
    units = [gaz.unit_geometry("500110"), gaz.unit_geometry("520322")]
    assert all(min(gap_m(u, a), gap_m(u, b)) <= 2_000 for u in units)


@pytest.mark.parametrize(("name", "province"), [
    ("甲乙高速綦江至桐梓段(贵州境)", "贵州省"),
    ("甲乙铁路綦江至桐梓段四川境内", "四川省"),
    ("甲乙铁路重庆段", "重庆市"),
    ("甲乙高速綦江至桐梓段", None),
    ("甲乙高速綦江至桐梓段出境", None),
])
def test_the_province_a_name_keeps_to(gaz: Gazetteer, name: str, province: str | None) -> None:
    found = province_section(name, gaz)
    assert (found.name if found is not None else None) == province


def test_a_section_by_its_ends_comes_before_its_short_form_by_a_province(gaz: Gazetteer) -> None:
    """甲乙铁路綦江至桐梓段(以下简称甲乙铁路重庆段): the ends its full form writes, not the whole part in 重庆."""
    name = "甲乙铁路重庆段"
    entity = Entity(name=name, type=EntityType.RAILWAY, aliases=["甲乙铁路江津至綦江段"], part_of="甲乙铁路",
                    mentions=[Mention(doc="d.txt", text=name, quote=name, start=0, end=len(name))])
    first, last = ends(geocode(entity, gaz, context=CHONGQING).geometry)
    for adcode in ("500116", "500110"):  # 江津区, 綦江区
        unit = gaz.unit_geometry(adcode)
        assert min(gap_m(unit, first), gap_m(unit, last)) <= 2_000


def _line_told_with_parts(parts: list[str]) -> Entity:
    name = "綦江至桐梓高速公路"
    return Entity(name=name, type=EntityType.HIGHWAY, aliases=[*parts, "綦桐高速"], part_of=name,
                  mentions=[Mention(doc="d.txt", text=name, quote=name, start=0, end=len(name))])


def test_a_line_told_with_its_one_part_is_drawn_as_the_part(gaz: Gazetteer) -> None:
    """甲高速公路重庆境段全线通车 … 甲高速 (linked into one item named by the line): the part in 重庆."""
    feature = geocode(_line_told_with_parts(["綦江至桐梓高速公路重庆境段"]), gaz, context=CHONGQING)
    assert feature.geometry is not None and inside(gaz, "500000", feature.geometry)


def test_a_line_told_with_two_parts_stays_the_line(gaz: Gazetteer) -> None:
    feature = geocode(_line_told_with_parts(["綦江至桐梓高速公路重庆境段", "綦江至桐梓高速公路贵州境段"]), gaz,
                      context=CHONGQING)
    a, b = ends(feature.geometry)
    assert all(min(gap_m(u, a), gap_m(u, b)) <= 2_000
               for u in (gaz.unit_geometry("500110"), gaz.unit_geometry("520322")))
