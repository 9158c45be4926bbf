"""The review queue: projects waiting for a person, ordered by how much they need one (issue 13)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Iterable, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from geo.model import (
    HIDDEN_STATES,
    STAGE_ORDER,
    Decision,
    EntityType,
    Precision,
    Project,
    ReviewState,
    Stage,
    name_key,
)
from geo.store import db, load


class Need(StrEnum):
    """Why a project needs a person's look, most pressing first in :data:`WEIGHTS`."""

    NEAR_DUPLICATE = "near_duplicate"  # its name contains, or is contained in, another's (合安高速 / 合安高速潼南段)
    CONFLICTING = "conflicting"  # two mentions state different stages on one date, or a later one an earlier stage
    NEW = "new"  # named only by documents added after the first ingest (an upload)
    UNLOCATED = "unlocated"
    LOW_CONFIDENCE = "low_confidence"  # the catch-all type, or named once without a stage
    STAGE_UNKNOWN = "stage_unknown"
    DISTRICT_ONLY = "district_only"  # placed only at its district's (or city's) seat


#: How much each need weighs in the queue order.
WEIGHTS: dict[Need, int] = {
    Need.NEAR_DUPLICATE: 5, Need.CONFLICTING: 4, Need.NEW: 4, Need.UNLOCATED: 3,
    Need.LOW_CONFIDENCE: 3, Need.STAGE_UNKNOWN: 2, Need.DISTRICT_ONLY: 2,
}

#: Shortest name key compared for near-duplicates (shorter names are contained in too many others).
_MIN_KEY = 3


@dataclass(frozen=True, slots=True)
class QueueItem:
    """A project in the queue: why it needs review, and its near-duplicates' ids."""

    project: Project
    needs: tuple[Need, ...]
    duplicates: tuple[str, ...] = ()

    @property
    def score(self) -> int:
        """Return the sum of the weights of its needs (higher first in the queue)."""
        return sum(WEIGHTS[n] for n in self.needs)


def record(item: QueueItem, decision: Decision | None = None) -> dict[str, Any]:
    """Return a queue item with its decision as a JSON-ready dict (``review list --json``)."""
    p, d = item.project, decision
    return {
        "id": p.id, "name": p.name, "type": str(p.type), "stage": str(p.stage), "review": str(p.review),
        "reason": str(d.reason) if d and d.reason else None, "note": d.note if d else None,
        "merged_into": d.merged_into if d else None, "by": d.by if d else None,
        "at": d.at.isoformat() if d and d.at else None, "version": d.version if d else 0,
        "needs": [str(n) for n in item.needs], "duplicates": list(item.duplicates), "mentions": len(p.mentions),
        **p.register.to_dict(),
    }


def review_queue(eng: Engine, *, states: Sequence[ReviewState | str] = (ReviewState.PENDING,)) -> list[QueueItem]:
    """Return the projects in ``states`` (pending by default), neediest first, each with its needs."""
    db.init(eng)
    wanted = {ReviewState(s) for s in states}
    every = load.load_projects(eng, hidden=True)
    return queue_of(every, new_docs=new_documents(eng), states=wanted)


def new_documents(eng: Engine) -> set[str]:
    """Return the names of the documents stored after the first ingest (one ingest shares one time)."""
    with eng.connect() as conn:
        rows = conn.execute(sa.select(db.documents.c.name, db.documents.c.ingested_at)).all()
    if not rows:
        return set()
    first = min(r.ingested_at for r in rows)
    return {r.name for r in rows if r.ingested_at > first}


def queue_of(projects: Iterable[Project], *, new_docs: set[str],
             states: set[ReviewState] | None = None) -> list[QueueItem]:
    """Return the queue of ``projects`` in ``states`` (all when None), by score, then number of needs, then name.

    Near-duplicates are looked for among every project still shown (not rejected or merged away).
    """
    every = list(projects)
    shown = [p for p in every if p.review not in HIDDEN_STATES]
    dups = near_duplicates(shown)
    items = [
        QueueItem(p, tuple(needs_of(p, new_docs=new_docs, duplicate=bool(dups.get(p.id)))), tuple(dups.get(p.id, ())))
        for p in every if states is None or p.review in states
    ]
    return sorted(items, key=lambda i: (-i.score, -len(i.needs), i.project.name))


def needs_of(p: Project, *, new_docs: set[str], duplicate: bool = False) -> list[Need]:
    """Return why a project needs review, in :class:`Need` order."""
    found = set()
    if duplicate:
        found.add(Need.NEAR_DUPLICATE)
    if conflicting(p):
        found.add(Need.CONFLICTING)
    docs = {m.doc for m in p.mentions}
    if docs and docs <= new_docs:
        found.add(Need.NEW)
    if p.precision is Precision.UNLOCATED or not p.geometry:
        found.add(Need.UNLOCATED)
    elif p.precision in (Precision.DISTRICT, Precision.CITY):
        found.add(Need.DISTRICT_ONLY)
    if p.type is EntityType.OTHER_FACILITY or (len(p.mentions) == 1 and p.mentions[0].stage is Stage.UNSPECIFIED):
        found.add(Need.LOW_CONFIDENCE)
    if p.stage is Stage.UNSPECIFIED:
        found.add(Need.STAGE_UNKNOWN)
    return [n for n in Need if n in found]


def conflicting(p: Project) -> bool:
    """Return whether two mentions state different stages on one date, or a later one an earlier stage."""
    rank = {s: i for i, s in enumerate(STAGE_ORDER)}
    stated = sorted(((m.doc_date, rank[m.stage]) for m in p.mentions
                     if m.stage not in (Stage.UNSPECIFIED, Stage.UPGRADE) and m.doc_date),
                    key=lambda x: x)
    for (d1, r1), (d2, r2) in zip(stated, stated[1:]):
        if r1 != r2 and (d1 == d2 or r2 < r1):
            return True
    return False


def near_duplicates(projects: Sequence[Project]) -> dict[str, list[str]]:
    """Return, by project id, the ids of the projects of the same type whose name (or alias) contains its own or is contained in it."""
    keys: dict[str, set[str]] = {}
    by_type: dict[EntityType, list[Project]] = {}
    for p in projects:
        keys[p.id] = {k for k in (name_key(n) for n in (p.name, *p.aliases)) if len(k) >= _MIN_KEY}
        by_type.setdefault(p.type, []).append(p)
    out: dict[str, list[str]] = {}
    for group in by_type.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if any(ka in kb or kb in ka for ka in keys[a.id] for kb in keys[b.id]):
                    out.setdefault(a.id, []).append(b.id)
                    out.setdefault(b.id, []).append(a.id)
    return out
