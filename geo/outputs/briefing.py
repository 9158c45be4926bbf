"""What a briefing says: an area's projects by stage, recent changes and overdue projects."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from geo.errors import GazetteerError
from geo.filters import Filters
from geo.model import AREAS, STAGE_ORDER, EventSource, Project
from geo.outputs import mapimage
from geo.outputs.tabular import label, lead_units
from geo.store import is_overdue

if TYPE_CHECKING:
    import geopandas as gpd

    from geo.places import Gazetteer

#: Table columns of the project, change and overdue lists.
PROJECT_HEADERS = ("名称", "类型", "阶段", "目标年份", "地点", "牵头单位")
CHANGE_HEADERS = ("日期", "项目", "变化", "依据")
OVERDUE_HEADERS = ("名称", "类型", "阶段", "目标年份", "逾期（年）", "牵头单位")


@dataclass(frozen=True, slots=True)
class Change:
    """One thing that happened to a project after the chosen date."""

    date: str
    project: str
    what: str
    source: str


@dataclass(slots=True)
class Briefing:
    """Everything a briefing shows, ready to lay out."""

    title: str
    today: dt.date
    since: dt.date
    filters_text: str
    projects: list[Project]
    by_stage: list[tuple[str, int]]
    project_rows: list[tuple[str, ...]]
    changes: list[Change]
    overdue: list[tuple[str, ...]]
    map_png: bytes = b""
    focus: Any = None
    context: Any = None
    facts: list[tuple[str, str]] = field(default_factory=list)


def overdue_projects(projects: Iterable[Project], today: dt.date) -> list[Project]:
    """Return the overdue projects, longest overdue first."""
    late = [p for p in projects if is_overdue(p, today)]
    return sorted(late, key=lambda p: (p.target_year or 0, p.name))


def changes_since(projects: Iterable[Project], since: dt.date) -> list[Change]:
    """Return status events and newly naming documents dated after ``since``, newest first."""
    out: list[Change] = []
    for p in projects:
        titles = {m.doc_date: m.doc_title or m.doc or "" for m in p.mentions if m.doc_date}
        seen: set[dt.date] = set()
        for e in p.events:
            if not e.date or e.date <= since:
                continue
            stage = label("stage", e.stage)
            what = (
                f"{label('stage', e.previous_stage)} → {stage}"
                if e.previous_stage
                else f"阶段：{stage}"
            )
            if e.target_year:
                what += f"（目标 {e.target_year} 年）"
            if e.source is EventSource.PERSON:
                source = "进展更新" + (f"（{e.author}）" if e.author else "")
                source += f"：{e.note}" if e.note else ""
            else:
                seen.add(e.date)
                source = f"《{titles[e.date]}》" if e.date in titles else "文件"
            out.append(Change(e.date.isoformat(), p.name, what, source))
        for date, title in titles.items():
            if date > since and date not in seen:  # named again, without a stated stage
                out.append(Change(date.isoformat(), p.name, "新文件提及", f"《{title}》"))
    return sorted(out, key=lambda c: (c.date, c.project), reverse=True)


def describe_filters(f: Filters) -> str:
    """Return the filters as one line of Chinese for a title slide (empty when none is set)."""
    parts = []
    if f.area:
        parts.append(f"片区：{f.area}")
    if f.types:
        parts.append("类型：" + "、".join(label("type", ty) for ty in f.types))
    if f.stages:
        parts.append("阶段：" + "、".join(label("stage", st) for st in f.stages))
    if f.years:
        parts.append(f"年份：{f.years[0]}–{f.years[1]}")
    if f.as_of:
        parts.append(f"截至：{f.as_of.isoformat()}")
    if f.docs:
        parts.append("文件：" + "、".join(f.docs))
    if f.text.strip():
        parts.append(f"关键词：{f.text.strip()}")
    return "；".join(parts)


def _row(p: Project) -> tuple[str, ...]:
    return (
        p.name,
        label("type", p.type),
        label("stage", p.stage),
        str(p.target_year or "—"),
        _clip("、".join(p.places) or "—", 16),
        _clip("；".join(lead_units(p)) or "—", 18),
    )


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _districts(
    area: str | None, gaz: Gazetteer | None
) -> tuple[gpd.GeoDataFrame | None, gpd.GeoDataFrame | None]:
    """Return the focus and neighbour districts of ``area`` (all focus areas when None)."""
    if gaz is None:
        from geo.places import gazetteer

        try:
            gaz = gazetteer.load()
        except GazetteerError:  # no boundaries built: the map still shows the projects
            return None, None
    if area is None:
        return gaz.districts[gaz.districts["areas"].fillna("") != ""], None
    return gaz.area_districts(area), gaz.neighbour_districts(area)


def build(
    projects: Iterable[Project],
    *,
    area: str | None,
    filters_text: str = "",
    changed_since: dt.date | None = None,
    today: dt.date | None = None,
    gaz: Gazetteer | None = None,
    render_map: bool = True,
) -> Briefing:
    """Return the content of a briefing on the projects of ``area`` (all areas when None).

    ``changed_since`` defaults to 1 January of ``today``'s year. ``render_map``
    renders the PNG map (the PDF draws its map as vectors instead).
    """
    today = today or dt.date.today()
    since = changed_since or dt.date(today.year, 1, 1)
    rank = {s: i for i, s in enumerate(STAGE_ORDER)}
    rows = [p for p in projects if area is None or area in p.areas]
    rows.sort(key=lambda p: (rank.get(p.stage, 99), p.name))
    counts = Counter(str(p.stage) for p in rows)
    by_stage = [(label("stage", str(s)), counts.get(str(s), 0)) for s in STAGE_ORDER]
    late = overdue_projects(rows, today)
    located = sum(1 for p in rows if p.located)
    scope = f"{area}片区" if area else "四个合作片区（" + "、".join(AREAS) + "）"
    b = Briefing(
        title=f"{scope}规划项目调度简报",
        today=today,
        since=since,
        filters_text=filters_text,
        projects=rows,
        by_stage=by_stage,
        project_rows=[_row(p) for p in rows],
        changes=changes_since(rows, since),
        overdue=[(*_row(p)[:4], str(today.year - (p.target_year or today.year)), _row(p)[5])
                 for p in late],
        facts=[
            ("项目总数", str(len(rows))),
            ("开工/在建", str(counts.get("under_construction", 0) + counts.get("starting", 0))),
            ("已建成", str(counts.get("completed", 0))),
            ("逾期未建成", str(len(late))),
            ("已定位 / 未定位", f"{located} / {len(rows) - located}"),
        ],
    )
    b.focus, b.context = _districts(area, gaz)
    if render_map:
        b.map_png = mapimage.render_png(
            rows, focus=b.focus, context=b.context, size=(9, 6.2), dpi=160
        )
    return b


def sections(b: Briefing, *, clip: int) -> list[tuple[str, tuple[str, ...], Sequence[Any]]]:
    """Return the table sections of a briefing (heading, headers, rows), for every renderer."""
    return [
        ("项目清单（按阶段）", PROJECT_HEADERS, b.project_rows),
        (
            f"{b.since.isoformat()} 以来的变化",
            CHANGE_HEADERS,
            [(c.date, c.project, c.what, _clip(c.source, clip)) for c in b.changes],
        ),
        (f"逾期未建成项目（目标年份早于 {b.today.year} 年）", OVERDUE_HEADERS, b.overdue),
    ]


def stage_rows(b: Briefing) -> list[tuple[str, str]]:
    """Return the small "projects by stage" table of a briefing, with its total."""
    return [(k, str(v)) for k, v in b.by_stage] + [("合计", str(len(b.projects)))]


def paged_sections(b: Briefing, *, clip: int, per_page: int
                   ) -> list[tuple[int, str, tuple[str, ...], Sequence[Any]]]:
    """Return :func:`sections` cut into pages of ``per_page`` rows, for every renderer.

    Each page is ``(section index, heading, headers, rows)``; a section longer
    than a page has "（i/n）" after its heading; an empty section is one empty page.
    """
    out = []
    for index, (heading, headers, rows) in enumerate(sections(b, clip=clip)):
        pages = _pages(rows, per_page)
        for i, page in enumerate(pages):
            out.append((index, heading + (f"（{i + 1}/{len(pages)}）" if len(pages) > 1 else ""),
                        headers, page))
    return out


def subtitle(b: Briefing) -> list[str]:
    lines = [f"日期：{b.today.isoformat()}"]
    lines.append(f"筛选条件：{b.filters_text}" if b.filters_text else "筛选条件：无（全部项目）")
    return lines


def _pages(rows: Sequence[Any], n: int) -> list[Sequence[Any]]:
    return [rows[i : i + n] for i in range(0, len(rows), n)] or [[]]
