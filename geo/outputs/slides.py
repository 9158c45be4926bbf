"""Lay a briefing out as a 16:9 PowerPoint deck.

Slides: cover; executive summary; map with numbered key projects; by district;
by type; then changes, overdue projects and the ranked project list, each at
most :data:`ROWS_PER_SLIDE` rows a slide with "续" continuation slides.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from geo.i18n import t
from geo.outputs.briefing import Briefing, Table, map_key, pages, summary

#: Most table rows (besides the header) on one slide.
ROWS_PER_SLIDE = 12

#: East Asian typeface named in the deck (present on the officials' Windows PCs).
PPTX_EA_FONT = "Microsoft YaHei"

_NAVY = "1F3B73"
_GREY = "666666"


def write_pptx(b: Briefing, out: Path) -> None:
    """Write the briefing as a 16:9 PowerPoint deck."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank = prs.slide_layouts[6]

    def slide(heading: str) -> Any:
        s = prs.slides.add_slide(blank)
        _rect(s, 0, 0, Inches(13.333), Inches(0.12), _NAVY)
        _textbox(s, Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.7), [heading], size=26, bold=True,
                 color=_NAVY)
        _textbox(s, Inches(0.5), Inches(7.05), Inches(12.3), Inches(0.35),
                 [f"{b.title}　·　{len(prs.slides)}"], size=10, color=_GREY)
        return s

    # cover
    s = prs.slides.add_slide(blank)
    _rect(s, 0, Inches(1.6), Inches(13.333), Inches(1.9), _NAVY)
    _textbox(s, Inches(0.8), Inches(1.85), Inches(11.7), Inches(1.4), [b.title], size=36, bold=True,
             color="FFFFFF")
    _textbox(s, Inches(0.8), Inches(3.9), Inches(11.7), Inches(2.4), b.cover, size=18)
    _textbox(s, Inches(0.8), Inches(6.6), Inches(11.7), Inches(0.5), [t("app.title", b.lang)], size=14,
             color=_GREY)

    # executive summary
    sm = summary(b)
    s = slide(t("brief.summary", b.lang))
    _textbox(s, Inches(0.5), Inches(1.1), Inches(3.4), Inches(0.4), [t("brief.by_stage", b.lang)],
             size=14, bold=True, color=_NAVY)
    _table(s, Table("", (t("stage", b.lang), t("metric.projects", b.lang)), sm["stages"], (2.0, 1.2)),
           Inches(0.5), Inches(1.55), Inches(3.2), bold_last=True)
    blocks = [
        (Inches(4.1), Inches(1.1), sm["changes_heading"], sm["changes"]),
        (Inches(4.1), Inches(4.0), sm["overdue_heading"], sm["overdue"]),
        (Inches(8.7), Inches(1.1), sm["top_heading"], sm["top"]),
    ]
    for x, y, heading, lines in blocks:
        _textbox(s, x, y, Inches(4.4), Inches(0.4), [heading], size=14, bold=True, color=_NAVY)
        _textbox(s, x, y + Inches(0.5), Inches(4.4), Inches(2.3), lines, size=12)
    _textbox(s, Inches(8.7), Inches(5.9), Inches(4.3), Inches(1.0), [sm["rule"]], size=10, color=_GREY)

    # map, numbered key projects keyed to a table beside it
    s = slide(t("brief.map", b.lang))
    pic = s.shapes.add_picture(io.BytesIO(b.map_png), Inches(0.4), Inches(1.05), height=Inches(5.9))
    if pic.width > Inches(8.3):  # a wide area: fit the width instead, keeping the aspect
        pic.height = int(pic.height * Inches(8.3) / pic.width)
        pic.width = Inches(8.3)
    x = pic.left + pic.width + Inches(0.3)  # the key beside the map, whatever its shape
    w = Inches(13.0) - x
    _textbox(s, x, Inches(1.05), w, Inches(0.4), [t("brief.map_key", b.lang)],
             size=14, bold=True, color=_NAVY)
    key = map_key(b)
    if key.rows:
        _table(s, key, x, Inches(1.5), w, size=11, row_h=0.36)
    unlocated = sum(1 for p in b.projects if not p.located)
    notes = [t("brief.map_note", b.lang)] + ([t("brief.unlocated", b.lang).format(n=unlocated)]
                                             if unlocated else [])
    _textbox(s, x, Inches(5.8), w, Inches(1.2), notes, size=10, color=_GREY)

    # counts by district and by type, then the long lists, paged
    for table in (b.districts, b.types):
        _table_slide(slide(table.heading), table, b.lang)
    for table in b.appendix:
        for page in pages(table, per_page=ROWS_PER_SLIDE, lang=b.lang):
            _table_slide(slide(page.heading), page, b.lang)
    prs.core_properties.title = b.title
    prs.save(str(out))


def _table_slide(s: Any, table: Table, lang: str) -> None:
    from pptx.util import Inches

    if table.rows:
        _table(s, table, Inches(0.5), Inches(1.15), Inches(12.3), bold_last=table.rows[-1][0] == t(
            "brief.total", lang))
    else:
        _textbox(s, Inches(0.5), Inches(1.3), Inches(12), Inches(1), [t("brief.none", lang)], size=18)
    if table.note:
        _textbox(s, Inches(0.5), Inches(6.45), Inches(12.3), Inches(0.6), [table.note], size=10,
                 color=_GREY)


def _rect(s: Any, x: int, y: int, w: int, h: int, color: str) -> None:
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE

    shape = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, x, y, w, h)
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(color)
    shape.line.fill.background()


def _font(run: Any, *, size: float, bold: bool = False, color: str | None = None) -> None:
    """Set a run's size, weight and colour, and its East Asian typeface (Chinese text)."""
    from pptx.dml.color import RGBColor
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    rpr = run._r.get_or_add_rPr()
    rpr.set("lang", "zh-CN")  # spelling and line breaking as Chinese
    ea = rpr.find(qn("a:ea"))
    if ea is None:
        ea = rpr.makeelement(qn("a:ea"), {})
        rpr.append(ea)
    ea.set("typeface", PPTX_EA_FONT)


def _textbox(
    s: Any, x: int, y: int, w: int, h: int, lines: Sequence[str], *, size: float,
    bold: bool = False, color: str | None = None,
) -> None:
    frame = s.shapes.add_textbox(x, y, w, h).text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = line
        _font(run, size=size, bold=bold, color=color)


def _table(
    s: Any, table: Table, x: int, y: int, width: int, *, size: float = 11, row_h: float = 0.36,
    bold_last: bool = False,
) -> None:
    """Add ``table`` at (x, y), ``width`` wide, columns in the proportions of ``table.widths``."""
    from pptx.dml.color import RGBColor
    from pptx.util import Inches

    n = len(table.rows) + 1
    shape = s.shapes.add_table(n, len(table.headers), x, y, width, int(Inches(row_h) * n))
    grid = shape.table
    total = sum(table.widths)
    for c, w in enumerate(table.widths):
        grid.columns[c].width = int(width * w / total)
    for r in range(n):
        grid.rows[r].height = Inches(row_h)
    for r, values in enumerate([table.headers, *table.rows]):
        for c, value in enumerate(values):
            cell = grid.cell(r, c)
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            frame = cell.text_frame
            frame.text = ""
            run = frame.paragraphs[0].add_run()
            run.text = str(value)
            header, last = r == 0, bold_last and r == n - 1
            _font(run, size=size + (1 if header else 0), bold=header or last,
                  color="FFFFFF" if header else None)
            if header:
                cell.fill.solid()
                cell.fill.fore_color.rgb = RGBColor.from_string(_NAVY)
