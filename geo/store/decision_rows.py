"""The ``review_decisions`` rows: read, checked and written inside one locked transaction.

:func:`change_all` is how every review action writes: under the corpus write
lock (:func:`geo.store.db.locked`) it reads the stored decisions (:func:`geo.store.load.read_decisions`) and the
projects' mention spans once, applies the action's change to each project's
decision, writes them in batches and adds one audit row each with the decision
before → after. The smaller readers and writers (:func:`require`, :func:`project_spans`, :func:`write`) serve :mod:`geo.store.review` and
:mod:`geo.store.relink` inside their own transactions; :mod:`geo.store.decisions`
converts between rows and :class:`geo.model.Decision` records.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, Iterator, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from geo.errors import StoreError
from geo.model import Decision
from geo.store import db, decisions
from geo.store.load import read_decisions
from geo.store.progress import audit_all

# --------------------------------------------------------------------------- one locked change


def change(eng: Engine, project_id: str, *, by: str, action: str,
           mutate: Callable[[Decision, sa.Connection], Decision], extra: dict[str, Any] | None = None) -> Decision:
    """Apply ``mutate`` to a project's decision and audit before → after, in one locked transaction."""
    return change_all(eng, [project_id], by=by, action=action, mutate=mutate, extra=extra)[0]


def change_all(eng: Engine, ids: Sequence[str], *, by: str, action: str,
               mutate: Callable[[Decision, sa.Connection], Decision],
               extra: dict[str, Any] | None = None) -> list[Decision]:
    """Apply ``mutate`` to each project's decision and audit before → after, all in one locked transaction.

    Either every project gets its decision or, when one fails (an unknown id, a database
    error), none does. One read of the decisions and of the mentions' spans for all the ids,
    and batched writes: confirming 10,000 projects was 10,000 transactions, each reading
    every decision (issue 16).
    """
    if not by or not by.strip():
        raise StoreError("say who decides (--by NAME)")
    who = by.strip()[:64]

    def work() -> list[Decision]:
        if extra is not None:
            extra.clear()
        with db.locked(eng, touched=ids) as conn:
            _require_all(conn, ids)
            known = read_decisions(conn)
            spans = _spans_of(conn, ids)
            now = db.utc_now()
            out: list[Decision] = []
            new: list[Decision] = []
            entries: list[tuple[str | None, dict[str, Any]]] = []
            for pid in ids:
                before = known.get(pid)
                current = before or Decision(pid)
                after = replace(mutate(current, conn), project_id=pid, spans=spans.get(pid, ()), by=who, at=now,
                                version=current.version + 1)
                out.append(after)
                if before is None:
                    new.append(after)
                entries.append((pid, {
                    "review": [str(current.state), str(after.state)],
                    "before": decisions.snapshot(before), "after": decisions.snapshot(after), **(extra or {}),
                }))
            _write_all(conn, new, new=True)
            _write_all(conn, [d for d in out if d.project_id in known], new=False)
            audit_all(conn, actor=who, action=action, entries=entries)
            return out

    db.init(eng)
    return db.retrying(work)


# --------------------------------------------------------------------------- rows


def write(conn: sa.Connection, d: Decision, *, new: bool) -> None:
    """Insert (``new``) or update one decision."""
    _write_all(conn, [d], new=new)


def _write_all(conn: sa.Connection, found: Sequence[Decision], *, new: bool) -> None:
    """Insert (``new``) or update the decisions, in one statement."""
    if not found:
        return
    t = db.review_decisions
    if new:
        conn.execute(t.insert(), [{"project_id": d.project_id, **decisions.to_values(d)} for d in found])
    else:
        conn.execute(t.update().where(t.c.project_id == sa.bindparam("key")),
                     [{"key": d.project_id, **decisions.to_values(d)} for d in found])


def require(conn: sa.Connection, project_id: str) -> None:
    """Raise StoreError unless a project of this id is stored."""
    _require_all(conn, [project_id])


def _require_all(conn: sa.Connection, ids: Sequence[str]) -> None:
    """Raise StoreError unless a project of each id is stored (naming the first that is not)."""
    e = db.entities
    stored: set[str] = set()
    for chunk in _chunks(ids):
        stored.update(conn.execute(sa.select(e.c.id).where(e.c.id.in_(chunk))).scalars())
    missing = next((pid for pid in ids if pid not in stored), None)
    if missing is not None:
        raise StoreError(f"no project {missing}")


def project_spans(conn: sa.Connection, project_id: str) -> tuple[tuple[str, str, int, int], ...]:
    """Return a project's mentions as ``(document sha256, document name, start, end)``, in order."""
    return _spans_of(conn, [project_id]).get(project_id, ())


def _spans_of(conn: sa.Connection, ids: Sequence[str]) -> dict[str, tuple[tuple[str, str, int, int], ...]]:
    """Return each project's mentions as ``(document sha256, document name, start, end)``, in order."""
    found: dict[str, list[tuple[str, str, int, int]]] = {}
    for chunk in _chunks(ids):
        query = (sa.select(db.mentions.c.entity_id, db.documents.c.sha256, db.documents.c.name, db.mentions.c.start,
                           db.mentions.c.end)
                 .join(db.documents, db.documents.c.id == db.mentions.c.document_id)
                 .where(db.mentions.c.entity_id.in_(chunk))
                 .order_by(db.documents.c.name, db.mentions.c.start, db.mentions.c.end))
        for r in conn.execute(query):
            found.setdefault(r.entity_id, []).append((r.sha256, r.name, r.start, r.end))
    return {pid: tuple(spans) for pid, spans in found.items()}


#: Ids per ``IN (…)`` list: within every database's limit on bound parameters.
_CHUNK = 500


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]
