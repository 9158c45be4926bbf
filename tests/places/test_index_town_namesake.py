"""A town written whole that the point sources know only as a namesake elsewhere is at its county (issue 12
item 1, part-p37).

GeoNames holds a point for the short form (栖霞 of 山东, 来凤 of 湖北) but none for the town the text
writes with its suffix (云阳's 栖霞镇, 璧山's 来凤街道). The town → county index was not read for such
a name (a point source knew the short form), and the scan read the short form inside it, which the
document's area then refused: the item fell back to its city, or was not placed. A point of the short
form lying in none of the town's counties is another place, so the index gives the county. Invented
item names.
"""

from __future__ import annotations

import pytest

from geo.geocode import geocode
from geo.model import Entity, EntityType, Precision
from geo.places import Gazetteer, Level

T = EntityType


def _county(gaz: Gazetteer, name: str) -> str:
    return next(p.adcode for p in gaz.lookup(name) if p.level is Level.DISTRICT)


@pytest.mark.parametrize(("name", "context", "kind", "county"), [
    ("栖霞镇甲乙水库", ["重庆市水利局"], T.WATER, "云阳"),
    ("石盘镇甲乙污水处理厂", ["成都市人民政府"], T.WATER, "简阳"),
    ("来凤街道甲乙产业园", ["重庆市璧山区人民政府"], T.INDUSTRIAL_PARK, "璧山"),
])
def test_the_town_written_whole_is_at_its_county(gaz: Gazetteer, name: str, context: list[str],
                                                 kind: EntityType, county: str) -> None:
    feature = geocode(Entity(name=name, type=kind), gaz, context=context)
    assert feature.geometry is not None and feature.precision is Precision.DISTRICT
    assert feature.geometry.within(gaz.unit_geometry(_county(gaz, county)).buffer(0.01))
    assert "town known, point at county seat" in feature.note


def test_negative_a_town_the_point_sources_hold_in_its_county_keeps_its_point(gaz: Gazetteer) -> None:
    feature = geocode(Entity(name="珞璜镇甲乙物流园", type=T.LOGISTICS_HUB), gaz,
                      context=["重庆市江津区人民政府"])
    assert feature.precision is Precision.TOWN


def test_negative_the_short_form_alone_is_not_read_from_the_index(gaz: Gazetteer) -> None:
    # 栖霞 written bare is the GeoNames 栖霞 or nothing: the index is read for a suffixed name only
    found = gaz.index.index_towns_in("栖霞甲乙水库")
    assert found == []
