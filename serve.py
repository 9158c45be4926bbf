"""Plan Atlas with Streamlit's frontend files served from memory, compressed (``streamlit run serve.py``).

The app is ``app.py``; this entry hands it to ``st.App`` (Streamlit's supported ASGI entry) with
one middleware, :class:`geo.web.assets.StaticAssets`: Streamlit's content-hashed frontend files
(``/static/…``), which its own server sends uncompressed and reads from disk per request, are
read once, gzip-compressed once and answered from memory (issue 16, item 2).
``streamlit run app.py`` runs the same app without it.
"""

import streamlit as st
from starlette.middleware import Middleware

from geo.web.assets import StaticAssets

app = st.App("app.py", middleware=[Middleware(StaticAssets)])
