"""The file uploader's own words in the interface language, by CSS (issue 13 item 2).

Streamlit's ``st.file_uploader`` writes its button ("Upload") and its limits
("20MB per file • TXT, PDF") in English whatever the page's language, and has no
option for them (streamlit 1.67). Without a template engine or a patched bundle,
CSS can still show other words: the uploader's own text is set to size 0 and the
Chinese text drawn after it (``::after``), scoped to one uploader by its widget key
(Streamlit gives its container the class ``st-key-<key>``). Screen readers still
read Streamlit's English button name. Texts shown only while dragging or after a
refused file stay in English.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import streamlit as st

from geo.i18n import t


def uploader_css(key: str, types: Sequence[str], max_mb: float, lang: str) -> str:
    """Return the ``<style>`` showing the uploader of widget ``key`` in ``lang`` ("" for English, its own words).

    ``types`` are the file suffixes it accepts, ``max_mb`` its size limit in MB.
    """
    if lang == "en":
        return ""
    if not re.fullmatch(r"[A-Za-z0-9_-]+", key):
        raise ValueError(f"not a widget key usable in CSS: {key!r}")
    scope = f".st-key-{key} [data-testid='stFileUploaderDropzone']"
    limits = t("uploader.limits", lang).format(mb=f"{max_mb:g}", types="、".join(s.upper() for s in types))
    # json.dumps gives a double-quoted string whose escapes CSS reads the same way
    button, note = json.dumps(t("uploader.button", lang), ensure_ascii=False), json.dumps(limits, ensure_ascii=False)
    return (
        "<style>"
        f"{scope} button [data-testid='stMarkdownContainer'] p {{font-size:0}}"
        f"{scope} button [data-testid='stMarkdownContainer'] p::after {{content:{button};font-size:0.875rem}}"
        f"{scope} [data-testid='stFileUploaderDropzoneInstructions'] span {{font-size:0}}"
        f"{scope} [data-testid='stFileUploaderDropzoneInstructions'] span::after {{content:{note};font-size:0.8rem}}"
        "</style>"
    )


def localise(key: str, types: Sequence[str], max_mb: float, lang: str) -> None:
    """Show the uploader of widget ``key`` in ``lang`` (call on the page that draws it)."""
    css = uploader_css(key, types, max_mb, lang)
    if css:
        st.html(css)
