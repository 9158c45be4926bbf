"""Maps on pages: the focus frames of an area, the project map (st_folium), the location-drawing map, area pages."""

from __future__ import annotations

import hashlib
from typing import Any

import streamlit as st
import streamlit_folium as sf
from streamlit_folium import st_folium

from geo import settings
from geo.errors import GazetteerError
from geo.i18n import t
from geo.maps import basemap, bundle, layers
from geo.model import AREAS, Project
from geo.outputs import stats
from geo.places import area_by_slug, buffer_m, focus_areas, rivers
from geo.web import panels
from geo.web.sidebar import View, filtered, sidebar
from geo.web.state import data_version, documents, gaz, projects_at

#: How far around the focus a district counts as surroundings: the whole region, one area.
#: (Were 0.6° and 0.35°, issue 10 item 4; every district shown then is still shown.)
_CONTEXT_M = 65_000


_AREA_CONTEXT_M = 40_000


@st.cache_resource(show_spinner=False)
def focus_frames(area: str | None) -> tuple[Any, Any]:
    """Return (focus districts, surrounding districts) for an area, or for the whole region.

    The surroundings are every district near the focus, so an area page shows the
    cross-border neighbours the documents pair it with and the region around them.
    """
    g = gaz()
    if area is None:
        codes: set[str] = set()
        for a in AREAS:
            codes |= set(g.area_districts(a)["adcode"])
        focus = g.districts[g.districts["adcode"].isin(codes)]
    else:
        focus = g.area_districts(area)
        codes = set(focus["adcode"])
    near = buffer_m(focus.geometry.union_all(), _CONTEXT_M if area is None else _AREA_CONTEXT_M)
    paired = set(g.neighbour_districts(area)["adcode"]) if area else set()
    context = g.districts[
        (g.districts.intersects(near) | g.districts["adcode"].isin(paired)) & ~g.districts["adcode"].isin(codes)
    ]
    return focus, context


@st.cache_resource(max_entries=2, show_spinner=False)
def popup_shards(version: str) -> layers.PopupShards:
    """Return the popup data of every project of data ``version``, written where the app serves it.

    Built and written once per data version for every map, filter and session (issue 16).
    """
    shards = layers.PopupShards.build(projects_at(version))
    shards.write()
    return shards


#: How much ground around a point a map framed on it shows: its district and the names around it.
FRAME_POINT_M = 20_000


def surroundings(project: Project, *, radius_m: float = FRAME_POINT_M) -> list[Project]:
    """Return what to frame a map on to show ``project`` among its surroundings (``frame_to`` of :func:`show_map`).

    A point alone is framed about 5 km wide (inside one district, no boundary or
    name in view); this is a stand-in whose geometry is the ground ``radius_m``
    around it. A line or an area, or a project without geometry, is itself.
    """
    if not project.geometry or project.geometry.get("type") != "Point":
        return [project]
    from dataclasses import replace

    from shapely.geometry import mapping, shape

    ground = buffer_m(shape(project.geometry), radius_m)
    return [replace(project, id=f"{project.id}@{radius_m:.0f}m", geometry=mapping(ground))]


def digest(items: list[Project]) -> str:
    """Return a key of the projects shown (their ids in order), for :func:`map_component`."""
    return hashlib.sha256("\n".join(p.id for p in items).encode()).hexdigest()


# At most this many views are kept (an overview of 50,000 projects is about 2 MB of text).
@st.cache_resource(max_entries=32, show_spinner=False)
def map_component(
    version: str, shown: str, area: str | None, lang_: str, basemap: str, height: int, frame: str, key: str,
    _items: list[Project], _frame_to: list[Project] | None,
) -> dict[str, Any]:
    """Return the arguments of the map's component, built once per (data version, projects shown,
    area, language, basemap, size, frame) and shared by every session until the data changes.

    ``shown`` and ``frame`` are digests of the ids of ``_items`` and ``_frame_to`` (which
    Streamlit does not hash). What is returned is never changed: each call site copies it.
    """
    focus, context = focus_frames(area)
    parts = layers.build_map_parts(
        _items, focus=focus, context=context, basemap=basemap, lang=lang_,
        height=height, tianditu_key=str(settings.get("PLAN_ATLAS_TIANDITU_KEY")), frame_to=_frame_to,
        rivers=rivers.load(), popups=popup_shards(version), serve_shapes=True,
    )
    return folium_args(parts, key=key)


def folium_args(parts: layers.MapParts, *, key: str, returned_objects: list[str] | None = None) -> dict[str, Any]:
    """Return what ``st_folium`` would send its component for ``parts`` (streamlit-folium 0.27).

    The same steps as :func:`streamlit_folium.st_folium`, kept so the result can be
    cached and sent again without rendering the map per rerun and session (issue 16).
    The project layers travel as feature groups: a filter change updates them in
    place while the base map (boundaries, legend, view) stays mounted.
    """
    returned = returned_objects or []
    fig = parts.base
    fig.get_root().render()
    fig.render()
    leaflet = sf._get_map_string(fig)
    groups = "".join(sf._get_feature_group_string(g, map=fig, idx=i) for i, g in enumerate(parts.groups))
    control = sf._get_layer_control_string(parts.control, fig)
    css: list[str] = []
    js: list[str] = []
    for elem in _walk(fig):
        css.extend(href for _, href in getattr(elem, "default_css", []))
        js.extend(src for _, src in getattr(elem, "default_js", []))
    defaults = {k: None for k in ("last_clicked", "last_active_drawing") if k in returned}
    return {
        "script": leaflet, "header": sf._get_header(fig), "html": sf._get_html(fig), "id": sf.get_full_id(fig),
        "key": sf.generate_js_hash(leaflet, key, False), "returned_objects": returned, "default": defaults,
        "zoom": None, "center": None, "feature_group": groups or None, "return_on_hover": False,
        "layer_control": control, "pixelated": False, "css_links": list(dict.fromkeys(css)),
        "js_links": [*filter(None, [basemap.prefetch_link(basemap.served_urls(fig))]),
                     *bundle.bundle(list(dict.fromkeys(js)))],
        "wrap_longitude": False,
    }


def _walk(element: Any) -> Any:
    from folium.elements import JSCSSMixin

    if isinstance(element, JSCSSMixin):
        yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def send_map(args: dict[str, Any], *, height: int) -> Any:
    """Send cached component ``args`` to the browser (as ``st_folium(..., use_container_width=True)``)."""
    return sf._component_func(**args, height=height, width=None, on_change=None)


def show_map(
    items: list[Project], *, area: str | None, opts: View, key: str, height: int = 620,
    frame_to: list[Project] | None = None,
) -> None:
    """Render the project map of an area (or the whole region).

    Panning and zooming never rerun the app (no view state is returned), and
    neither does a click: popups, with every source sentence, are built in the
    browser. The map is built once per data version and view for every session.
    """
    try:
        focus_frames(area)
    except GazetteerError:
        st.error(t("error.gazetteer", opts.lang))
        return
    args = map_component(
        data_version(), digest(items), area, opts.lang, opts.basemap, height,
        digest(frame_to) if frame_to else "", key, _items=items, _frame_to=frame_to,
    )
    send_map(args, height=height)


def area_caption(area: str, lang_: str) -> str:
    """Return the caption the region data gives an area's page (綦江: the boundary includes 万盛), or ''."""
    return next((a.caption(lang_) for a in focus_areas() if a.name == area), "")


def area_page(slug: str) -> None:
    """Render the page of the focus area ``slug`` (region data): its map with neighbours, projects by stage."""
    focus = area_by_slug(slug)
    area = focus.name
    opts = sidebar(area=area, show_area=False)
    lang_ = opts.lang
    st.title(f"{area} · {t('area.page', lang_)}")
    if caption := area_caption(area, lang_):
        st.caption(caption)
    items = filtered(opts)
    if opts.projects and not items:
        st.info(t("empty.filtered", lang_))
    figures = stats.key_figures(items, documents=len(documents()))
    panels.key_figures(dict(list(figures.items())[:3]), lang_)
    show_map(items, area=area, opts=opts, key=f"area_map_{area}")  # before the table: see pages/overview.py
    st.subheader(t("area.by_stage", lang_))
    st.dataframe(stats.stage_table(items, lang_), hide_index=True, width="stretch", placeholder="—")


def draw_location(project: Project, opts: View, lang_: str) -> dict[str, Any] | None:
    """Let an editor click a point or a line on the map; return it as a GeoJSON geometry (or None).

    Each click adds a vertex (a rerun on click only, never on pan or zoom); the
    drawing is kept per project for the session until saved or cleared.
    """
    import folium

    drawings = st.session_state.setdefault("drawings", {})
    vertices: list[list[float]] = drawings.setdefault(project.id, [])
    cols = st.columns([2, 1])
    kind = cols[0].radio(t("draw.kind", lang_), ["Point", "LineString"], horizontal=True,
                         format_func=lambda k: t(f"draw.{k}", lang_), key="draw_kind")
    if cols[1].button(t("draw.clear", lang_), key="draw_clear"):
        vertices.clear()
    # Framed on the project's current geometry, else on its area (issue 14, item 3).
    area = next((a for a in project.areas if a in AREAS), None)
    focus, context = focus_frames(area)
    parts = layers.build_map_parts([project], focus=focus, context=context, basemap=opts.basemap,
                                   lang=lang_, height=420, frame_to=[project] if project.geometry else None)
    drawn = folium.FeatureGroup(name=t("draw.layer", lang_))
    for lon, lat in vertices:
        folium.CircleMarker([lat, lon], radius=5, color="#000", fill=True, fill_opacity=1).add_to(drawn)
    if kind == "LineString" and len(vertices) >= 2:
        folium.PolyLine([[lat, lon] for lon, lat in vertices], color="#000", weight=3).add_to(drawn)
    out = st_folium(parts.base, key=f"draw_{project.id}", height=420, use_container_width=True,
                    returned_objects=["last_clicked"], feature_group_to_add=[*parts.groups, drawn],
                    layer_control=parts.control)
    click = (out or {}).get("last_clicked")
    if click and [round(click["lng"], 6), round(click["lat"], 6)] not in vertices[-1:]:
        point = [round(click["lng"], 6), round(click["lat"], 6)]
        if kind == "Point":
            vertices[:] = [point]
        else:
            vertices.append(point)
        st.rerun()
    st.caption(t("draw.hint", lang_).format(n=len(vertices)))
    if kind == "Point" and vertices:
        return {"type": "Point", "coordinates": vertices[-1]}
    if kind == "LineString" and len(vertices) >= 2:
        return {"type": "LineString", "coordinates": list(vertices)}
    return None
