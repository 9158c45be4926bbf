"""Meeting mode: presentation steps, key figures, stage funnel and timeline (Gantt) data.

Pure functions over the projects of :func:`geo.store.load_projects` (already
filtered); "this year" and "overdue" are measured against a ``today`` passed in,
so every figure is testable. The page only lays the results out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import altair as alt
import pandas as pd

from geo.filters import Filters, is_default_types
from geo.i18n import t
from geo.model import AREAS, Project, Stage, StatusEvent
from geo.store import is_overdue

#: The stages a project normally goes through, in order (the funnel).
FUNNEL: tuple[str, ...] = tuple(
    str(s)
    for s in (
        Stage.PROPOSED, Stage.PRELIMINARY, Stage.STARTING, Stage.UNDER_CONSTRUCTION, Stage.COMPLETED
    )
)

#: Stages that mean construction has begun (a project "started" when first seen in one).
STARTED: frozenset[str] = frozenset({Stage.STARTING, Stage.UNDER_CONSTRUCTION, Stage.COMPLETED})

#: Colour of each stage in the meeting charts (planned cool, building warm, built green).
STAGE_COLORS: dict[str, str] = {
    "proposed": "#90a4ae",
    "preliminary": "#5dade2",
    "starting": "#f5b041",
    "under_construction": "#e67e22",
    "completed": "#27ae60",
    "upgrade": "#8e44ad",
    "unspecified": "#c8c8c8",
}

#: Order in which projects without a target year fill the timeline (most pressing first).
_TIMELINE_PRIORITY = {
    s: i
    for i, s in enumerate(
        ("under_construction", "starting", "preliminary", "proposed", "completed", "upgrade",
         "unspecified")
    )
}

#: Large type for a projector (Vega-Lite config).
_FONT = 18


@dataclass(frozen=True, slots=True)
class Step:
    """One page of the presentation: the whole region, a focus area, or one project."""

    kind: str  # "region" | "area" | "project"
    area: str | None = None
    project_id: str | None = None


@dataclass(frozen=True, slots=True)
class FunnelRow:
    """Projects at one funnel stage, and those at it or beyond it."""

    stage: str
    count: int
    reached: int


#: What a timeline bar's end is read from, most specific first (see :func:`timeline`).
BAR_ENDS: tuple[str, ...] = ("target", "plan_period", "completed", "open")


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One bar of the timeline: from the stated start year (else the first document) to its end.

    ``end_basis`` says what the end is (one of :data:`BAR_ENDS`): the end of
    the target year; else the end of the plan period of the documents naming
    it (a window, not a promise); else the date it was reported completed;
    else ``today`` (``open_ended``).
    """

    id: str
    name: str
    stage: str
    start: dt.date
    end: dt.date
    target_year: int | None
    open_ended: bool
    overdue: bool
    start_year: int | None = None
    period: tuple[int, int] | None = None
    end_basis: str = "open"


# --------------------------------------------------------------------------- steps


def steps(*, areas: Sequence[str] = AREAS, project_ids: Iterable[str] = ()) -> list[Step]:
    """Return the presentation's steps: the whole region, each area, then each chosen project."""
    return [
        Step("region"),
        *(Step("area", area=a) for a in areas),
        *(Step("project", project_id=pid) for pid in dict.fromkeys(project_ids)),
    ]


def shift(index: int, delta: int, n: int) -> int:
    """Return the step ``delta`` away from ``index`` among ``n``, wrapping around at both ends."""
    return (index + delta) % n if n else 0


def initial_index(all_steps: Sequence[Step], area: str | None) -> int:
    """Return the step to open on: the area chosen in the filters, else the whole region."""
    return next((i for i, s in enumerate(all_steps) if s.kind == "area" and s.area == area), 0)


def step_items(items: Iterable[Project], step: Step) -> list[Project]:
    """Return the projects a step shows: those in any focus area, those of its area, or its one project.

    The region step counts only projects inside the four areas (its title says
    so): the documents also name projects elsewhere in 川渝 (issue 14).
    """
    if step.kind == "area":
        return [p for p in items if step.area in p.areas]
    if step.kind == "project":
        return [p for p in items if p.id == step.project_id]
    return [p for p in items if set(p.areas) & set(AREAS)]


def step_title(step: Step, items: Iterable[Project], lang: str = "zh") -> str:
    """Return the heading of a step: the area, the project's name, or "whole region"."""
    if step.kind == "area":
        return str(step.area)
    if step.kind == "project":
        names = (p.name for p in items if p.id == step.project_id)
        return next(names, t("meeting.missing", lang))
    return t("meeting.region", lang)


def project_area(project: Project) -> str | None:
    """Return the focus area to frame a project's map to (None when it lies in none)."""
    return next((a for a in project.areas if a in AREAS), None)


# --------------------------------------------------------------------------- figures


def _dated(project: Project, today: dt.date) -> list[tuple[dt.date, StatusEvent]]:
    return sorted(((e.date, e) for e in project.events if e.date and e.date <= today),
                  key=lambda pair: pair[0])


def started_on(project: Project, today: dt.date) -> dt.date | None:
    """Return the date of the first evidence that construction began (None if none by ``today``)."""
    return next((date for date, e in _dated(project, today) if e.stage in STARTED), None)


def completed_on(project: Project, today: dt.date) -> dt.date | None:
    """Return the date of the first evidence that the project was completed (None if none)."""
    return next((date for date, e in _dated(project, today) if e.stage is Stage.COMPLETED), None)


def first_seen(project: Project) -> dt.date | None:
    """Return the earliest date a document or status update names the project."""
    dates = [m.doc_date for m in project.mentions if m.doc_date]
    dates += [e.date for e in project.events if e.date]
    return min(dates) if dates else None


def key_figures(items: Iterable[Project], *, today: dt.date) -> dict[str, int]:
    """Return the tiles: total, planned, building, completed, started/completed this year, overdue.

    Keys are i18n keys. Stages are the (filtered) current ones; "this year" is
    ``today``'s calendar year.
    """
    items = list(items)
    stages = Counter(str(p.stage) for p in items)
    started = [started_on(p, today) for p in items]
    completed = [completed_on(p, today) for p in items]
    return {
        "meeting.fig.total": len(items),
        "meeting.fig.planned": stages["proposed"] + stages["preliminary"],
        "meeting.fig.building": stages["starting"] + stages["under_construction"],
        "meeting.fig.completed": stages["completed"],
        "meeting.fig.started_this_year": sum(1 for d in started if d and d.year == today.year),
        "meeting.fig.completed_this_year": sum(1 for d in completed if d and d.year == today.year),
        "meeting.fig.overdue": sum(1 for p in items if is_overdue(p, today)),
    }


def funnel(items: Iterable[Project]) -> list[FunnelRow]:
    """Return the projects at each funnel stage and at it or beyond (upgrade, unspecified left out)."""
    counts = Counter(str(p.stage) for p in items)
    return [
        FunnelRow(stage, counts[stage], sum(counts[s] for s in FUNNEL[i:]))
        for i, stage in enumerate(FUNNEL)
    ]


def outside_funnel(items: Iterable[Project]) -> dict[str, int]:
    """Return how many projects are at a stage the funnel does not show (upgrade, unspecified)."""
    counts = Counter(str(p.stage) for p in items if p.stage not in FUNNEL)
    return {s: counts[s] for s in ("upgrade", "unspecified")}


def timeline(
    items: Iterable[Project], *, today: dt.date, limit: int = 15
) -> tuple[list[TimelineRow], int]:
    """Return the timeline bars (at most ``limit``) and how many projects could have one.

    A bar starts on 1 January of the stated start year, else on the first
    document naming the project; it ends (:data:`BAR_ENDS`) at the end of the
    target year, else at the end of the plan period, else on the day it was
    reported completed, else today. Bars ending at a target year come first, by
    year; then those ending with their plan period, by its end; then the rest,
    most advanced first (under construction, starting, preliminary, proposed…).
    """
    rows = []
    for p in items:
        seen = first_seen(p)
        if seen is None and p.start_year is None:
            continue
        start = dt.date(p.start_year, 1, 1) if p.start_year else seen
        assert start is not None
        year = p.target_year
        done = completed_on(p, today) if p.stage is Stage.COMPLETED else None
        if year:
            end, basis = dt.date(year, 12, 31), "target"
        elif p.period:
            end, basis = dt.date(p.period[1], 12, 31), "plan_period"
        elif done:
            end, basis = done, "completed"
        else:
            end, basis = today, "open"
        rows.append(TimelineRow(
            id=p.id, name=p.name, stage=str(p.stage), start=start, end=max(end, start),
            target_year=year, open_ended=basis == "open", overdue=is_overdue(p, today),
            start_year=p.start_year, period=p.period, end_basis=basis,
        ))
    ends_first = {"target": 0, "plan_period": 1}
    rows.sort(key=lambda r: (
        ends_first.get(r.end_basis, 2), r.end if r.end_basis in ends_first else dt.date.min,
        _TIMELINE_PRIORITY.get(r.stage, 99), r.start, r.name,
    ))
    return rows[:limit], len(rows)


def filters_line(f: Filters, lang: str = "zh") -> str:
    """Return the active filters (other than the area) as one short line, empty when none.

    The type filter's default (every type but other facilities) is not worth a mention.
    """
    parts = []
    if f.types and not is_default_types(f.types):
        parts.append(f"{t('type', lang)}: " + ", ".join(t(f"type.{x}", lang) for x in f.types))
    if f.stages:
        parts.append(f"{t('stage', lang)}: " + ", ".join(t(f"stage.{x}", lang) for x in f.stages))
    if f.years:
        parts.append(f"{t('filter.years', lang)}: {f.years[0]}–{f.years[1]}")
    if f.as_of:
        parts.append(f"{t('filter.as_of', lang)}: {f.as_of.isoformat()}")
    if f.docs:
        parts.append(f"{t('filter.docs', lang)}: {len(f.docs)}")
    if f.text.strip():
        parts.append(f"{t('filter.search', lang)}: {f.text.strip()}")
    if f.review:
        parts.append(f"{t('filter.review', lang)}: " + ", ".join(t(f"review.{x}", lang) for x in f.review))
    return " · ".join(parts)


# --------------------------------------------------------------------------- charts


def _stage_scale(lang: str, only: set[str] | None = None) -> alt.Scale:
    shown = [s for s in STAGE_COLORS if only is None or s in only]
    return alt.Scale(domain=[t(f"stage.{s}", lang) for s in shown], range=[STAGE_COLORS[s] for s in shown])


def _big(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    return chart.configure_axis(labelFontSize=_FONT, titleFontSize=_FONT).configure_legend(
        labelFontSize=_FONT - 2, titleFontSize=_FONT - 2
    ).configure_view(strokeWidth=0)


def funnel_chart(
    rows: Sequence[FunnelRow], lang: str = "zh", *, row_px: int = 60, width_px: int | None = None
) -> alt.TopLevelMixin:
    """Return the stage funnel: one centred bar per stage (``row_px`` high), labelled with its count.

    ``width_px`` fixes the chart's width (meeting mode scales its screen); by default it fills its column.
    """
    df = pd.DataFrame(
        {
            "stage": [t(f"stage.{r.stage}", lang) for r in rows],
            "count": [r.count for r in rows],
            "x0": [-r.count / 2 for r in rows],
            "x1": [r.count / 2 for r in rows],
            "label": [str(r.count) for r in rows],
        }
    )
    order = list(df["stage"])
    y = alt.Y("stage:N", sort=order, title=None, axis=alt.Axis(labelLimit=220, labelPadding=10))
    bars = alt.Chart(df).mark_bar(cornerRadius=4).encode(
        y=y,
        x=alt.X("x0:Q", axis=None),
        x2="x1:Q",
        color=alt.Color("stage:N", scale=_stage_scale(lang), legend=None),
        tooltip=[alt.Tooltip("stage:N", title=t("stage", lang)),
                 alt.Tooltip("count:Q", title=t("metric.projects", lang))],
    )
    text = alt.Chart(df).mark_text(fontSize=_FONT + 4, fontWeight="bold", color="#1b1b1b").encode(
        y=y, x=alt.datum(0), text="label:N"
    )
    size = {"height": row_px * len(rows) + 10} | ({"width": width_px} if width_px else {})
    return _big((bars + text).properties(**size))


def timeline_chart(
    rows: Sequence[TimelineRow], *, today: dt.date, lang: str = "zh", row_px: int = 34,
    width_px: int | None = None,
) -> alt.TopLevelMixin:
    """Return the Gantt-style timeline: a bar per project (``row_px`` high) from its start to its end (:func:`timeline`).

    Only the stages drawn appear in the legend, so it stays one or two short rows.

    Bars ending with the plan period are outlined dashed, open-ended bars (no
    end known) are pale; overdue projects are outlined in red; a dashed rule
    marks ``today``.
    """
    df = pd.DataFrame(
        {
            "name": [r.name for r in rows],
            "stage": [t(f"stage.{r.stage}", lang) for r in rows],
            "start": [r.start.isoformat() for r in rows],
            "end": [r.end.isoformat() for r in rows],
            "target": [str(r.target_year) if r.target_year else "—" for r in rows],
            "open": [r.open_ended for r in rows],
            "overdue": [r.overdue for r in rows],
            "window": [r.end_basis == "plan_period" for r in rows],
            # red for overdue, dark for a plan-period end (drawn dashed), none otherwise
            "outline": ["#c0392b" if r.overdue else "#34495e" if r.end_basis == "plan_period" else None
                        for r in rows],
            "ends": [t(f"meeting.end.{r.end_basis}", lang) for r in rows],
            "period": [f"{r.period[0]}–{r.period[1]}" if r.period else "—" for r in rows],
        }
    )
    stages = [t(f"stage.{s}", lang) for s in STAGE_COLORS if s in {r.stage for r in rows}]
    columns = _legend_columns(stages, list(df["name"]), width_px)
    bars = alt.Chart(df).mark_bar(cornerRadius=3, strokeWidth=3).encode(
        y=alt.Y("name:N", sort=list(df["name"]), title=None, axis=alt.Axis(labelLimit=_NAME_PX)),
        x=alt.X("start:T", title=None, axis=alt.Axis(format="%Y", tickCount="year")),
        x2="end:T",
        color=alt.Color("stage:N", scale=_stage_scale(lang, {r.stage for r in rows}), title=None,
                        legend=alt.Legend(orient="bottom", columns=columns, labelLimit=260)),
        opacity=alt.condition("datum.open", alt.value(0.45), alt.value(1.0)),
        stroke=alt.Stroke("outline:N", scale=None, legend=None),
        strokeDash=alt.condition("datum.window", alt.value([6, 3]), alt.value([1, 0])),
        tooltip=[
            alt.Tooltip("name:N", title=t("col.name", lang)),
            alt.Tooltip("stage:N", title=t("stage", lang)),
            alt.Tooltip("start:T", title=t("meeting.first_seen", lang), format="%Y-%m-%d"),
            alt.Tooltip("target:N", title=t("target_year", lang)),
            alt.Tooltip("period:N", title=t("period", lang)),
            alt.Tooltip("end:T", title=t("meeting.end", lang), format="%Y-%m-%d"),
            alt.Tooltip("ends:N", title=t("meeting.end.basis", lang)),
        ],
    )
    rule = alt.Chart(pd.DataFrame({"today": [today.isoformat()]})).mark_rule(
        strokeDash=[6, 4], color="#c0392b", strokeWidth=2
    ).encode(x="today:T")
    # The height includes the axis and the legend below (Streamlit fits the whole chart to it): a legend
    # of more rows takes from the bars, so the step keeps its height (it must fit a 720-line projector).
    size = {"height": row_px * max(len(rows), 1) + 90} | ({"width": width_px} if width_px else {})
    return _big((bars + rule).properties(**size))


_NAME_PX = 340  # the longest project name the timeline shows before an ellipsis


def _text_px(text: str, font_px: float) -> float:
    """Return about how wide ``text`` is drawn: a CJK character is one em, anything else about 0.55 em."""
    return sum(font_px if ord(c) >= 0x2E80 else 0.55 * font_px for c in text)


def _legend_columns(labels: Sequence[str], names: Sequence[str], width_px: int | None) -> int:
    """Return how many columns the timeline's legend can have and still fit under its bars.

    A bottom legend starts where the bars start, after the names, so it has the
    chart's width less the widest name; four English stage names are wider than
    that and were cut off ("Under c"). Without a fixed width, four columns.
    """
    if not labels or width_px is None:
        return 4
    names_px = min(_NAME_PX, max((_text_px(n, _FONT) for n in names), default=0)) + 20
    room = width_px - names_px
    entries = [_text_px(label, _FONT - 2) + 34 for label in labels]  # symbol, gap and column padding
    for columns in range(min(4, len(entries)), 1, -1):
        widths = [max(entries[i::columns]) for i in range(columns)]
        if sum(widths) <= room:
            return columns
    return 1
