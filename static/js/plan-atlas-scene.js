/*
 * Plan Atlas: every project of a large map on one canvas (issue 16, item 2).
 *
 * Loaded after plan-atlas.js. ``planAtlas.sceneLayer(type, layer, rail)`` is the overlay of one
 * project type on a map of many projects (geo.maps.layers, CANVAS_OVER): instead of one Leaflet
 * layer per project (a circle marker or polyline each, some 11,000 objects at 10,000 projects, and
 * one canvas per pane whose points catch the clicks meant for the lines below), each type's
 * records are decoded once into flat arrays and registered with the map's scene: one L.Path on
 * one canvas, which draws areas, then lines (a railway's white centre line over it), then points
 * (each a copy of its style's circle, drawn once), and finds the project under the pointer itself
 * (points first, then lines, then areas). Its tooltip and popups are those of a small map's
 * layers (planAtlas.parts: the same texts, built as text, the same list of the projects sharing
 * a spot). The canvas says what it drew: data-pa-points, data-pa-lines, data-pa-areas and
 * data-pa-drawn (their sum) count the projects drawn in its last frame.
 */
(function (L, planAtlas) {
  "use strict";

  // Geometry kinds in the order the codes index them (geo.maps.compact.KINDS) and what each is drawn as.
  var POINTS = 0, LINES = 1, AREAS = 2;
  var CLASS = [POINTS, LINES, POINTS, LINES, AREAS, AREAS];
  var DEPTH = [0, 0, 0, 1, 1, 2];
  var SCALE = 100000;  // quantised units per degree (geo.maps.compact.SCALE)
  var parts = planAtlas.parts;

  /* The projects of one type, decoded once: per project its popup number, code and parts; per part
     its vertices, as pixels at zoom 0 (xy, multiplied by 2^zoom when drawn) and as lon/lat (ll). */
  function TypeData(type, layer, rail, crs) {
    this.type = type;
    this.rail = rail;
    this.src = layer.src;
    this.n = [];
    this.code = [];
    this.kinds = [];
    this.partOf = [];   // project i's parts: partOf[i] to partOf[i + 1]
    this.start = [];    // part j's vertices: start[j] to start[j + 1]
    this.byClass = [[], [], []];  // per class: [code, [projects…]] in the order first seen
    this.props = {};    // the properties of the projects asked for so far (popups, tooltips)
    this.styles = {};
    var xy = [], ll = [], groups = [{}, {}, {}], self = this, o = layer.o;

    function part(values, from, each) {
      var x = o[0], y = o[1];
      for (var k = from; k < values.length; k += 2) {
        if (each && k > from) { self.start.push(xy.length / 2); }
        x += values[k];
        y += values[k + 1];
        var lon = x / SCALE, lat = y / SCALE, p = crs.latLngToPoint(L.latLng(lat, lon), 0);
        xy.push(p.x, p.y);
        ll.push(lon, lat);
      }
    }
    function nested(v, depth) {
      if (depth === 0) { self.start.push(xy.length / 2); part(v, 0, false); return; }
      v.forEach(function (c) { nested(c, depth - 1); });
    }

    var kindOf = {};  // code → geometry kind
    layer.r.forEach(function (r, i) {
      var code = r[1], kind = kindOf[code], cls;
      if (kind === undefined) { kind = kindOf[code] = planAtlas.symbology(type, code).kind; }
      cls = CLASS[kind];
      self.n.push(r[0]);
      self.code.push(code);
      self.kinds.push(kind);
      self.partOf.push(self.start.length);
      if (DEPTH[kind]) {
        nested(r[2], DEPTH[kind]);
      } else {
        self.start.push(xy.length / 2);
        part(r, 2, kind === 2);  // a MultiPoint: each vertex a part of its own
      }
      var g = groups[cls][code];
      if (!g) { g = groups[cls][code] = [code, []]; self.byClass[cls].push(g); }
      g[1].push(i);
    });
    this.partOf.push(this.start.length);
    this.start.push(xy.length / 2);
    this.xy = new Float64Array(xy);
    this.ll = new Float64Array(ll);
  }

  /** The properties of project i, as planAtlas.decode gives them (popups load their data into it). */
  TypeData.prototype.p = function (i) {
    if (!this.props[i]) {
      var p = this.props[i] = planAtlas.symbology(this.type, this.code[i]);
      delete p.kind;
      p.n = this.n[i];
      p.src = this.src;
    }
    return this.props[i];
  };

  /** The style of the projects of ``code`` drawn as ``cls``: the small map's style functions' own. */
  TypeData.prototype.style = function (code, cls, overlay) {
    var key = code + (overlay ? "r" : ":" + cls);
    if (!this.styles[key]) {
      var p = planAtlas.symbology(this.type, code), f = {type: "Feature", properties: p, geometry: {type: cls === AREAS ? "Polygon" : "LineString"}};
      var s = overlay ? planAtlas.railOverlay(f) : cls === POINTS ? parts.pointStyle(p) : planAtlas.style(f);
      this.styles[key] = {
        fill: cls !== LINES && !overlay, fillColor: s.fillColor || s.color, fillOpacity: s.fillOpacity === undefined ? 0.2 : s.fillOpacity,
        color: s.color, weight: s.weight === undefined ? 3 : s.weight, opacity: s.opacity === undefined ? 1 : s.opacity,
        dash: s.dashArray ? String(s.dashArray).split(/[, ]+/).map(Number) : [],
        radius: Math.max(Math.round(s.radius || 10), 1)
      };
    }
    return this.styles[key];
  };

  /* The stroke of style s on ctx (Leaflet's canvas renderer's _fillStroke). Dashes end square, as
     in the legend: a round cap on each dash made dashed lines three times slower to rasterise. */
  function style(ctx, s) {
    ctx.setLineDash(s.dash);
    ctx.globalAlpha = s.opacity;
    ctx.lineWidth = s.weight;
    ctx.strokeStyle = s.color;
    ctx.lineCap = s.dash.length ? "butt" : "round";
    ctx.lineJoin = "round";
  }

  // Fill and stroke the current path of ctx in style s.
  function paint(ctx, s, rule) {
    if (s.fill) {
      ctx.globalAlpha = s.fillOpacity;
      ctx.fillStyle = s.fillColor;
      ctx.fill(rule);
    }
    if (s.weight) {
      style(ctx, s);
      ctx.stroke();
    }
  }

  /* A point of style s as a small canvas of its own, drawn once (as Leaflet draws a circle marker:
     the radius rounded, filled, then stroked) and copied to every point of that style; ``half``:
     from its corner to the centre, in CSS pixels (a retina screen gets twice the pixels). */
  function sprite(s) {
    if (!s.sprite) {
      var m = L.Browser.retina ? 2 : 1, h = Math.ceil(s.radius + s.weight / 2 + 1), c = document.createElement("canvas");
      c.width = c.height = 2 * h * m;
      var g = c.getContext("2d");
      g.scale(m, m);
      g.beginPath();
      g.arc(h, h, s.radius, 0, Math.PI * 2, false);
      paint(g, s, "evenodd");
      s.sprite = c;
      s.half = h;
    }
    return s.sprite;
  }

  // The squared distance from (px, py) to the segment (ax, ay)–(bx, by).
  function segmentDistance2(px, py, ax, ay, bx, by) {
    var dx = bx - ax, dy = by - ay, d = dx * dx + dy * dy, t = 0;
    if (d > 0) { t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / d)); }
    var x = ax + t * dx - px, y = ay + t * dy - py;
    return x * x + y * y;
  }

  var Scene = L.Path.extend({
    options: {interactive: true},

    initialize: function (renderer) {
      L.setOptions(this, {renderer: renderer});
      this._types = [];
      this._spots = null;
      this._hit = null;
      this.on("click", this._click, this);
      this.on("mousemove", this._move, this);
      this.bindTooltip(this._tip.bind(this), {sticky: true});
    },

    /** Draw the projects of ``data`` (a TypeData) too / no longer. */
    add: function (data) {
      this._types.push(data);
      this._changed();
    },
    remove: function (data) {
      this._types = this._types.filter(function (d) { return d !== data; });
      this._changed();
    },
    _changed: function () {
      this._spots = null;
      this._hit = null;
      var popup = this._popupOpen, types = this._types;
      if (this._map && popup && popup.isOpen() && types.indexOf(popup._paItem.d) < 0) {  // its project is no longer drawn
        this._map.closePopup(popup);
      }
      this.redraw();
    },

    _project: function () {},
    _update: function () { this._pxBounds = this._renderer._bounds; },

    // Pixels of zoom 0 to the renderer's layer points: x * 2^zoom - the map's pixel origin.
    _frame: function () {
      var map = this._map;
      return {s: map.getZoomScale(map.getZoom(), 0), o: map.getPixelOrigin()};
    },

    _updatePath: function () {
      var r = this._renderer, ctx = r._ctx;
      if (!r._drawing) { return; }
      var f = this._frame(), s = f.s, ox = f.o.x, oy = f.o.y, b = r._bounds, counts = [0, 0, 0];
      var x0 = b.min.x - 20, y0 = b.min.y - 20, x1 = b.max.x + 20, y1 = b.max.y + 20;
      var view = L.bounds([x0, y0], [x1, y1]);
      var types = this._types;
      ctx.save();

      // A line's vertices, each segment outside the view left out and one across its edge clipped
      // (a long line at a high zoom would be dashed for thousands of pixels nobody sees).
      function line(d, j) {
        var xy = d.xy, last = d.start[j + 1], pen = false, drawn = false;
        for (var v = d.start[j]; v < last - 1; v++) {
          var ax = xy[2 * v] * s - ox, ay = xy[2 * v + 1] * s - oy, bx = xy[2 * v + 2] * s - ox, by = xy[2 * v + 3] * s - oy;
          if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1) {
            pen = false;
            continue;
          }
          if (ax < x0 || ax > x1 || ay < y0 || ay > y1 || bx < x0 || bx > x1 || by < y0 || by > y1) {
            var c = L.LineUtil.clipSegment(L.point(ax, ay), L.point(bx, by), view);
            if (!c) { pen = false; continue; }
            ctx.moveTo(c[0].x, c[0].y);
            ctx.lineTo(c[1].x, c[1].y);
            pen = c[1].x === bx && c[1].y === by;
          } else {
            if (!pen) { ctx.moveTo(ax, ay); }
            ctx.lineTo(bx, by);
            pen = true;
          }
          drawn = true;
        }
        return drawn;
      }

      // Areas: each its own path (rings filled even-odd), under lines and points.
      types.forEach(function (d) {
        d.byClass[AREAS].forEach(function (g) {
          var st = d.style(g[0], AREAS);
          g[1].forEach(function (i) {
            ctx.beginPath();
            for (var j = d.partOf[i]; j < d.partOf[i + 1]; j++) {
              for (var v = d.start[j]; v < d.start[j + 1]; v++) {
                ctx[v === d.start[j] ? "moveTo" : "lineTo"](d.xy[2 * v] * s - ox, d.xy[2 * v + 1] * s - oy);
              }
              ctx.closePath();
            }
            paint(ctx, st, "evenodd");
            counts[AREAS]++;
          });
        });
      });
      // Lines: one path each (a path of thousands of lines rasterises slower than they do one by
      // one), the style set once per style; a railway's white dashes over its own lines.
      types.forEach(function (d) {
        d.byClass[LINES].forEach(function (g) {
          (d.rail ? [false, true] : [false]).forEach(function (overlay) {
            style(ctx, d.style(g[0], LINES, overlay));
            g[1].forEach(function (i) {
              ctx.beginPath();
              var any = false;
              for (var j = d.partOf[i]; j < d.partOf[i + 1]; j++) { any = line(d, j) || any; }
              if (!any) { return; }
              ctx.stroke();
              if (!overlay) { counts[LINES]++; }
            });
          });
        });
      });
      // Points last, on top: each a copy of its style's circle, drawn once (circles stroked one by
      // one rasterise ten times slower: a quarter of a second at 10,000 projects).
      ctx.globalAlpha = 1;
      types.forEach(function (d) {
        d.byClass[POINTS].forEach(function (g) {
          var st = d.style(g[0], POINTS), img = sprite(st), h = st.half, size = 2 * h;
          g[1].forEach(function (i) {
            var any = false;
            for (var j = d.partOf[i]; j < d.partOf[i + 1]; j++) {
              var v = d.start[j], x = Math.round(d.xy[2 * v] * s - ox), y = Math.round(d.xy[2 * v + 1] * s - oy);
              if (x < x0 || x > x1 || y < y0 || y > y1) { continue; }
              ctx.drawImage(img, x - h, y - h, size, size);
              any = true;
            }
            if (any) { counts[POINTS]++; }
          });
        });
      });
      ctx.restore();
      var el = r._container;
      el.setAttribute("data-pa-points", counts[POINTS]);
      el.setAttribute("data-pa-lines", counts[LINES]);
      el.setAttribute("data-pa-areas", counts[AREAS]);
      el.setAttribute("data-pa-drawn", counts[POINTS] + counts[LINES] + counts[AREAS]);
    },

    /* The project under the layer point p, the topmost as drawn: points (the last drawn first), then
       lines, then areas; as {d: TypeData, i: project, part}. */
    _find: function (p) {
      var f = this._frame(), s = f.s, ox = f.o.x, oy = f.o.y, types = this._types, t, d, i, j, v, g, k;
      for (t = types.length - 1; t >= 0; t--) {
        d = types[t];
        for (g = d.byClass[POINTS].length - 1; g >= 0; g--) {
          var group = d.byClass[POINTS][g], st = d.style(group[0], POINTS), reach = st.radius + st.weight / 2;
          for (k = group[1].length - 1; k >= 0; k--) {
            i = group[1][k];
            for (j = d.partOf[i]; j < d.partOf[i + 1]; j++) {
              v = d.start[j];
              var dx = d.xy[2 * v] * s - ox - p.x, dy = d.xy[2 * v + 1] * s - oy - p.y;
              if (dx * dx + dy * dy <= reach * reach) { return {d: d, i: i, part: j}; }
            }
          }
        }
      }
      for (var cls = LINES; cls <= AREAS; cls++) {
        for (t = types.length - 1; t >= 0; t--) {
          d = types[t];
          for (g = d.byClass[cls].length - 1; g >= 0; g--) {
            var lines = d.byClass[cls][g], w = d.style(lines[0], cls).weight / 2;
            for (k = lines[1].length - 1; k >= 0; k--) {
              i = lines[1][k];
              var inside = false;
              for (j = d.partOf[i]; j < d.partOf[i + 1]; j++) {
                var first = d.start[j], last = d.start[j + 1] - 1;
                for (v = first; v < last + (cls === AREAS ? 1 : 0); v++) {
                  var u = v < last ? v + 1 : first;  // an area's ring closes on its first vertex
                  var ax = d.xy[2 * v] * s - ox, ay = d.xy[2 * v + 1] * s - oy;
                  var bx = d.xy[2 * u] * s - ox, by = d.xy[2 * u + 1] * s - oy;
                  if (segmentDistance2(p.x, p.y, ax, ay, bx, by) <= w * w) { return {d: d, i: i, part: j}; }
                  if (cls === AREAS && ((ay > p.y) !== (by > p.y)) && p.x < (bx - ax) * (p.y - ay) / (by - ay) + ax) {
                    inside = !inside;
                  }
                }
              }
              if (inside) { return {d: d, i: i, part: d.partOf[i]}; }
            }
          }
        }
      }
      return null;
    },

    _containsPoint: function (p) {
      this._hit = this._find(p);
      return !!this._hit;
    },

    // A project as the popups see it (planAtlas.parts.popupBox); at: where its popup points.
    _item: function (d, i, part, at) {
      var scene = this, v = d.start[part], cls = CLASS[d.kinds[i]];
      var spot = cls === POINTS ? d.ll[2 * v + 1].toFixed(5) + "," + d.ll[2 * v].toFixed(5) : null;
      return {p: d.p(i), d: d, i: i, spot: spot,
              at: cls === POINTS ? L.latLng(d.ll[2 * v + 1], d.ll[2 * v]) : at,
              open: function (direct) { scene._open(this, direct); }};
    },

    /** Return the projects drawn at the spot of ``item`` (itself included), in the order drawn. */
    sharing: function (item) {
      if (!item.spot) { return [item]; }
      if (!this._spots) {
        var spots = this._spots = {};
        this._types.forEach(function (d) {
          d.byClass[POINTS].forEach(function (g) {
            g[1].forEach(function (i) {
              for (var j = d.partOf[i]; j < d.partOf[i + 1]; j++) {
                var v = d.start[j], key = d.ll[2 * v + 1].toFixed(5) + "," + d.ll[2 * v].toFixed(5);
                (spots[key] = spots[key] || []).push([d, i, j]);
              }
            });
          });
        });
      }
      var self = this, at = this._spots[item.spot] || [];
      return at.length > 1 ? at.map(function (h) { return self._item(h[0], h[1], h[2]); }) : [item];
    },

    _open: function (item, direct) {
      var map = this._map;
      if (!map) { return; }
      map.closePopup();
      var popup = this._popupOpen = L.popup({maxWidth: 420, maxHeight: 360, autoPanPadding: [20, 20]});
      popup._paItem = item;
      var box = parts.popupBox(item, this.sharing(item), direct, function () {
        if (popup.isOpen()) { popup.update(); }
      });
      popup.setLatLng(item.at).setContent(box).openOn(map);
    },

    _click: function (e) {
      if (this._hit) { this._open(this._item(this._hit.d, this._hit.i, this._hit.part, e.latlng), false); }
    },

    // The tooltip follows the pointer; over another project it says that project's name.
    _move: function () {
      var hit = this._hit, key = hit ? hit.d.type + ":" + hit.i : null;
      if (key !== this._tipKey && this.isTooltipOpen()) { this.getTooltip().update(); }
    },

    _tip: function () {
      var hit = this._hit, scene = this;
      if (!hit) { return ""; }
      var item = this._item(hit.d, hit.i, hit.part), p = item.p, shared = this.sharing(item).length;
      this._tipKey = hit.d.type + ":" + hit.i;
      if (p.name === undefined) {
        var key = this._tipKey;
        parts.load(p).then(function () {
          if (scene._tipKey === key && scene.isTooltipOpen()) { scene.getTooltip().update(); }
        }, function () { /* the popup says why (map.stale) */ });
      }
      return parts.tipFor(p) + (shared > 1 ? " · " + parts.esc(parts.label("map.stack_tip").replace("{n}", shared)) : "");
    },

    /** Every point drawn, as {lat, lng, p, style} (tests and the browser's console). */
    points: function () {
      var out = [];
      this._types.forEach(function (d) {
        d.byClass[POINTS].forEach(function (g) {
          g[1].forEach(function (i) {
            for (var j = d.partOf[i]; j < d.partOf[i + 1]; j++) {
              var v = d.start[j];
              out.push({lat: d.ll[2 * v + 1], lng: d.ll[2 * v], p: d.p(i), style: d.style(g[0], POINTS)});
            }
          });
        });
      });
      return out;
    }
  });

  /** The scene of ``map``: one canvas in the points' pane, made when a large layer is first added. */
  function sceneOf(map) {
    if (!map._paScene) {
      map._paScene = new Scene(L.canvas({pane: "paPoints", padding: 0.3}));
      map.addLayer(map._paScene);
    }
    return map._paScene;
  }

  // One project type on the scene: what a feature group of the layer control holds and a filter swaps.
  var SceneLayer = L.Layer.extend({
    initialize: function (data) { this._data = data; },
    onAdd: function (map) { sceneOf(map).add(this._data); },
    onRemove: function (map) { sceneOf(map).remove(this._data); }
  });

  /** Return the overlay of one project type of a large map (records already unpacked into layer.r). */
  planAtlas.sceneLayer = function (type, layer, rail) {
    return new SceneLayer(new TypeData(type, layer, rail, L.CRS.EPSG3857));
  };
  /** Return the scene of ``map`` (its points, what it drew), or null when it has none. */
  planAtlas.scene = function (map) { return map._paScene || null; };
})(window.L, window.planAtlas);
