"""Convert lon/lat between WGS-84 (the project's CRS) and GCJ-02 (Amap/高德 tiles and data)."""

from __future__ import annotations

import prcoords
from shapely import transform
from shapely.geometry.base import BaseGeometry


def to_gcj(lon: float, lat: float) -> tuple[float, float]:
    """Return the GCJ-02 ``(lon, lat)`` of a WGS-84 point (for display on a GCJ basemap)."""
    out = prcoords.wgs_gcj(prcoords.Coords(lat, lon), False)
    return out.lon, out.lat


def to_wgs84_from_gcj(lon: float, lat: float) -> tuple[float, float]:
    """Return the WGS-84 ``(lon, lat)`` of a GCJ-02 point.

    Uses prcoords' iterative inverse ``gcj_wgs_bored``: exact to millimetres,
    where the one-step inverse ``gcj_wgs`` is 1–4 m off (see GEODATA.md).
    """
    out = prcoords.gcj_wgs_bored(prcoords.Coords(lat, lon), False)
    return out.lon, out.lat


def geometry_to_gcj(geometry: BaseGeometry) -> BaseGeometry:
    """Return a copy of a WGS-84 geometry with every vertex converted to GCJ-02."""
    return transform(geometry, _vectorised(to_gcj))


def geometry_to_wgs84_from_gcj(geometry: BaseGeometry) -> BaseGeometry:
    """Return a copy of a GCJ-02 geometry with every vertex converted to WGS-84."""
    return transform(geometry, _vectorised(to_wgs84_from_gcj))


def _vectorised(func):  # type: ignore[no-untyped-def]
    import numpy as np

    def apply(coords: np.ndarray) -> np.ndarray:
        return np.array([func(float(x), float(y)) for x, y in coords]).reshape(coords.shape)

    return apply
