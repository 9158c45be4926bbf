"""Map layers: folium/Leaflet maps of projects over the offline basemap, served locally.

Public interface: the map builders (``layers``: :func:`~geo.maps.layers.build_map`,
:func:`~geo.maps.layers.build_map_parts`), the project symbology shared with the
static map images (:data:`TYPE_COLORS`, :data:`PLANNED_STAGES`,
:data:`APPROXIMATE`) and the installer of the browser assets (``assets``).
"""

from geo.maps.setup import APPROXIMATE, PLANNED_STAGES, TYPE_COLORS

__all__ = ["APPROXIMATE", "PLANNED_STAGES", "TYPE_COLORS"]
