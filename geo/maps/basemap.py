"""Map backgrounds: offline district boundaries with name labels, and online tile basemaps."""

from __future__ import annotations

import functools
import html
import json
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
from jinja2 import Template
from shapely.geometry import mapping

from geo.i18n import t
from geo.maps import compact
from geo.maps.setup import STATIC_URL, script_json, write_hashed
from geo.places import geometry_to_gcj
from geo.settings import ROOT

#: Where served background shapes are written (Streamlit serves them at ``/app/static/cache/shapes``); not in git.
SHAPES_DIR = ROOT / "static" / "cache" / "shapes"
SHAPES_URL = f"{STATIC_URL}/cache/shapes"


@functools.lru_cache(maxsize=64)
def _served_at(data_json: str, out: Path) -> str:
    target = write_hashed(out, "", ".json", data_json, digits=20)
    return script_json({"url": f"{SHAPES_URL}/{target.name}"})


def served(data_json: str, *, out: Path = SHAPES_DIR) -> str:
    """Return a reference to the shapes ``data_json``, written once as a file named by its digest.

    District outlines and rivers are a third of a map's script (110 KB at the overview) and
    the same for every view of an area: as a static file they are fetched once (compressed)
    instead of travelling in every rerun's message, a filter change included (issue 16).
    ``planAtlas.boundaryLayer`` and ``riverLayer`` fetch ``{"url": …}`` and draw the outlines under the projects.
    """
    ref = _served_at(data_json, out)
    if not (out / json.loads(ref)["url"].rsplit("/", 1)[-1]).is_file():  # the cache was emptied meanwhile
        _served_at.cache_clear()
        ref = _served_at(data_json, out)
    return ref

#: Starts fetching the served shapes of a map (``window.__paShapes``: URL → promise of the parsed
#: JSON), which ``withShapes`` of ``plan-atlas.js`` takes instead of fetching them itself.
_PREFETCH = (
    "(function(w){var p=w.__paShapes=w.__paShapes||{};%s.forEach(function(u){if(!p[u]){"
    "p[u]=fetch(u).then(function(r){if(!r.ok){throw new Error(r.status+' '+u);}return r.json();});"
    "p[u].catch(function(){});}});})(window);"
)


def served_urls(element: Any) -> list[str]:
    """Return the URLs of the served shapes (:func:`served`) that the layers under ``element`` fetch, in order."""
    urls: list[str] = []
    if isinstance(element, (BoundaryLayer, RiverLayer)) and element.data.startswith("{"):
        url = json.loads(element.data).get("url")
        if url:
            urls.append(url)
    for child in getattr(element, "_children", {}).values():
        urls += [u for u in served_urls(child) if u not in urls]
    return urls


def prefetch_link(urls: list[str]) -> str | None:
    """Return a script (a ``data:`` URL, no request) that starts fetching ``urls``, or None without any.

    The frame of a map loads its scripts one after another, and the map's script fetched its
    outlines and rivers only once it ran: they arrived while the canvas of a large map was
    drawing its projects and were drawn in a frame of their own after it, ~0.1–0.15 s later at
    10,000 projects (issue 16). Placed before the map's scripts, the shapes download while they
    do, and ``planAtlas`` draws them in the same frame as the projects. Each URL is JSON-encoded.
    """
    if not urls:
        return None
    return "data:text/javascript," + urllib.parse.quote(_PREFETCH % script_json(urls), safe="")


#: District outlines and labels are one call into ``plan-atlas.js`` (``static/js``).
_BOUNDARY_LAYER = Template(
    """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = planAtlas.boundaryLayer({{ this.data }}, {{ this.labels }}, {{ this.style }});
{{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
"""
)


class BoundaryLayer(folium.map.Layer):
    """District outlines with name labels, drawn from the project's own data (no tiles)."""

    _template = _BOUNDARY_LAYER

    def __init__(self, data_json: str, labels_json: str, *, name: str, style: dict[str, Any]) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "BoundaryLayer"
        self.data = data_json
        self.labels = labels_json
        self.style = script_json(style)


@dataclass(frozen=True)
class _Districts:
    """A set of districts for the boundary cache: equal and hashed by ``key`` only."""

    key: tuple[str, ...]
    frame: gpd.GeoDataFrame = field(compare=False)


#: Units per degree of outlines and rivers: 1e-4°, about 10 m, plenty for a background.
BACKGROUND_SCALE = 10_000


def compact_shapes(geoms: list[dict[str, Any]], props: list[Any] | None = None) -> dict[str, Any]:
    """Return GeoJSON geometries quantised to :data:`BACKGROUND_SCALE` (``planAtlas.shapes`` decodes it).

    ``{"o": origin, "k": scale, "g": [[kind, property, coordinates…], …]}`` (see :mod:`geo.maps.compact`).
    """
    start = compact.origin(geoms, BACKGROUND_SCALE)
    props = props or [0] * len(geoms)
    rows = [[compact.KINDS.index(g["type"]), prop, *compact.encode(g, start, BACKGROUND_SCALE)]
            for g, prop in zip(geoms, props)]
    return {"o": list(start), "k": BACKGROUND_SCALE, "g": rows}


@functools.lru_cache(maxsize=32)
def _boundary_json(districts: _Districts, simplify: float, gcj: bool) -> tuple[str, str]:
    """Return the encoded outlines and labels of ``districts``, computed once per set."""
    frame = districts.frame
    geoms = frame.geometry.simplify(simplify) if simplify else frame.geometry
    shapes = []
    labels = []
    for name_, geom in zip(frame["name"], geoms):
        if geom is None or geom.is_empty:
            continue
        if gcj:
            geom = geometry_to_gcj(geom)
        shapes.append(dict(mapping(geom)))
        pt = geom.representative_point()
        labels.append([round(pt.y, 4), round(pt.x, 4), html.escape(str(name_))])
    return script_json(compact_shapes(shapes)), script_json(labels)


def boundary_layer(
    districts: gpd.GeoDataFrame, *, name: str, style: dict[str, Any], simplify: float = 0.0, gcj: bool = False,
    serve: bool = False,
) -> BoundaryLayer:
    """Return a non-interactive layer of district outlines with name labels.

    Coordinates are quantised to 1e-4 degrees (about 10 m, :func:`compact_shapes`) and,
    with ``simplify``, simplified, which keeps the map small on the wire. The encoded layer is
    cached per set of districts, so a rerun does not redo it. With ``serve`` the outlines are a
    file the browser fetches (:func:`served`); the labels stay in the script.
    """
    key = tuple(districts["adcode"]) if "adcode" in districts else tuple(districts["name"])
    # The column selection is a new frame: the cache never holds the caller's.
    data, labels = _boundary_json(_Districts(key, districts[["name", "geometry"]]), simplify, gcj)
    return BoundaryLayer(served(data) if serve else data, labels, name=name, style=style)


#: Online basemaps: tile URL template, attribution and subdomains.
TILES: dict[str, tuple[str, str, str]] = {
    "osm": (
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "© OpenStreetMap contributors",
        "abc",
    ),
    "tianditu": (
        "https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
        "&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}"
        "&TILECOL={x}&tk={key}",
        "© 天地图 Tianditu",
        "01234567",
    ),
    "amap": (
        "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8"
        "&x={x}&y={y}&z={z}",
        "© 高德地图 AutoNavi",
        "1234",
    ),
}


def add_basemap(m: folium.Map, basemap: str, *, lang: str, tianditu_key: str = "") -> None:
    """Add an online tile layer for ``basemap`` (nothing for ``offline``)."""
    if basemap not in TILES or (basemap == "tianditu" and not tianditu_key):
        return
    url, attr, subdomains = TILES[basemap]
    folium.TileLayer(
        tiles=url.replace("{key}", tianditu_key), attr=attr, name=t(f"basemap.{basemap}", lang),
        subdomains=subdomains, max_zoom=18,
    ).add_to(m)


RIVER_WEIGHTS = {1: 2.6, 2: 1.8, 3: 1.2}


@dataclass(frozen=True)
class _Rivers:
    """The (cached, loaded-once) river lines, compared by identity for the cache below."""

    frame: gpd.GeoDataFrame = field(compare=False, hash=False)
    key: int = 0


@functools.lru_cache(maxsize=32)
def _river_json(rivers: _Rivers, bbox: tuple[float, float, float, float], gcj: bool) -> str:
    from shapely.geometry import box

    window = box(*bbox)
    shapes, weights = [], []
    for level, geom in zip(rivers.frame["level"], rivers.frame.geometry):
        if not geom.intersects(window):
            continue
        if gcj:
            geom = geometry_to_gcj(geom)
        shapes.append(dict(mapping(geom)))
        weights.append(RIVER_WEIGHTS.get(int(level), 1.0))
    return script_json(compact_shapes(shapes, weights))


_RIVER_LAYER = Template(
    """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = planAtlas.riverLayer({{ this.data }});
{{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
"""
)


class RiverLayer(folium.map.Layer):
    """Thin blue, non-interactive river lines; each shape's property is its line weight."""

    _template = _RIVER_LAYER

    def __init__(self, data_json: str, *, name: str) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "RiverLayer"
        self.data = data_json


def river_layer(
    rivers: gpd.GeoDataFrame, bbox: tuple[float, float, float, float], *, name: str, gcj: bool = False,
    serve: bool = False,
) -> RiverLayer:
    """Return the rivers crossing ``bbox`` (lon/lat) as a thin blue, non-interactive layer.

    With ``serve`` the lines are a file the browser fetches (:func:`served`).
    """
    rounded = tuple(round(v, 1) for v in bbox)
    data = _river_json(_Rivers(rivers, id(rivers)), rounded, gcj)
    return RiverLayer(served(data) if serve else data, name=name)
