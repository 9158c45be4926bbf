"""Project layers and the map builders: a folium map of projects over district boundaries.

With :mod:`geo.maps.basemap` (district labels), the only place that converts WGS-84
lon/lat to Leaflet's ``[lat, lon]``. All text from documents is HTML-escaped
before it reaches the browser, and every JSON blob embedded in a ``<script>``
goes through :func:`geo.maps.setup.script_json`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from typing import Any, Iterable
from urllib.parse import urlencode

import folium
import geopandas as gpd
from jinja2 import Template
from shapely.geometry import mapping, shape

from geo.i18n import document_date_text, t
from geo.maps import compact
from geo.maps.basemap import add_basemap, boundary_layer, river_layer
from geo.maps.compact import PopupShards

# Re-exported: the symbology geo.kml, geo.reader and geo.mapimage import from here.
from geo.maps.setup import (
    APPROXIMATE,
    CANVAS_OVER,
    MAP_CSS,
    PLANNED_STAGES,
    TYPE_COLORS,
    MapSetup,
    configure_folium,
    fullscreen_control,
    script_json,
)
from geo.model import Project
from geo.places import geometry_to_gcj

__all__ = [
    "APPROXIMATE", "PLANNED_STAGES", "TYPE_COLORS", "MapParts", "PopupShards", "ProjectLayer",
    "build_map", "build_map_parts", "configure_folium", "popup_html", "project_layers", "script_json",
]

#: A project layer is one call into ``plan-atlas.js``; the records are a value, never template source.
_PROJECT_LAYER = Template(
    """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = planAtlas.projectLayer({{ this.type_json }}, {{ this.data }}, {{ this.rail }}, {{ this.canvas }});
{% if this.show %}{{ this.get_name() }}.addTo({{ this._parent.get_name() }});{% endif %}
{% endmacro %}
"""
)


class ProjectLayer(folium.map.Layer):
    """One overlay of projects of one type, styled by stage and precision.

    Projects travel compactly (:func:`project_layers`, :mod:`geo.maps.compact`; flat
    records packed by :func:`geo.maps.compact.pack`); the browser decodes them and
    builds their tooltips and popups.
    """

    _template = _PROJECT_LAYER

    def __init__(self, type_: str, layer: dict[str, Any], *, name: str, canvas: bool = False) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "ProjectLayer"
        self.type_json = script_json(type_)
        packed = compact.pack(layer["r"])  # flat records as base64 varints, about half the bytes
        self.data = script_json(layer if packed is None else {**{k: v for k, v in layer.items() if k != "r"}, "b": packed})
        self.rail = script_json(type_ == "railway")
        self.canvas = script_json(canvas)
        self.count = len(layer["r"])


def popup_html(project: Project, lang: str = "zh", *, reader_link: bool = True) -> str:
    """Return the escaped HTML popup of a project: attributes and every source sentence.

    Each sentence names its document and date and, with ``reader_link``, links
    to the document reader at that mention; a stage the learned model inferred is said to be one
    (beside the stage and the sentence it was inferred for), never shown as stated.
    """
    e = html.escape
    rows = [
        (t("type", lang), t(f"type.{project.type}", lang)),
        (t("stage", lang), t(f"stage.{project.stage}", lang)
         + (" · " + t("stage_basis.learned", lang) if project.stage_inferred else "")),  # never shown as stated
        (t("target_year", lang), project.target_year or "—"),
        *([(t("start_year", lang), project.start_year)] if project.start_year else []),
        *([(t("period", lang), f"{project.period[0]}–{project.period[1]}")] if project.period else []),
        (t("places", lang), "、".join(project.places) or "—"),
        (t("lead_unit", lang), "；".join(project.lead_units) or "—"),
        (t("precision", lang), t(f"precision.{project.precision}", lang)
         + (t("popup.area", lang) if _is_area(project) else "")),
        (t("filter.review", lang), t(f"review.{project.review}", lang)),
        *[(t(f"reg.{key}", lang), text) for key, text in project.register.shown()],
    ]
    parts = [f"<div class='pa-popup'><b style='font-size:15px'>{e(project.name)}</b>"]
    if project.aliases:
        parts.append(f"<div style='color:#666'>{e(' / '.join(project.aliases))}</div>")
    parts.append("<table style='margin:4px 0'>")
    parts += [f"<tr><th style='text-align:left;padding-right:8px'>{e(str(k))}</th><td>{e(str(v))}</td></tr>" for k, v in rows]
    parts.append("</table>")
    parts += [f"<div class='pa-stated' style='color:#555;font-size:12px'>"
              f"{e('、'.join(t(f'reg.{k}_quote', lang) for k in keys))}：{e(quote)}</div>"
              for keys, quote in project.register.stated()]
    for m in project.mentions:
        title = m.doc_title or m.doc or ""
        date = document_date_text(m.doc_date, m.doc_year, m.doc_year_source, lang)
        source = f"{e(title)} {e(date)}"
        if reader_link and m.doc:
            href = "/documents?" + urlencode({"reader": m.doc, "at": m.start})
            source = f"<a href='{e(href, quote=True)}' target='_blank' rel='noopener'>{source}</a>"  # the map iframe may not navigate its parent
        # the stage the model gave this sentence (issue 11): said beside it, as an inference
        inferred = (f"<br><small class='pa-inferred' style='color:#9a5b00'>{e(t(f'stage.{m.stage}', lang))} · "
                    f"{e(t('stage_basis.learned', lang))}</small>" if m.stage_basis else "")
        parts.append(
            "<blockquote class='pa-quote' style='margin:4px 0;padding-left:6px;"
            "border-left:3px solid #bbb'>"
            f"{e(m.quote or '')}<br><small>— {source}</small>{inferred}</blockquote>"
        )
    parts.append("</div>")
    return "".join(parts)


def _is_area(project: Project) -> bool:
    """Return whether a project is drawn as an area (a 新区 or 灌区 drawn as its district)."""
    return (project.geometry or {}).get("type") in ("Polygon", "MultiPolygon")


def project_layers(
    projects: Iterable[Project], *, popups: PopupShards | None = None
) -> dict[str, dict[str, Any]]:
    """Return located projects as one compact layer per type: ``{"o", "r", "src"}``.

    ``o`` is the layer's origin and ``r`` its records ``[n, code, coordinates…]``
    (:mod:`geo.maps.compact`: quantised to about 1 m, symbology packed in ``code``:
    stage, precision, review — 1 for a project nobody has verified yet, drawn paler,
    issue 13 — outside every focus area — drawn fainter, issue 14 item 8 — and
    geometry kind). ``src`` says where the popup data of record ``n`` is: in the
    shared ``popups`` shards (``{"u": url, "s": shard size}``, fetched on demand,
    issue 16) or, without them, inline (``{"d": documents, "p": entries}``).
    """
    by_type: dict[str, list[Project]] = {}
    for p in projects:
        if p.geometry:
            by_type.setdefault(str(p.type), []).append(p)
    out: dict[str, dict[str, Any]] = {}
    for type_, items in by_type.items():
        start = compact.origin(p.geometry for p in items if p.geometry)
        if popups is not None and all(p.id in popups.index for p in items):
            numbers: Iterable[int] = [popups.index[p.id] for p in items]
            source: dict[str, Any] = {"u": popups.url, "s": compact.SHARD_SIZE}
        else:
            numbers, source = range(len(items)), compact.shard(items)
        records = [[n, compact.code(p), *compact.encode(p.geometry or {}, start)] for n, p in zip(numbers, items)]
        out[type_] = {"o": list(start), "r": records, "src": source}
    return out


def _project_to_gcj(project: Project) -> Project:
    if not project.geometry:
        return project
    return replace(project, geometry=mapping(geometry_to_gcj(shape(project.geometry))))


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
    projects: list[Project],
    *,
    focus: gpd.GeoDataFrame,
    context: gpd.GeoDataFrame | None = None,
    basemap: str = "offline",
    lang: str = "zh",
    height: int = 600,
    tianditu_key: str = "",
    frame_to: list[Project] | None = None,
    rivers: gpd.GeoDataFrame | None = None,
    popups: PopupShards | None = None,
    serve_shapes: bool = False,
) -> MapParts:
    """Return the parts of a folium map of ``projects`` framed to the ``focus`` districts.

    Parameters
    ----------
    projects
        Projects of :func:`geo.store.load_projects` (already filtered).
    focus
        Districts to outline strongly and frame the view to.
    context
        Surrounding districts drawn faintly (neighbours, region).
    basemap
        ``offline`` (no tiles, zero network requests), ``osm``, ``tianditu``
        (needs ``tianditu_key``) or ``amap`` (高德, GCJ-02: data shifted for display).
    frame_to
        Projects to zoom to instead of the focus districts.
    rivers
        River lines for the offline basemap (:func:`geo.places.rivers.load`), clipped to the view.
    popups
        The shared popup shards of every project (:class:`geo.maps.compact.PopupShards`,
        written where the app serves them): the map then carries no popup text at all.
        Without them each layer carries its projects' popup data inline.
    serve_shapes
        District outlines and rivers as files the app serves (:func:`geo.maps.basemap.served`),
        fetched by the browser, instead of data in the map's script (a standalone HTML needs them inline).
    """
    configure_folium()
    minx, miny, maxx, maxy = focus.total_bounds
    m = folium.Map(
        location=[(miny + maxy) / 2, (minx + maxx) / 2],
        tiles=None,
        control_scale=False,  # plan-atlas.js adds it above the attribution: on a narrow map they overlapped
        prefer_canvas=False,
        height=height,
        # Fractional zoom, so an area fills its frame instead of the zoom level below (issue 14, item 8).
        zoom_snap=0.25,
        zoom_delta=0.5,
    )
    m.get_root().header.add_child(folium.Element(MAP_CSS))
    MapSetup(lang, legend_open=height >= 500).add_to(m)  # small maps start with it folded
    fullscreen_control(lang).add_to(m)
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
            serve=serve_shapes,
        ).add_to(m)
    boundary_layer(
        focus,
        name=t("layer.focus", lang),
        style={"color": "#c0392b", "weight": 2.5, "fillColor": "#fdf6e3", "fillOpacity": 0.6},
        gcj=basemap == "amap",
        serve=serve_shapes,
    ).add_to(m)
    if rivers is not None and basemap == "offline":  # tiles draw their own rivers
        shown = focus.total_bounds if context is None or not len(context) else context.total_bounds
        x0, y0, x1, y1 = shown
        river_layer(rivers, (min(x0, minx), min(y0, miny), max(x1, maxx), max(y1, maxy)),
                    name=t("layer.rivers", lang), serve=serve_shapes).add_to(m)
    groups = []
    compact_layers = project_layers(projects, popups=popups)
    # A map of many projects draws them all on canvases (lazy tooltips and popups): eleven layers
    # of 900 SVG paths each were ten thousand DOM elements and half the page's drawing time at 10k.
    canvas = sum(len(layer["r"]) for layer in compact_layers.values()) > CANVAS_OVER
    for type_, layer in compact_layers.items():
        group = folium.FeatureGroup(name=f"{t(f'type.{type_}', lang)} ({len(layer['r'])})")
        ProjectLayer(type_, layer, name=type_, canvas=canvas).add_to(group)
        groups.append(group)
    framed = [shape(p.geometry) for p in frame_to or [] if p.geometry]
    if framed:  # zoom to given projects (the project page), with a margin
        minx, miny, maxx, maxy = gpd.GeoSeries(framed).total_bounds
        pad = max(0.05, 0.15 * max(maxx - minx, maxy - miny))
        minx, miny, maxx, maxy = minx - pad, miny - pad, maxx + pad, maxy + pad
    m.fit_bounds([[miny, minx], [maxy, maxx]])
    return MapParts(m, groups, folium.LayerControl(collapsed=True))


def build_map(projects: list[Project], **options: Any) -> folium.Map:
    """Return the whole folium map (base and project layers) — see :func:`build_map_parts`."""
    parts = build_map_parts(projects, **options)
    for group in parts.groups:
        group.add_to(parts.base)
    parts.control.add_to(parts.base)
    return parts.base
