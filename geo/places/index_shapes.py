"""Shapes of the name index: unit polygons by adcode, the district a point lies in, the focus areas of a shape.

Where it sits: **places** (document → text → entities → places → database → map layers), inside the name index
(:class:`geo.places.index.PlaceIndex`, which it is mixed into). Polygons read from the kept index are decoded
when first asked for (issue 16).
"""

from __future__ import annotations

import shapely
from shapely import STRtree
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.prepared import PreparedGeometry


class ShapeIndex:
    """Unit polygons and focus-area shapes, mixed into :class:`geo.places.index.PlaceIndex`.

    It reads the polygons by adcode (``_geometry``, ``_wkb`` not decoded yet), the districts' shapes and
    their tree (``_district_shapes``, ``_district_codes``, ``_district_tree``) and the prepared focus-area
    shapes (``_areas``), built by the index.
    """

    _geometry: dict[str, BaseGeometry]
    _wkb: dict[str, bytes]
    _district_codes: list[str]
    _district_shapes: list[BaseGeometry | bytes | None]
    _district_tree: STRtree
    _areas: dict[str, PreparedGeometry]

    def district_at(self, point: Point) -> str | None:
        """Return the adcode of the district a point lies in, if any."""
        for i in self._district_tree.query(point):  # the boxes around it, in the tree's order
            if self._district_shape(int(i)).intersects(point):
                return self._district_codes[int(i)]
        return None

    def _district_shape(self, i: int) -> BaseGeometry:
        shape = self._district_shapes[i]
        if shape is None:
            return self.geometry(self._district_codes[i])  # type: ignore[return-value]
        if isinstance(shape, bytes):
            shape = self._district_shapes[i] = shapely.from_wkb(shape)
        return shape

    def geometry(self, adcode: str) -> BaseGeometry | None:
        """Return the polygon of a unit by adcode."""
        found = self._geometry.get(adcode)
        if found is None and adcode in self._wkb:
            found = self._geometry[adcode] = shapely.from_wkb(self._wkb.pop(adcode))
        return found

    def areas_of(self, geometry: BaseGeometry) -> list[str]:
        """Return the focus areas a geometry lies in or crosses, in display order.

        An area (a district drawn for a 新区 or a 流域) must overlap a focus area,
        not merely share a border with it.
        """
        if geometry.geom_type in ("Polygon", "MultiPolygon"):
            return [area for area, shape in self._areas.items()
                    if shape.intersects(geometry) and shape.context.intersection(geometry).area > 1e-4]
        return [area for area, shape in self._areas.items() if shape.intersects(geometry)]
