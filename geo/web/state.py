"""Session state and cached accessors of the app: the engine, projects, documents, gazetteer, language, user."""

from __future__ import annotations

import secrets
import threading
import weakref
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


#: The stamp read in each script run, by the run (Streamlit makes a new coordinator object per run).
_RUN_VERSION: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def data_version() -> str:
    """Return the stamp of the stored data (:func:`geo.store.data_version_of`), read once per script run.

    A page asks for it up to three times a run (projects, documents, the map); each
    was one ``SELECT`` (issue 16). Within one run the data it shows is of one version;
    the next run reads it again. Outside a script run (tests, benchmarks) it is read each time.
    """
    run = _script_run()
    if run is None:
        return store.data_version_of(engine())
    version = _RUN_VERSION.get(run)
    if version is None:
        version = _RUN_VERSION[run] = store.data_version_of(engine())
    return version


def _script_run() -> Any:
    """Return an object unique to the current script run (its fragment coordinator), or None."""
    from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

    ctx = get_script_run_ctx(suppress_warning=True)
    return getattr(ctx, "parallel_coordinator", None) if ctx is not None else None


# Shared by every session and rerun until the data changes (issue 16): ``cache_resource`` hands out
# the one object instead of unpickling a copy per hit as ``cache_data`` does. The records are frozen
# dataclasses in a tuple; callers get a new list and never change a project in place.
@st.cache_resource(max_entries=2, show_spinner=False)
def projects_at(version: str) -> tuple[Project, ...]:
    """Return every project as of data ``version`` (:func:`data_version`): one shared, immutable tuple.

    After an edit, a progress update or a review decision only the projects it
    touched are read again (:func:`geo.store.touched_between`); the rest are the
    same objects as before. Anything else (an ingest, a project appearing,
    leaving or renamed) reads them all.
    """
    with _LATEST_LOCK:
        before = _LATEST.get("stamp"), _LATEST.get("projects")
    loaded = _patched(before[0], before[1], version) if before[1] is not None else None
    if loaded is None:
        loaded = tuple(store.load_projects(engine()))
    with _LATEST_LOCK:
        _LATEST.update(stamp=version, projects=loaded)
    return loaded


#: The projects loaded last (any session), which the next version patches when it can.
_LATEST: dict[str, Any] = {}
_LATEST_LOCK = threading.Lock()


def _patched(old_stamp: str, old: tuple[Project, ...], version: str) -> tuple[Project, ...] | None:
    """Return ``old`` with the projects touched since ``old_stamp`` read again, or None to read all."""
    touched = store.touched_between(engine(), old_stamp, version)
    if touched is None or len(touched) > max(50, len(old) // 10):
        return None
    fresh = {p.id: p for p in store.load_projects(engine(), ids=sorted(touched))}
    present = {p.id: p for p in old if p.id in touched}
    # Same projects, same names (the order): anything else moves projects between lists, read all.
    if fresh.keys() != present.keys() or any(fresh[i].name != present[i].name for i in fresh):
        return None
    return tuple(fresh.get(p.id, p) for p in old)


@st.cache_resource(max_entries=2, show_spinner=False)
def documents_at(version: str) -> tuple[DocumentInfo, ...]:
    """Return the stored documents as of data ``version``: one shared, immutable tuple."""
    return tuple(store.list_documents(engine()))


def projects() -> list[Project]:
    """Return every project with mentions and geometry, loaded once per data version for all sessions."""
    return list(projects_at(data_version()))


def documents() -> list[DocumentInfo]:
    """Return the stored documents, loaded once per data version for all sessions."""
    return list(documents_at(data_version()))


@st.cache_data(max_entries=8, show_spinner=False)
def _review_queue_at(version: str, review_state: str) -> list[Any]:
    from geo.store import queue

    return queue.review_queue(engine(), states=(review_state,))


def review_queue(review_state: str) -> list[Any]:
    """Return the review queue of one review state, neediest first (:class:`geo.store.queue.QueueItem`)."""
    return _review_queue_at(data_version(), review_state)


def clear_caches() -> None:
    """Forget cached query results (a change to the database is also seen through :func:`data_version`).

    The data version read in this run is forgotten too: what is drawn after a save shows it.
    """
    if (run := _script_run()) is not None:
        _RUN_VERSION.pop(run, None)
    _review_queue_at.clear()
    projects_at.clear()
    with _LATEST_LOCK:
        _LATEST.clear()
    documents_at.clear()
    _document_text_at.clear()


@st.cache_resource
def gaz() -> gazetteer.Gazetteer:
    """Return the gazetteer (loaded once per process)."""
    return gazetteer.load()


def lang() -> str:
    """Return the interface language chosen in the sidebar (``zh`` by default)."""
    return st.session_state.get("lang", str(settings.get("PLAN_ATLAS_LANG")))


@st.cache_data(max_entries=16, show_spinner=False)
def _document_text_at(version: str, name: str) -> str:
    return store.document_text(engine(), name) or ""


def document_text(name: str) -> str:
    """Return a stored document's decoded original text (cached per data version)."""
    return _document_text_at(data_version(), name)


def client_source() -> str:
    """Return who is signing in, to slow down failed logins per source: the client's address.

    Streamlit gives no address for a visitor on ``localhost`` (``st.context.ip_address``
    is None); such a visitor is told apart by a random key kept in their session.
    """
    ip = st.context.ip_address
    if ip:
        return f"ip:{ip}"
    return "session:" + st.session_state.setdefault("client_key", secrets.token_hex(8))


#: The cookie holding this browser's sign-in token (see :func:`remember_sign_in`).
COOKIE = "pa_session"


def current_user() -> Any:
    """Return the signed-in user of this session, or None (viewing needs no login).

    A new session (a page refresh, a second tab) signs in again from the
    browser's token cookie, once, if it is still valid: signed, unexpired, its
    account enabled and its password unchanged (:func:`geo.store.sessions.user_of`).
    """
    if "user" not in st.session_state and not st.session_state.get("_pa_cookie_read"):
        st.session_state["_pa_cookie_read"] = True  # once: after signing out the old cookie is not read again
        from geo.store import sessions

        token = (st.context.cookies or {}).get(COOKIE)
        if token and (user := sessions.user_of(engine(), token)) is not None:
            st.session_state["user"] = user
    return st.session_state.get("user")


def remember_sign_in(user: Any) -> None:
    """Sign ``user`` in for this session and have the browser keep a token for the next ones."""
    from geo.store import sessions

    st.session_state["user"] = user
    st.session_state["_pa_cookie"] = sessions.issue(engine(), user)


def forget_sign_in() -> None:
    """Sign out this session and have the browser drop its token."""
    st.session_state.pop("user", None)
    st.session_state["_pa_cookie_read"] = True
    st.session_state["_pa_cookie"] = ""


def cookie_script() -> None:
    """Write (or clear) the sign-in cookie in the browser when a sign-in or sign-out asked for it.

    Streamlit's server code cannot send a Set-Cookie header, so a script sets
    it; the server reads it back through ``st.context.cookies`` when a session
    starts. It cannot be HttpOnly, but it is SameSite=Strict (never sent by
    another site), Secure over https, expires with the token, and holds a
    signed token, never the password. localStorage would keep it away from
    requests altogether, but reading it back needs a browser round trip (a
    component and a rerun) before the first run could know who is signed in.
    """
    token = st.session_state.pop("_pa_cookie", None)
    if token is None:
        return
    from geo.maps import layers

    age = int(float(settings.get("PLAN_ATLAS_SESSION_HOURS")) * 3600) if token else 0
    st.html(
        "<script>(function(){var s=location.protocol==='https:'?'; Secure':'';"
        f"document.cookie={layers.script_json(COOKIE + '=' + token)}+'; Path=/; Max-Age={age}; SameSite=Strict'+s;"
        "})();</script>",
        unsafe_allow_javascript=True,
    )
