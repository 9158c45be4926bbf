"""Baseline: one ``folium.Marker`` with its popup per project, drawn with ``st_folium``."""

import folium
import streamlit as st
from streamlit_folium import st_folium

from bench import baselines

st.set_page_config(page_title="baseline: Marker", layout="wide")
shown = baselines.type_filter()
m = baselines.new_map()
for p in shown:
    if (at := baselines.point(p)) is not None:
        folium.Marker(at, popup=folium.Popup(baselines.popup_html(p), max_width=400)).add_to(m)
st_folium(m, height=600, use_container_width=True, returned_objects=[])
