"""Places of items read from what their names and sentences write, issue 12 items 3 and 4 (classes found on
fresh16 and the eleven other tuning splits).

- a point facility named by the initials of two counties of one city (甲乙电厂 for 甲县 and 乙县): at the first
  county's seat, at district precision (its site is not known), never at a third county its sentence lists;

Each class on invented sentences, positives and negatives.
"""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import Basis, geocode
from geo.geocode.initials import INITIALS_NOTE, initials_counties
from geo.model import EntityType

T = EntityType


# ------------------------------------------------------------ a facility named by two counties' initials

@pytest.mark.parametrize(("name", "doc", "counties"), [
    ("纳织电厂", ["毕节市人民政府"], ["纳雍县", "织金县"]),
    ("江綦物流园", ["重庆市綦江区"], ["江津区", "綦江区"]),
    ("习赤电站", ["遵义市"], ["习水县", "赤水市"]),
])
def test_a_name_opens_on_two_counties_initials(gaz, name: str, doc: list[str], counties: list[str]) -> None:
    assert [p.name for p in initials_counties(name, gaz, doc)] == counties


@pytest.mark.parametrize(("name", "doc"), [
    ("大方电厂", ["毕节市"]),       # a county's own name, not initials
    ("盘南电厂", ["贵州省"]),       # 盘 and 南 read as no two counties of one city
    ("华能电厂", ["贵州省"]),       # a company's name
    ("江北机场", ["重庆市"]),       # a district's own name
    ("纳织", ["毕节市"]),           # nothing after the initials: no facility's name
])
def test_what_opens_on_no_counties_initials(gaz, name: str, doc: list[str]) -> None:
    assert initials_counties(name, gaz, doc) == []


@pytest.mark.parametrize(("name", "type_", "quote", "doc", "adcode"), [
    # the sentence lists a third county of the same city: the item is not there
    ("纳织电厂", T.ENERGY, "推动纳织电厂、大方“上大压小”电厂等机组项目建设投运。", ["毕节市能源局"], "520525"),
    ("江綦物流园", T.LOGISTICS_HUB, "加快建设江綦物流园,完善綦江区物流网络。", ["重庆市綦江区人民政府"], "500116"),
])
def test_a_facility_is_at_the_first_county_its_initials_give(gaz, name: str, type_: EntityType, quote: str,
                                                             doc: list[str], adcode: str) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=doc)
    assert feature.note.startswith(INITIALS_NOTE) and feature.basis is Basis.PLACE
    assert feature.precision.value == "district"  # a county's seat, not a site: it says so
    assert _in(gaz, adcode, feature.geometry)


@pytest.mark.parametrize(("name", "type_", "quote", "doc"), [
    ("大方电厂", T.ENERGY, "推动大方电厂建设投运。", ["毕节市能源局"]),              # a county's own name
    ("江綦高速公路", T.HIGHWAY, "加快建设江綦高速公路。", ["重庆市"]),               # a line joins its ends
    ("华能电厂", T.ENERGY, "推动华能电厂、织金电厂建设投运。", ["毕节市能源局"]),     # a company's name
])
def test_what_is_placed_by_no_initials(gaz, name: str, type_: EntityType, quote: str, doc: list[str]) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=doc)
    assert not feature.note.startswith(INITIALS_NOTE)
