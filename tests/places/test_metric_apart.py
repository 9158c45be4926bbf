"""A lower bound of the metres between two geometries from their bounding boxes (issue 16 item 5).

:func:`geo.places.metric.within_m` answers "no" without projecting two geometries whose bounding
boxes alone put them farther apart than the radius (and a slack); the bound must never exceed the gap
measured in UTM, or an answer would change. Invented squares, near 川渝 and far north.
"""

from __future__ import annotations

import pytest
from shapely.geometry import Polygon

from geo.places import gap_m
from geo.places.metric import BOW_M, apart_m, within_m


def square(lon: float, lat: float, size: float = 0.2) -> Polygon:
    return Polygon([(lon, lat), (lon + size, lat), (lon + size, lat + size), (lon, lat + size)])


@pytest.mark.parametrize(("a", "b"), [
    (square(106.0, 29.0), square(106.0, 32.0)),          # apart in latitude
    (square(104.0, 30.0), square(109.0, 30.1)),          # apart in longitude
    (square(100.0, 25.0), square(110.0, 35.0)),          # apart both ways
    (square(85.0, 45.0, 1.0), square(95.0, 48.0, 1.0)),  # far north, far from UTM 48N's meridian
    (square(106.0, 29.0), square(106.3, 29.0)),          # a few kilometres apart
])
def test_the_bound_never_exceeds_the_measured_gap(a: Polygon, b: Polygon) -> None:
    assert 0 < apart_m(a, b) <= gap_m(a, b)
    assert apart_m(a, b) == apart_m(b, a)


def test_overlapping_boxes_give_no_bound() -> None:
    assert apart_m(square(106.0, 29.0), square(106.1, 29.1)) == 0


@pytest.mark.parametrize("radius_m", [1_000, 100_000, 400_000])
def test_within_agrees_with_the_gap(radius_m: float) -> None:
    a, b = square(106.0, 29.0), square(106.0, 32.0)  # ~310 km apart
    assert within_m(a, b, radius_m) is (gap_m(a, b) <= radius_m)


def test_a_gap_just_beyond_the_slack_is_still_measured() -> None:
    a = square(106.0, 29.0)
    b = square(106.0, 29.2 + (BOW_M + 1_000) / 110_000)  # the bound just past radius and slack
    assert within_m(a, b, 1_000) is False
    assert within_m(a, b, gap_m(a, b) + 1) is True


def test_touching_squares_are_within_any_radius() -> None:
    assert within_m(square(106.0, 29.0), square(106.2, 29.0), 0) is True
