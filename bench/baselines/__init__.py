"""What a user could write with streamlit-folium on the same projects: the baselines of ``make bench``.

Two tiny Streamlit scripts, ``marker.py`` (one ``folium.Marker`` with a popup per project) and
``cluster.py`` (``FastMarkerCluster``: points only, no popups), sharing this module: the
projects loaded once per process from ``DATABASE_URL``, the same type filter as the app's
sidebar, and folium pointed at the Leaflet files the app serves (no CDN).
"""

from __future__ import annotations

import html
import urllib.parse
from typing import Any

import folium
import streamlit as st
from folium.plugins import FastMarkerCluster, MarkerCluster

from geo import store
from geo.i18n import t
from geo.model import EntityType, Project

STATIC = "/app/static/vendor"
#: folium's popups call jQuery's ``$(html)[0]``; jQuery is not served offline, so a one-line
#: stand-in does that one thing (lighter than the 87 KB jQuery a user would load from a CDN).
DOLLAR = "data:text/javascript," + urllib.parse.quote(
    "window.$=function(h){var t=document.createElement('template');t.innerHTML=h.trim();return [t.content.firstChild];};"
)
CENTER = (29.2, 106.0)  # lat, lon: Leaflet's order, only here


def use_local_assets() -> None:
    """Point folium's Leaflet and marker-cluster plugin at the files under ``static/vendor``."""
    folium.Map.default_js = [("leaflet", f"{STATIC}/leaflet/leaflet.js"), ("dollar", DOLLAR)]
    folium.Map.default_css = [("leaflet_css", f"{STATIC}/leaflet/leaflet.css")]
    for plugin in (MarkerCluster, FastMarkerCluster):
        plugin.default_js = [("markerclusterjs", f"{STATIC}/leaflet_markercluster/leaflet.markercluster.js")]
        plugin.default_css = [
            ("markerclustercss", f"{STATIC}/leaflet_markercluster/MarkerCluster.css"),
            ("markerclusterdefaultcss", f"{STATIC}/leaflet_markercluster/MarkerCluster.Default.css"),
        ]


@st.cache_resource
def projects() -> list[Project]:
    """Every project of the database (loaded once per process, shared by the sessions)."""
    return store.load_projects(store.engine())


def type_filter() -> list[Project]:
    """The sidebar's type filter, as in the app (empty means every type); return the projects kept."""
    chosen = st.sidebar.multiselect(t("type", "zh"), [str(x) for x in EntityType],
                                    format_func=lambda v: t(f"type.{v}", "zh"), key="type")
    return [p for p in projects() if not chosen or p.type in chosen]


def point(p: Project) -> tuple[float, float] | None:
    """``(lat, lon)`` of a project's point, or of a line's first vertex; None when unlocated."""
    g: dict[str, Any] | None = p.geometry
    if not g:
        return None
    lon, lat = g["coordinates"][0] if g["type"] == "LineString" else g["coordinates"]
    return lat, lon


def popup_html(p: Project) -> str:
    """Name, type and stage, and each source sentence with its document (escaped)."""
    rows = "".join(f"<li>{html.escape(m.quote)} <i>{html.escape(m.doc_title or m.doc)}</i></li>" for m in p.mentions)
    return (f"<b>{html.escape(p.name)}</b><br>{html.escape(t('type.' + p.type, 'zh'))} · "
            f"{html.escape(t('stage.' + p.stage, 'zh'))}<ul>{rows}</ul>")


def new_map() -> folium.Map:
    """An empty map of the region without a tile layer (the machine is offline; the app draws its own basemap)."""
    use_local_assets()
    # Without a tile layer Leaflet knows no maximum zoom, and marker clusters need one.
    return folium.Map(location=CENTER, zoom_start=8, tiles=None, **{"maxZoom": 18})
