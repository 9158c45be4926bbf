"""Baseline: every project as one point of a ``FastMarkerCluster`` (no popups, no lines)."""

import streamlit as st
from folium.plugins import FastMarkerCluster
from streamlit_folium import st_folium

from bench import baselines

st.set_page_config(page_title="baseline: FastMarkerCluster", layout="wide")
shown = baselines.type_filter()
m = baselines.new_map()
# folium's default callback draws Font Awesome markers, whose plugin is not served offline: plain markers.
FastMarkerCluster([at for p in shown if (at := baselines.point(p)) is not None],
                  callback="function (row) { return L.marker(new L.LatLng(row[0], row[1])); }").add_to(m)
st_folium(m, height=600, use_container_width=True, returned_objects=[])
