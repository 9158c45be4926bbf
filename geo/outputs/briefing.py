"""What a briefing says: an area's projects by stage, district and type, changes, overdue, ranking.

Everything here is content, in the briefing's language; :mod:`geo.outputs.slides`
and :mod:`geo.outputs.pdf` only lay it out, so both files say the same.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from geo.errors import GazetteerError
from geo.filters import Filters, is_default_types
from geo.i18n import t
from geo.model import AREAS, CORE_TYPES, STAGE_ORDER, EntityType, EventSource, Project, Stage
from geo.outputs import mapimage
from geo.outputs.stats import stage_text
from geo.store import is_overdue

if TYPE_CHECKING:
    import geopandas as gpd

    from geo.places import Gazetteer

#: Ranking of stages for "key projects": what is being built needs attention first (issue 14).
PROGRESS: tuple[Stage, ...] = (
    Stage.UNDER_CONSTRUCTION,
    Stage.STARTING,
    Stage.PRELIMINARY,
    Stage.UPGRADE,
    Stage.PROPOSED,
    Stage.COMPLETED,
    Stage.UNSPECIFIED,
)

#: Key projects on the summary and numbered on the map.
TOP_N = 10

#: Stage groups of the district and type tables: (column key, stages).
STAGE_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("meeting.fig.planned", frozenset({"proposed", "preliminary"})),
    ("meeting.fig.building", frozenset({"starting", "under_construction"})),
    ("meeting.fig.completed", frozenset({"completed"})),
    ("brief.col.other_stage", frozenset({"upgrade", "unspecified"})),
)

#: The issuing district in a document title ("泸州市龙马潭区人民政府…" → 龙马潭区).
_ISSUER_DISTRICT_RE = re.compile(r"[省市]([^\s省市区县（(《]{1,5}[区县])")


@dataclass(frozen=True, slots=True)
class Change:
    """One thing that happened to a project after the chosen date."""

    date: str
    project: str
    what: str
    source: str


@dataclass(slots=True)
class Table:
    """A table of a briefing: heading, column headers, rows and relative column widths."""

    heading: str
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    widths: tuple[float, ...]
    note: str = ""


@dataclass(slots=True)
class Briefing:
    """Everything a briefing shows, ready to lay out."""

    lang: str
    title: str
    today: dt.date
    since: dt.date
    cover: list[str]
    projects: list[Project]  # ranked, see :func:`rank_key`
    by_stage: list[tuple[str, int]]
    changes: list[Change]
    overdue: list[Project]
    districts: Table
    types: Table
    appendix: list[Table] = field(default_factory=list)
    map_png: bytes = b""
    focus: Any = None
    context: Any = None

    @property
    def top(self) -> list[Project]:
        """Return the key projects (the first :data:`TOP_N` of the ranking)."""
        return self.projects[:TOP_N]

    @property
    def keyed(self) -> list[Project]:
        """Return the located key projects, numbered on the map in this order."""
        return [p for p in self.projects if p.located][:TOP_N]


def rank_key(p: Project) -> tuple[Any, ...]:
    """Return the sort key of the ranking: progress, then source documents, then mentions."""
    docs = len({m.doc for m in p.mentions})
    return (PROGRESS.index(p.stage) if p.stage in PROGRESS else 99, -docs, -len(p.mentions), p.name)


def overdue_projects(projects: Iterable[Project], today: dt.date) -> list[Project]:
    """Return the overdue projects, longest overdue first."""
    late = [p for p in projects if is_overdue(p, today)]
    return sorted(late, key=lambda p: (p.target_year or 0, p.name))


def changes_since(projects: Iterable[Project], since: dt.date, lang: str = "zh") -> list[Change]:
    """Return status events and newly naming documents dated after ``since``, newest first."""
    out: list[Change] = []
    for p in projects:
        titles = {m.doc_date: m.doc_title or m.doc or "" for m in p.mentions if m.doc_date}
        seen: set[dt.date] = set()
        for e in p.events:
            if not e.date or e.date <= since:
                continue
            stage = t(f"stage.{e.stage}", lang)
            what = (
                f"{t(f'stage.{e.previous_stage}', lang)} → {stage}"
                if e.previous_stage
                else t("brief.change.stage", lang).format(stage=stage)
            )
            if e.target_year:
                what += t("brief.change.target", lang).format(year=e.target_year)
            if e.source is EventSource.PERSON:
                source = t("brief.change.person", lang) + (f"（{e.author}）" if e.author else "")
                source += f"：{e.note}" if e.note else ""
            else:
                seen.add(e.date)
                source = f"《{titles[e.date]}》" if e.date in titles else t("brief.change.document", lang)
            out.append(Change(e.date.isoformat(), p.name, what, source))
        for date, title in titles.items():
            if date > since and date not in seen:  # named again, without a stated stage
                out.append(Change(date.isoformat(), p.name, t("brief.change.new_doc", lang), f"《{title}》"))
    return sorted(out, key=lambda c: (c.date, c.project), reverse=True)


def describe_filters(f: Filters, lang: str = "zh") -> str:
    """Return the filters as one line for a cover (empty when none is set)."""
    colon = t("brief.colon", lang)
    parts = []
    if f.area:
        parts.append(f.area)
    types = () if is_default_types(f.types) else f.types  # the sidebar's default (issue 11) goes unsaid
    if types:
        parts.append(("、" if lang == "zh" else ", ").join(t(f"type.{ty}", lang) for ty in types))
    if f.stages:
        parts.append(("、" if lang == "zh" else ", ").join(t(f"stage.{s}", lang) for s in f.stages))
    keys = ["area"] * bool(f.area) + ["type"] * bool(types) + ["stage"] * bool(f.stages)
    if f.years:
        parts.append(f"{f.years[0]}–{f.years[1]}")
        keys.append("years")
    if f.as_of:
        parts.append(f.as_of.isoformat())
        keys.append("as_of")
    if f.docs:
        parts.append(("、" if lang == "zh" else ", ").join(f.docs))
        keys.append("docs")
    if f.text.strip():
        parts.append(f.text.strip())
        keys.append("text")
    if f.review:
        parts.append(("、" if lang == "zh" else ", ").join(t(f"review.{r}", lang) for r in f.review))
        keys.append("review")
    return t("brief.sep", lang).join(f"{t(f'brief.f.{k}', lang)}{colon}{v}" for k, v in zip(keys, parts, strict=True))


def issuer_district(title: str | None) -> str | None:
    """Return the district a document title names as its issuer ("…市龙马潭区人民政府…" → 龙马潭区)."""
    m = _ISSUER_DISTRICT_RE.search(title or "")
    return m.group(1) if m else None


def lead_unit_text(p: Project, lang: str = "zh") -> str:
    """Return a project's lead units as read: the issuing district put before "区…局", one per document.

    A task list of a district names its own offices as "区交通运输局"; shown
    without its document that reads as any district's office, so the district
    from the document title is put in front. Only the first unit of each task
    is kept ("等" marks the rest).
    """
    out: list[str] = []
    for m in p.mentions:
        if not m.lead_unit:
            continue
        units = [u.strip() for u in re.split(r"[、,，]", m.lead_unit) if u.strip()]
        first = units[0]
        district = issuer_district(m.doc_title)
        if district and first.startswith("区") and not first.startswith("区域"):
            first = district + first[1:]
        out.append(first + (t("brief.unit_more", lang) if len(units) > 1 else ""))
    return "；".join(dict.fromkeys(out)) or "—"


def _paren(text: str, lang: str) -> str:
    return f" ({text})" if lang == "en" else "（" + text.replace(", ", "，") + "）"


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


def _group_row(name: str, group: Sequence[Project]) -> tuple[str, ...]:
    stages = Counter(str(p.stage) for p in group)
    cells = [sum(stages[s] for s in members) for _, members in STAGE_GROUPS]
    return (name, *(str(c) for c in cells), str(len(group)))


def _group_headers(first: str, lang: str) -> tuple[str, ...]:
    return (t(first, lang), *(t(k, lang) for k, _ in STAGE_GROUPS), t("brief.total", lang))


def district_table(
    projects: Sequence[Project], focus: Any, context: Any, lang: str = "zh"
) -> Table:
    """Return projects counted by the district they lie in (a line in each district it crosses)."""
    from shapely.geometry import shape
    from shapely.prepared import prep

    geoms = {p.id: shape(p.geometry) for p in projects if p.geometry}
    # An area drawn as its district(s) would touch the next district along the border.
    geoms = {k: g.buffer(-0.005) if g.geom_type.endswith("Polygon") else g for k, g in geoms.items()}
    rows: list[tuple[str, ...]] = []
    placed: set[str] = set()
    for frame, nearby in ((focus, False), (context, True)):
        if frame is None:
            continue
        for _, d in frame.iterrows():
            if d.geometry is None:
                continue
            poly = prep(d.geometry)
            inside = [p for p in projects if p.id in geoms and poly.intersects(geoms[p.id])]
            if nearby and not inside:
                continue
            if not nearby:
                placed.update(p.id for p in inside)
            rows.append(_group_row(d["name"] + (t("brief.nearby", lang) if nearby else ""), inside))
    rest = [p for p in projects if p.id not in placed]
    if rest:
        rows.append(_group_row(t("brief.elsewhere", lang), rest))
    rows.append(_group_row(t("brief.total", lang), projects))
    return Table(
        t("brief.by_district", lang),
        _group_headers("brief.col.district", lang),
        rows,
        (3.0, 1.6, 1.6, 1.2, 1.6, 1.0),
        note=t("brief.district_note", lang),
    )


def type_table(projects: Sequence[Project], lang: str = "zh") -> Table:
    """Return projects counted by type and stage group, in the canonical type order."""
    rows = [
        _group_row(t(f"type.{ty}", lang), group)
        for ty in EntityType
        if (group := [p for p in projects if p.type == ty])
    ]
    rows.append(_group_row(t("brief.total", lang), projects))
    return Table(t("brief.by_type", lang), _group_headers("type", lang), rows,
                 (3.0, 1.6, 1.6, 1.2, 1.6, 1.0))


def project_headers(lang: str) -> tuple[str, ...]:
    """Return the column headers of the ranked project list."""
    keys = ("brief.col.rank", "col.name", "type", "stage", "target_year", "col.sources", "lead_unit")
    return tuple(t(k, lang) for k in keys)


def project_row(i: int, p: Project, lang: str) -> tuple[str, ...]:
    """Return one row of the ranked project list (``i`` is its rank, from 1)."""
    return (
        str(i),
        p.name,
        t(f"type.{p.type}", lang),
        stage_text(p, lang),
        str(p.target_year or "—"),
        str(len({m.doc for m in p.mentions})),
        _clip(lead_unit_text(p, lang), 22),
    )


def build(
    projects: Iterable[Project],
    *,
    area: str | None,
    filters_text: str = "",
    changed_since: dt.date | None = None,
    today: dt.date | None = None,
    gaz: Gazetteer | None = None,
    render_map: bool = True,
    include_other: bool = False,
    lang: str = "zh",
) -> Briefing:
    """Return the content of a briefing on the projects of ``area`` (all four areas when None).

    Only projects in a focus area count; ``other_facility`` is left out unless
    ``include_other``. ``changed_since`` defaults to 1 January of ``today``'s
    year. ``render_map`` renders the PNG map (the PDF draws its map as vectors).
    """
    today = today or dt.date.today()
    since = changed_since or dt.date(today.year, 1, 1)
    areas = [area] if area else list(AREAS)
    in_areas = [p for p in projects if set(p.areas) & set(areas)]
    rows = [p for p in in_areas if include_other or p.type in CORE_TYPES]
    # Say what happened to other facilities only when the view had some: a view already filtered to
    # core types (类型：公路) gets no second line about types that would contradict it.
    other_in_view = any(p.type not in CORE_TYPES for p in in_areas)
    rows.sort(key=rank_key)
    counts = Counter(str(p.stage) for p in rows)
    scope = (t("brief.scope_area", lang).format(area=area) if area
             else t("brief.scope_all", lang) + _paren("、".join(AREAS), lang))
    cover = [
        t("brief.date", lang).format(date=today.isoformat()),
        t("brief.filters", lang).format(filters=filters_text) if filters_text else t("brief.filters_none", lang),
        *([t("brief.types_all" if include_other else "brief.types_core", lang)] if other_in_view else []),
        t("brief.since", lang).format(date=since.isoformat()),
    ]
    b = Briefing(
        lang=lang,
        title=t("brief.title", lang).format(scope=scope),
        today=today,
        since=since,
        cover=cover,
        projects=rows,
        by_stage=[(t(f"stage.{s}", lang), counts.get(str(s), 0)) for s in STAGE_ORDER],
        changes=changes_since(rows, since, lang),
        overdue=overdue_projects(rows, today),
        districts=Table("", (), [], ()),
        types=type_table(rows, lang),
    )
    b.focus, b.context = _districts(area, gaz)
    b.districts = district_table(rows, b.focus, b.context, lang)
    b.appendix = appendix(b)
    if render_map:
        b.map_png = mapimage.render_png(
            rows, focus=b.focus, context=b.context, size=(8.4, 6.2), dpi=160, keyed=b.keyed, lang=lang
        )
    return b


def appendix(b: Briefing) -> list[Table]:
    """Return the long tables: changes, overdue projects and the ranked project list."""
    lang = b.lang
    late = [
        (p.name, t(f"type.{p.type}", lang), stage_text(p, lang), str(p.target_year),
         str(b.today.year - (p.target_year or b.today.year)), _clip(lead_unit_text(p, lang), 22))
        for p in b.overdue
    ]
    return [
        Table(
            t("brief.changes", lang).format(date=b.since.isoformat()),
            tuple(t(k, lang) for k in ("col.date", "brief.col.project", "brief.col.change", "brief.col.basis")),
            [(c.date, c.project, c.what, _clip(c.source, 40)) for c in b.changes],
            (1.3, 3.4, 3.0, 4.6),
        ),
        Table(
            t("brief.overdue", lang).format(year=b.today.year),
            tuple(t(k, lang) for k in ("col.name", "type", "stage", "target_year",
                                       "brief.col.overdue_years", "lead_unit")),
            late,
            (3.8, 1.3, 1.9, 1.2, 1.3, 2.8),
            note=t("brief.lead_note", lang),
        ),
        Table(
            t("brief.list", lang),
            project_headers(lang),
            [project_row(i, p, lang) for i, p in enumerate(b.projects, start=1)],
            (0.6, 3.5, 1.3, 1.9, 1.1, 1.0, 2.9),  # room for "Under construction"
            note=t("brief.rule", lang) + " " + t("brief.lead_note", lang),
        ),
        register_table(b.projects, lang),
    ]


#: Register columns of the briefing (issue 13), after the name and the review state.
_REGISTER_COLUMNS = ("total_investment", "annual_investment", "responsible_unit", "responsible_person",
                     "construction_progress")


def map_key(b: Briefing) -> Table:
    """Return the table beside the map: number, name and stage of each numbered key project.

    Its columns are as wide as what they hold (names up to 14 characters wide),
    so a stage in English ("Under construction") is neither shrunk to a few
    points nor wrapped onto a second line that runs into the note below.
    """
    lang = b.lang
    headers = (t("brief.col.rank", lang), t("col.name", lang), t("stage", lang))
    rows = [(str(i), p.name, stage_text(p, lang)) for i, p in enumerate(b.keyed, start=1)]
    widest = [max((text_ems(r[c]) for r in [headers, *rows]), default=1.0) for c in range(3)]
    return Table(t("brief.map_key", lang), headers, rows, (max(widest[0], 1.5) + 1, min(widest[1], 14) + 1,
                                                          widest[2] + 1))


def text_ems(text: str) -> float:
    """Return about how wide ``text`` is in ems: a CJK character 1, anything else 0.55."""
    return sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in text)


def register_table(projects: Sequence[Project], lang: str = "zh") -> Table:
    """Return the register of the projects that have register fields: state, investments, unit, person, progress."""
    rows = []
    for p in projects:
        shown = dict(p.register.shown())
        if any(k in shown for k in _REGISTER_COLUMNS):
            rows.append((p.name, t(f"review.{p.review}", lang),
                         *(_clip(shown.get(k, "—"), 16) for k in _REGISTER_COLUMNS)))
    headers = (t("col.name", lang), t("filter.review", lang), *(t(f"brief.col.{k}", lang) for k in _REGISTER_COLUMNS))
    return Table(t("brief.register", lang).format(n=len(rows)), headers, rows,
                 (3.2, 1.2, 1.4, 1.6, 2.4, 1.0, 1.6), note=t("brief.register_note", lang))


def pages(table: Table, *, per_page: int, lang: str = "zh") -> list[Table]:
    """Return ``table`` cut into tables of at most ``per_page`` rows, "（续 i/n）" after the first.

    An empty table is one page (the renderers write "none" on it).
    """
    chunks = [table.rows[i : i + per_page] for i in range(0, len(table.rows), per_page)] or [[]]
    out = []
    for i, rows in enumerate(chunks):
        cont = t("brief.cont", lang).format(i=i + 1, n=len(chunks)) if i else ""
        out.append(Table(table.heading + cont, table.headers, rows, table.widths, table.note))
    return out


def summary(b: Briefing, *, lines: int = 4) -> dict[str, Any]:
    """Return the executive summary: stage counts, changes, overdue and key projects, shortened."""
    lang = b.lang
    changed = list(dict.fromkeys(c.project for c in b.changes))
    return {
        "stages": [(k, str(v)) for k, v in b.by_stage] + [(t("brief.total", lang), str(len(b.projects)))],
        "changes_heading": t("brief.changes", lang).format(date=b.since.isoformat()),
        "changes": [t("brief.changes_n", lang).format(n=len(changed))]
        + [f"{c.date}  {c.project}{t('brief.colon', lang)}{c.what}" for c in b.changes[:lines]]
        + ([t("brief.more", lang).format(n=len(b.changes) - lines)] if len(b.changes) > lines else []),
        "overdue_heading": t("brief.overdue", lang).format(year=b.today.year),
        "overdue": [t("brief.overdue_n", lang).format(n=len(b.overdue))]
        + [p.name + _paren(f"{stage_text(p, lang)}, {p.target_year}", lang) for p in b.overdue[:lines]]
        + ([t("brief.more", lang).format(n=len(b.overdue) - lines)] if len(b.overdue) > lines else []),
        "top_heading": t("brief.top", lang).format(n=len(b.top)),
        "top": [f"{i}. {p.name}" + _paren(stage_text(p, lang), lang)
                for i, p in enumerate(b.top, start=1)],
        "rule": t("brief.rule", lang),
    }
