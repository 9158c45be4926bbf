"""The filters shared by every page, the exports and the CLI, and their URL form."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Iterable, Mapping

from geo.model import CORE_TYPES, EntityType, Project, Stage, latest_stage

#: What the sidebar's type filter starts with: every type but ``other_facility`` (issue 11: noise
#: out of the core on the maps and in meeting mode; a person can tick it, a link's ``type=`` wins).
DEFAULT_TYPES: tuple[str, ...] = tuple(str(x) for x in EntityType if x in CORE_TYPES)


def is_default_types(types: Iterable[str]) -> bool:
    """Return whether ``types`` is the type filter's default (:data:`DEFAULT_TYPES`), so not worth describing."""
    return set(types) == set(DEFAULT_TYPES)


@dataclass(frozen=True, slots=True)
class Filters:
    """What the person is looking at. Empty collections and ``None`` mean "no restriction".

    Attributes
    ----------
    types, stages
        Project types and stages to keep (stage as it stood on ``as_of``).
    years
        Inclusive year range; a project passes if its year window
        (:func:`year_window`: its stated start and target years, else its plan
        period, else the dates of the documents naming it) overlaps it.
    as_of
        Show each project's stage as it stood on that date, from the evidence
        dated on or before it; projects not yet named by then are left out.
    area
        One of the focus areas.
    docs
        Document file names; a project passes if one of them names it.
    text
        Free text searched in names, aliases, places and source sentences.
    review
        Review states to keep (``pending``, ``confirmed``; issue 13), e.g.
        only the confirmed ones for a meeting.
    """

    types: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    as_of: dt.date | None = None
    area: str | None = None
    docs: tuple[str, ...] = ()
    text: str = ""
    review: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    def is_empty(self) -> bool:
        """Return whether no restriction is set."""
        return self == Filters()


def stage_as_of(project: Project, as_of: dt.date | None) -> Stage | None:
    """Return the project's stage on ``as_of`` from its dated events (None if not yet named)."""
    if as_of is None:
        return project.stage
    events = [e for e in project.events if e.date is None or e.date <= as_of]
    named = [m for m in project.mentions if m.doc_date is None or m.doc_date <= as_of]
    if not events and not named:
        return None
    return latest_stage(events)


#: What a project's year window is read from, most specific first (see :func:`year_window`).
WINDOW_BASES: tuple[str, ...] = ("stated", "plan_period", "document")


@dataclass(frozen=True, slots=True)
class YearWindow:
    """The years a project spans, inclusive, and what they were read from (one of :data:`WINDOW_BASES`)."""

    first: int
    last: int
    basis: str

    @property
    def years(self) -> range:
        """Return every year of the window."""
        return range(self.first, self.last + 1)


def year_window(project: Project) -> YearWindow | None:
    """Return the years a project spans, from the most specific evidence there is (issue 11).

    ``stated``: from the earliest to the latest start or target year stated
    for it (a person's target year included); else ``plan_period``: the plan
    periods of the documents naming it (十四五 → 2021–2025), a window, not a
    stated year; else ``document``: the years of the documents naming it.
    None when nothing is dated.
    """
    stated = {project.target_year, project.start_year}
    stated |= {y for m in project.mentions for y in (m.target_year, m.start_year)}
    stated.discard(None)
    if stated:
        return YearWindow(min(stated), max(stated), "stated")
    periods = [m.period for m in project.mentions if m.period] + ([project.period] if project.period else [])
    if periods:
        return YearWindow(min(a for a, _ in periods), max(b for _, b in periods), "plan_period")
    # a document without a full date still has its year (its number, title or file name: issue 11 item 3)
    dates = [m.doc_date.year if m.doc_date else m.doc_year for m in project.mentions if m.doc_date or m.doc_year]
    if dates:
        return YearWindow(min(dates), max(dates), "document")
    return None


def project_years(project: Project) -> set[int]:
    """Return every year of the project's :func:`year_window` (empty when nothing is dated)."""
    window = year_window(project)
    return set(window.years) if window else set()


def _matches_text(project: Project, needle: str) -> bool:
    needle = needle.casefold()
    hay = [project.name, *project.aliases, *project.places]
    hay += [m.quote or "" for m in project.mentions]
    return any(needle in h.casefold() for h in hay)


def apply(projects: Iterable[Project], f: Filters) -> list[Project]:
    """Return the projects passing ``f``, with ``stage`` set as of ``f.as_of`` (copies where it differs)."""
    out = []
    for p in projects:
        stage = stage_as_of(p, f.as_of)
        if stage is None:
            continue
        if f.types and p.type not in f.types:
            continue
        if f.stages and stage not in f.stages:
            continue
        if f.area and f.area not in p.areas:
            continue
        if f.docs and not any(m.doc in f.docs for m in p.mentions):
            continue
        if f.years and not any(f.years[0] <= y <= f.years[1] for y in project_years(p)):
            continue
        if f.text.strip() and not _matches_text(p, f.text.strip()):
            continue
        if f.review and p.review not in f.review:
            continue
        # A copy only where the stage differs (as_of): 50,000 needless copies cost 1.5 s per rerun (issue 16).
        out.append(p if stage == p.stage else replace(p, stage=stage))
    return out


def to_query(f: Filters) -> dict[str, str]:
    """Return the filters as URL query parameters (only those set)."""
    q: dict[str, str] = {}
    if f.types:
        q["type"] = ",".join(f.types)
    if f.stages:
        q["stage"] = ",".join(f.stages)
    if f.years:
        q["years"] = f"{f.years[0]}-{f.years[1]}"
    if f.as_of:
        q["asof"] = f.as_of.isoformat()
    if f.area:
        q["area"] = f.area
    if f.docs:
        q["doc"] = ",".join(f.docs)
    if f.text:
        q["q"] = f.text
    if f.review:
        q["review"] = ",".join(f.review)
    return q


def from_query(q: Mapping[str, str]) -> Filters:
    """Parse query parameters written by :func:`to_query`; malformed values are ignored."""

    def split(key: str) -> tuple[str, ...]:
        return tuple(v for v in (q.get(key) or "").split(",") if v)

    years = None
    try:
        a, b = (int(x) for x in (q.get("years") or "").split("-"))
        years = (min(a, b), max(a, b))
    except ValueError:
        pass
    as_of = None
    try:
        as_of = dt.date.fromisoformat(q["asof"]) if q.get("asof") else None
    except ValueError:
        pass
    return Filters(
        types=split("type"),
        stages=split("stage"),
        years=years,
        as_of=as_of,
        area=q.get("area") or None,
        docs=split("doc"),
        text=q.get("q") or "",
        review=split("review"),
    )


def with_area(f: Filters, area: str | None) -> Filters:
    """Return ``f`` restricted to ``area`` (area pages fix it)."""
    return replace(f, area=area)
