"""The one Streamlit module of ``geo``: cached accessors, the shared sidebar, map rendering."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import gazetteer, layers, store
from geo.errors import GazetteerError
from geo.i18n import LANGS, t
from geo.model import AREAS


@st.cache_resource
def engine() -> Any:
    """Return the database engine (one per process), tables created."""
    eng = store.engine()
    store.init(eng)
    return eng


@st.cache_data(ttl=30, max_entries=4, show_spinner=False)
def projects() -> list[dict[str, Any]]:
    """Return every project with mentions and geometry (cached briefly)."""
    return store.load_projects(engine())


@st.cache_data(ttl=30, max_entries=4, show_spinner=False)
def documents() -> list[dict[str, Any]]:
    """Return the stored documents (cached briefly)."""
    return store.list_documents(engine())


def clear_caches() -> None:
    """Forget cached query results after a change to the database."""
    projects.clear()
    documents.clear()


@st.cache_resource
def gaz() -> gazetteer.Gazetteer:
    """Return the gazetteer (loaded once per process)."""
    return gazetteer.load()


def lang() -> str:
    """Return the interface language chosen in the sidebar (``zh`` by default)."""
    return st.session_state.get("lang", "zh")


def sidebar() -> dict[str, Any]:
    """Draw the shared sidebar and return the chosen options (language, basemap)."""
    with st.sidebar:
        current = st.query_params.get("lang", st.session_state.get("lang", "zh"))
        choice = st.radio(
            t("lang", lang()),
            LANGS,
            index=LANGS.index(current) if current in LANGS else 0,
            format_func=lambda c: {"zh": "中文", "en": "English"}[c],
            horizontal=True,
            key="lang_radio",
        )
        st.session_state["lang"] = choice
        if choice != "zh":
            st.query_params["lang"] = choice
        elif "lang" in st.query_params:
            del st.query_params["lang"]
        basemap = st.selectbox(
            t("basemap", choice),
            ["offline", "osm"],
            format_func=lambda b: t(f"basemap.{b}", choice),
            key="basemap",
        )
    return {"lang": choice, "basemap": basemap}


def focus_frames(area: str | None) -> tuple[Any, Any]:
    """Return (focus districts, context districts) for an area, or for the whole region."""
    g = gaz()
    if area is None:
        codes = set()
        for a in AREAS:
            codes |= set(g.area_districts(a)["adcode"])
        focus = g.districts[g.districts["adcode"].isin(codes)]
        near = focus.geometry.union_all().buffer(0.6)
        context = g.districts[g.districts.intersects(near) & ~g.districts["adcode"].isin(codes)]
        return focus, context
    return g.area_districts(area), g.neighbour_districts(area)


def show_map(items: list[dict[str, Any]], *, area: str | None, opts: dict[str, Any], key: str) -> None:
    """Render the project map of an area (or the whole region) with st_folium."""
    try:
        focus, context = focus_frames(area)
    except GazetteerError:
        st.error(t("error.gazetteer", opts["lang"]))
        return
    fmap = layers.build_map(items, focus=focus, context=context, basemap=opts["basemap"], lang=opts["lang"])
    # returned_objects=[] so panning and zooming never rerun the app.
    st_folium(fmap, key=key, height=600, use_container_width=True, returned_objects=[])


def project_table(items: list[dict[str, Any]], lang_: str) -> pd.DataFrame:
    """Return the projects as a display table with translated headers and values."""
    rows = [
        {
            t("col.name", lang_): p["name"],
            t("type", lang_): t(f"type.{p['type']}", lang_),
            t("stage", lang_): t(f"stage.{p['stage']}", lang_),
            t("target_year", lang_): p["target_year"],
            t("col.areas", lang_): "、".join(p["areas"]),
            t("precision", lang_): t(f"precision.{p['precision']}", lang_),
            t("col.sources", lang_): len(p["mentions"]),
        }
        for p in items
    ]
    return pd.DataFrame(rows)
