"""Points at the finest place their text gives (issue 12 items 3-4): a town written bare right after its own
province or city, and a part named short whose alias writes the site it belongs to. Invented names with real
towns and sites, and negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import inside, said

from geo.geocode import geocode
from geo.model import EntityType, Precision
from geo.places import Gazetteer, Level, scan_places

BANAN, JIULONGPO, YUBEI, QIANJIANG = "500113", "500107", "500112", "500114"


@pytest.mark.parametrize(
    ("name", "unit", "read"),
    [
        # a town written bare right after its own province or city: that town
        ("重庆木洞铁路物流中心", BANAN, True),
        ("重庆市白市驿物流中心", JIULONGPO, True),
        ("重庆龙兴汽车物流中心", YUBEI, True),
        # negatives: the town written bare with no unit before it, or after a province it is not in
        ("木洞铁路物流中心", BANAN, False),
        ("四川木洞铁路物流中心", BANAN, False),
        # an old name shared by several towns (兴隆场) is no town by grammar: not read
        ("重庆兴隆场铁路物流中心", "500120", False),
    ],
)
def test_a_town_written_right_after_its_province(gaz: Gazetteer, name: str, unit: str, read: bool) -> None:
    towns = [p for p in scan_places(name, gaz, (), index_towns=True) if p.level is Level.TOWN]
    assert any(p.adcode == unit for p in towns) is read


def test_a_logistics_centre_named_after_province_and_town_is_at_the_town(gaz: Gazetteer) -> None:
    entity = said("重庆木洞铁路物流中心", EntityType.LOGISTICS_HUB, "重庆木洞铁路物流中心今年开工建设。", ["重庆"])
    feature = geocode(entity, gaz)
    assert feature.precision is Precision.TOWN
    assert inside(gaz, BANAN, feature.geometry)


@pytest.mark.parametrize(
    ("alias", "unit"),
    [
        ("重庆江北国际机场T3航站楼", YUBEI),
        ("黔江武陵山机场东航站区", QIANJIANG),
    ],
)
def test_a_part_named_short_is_at_the_site_its_alias_writes(gaz: Gazetteer, alias: str, unit: str) -> None:
    entity = said("T3航站楼", EntityType.AIRPORT, f"{alias}正式启用，T3航站楼面积约七万平方米。", ["重庆"])
    entity.aliases = [alias]
    feature = geocode(entity, gaz)
    assert feature.precision is Precision.SITE
    assert inside(gaz, unit, feature.geometry)


def test_a_part_whose_alias_writes_no_site_stays_off_sites(gaz: Gazetteer) -> None:
    # negative: the alias names only the province; nothing says which airport
    entity = said("T3航站楼", EntityType.AIRPORT, "重庆新建T3航站楼面积约七万平方米。", ["重庆"])
    entity.aliases = ["重庆T3航站楼"]
    feature = geocode(entity, gaz)
    assert feature.precision is not Precision.SITE
