"""Lay a briefing out as a 16:9 PowerPoint deck."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from geo.outputs.briefing import (
    Briefing,
    paged_sections,
    stage_rows,
    subtitle,
)

#: Rows per table slide.
ROWS_PER_SLIDE = 12

#: East Asian typeface named in the deck (present on the officials' Windows PCs).
PPTX_EA_FONT = "Microsoft YaHei"


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
    _textbox(s, Inches(0.8), Inches(3.4), Inches(11.7), Inches(1.0), subtitle(b), size=18)
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
    unlocated = [p.name for p in b.projects if not p.located]
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
        stage_rows(b),
        Inches(8.5),
        Inches(1.3),
        (Inches(2.6), Inches(1.6)),
    )

    widths = ((3.6, 1.2, 1.2, 1.1, 2.6, 2.6), (1.5, 3.4, 3.2, 4.2), (3.6, 1.2, 1.2, 1.1, 1.3, 3.9))
    for index, heading, headers, page in paged_sections(b, clip=40, per_page=ROWS_PER_SLIDE):
        s = slide(heading)
        if page:
            _table(s, headers, page, Inches(0.5), Inches(1.2), tuple(Inches(w) for w in widths[index]))
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
