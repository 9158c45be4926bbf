/*
 * Plan Atlas (规划一张图): the browser side of every project map.
 *
 * Served at /app/static/js/plan-atlas.js and loaded after Leaflet by each map
 * (geo/maps/setup.py, MapSetup.default_js). A map's own script only calls it,
 * with values encoded by geo.maps.setup.script_json:
 *
 *   planAtlas.setup(map, config)                 once per map: panes, legend, stacked points
 *   planAtlas.boundaryLayer(data, labels, style) district outlines and names (geo/maps/basemap.py)
 *   planAtlas.projectLayer(type, records, rail)  one overlay per project type (geo/maps/layers.py)
 *
 * Text from documents arrives only as JSON values: names are escaped here (esc),
 * popups, legend and district labels are HTML escaped in Python.
 */
(function (L) {
  "use strict";

  var KINDS = {P: "Point", L: "LineString", ML: "MultiLineString", Y: "Polygon", MY: "MultiPolygon", MP: "MultiPoint"};
  var GREY = "#555";
  // The configuration of the map set up last (one map per page) and its points by spot.
  var cfg = null, spots = {};

  function esc(v) {
    return String(v).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  function label(key) { return cfg.labels[key]; }

  function color(p) { return cfg.colors[p.type] || GREY; }

  // A project nobody has verified yet (issue 13) is drawn paler, never hidden.
  function pale(p, s) {
    if (p.review !== "pending") { return s; }
    s.opacity = (s.opacity === undefined ? 1 : s.opacity) * 0.45;
    if (s.fillOpacity !== undefined) { s.fillOpacity = s.fillOpacity * 0.4; }
    return s;
  }

  function isArea(f) { return f.geometry.type.indexOf("Polygon") >= 0; }

  function tipFor(p) {
    var rough = p.precision !== "site" && p.precision !== "town";
    return esc(p.name) + (rough ? " (≈)" : "");
  }

  function popupFor(p) {
    return p.popup || ("<div class='pa-popup'><b>" + esc(p.name) + "</b><br>" +
      esc(label("type." + p.type)) + " · " + esc(label("stage." + p.stage)) + " · " +
      esc(label("precision." + p.precision)) + "<br><i>" + esc(label("map.details_below")) + "</i></div>");
  }

  function stackPopup(shared) {
    // The list of the projects drawn at one spot; each entry opens that project's own popup.
    planAtlas.listed = shared;
    var rows = shared.map(function (m, i) {
      var q = m._paFeature.properties;
      return "<li><a href='#' data-pa-stack='" + i + "'>" + esc(q.name) + "</a> <span>" +
        esc(label("type." + q.type)) + " · " + esc(label("stage." + q.stage)) + "</span></li>";
    });
    var rough = shared.filter(function (m) {
      return cfg.approx.indexOf(m._paFeature.properties.precision) >= 0;
    }).length;
    return "<div class='pa-popup pa-stack'><b>" + esc(label("map.stack").replace("{n}", shared.length)) + "</b>" +
      (rough ? "<br><i>" + esc(label("map.stack_rough").replace("{k}", rough)) + "</i>" : "") +
      "<ol>" + rows.join("") + "</ol></div>";
  }

  function onPopupOpen(map, e) {
    var element = e.popup.getElement();
    Array.prototype.forEach.call(element.querySelectorAll("a[data-pa-stack]"), function (a) {
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
    var back = element.querySelector("a[data-pa-back]");
    if (back) {
      L.DomEvent.on(back, "click", function (ev) {
        L.DomEvent.preventDefault(ev);
        L.DomEvent.stopPropagation(ev);
        var first = planAtlas.listed[0];
        map.closePopup();
        if (first) { first.openPopup(); }
      });
    }
  }

  function addLegend(map, html) {
    var legend = L.control({position: "bottomleft"});
    legend.onAdd = function () {
      var div = L.DomUtil.create("div", "pa-legend");
      div.innerHTML = html;
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    legend.addTo(map);
  }

  function keepFrame(map) {
    // A map drawn while hidden (inside a closed expander, issue 14 item 3) has no size, so its
    // fitBounds falls back to zoom 0, the whole world. Remember the frame asked for and apply it
    // again once the map first gets a size, unless the person has moved the map since.
    var frame = null, moved = false, fit = map.fitBounds;
    map.fitBounds = function (bounds, options) {
      frame = [bounds, options];
      return fit.apply(map, arguments);
    };
    map.on("resize", function (e) {
      if (frame && !moved && (e.oldSize.x === 0 || e.oldSize.y === 0) && e.newSize.x > 0 && e.newSize.y > 0) {
        fit.apply(map, frame);
      }
    });
    map.on("dragstart zoomstart", function () { if (map.getSize().x > 0) { moved = moved || !!frame; } });
  }

  var planAtlas = window.planAtlas = {
    /** Prepare ``map``: marker images, background, panes, legend and the stacked-points popups. */
    setup: function (map, config) {
      cfg = config;
      spots = {};
      L.Icon.Default.imagePath = config.imagePath;
      map.getContainer().style.background = "#f3f1ec";
      map.attributionControl.setPrefix(config.attribution);
      // Points above lines: a station or a port on a railway or a river stays clickable.
      map.createPane("paPoints").style.zIndex = 450;
      // Areas (a 新区 drawn as its district) below lines, so a railway across one stays clickable.
      map.createPane("paAreas").style.zIndex = 350;
      map.on("popupopen", function (e) { onPopupOpen(map, e); });
      keepFrame(map);
      addLegend(map, config.legend);
    },

    /** Return GeoJSON of the compact project records of one type (geo.maps.layers.project_records). */
    decode: function (type, records) {
      return {type: "FeatureCollection", features: records.map(function (r) {
        return {type: "Feature", geometry: {type: KINDS[r[4]], coordinates: r[5]},
                properties: {id: r[0], name: r[1], type: type, stage: cfg.stages[r[2]],
                             precision: cfg.precisions[r[3]], popup: r[6],
                             review: r[7] ? "pending" : "confirmed", outside: !!r[8]}};
      })};
    },

    style: function (f) {
      var p = f.properties;
      if (isArea(f)) {
        // An area known only by its district(s): a faint, dotted district, under lines and points.
        return pale(p, {color: color(p), weight: 3, opacity: 0.8, dashArray: "2 6", fillColor: color(p), fillOpacity: 0.12});
      }
      // Projects outside the four focus areas are context: drawn faint and thinner (issue 14, item 8).
      var s = {color: color(p), weight: (p.type === "railway" ? 5 : 4) - (p.outside ? 2 : 0),
               opacity: p.outside ? 0.3 : (p.precision === "schematic" ? 0.75 : 0.95)};
      if (cfg.planned.indexOf(p.stage) >= 0) { s.dashArray = "10 7"; }
      return pale(p, s);
    },

    railOverlay: function (f) {
      var outside = f && f.properties.outside;
      return {color: "#ffffff", weight: outside ? 1 : 2, dashArray: "6 6", opacity: outside ? 0.5 : 0.9,
              interactive: false};
    },

    pointToLayer: function (f, latlng) {
      var p = f.properties, c = color(p);
      var rough = cfg.approx.indexOf(p.precision) >= 0;
      var marker = L.circleMarker(latlng, pale(p, {
        pane: "paPoints", radius: (rough ? 11 : 7) - (p.outside ? 2 : 0), color: c, weight: 2,
        opacity: p.outside ? 0.35 : 1,
        dashArray: rough ? "3 3" : (cfg.planned.indexOf(p.stage) >= 0 ? "4 3" : null),
        fillColor: c, fillOpacity: (rough ? 0.15 : (p.precision === "site" ? 0.9 : 0.6)) * (p.outside ? 0.4 : 1)
      }));
      // Points at one spot (the projects a plan names without a place sit at its district's
      // seat) hide each other: remember them, so a click can list them all.
      marker._paSpot = latlng.lat.toFixed(5) + "," + latlng.lng.toFixed(5);
      marker._paFeature = f;
      (spots[marker._paSpot] = spots[marker._paSpot] || []).push(marker);
      return marker;
    },

    onEachFeature: function (f, layer) {
      var p = f.properties;
      if (isArea(f)) { layer.options.pane = "paAreas"; }
      layer.bindTooltip(function (source) {
        var shared = planAtlas.sharing(source).length;
        return tipFor(p) + (shared > 1 ? " · " + esc(label("map.stack_tip").replace("{n}", shared)) : "");
      }, {sticky: true});
      layer.bindPopup(function (source) {
        var shared = planAtlas.sharing(source);
        if (shared.length < 2) { return popupFor(p); }
        if (planAtlas.direct === source) {
          planAtlas.direct = null;
          return "<a href='#' class='pa-back' data-pa-back='1'>‹ " +
            esc(label("map.stack_back").replace("{n}", shared.length)) + "</a>" + popupFor(p);
        }
        return stackPopup(shared);
      }, {maxWidth: 420, maxHeight: 360, autoPanPadding: [20, 20]});
      layer.on("click", function () { window.planAtlasLastClick = p.id; });
    },

    /** Return the markers at the spot of ``source`` still on the map (filters replace layers). */
    sharing: function (source) {
      var all = (source && source._paSpot && spots[source._paSpot]) || [];
      all = all.filter(function (m) { return m._map; });
      if (source && source._paSpot) { spots[source._paSpot] = all; }
      return all.length ? all : [source];
    },

    /** Return the overlay of one project type; railways get a white dashed centre line. */
    projectLayer: function (type, records, rail) {
      var data = planAtlas.decode(type, records);
      var parts = [L.geoJSON(data, {style: planAtlas.style, pointToLayer: planAtlas.pointToLayer,
                                    onEachFeature: planAtlas.onEachFeature})];
      if (rail) {
        parts.push(L.geoJSON(data, {style: planAtlas.railOverlay,
                                    filter: function (f) { return f.geometry.type !== "Point"; }}));
      }
      return L.featureGroup(parts);
    },

    /** Return non-interactive district outlines with their (HTML-escaped) names as labels. */
    boundaryLayer: function (data, labels, style) {
      var group = L.featureGroup();
      L.geoJSON(data, {style: function () { return style; }, interactive: false}).addTo(group);
      labels.forEach(function (l) {
        L.marker([l[0], l[1]], {interactive: false, keyboard: false, icon: L.divIcon({
          className: "pa-label-icon", iconSize: [80, 16], iconAnchor: [40, 8],
          html: "<div class='pa-label'>" + l[2] + "</div>"})}).addTo(group);
      });
      return group;
    },

    direct: null,
    listed: []
  };
})(window.L);
