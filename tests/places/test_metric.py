"""Metres, not degrees (issue 10, item 4): the distance helpers and the thresholds that use them.

Coordinates are invented, near 29.5°N where 0.02° of longitude is ~1.94 km but
0.02° of latitude ~2.22 km: each threshold case sits where a test in degrees
would decide the other way.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from shapely.geometry import LineString, Point

from geo.geocode import Basis
from geo.geocode.fallbacks import from_document
from geo.geocode.sections import cut_section, near_corridor
from geo.model import Entity, EntityType, Precision
from geo.places import Level, Place, buffer_m, distance_m, gap_m, length_m, to_utm
from geo.places.compact_chars import resolve_char

LON, LAT = 106.5, 29.5
HERE = Point(LON, LAT)


# ------------------------------------------------------------------ helpers

def test_a_degree_of_latitude_is_about_111_km() -> None:
    assert 110_600 < distance_m(Point(LON, 29.0), Point(LON, 30.0)) < 110_900


def test_a_degree_of_longitude_shrinks_with_latitude() -> None:
    east = distance_m(HERE, Point(LON + 0.02, LAT))
    north = distance_m(HERE, Point(LON, LAT + 0.02))
    assert east == pytest.approx(1_939, abs=5)
    assert north == pytest.approx(2_217, abs=5)


def test_length_is_the_sum_of_the_segments() -> None:
    line = LineString([(LON, LAT), (LON + 0.02, LAT), (LON + 0.02, LAT + 0.02)])
    assert length_m(line) == pytest.approx(1_939 + 2_217, abs=10)
    assert length_m(HERE) == 0


def test_utm_48n_puts_its_central_meridian_at_500_km() -> None:
    x, y = to_utm(Point(105.0, 0.0)).coords[0]
    assert x == pytest.approx(500_000, abs=1e-3) and y == pytest.approx(0, abs=1e-3)


def test_gap_is_measured_on_the_ground() -> None:
    line = LineString([(LON - 0.01, LAT), (LON + 0.01, LAT)])
    assert gap_m(line, Point(LON, LAT + 0.021)) == pytest.approx(2_328, abs=5)
    assert gap_m(line, Point(LON, LAT)) == 0
    polygon = buffer_m(HERE, 10_000)
    assert gap_m(polygon, HERE) == 0


def test_buffer_is_round_on_the_ground_not_in_degrees() -> None:
    disc = buffer_m(HERE, 1_000)
    assert disc.contains(Point(LON + 0.0099, LAT))  # 0.96 km east
    assert disc.contains(Point(LON, LAT + 0.0085))  # 0.94 km north
    assert not disc.contains(Point(LON, LAT + 0.0095))  # 1.05 km north, inside 0.0099°


# ------------------------------------------------------------------ corridor sections

EAST_WEST = LineString([(106.0, LAT), (LON, LAT), (107.0, LAT)])


@pytest.mark.parametrize(
    ("offset", "joined"),
    [
        ((0.0, 0.021), False),  # 2.33 km north: on the corridor (more than 0.02°)
        ((0.0, 0.023), True),  # 2.55 km north
    ],
)
def test_a_section_end_near_the_corridor_lies_on_it(offset: tuple[float, float], joined: bool) -> None:
    start = Point(106.2 + offset[0], LAT + offset[1])
    piece = cut_section(EAST_WEST, start, Point(106.8, LAT))
    assert (piece.coords[0] == start.coords[0]) is joined
    assert piece.coords[-1] == (106.8, LAT)


def test_a_section_end_east_of_a_north_south_corridor() -> None:
    line = LineString([(LON, 29.0), (LON, 30.0)])
    start = Point(LON + 0.025, 29.2)  # 2.42 km east: on the corridor (more than 0.02°)
    piece = cut_section(line, start, Point(LON, 29.8))
    assert piece.coords[0] == (LON, 29.2)


def test_ends_meeting_the_corridor_close_together_give_a_straight_segment() -> None:
    # They meet it 0.022° of longitude apart: 2.13 km, less than 2.5 km (more than 0.02°).
    start, end = Point(106.2, LAT + 0.01), Point(106.222, LAT + 0.01)
    assert cut_section(EAST_WEST, start, end).equals(LineString([start, end]))


def test_a_section_end_far_from_its_corridor_is_dropped() -> None:
    north = Point(LON, LAT + 0.47)  # 52 km: a misreading, though within 0.5°
    line = LineString([(LON, 29.0), (LON, 30.0)])
    east = Point(LON + 0.51, LAT)  # 49.4 km: kept, though beyond 0.5°
    assert near_corridor(EAST_WEST, [north, HERE]) == [HERE]
    assert near_corridor(line, [east]) == [east]


# ------------------------------------------------------------------ abbreviations

def _district(name: str, dlon: float, dlat: float, adcode: str) -> Place:
    return Place(name, Level.DISTRICT, LON + dlon, LAT + dlat, adcode, Precision.DISTRICT, "test")


def _abbreviation_gaz(*places: Place) -> SimpleNamespace:
    index = SimpleNamespace(context_prefixes=lambda ctx: frozenset(p.adcode for p in places),
                            starting_with=lambda char: list(places))
    return SimpleNamespace(index=index)


def test_a_waypoint_more_than_10_km_on_is_not_too_near() -> None:
    near = _district("甲北", 0.0, 0.095, "500901")  # 10.5 km north (less than 0.1°)
    far = _district("甲东", 0.3, 0.0, "500902")  # 29 km east
    assert resolve_char("甲", _abbreviation_gaz(near, far), (), near=HERE) == near


def test_the_nearest_waypoint_is_nearest_on_the_ground() -> None:
    # 万云奉巫: from 奉节, 巫山 is 40 km east and 巫溪 44 km north, though nearer in degrees.
    north = _district("甲溪", 0.111, 0.379, "500901")  # 0.395°, 43.5 km
    east = _district("甲山", 0.417, 0.058, "500902")  # 0.421°, 40.4 km
    assert resolve_char("甲", _abbreviation_gaz(north, east), (), near=HERE) == east


# ------------------------------------------------------------------ zones near an airport

@pytest.mark.parametrize(
    ("dlon", "dlat", "at_airport"),
    [(0.38, 0.0, True), (0.0, 0.38, False)],  # 36.8 km east; 42.1 km north (both under 0.4°)
)
def test_an_airport_zone_is_placed_at_an_airport_within_40_km(dlon: float, dlat: float,
                                                              at_airport: bool) -> None:
    unit = _district("甲区", 0.0, 0.0, "500901")
    airport = Place("甲机场", Level.SITE, LON + dlon, LAT + dlat, "500902", Precision.SITE, "test",
                    kind="airport")
    index = SimpleNamespace(issuer_unit=lambda context: unit, sites_of_kind=lambda kind: [airport])
    feature = from_document(Entity(name="空港物流园", type=EntityType.LOGISTICS_HUB),
                            SimpleNamespace(index=index), ["甲区人民政府"])
    assert feature is not None
    assert feature.geometry.equals(airport.point) is at_airport
    assert (feature.basis is Basis.ISSUER) is not at_airport


# ------------------------------------------------------------------ closed forms agree with pyproj

@pytest.mark.parametrize(("a", "b"), [
    ((106.5, 29.5), (106.52, 29.5)),      # 2 km east
    ((103.9, 30.6), (106.5, 29.5)),       # 成都 to 重庆, ~270 km
    ((97.3, 28.2), (110.2, 32.2)),        # across the region
    ((75.9, 39.5), (131.2, 47.7)),        # across China
    ((106.5, 29.5), (106.5, 29.5)),       # one point
    ((106.5, -0.001), (106.5, 0.001)),    # across the equator
    ((0.0, 0.0), (179.5, 0.3)),           # nearly antipodal: pyproj answers
])
def test_distance_agrees_with_pyproj_to_a_millimetre(a: tuple[float, float], b: tuple[float, float]) -> None:
    from pyproj import Geod

    expected = Geod(ellps="WGS84").inv(*a, *b)[2]
    assert distance_m(Point(a), Point(b)) == pytest.approx(expected, abs=1e-3)
    line = LineString([a, b, (a[0], b[1])])
    assert length_m(line) == pytest.approx(Geod(ellps="WGS84").geometry_length(line), abs=2e-3)


def test_utm_agrees_with_pyproj_to_a_millimetre() -> None:
    from pyproj import Transformer

    lons = [97.0, 103.9, 105.0, 106.5, 110.2, 114.0]
    lats = [21.0, 28.2, 29.5, 30.6, 32.2, 34.0]
    ours = to_utm(LineString(list(zip(lons, lats, strict=True)))).coords
    x, y = Transformer.from_crs("EPSG:4326", "EPSG:32648", always_xy=True).transform(lons, lats)
    for (ox, oy), ex, ey in zip(ours, x, y, strict=True):
        assert ox == pytest.approx(ex, abs=1e-3) and oy == pytest.approx(ey, abs=1e-3)


def test_an_ingest_process_does_not_import_pyproj(tmp_path) -> None:
    """Measuring a document's lines needs no pyproj (issue 16): a fresh process, the bundled five."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    probe = ("import sys, runpy; sys.argv = ['geo', 'ingest', sys.argv[1]]\n"
             "try:\n    runpy.run_module('geo', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "print(sorted(m for m in ('pyproj', 'pandas', 'geopandas') if m in sys.modules))")
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp_path / 'probe.db'}")
    # The first run may build the kept place index (which reads the tables with pandas); the second reads it.
    subprocess.run([sys.executable, "-c", "from geo.places import load; load().index"], cwd=root, env=env,
                   check=True)
    done = subprocess.run([sys.executable, "-c", probe, str(root / "data" / "documents")], cwd=root, env=env,
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_a_buffer_asked_again_is_the_one_made_before() -> None:
    """A polygon grown again by the same radius (a province for each border of it a document notes) is not
    buffered again (issue 16 item 5); another radius, or another geometry, is a buffer of its own."""
    square = Point(106.5, 29.5).buffer(0.1)
    grown = buffer_m(square, 2_000)
    assert buffer_m(square, 2_000) is grown
    assert buffer_m(square, 5_000) is not grown and buffer_m(square, 5_000).area > grown.area
    twin = Point(106.5, 29.5).buffer(0.1)
    assert buffer_m(twin, 2_000) is not grown and buffer_m(twin, 2_000).equals(grown)
