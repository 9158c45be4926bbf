"""The web app's helpers: the only package that imports Streamlit.

``ui`` holds the cached accessors, the shared sidebar and the page widgets;
``reader`` the document reader. Pages import these modules.
"""
