"""After a re-link: review decisions follow their projects to the ids they have now (issue 13).

An ingest re-links the corpus, and a project may come back under another id.
Inside the ingest's locked transaction, :func:`reattach` finds each lost
decision's project again by the source spans recorded with it and moves the
decision there, with a person's status updates and location; the review
actions that record those spans are in :mod:`geo.store.review`.
"""

from __future__ import annotations

import json
from collections import Counter

import sqlalchemy as sa

from geo.model import EventSource, GeometrySource
from geo.store import db
from geo.store.decision_rows import project_spans
from geo.store.load import read_decisions
from geo.store.progress import audit

#: Weight of a recorded span found again exactly, against 1 for a span that only overlaps.
_EXACT_SPAN = 100


def reattach(conn: sa.Connection) -> list[tuple[str, str]]:
    """Give each decision whose project lost its id the project now named at its recorded spans.

    Called inside the ingest's locked transaction after the corpus is written:
    a decision (and a person's status updates and location) moves to the
    project whose mentions overlap most of its spans, unless that project has
    a decision of its own; then every decided project's spans are refreshed.

    Returns
    -------
    list[tuple[str, str]]
        The (old id, new id) of each decision moved.
    """
    known = read_decisions(conn)
    if not known:
        return []
    named = _named_spans(conn)
    named_ids = {span[-1] for spans in named.values() for span in spans}
    # Score every (lost decision, project now named) pair: a span named exactly as recorded counts
    # far more than one that only overlaps (a section's span overlaps its road's in the same clause).
    scores: Counter[tuple[str, str]] = Counter()
    for old, d in known.items():
        if old in named_ids or not d.spans:
            continue
        for sha, doc, start, end in d.spans:
            for m_start, m_end, eid in named.get(sha, []) or named.get(doc, []):
                if (m_start, m_end) == (start, end):
                    scores[old, eid] += _EXACT_SPAN
                elif m_start < end and start < m_end:
                    scores[old, eid] += 1
    # One project per decision, best pairs first; ties broken by id so every database agrees.
    moved: list[tuple[str, str]] = []
    taken = set(known)
    for (old, new), _score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        if old not in known or old in {m[0] for m in moved} or new in taken:
            continue
        _move(conn, old, new)
        known[new] = known.pop(old)
        taken.add(new)
        moved.append((old, new))
    if moved:
        db.drop_orphans(conn)
    for pid, d in known.items():
        spans = project_spans(conn, pid)
        if spans and spans != d.spans:
            conn.execute(db.review_decisions.update().where(db.review_decisions.c.project_id == pid)
                         .values(spans=json.dumps([list(s) for s in spans], ensure_ascii=False)))
    return moved


def _named_spans(conn: sa.Connection) -> dict[str, list[tuple[int, int, str]]]:
    """Return the stored mention spans by document sha256 and by document name: (start, end, entity id)."""
    query = sa.select(db.documents.c.sha256, db.documents.c.name, db.mentions.c.start, db.mentions.c.end,
                      db.mentions.c.entity_id).join(db.documents, db.documents.c.id == db.mentions.c.document_id)
    out: dict[str, list[tuple[int, int, str]]] = {}
    for r in conn.execute(query):
        out.setdefault(r.sha256, []).append((r.start, r.end, r.entity_id))
        out.setdefault(r.name, []).append((r.start, r.end, r.entity_id))
    return out


def _move(conn: sa.Connection, old: str, new: str) -> None:
    """Move a decision, the merges into it, and a person's events and location from ``old`` to ``new``."""
    t = db.review_decisions
    conn.execute(t.update().where(t.c.project_id == old).values(project_id=new))
    conn.execute(t.update().where(t.c.merged_into == old).values(merged_into=new))
    person = db.event_source_value(EventSource.PERSON)
    ev = db.status_events
    conn.execute(ev.update().where(ev.c.entity_id == old, ev.c.source == person).values(entity_id=new))
    row = conn.execute(sa.select(db.entities).where(db.entities.c.id == old)).first()
    if row is not None and GeometrySource.of_note(row.geo_note) is GeometrySource.PERSON:
        conn.execute(db.entities.update().where(db.entities.c.id == new).values(
            geometry=row.geometry, precision=row.precision, geo_note=row.geo_note))
    audit(conn, actor="ingest", action="review_reattach", entity_id=new, detail={"from": old, "to": new})
