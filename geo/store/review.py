"""Review by people (issue 13): confirm, reject, merge, edit and undo, each audited; the decisions read.

Every action runs under the corpus write lock through
:func:`geo.store.decision_rows.change_all` (one locked transaction, one audit
row per project with the decision before → after, which :func:`undo` restores),
so it never interleaves with an ingest's re-link. The decisions are stored in
``review_decisions`` (rows read and written by :mod:`geo.store.decision_rows`,
applied to the projects by :mod:`geo.store.decisions`); after a re-link,
:func:`geo.store.relink.reattach` moves them to their projects' new ids.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any, Iterable, Mapping, Sequence

import sqlalchemy as sa
from shapely.geometry import mapping, shape
from sqlalchemy.engine import Engine

from geo.errors import ConflictError, StoreError
from geo.model import (
    PERSON_NOTE,
    REGISTER_KEYS,
    Decision,
    EntityType,
    EventSource,
    Precision,
    Project,
    Register,
    RejectReason,
    ReviewState,
    Stage,
    StatusEvent,
    latest_stage,
    latest_target_year,
)
from geo.store import db, decisions, load
from geo.store.decision_rows import (
    change,
    change_all,
    project_spans,
    require,
    write,
)
from geo.store.progress import audit

#: Audit actions of review decisions (``review_undo`` and ``review_reattach`` are not undone).
ACTIONS: tuple[str, ...] = ("review_confirm", "review_reject", "review_merge", "review_edit")

#: Years a target year may take.
_YEARS = range(1949, 2101)


# --------------------------------------------------------------------------- reading


def load_decisions(eng: Engine) -> dict[str, Decision]:
    """Return every stored decision by project id."""
    db.init(eng)
    with eng.connect() as conn:
        return load.read_decisions(conn)


def decision(eng: Engine, project_id: str) -> Decision:
    """Return the decision about a project (a pending one with version 0 when nobody decided yet)."""
    return load_decisions(eng).get(project_id) or Decision(project_id)


def projects(eng: Engine, *, state: ReviewState | str | None = None) -> list[Project]:
    """Return the projects in review ``state`` (every project, hidden ones included, when None)."""
    wanted = None if state in (None, "all") else ReviewState(state)
    found = load.load_projects(eng, hidden=True)
    return [p for p in found if wanted is None or p.review is wanted]


# --------------------------------------------------------------------------- actions


def confirm(eng: Engine, ids: Sequence[str], *, by: str) -> list[Decision]:
    """Mark projects 已核实 (confirmed); return their decisions."""
    return change_all(eng, _unique(ids), by=by, action="review_confirm",
                       mutate=lambda d, _c: replace(d, state=ReviewState.CONFIRMED, reason=None, note=None,
                                                    merged_into=None))


def reject(eng: Engine, ids: Sequence[str], *, reason: RejectReason | str, by: str,
           note: str | None = None) -> list[Decision]:
    """Mark projects 已驳回 (rejected) for ``reason``: a :class:`RejectReason` or free text (reason ``other``).

    Returns their decisions; rejected projects leave maps, counts and exports.
    """
    try:
        why, text = RejectReason(reason), note
    except ValueError:
        why, text = RejectReason.OTHER, " ".join(filter(None, (str(reason).strip(), note)))
    if why is RejectReason.OTHER and not text:
        raise StoreError("say why the project is rejected")
    return change_all(eng, _unique(ids), by=by, action="review_reject",
                       mutate=lambda d, _c: replace(d, state=ReviewState.REJECTED, reason=why, note=text or None,
                                                    merged_into=None))


def merge(eng: Engine, project_id: str, *, into: str, by: str) -> Decision:
    """Merge a project into another (已合并): it leaves the lists and the target carries its mentions.

    Raises
    ------
    StoreError
        If either project is unknown, they are the same, or the target is rejected or merged back into it.
    """
    def mutate(d: Decision, conn: sa.Connection) -> Decision:
        require(conn, into)
        known = load.read_decisions(conn)
        target = decisions.target_of(into, known) or into
        if target == project_id:
            raise StoreError(f"cannot merge {project_id} into itself")
        if (t := known.get(target)) is not None and t.state is ReviewState.REJECTED:
            raise StoreError(f"cannot merge into {target}: it is rejected")
        if t is None:  # the target's spans let the merge find it again after a re-link
            write(conn, Decision(target, spans=project_spans(conn, target), by=by, at=db.utc_now(), version=1),
                  new=True)
        return replace(d, state=ReviewState.MERGED, merged_into=target, reason=None, note=None)

    return change(eng, project_id, by=by, action="review_merge", mutate=mutate)


def edit(
    eng: Engine,
    project_id: str,
    *,
    by: str,
    name: str | None = None,
    type: EntityType | str | None = None,  # noqa: A002 - the record's own word
    stage: Stage | str | None = None,
    target_year: int | None = None,
    geometry: Mapping[str, Any] | None = None,
    register: Mapping[str, Any] | None = None,
    expected_version: int | None = None,
) -> Decision:
    """Rename, retype, set stage and target year, place, or set register fields of a project.

    A stage or target year becomes a status update by ``by`` dated today; a
    geometry (GeoJSON, WGS-84 lon/lat) becomes the project's location at
    precision ``site``; ``register`` maps :data:`geo.model.REGISTER_KEYS` to new
    values (None or "" clears one). The review state is unchanged.

    Raises
    ------
    StoreError
        If the project is unknown or a value is not valid.
    ConflictError
        If ``expected_version`` is given and the decision changed since.
    """
    new_type = _enum(EntityType, type, "type") if type else None
    new_stage = _enum(Stage, stage, "stage") if stage else None
    if target_year is not None and int(target_year) not in _YEARS:
        raise StoreError(f"not a target year: {target_year}")
    geom = _geometry(geometry) if geometry is not None else None
    unknown = set(register or {}) - set(REGISTER_KEYS)
    if unknown:
        raise StoreError(f"unknown register field {sorted(unknown)[0]}; choose from {', '.join(REGISTER_KEYS)}")
    if name is not None and not name.strip():
        raise StoreError("a project's name cannot be empty")
    extra: dict[str, Any] = {}

    def mutate(d: Decision, conn: sa.Connection) -> Decision:
        if expected_version is not None and d.version != expected_version:
            raise ConflictError("this project was reviewed by someone else since you opened it; reload it")
        row = conn.execute(sa.select(db.entities).where(db.entities.c.id == project_id)).one()
        out = d
        if name is not None:
            out = replace(out, name=None if name.strip() == row.name else name.strip())
        if new_type is not None:
            out = replace(out, type=None if str(new_type) == row.type else new_type)
        if register:
            try:
                fields = out.register.to_dict() | {k: (None if v == "" else v) for k, v in register.items()}
                out = replace(out, register=Register.from_dict(fields))
            except ValueError as e:
                raise StoreError(str(e)) from e
        if new_stage is not None or target_year is not None:
            extra["events"] = [_add_event(conn, project_id, new_stage, target_year, by=by)]
        if geom is not None:
            extra["location"] = {"geometry": [row.geometry and json.loads(row.geometry), geom],
                                 "precision": [row.precision, str(Precision.SITE)],
                                 "geo_note": [row.geo_note, PERSON_NOTE]}
            conn.execute(db.entities.update().where(db.entities.c.id == project_id).values(
                geometry=json.dumps(geom), precision=str(Precision.SITE), geo_note=PERSON_NOTE))
        if extra:
            conn.execute(db.entities.update().where(db.entities.c.id == project_id)
                         .values(version=db.entities.c.version + 1, updated_at=db.utc_now()))
        return out

    return change(eng, project_id, by=by, action="review_edit", mutate=mutate, extra=extra)


def undo(eng: Engine, project_id: str, *, by: str) -> Decision:
    """Undo the latest review action on a project not undone yet; return the restored decision.

    The decision before that action comes back, with any status update it
    recorded removed and any location it set restored. Undo again to go further back.

    Raises
    ------
    StoreError
        If nothing is left to undo.
    """
    def work() -> Decision:
        with db.locked(eng, touched=[project_id]) as conn:
            require(conn, project_id)
            entry = _last_undoable(conn, project_id)
            if entry is None:
                raise StoreError(f"nothing to undo for {project_id}")
            detail = json.loads(entry.detail)
            current = load.read_decisions(conn).get(project_id)
            version = (current.version if current else 0) + 1
            before = detail.get("before")
            restored = (decisions.from_snapshot(before) if before else Decision(project_id))
            restored = replace(restored, project_id=project_id,
                               spans=project_spans(conn, project_id) or restored.spans,
                               by=by, at=db.utc_now(), version=version)
            write(conn, restored, new=current is None)
            for event_id in detail.get("events") or ():
                conn.execute(db.status_events.delete().where(db.status_events.c.id == event_id))
            if loc := detail.get("location"):
                conn.execute(db.entities.update().where(db.entities.c.id == project_id).values(
                    geometry=json.dumps(loc["geometry"][0]) if loc["geometry"][0] else None,
                    precision=loc["precision"][0], geo_note=loc["geo_note"][0]))
            audit(conn, actor=by, action="review_undo", entity_id=project_id, detail={
                "undoes": entry.id, "action": entry.action,
                "review": [str(current.state) if current else str(ReviewState.PENDING), str(restored.state)],
                "before": decisions.snapshot(current), "after": decisions.snapshot(restored),
            })
            return restored

    db.init(eng)
    return db.retrying(work)


# --------------------------------------------------------------------------- helpers


def _add_event(conn: sa.Connection, project_id: str, stage: Stage | None, target_year: int | None, *,
               by: str) -> int:
    """Record a person's status update (the current stage when only the year changes); return its id."""
    ev = db.status_events
    events = [StatusEvent(stage=Stage(r.stage), source=EventSource(r.source), date=r.date, target_year=r.target_year)
              for r in conn.execute(sa.select(ev).where(ev.c.entity_id == project_id).order_by(ev.c.date, ev.c.id))]
    previous = latest_stage(events)
    return int(conn.execute(ev.insert().values(
        entity_id=project_id, stage=str(stage or previous), previous_stage=str(previous), date=dt.date.today(),
        target_year=target_year if target_year is not None else latest_target_year(events),
        source=db.event_source_value(EventSource.PERSON), note="审核", author=by[:128], created_at=db.utc_now(),
    )).inserted_primary_key[0])


def _last_undoable(conn: sa.Connection, project_id: str) -> Any:
    """Return the newest review audit row of the project (or of the ids it had before) not undone yet."""
    log = db.audit_log
    ids = {project_id}
    for r in conn.execute(sa.select(log.c.entity_id, log.c.detail).where(log.c.action == "review_reattach")
                          .order_by(log.c.id.desc())):
        if r.entity_id in ids:
            ids.add(json.loads(r.detail)["from"])
    rows = conn.execute(sa.select(log).where(log.c.entity_id.in_(sorted(ids)),
                                             log.c.action.in_([*ACTIONS, "review_undo"])).order_by(log.c.id.desc()))
    undone: set[int] = set()
    for r in rows:
        if r.action == "review_undo":
            undone.add(json.loads(r.detail)["undoes"])
        elif r.id not in undone:
            return r
    return None


def _enum(kind: type, value: Any, what: str) -> Any:
    try:
        return kind(str(value))
    except ValueError as e:
        raise StoreError(f"unknown {what} {value!r}; choose one of {', '.join(map(str, kind))}") from e


def _geometry(geometry: Mapping[str, Any]) -> dict[str, Any]:
    try:
        geom = shape(geometry)
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise StoreError("not a GeoJSON geometry") from e
    if geom.is_empty:
        raise StoreError("the location is empty")
    lon0, lat0, lon1, lat1 = geom.bounds
    if not (-180 <= lon0 <= lon1 <= 180 and -90 <= lat0 <= lat1 <= 90):
        raise StoreError("the location is not in lon/lat (WGS-84)")
    return mapping(geom)


def _unique(ids: Iterable[str]) -> list[str]:
    out = list(dict.fromkeys(i.strip() for i in ids if i and i.strip()))
    if not out:
        raise StoreError("name at least one project id")
    return out
