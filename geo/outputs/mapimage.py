"""Draw a static map of projects over district boundaries with matplotlib, offline, Chinese labels.

No pyplot: figures are plain :class:`matplotlib.figure.Figure` objects, so nothing
global (backend, current figure) is touched and a Streamlit server thread can
call this safely. Text uses the TrueType Noto Sans SC shipped by ``zhplot``
(Debian's Noto CJK is a .ttc collection, which matplotlib cannot embed in PDF).
"""

from __future__ import annotations

import contextlib
import functools
import io
import math
import threading
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import geopandas as gpd
import matplotlib
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, fontManager
from matplotlib.lines import Line2D
from matplotlib.patches import PathPatch
from matplotlib.path import Path as MplPath
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from geo.errors import PlanAtlasError
from geo.i18n import t
from geo.maps import APPROXIMATE, PLANNED_STAGES, TYPE_COLORS
from geo.model import Project

#: Colours of the boundaries: focus districts and their neighbours.
FOCUS_STYLE = {"edgecolor": "#c0392b", "facecolor": "#fdf6e3", "linewidth": 1.6}
CONTEXT_STYLE = {"edgecolor": "#9a9a9a", "facecolor": "#ffffff", "linewidth": 0.7}
BACKGROUND = "#f3f1ec"

#: Above this many located projects, names are not written on the map.
MAX_LABELS = 30


class FontError(PlanAtlasError):
    """The CJK font file for images and PDFs is missing (``pip install zhplot``)."""


@functools.cache
def cjk_font_path() -> Path:
    """Return the TrueType CJK font file used for images and PDFs, registered with matplotlib.

    Raises
    ------
    FontError
        If the ``zhplot`` package (which ships the font) is not installed.
    """
    try:
        path = Path(str(resources.files("zhplot") / "fonts" / "NotoSansSC-Regular.ttf"))
    except ModuleNotFoundError as e:
        raise FontError("Chinese font missing: pip install zhplot") from e
    if not path.exists():
        raise FontError(f"Chinese font missing: {path}")
    fontManager.addfont(str(path))
    return path


def cjk_font(size: float | None = None) -> FontProperties:
    """Return font properties for Chinese text at ``size`` points."""
    return FontProperties(fname=cjk_font_path(), size=size)


_LOCK = threading.Lock()


@contextlib.contextmanager
def drawing() -> Iterator[None]:
    """Hold matplotlib for one drawing, with the settings of :func:`rc`.

    matplotlib's settings are global and it is not thread-safe; Streamlit runs
    each session in its own thread, so drawings take turns.
    """
    with _LOCK, matplotlib.rc_context(rc()):
        yield


def rc() -> dict[str, Any]:
    """Return matplotlib settings for Chinese text and embeddable PDF fonts (``rc_context``)."""
    name = FontProperties(fname=cjk_font_path()).get_name()
    return {
        "font.family": [name],
        "axes.unicode_minus": False,  # the font has no U+2212 glyph
        "pdf.fonttype": 42,  # TrueType, so PDF text stays text (pdftotext, search, copy)
        "svg.fonttype": "none",
    }


def _path(geom: BaseGeometry) -> MplPath:
    """Return a matplotlib path for a (multi)polygon, holes included."""
    polys = getattr(geom, "geoms", [geom])
    parts = []
    for poly in polys:
        for ring in (poly.exterior, *poly.interiors):
            parts.append(MplPath(list(ring.coords), closed=True))
    return MplPath.make_compound_path(*parts)


def _draw_districts(
    ax: Any, frame: gpd.GeoDataFrame | None, style: dict[str, Any], *, fontsize: float, color: str
) -> None:
    if frame is None or not len(frame):
        return
    for _, row in frame.iterrows():
        if row.geometry is None or row.geometry.is_empty:
            continue
        ax.add_patch(PathPatch(_path(row.geometry), **style))
        pt = row.geometry.representative_point()
        ax.text(
            pt.x,
            pt.y,
            row["name"],
            fontproperties=cjk_font(fontsize),
            color=color,
            ha="center",
            va="center",
            clip_on=True,
            alpha=0.85,
            parse_math=False,
        )


def _lines(geom: BaseGeometry) -> list[list[tuple[float, float]]]:
    if geom.geom_type == "LineString":
        return [list(geom.coords)]
    if geom.geom_type in ("MultiLineString", "GeometryCollection"):
        return [c for g in geom.geoms for c in _lines(g)]
    return []


def draw_map(
    ax: Any,
    projects: Iterable[Project],
    *,
    focus: gpd.GeoDataFrame | None,
    context: gpd.GeoDataFrame | None = None,
    labels: bool = True,
) -> None:
    """Draw districts and projects on a matplotlib axes, framed to ``focus`` (or the projects).

    Lines are drawn in their type's colour (dashed while not started), points as
    dots (hollow when the location is only a district or city), areas known only
    by their district(s) as a faint dotted district.
    """
    located = [(p, shape(p.geometry)) for p in projects if p.geometry]
    ax.set_facecolor(BACKGROUND)
    _draw_districts(ax, context, CONTEXT_STYLE, fontsize=7, color="#777777")
    _draw_districts(ax, focus, FOCUS_STYLE, fontsize=9, color="#8b1a1a")
    for p, geom in located:
        color = TYPE_COLORS.get(p.type, "#555555")
        if geom.geom_type in ("Polygon", "MultiPolygon"):
            # An area known only by its district(s): faint and dotted, under lines and points.
            for part in getattr(geom, "geoms", [geom]):
                xs, ys = part.exterior.xy
                ax.fill(xs, ys, facecolor=color, alpha=0.10, edgecolor="none", zorder=2)
                ax.plot(xs, ys, color=color, linewidth=1.2, linestyle=":", alpha=0.9, zorder=2)
            continue
        style = "--" if p.stage in PLANNED_STAGES else "-"
        for coords in _lines(geom):
            xs, ys = zip(*coords, strict=True)
            ax.plot(
                xs,
                ys,
                color=color,
                linewidth=2.4 if p.type == "railway" else 1.8,
                linestyle=style,
                alpha=0.75 if p.precision == "schematic" else 0.95,
                zorder=3,
            )
        points = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type == "Point"]
        rough = p.precision in APPROXIMATE
        for pt in points:
            ax.scatter(
                [pt.x],
                [pt.y],
                s=70 if rough else 28,
                zorder=4,
                linewidths=1.2,
                facecolors="none" if rough else color,
                edgecolors=color,
            )
    if labels and len(located) <= MAX_LABELS:
        for p, geom in located:
            pt = geom.representative_point() if geom.geom_type != "Point" else geom
            ax.annotate(
                p.name,
                (pt.x, pt.y),
                xytext=(4, 3),
                textcoords="offset points",
                fontproperties=cjk_font(7),
                color="#222222",
                zorder=5,
                clip_on=True,
                annotation_clip=True,
                parse_math=False,
            )
    _frame(ax, focus, [g for _, g in located])
    types = list(dict.fromkeys(p.type for p, _ in located))
    if types:
        handles = [
            Line2D(
                [],
                [],
                color=TYPE_COLORS.get(ty, "#555555"),
                linewidth=2.5,
                marker="o",
                markersize=5,
                label=t(f"type.{ty}"),
            )
            for ty in types
        ]
        # Outside the frame, to the right: inside it would hide part of the area.
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            prop=cjk_font(9),
            frameon=False,
            title="图例",
            title_fontproperties=cjk_font(10),
            alignment="left",
        )
    ax.set_xticks([])
    ax.set_yticks([])


def _frame(ax: Any, focus: gpd.GeoDataFrame | None, geoms: list[BaseGeometry]) -> None:
    """Frame the view to the focus districts (else the projects), with a margin and lat scaling."""
    if focus is not None and len(focus):
        minx, miny, maxx, maxy = focus.total_bounds
    elif geoms:
        minx, miny, maxx, maxy = gpd.GeoSeries(geoms).total_bounds
    else:
        minx, miny, maxx, maxy = 105.0, 28.5, 107.0, 30.5  # the four focus areas
    pad = max(maxx - minx, maxy - miny, 0.05) * 0.08
    ax.set_xlim(minx - pad, maxx + pad)
    ax.set_ylim(miny - pad, maxy + pad)
    ax.set_aspect(1 / math.cos(math.radians((miny + maxy) / 2)))


def render_png(
    projects: Iterable[Project],
    *,
    focus: gpd.GeoDataFrame | None,
    context: gpd.GeoDataFrame | None = None,
    title: str = "",
    size: tuple[float, float] = (10, 7.5),
    dpi: int = 150,
) -> bytes:
    """Return a PNG map of ``projects`` over the ``focus`` and ``context`` districts."""
    fig = Figure(figsize=size, dpi=dpi)
    with drawing():
        ax = fig.add_axes((0.01, 0.01, 0.78, 0.92 if title else 0.98))
        draw_map(ax, projects, focus=focus, context=context)
        if title:
            fig.suptitle(title, fontproperties=cjk_font(14), y=0.985)
        buf = io.BytesIO()
        fig.savefig(
            buf, format="png", dpi=dpi, facecolor="white", bbox_inches="tight", pad_inches=0.1
        )
    return buf.getvalue()
