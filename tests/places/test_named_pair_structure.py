"""A bridge or tunnel named by the two neighbouring units it joins (甲乙长江大桥; issue 12).

Its name heads with the short forms of two units that touch (a county on each bank): it stands on their common
border, as one its sentence says links them. One unit, two units that do not touch, or a word heading a river's
name are no such name. Invented names between real places.
"""

from __future__ import annotations

import pytest

from geo.geocode import geocode
from geo.model import Entity, EntityType, Precision
from geo.places import Gazetteer

YICHANG = ["宜昌市交通运输局"]


@pytest.mark.parametrize("name", ["宜都枝江长江大桥", "枝江宜都长江大桥", "宜都枝江大桥"])
def test_a_bridge_named_by_two_touching_units_stands_on_their_border(gaz: Gazetteer, name: str) -> None:
    feature = geocode(Entity(name, EntityType.HIGHWAY), gaz, context=YICHANG)
    assert feature.precision is Precision.DISTRICT
    units = [gaz.unit_geometry(p.adcode) for n in ("宜都市", "枝江市") for p in gaz.lookup(n)]
    assert all(u is not None and u.distance(feature.geometry) < 0.02 for u in units)


@pytest.mark.parametrize(("name", "context"), [
    ("宜都昆明大桥", YICHANG),          # two units that do not touch
    ("江北嘉陵江大桥", ["重庆市交通局"]),  # 嘉陵 heads the river's name 嘉陵江
])
def test_no_two_touching_units_no_border_point(gaz: Gazetteer, name: str, context: list[str]) -> None:
    feature = geocode(Entity(name, EntityType.HIGHWAY), gaz, context=context)
    assert "which touch" not in feature.note
