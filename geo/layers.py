"""Build the Leaflet map (folium) from projects and boundaries, with every asset served locally.

Only this module converts WGS-84 lon/lat to Leaflet's ``[lat, lon]``. All text
from documents is HTML-escaped here before it reaches the browser, and every
JSON blob embedded in a ``<script>`` is escaped so it cannot close the tag.
"""

from __future__ import annotations

import functools
import html
import json
from dataclasses import dataclass
from urllib.parse import urlencode
from typing import Any, Iterable

import folium
import geopandas as gpd
from branca.element import MacroElement
from jinja2 import Template

from shapely.geometry import mapping, shape

from geo.coords import geometry_to_gcj
from geo.i18n import t

#: URL under which Streamlit serves the project's ``static/`` folder.
STATIC_URL = "/app/static"
LEAFLET_URL = f"{STATIC_URL}/vendor/leaflet"
CLUSTER_URL = f"{STATIC_URL}/vendor/leaflet_markercluster"

#: Colour of each project type (also used by the legend and exports).
TYPE_COLORS: dict[str, str] = {
    "railway": "#2b2b2b",
    "rail_station": "#6a3d9a",
    "highway": "#e4572e",
    "waterway": "#1f78b4",
    "port": "#0b4f8a",
    "airport": "#8c510a",
    "industrial_park": "#7b3294",
    "logistics_hub": "#b8860b",
    "energy": "#d4a017",
    "water": "#17becf",
    "other_facility": "#4d9221",
}

#: Stages drawn dashed (not yet started).
PLANNED_STAGES = frozenset({"proposed", "preliminary", "unspecified"})

#: Precisions drawn as approximate (hollow, dashed ring).
APPROXIMATE = frozenset({"district", "city"})


def configure_folium() -> None:
    """Point folium at the Leaflet files served by the app instead of CDNs.

    Only Leaflet itself is loaded: jQuery, Bootstrap and Font Awesome are not
    needed by anything this app draws (see GEODATA.md on streamlit-folium
    stopping at the first unreachable script).
    """
    folium.Map.default_js = [("leaflet", f"{LEAFLET_URL}/leaflet.js")]
    folium.Map.default_css = [("leaflet_css", f"{LEAFLET_URL}/leaflet.css")]


def script_json(value: Any) -> str:
    """Return ``value`` as JSON that is safe inside an HTML ``<script>`` element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_SETUP = Template(
    """
{% macro script(this, kwargs) %}
(function () {
  L.Icon.Default.imagePath = {{ this.image_path }};
  var map = {{ this._parent.get_name() }};
  map.getContainer().style.background = "#f3f1ec";
  map.attributionControl.setPrefix({{ this.attribution }});
  var colors = {{ this.colors }};
  var planned = {{ this.planned }}, approx = {{ this.approx }};
  var stages = {{ this.stages }}, precisions = {{ this.precisions }}, labels = {{ this.labels }};
  function esc(v) {
    return String(v).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }
  var kinds = {P: "Point", L: "LineString", ML: "MultiLineString", Y: "Polygon", MY: "MultiPolygon", MP: "MultiPoint"};
  window.planAtlas = {
    decode: function (type, records) {
      return {type: "FeatureCollection", features: records.map(function (r) {
        return {type: "Feature", geometry: {type: kinds[r[4]], coordinates: r[5]},
                properties: {id: r[0], name: r[1], type: type, stage: stages[r[2]],
                             precision: precisions[r[3]], popup: r[6]}};
      })};
    },
    style: function (f) {
      var p = f.properties, dashed = planned.indexOf(p.stage) >= 0;
      var s = {color: colors[p.type] || "#555", weight: p.type === "railway" ? 5 : 4,
               opacity: p.precision === "schematic" ? 0.75 : 0.95};
      if (dashed) { s.dashArray = "10 7"; }
      return s;
    },
    railOverlay: function (f) {
      return {color: "#ffffff", weight: 2, dashArray: "6 6", opacity: 0.9, interactive: false};
    },
    pointToLayer: function (f, latlng) {
      var p = f.properties, c = colors[p.type] || "#555";
      var rough = approx.indexOf(p.precision) >= 0;
      return L.circleMarker(latlng, {
        radius: rough ? 11 : 7, color: c, weight: rough ? 2 : 2,
        dashArray: rough ? "3 3" : (planned.indexOf(p.stage) >= 0 ? "4 3" : null),
        fillColor: c, fillOpacity: rough ? 0.15 : (p.precision === "site" ? 0.9 : 0.6)
      });
    },
    onEachFeature: function (f, layer) {
      var p = f.properties, rough = p.precision !== "site" && p.precision !== "town";
      layer.bindTooltip(esc(p.name) + (rough ? " (≈)" : ""), {sticky: true});
      var html = p.popup || ("<div class='pa-popup'><b>" + esc(p.name) + "</b><br>" +
        esc(labels["type." + p.type]) + " · " + esc(labels["stage." + p.stage]) + " · " +
        esc(labels["precision." + p.precision]) + "<br><i>" + esc(labels["map.details_below"]) + "</i></div>");
      layer.bindPopup(html, {maxWidth: 420, maxHeight: 360, autoPanPadding: [20, 20]});
      layer.on("click", function () { window.planAtlasLastClick = p.id; });
    }
  };
  var legend = L.control({position: "bottomleft"});
  legend.onAdd = function () {
    var div = L.DomUtil.create("div", "pa-legend");
    div.innerHTML = {{ this.legend }};
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    return div;
  };
  legend.addTo(map);
  var full = L.control({position: "topleft"});
  full.onAdd = function () {
    var a = L.DomUtil.create("a", "pa-fullscreen leaflet-bar");
    a.href = "#"; a.title = {{ this.fullscreen_title }}; a.setAttribute("role", "button");
    a.innerHTML = '<svg width="16" height="16" viewBox="0 0 16 16" style="vertical-align:middle">' +
      '<path d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5" fill="none" stroke="#333" stroke-width="2"/></svg>';
    L.DomEvent.on(a, "click", function (e) {
      L.DomEvent.preventDefault(e);
      var c = map.getContainer();
      if (document.fullscreenElement) { document.exitFullscreen(); }
      else if (c.requestFullscreen) { c.requestFullscreen(); }
      setTimeout(function () { map.invalidateSize(); }, 300);
    });
    return a;
  };
  full.addTo(map);
})();
{% endmacro %}
"""
)


class MapSetup(MacroElement):
    """Per-map setup: marker image path, offline background and the shared style functions."""

    _template = _SETUP

    def __init__(self, lang: str = "zh", *, legend_open: bool = True) -> None:
        super().__init__()
        self._name = "PlanAtlasSetup"
        self.legend = script_json(legend_html(lang, open_=legend_open))
        self.fullscreen_title = script_json(t("map.fullscreen", lang))
        self.attribution = script_json(html.escape(t("map.attribution", lang)))
        self.stages = script_json(STAGES)
        self.precisions = script_json(PRECISIONS)
        self.labels = script_json(
            {k: t(k, lang) for k in [*(f"type.{x}" for x in TYPE_COLORS), *(f"stage.{x}" for x in STAGES),
                                     *(f"precision.{x}" for x in PRECISIONS), "map.details_below"]}
        )
        self.image_path = script_json(f"{LEAFLET_URL}/images/")
        self.colors = script_json(TYPE_COLORS)
        self.planned = script_json(sorted(PLANNED_STAGES))
        self.approx = script_json(sorted(APPROXIMATE))


_PROJECT_LAYER = Template(
    """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var data = planAtlas.decode({{ this.type_json }}, {{ this.data }});
  var base = L.geoJSON(data, {style: planAtlas.style, pointToLayer: planAtlas.pointToLayer,
                              onEachFeature: planAtlas.onEachFeature});
  var parts = [base];
  {% if this.rail %}
  parts.push(L.geoJSON(data, {style: planAtlas.railOverlay,
                              filter: function (f) { return f.geometry.type !== "Point"; }}));
  {% endif %}
  return L.featureGroup(parts);
})();
{% if this.show %}{{ this.get_name() }}.addTo({{ this._parent.get_name() }});{% endif %}
{% endmacro %}
"""
)


class ProjectLayer(folium.map.Layer):
    """One overlay of projects of one type, styled by stage and precision.

    Projects travel as compact records (see :func:`project_records`) that the
    browser decodes into GeoJSON, which keeps a large map small on the wire.
    """

    _template = _PROJECT_LAYER

    def __init__(self, type_: str, records: list[list[Any]], *, name: str) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "ProjectLayer"
        self.type_json = script_json(type_)
        self.data = script_json(records)
        self.rail = type_ == "railway"
        self.count = len(records)


def popup_html(project: dict[str, Any], lang: str = "zh", *, reader_link: bool = True) -> str:
    """Return the escaped HTML popup of a project: attributes and every source sentence.

    Each sentence names its document and date and, with ``reader_link``, links
    to the document reader at that mention.
    """
    e = html.escape
    rows = [
        (t("type", lang), t(f"type.{project['type']}", lang)),
        (t("stage", lang), t(f"stage.{project['stage']}", lang)),
        (t("target_year", lang), project.get("target_year") or "—"),
        (t("places", lang), "、".join(project.get("places") or []) or "—"),
        (t("lead_unit", lang), _lead_units(project) or "—"),
        (t("precision", lang), t(f"precision.{project['precision']}", lang)),
    ]
    parts = [f"<div class='pa-popup'><b style='font-size:15px'>{e(project['name'])}</b>"]
    if project.get("aliases"):
        parts.append(f"<div style='color:#666'>{e(' / '.join(project['aliases']))}</div>")
    parts.append("<table style='margin:4px 0'>")
    parts += [f"<tr><th style='text-align:left;padding-right:8px'>{e(str(k))}</th><td>{e(str(v))}</td></tr>" for k, v in rows]
    parts.append("</table>")
    for m in project.get("mentions", []):
        title = m.get("doc_title") or m.get("doc") or ""
        date = m.get("doc_date") or ""
        source = f"{e(title)} {e(date)}"
        if reader_link and m.get("doc"):
            href = "/documents?" + urlencode({"reader": m["doc"], "at": m.get("start", 0)})
            source = f"<a href='{e(href, quote=True)}' target='_top'>{source}</a>"
        parts.append(
            "<blockquote class='pa-quote' style='margin:4px 0;padding-left:6px;"
            "border-left:3px solid #bbb'>"
            f"{e(m.get('quote') or '')}<br><small>— {source}</small></blockquote>"
        )
    parts.append("</div>")
    return "".join(parts)


def _lead_units(project: dict[str, Any]) -> str:
    units: list[str] = []
    for m in project.get("mentions", []):
        u = m.get("lead_unit")
        if u and u not in units:
            units.append(u)
    return "；".join(units)


#: Above this many drawn projects, popups are built in the browser from the
#: compact record and the source sentences are shown below the map on click.
POPUP_LIMIT = 2000

STAGES: list[str] = ["proposed", "preliminary", "starting", "under_construction", "completed", "upgrade", "unspecified"]
PRECISIONS: list[str] = ["site", "town", "district", "city", "schematic", "unlocated"]
_KINDS = {"Point": "P", "LineString": "L", "MultiLineString": "ML", "Polygon": "Y", "MultiPolygon": "MY", "MultiPoint": "MP"}


def _round(coords: Any, digits: int = 5) -> Any:
    if isinstance(coords, (int, float)):
        return round(coords, digits)
    return [_round(c, digits) for c in coords]


def project_records(
    projects: Iterable[dict[str, Any]], lang: str = "zh", *, popups: bool | None = None
) -> dict[str, list[list[Any]]]:
    """Return located projects as compact records grouped by type.

    Each record is ``[id, name, stage index, precision index, geometry kind,
    coordinates (lon/lat, 1 m), popup HTML or 0]``. Popups (escaped HTML with
    every source sentence) are embedded when ``popups`` is true, or by default
    when at most :data:`POPUP_LIMIT` projects are drawn.
    """
    located = [p for p in projects if p.get("geometry")]
    if popups is None:
        popups = len(located) <= POPUP_LIMIT
    by_type: dict[str, list[list[Any]]] = {}
    for p in located:
        g = p["geometry"]
        by_type.setdefault(p["type"], []).append(
            [
                p["id"],
                p["name"],
                STAGES.index(p["stage"]) if p["stage"] in STAGES else len(STAGES) - 1,
                PRECISIONS.index(p["precision"]) if p["precision"] in PRECISIONS else 0,
                _KINDS[g["type"]],
                _round(g["coordinates"]),
                popup_html(p, lang) if popups else 0,
            ]
        )
    return by_type


_BOUNDARY_LAYER = Template(
    """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var group = L.featureGroup();
  L.geoJSON({{ this.data }}, {style: function () { return {{ this.style }}; }, interactive: false}).addTo(group);
  {{ this.labels }}.forEach(function (l) {
    L.marker([l[0], l[1]], {interactive: false, keyboard: false, icon: L.divIcon({
      className: "pa-label-icon", iconSize: [80, 16], iconAnchor: [40, 8],
      html: "<div class='pa-label'>" + l[2] + "</div>"})}).addTo(group);
  });
  return group;
})();
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


@functools.lru_cache(maxsize=32)
def _boundary_json(key: tuple[str, ...], simplify: float, gcj: bool, frame_id: int) -> tuple[str, str]:
    frame = _FRAMES[frame_id]
    geoms = frame.geometry.simplify(simplify) if simplify else frame.geometry
    features = []
    labels = []
    for name_, geom in zip(frame["name"], geoms):
        if geom is None or geom.is_empty:
            continue
        if gcj:
            geom = geometry_to_gcj(geom)
        features.append({"type": "Feature", "properties": {},
                         "geometry": {"type": geom.geom_type, "coordinates": _round(mapping(geom)["coordinates"], 4)}})
        pt = geom.representative_point()
        labels.append([round(pt.y, 4), round(pt.x, 4), html.escape(str(name_))])
    return script_json({"type": "FeatureCollection", "features": features}), script_json(labels)


_FRAMES: dict[int, gpd.GeoDataFrame] = {}


def boundary_layer(
    districts: gpd.GeoDataFrame, *, name: str, style: dict[str, Any], simplify: float = 0.0, gcj: bool = False
) -> BoundaryLayer:
    """Return a non-interactive layer of district outlines with name labels.

    Coordinates are rounded to 1e-4 degrees (about 10 m) and, with ``simplify``,
    simplified, which keeps the map small on the wire. The encoded layer is
    cached per set of districts, so a rerun does not redo it.
    """
    key = tuple(districts["adcode"]) if "adcode" in districts else tuple(districts["name"])
    frame_id = hash((key, simplify))
    _FRAMES.setdefault(frame_id, districts[["name", "geometry"]].copy())
    data, labels = _boundary_json(key, simplify, gcj, frame_id)
    return BoundaryLayer(data, labels, name=name, style=style)


def legend_html(lang: str = "zh", *, open_: bool = True) -> str:
    """Return the map legend (types, stages, precision) as escaped HTML, collapsible."""
    e = html.escape
    rows = [f"<details{' open' if open_ else ''}><summary class='pa-legend-title'>{e(t('legend', lang))}</summary>"]
    for type_, color in TYPE_COLORS.items():
        rows.append(
            f"<div><i style='background:{color}'></i>{e(t(f'type.{type_}', lang))}</div>"
        )
    rows.append(f"<div class='pa-legend-title'>{e(t('stage', lang))}</div>")
    rows.append(f"<div><svg width='28' height='8'><line x1='0' y1='4' x2='28' y2='4' stroke='#555' stroke-width='3'/></svg>{e(t('legend.built', lang))}</div>")
    rows.append(f"<div><svg width='28' height='8'><line x1='0' y1='4' x2='28' y2='4' stroke='#555' stroke-width='3' stroke-dasharray='6 4'/></svg>{e(t('legend.planned', lang))}</div>")
    rows.append(f"<div class='pa-legend-title'>{e(t('precision', lang))}</div>")
    rows.append(f"<div><svg width='28' height='14'><circle cx='14' cy='7' r='5' fill='#555' fill-opacity='.9' stroke='#555'/></svg>{e(t('legend.exact', lang))}</div>")
    rows.append(f"<div><svg width='28' height='14'><circle cx='14' cy='7' r='6' fill='#555' fill-opacity='.15' stroke='#555' stroke-dasharray='2 2'/></svg>{e(t('legend.approx', lang))}</div>")
    rows.append(f"<div><svg width='28' height='8'><line x1='0' y1='4' x2='28' y2='4' stroke='#555' stroke-opacity='.6' stroke-width='3'/></svg>{e(t('precision.schematic', lang))}</div>")
    rows.append("</details>")
    return "".join(rows)


_LABEL_CSS = """
<style>
.pa-legend{background:rgba(255,255,255,.92);padding:6px 8px;border-radius:4px;font:12px/18px
 'Noto Sans CJK SC','Noto Sans SC',sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);max-height:60vh;overflow:auto}
.pa-legend i{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:-2px;border-radius:2px}
.pa-legend svg{margin-right:6px;vertical-align:middle}
.pa-legend-title{font-weight:bold;margin-top:4px;cursor:pointer}
.pa-fullscreen{display:block;width:30px;height:30px;line-height:30px;text-align:center;font-size:18px;
 background:#fff;color:#333;text-decoration:none}
.pa-label{font:12px/16px 'Noto Sans CJK SC','Noto Sans SC','WenQuanYi Micro Hei',sans-serif;
 color:#444;text-align:center;white-space:nowrap;text-shadow:0 0 3px #fff,0 0 3px #fff;}
.pa-label-icon{background:none;border:none;}
</style>
"""


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


def _project_to_gcj(project: dict[str, Any]) -> dict[str, Any]:
    if not project.get("geometry"):
        return project
    return {**project, "geometry": mapping(geometry_to_gcj(shape(project["geometry"])))}


@dataclass
class MapParts:
    """A map split for in-place updates: the base (boundaries, legend, view) and the project layers.

    streamlit-folium keeps the base map mounted while only ``groups`` change
    (``feature_group_to_add``), so a filter change does not rebuild the iframe.
    """

    base: folium.Map
    groups: list[folium.FeatureGroup]
    control: folium.LayerControl


def build_map_parts(
    projects: list[dict[str, Any]],
    *,
    focus: gpd.GeoDataFrame,
    context: gpd.GeoDataFrame | None = None,
    basemap: str = "offline",
    lang: str = "zh",
    height: int = 600,
    tianditu_key: str = "",
    frame_to: list[dict[str, Any]] | None = None,
) -> MapParts:
    """Return the parts of a folium map of ``projects`` framed to the ``focus`` districts.

    Parameters
    ----------
    projects
        Rows of :func:`geo.store.load_projects` (already filtered).
    focus
        Districts to outline strongly and frame the view to.
    context
        Surrounding districts drawn faintly (neighbours, region).
    basemap
        ``offline`` (no tiles, zero network requests), ``osm``, ``tianditu``
        (needs ``tianditu_key``) or ``amap`` (高德, GCJ-02: data shifted for display).
    frame_to
        Projects to zoom to instead of the focus districts.
    """
    configure_folium()
    minx, miny, maxx, maxy = focus.total_bounds
    m = folium.Map(
        location=[(miny + maxy) / 2, (minx + maxx) / 2],
        tiles=None,
        control_scale=True,
        prefer_canvas=False,
        height=height,
    )
    m.get_root().header.add_child(folium.Element(_LABEL_CSS))
    MapSetup(lang, legend_open=height >= 500).add_to(m)  # small maps start with it folded
    add_basemap(m, basemap, lang=lang, tianditu_key=tianditu_key)
    if basemap == "amap":  # 高德 tiles are GCJ-02: shift what we draw, for display only
        projects = [_project_to_gcj(p) for p in projects]
    if context is not None and len(context):
        boundary_layer(
            context,
            name=t("layer.context", lang),
            style={"color": "#9a9a9a", "weight": 1, "fillColor": "#ffffff", "fillOpacity": 0.5},
            simplify=0.003,
            gcj=basemap == "amap",
        ).add_to(m)
    boundary_layer(
        focus,
        name=t("layer.focus", lang),
        style={"color": "#c0392b", "weight": 2.5, "fillColor": "#fdf6e3", "fillOpacity": 0.6},
        gcj=basemap == "amap",
    ).add_to(m)
    groups = []
    for type_, records in project_records(projects, lang).items():
        group = folium.FeatureGroup(name=f"{t(f'type.{type_}', lang)} ({len(records)})")
        ProjectLayer(type_, records, name=type_).add_to(group)
        groups.append(group)
    framed = [shape(p["geometry"]) for p in frame_to or [] if p.get("geometry")]
    if framed:  # zoom to given projects (the project page), with a margin
        minx, miny, maxx, maxy = gpd.GeoSeries(framed).total_bounds
        pad = max(0.05, 0.15 * max(maxx - minx, maxy - miny))
        minx, miny, maxx, maxy = minx - pad, miny - pad, maxx + pad, maxy + pad
    m.fit_bounds([[miny, minx], [maxy, maxx]])
    return MapParts(m, groups, folium.LayerControl(collapsed=True))


def build_map(projects: list[dict[str, Any]], **options: Any) -> folium.Map:
    """Return the whole folium map (base and project layers) — see :func:`build_map_parts`."""
    parts = build_map_parts(projects, **options)
    for group in parts.groups:
        group.add_to(parts.base)
    parts.control.add_to(parts.base)
    return parts.base
