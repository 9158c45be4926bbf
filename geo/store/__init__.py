"""The store: documents, projects, mentions, status events, accounts and the audit log.

SQLite by default, PostgreSQL through ``DATABASE_URL``. Public interface: the
engine and schema helpers (``db``), :func:`save_document` (``ingest``), :func:`load_projects`
(``load``), accounts (``accounts``) and progress recorded by people
(``progress``, with :func:`is_overdue`), sign-in tokens (``sessions``), review decisions and register
fields (``review``; applied by ``decisions``) and the review queue (``queue``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

#: Where each name of the interface is defined. They are imported on first use (PEP 562), so that
#: ``geo.store.corpus``, the kept form of a document's reading, is read without the database's
#: modules: ``geo ingest`` reads and extracts its documents in forked copies while this process
#: imports SQLAlchemy (issue 16 item 5; :mod:`geo.reading`).
_FROM = {
    **dict.fromkeys(("GeoInfo", "bump_version", "counts", "data_version_of", "dispose_engines", "document_text",
                     "engine", "engine_for", "event_source_value", "init", "is_empty", "list_documents", "reset",
                     "touched_between", "users", "utc_now"), "geo.store.db"),
    "save_document": "geo.store.ingest",
    "load_projects": "geo.store.load",
    "is_overdue": "geo.store.progress",
}

if TYPE_CHECKING:
    from geo.store.db import (
        GeoInfo,
        bump_version,
        counts,
        data_version_of,
        dispose_engines,
        document_text,
        engine,
        engine_for,
        event_source_value,
        init,
        is_empty,
        list_documents,
        reset,
        touched_between,
        users,
        utc_now,
    )
    from geo.store.ingest import save_document
    from geo.store.load import load_projects
    from geo.store.progress import is_overdue


def __getattr__(name: str) -> Any:
    """Return a name of the interface, importing its module on first use."""
    module = _FROM.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "GeoInfo", "bump_version", "counts", "data_version_of", "dispose_engines", "document_text", "engine", "engine_for", "event_source_value", "init", "is_empty", "is_overdue",
    "list_documents", "load_projects", "utc_now", "reset", "save_document", "touched_between", "users",
]
