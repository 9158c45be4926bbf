/*
 * Plan Atlas (规划一张图): the browser side of every project map.
 *
 * Served at /app/static/js/plan-atlas.js and loaded after Leaflet by each map
 * (geo/maps/setup.py, MapSetup.default_js). A map's own script only calls it,
 * with values encoded by geo.maps.setup.script_json:
 *
 *   planAtlas.setup(map, config)                 once per map: panes, legend, stacked points
 *   planAtlas.boundaryLayer(data, labels, style) district outlines and names (geo/maps/basemap.py)
 *   planAtlas.riverLayer(data)                   rivers of the offline basemap (geo/maps/basemap.py)
 *   planAtlas.projectLayer(type, layer, rail, canvas)  one overlay per project type (geo/maps/layers.py)
 *
 * Geometry arrives quantised (geo/maps/compact.py); a project's name, places and
 * source sentences come from its popup data, fetched when a tooltip or popup
 * first needs it (issue 16). Text from documents arrives only as JSON values and
 * is put into the page as text (textContent) or escaped (esc); the legend and
 * district labels are HTML escaped in Python.
 */
(function (L) {
  "use strict";

  var KINDS = ["Point", "LineString", "MultiPoint", "MultiLineString", "Polygon", "MultiPolygon"];
  var DEPTH = {MultiLineString: 1, Polygon: 1, MultiPolygon: 2};
  var GREY = "#555";
  // The configuration of the map set up last (one map per page), its points by spot and the
  // popup shards fetched so far (by URL).
  var cfg = null, spots = {}, shards = {};
  // The background layers of the map whose shapes are fetched, in the order they were made.
  var background = [];

  function esc(v) {
    return String(v).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  function label(key) { return cfg.labels[key]; }

  /**
   * Call draw with the shapes of data (geo/maps/basemap.py): given inline, at once; served as a
   * file ({url}), when fetched (already done, as a rule, when the map's links prefetched it: then
   * before the first frame is drawn). A background that arrives after the projects goes under them
   * (the SVG renderer of a small map draws later paths on top).
   */
  function withShapes(data, draw) {
    if (!data.url) { draw(planAtlas.shapes(data)); return; }
    var slot = {layer: null};
    background.push(slot);  // the order of the calls is the order of drawing, whatever arrives first
    // Fetched since the frame opened, when the map's links started it (geo.maps.basemap.prefetch_link).
    var got = (window.__paShapes || {})[data.url] || fetch(data.url).then(function (r) {
      if (!r.ok) { throw new Error(r.status + " " + data.url); }
      return r.json();
    });
    got.then(function (d) {
      slot.layer = draw(planAtlas.shapes(d));
      for (var i = background.length - 1; i >= 0; i--) {
        if (background[i].layer) { background[i].layer.bringToBack(); }
      }
    }).catch(function (e) { console.error("plan-atlas: background not loaded", e); });
  }

  function color(p) { return cfg.colors[p.type] || GREY; }

  // A project nobody has verified yet (issue 13) is drawn paler, never hidden.
  function pale(p, s) {
    if (p.review !== "pending") { return s; }
    s.opacity = (s.opacity === undefined ? 1 : s.opacity) * 0.45;
    if (s.fillOpacity !== undefined) { s.fillOpacity = s.fillOpacity * 0.4; }
    return s;
  }

  function isArea(f) { return f.geometry.type.indexOf("Polygon") >= 0; }

  /** A point's style: a wide dotted ring when its place is approximate, dashes when planned. */
  function pointStyle(p) {
    var c = color(p), rough = cfg.approx.indexOf(p.precision) >= 0;
    return pale(p, {
      radius: (rough ? 11 : 7) - (p.outside ? 2 : 0), color: c, weight: 2, opacity: p.outside ? 0.35 : 1,
      dashArray: rough ? "3 3" : (cfg.planned.indexOf(p.stage) >= 0 ? "4 3" : null),
      fillColor: c, fillOpacity: (rough ? 0.15 : (p.precision === "site" ? 0.9 : 0.6)) * (p.outside ? 0.4 : 1)
    });
  }

  // Quantised coordinates (geo.maps.compact.encode): deltas from the origin, then from the vertex before.
  function flat(v, o, k, from) {
    var out = [], x = o[0], y = o[1];
    for (var i = from || 0; i < v.length; i += 2) {
      x += v[i]; y += v[i + 1];
      out.push([x / k, y / k]);
    }
    return out;
  }

  function nested(v, depth, o, k) {
    return depth === 0 ? flat(v, o, k) : v.map(function (c) { return nested(c, depth - 1, o, k); });
  }

  // A row [kind, ..., coordinates] from index ``at`` on: a flat kind's deltas, or one nested list.
  function geometry(kind, row, at, o, k) {
    var type = KINDS[kind];
    if (type === "Point") { return {type: type, coordinates: flat(row, o, k, at)[0]}; }
    if (DEPTH[type] === undefined) { return {type: type, coordinates: flat(row, o, k, at)}; }
    return {type: type, coordinates: nested(row[at], DEPTH[type], o, k)};
  }

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    Object.keys(attrs || {}).forEach(function (a) { e.setAttribute(a, attrs[a]); });
    return e;
  }

  function featureOf(layer) { return layer.feature || layer._paFeature; }

  /* The popup data of a project (geo.maps.compact.popup_entry), from the layer's inline data or
     its shard, fetched once; the returned promise also stores it on the feature (p.entry, p.docs). */
  function load(p) {
    if (p.entry) { return Promise.resolve(p); }
    var src = p.src, got;
    if (!src.u) {
      got = Promise.resolve(src);
    } else {
      var url = src.u + Math.floor(p.n / src.s) + ".json";
      got = shards[url] = shards[url] || fetch(url).then(function (r) {
        if (!r.ok) { throw new Error(r.status); }
        return r.json();
      }).catch(function (err) { delete shards[url]; throw err; });
    }
    return got.then(function (shard) {
      p.entry = shard.p[src.u ? p.n % src.s : p.n];
      p.docs = shard.d;
      p.name = p.entry[0];
      return p;
    });
  }

  function tipFor(p) {
    var rough = p.precision !== "site" && p.precision !== "town";
    return (p.name === undefined ? esc(label("type." + p.type)) + " …" : esc(p.name)) + (rough ? " (≈)" : "");
  }

  // A document's date beside its sentences (geo.i18n.document_date_text): the full date, else its
  // year and where that came from ("2020年（据文件名推断）"), else nothing.
  function docDate(doc) {
    if (doc[2]) { return doc[2]; }
    if (!doc[3]) { return ""; }
    return label("docdate.year_from").replace("{year}", doc[3]).replace("{source}", label("docdate.source." + doc[4]));
  }

  // One project's popup: attributes and every source sentence, as text (geo.maps.layers.popup_html).
  function fillPopup(box, p) {
    var e = p.entry, rows = [
      [label("type"), label("type." + p.type)],
      [label("stage"), label("stage." + p.stage) + (e[11] ? " · " + label("stage_basis.learned") : "")],
      [label("target_year"), e[2] || "—"]
    ];
    if (e[3]) { rows.push([label("start_year"), e[3]]); }
    if (e[4]) { rows.push([label("period"), e[4][0] + "–" + e[4][1]]); }
    rows.push([label("places"), e[5].join("、") || "—"], [label("lead_unit"), e[6].join("；") || "—"],
              [label("precision"), label("precision." + p.precision) + (e[7] ? label("popup.area") : "")],
              [label("filter.review"), label("review." + p.review)]);
    (e[9] || []).forEach(function (r) { rows.push([label("reg." + r[0]), r[1]]); });
    box.appendChild(el("b", e[0], {style: "font-size:15px"}));
    if (e[1].length) { box.appendChild(el("div", e[1].join(" / "), {style: "color:#666"})); }
    var table = el("table", null, {style: "margin:4px 0"});
    rows.forEach(function (r) {
      var tr = el("tr");
      tr.appendChild(el("th", r[0], {style: "text-align:left;padding-right:8px"}));
      tr.appendChild(el("td", r[1]));
      table.appendChild(tr);
    });
    box.appendChild(table);
    (e[10] || []).forEach(function (st) {  // the sentence stating an amount, as text
      box.appendChild(el("div", st[0].map(function (k) { return label("reg." + k + "_quote"); }).join("、") + "：" + st[1],
                         {"class": "pa-stated", style: "color:#555;font-size:12px"}));
    });
    e[8].forEach(function (m) {
      var doc = p.docs[m[1]], quote = el("blockquote", m[0], {
        "class": "pa-quote", style: "margin:4px 0;padding-left:6px;border-left:3px solid #bbb"});
      var small = el("small", "— "), source = (doc[1] + " " + docDate(doc)).trim();
      if (doc[0]) {  // the map iframe may not navigate its parent: the reader opens beside it
        small.appendChild(el("a", source, {href: "/documents?" + new URLSearchParams({reader: doc[0], at: m[2]}),
                                           target: "_blank", rel: "noopener"}));
      } else {
        small.appendChild(document.createTextNode(source));
      }
      quote.appendChild(el("br"));
      quote.appendChild(small);
      if (m[3]) {  // the stage the learned model gave this sentence: an inference, said so (issue 11)
        quote.appendChild(el("br"));
        quote.appendChild(el("small", label("stage." + m[3]) + " · " + label("stage_basis.learned"),
                             {"class": "pa-inferred", style: "color:#9a5b00"}));
      }
      box.appendChild(quote);
    });
  }

  function onLink(a, handler) {
    L.DomEvent.on(a, "click", function (ev) {
      L.DomEvent.preventDefault(ev);
      L.DomEvent.stopPropagation(ev);
      handler();
    });
  }

  /* A drawn project as the popups see it: its properties (p) and open(direct), which opens its own
     popup — direct: that project alone, not the list of the projects sharing its spot. Made from a
     Leaflet layer (layerItem, small maps) or by the scene of a large map (plan-atlas-scene.js). */
  function layerItem(m) {
    return {p: featureOf(m).properties, open: function (direct) {
      var map = m._map;
      planAtlas.direct = direct ? m : null;
      if (map) { map.closePopup(); }
      bind(m).openPopup();
    }};
  }

  // The list of the projects drawn at one spot; each entry opens that project's own popup.
  function fillStack(box, shared) {
    var rough = shared.filter(function (m) { return cfg.approx.indexOf(m.p.precision) >= 0; }).length;
    box.className = "pa-popup pa-stack";
    box.appendChild(el("b", label("map.stack").replace("{n}", shared.length)));
    if (rough) {
      box.appendChild(el("br"));
      box.appendChild(el("i", label("map.stack_rough").replace("{k}", rough)));
    }
    var list = el("ol");
    shared.forEach(function (m, i) {
      var q = m.p, li = el("li"), a = el("a", q.name, {href: "#", "data-pa-stack": i});
      onLink(a, function () { m.open(true); });
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", label("type." + q.type) + " · " + label("stage." + q.stage)));
      list.appendChild(li);
    });
    box.appendChild(list);
  }

  /* The popup of ``item``: the list of the projects of ``shared`` (those at its spot, itself
     included) when there are several and it was not opened from that list (``direct``), else its
     own attributes and sentences. Popup data not loaded yet is fetched; ``refresh`` is called once
     the box is filled, to let an open popup fit its new content. */
  function popupBox(item, shared, direct, refresh) {
    var box = el("div", null, {"class": "pa-popup"});
    var shown = shared.length > 1 && !direct ? shared : [item];
    var fill = function () {
      if (shown.length > 1) { fillStack(box, shared); return; }
      if (shared.length > 1) {  // opened from the list: a way back to it
        var back = el("a", "‹ " + label("map.stack_back").replace("{n}", shared.length),
                      {href: "#", "class": "pa-back", "data-pa-back": "1"});
        onLink(back, function () { shared[0].open(false); });
        box.appendChild(back);
      }
      fillPopup(box, item.p);
    };
    var props = shown.map(function (m) { return m.p; });
    if (props.every(function (p) { return p.entry; })) {
      fill();
    } else {
      box.appendChild(el("i", "…"));
      var shown_ = function (ok) {
        box.textContent = "";
        if (ok) { fill(); } else { box.appendChild(el("i", label("map.stale"))); }
        refresh();
      };
      // A shard of an older data version may be gone (geo.maps.compact._prune): say so, never hang.
      Promise.all(props.map(load)).then(function () { shown_(true); }, function () { shown_(false); });
    }
    return box;
  }

  function popupFor(source) {
    var direct = planAtlas.direct === source;
    if (direct) { planAtlas.direct = null; }
    return popupBox(layerItem(source), planAtlas.sharing(source).map(layerItem), direct, function () {
      var popup = source.getPopup();
      if (popup && popup.isOpen()) { popup.update(); }
    });
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
    // Leaflet's controls sit above every pane, so an open legend would cover a popup beside it:
    // a popup folds the legend away (its summary line stays; one click opens it again).
    map.on("popupopen", function () {
      var details = legend.getContainer().querySelector("details");
      if (details) { details.open = false; }
    });
  }

  function liftAboveAttribution(map) {
    // The attribution runs along the bottom edge and, on a narrow map, under the bottom-left corner
    // too: the legend there sits above it, however many lines it takes (a basemap's own credits
    // lengthen it when they are switched on).
    var corner = map.getContainer().querySelector(".leaflet-bottom.leaflet-left");
    var credits = map.attributionControl.getContainer();
    function lift() { corner.style.bottom = credits.offsetHeight + "px"; }
    map.on("resize layeradd layerremove baselayerchange", function () { setTimeout(lift, 0); });
    map.whenReady(lift);
    setTimeout(lift, 0);
  }

  function keepFrame(map) {
    // A map drawn while hidden (inside a closed expander, issue 14 item 3) has no size, so its
    // fitBounds falls back to zoom 0, the whole world. Remember the frame asked for and apply it
    // again once the map first gets a size, unless the person has moved the map since.
    // The first frame is set without a zoom animation: the project layers are added right after
    // it, and an animation's end would draw every one of them again (a quarter of a second at 10k).
    var frame = null, moved = false, fit = map.fitBounds;
    map.fitBounds = function (bounds, options) {
      frame = [bounds, frame ? options : L.extend({animate: false}, options)];
      return fit.apply(map, frame);
    };
    map.on("resize", function (e) {
      if (frame && !moved && (e.oldSize.x === 0 || e.oldSize.y === 0) && e.newSize.x > 0 && e.newSize.y > 0) {
        fit.apply(map, frame);
      }
    });
    map.on("dragstart zoomstart", function () { if (map.getSize().x > 0) { moved = moved || !!frame; } });
  }

  // The tooltip (name, or type while the name loads) and popup of one drawn project.
  function bind(layer) {
    if (layer.getPopup()) { return layer; }
    var p = featureOf(layer).properties;
    var tip = function (source) {
      var shared = planAtlas.sharing(source).length;
      return tipFor(p) + (shared > 1 ? " · " + esc(label("map.stack_tip").replace("{n}", shared)) : "");
    };
    layer.bindTooltip(tip, {sticky: true});
    layer.on("tooltipopen", function () {
      if (p.name !== undefined) { return; }
      load(p).then(function () { if (layer.isTooltipOpen()) { layer.setTooltipContent(tip); } },
                   function () { /* the popup says why (map.stale) */ });
    });
    layer.bindPopup(popupFor, {maxWidth: 420, maxHeight: 360, autoPanPadding: [20, 20]});
    return layer;
  }

  var planAtlas = window.planAtlas = {
    /** Prepare ``map``: marker images, background, panes, legend and the stacked-points popups. */
    setup: function (map, config) {
      cfg = config;
      spots = {};
      background = [];
      L.Icon.Default.imagePath = config.imagePath;
      map.getContainer().style.background = "#f3f1ec";
      map.attributionControl.setPrefix(config.attribution);
      // The scale bar stacked above the attribution in their corner (a bottom corner stacks upwards), not
      // in the other corner, where a narrow map (the review page's) drew the attribution over it; in
      // metres only, as an official reads a map.
      L.control.scale({position: "bottomright", imperial: false}).addTo(map);
      liftAboveAttribution(map);
      // Points above lines: a station or a port on a railway or a river stays clickable.
      map.createPane("paPoints").style.zIndex = 450;
      // Areas (a 新区 drawn as its district) below lines, so a railway across one stays clickable.
      map.createPane("paAreas").style.zIndex = 350;
      keepFrame(map);
      addLegend(map, config.legend);
    },

    /** Return the records of a packed layer (geo.maps.compact.pack): base64 zigzag varints, per record
        n (difference to the record before), code, for every kind but a point the count of the
        integers that follow, then the integers. */
    unpack: function (b64) {
      var s = atob(b64), i = 0, rows = [], n = 0, stride = cfg.stages.length * cfg.precisions.length * 4;
      function read() {
        var z = 0, scale = 1, c;
        do { c = s.charCodeAt(i++); z += (c & 127) * scale; scale *= 128; } while (c & 128);
        return z % 2 ? -(z + 1) / 2 : z / 2;
      }
      while (i < s.length) {
        n += read();
        var code = read(), count = code >= stride ? read() : 2, row = [n, code];
        for (var k = 0; k < count; k++) { row.push(read()); }
        rows.push(row);
      }
      return rows;
    },

    /** Return the symbology a record's code packs (geo.maps.compact.code): the properties of its
        project but its number and popup data, and its geometry kind (an index of KINDS). */
    symbology: function (type, c) {
      var ns = cfg.stages.length, np = cfg.precisions.length, rest = Math.floor(c / (ns * np));
      return {type: type, stage: cfg.stages[c % ns], precision: cfg.precisions[Math.floor(c / ns) % np],
              review: rest & 1 ? "pending" : "confirmed", outside: !!(rest & 2), kind: rest >> 2};
    },

    /** Return GeoJSON of one compact project layer (geo.maps.layers.project_layers). */
    decode: function (type, layer) {
      return {type: "FeatureCollection", features: layer.r.map(function (r) {
        var p = planAtlas.symbology(type, r[1]);
        var props = {n: r[0], type: type, stage: p.stage, precision: p.precision, review: p.review,
                     outside: p.outside, src: layer.src};
        return {type: "Feature", geometry: geometry(p.kind, r, 2, layer.o, 100000), properties: props};
      })};
    },

    /** Return GeoJSON of quantised background shapes (geo.maps.basemap.compact_shapes); ``p`` per shape. */
    shapes: function (data) {
      return {type: "FeatureCollection", features: data.g.map(function (row) {
        return {type: "Feature", properties: {p: row[1]}, geometry: geometry(row[0], row, 2, data.o, data.k)};
      })};
    },

    /** Resolve when the popup data (and so the name) of every given feature is loaded. */
    load: function (features) {
      return Promise.all(features.map(function (f) { return load(f.properties); }));
    },

    style: function (f) {
      var p = f.properties;
      // L.geoJSON restyles every layer it adds with this function, points too: a point keeps its own
      // style (an approximate point's dotted ring must not become a planned line's dashes).
      if (f.geometry && /Point$/.test(f.geometry.type)) { return pointStyle(p); }
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
      var p = f.properties;
      var marker = L.circleMarker(latlng, L.extend({pane: "paPoints"}, pointStyle(p)));
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
      bind(layer);
    },

    /** Return the markers at the spot of ``source`` still on the map (filters replace layers). */
    sharing: function (source) {
      var all = (source && source._paSpot && spots[source._paSpot]) || [];
      all = all.filter(function (m) { return m._map; });
      if (source && source._paSpot) { spots[source._paSpot] = all; }
      return all.length ? all : [source];
    },

    /** Return the overlay of one project type; railways get a white dashed centre line.
        ``canvas``: drawn by the map's scene, one canvas for every project of a large map
        (plan-atlas-scene.js, geo.maps.layers); by default when the layer alone has more than
        ``canvasOver`` projects. Otherwise one SVG path per project. */
    projectLayer: function (type, layer, rail, canvas) {
      if (layer.b !== undefined) { layer.r = planAtlas.unpack(layer.b); }
      if (canvas === undefined) { canvas = layer.r.length > cfg.canvasOver; }
      if (canvas) { return planAtlas.sceneLayer(type, layer, rail); }
      var data = planAtlas.decode(type, layer);
      var parts = [L.geoJSON(data, {style: planAtlas.style, pointToLayer: planAtlas.pointToLayer,
                                    onEachFeature: planAtlas.onEachFeature})];
      if (rail) {
        var lines = {type: "FeatureCollection", features: data.features.filter(function (f) {
          return f.geometry.type !== "Point"; })};
        parts.push(L.geoJSON(lines, {style: planAtlas.railOverlay}));
      }
      return L.featureGroup(parts);
    },

    /** Return the thin blue, non-interactive rivers; each shape's property is its weight. */
    riverLayer: function (data) {
      var group = L.featureGroup();
      withShapes(data, function (shapes) {
        return L.geoJSON(shapes, {interactive: false, className: "pa-background", style: function (f) {
          return {color: "#6fa8dc", weight: f.properties.p, opacity: 0.9};
        }}).addTo(group);
      });
      return group;
    },

    /** Return non-interactive district outlines with their (HTML-escaped) names as labels. */
    boundaryLayer: function (data, labels, style) {
      var group = L.featureGroup();
      withShapes(data, function (shapes) {
        return L.geoJSON(shapes, {style: function () { return style; }, interactive: false,
                                  className: "pa-background"}).addTo(group);
      });
      labels.forEach(function (l) {
        L.marker([l[0], l[1]], {interactive: false, keyboard: false, icon: L.divIcon({
          className: "pa-label-icon", iconSize: [80, 16], iconAnchor: [40, 8],
          html: "<div class='pa-label'>" + l[2] + "</div>"})}).addTo(group);
      });
      return group;
    },

    direct: null,
    listed: [],

    /** What the scene of a large map (plan-atlas-scene.js) shares with the layers of a small one. */
    parts: {pointStyle: pointStyle, load: load, tipFor: tipFor, popupBox: popupBox, label: label, esc: esc}
  };
})(window.L);
