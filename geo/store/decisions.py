"""People's review decisions applied to the projects the documents give (issue 13).

Pure functions over :class:`geo.model.Decision` records; :mod:`geo.store.load`
reads the rows, :mod:`geo.store.review` writes them (through :mod:`geo.store.decision_rows`).
"""

from __future__ import annotations

import datetime as dt
import json
import operator
from dataclasses import fields, replace
from typing import Any, Iterable, Mapping

from geo.model import (
    HIDDEN_STATES,
    REGISTER_KEYS,
    Decision,
    EntityType,
    Project,
    Register,
    RejectReason,
    ReviewState,
    governing_first,
    latest_period,
    latest_stage,
    latest_start_year,
    latest_target_year,
    stated_register,
)

#: The fields of a project record (all set by its constructor), for :func:`_own`.
_PROJECT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Project))
#: A project's values in the order of its constructor's arguments, and where each field is in them.
_PROJECT_VALUES = operator.attrgetter(*_PROJECT_FIELDS)
_FIELD_AT: dict[str, int] = {name: i for i, name in enumerate(_PROJECT_FIELDS)}

#: Longest chain of merges followed (a merge into a merged project is followed to its end).
_MAX_CHAIN = 32


def from_row(row: Mapping[str, Any]) -> Decision:
    """Return the decision of a ``review_decisions`` row."""
    values = [row[k] for k in REGISTER_KEYS]
    spans = row["spans"]
    return Decision(
        project_id=row["project_id"],
        state=_STATES.get(row["state"]) or ReviewState(row["state"]),
        reason=RejectReason(row["reason"]) if row["reason"] else None,
        note=row["note"],
        merged_into=row["merged_into"],
        name=row["name"],
        type=EntityType(row["type"]) if row["type"] else None,
        # most decisions set no register field: one shared empty register (issue 16: 11,000 decisions at 50k)
        register=Register.from_dict(dict(zip(REGISTER_KEYS, values))) if values.count(None) < len(values)
        else _NO_REGISTER,
        spans=tuple(tuple(s) for s in json.loads(spans)) if spans and spans != "[]" else (),
        by=row["by"],
        at=row["at"],
        version=row["version"],
    )


#: Review states by stored value: a dict lookup instead of an enum call per row.
_STATES: dict[str, ReviewState] = {str(s): s for s in ReviewState}
#: The empty register (immutable: one object serves every decision that sets none).
_NO_REGISTER = Register()


def to_values(d: Decision) -> dict[str, Any]:
    """Return the ``review_decisions`` column values of a decision (all but the key)."""
    register = {k: (None if v is None else str(v)) for k, v in _register_values(d.register).items()}
    return {
        "state": str(d.state),
        "reason": str(d.reason) if d.reason else None,
        "note": d.note,
        "merged_into": d.merged_into,
        "name": d.name,
        "type": str(d.type) if d.type else None,
        **register,
        "annual_investment_year": d.register.annual_investment_year,
        "spans": json.dumps([list(s) for s in d.spans], ensure_ascii=False),
        "by": d.by,
        "at": d.at,
        "version": d.version,
    }


def _register_values(r: Register) -> dict[str, Any]:
    return {k: getattr(r, k) for k in REGISTER_KEYS if k != "annual_investment_year"}


def snapshot(d: Decision | None) -> dict[str, Any] | None:
    """Return a decision as JSON-ready values for the audit log (what :func:`from_snapshot` reads)."""
    if d is None:
        return None
    values = to_values(d)
    values["spans"] = [list(s) for s in d.spans]
    values["at"] = d.at.isoformat() if d.at else None
    return {"project_id": d.project_id, **values}


def from_snapshot(s: Mapping[str, Any]) -> Decision:
    """Return the decision of a :func:`snapshot`."""
    row = dict(s)
    row["spans"] = json.dumps(row.get("spans") or [])
    row["at"] = dt.datetime.fromisoformat(row["at"]) if row.get("at") else None
    return from_row(row)


def target_of(project_id: str, decided: Mapping[str, Decision]) -> str | None:
    """Return the project a merged project ends up in (None if not merged, or the chain is broken)."""
    d = decided.get(project_id)
    if d is None or d.state is not ReviewState.MERGED:
        return None
    seen = {project_id}
    current = d.merged_into
    for _ in range(_MAX_CHAIN):
        if current is None or current in seen:
            return None
        nxt = decided.get(current)
        if nxt is None or nxt.state is not ReviewState.MERGED:
            return current
        seen.add(current)
        current = nxt.merged_into
    return None


def with_merged(ids: Iterable[str], decided: Mapping[str, Decision]) -> list[str]:
    """Return ``ids`` and the ids of every project merged into one of them."""
    wanted = list(dict.fromkeys(ids))
    want = set(wanted)
    wanted += [pid for pid in decided if pid not in want and target_of(pid, decided) in want]
    return wanted


def apply(projects: list[Project], decided: Mapping[str, Decision], *, hidden: bool = False,
          ids: list[str] | None = None) -> list[Project]:
    """Return the projects with people's decisions applied.

    Each project gets its review state, name and type overrides (the extracted
    name is kept as an alias) and register; a merge target gets the mentions,
    events and names of the projects merged into it, and its stage and target
    year from the joined events. Rejected and merged-away projects are left
    out unless ``hidden``; with ``ids`` only those projects are returned.
    """
    decided_here = [p for p in projects if p.id in decided]
    if not decided_here:
        return projects if ids is None else [p for p in projects if p.id in set(ids)]
    # Only decided projects are rebuilt (issue 16: 50,000 projects, a few thousand decided);
    # only merged ones have a target (target_of is None for any other), in the projects' order.
    changed = {p.id: _own(p, decided[p.id]) for p in decided_here}
    merged = [p for p in decided_here if decided[p.id].state is ReviewState.MERGED]
    absorbed: dict[str, list[Project]] = {}
    if merged:
        present = {p.id for p in projects}
        for p in merged:
            target = target_of(p.id, decided)
            if target is not None and target in present:
                absorbed.setdefault(target, []).append(changed[p.id])
    out = []
    for p in projects:
        q = changed.get(p.id, p)
        if q.id in absorbed:
            q = _joined(q, absorbed[q.id])
        if q.review in HIDDEN_STATES and not hidden:
            continue
        if ids is not None and q.id not in ids:
            continue
        out.append(q)
    if any(d.name for d in decided.values()):
        out.sort(key=lambda p: p.name)
    return out


def _own(p: Project, d: Decision | None) -> Project:
    if d is None:
        return p
    changes: dict[str, Any] = {"review": d.state, "register": p.register.overlaid(d.register)}
    if d.name and d.name != p.name:
        changes |= {"name": d.name, "aliases": tuple(dict.fromkeys((*p.aliases, p.name)))}
    if d.type:
        changes["type"] = d.type
    # The record's values in one call and the changed ones put in place, instead of dataclasses.replace,
    # which looks the fields up again for each of the thousands of decided projects of a load (issue 16).
    values = list(_PROJECT_VALUES(p))
    for name, value in changes.items():
        values[_FIELD_AT[name]] = value
    return Project(*values)


def _joined(target: Project, merged: list[Project]) -> Project:
    mentions = [*target.mentions]
    events = [*target.events]
    names = [*target.aliases]
    for m in merged:
        mentions += m.mentions
        events += m.events
        names += [m.name, *m.aliases]
    mentions.sort(key=lambda e: (e.doc_date or dt.date.min, e.doc, e.start))
    events.sort(key=lambda e: e.date or dt.date.min)
    aliases = tuple(n for n in dict.fromkeys(names) if n != target.name)
    ordered = governing_first(mentions)
    register = stated_register(m for p in merged for m in p.mentions)  # what the merged ones' documents state
    return replace(target, mentions=ordered, events=tuple(events), aliases=aliases,
                   register=register.overlaid(target.register),
                   stage=latest_stage(events), target_year=latest_target_year(events),
                   start_year=latest_start_year(ordered), period=latest_period(ordered))
