"""Build the Leaflet map (folium) from projects and boundaries, with every asset served locally.

Only this module converts WGS-84 lon/lat to Leaflet's ``[lat, lon]``. All text
from documents is HTML-escaped here before it reaches the browser, and every
JSON blob embedded in a ``<script>`` is escaped so it cannot close the tag.
"""

from __future__ import annotations

import html
import json
from typing import Any, Iterable

import folium
import geopandas as gpd
from branca.element import MacroElement
from jinja2 import Template

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
  var colors = {{ this.colors }};
  var planned = {{ this.planned }}, approx = {{ this.approx }};
  window.planAtlas = {
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
      layer.bindTooltip(f.properties.tip, {sticky: true});
      layer.bindPopup(f.properties.popup, {maxWidth: 420, maxHeight: 360});
      layer.on("click", function () { window.planAtlasLastClick = f.properties.id; });
    }
  };
})();
{% endmacro %}
"""
)


class MapSetup(MacroElement):
    """Per-map setup: marker image path, offline background and the shared style functions."""

    _template = _SETUP

    def __init__(self) -> None:
        super().__init__()
        self._name = "PlanAtlasSetup"
        self.image_path = script_json(f"{LEAFLET_URL}/images/")
        self.colors = script_json(TYPE_COLORS)
        self.planned = script_json(sorted(PLANNED_STAGES))
        self.approx = script_json(sorted(APPROXIMATE))


_PROJECT_LAYER = Template(
    """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var data = {{ this.data }};
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
    """One overlay of projects (a FeatureCollection) styled by type, stage and precision."""

    _template = _PROJECT_LAYER

    def __init__(self, collection: dict[str, Any], *, name: str, rail: bool = False) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "ProjectLayer"
        self.data = script_json(collection)
        self.rail = rail
        self.count = len(collection["features"])


def popup_html(project: dict[str, Any], lang: str = "zh") -> str:
    """Return the escaped HTML popup of a project: attributes and every source sentence."""
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
        parts.append(
            "<blockquote class='pa-quote' style='margin:4px 0;padding-left:6px;"
            "border-left:3px solid #bbb'>"
            f"{e(m.get('quote') or '')}<br><small>— {e(title)} {e(date)}</small></blockquote>"
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


def project_features(projects: Iterable[dict[str, Any]], lang: str = "zh") -> dict[str, list[dict]]:
    """Return GeoJSON features of located projects, grouped by type."""
    by_type: dict[str, list[dict]] = {}
    for p in projects:
        if not p.get("geometry"):
            continue
        tip = p["name"] + ("（≈）" if p["precision"] in APPROXIMATE | {"schematic"} else "")
        by_type.setdefault(p["type"], []).append(
            {
                "type": "Feature",
                "geometry": p["geometry"],
                "properties": {
                    "id": p["id"],
                    "type": p["type"],
                    "stage": p["stage"],
                    "precision": p["precision"],
                    "tip": html.escape(tip),
                    "popup": popup_html(p, lang),
                },
            }
        )
    return by_type


def boundary_layer(districts: gpd.GeoDataFrame, *, name: str, style: dict[str, Any], labels: bool) -> folium.FeatureGroup:
    """Return a non-interactive layer of district outlines, optionally with name labels."""
    group = folium.FeatureGroup(name=name, control=True)
    frame = districts[["name", "geometry"]].copy()  # never mutate the caller's frame
    folium.GeoJson(
        frame.to_json(),
        style_function=lambda _f, s=style: s,
        interactive=False,
        smooth_factor=1.0,
    ).add_to(group)
    if labels:
        for _, row in frame.iterrows():
            pt = row.geometry.representative_point()
            folium.Marker(
                [pt.y, pt.x],
                icon=folium.DivIcon(
                    html=f"<div class='pa-label'>{html.escape(row['name'])}</div>",
                    icon_size=(80, 16),
                    icon_anchor=(40, 8),
                    class_name="pa-label-icon",
                ),
                interactive=False,
            ).add_to(group)
    return group


_LABEL_CSS = """
<style>
.pa-label{font:12px/16px 'Noto Sans CJK SC','Noto Sans SC','WenQuanYi Micro Hei',sans-serif;
 color:#444;text-align:center;white-space:nowrap;text-shadow:0 0 3px #fff,0 0 3px #fff;}
.pa-label-icon{background:none;border:none;}
</style>
"""


def build_map(
    projects: list[dict[str, Any]],
    *,
    focus: gpd.GeoDataFrame,
    context: gpd.GeoDataFrame | None = None,
    basemap: str = "offline",
    lang: str = "zh",
    height: int = 600,
) -> folium.Map:
    """Return a folium map of ``projects`` framed to the ``focus`` districts.

    Parameters
    ----------
    projects
        Rows of :func:`geo.store.load_projects` (already filtered).
    focus
        Districts to outline strongly and frame the view to.
    context
        Surrounding districts drawn faintly (neighbours, region).
    basemap
        ``offline`` (no tiles, zero network requests) or ``osm``.
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
    MapSetup().add_to(m)
    if basemap == "osm":
        folium.TileLayer("OpenStreetMap", name=t("basemap.osm", lang)).add_to(m)
    if context is not None and len(context):
        boundary_layer(
            context,
            name=t("layer.context", lang),
            style={"color": "#9a9a9a", "weight": 1, "fillColor": "#ffffff", "fillOpacity": 0.5},
            labels=True,
        ).add_to(m)
    boundary_layer(
        focus,
        name=t("layer.focus", lang),
        style={"color": "#c0392b", "weight": 2.5, "fillColor": "#fdf6e3", "fillOpacity": 0.6},
        labels=True,
    ).add_to(m)
    for type_, feats in project_features(projects, lang).items():
        ProjectLayer(
            {"type": "FeatureCollection", "features": feats},
            name=f"{t(f'type.{type_}', lang)} ({len(feats)})",
            rail=type_ == "railway",
        ).add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    m.fit_bounds([[miny, minx], [maxy, maxx]])
    return m
