"""The store: documents, projects, mentions, status events, accounts and the audit log.

SQLite by default, PostgreSQL through ``DATABASE_URL``. Public interface: the
engine and schema helpers (``db``), :func:`save_document` (``ingest``), :func:`load_projects`
(``load``), accounts (``accounts``) and progress recorded by people
(``progress``, with :func:`is_overdue`), sign-in tokens (``sessions``), review decisions and register
fields (``review``; applied by ``decisions``) and the review queue (``queue``).
"""

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

__all__ = [
    "GeoInfo", "bump_version", "counts", "data_version_of", "dispose_engines", "document_text", "engine", "engine_for", "event_source_value", "init", "is_empty", "is_overdue",
    "list_documents", "load_projects", "utc_now", "reset", "save_document", "touched_between", "users",
]
