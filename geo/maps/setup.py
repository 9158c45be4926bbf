"""Per-map setup shared by every map: local assets, project symbology, style script, legend and CSS.

The setup script defines the browser-side style functions the project layers
use (``window.planAtlas``), the legend and the fullscreen control. Every JSON
blob embedded in a ``<script>`` goes through :func:`script_json`, so it cannot
close the tag.
"""

from __future__ import annotations

import html
import json
from typing import Any

import folium
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

#: Stages and precisions in the order the compact project records index them.
STAGES: list[str] = ["proposed", "preliminary", "starting", "under_construction", "completed", "upgrade", "unspecified"]
PRECISIONS: list[str] = ["site", "town", "district", "city", "schematic", "unlocated"]


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


def round_coords(coords: Any, digits: int = 5) -> Any:
    """Return GeoJSON ``coordinates`` (nested lists) rounded to ``digits`` decimals."""
    if isinstance(coords, (int, float)):
        return round(coords, digits)
    return [round_coords(c, digits) for c in coords]


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
      if (f.geometry.type.indexOf("Polygon") >= 0) {
        // An area known only by its district(s): a faint, dotted district, under lines and points.
        return {color: colors[p.type] || "#555", weight: 3, opacity: 0.8, dashArray: "2 6",
                fillColor: colors[p.type] || "#555", fillOpacity: 0.12};
      }
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
      var marker = L.circleMarker(latlng, {
        pane: "paPoints", radius: rough ? 11 : 7, color: c, weight: rough ? 2 : 2,
        dashArray: rough ? "3 3" : (planned.indexOf(p.stage) >= 0 ? "4 3" : null),
        fillColor: c, fillOpacity: rough ? 0.15 : (p.precision === "site" ? 0.9 : 0.6)
      });
      // Points at one spot (the projects a plan names without a place sit at its district's
      // seat) hide each other: remember them, so a click can list them all.
      marker._paSpot = latlng.lat.toFixed(5) + "," + latlng.lng.toFixed(5);
      marker._paFeature = f;
      (spots[marker._paSpot] = spots[marker._paSpot] || []).push(marker);
      return marker;
    },
    onEachFeature: function (f, layer) {
      var p = f.properties;
      if (f.geometry.type.indexOf("Polygon") >= 0) { layer.options.pane = "paAreas"; }
      layer.bindTooltip(function (source) {
        var shared = planAtlas.sharing(source).length;
        return tipFor(p) + (shared > 1 ? " · " + esc(labels["map.stack_tip"].replace("{n}", shared)) : "");
      }, {sticky: true});
      layer.bindPopup(function (source) {
        var shared = planAtlas.sharing(source);
        if (shared.length < 2) { return popupFor(p); }
        if (planAtlas.direct === source) {
          planAtlas.direct = null;
          return "<a href='#' class='pa-back' data-pa-back='1'>‹ " +
            esc(labels["map.stack_back"].replace("{n}", shared.length)) + "</a>" + popupFor(p);
        }
        planAtlas.listed = shared;
        var rows = shared.map(function (m, i) {
          var q = m._paFeature.properties;
          return "<li><a href='#' data-pa-stack='" + i + "'>" + esc(q.name) + "</a> <span>" +
            esc(labels["type." + q.type]) + " · " + esc(labels["stage." + q.stage]) + "</span></li>";
        });
        var rough = shared.filter(function (m) {
          return approx.indexOf(m._paFeature.properties.precision) >= 0;
        }).length;
        return "<div class='pa-popup pa-stack'><b>" +
          esc(labels["map.stack"].replace("{n}", shared.length)) + "</b>" +
          (rough ? "<br><i>" + esc(labels["map.stack_rough"].replace("{k}", rough)) + "</i>" : "") +
          "<ol>" + rows.join("") + "</ol></div>";
      }, {maxWidth: 420, maxHeight: 360, autoPanPadding: [20, 20]});
      layer.on("click", function () { window.planAtlasLastClick = p.id; });
    },
    sharing: function (source) {
      // The markers at the spot of ``source`` still on the map (filters replace layers).
      var all = (source && source._paSpot && spots[source._paSpot]) || [];
      all = all.filter(function (m) { return m._map; });
      if (source && source._paSpot) { spots[source._paSpot] = all; }
      return all.length ? all : [source];
    },
    direct: null, listed: []
  };
  var spots = {};
  // Points above lines: a station or a port on a railway or a river stays clickable.
  map.createPane("paPoints").style.zIndex = 450;
  // Areas (a 新区 drawn as its district) below lines, so a railway across one stays clickable.
  map.createPane("paAreas").style.zIndex = 350;
  function tipFor(p) {
    var rough = p.precision !== "site" && p.precision !== "town";
    return esc(p.name) + (rough ? " (≈)" : "");
  }
  function popupFor(p) {
    return p.popup || ("<div class='pa-popup'><b>" + esc(p.name) + "</b><br>" +
      esc(labels["type." + p.type]) + " · " + esc(labels["stage." + p.stage]) + " · " +
      esc(labels["precision." + p.precision]) + "<br><i>" + esc(labels["map.details_below"]) + "</i></div>");
  }
  map.on("popupopen", function (e) {
    var links = e.popup.getElement().querySelectorAll("a[data-pa-stack]");
    Array.prototype.forEach.call(links, function (a) {
      L.DomEvent.on(a, "click", function (ev) {
        L.DomEvent.preventDefault(ev);
        L.DomEvent.stopPropagation(ev);
        var marker = planAtlas.listed[+a.getAttribute("data-pa-stack")];
        if (!marker) { return; }
        window.planAtlasLastClick = marker._paFeature.properties.id;
        planAtlas.direct = marker;
        map.closePopup();
        marker.openPopup();
      });
    });
    var back = e.popup.getElement().querySelector("a[data-pa-back]");
    if (back) {
      L.DomEvent.on(back, "click", function (ev) {
        L.DomEvent.preventDefault(ev);
        L.DomEvent.stopPropagation(ev);
        var first = planAtlas.listed[0];
        map.closePopup();
        if (first) { first.openPopup(); }
      });
    }
  });
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
                                     *(f"precision.{x}" for x in PRECISIONS), "map.details_below", "map.stack",
                                     "map.stack_rough", "map.stack_tip", "map.stack_back"]}
        )
        self.image_path = script_json(f"{LEAFLET_URL}/images/")
        self.colors = script_json(TYPE_COLORS)
        self.planned = script_json(sorted(PLANNED_STAGES))
        self.approx = script_json(sorted(APPROXIMATE))


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
    rows.append(f"<div><svg width='28' height='14'><rect x='2' y='2' width='24' height='10' fill='#555' fill-opacity='.12' stroke='#555' stroke-dasharray='2 3'/></svg>{e(t('legend.area', lang))}</div>")
    rows.append("</details>")
    return "".join(rows)


#: Styles of the legend, the fullscreen button and the district labels.
MAP_CSS = """
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
.pa-stack ol{margin:6px 0 0;padding-left:2.4em}
.pa-stack li{margin:2px 0}
.pa-back{display:block;margin-bottom:4px;font-size:13px}
.pa-stack li span{color:#666;font-size:12px}
path.leaflet-interactive:focus{outline:none}
</style>
"""
