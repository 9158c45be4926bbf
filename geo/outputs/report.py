"""Briefing decks per area (PowerPoint and PDF): summary, map, tables by district and type, lists.

:func:`build` gathers what a briefing says (a :class:`Briefing`); the writers
only lay it out, so the ``.pptx`` and the PDF always carry the same content.
The content lives in :mod:`geo.outputs.briefing`, the writers in :mod:`geo.outputs.slides`
and :mod:`geo.outputs.pdf`; their public names are re-exported here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.model import Project
from geo.outputs.briefing import (
    TOP_N,
    Briefing,
    Change,
    Table,
    build,
    changes_since,
    describe_filters,
    is_overdue,
    lead_unit_text,
    overdue_projects,
    rank_key,
)
from geo.outputs.files import write_private
from geo.outputs.pdf import A4_LANDSCAPE, ROWS_PER_PAGE, write_pdf
from geo.outputs.slides import PPTX_EA_FONT, ROWS_PER_SLIDE, write_pptx

if TYPE_CHECKING:
    from geo.places import Gazetteer

__all__ = [
    "A4_LANDSCAPE",
    "FORMATS",
    "MEDIA_TYPES",
    "PPTX_EA_FONT",
    "ROWS_PER_PAGE",
    "ROWS_PER_SLIDE",
    "TOP_N",
    "Briefing",
    "Change",
    "Table",
    "briefing",
    "briefing_bytes",
    "build",
    "changes_since",
    "describe_filters",
    "is_overdue",
    "lead_unit_text",
    "overdue_projects",
    "rank_key",
    "write_pdf",
    "write_pptx",
]

FORMATS: tuple[str, ...] = ("pptx", "pdf")

#: MIME type of each format (download buttons).
MEDIA_TYPES: dict[str, str] = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pdf": "application/pdf",
}


def briefing(
    projects: Iterable[Project],
    *,
    area: str | None,
    fmt: str,
    out: Path,
    filters_text: str = "",
    changed_since: dt.date | None = None,
    today: dt.date | None = None,
    gaz: Gazetteer | None = None,
    include_other: bool = False,
    lang: str = "zh",
) -> Path:
    """Write the briefing deck of ``area`` to ``out`` as ``pptx`` or ``pdf`` and return ``out``.

    Only the core types are briefed unless ``include_other`` (see
    :func:`geo.outputs.briefing.build`); ``lang`` is ``zh`` or ``en``.

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
        include_other=include_other,
        lang=lang,
    )
    writer = write_pptx if fmt == "pptx" else write_pdf
    return write_private(Path(out), lambda path: writer(b, path))  # 0600, like every export (geo.outputs.files)


def briefing_bytes(
    projects: Iterable[Project], *, area: str | None, fmt: str, **options: Any
) -> bytes:
    """Return the briefing :func:`briefing` would write, as bytes (download buttons)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="plan-atlas-report-") as tmp:
        path = Path(tmp) / f"briefing.{fmt}"
        briefing(projects, area=area, fmt=fmt, out=path, **options)
        return path.read_bytes()
