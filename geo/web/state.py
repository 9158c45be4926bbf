"""Session state and cached accessors of the app: the engine, projects, documents, gazetteer, language, user."""

from __future__ import annotations

import secrets
from typing import Any

import streamlit as st

from geo import settings, store
from geo.model import DocumentInfo, Project
from geo.places import gazetteer


@st.cache_resource
def engine() -> Any:
    """Return the database engine (one per process), tables created."""
    eng = store.engine()
    store.init(eng)
    return eng


@st.cache_data(ttl=30, max_entries=4, show_spinner=False)
def projects() -> list[Project]:
    """Return every project with mentions and geometry (cached briefly)."""
    return store.load_projects(engine())


@st.cache_data(ttl=30, max_entries=4, show_spinner=False)
def documents() -> list[DocumentInfo]:
    """Return the stored documents (cached briefly)."""
    return store.list_documents(engine())


def clear_caches() -> None:
    """Forget cached query results after a change to the database."""
    projects.clear()
    documents.clear()
    document_text.clear()


@st.cache_resource
def gaz() -> gazetteer.Gazetteer:
    """Return the gazetteer (loaded once per process)."""
    return gazetteer.load()


def lang() -> str:
    """Return the interface language chosen in the sidebar (``zh`` by default)."""
    return st.session_state.get("lang", str(settings.get("PLAN_ATLAS_LANG")))


@st.cache_data(ttl=30, max_entries=16, show_spinner=False)
def document_text(name: str) -> str:
    """Return a stored document's decoded original text."""
    return store.document_text(engine(), name) or ""


def client_source() -> str:
    """Return who is signing in, to slow down failed logins per source: the client's address.

    Streamlit gives no address for a visitor on ``localhost`` (``st.context.ip_address``
    is None); such a visitor is told apart by a random key kept in their session.
    """
    ip = st.context.ip_address
    if ip:
        return f"ip:{ip}"
    return "session:" + st.session_state.setdefault("client_key", secrets.token_hex(8))


def current_user() -> Any:
    """Return the signed-in user of this session, or None (viewing needs no login)."""
    return st.session_state.get("user")
