"""Safe display: document text shown as plain text, unexpected errors as a message with an id."""

from __future__ import annotations

import contextlib
import logging
import secrets
from typing import Iterator

import streamlit as st

from geo.i18n import t

log = logging.getLogger("geo.web")

# Every ASCII punctuation character may be backslash-escaped in CommonMark; Streamlit's extras
# ($ for LaTeX, :…: for icons and colours, ~ for strikethrough) are punctuation too.
_MARKDOWN = str.maketrans({c: "\\" + c for c in r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""})


def md(text: object) -> str:
    """Return ``text`` with every Markdown character escaped, to show it literally where Markdown is rendered.

    Titles, issuers, project names and quotes come from documents (and file
    names from uploaders): ``[附件](https://…)`` in a title must stay text,
    never become a link (issue 15, item 7). Line breaks are kept as spaces.
    """
    return " ".join(str(text).split("\n")).translate(_MARKDOWN)


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
