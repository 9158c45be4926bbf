"""Lay a briefing out as an A4 landscape PDF drawn with matplotlib (the same pages as the deck)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib
import matplotlib.lines
import matplotlib.patches
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from geo.i18n import t
from geo.outputs import mapimage
from geo.outputs.briefing import Briefing, Table, map_key, pages, summary, text_ems

#: Most table rows (besides the header) on one page.
ROWS_PER_PAGE = 12

#: Page size in inches.
A4_LANDSCAPE = (11.69, 8.27)

_NAVY = "#1f3b73"
_GREY = "#666666"


def _fit(text: str, width_pt: float, size: float = 10, smallest: float = 6.5) -> float:
    """Return a font size at which ``text`` fits ``width_pt`` (CJK glyphs are 1 em wide)."""
    ems = text_ems(text) + 0.5
    return max(smallest, min(size, width_pt / ems))


def write_pdf(b: Briefing, out: Path) -> None:
    """Write the briefing as an A4 landscape PDF with real (extractable) Chinese text."""
    font = mapimage.cjk_font
    number = 0

    def page(heading: str) -> Figure:
        nonlocal number
        number += 1
        fig = Figure(figsize=A4_LANDSCAPE)
        fig.patches.append(matplotlib.patches.Rectangle(
            (0, 0.985), 1, 0.015, transform=fig.transFigure, facecolor=_NAVY, edgecolor="none"))
        fig.text(0.05, 0.92, heading, fontproperties=font(20), color=_NAVY, parse_math=False)
        fig.text(0.05, 0.025, f"{b.title}　·　{number + 1}", fontproperties=font(8), color=_GREY,
                 parse_math=False)
        return fig

    with (
        mapimage.drawing(),
        PdfPages(out, metadata={"Title": b.title, "Creator": "Plan Atlas"}) as pdf,
    ):
        fig = Figure(figsize=A4_LANDSCAPE)
        fig.patches.append(matplotlib.patches.Rectangle(
            (0, 0.6), 1, 0.2, transform=fig.transFigure, facecolor=_NAVY, edgecolor="none"))
        fig.text(0.07, 0.7, b.title, fontproperties=font(26), color="white", va="center",
                 parse_math=False)
        for i, line in enumerate(b.cover):
            fig.text(0.07, 0.5 - i * 0.06, line, fontproperties=font(14), parse_math=False)
        fig.text(0.07, 0.08, t("app.title", b.lang), fontproperties=font(11), color=_GREY)
        pdf.savefig(fig)

        sm = summary(b)
        fig = page(t("brief.summary", b.lang))
        fig.text(0.05, 0.84, t("brief.by_stage", b.lang), fontproperties=font(13), color=_NAVY)
        _pdf_table(fig, Table("", (t("stage", b.lang), t("metric.projects", b.lang)), sm["stages"],
                              (2.0, 1.0)), left=0.05, width=0.25, top=0.79, bold_last=True)
        blocks = [
            (0.34, 0.84, sm["changes_heading"], sm["changes"]),
            (0.34, 0.46, sm["overdue_heading"], sm["overdue"]),
            (0.68, 0.84, sm["top_heading"], sm["top"]),
        ]
        for x, y, heading, lines in blocks:
            fig.text(x, y, heading, fontproperties=font(13), color=_NAVY, parse_math=False)
            for i, line in enumerate(lines):
                fig.text(x, y - 0.05 - i * 0.042, line, parse_math=False,
                         fontproperties=font(_fit(line, 0.3 * A4_LANDSCAPE[0] * 72, size=10)))
        fig.text(0.68, 0.2, sm["rule"], fontproperties=font(8), color=_GREY, wrap=True,
                 parse_math=False, va="top")
        pdf.savefig(fig)

        fig = page(t("brief.map", b.lang))
        ax = fig.add_axes((0.03, 0.06, 0.56, 0.82))
        mapimage.draw_map(ax, b.projects, focus=b.focus, context=b.context, keyed=b.keyed, lang=b.lang)
        fig.text(0.69, 0.86, t("brief.map_key", b.lang), fontproperties=font(12), color=_NAVY)
        key = map_key(b)
        if key.rows:
            _pdf_table(fig, key, left=0.69, width=0.29, top=0.81, height=0.038)
        unlocated = sum(1 for p in b.projects if not p.located)
        notes = _split(t("brief.map_note", b.lang)) + (
            [t("brief.unlocated", b.lang).format(n=unlocated)] if unlocated else [])
        fig.text(0.69, 0.2, "\n".join(notes), fontproperties=font(8), color=_GREY, va="top",
                 linespacing=1.6, parse_math=False)
        pdf.savefig(fig)

        for table in (b.districts, b.types):
            pdf.savefig(_table_page(page(table.heading), table, b.lang))
        for table in b.appendix:
            for part in pages(table, per_page=ROWS_PER_PAGE, lang=b.lang):
                pdf.savefig(_table_page(page(part.heading), part, b.lang))


def _split(note: str) -> list[str]:
    """Return a note as one line per clause (matplotlib's ``wrap`` ignores the page margin)."""
    return [part.strip() for part in note.replace("；", "；\n").replace("; ", ";\n").split("\n")]


def _table_page(fig: Figure, table: Table, lang: str) -> Figure:
    font = mapimage.cjk_font
    if table.rows:
        _pdf_table(fig, table, left=0.05, width=0.9,
                   bold_last=table.rows[-1][0] == t("brief.total", lang))
    else:
        fig.text(0.05, 0.8, t("brief.none", lang), fontproperties=font(14))
    if table.note:
        fig.text(0.05, 0.09, table.note, fontproperties=font(8), color=_GREY, wrap=True,
                 parse_math=False)
    return fig


def _pdf_table(
    fig: Figure,
    table: Table,
    *,
    left: float,
    width: float,
    top: float = 0.86,
    height: float = 0.052,
    bold_last: bool = False,
) -> None:
    """Draw a ruled table of text rows on a page (figure coordinates), columns in ``table.widths``."""
    font = mapimage.cjk_font
    page_w = fig.get_figwidth() * 72  # points
    total = sum(table.widths)
    widths: Sequence[float] = [width * w / total for w in table.widths]
    right = left + width
    rows = [table.headers, *table.rows]
    for r, values in enumerate(rows):
        y = top - r * height
        header, last = r == 0, bold_last and r == len(rows) - 1
        if header or last:
            fig.patches.append(
                matplotlib.patches.Rectangle(
                    (left, y - height * 0.7), right - left, height, transform=fig.transFigure,
                    facecolor=_NAVY if header else "#e8edf5", edgecolor="none", zorder=0,
                )
            )
        x = left
        for value, w in zip(values, widths, strict=True):
            text = str(value)
            fig.text(
                x + 0.004,
                y - height * 0.2,
                text,
                fontproperties=font(_fit(text, w * page_w, size=11 if header else 10.5)),
                color="white" if header else "#1b1b1b",
                fontweight="bold" if header or last else "normal",
                va="center",
                parse_math=False,
            )
            x += w
        fig.add_artist(
            matplotlib.lines.Line2D(
                [left, right], [y - height * 0.7] * 2, transform=fig.transFigure,
                color="#bbbbbb", linewidth=0.5,
            )
        )
