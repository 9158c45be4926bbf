"""The rival clearly nearest a province's border, and the gap between shapes, asked cheaply (issue 16 item 5).

* :func:`geo.places.compact_levels.clear_beside_province` asks the gap to a province's border only of
  the rivals within reach: checked on invented units against ranking every reading by its gap.
* :func:`geo.places.within_m` asks GEOS of one shape prepared: the same answer as the gap.
"""

from __future__ import annotations

import math
import random

import pytest
from shapely.geometry import Polygon, box
from shapely.geometry.base import BaseGeometry

from geo.model import Precision
from geo.places import Level, Place, gap_m, within_m
from geo.places.compact_levels import CLEAR_RATIO, HOP_M, clear_beside_province
from geo.places.metric import distance_m


class _Units:
    """A gazetteer of invented units: only their polygons."""

    def __init__(self, shapes: dict[str, BaseGeometry]) -> None:
        self.shapes = shapes

    def unit_geometry(self, adcode: str) -> BaseGeometry | None:
        return self.shapes.get(adcode)


def _place(adcode: str, lon: float, lat: float, level: Level = Level.CITY) -> Place:
    return Place(f"甲{adcode}", level, lon, lat, adcode, Precision.DISTRICT, "test")


def _clearest(measured: list[tuple[float, Place]]) -> Place | None:
    """The reading clearly nearest by one measure, as principle 3 states it: every other CLEAR_RATIO times farther."""
    ranked = sorted(measured, key=lambda t: t[0])
    if len(ranked) > 1 and ranked[1][0] < CLEAR_RATIO * max(ranked[0][0], HOP_M):
        return None
    return ranked[0][1] if ranked else None


def _by_every_gap(readings: list[Place], province: Place, units: _Units) -> Place | None:
    """The answer with every reading's gap to the border measured (before issue 16 item 5)."""
    border = units.unit_geometry(province.adcode)
    by_seat = _clearest([(distance_m(p.point, province.point), p) for p in readings])
    if border is None or by_seat is None:
        return by_seat

    def to_border(p: Place) -> float:
        shape = units.unit_geometry(p.adcode)
        return gap_m(shape, border) if shape is not None else distance_m(p.point, province.point)

    return by_seat if _clearest([(to_border(p), p) for p in readings]) == by_seat else None


def test_a_province_rival_is_the_one_every_gap_names() -> None:
    rng = random.Random(32)
    province = _place("900000", 106.0, 29.5, Level.PROVINCE)
    answers = set()
    for case in range(400):
        shapes: dict[str, BaseGeometry] = {"900000": box(105.0, 28.5, 107.0, 30.5)}
        readings = []
        for k in range(rng.randint(1, 4)):
            code = f"9{case:03d}{k}0"
            lon, lat = rng.uniform(100.0, 114.0), rng.uniform(23.0, 36.0)
            size = rng.uniform(0.05, 1.0)
            if rng.random() < 0.9:  # a reading without a polygon is measured from its seat
                shapes[code] = box(lon - size, lat - size, lon + size, lat + size)
            readings.append(_place(code, lon, lat))
        units = _Units(shapes)
        expected = _by_every_gap(readings, province, units)
        assert clear_beside_province(readings, province, units) == expected, (case, readings)
        answers.add(expected is None)
    assert answers == {True, False}  # both a clear reading and none were asked


@pytest.mark.parametrize(("east_of_border", "clear"), [
    (0.0, False),     # two rivals touching the border: neither clearly nearer
    (0.05, False),    # the second ~5 km off: within twice HOP_M, no clear reading
    (0.5, True),      # the second ~50 km off, the first touching: the first is clear
    (12.0, True),     # a rival far off (its gap never measured in full): the first is clear
])
def test_a_second_rival_near_or_far_of_the_border(east_of_border: float, clear: bool) -> None:
    province = _place("900000", 106.0, 29.5, Level.PROVINCE)
    shapes = {"900000": box(105.0, 28.5, 107.0, 30.5), "911000": box(106.8, 29.0, 107.5, 29.5),
              "912000": box(107.0 + east_of_border, 28.0, 108.0 + east_of_border, 29.0)}
    near, other = _place("911000", 107.2, 29.3), _place("912000", 114.0, 29.0)  # seats: near is clearly nearer
    units = _Units(shapes)
    assert (clear_beside_province([near, other], province, units) == near) is clear
    assert clear_beside_province([near, other], province, units) == _by_every_gap([near, other], province, units)


def test_within_a_distance_prepared_agrees_with_the_gap() -> None:
    """``within_m`` asks GEOS of ``a`` prepared: the same answer as the gap, asked again of the same shapes too."""
    rng = random.Random(5)
    shapes = []
    for _ in range(40):  # jagged rings whose bounding boxes overlap while the shapes lie apart
        lon, lat = rng.uniform(104.0, 108.0), rng.uniform(28.0, 31.0)
        ring = [(lon + rng.uniform(0.05, 0.6) * math.cos(t / 12 * math.tau),
                 lat + rng.uniform(0.05, 0.6) * math.sin(t / 12 * math.tau)) for t in range(12)]
        shapes.append(Polygon(ring).buffer(0))
    for a in shapes[:10]:
        for b in shapes:
            for radius_m in (0.0, 1_000.0, 20_000.0, 60_000.0):
                assert within_m(a, b, radius_m) == (gap_m(a, b) <= radius_m)
                assert within_m(a, b, radius_m) == within_m(b, a, radius_m)
