"""Measure in metres: geodesic distances and lengths on WGS-84, geometry gaps in UTM zone 48N.

The project stores lon/lat (EPSG:4326), where a degree of longitude is ~97 km
at 29.5°N but a degree of latitude ~111 km, so a threshold in degrees means a
different distance in each direction (issue 10, item 4). Point-to-point
distances and line lengths are geodesic on the WGS-84 ellipsoid; the shortest
gap between two geometries (a point and a corridor, a line end and a district
polygon) and buffers are computed in UTM 48N (EPSG:32648, central meridian
105°E), whose scale error over 川渝 (97–110°E) is below 1 %.

Distances, lengths and the projection to UTM are closed forms (:mod:`geo.places.ellipsoid`:
Vincenty's inverse, the Krüger series PROJ itself uses), agreeing with pyproj to well under a
millimetre; pyproj is imported only to buffer (the way back from UTM) and where a closed form does
not apply. An ingest then never imports it: ~0.1 s of every process (issue 16).
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING

import numpy as np
import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geo.places.ellipsoid import geodesic_m, utm48n

if TYPE_CHECKING:
    from pyproj import Geod, Transformer

#: The metric CRS for shapely operations in metres: UTM zone 48N on WGS-84.
UTM_CRS = "EPSG:32648"


@functools.cache
def _geod() -> Geod:
    # pyproj is imported on first measure, not with geo.places: ~0.1 s of every process (issue 16)
    from pyproj import Geod

    return Geod(ellps="WGS84")


@functools.cache
def _transformer(inverse: bool) -> Transformer:
    from pyproj import Transformer

    source, target = ("EPSG:4326", UTM_CRS) if not inverse else (UTM_CRS, "EPSG:4326")
    return Transformer.from_crs(source, target, always_xy=True)


def _apply(transformer: Transformer, geometry: BaseGeometry) -> BaseGeometry:
    def vectorised(coords: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack((x, y))

    return shapely.transform(geometry, vectorised)


#: Geometries in UTM by the identity of their lon/lat geometry, kept with it (so an id is never another
#: geometry's while its projection is kept): the same district, corridor or place is measured again and
#: again (the 50 bench documents: 277 projections of 132 geometries, issue 16). Geometries are immutable.
_UTM: dict[int, tuple[BaseGeometry, BaseGeometry]] = {}
#: Projections kept at most (then all are dropped).
_UTM_SIZE = 1024


def to_utm(geometry: BaseGeometry) -> BaseGeometry:
    """Return a WGS-84 lon/lat geometry in UTM 48N metres (EPSG:32648), kept per geometry (:data:`_UTM`)."""
    hit = _UTM.get(id(geometry))
    if hit is None or hit[0] is not geometry:
        if len(_UTM) >= _UTM_SIZE:
            _UTM.clear()
        hit = _UTM[id(geometry)] = (geometry, shapely.transform(geometry, utm48n))
    return hit[1]


def from_utm(geometry: BaseGeometry) -> BaseGeometry:
    """Return a copy of a UTM 48N geometry (metres) in WGS-84 lon/lat."""
    return _apply(_transformer(True), geometry)


def distance_m(a: Point, b: Point) -> float:
    """Return the geodesic distance in metres between two lon/lat points (WGS-84 ellipsoid)."""
    found = geodesic_m(a.x, a.y, b.x, b.y)
    return found if found is not None else float(_geod().inv(a.x, a.y, b.x, b.y)[2])


def length_m(geometry: BaseGeometry) -> float:
    """Return the geodesic length in metres of a lon/lat line (0 for a point)."""
    if geometry.geom_type == "Point":
        return 0.0
    if geometry.geom_type == "LineString":
        coords = list(geometry.coords)
        legs = [geodesic_m(*a, *b) for a, b in zip(coords, coords[1:])]
        if None not in legs:
            return float(sum(legs))  # type: ignore[arg-type]
    return float(_geod().geometry_length(geometry))


#: Gaps by the identities of their two geometries, kept with them (as :data:`_UTM`): the gap between two
#: units' polygons costs GEOS every pair of their boundaries' segments, a thirtieth of the instructions of
#: the 50-document ingest bench, and the same unit is measured to the same province's border again for
#: each line read there (143 gaps of 116 pairs; issue 16). Geometries are immutable.
_GAPS: dict[tuple[int, int], tuple[BaseGeometry, BaseGeometry, float]] = {}


def gap_m(a: BaseGeometry, b: BaseGeometry) -> float:
    """Return the shortest distance in metres between two lon/lat geometries (0 if they touch).

    Measured in UTM 48N, so the nearest points are the nearest on the ground,
    not in degrees. Segments are straight in UTM: one 1° of longitude long lies
    ~100 m off its straight lon/lat counterpart at mid-length, 20 km long ~4 m.
    Kept per pair of geometries (:data:`_GAPS`).
    """
    hit = _GAPS.get((id(a), id(b)))
    if hit is None or hit[0] is not a or hit[1] is not b:
        if len(_GAPS) >= _UTM_SIZE:
            _GAPS.clear()
        # (a point in its district, the common case, needs no projection)
        gap = 0.0 if a.intersects(b) else float(to_utm(a).distance(to_utm(b)))
        hit = _GAPS[(id(a), id(b))] = (a, b, gap)
    return hit[2]


#: Metres in a degree of latitude, at least (the meridian's shortest degree, at the equator: 110.57 km).
_LAT_DEGREE_M = 110_570
#: The WGS-84 ellipsoid's least radius of curvature (the meridian's, at the equator), in metres.
_LEAST_RADIUS_M = 6_335_000
#: Slack of :func:`apart_m` against a gap measured in UTM: a unit's straight edge in UTM lies off its straight
#: lon/lat counterpart (~100 m for an edge of 1°, ~10 km for one of 10°), and UTM's scale is 0.9996 at least.
BOW_M = 50_000


def apart_m(a: BaseGeometry, b: BaseGeometry) -> float:
    """Return the metres two lon/lat geometries lie apart at least, by their bounding boxes alone (0 when they overlap).

    The larger of two bounds: their gap in latitude (a way from one to the other crosses it along some meridian's
    degrees, each :data:`_LAT_DEGREE_M` at least) and their gap in longitude (no nearer than a meridian that far
    off, from the latitude nearest a pole either reaches). ``nan`` for an empty geometry. No projection: a county
    is asked whether it borders candidates all over China, most of them hundreds of kilometres off (issue 16 item 5).
    """
    ax0, ay0, ax1, ay1 = a.bounds
    bx0, by0, bx1, by1 = b.bounds
    lat = max(by0 - ay1, ay0 - by1, 0.0)
    lon = min(max(bx0 - ax1, ax0 - bx1, 0.0), 90.0)
    pole = max(abs(ay0), abs(ay1), abs(by0), abs(by1))
    across = _LEAST_RADIUS_M * math.asin(math.cos(math.radians(pole)) * math.sin(math.radians(lon)))
    return max(lat * _LAT_DEGREE_M, across)


def within_m(a: BaseGeometry, b: BaseGeometry, radius_m: float) -> bool:
    """Return whether two lon/lat geometries lie within ``radius_m`` metres of each other (``gap_m <= radius_m``).

    Asked of GEOS as such: it stops at the first pair of segments that close, and two polygons whose
    bounding boxes lie farther apart are not measured at all, where :func:`gap_m` measures every pair of
    their boundaries' segments (two counties that do not border each other; issue 16). ``a`` in UTM is
    prepared (kept with its projection, :data:`_UTM`): GEOS then indexes its segments once and asks
    only those near ``b``'s, where two units whose bounding boxes overlap cost every pair of segments
    again (a city 125 km off a municipality's border: 1.1 ms, prepared 0.02 ms; issue 16 item 5). Two
    geometries whose bounding boxes lie farther apart than ``radius_m`` and :data:`BOW_M` (:func:`apart_m`)
    are not projected at all: 190 of the 270 asked in the 50 documents of the ingest bench.
    """
    if apart_m(a, b) > radius_m + BOW_M:
        return False  # farther apart by their bounding boxes alone: neither is projected
    if a.intersects(b):
        return True
    near = to_utm(a)
    shapely.prepare(near)  # (nothing when it already is)
    return bool(shapely.dwithin(near, to_utm(b), radius_m))


#: Buffers by the identity of their geometry and the radius, kept with the geometry (as :data:`_UTM`): a
#: province's polygon is grown again for each border of it a document notes (渝黔界, 滇黔界: the 50 documents
#: of the ingest bench buffer two provinces five times, ~10 ms each; issue 16 item 5).
_BUFFERS: dict[tuple[int, float], tuple[BaseGeometry, BaseGeometry]] = {}
#: Buffers kept at most (then all are dropped): a province's buffer holds thousands of vertices.
_BUFFERS_SIZE = 64


def buffer_m(geometry: BaseGeometry, radius_m: float) -> BaseGeometry:
    """Return a lon/lat geometry grown by ``radius_m`` metres on the ground (buffered in UTM 48N), kept per
    geometry and radius (:data:`_BUFFERS`)."""
    key = (id(geometry), radius_m)
    hit = _BUFFERS.get(key)
    if hit is None or hit[0] is not geometry:
        if len(_BUFFERS) >= _BUFFERS_SIZE:
            _BUFFERS.clear()
        # Both ways by pyproj: the buffer's vertices come back to lon/lat by the inverse of the same projection.
        hit = _BUFFERS[key] = (geometry, from_utm(_apply(_transformer(False), geometry).buffer(radius_m)))
    return hit[1]
