"""Progress: status updates recorded by people, with optimistic locking, and the flags derived from them."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

import sqlalchemy as sa
from shapely.geometry import mapping, shape
from sqlalchemy.engine import Engine

from geo.errors import ConflictError, StoreError
from geo.model import PERSON_NOTE, EventSource, Precision, Project, Stage
from geo.store import db as store
from geo.store import load


@dataclass(frozen=True, slots=True)
class Update:
    """What an editor reports about a project.

    ``geometry`` is a GeoJSON geometry (WGS-84 lon/lat) for a corrected location:
    its precision becomes ``site``.
    """

    stage: Stage
    date: dt.date
    note: str = ""
    target_year: int | None = None
    geometry: dict[str, Any] | None = None


def record_update(eng: Engine, entity_id: str, update: Update, *, actor: str, expected_version: int) -> int:
    """Record a status update as a manual status event, in one transaction.

    The update applies only if the project is still at ``expected_version``
    (the version the editor saw); the audit log gets one row with before → after.

    Returns
    -------
    int
        The project's new version.

    Raises
    ------
    ConflictError
        If someone else changed the project since it was read.
    StoreError
        If the project does not exist.
    """
    found = load.load_projects(eng, ids=[entity_id])
    if not found:
        raise StoreError(f"no project {entity_id}")
    before = found[0]
    now = store.utc_now()
    values: dict[str, Any] = {"version": expected_version + 1, "updated_at": now}
    if update.geometry is not None:
        geom = shape(update.geometry)  # validates the GeoJSON
        if geom.is_empty:
            raise StoreError("the location is empty")
        values |= {"geometry": json.dumps(mapping(geom)), "precision": str(Precision.SITE),
                   "geo_note": PERSON_NOTE}  # read back as GeometrySource.PERSON
    with eng.begin() as conn:
        changed = conn.execute(
            store.entities.update()
            .where(store.entities.c.id == entity_id, store.entities.c.version == expected_version)
            .values(**values)
        ).rowcount
        if changed != 1:
            raise ConflictError(
                "this project was changed by someone else since you opened it; reload it and try again"
            )
        store.bump_version(conn, touched=[entity_id])
        conn.execute(
            store.status_events.insert().values(
                entity_id=entity_id,
                stage=str(update.stage),
                previous_stage=str(before.stage),
                date=update.date,
                target_year=update.target_year,
                source=store.event_source_value(EventSource.PERSON),
                note=update.note,
                author=actor,
                created_at=now,
            )
        )
        detail = {
            "stage": [str(before.stage), str(update.stage)],
            "date": update.date.isoformat(),
            "note": update.note,
            "target_year": [before.target_year, update.target_year] if update.target_year else None,
            "location": "corrected" if update.geometry is not None else None,
            "version": [expected_version, expected_version + 1],
        }
        audit(conn, actor=actor, action="status_update", entity_id=entity_id, detail=detail)
    return expected_version + 1


def audit(conn: sa.Connection, *, actor: str, action: str, entity_id: str | None, detail: dict[str, Any]) -> None:
    """Append one row to the audit log (the log has no update or delete path anywhere)."""
    audit_all(conn, actor=actor, action=action, entries=[(entity_id, detail)])


def audit_all(conn: sa.Connection, *, actor: str, action: str,
              entries: Sequence[tuple[str | None, dict[str, Any]]]) -> None:
    """Append one audit row per ``(entity_id, detail)`` of one action, in one statement (many ids at once)."""
    if not entries:
        return
    at = store.utc_now()
    conn.execute(store.audit_log.insert(), [
        {"at": at, "actor": actor, "action": action, "entity_id": entity_id,
         "detail": json.dumps({k: v for k, v in detail.items() if v is not None}, ensure_ascii=False)}
        for entity_id, detail in entries
    ])


def audit_entries(eng: Engine, *, limit: int = 200) -> list[dict[str, Any]]:
    """Return the newest audit log rows, newest first."""
    with eng.connect() as conn:
        rows = conn.execute(sa.select(store.audit_log).order_by(store.audit_log.c.id.desc()).limit(limit))
        return [{**r._mapping, "detail": json.loads(r.detail)} for r in rows]


def is_overdue(project: Project, today: dt.date) -> bool:
    """Return whether the target year has passed and the project is not completed."""
    year = project.target_year
    return bool(year) and int(year) < today.year and project.stage != Stage.COMPLETED


def last_evidence(project: Project) -> dt.date | None:
    """Return the date of the newest evidence (document or update by a person)."""
    dates = [e.date for e in project.events if e.date]
    dates += [m.doc_date for m in project.mentions if m.doc_date]
    return max(dates) if dates else None


def is_stale(project: Project, today: dt.date, months: int) -> bool:
    """Return whether no evidence is newer than ``months`` months before ``today`` and the project is not completed.

    A completed project needs no news (issue 11: "no new evidence for N
    months *and* not completed").
    """
    if project.stage == Stage.COMPLETED:
        return False
    last = last_evidence(project)
    if last is None:
        return True
    return (today.year - last.year) * 12 + (today.month - last.month) >= months


def changed_since(project: Project, since: dt.date) -> bool:
    """Return whether any evidence about the project is dated after ``since``."""
    last = last_evidence(project)
    return last is not None and last > since


def flags(project: Project, *, today: dt.date, stale_months: int, since: dt.date | None) -> list[str]:
    """Return the flags of a project: ``overdue``, ``stale``, ``changed``."""
    out = []
    if is_overdue(project, today):
        out.append("overdue")
    if is_stale(project, today, stale_months):
        out.append("stale")
    if since is not None and changed_since(project, since):
        out.append("changed")
    return out


@dataclass(frozen=True, slots=True)
class HistoryStep:
    """One step of a project's history: the stage from a date on, and its evidence.

    A document's step carries its sentence (``evidence``) and title
    (``document``); a person's step the note and its author.
    """

    date: dt.date | None
    stage: Stage
    previous_stage: Stage | None
    target_year: int | None
    source: EventSource
    evidence: str | None
    document: str | None
    author: str | None
    #: The evidence sentence's :attr:`geo.model.Mention.stage_basis` (``learned``: the model inferred the stage).
    stage_basis: str | None = None


def history(project: Project) -> list[HistoryStep]:
    """Return the project's stage over time, oldest first, each step with its evidence."""
    quotes = {}
    for m in project.mentions:
        quotes.setdefault((m.doc_date, m.stage), m)
    steps = []
    for e in project.events:
        m = quotes.get((e.date, e.stage)) if e.source is EventSource.DOCUMENT else None
        steps.append(
            HistoryStep(
                date=e.date,
                stage=e.stage,
                previous_stage=e.previous_stage,
                target_year=e.target_year,
                source=e.source,
                evidence=m.quote if m else e.note,
                document=m.doc_title if m else None,
                author=e.author,
                stage_basis=m.stage_basis if m else None,
            )
        )
    return sorted(steps, key=lambda s: s.date or dt.date.min)


def flagged(projects: Iterable[Project], flag: str, **kw: Any) -> list[Project]:
    """Return the projects carrying ``flag``."""
    return [p for p in projects if flag in flags(p, **kw)]


def geometry_from_file(name: str, data: bytes) -> dict[str, Any]:
    """Return the first geometry of an uploaded GeoJSON or KML file (WGS-84 lon/lat).

    Raises
    ------
    StoreError
        If the file holds no readable point or line.
    """
    import xml.etree.ElementTree as ET

    try:
        if name.lower().endswith(".kml"):
            root = ET.fromstring(data)
            for tag, kind in (("LineString", "LineString"), ("Point", "Point")):
                node = next((n for n in root.iter() if n.tag.endswith(tag)), None)
                if node is None:
                    continue
                text = next((n.text for n in node.iter() if n.tag.endswith("coordinates")), "") or ""
                coords = [[float(v) for v in c.split(",")[:2]] for c in text.split()]
                if coords:
                    return {"type": kind, "coordinates": coords[0] if kind == "Point" else coords}
            raise StoreError(f"{name}: no Point or LineString in the KML")
        obj = json.loads(data.decode("utf-8-sig"))
        if obj.get("type") == "FeatureCollection":
            obj = (obj.get("features") or [{}])[0]
        if obj.get("type") == "Feature":
            obj = obj.get("geometry") or {}
        geom = shape(obj)
    except (ET.ParseError, ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as e:
        raise StoreError(f"{name}: not a readable GeoJSON or KML file") from e
    if geom.is_empty or not -180 <= geom.bounds[0] <= 180 or not -90 <= geom.bounds[1] <= 90:
        raise StoreError(f"{name}: the geometry is empty or not in lon/lat")
    return mapping(geom)
