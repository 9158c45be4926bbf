"""Closed forms on the WGS-84 ellipsoid: geodesic distance and UTM zone 48N, without pyproj.

:mod:`geo.places.metric` measured with pyproj, whose import and first transformer cost a
fresh ingest process ~0.1 s (issue 16). These are the textbook formulas PROJ itself
evaluates, and agree with it to well under a millimetre (``tests/places/test_metric.py`` compares):

* :func:`geodesic_m`: Vincenty's inverse formula (1975), iterated to 1e-12 rad (~0.006 mm);
  ``None`` where it does not converge (nearly antipodal points), for the caller to ask pyproj.
* :func:`utm48n`: the transverse Mercator of EPSG:32648 by Krüger's series to the sixth order
  in the third flattening (Karney 2011, eq. 35), as PROJ's default ``tmerc`` computes it.
"""

from __future__ import annotations

import functools
import math

import numpy as np

#: WGS-84 semi-major axis (m) and flattening.
_A = 6_378_137.0
_F = 1 / 298.257223563
_B = _A * (1 - _F)

#: UTM zone 48N: central meridian, scale on it, false easting.
_LON0 = math.radians(105.0)
_K0 = 0.9996
_FALSE_EASTING = 500_000.0

_N = _F / (2 - _F)  # third flattening
_E = math.sqrt(_F * (2 - _F))  # eccentricity
#: Rectifying radius times the central scale (Karney 2011, eq. 14).
_KA = _K0 * _A / (1 + _N) * (1 + _N**2 / 4 + _N**4 / 64 + _N**6 / 256)
#: Krüger's α₁…α₆ (Karney 2011, eq. 35).
_ALPHA = (
    _N / 2 - 2 * _N**2 / 3 + 5 * _N**3 / 16 + 41 * _N**4 / 180 - 127 * _N**5 / 288 + 7891 * _N**6 / 37800,
    13 * _N**2 / 48 - 3 * _N**3 / 5 + 557 * _N**4 / 1440 + 281 * _N**5 / 630 - 1983433 * _N**6 / 1935360,
    61 * _N**3 / 240 - 103 * _N**4 / 140 + 15061 * _N**5 / 26880 + 167603 * _N**6 / 181440,
    49561 * _N**4 / 161280 - 179 * _N**5 / 168 + 6601661 * _N**6 / 7257600,
    34729 * _N**5 / 80640 - 3418889 * _N**6 / 1995840,
    212378941 * _N**6 / 319334400,
)


def utm48n(coords: np.ndarray) -> np.ndarray:
    """Return WGS-84 ``(lon, lat)`` rows in degrees as UTM 48N ``(easting, northing)`` rows in metres.

    Parameters
    ----------
    coords
        An ``(n, 2)`` array, as :func:`shapely.transform` passes it.

    Returns
    -------
    numpy.ndarray
        An ``(n, 2)`` array of metres (EPSG:32648).
    """
    lam = np.radians(coords[:, 0]) - _LON0
    phi = np.radians(coords[:, 1])
    sin_phi = np.sin(phi)
    tau = np.sinh(np.arctanh(sin_phi) - _E * np.arctanh(_E * sin_phi))  # conformal latitude, as tan
    xi0 = np.arctan2(tau, np.cos(lam))
    eta0 = np.arcsinh(np.sin(lam) / np.hypot(tau, np.cos(lam)))
    xi, eta = xi0.copy(), eta0.copy()
    for j, alpha in enumerate(_ALPHA, start=1):
        xi += alpha * np.sin(2 * j * xi0) * np.cosh(2 * j * eta0)
        eta += alpha * np.cos(2 * j * xi0) * np.sinh(2 * j * eta0)
    return np.column_stack((_FALSE_EASTING + _KA * eta, _KA * xi))


#: Distances kept per pair of points: an ingest measures the same few places against each
#: other again and again (the 50 bench documents: 3,224 calls, 507 pairs; issue 16).
@functools.lru_cache(maxsize=1 << 16)
def geodesic_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float | None:
    """Return the geodesic distance in metres between two WGS-84 points (degrees), or ``None``.

    ``None`` when Vincenty's iteration does not converge (points nearly antipodal): the
    caller measures those otherwise.
    """
    if lon1 == lon2 and lat1 == lat2:
        return 0.0
    u1 = math.atan((1 - _F) * math.tan(math.radians(lat1)))
    u2 = math.atan((1 - _F) * math.tan(math.radians(lat2)))
    sin_u1, cos_u1, sin_u2, cos_u2 = math.sin(u1), math.cos(u1), math.sin(u2), math.cos(u2)
    big_l = math.radians(lon2 - lon1)
    lam = big_l
    for _ in range(200):
        sin_lam, cos_lam = math.sin(lam), math.cos(lam)
        sin_sigma = math.hypot(cos_u2 * sin_lam, cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_lam)
        if sin_sigma == 0:
            return 0.0
        cos_sigma = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cos_lam
        sigma = math.atan2(sin_sigma, cos_sigma)
        sin_alpha = cos_u1 * cos_u2 * sin_lam / sin_sigma
        cos2_alpha = 1 - sin_alpha**2
        cos_2sm = cos_sigma - 2 * sin_u1 * sin_u2 / cos2_alpha if cos2_alpha else 0.0
        c = _F / 16 * cos2_alpha * (4 + _F * (4 - 3 * cos2_alpha))
        previous = lam
        lam = big_l + (1 - c) * _F * sin_alpha * (
            sigma + c * sin_sigma * (cos_2sm + c * cos_sigma * (-1 + 2 * cos_2sm**2)))
        if abs(lam - previous) < 1e-12:
            break
    else:
        return None
    u_sq = cos2_alpha * (_A**2 - _B**2) / _B**2
    big_a = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
    big_b = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
    delta_sigma = big_b * sin_sigma * (cos_2sm + big_b / 4 * (
        cos_sigma * (-1 + 2 * cos_2sm**2) - big_b / 6 * cos_2sm * (-3 + 4 * sin_sigma**2) * (-3 + 4 * cos_2sm**2)))
    return _B * big_a * (sigma - delta_sigma)
