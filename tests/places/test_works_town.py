"""A port area, wharf, bridge or tunnel named first by its town, written bare, is at that town (issue 12 item 4).

The sentences are invented; the towns are real towns of the gazetteer (GeoNames points) that no
document of the blind corpus names.
"""

from __future__ import annotations

import pytest

from geo.geocode import geocode
from geo.model import Entity, EntityType, Precision
from geo.places import Gazetteer, gap_m
from geo.places.scan import RIVER_REACH_M, works_town

T = EntityType
YUBEI = ["重庆市渝北区人民政府"]  # a district's document: towns of other districts are not its own
BANAN = ["重庆市巴南区交通局"]
NEIJIANG = ["内江市人民政府"]  # a document of another province


@pytest.mark.parametrize(
    ("name", "kind", "context", "town"),
    [
        ("鱼嘴保税港区", T.PORT, BANAN, "鱼嘴"),  # a town of 江北 in a 巴南 document: same province
        ("西彭作业区二期", T.PORT, YUBEI, "西彭"),  # a phase after the kind word
        ("一品码头", T.PORT, YUBEI, "一品"),
        ("西彭长江大桥", T.OTHER_FACILITY, YUBEI, "西彭"),  # the town lies ~2 km from the river it names
        ("青木关隧道", T.OTHER_FACILITY, BANAN, "青木关"),
        ("鱼嘴作业区", T.PORT, [], "鱼嘴"),  # a document about no unit keeps the reading
    ],
)
def test_a_works_named_first_by_its_town_is_at_the_town(gaz: Gazetteer, name: str, kind: EntityType,
                                                        context: list[str], town: str) -> None:
    feature = geocode(Entity(name=name, type=kind), gaz, context=context)
    assert feature.precision is Precision.TOWN
    assert gap_m(gaz.lookup(town)[0].point, feature.geometry) < 100  # at the town's point, not a seat


@pytest.mark.parametrize(
    ("name", "piece", "context"),
    [
        ("鱼嘴大道", "鱼嘴", YUBEI),  # a road: no works word
        ("新区鱼嘴作业区", "鱼嘴", YUBEI),  # the town does not open the name
        ("鱼嘴保税港区", "鱼嘴", NEIJIANG),  # a town of another province than the document's
        ("双福隧道", "双福", YUBEI),  # the town → county index holds a 双福 town in another county of China
        ("青木关长江大桥", "青木关", YUBEI),  # the town lies ~30 km from the river the bridge crosses
        ("阿蓬江大桥", "阿蓬江", YUBEI),  # a town named for its river: the bridge is the river's
        ("澄江隧道", "澄江", YUBEI),  # towns of several counties and a county's name
    ],
)
def test_a_works_name_that_does_not_settle_its_town_is_not_read_so(gaz: Gazetteer, name: str, piece: str,
                                                                  context: list[str]) -> None:
    assert works_town(name, name.find(piece), piece, gaz, context) is None


def test_the_river_check_measures_in_metres(gaz: Gazetteer) -> None:
    river = gaz.corridor("长江")
    near, far = gaz.lookup("西彭")[0], gaz.lookup("青木关")[0]
    assert gap_m(river.line, near.point) < RIVER_REACH_M < gap_m(river.line, far.point)


def test_a_town_s_namesakes_are_counted_over_china(gaz: Gazetteer) -> None:
    assert gaz.index.bare_town_counties("鱼嘴") == {gaz.lookup("鱼嘴")[0].adcode}
    assert len(gaz.index.bare_town_counties("双福")) == 2
    assert gaz.index.bare_town_counties("不存在的地方") == frozenset()


@pytest.mark.parametrize(("name", "town"), [
    ("石板生物医药园区二期", "石板"),  # a park named by its town, with a phase after the kind word
    ("石板生物医药园区大道", None),  # not a park
])
def test_a_park_s_phase_does_not_hide_its_kind(gaz: Gazetteer, name: str, town: str | None) -> None:
    from geo.places import scan_places

    towns = [p.name for p in scan_places(name, gaz, ()) if p.level.value == "town"]
    assert towns == ([town] if town else [])
