"""Names written in traditional characters are placed as their simplified twins (issue 12, part f30).

A document copied from a traditional-character site keeps its names as written (甲乙高速公路重慶段); the
geocoder reads an item's name, aliases, places and sentences through their folded form
(:func:`geo.documents.fold`), so a province's section (重慶段), a county's section (墊江段) and a town
(龍興鎮) meet the simplified gazetteer. All names here are invented.
"""

from __future__ import annotations

import pytest

from geo.documents import fold
from geo.geocode import geocode
from geo.model import Entity, EntityType, Precision
from geo.places import Gazetteer

_CASES = [
    # a province's section of an invented line: cut to the province, not left whole
    ("廣墊高速公路重慶段", "广垫高速公路重庆段", EntityType.HIGHWAY, "clipped to 重庆市"),
    ("遂銅鐵路重慶段", "遂铜铁路重庆段", EntityType.RAILWAY, "clipped to 重庆市"),
    # a county's section: cut to the county, not drawn along the whole line
    ("廣墊高速公路墊江段", "广垫高速公路垫江段", EntityType.HIGHWAY, "clipped to 垫江县"),
    ("萬達開高速開州段", "万达开高速开州段", EntityType.HIGHWAY, "clipped to 开州区"),
    # a facility named for its town
    ("龍興鎮物流園", "龙兴镇物流园", EntityType.LOGISTICS_HUB, "town 龙兴"),
]


@pytest.mark.parametrize(("traditional", "simplified", "kind", "note"), _CASES)
def test_a_traditional_name_is_placed_as_its_simplified_twin(gaz: Gazetteer, traditional: str, simplified: str,
                                                             kind: EntityType, note: str) -> None:
    written, plain = geocode(Entity(traditional, kind), gaz), geocode(Entity(simplified, kind), gaz)
    assert written.note == plain.note
    assert written.note.startswith(note)
    assert written.precision is plain.precision
    assert written.geometry.equals(plain.geometry)


def test_a_traditional_province_section_is_cut_to_the_province(gaz: Gazetteer) -> None:
    # the section in 四川 already met the gazetteer (no traditional character in 四川): 重慶 must too
    sichuan = geocode(Entity("廣墊高速公路四川段", EntityType.HIGHWAY), gaz)
    chongqing = geocode(Entity("廣墊高速公路重慶段", EntityType.HIGHWAY), gaz)
    assert (sichuan.note, chongqing.note) == ("clipped to 四川省", "clipped to 重庆市")
    assert sichuan.precision is chongqing.precision is Precision.SCHEMATIC


def test_the_feature_keeps_the_written_names_id(gaz: Gazetteer) -> None:
    entity = Entity("廣墊高速公路重慶段", EntityType.HIGHWAY)
    assert geocode(entity, gaz).entity_id == entity.id != Entity("广垫高速公路重庆段", EntityType.HIGHWAY).id


@pytest.mark.parametrize(("_traditional", "simplified", "kind", "note"), _CASES)
def test_a_simplified_name_is_read_as_written(gaz: Gazetteer, _traditional: str, simplified: str,
                                              kind: EntityType, note: str) -> None:
    assert fold(simplified) is simplified
    assert geocode(Entity(simplified, kind), gaz).note.startswith(note)
