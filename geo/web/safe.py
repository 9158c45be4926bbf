"""Safe display: document text shown as plain text, unexpected errors as a message with an id."""

from __future__ import annotations

import contextlib
import logging
import numbers
import re
import secrets
from typing import Iterator

import streamlit as st

from geo.i18n import t

log = logging.getLogger("geo.web")

# Every ASCII punctuation character as a numeric character reference: CommonMark never reads a
# reference as structure (nor do Streamlit's $…$ and :…: extensions).
_MARKDOWN = str.maketrans({c: f"&#{ord(c)};" for c in r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""})
# GFM links bare URLs and e-mail addresses found in the *decoded* text (remark-gfm's autolink
# literals run after parsing, so no escape stops them); an invisible word joiner breaks the pattern.
_BARE_LINK = re.compile(r"(?i)(?<=:)(?=//)|(?<=www)(?=\.)|(?<=@)")
WORD_JOINER = "\u2060"


def md(text: object) -> str:
    """Return ``text`` to show literally where Streamlit renders Markdown.

    Titles, issuers, project names and quotes come from documents (and file
    names from uploaders): ``[附件](https://…)`` in a title must stay text,
    never become a link (issue 15, item 7). Every punctuation character is
    escaped, a word joiner (U+2060, invisible) splits ``://``, ``www.`` and
    follows ``@``, and line breaks become spaces.
    """
    flat = " ".join(str(text).splitlines())
    return _BARE_LINK.sub(WORD_JOINER, flat).translate(_MARKDOWN)


def md_table(columns: list[object], rows: list[list[object]]) -> str:
    """Return a small table as Markdown, every cell shown literally (:func:`md`), numbers right-aligned.

    For the overview's count tables: Streamlit's data grid loads about 1 MB of scripts
    before the map's component on a first visit (issue 16).
    """
    numeric = [bool(rows) and all(isinstance(r[i], numbers.Real) for r in rows) for i in range(len(columns))]
    lines = ["| " + " | ".join(md(c) for c in columns) + " |",
             "|" + "".join("---:|" if n else "---|" for n in numeric)]
    lines += ["| " + " | ".join(md(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def html_block(markup: str) -> str:
    """Return HTML for ``st.markdown(..., unsafe_allow_html=True)`` that Markdown leaves alone.

    A raw HTML block ends at the first blank line, and what follows is read as
    Markdown: a document's ``[附件](https://…)`` after a blank line in the reader
    became a live link. On one line (line breaks as ``&#10;``, which render the
    same, also under ``white-space: pre-wrap``) the whole markup stays one HTML block.
    """
    return markup.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "&#10;")


def error_id() -> str:
    """Return a fresh id (8 hex characters) naming one error in the message and the server log."""
    return secrets.token_hex(4)


@contextlib.contextmanager
def errors_as_message(lang: str) -> Iterator[None]:
    """Run a page body; turn an unexpected exception into a short message with an error id.

    The traceback goes to the server log (``geo.web`` logger) under the same
    id, never to the visitor, whose page must not show server paths (issue 15,
    item 2). Streamlit's own control flow (``st.rerun``, ``st.stop``) derives
    from ``BaseException`` and passes through.
    """
    try:
        yield
    except Exception:
        eid = error_id()
        _ensure_handler()
        log.exception("unexpected error %s on page %s", eid, _page_name())
        st.error(t("error.unexpected", lang).format(id=eid))


def _ensure_handler() -> None:
    """Give the log a timestamped handler on stderr when nothing else configured logging."""
    if not log.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)


def _page_name() -> str:
    try:
        return str(st.context.url or "")
    except Exception:  # outside a running app (AppTest of a bare page): no URL to report
        return ""
