"""Lay a briefing out as an A4 landscape PDF drawn with matplotlib."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib
import matplotlib.lines
import matplotlib.patches
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from geo.outputs import mapimage
from geo.outputs.briefing import (
    Briefing,
    paged_sections,
    stage_rows,
    subtitle,
)

#: Rows per PDF page.
ROWS_PER_PAGE = 18


def _fit(text: str, width_pt: float, size: float = 10, smallest: float = 6.5) -> float:
    """Return a font size at which ``text`` fits ``width_pt`` (CJK glyphs are 1 em wide)."""
    ems = sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in text) + 0.5
    return max(smallest, min(size, width_pt / ems))


#: Page size in inches.
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
        for i, line in enumerate(subtitle(b)):
            fig.text(0.07, 0.56 - i * 0.05, line, fontproperties=font(14), parse_math=False)
        fig.text(0.07, 0.36, "　".join(f"{k}：{v}" for k, v in b.facts), fontproperties=font(13))
        pdf.savefig(fig)

        fig = _page("项目分布图")
        ax = fig.add_axes((0.04, 0.04, 0.66, 0.84))
        mapimage.draw_map(ax, b.projects, focus=b.focus, context=b.context)
        unlocated = [p.name for p in b.projects if not p.located]
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
            stage_rows(b),
            left=0.65,
            widths=(0.14, 0.1),
        )
        pdf.savefig(fig)

        widths = ((0.3, 0.09, 0.09, 0.08, 0.17, 0.19), (0.1, 0.28, 0.22, 0.32), (0.3, 0.09, 0.09, 0.08, 0.09, 0.27))
        for index, heading, headers, page in paged_sections(b, clip=36, per_page=ROWS_PER_PAGE):
            fig = _page(heading)
            if page:
                _pdf_table(fig, headers, page, left=0.05, widths=widths[index])
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
