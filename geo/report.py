"""Briefing decks per area (PowerPoint and PDF): map, projects by stage, changes, overdue.

:func:`build` gathers what a briefing says (a :class:`Briefing`); the writers
only lay it out, so the ``.pptx`` and the PDF always carry the same content.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import matplotlib
import matplotlib.lines
import matplotlib.patches
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from geo import mapimage
from geo.errors import GazetteerError
from geo.export import label, lead_units
from geo.filters import Filters
from geo.model import AREAS, STAGE_ORDER

if TYPE_CHECKING:
    import geopandas as gpd

    from geo.gazetteer import Gazetteer

FORMATS: tuple[str, ...] = ("pptx", "pdf")

#: MIME type of each format (download buttons).
MEDIA_TYPES: dict[str, str] = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pdf": "application/pdf",
}

#: Table columns of the project, change and overdue lists.
PROJECT_HEADERS = ("名称", "类型", "阶段", "目标年份", "地点", "牵头单位")
CHANGE_HEADERS = ("日期", "项目", "变化", "依据")
OVERDUE_HEADERS = ("名称", "类型", "阶段", "目标年份", "逾期（年）", "牵头单位")

#: Rows per table slide / PDF page.
ROWS_PER_SLIDE = 12
ROWS_PER_PAGE = 18

#: East Asian typeface named in the deck (present on the officials' Windows PCs).
PPTX_EA_FONT = "Microsoft YaHei"


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
    projects: list[dict[str, Any]]
    by_stage: list[tuple[str, int]]
    project_rows: list[tuple[str, ...]]
    changes: list[Change]
    overdue: list[tuple[str, ...]]
    map_png: bytes = b""
    focus: Any = None
    context: Any = None
    facts: list[tuple[str, str]] = field(default_factory=list)


# --------------------------------------------------------------------------- content


def is_overdue(project: dict[str, Any], today: dt.date) -> bool:
    """Return whether a project's target year has passed and it is not completed."""
    year = project.get("target_year")
    return bool(year) and int(year) < today.year and project.get("stage") != "completed"


def overdue_projects(projects: Iterable[dict[str, Any]], today: dt.date) -> list[dict[str, Any]]:
    """Return the overdue projects, longest overdue first."""
    late = [p for p in projects if is_overdue(p, today)]
    return sorted(late, key=lambda p: (p["target_year"], p["name"]))


def changes_since(projects: Iterable[dict[str, Any]], since: dt.date) -> list[Change]:
    """Return status events and newly naming documents dated after ``since``, newest first."""
    cutoff = since.isoformat()
    out: list[Change] = []
    for p in projects:
        titles = {
            m["doc_date"]: m.get("doc_title") or m.get("doc") or ""
            for m in p.get("mentions") or []
            if m.get("doc_date")
        }
        seen: set[str] = set()
        for e in p.get("events") or []:
            if not e.get("date") or e["date"] <= cutoff:
                continue
            stage = label("stage", e["stage"])
            what = (
                f"{label('stage', e['previous_stage'])} → {stage}"
                if e.get("previous_stage")
                else f"阶段：{stage}"
            )
            if e.get("target_year"):
                what += f"（目标 {e['target_year']} 年）"
            if e.get("source") == "manual":
                source = "进展更新" + (f"（{e['author']}）" if e.get("author") else "")
                source += f"：{e['note']}" if e.get("note") else ""
            else:
                seen.add(e["date"])
                source = f"《{titles[e['date']]}》" if e["date"] in titles else "文件"
            out.append(Change(e["date"], p["name"], what, source))
        for date, title in titles.items():
            if date > cutoff and date not in seen:  # named again, without a stated stage
                out.append(Change(date, p["name"], "新文件提及", f"《{title}》"))
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


def _row(p: dict[str, Any]) -> tuple[str, ...]:
    return (
        p["name"],
        label("type", p["type"]),
        label("stage", p["stage"]),
        str(p.get("target_year") or "—"),
        _clip("、".join(p.get("places") or []) or "—", 16),
        _clip("；".join(lead_units(p)) or "—", 18),
    )


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _districts(
    area: str | None, gaz: Gazetteer | None
) -> tuple[gpd.GeoDataFrame | None, gpd.GeoDataFrame | None]:
    """Return the focus and neighbour districts of ``area`` (all focus areas when None)."""
    if gaz is None:
        from geo import gazetteer

        try:
            gaz = gazetteer.load()
        except GazetteerError:  # no boundaries built: the map still shows the projects
            return None, None
    if area is None:
        return gaz.districts[gaz.districts["areas"].fillna("") != ""], None
    return gaz.area_districts(area), gaz.neighbour_districts(area)


def build(
    projects: Iterable[dict[str, Any]],
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
    rank = {str(s): i for i, s in enumerate(STAGE_ORDER)}
    rows = [p for p in projects if area is None or area in (p.get("areas") or [])]
    rows.sort(key=lambda p: (rank.get(p["stage"], 99), p["name"]))
    counts = Counter(p["stage"] for p in rows)
    by_stage = [(label("stage", str(s)), counts.get(str(s), 0)) for s in STAGE_ORDER]
    late = overdue_projects(rows, today)
    located = sum(1 for p in rows if p.get("geometry"))
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
        overdue=[(*_row(p)[:4], str(today.year - int(p["target_year"])), _row(p)[5]) for p in late],
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


def briefing(
    projects: Iterable[dict[str, Any]],
    *,
    area: str | None,
    fmt: str,
    out: Path,
    filters_text: str = "",
    changed_since: dt.date | None = None,
    today: dt.date | None = None,
    gaz: Gazetteer | None = None,
) -> Path:
    """Write the briefing deck of ``area`` to ``out`` as ``pptx`` or ``pdf`` and return ``out``.

    Raises
    ------
    ValueError
        If ``fmt`` is not ``pptx`` or ``pdf``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown briefing format {fmt!r}; choose pptx or pdf")
    b = build(
        projects,
        area=area,
        filters_text=filters_text,
        changed_since=changed_since,
        today=today,
        gaz=gaz,
        render_map=fmt == "pptx",
    )
    out = Path(out)
    (write_pptx if fmt == "pptx" else write_pdf)(b, out)
    return out


def briefing_bytes(
    projects: Iterable[dict[str, Any]], *, area: str | None, fmt: str, **options: Any
) -> bytes:
    """Return the briefing :func:`briefing` would write, as bytes (download buttons)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="plan-atlas-report-") as tmp:
        path = Path(tmp) / f"briefing.{fmt}"
        briefing(projects, area=area, fmt=fmt, out=path, **options)
        return path.read_bytes()


def _subtitle(b: Briefing) -> list[str]:
    lines = [f"日期：{b.today.isoformat()}"]
    lines.append(f"筛选条件：{b.filters_text}" if b.filters_text else "筛选条件：无（全部项目）")
    return lines


def _pages(rows: Sequence[Any], n: int) -> list[Sequence[Any]]:
    return [rows[i : i + n] for i in range(0, len(rows), n)] or [[]]


# --------------------------------------------------------------------------- PowerPoint


def write_pptx(b: Briefing, out: Path) -> None:
    """Write the briefing as a 16:9 PowerPoint deck."""
    from pptx import Presentation
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank = prs.slide_layouts[6]

    def slide(heading: str) -> Any:
        s = prs.slides.add_slide(blank)
        _textbox(
            s, Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.8), [heading], size=26, bold=True
        )
        return s

    s = prs.slides.add_slide(blank)
    _textbox(s, Inches(0.8), Inches(2.0), Inches(11.7), Inches(1.2), [b.title], size=36, bold=True)
    _textbox(s, Inches(0.8), Inches(3.4), Inches(11.7), Inches(1.0), _subtitle(b), size=18)
    _textbox(
        s,
        Inches(0.8),
        Inches(4.8),
        Inches(11.7),
        Inches(1.6),
        ["　".join(f"{k}：{v}" for k, v in b.facts)],
        size=16,
    )

    s = slide("项目分布图")
    pic = s.shapes.add_picture(io.BytesIO(b.map_png), Inches(0.5), Inches(1.1), height=Inches(6.2))
    if pic.width > Inches(9):  # a wide area: fit the width instead, keeping the aspect
        pic.height = int(pic.height * Inches(9) / pic.width)
        pic.width = Inches(9)
    unlocated = [p["name"] for p in b.projects if not p.get("geometry")]
    notes = ["虚线：尚未开工；空心圆：区县级近似位置；示意线位仅表示走向。"]
    if unlocated:
        notes.append(
            f"未定位、未在图上显示的项目 {len(unlocated)} 个："
            + "、".join(unlocated[:15])
            + ("……" if len(unlocated) > 15 else "")
        )
    _textbox(s, Inches(9.6), Inches(1.3), Inches(3.4), Inches(5.8), notes, size=12)

    s = slide("项目阶段分布")
    data = CategoryChartData()
    data.categories = [name for name, _ in b.by_stage]
    data.add_series("项目数", [n for _, n in b.by_stage])
    chart = s.shapes.add_chart(
        XL_CHART_TYPE.BAR_CLUSTERED, Inches(0.5), Inches(1.2), Inches(7.5), Inches(5.8), data
    ).chart
    chart.has_legend = False
    chart.plots[0].has_data_labels = True
    chart.font.size = Pt(14)
    chart.font.name = PPTX_EA_FONT
    _table(
        s,
        ("阶段", "项目数"),
        [(k, str(v)) for k, v in b.by_stage] + [("合计", str(len(b.projects)))],
        Inches(8.5),
        Inches(1.3),
        (Inches(2.6), Inches(1.6)),
    )

    sections = (
        ("项目清单（按阶段）", PROJECT_HEADERS, b.project_rows, (3.6, 1.2, 1.2, 1.1, 2.6, 2.6)),
        (
            f"{b.since.isoformat()} 以来的变化",
            CHANGE_HEADERS,
            [(c.date, c.project, c.what, _clip(c.source, 40)) for c in b.changes],
            (1.5, 3.4, 3.2, 4.2),
        ),
        (
            f"逾期未建成项目（目标年份早于 {b.today.year} 年）",
            OVERDUE_HEADERS,
            b.overdue,
            (3.6, 1.2, 1.2, 1.1, 1.3, 3.9),
        ),
    )
    for heading, headers, rows, widths in sections:
        pages = _pages(rows, ROWS_PER_SLIDE)
        for i, page in enumerate(pages):
            s = slide(heading + (f"（{i + 1}/{len(pages)}）" if len(pages) > 1 else ""))
            if page:
                _table(s, headers, page, Inches(0.5), Inches(1.2), tuple(Inches(w) for w in widths))
            else:
                _textbox(s, Inches(0.5), Inches(1.4), Inches(12), Inches(1), ["无。"], size=18)
    prs.core_properties.title = b.title
    prs.save(str(out))


def _font(run: Any, *, size: int, bold: bool = False) -> None:
    """Set a run's size and weight, and its East Asian typeface (Chinese text)."""
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
    rpr.set("lang", "zh-CN")  # spelling and line breaking as Chinese
    ea = rpr.find(qn("a:ea"))
    if ea is None:
        ea = rpr.makeelement(qn("a:ea"), {})
        rpr.append(ea)
    ea.set("typeface", PPTX_EA_FONT)


def _textbox(
    s: Any, x: int, y: int, w: int, h: int, lines: Sequence[str], *, size: int, bold: bool = False
) -> None:
    frame = s.shapes.add_textbox(x, y, w, h).text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = line
        _font(run, size=size, bold=bold)


def _table(
    s: Any,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    x: int,
    y: int,
    widths: Sequence[int],
) -> None:
    from pptx.util import Inches

    shape = s.shapes.add_table(
        len(rows) + 1, len(headers), x, y, sum(widths), Inches(0.4) * (len(rows) + 1)
    )
    table = shape.table
    for c, w in enumerate(widths):
        table.columns[c].width = w
    for r, values in enumerate([headers, *rows]):
        for c, value in enumerate(values):
            frame = table.cell(r, c).text_frame
            frame.text = ""
            run = frame.paragraphs[0].add_run()
            run.text = str(value)
            _font(run, size=12 if r == 0 else 11, bold=r == 0)


# --------------------------------------------------------------------------- PDF


def _fit(text: str, width_pt: float, size: float = 10, smallest: float = 6.5) -> float:
    """Return a font size at which ``text`` fits ``width_pt`` (CJK glyphs are 1 em wide)."""
    ems = sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in text) + 0.5
    return max(smallest, min(size, width_pt / ems))


A4_LANDSCAPE = (11.69, 8.27)


def write_pdf(b: Briefing, out: Path) -> None:
    """Write the briefing as an A4 landscape PDF with real (extractable) Chinese text."""
    font = mapimage.cjk_font
    with (
        mapimage.drawing(),
        PdfPages(out, metadata={"Title": b.title, "Creator": "Plan Atlas"}) as pdf,
    ):
        fig = Figure(figsize=A4_LANDSCAPE)
        fig.text(0.07, 0.66, b.title, fontproperties=font(26), parse_math=False)
        for i, line in enumerate(_subtitle(b)):
            fig.text(0.07, 0.56 - i * 0.05, line, fontproperties=font(14), parse_math=False)
        fig.text(0.07, 0.36, "　".join(f"{k}：{v}" for k, v in b.facts), fontproperties=font(13))
        pdf.savefig(fig)

        fig = _page("项目分布图")
        ax = fig.add_axes((0.04, 0.04, 0.66, 0.84))
        mapimage.draw_map(ax, b.projects, focus=b.focus, context=b.context)
        unlocated = [p["name"] for p in b.projects if not p.get("geometry")]
        note = (
            f"未定位、未在图上显示的项目 {len(unlocated)} 个。"
            if unlocated
            else "全部项目均已定位。"
        )
        fig.text(
            0.72,
            0.06,
            note + "\n虚线：尚未开工\n空心圆：区县级近似位置\n示意线位仅表示走向",
            fontproperties=font(10),
            va="bottom",
            linespacing=1.8,
        )
        pdf.savefig(fig)

        fig = _page("项目阶段分布")
        ax = fig.add_axes((0.12, 0.08, 0.45, 0.78))
        names = [n for n, _ in b.by_stage][::-1]
        values = [v for _, v in b.by_stage][::-1]
        ax.barh(names, values, color="#4a78a8")
        for y, v in enumerate(values):
            ax.text(v, y, f" {v}", va="center", fontproperties=font(10))
        for tick in ax.get_yticklabels():
            tick.set_fontproperties(font(11))
        ax.spines[["top", "right"]].set_visible(False)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        _pdf_table(
            fig,
            ("阶段", "项目数"),
            [(k, str(v)) for k, v in b.by_stage] + [("合计", str(len(b.projects)))],
            left=0.65,
            widths=(0.14, 0.1),
        )
        pdf.savefig(fig)

        sections = (
            (
                "项目清单（按阶段）",
                PROJECT_HEADERS,
                b.project_rows,
                (0.3, 0.09, 0.09, 0.08, 0.17, 0.19),
            ),
            (
                f"{b.since.isoformat()} 以来的变化",
                CHANGE_HEADERS,
                [(c.date, c.project, c.what, _clip(c.source, 36)) for c in b.changes],
                (0.1, 0.28, 0.22, 0.32),
            ),
            (
                f"逾期未建成项目（目标年份早于 {b.today.year} 年）",
                OVERDUE_HEADERS,
                b.overdue,
                (0.3, 0.09, 0.09, 0.08, 0.09, 0.27),
            ),
        )
        for heading, headers, rows, widths in sections:
            pages = _pages(rows, ROWS_PER_PAGE)
            for i, page in enumerate(pages):
                fig = _page(heading + (f"（{i + 1}/{len(pages)}）" if len(pages) > 1 else ""))
                if page:
                    _pdf_table(fig, headers, page, left=0.05, widths=widths)
                else:
                    fig.text(0.05, 0.8, "无。", fontproperties=font(14))
                pdf.savefig(fig)


def _page(heading: str) -> Figure:
    fig = Figure(figsize=A4_LANDSCAPE)
    fig.text(0.05, 0.92, heading, fontproperties=mapimage.cjk_font(20), parse_math=False)
    return fig


def _pdf_table(
    fig: Figure,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    left: float,
    widths: Sequence[float],
    top: float = 0.86,
    height: float = 0.042,
) -> None:
    """Draw a simple ruled table of text rows on a page (figure coordinates)."""
    font = mapimage.cjk_font
    page_w = fig.get_figwidth() * 72  # points
    right = left + sum(widths)
    for r, values in enumerate([headers, *rows]):
        y = top - r * height
        if r == 0:
            fig.patches.append(
                matplotlib.patches.Rectangle(
                    (left, y - height * 0.7),
                    right - left,
                    height,
                    transform=fig.transFigure,
                    facecolor="#dde6f0",
                    edgecolor="none",
                    zorder=0,
                )
            )
        x = left
        for value, w in zip(values, widths, strict=True):
            text = str(value)
            fig.text(
                x + 0.004,
                y - height * 0.2,
                text,
                fontproperties=font(_fit(text, w * page_w)),
                va="center",
                parse_math=False,
            )
            x += w
        fig.add_artist(
            matplotlib.lines.Line2D(
                [left, right],
                [y - height * 0.7] * 2,
                transform=fig.transFigure,
                color="#bbbbbb",
                linewidth=0.5,
            )
        )
