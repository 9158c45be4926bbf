"""Places of items read from what their names and sentences write, issue 12 items 3 and 4 (classes found on
fresh16 and the eleven other tuning splits).

- a point facility named by the initials of two counties of one city (甲乙电厂 for 甲县 and 乙县): at the first
  county's seat, at district precision (its site is not known), never at a third county its sentence lists;
- a port's works area named first by a town (甲作业区一期): in that town, as a park named so is, when no other
  town bears the name, whatever district the document is about;

Each class on invented sentences, positives and negatives.
"""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import Basis, geocode
from geo.geocode.initials import INITIALS_NOTE, initials_counties
from geo.model import EntityType
from geo.places import scan_places

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


# ------------------------------------------------------------ a port's works area named by its town

@pytest.mark.parametrize(("name", "town"), [
    ("洛碛作业区二期工程", "洛碛"),     # a phase and the works after the works area
    ("朱沱作业区一期", "朱沱"),
    ("石板作业区改扩建", "石板"),
    ("朱沱作业区", "朱沱"),
    ("金龙作业区", None),               # two towns bear the name (龙马潭, 永川)
    ("洛碛作业区码头", None),           # a wharf of the works area: not its name's ending
    ("洛碛作业区至甲公路", None),       # a road from it
    ("甲港区洛碛作业区", None),         # the town does not open the name
])
def test_a_works_area_named_first_by_its_town_is_in_that_town(gaz, name: str, town: str | None) -> None:
    found = [p.name for p in scan_places(name, gaz, ["重庆市人民政府"])]
    assert found == ([town] if town else [])


def test_a_works_area_is_placed_at_its_town(gaz) -> None:
    quote = "开工建设洛碛作业区二期、乙作业区一期等项目,建成忠县港区丙作业区。"
    feature = geocode(_said("洛碛作业区二期", T.PORT, quote), gaz, context=["重庆市人民政府"])
    assert feature.precision.value == "town" and _in(gaz, "500112", feature.geometry)  # not at 忠县
