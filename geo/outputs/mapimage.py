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
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import geopandas as gpd
import matplotlib
from matplotlib import patheffects
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

#: A white halo under map text, so names stay legible over lines and fills.
HALO = [patheffects.withStroke(linewidth=2.5, foreground="white")]

#: Colour of the numbered markers keyed to a table (key projects).
KEY_COLOR = "#1f3b73"


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
            parse_math=False,
            path_effects=HALO,
            zorder=6,
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
    keyed: Sequence[Project] = (),
    lang: str = "zh",
) -> None:
    """Draw districts and projects on a matplotlib axes, framed to ``focus`` (or the projects).

    Lines are drawn in their type's colour (dashed while not started), points as
    dots (hollow when the location is only a district or city), areas known only
    by their district(s) as a faint dotted district. With ``keyed``, those
    projects get numbered markers (1, 2, … in that order, for a table beside the
    map) and no project name is written on the map.
    """
    located = [(p, shape(p.geometry)) for p in projects if p.geometry]
    ax.set_facecolor(BACKGROUND)
    _draw_districts(ax, context, CONTEXT_STYLE, fontsize=8, color="#666666")
    _draw_districts(ax, focus, FOCUS_STYLE, fontsize=11, color="#8b1a1a")
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
    if labels and not keyed and len(located) <= MAX_LABELS:
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
    if keyed:
        _draw_keys(ax, keyed)
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
                label=t(f"type.{ty}", lang),
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
            title=t("legend", lang),
            title_fontproperties=cjk_font(10),
            alignment="left",
        )
    ax.set_xticks([])
    ax.set_yticks([])


def _anchor(geom: BaseGeometry, box: BaseGeometry) -> tuple[float, float] | None:
    """Return where a project's number goes: on the part of it inside the view."""
    part = geom.intersection(box) if not geom.within(box) else geom
    if part.is_empty:
        return None
    if part.geom_type in ("LineString", "MultiLineString"):
        lines = getattr(part, "geoms", [part])
        longest = max(lines, key=lambda g: g.length)
        pt = longest.interpolate(0.5, normalized=True)
    else:
        pt = part.representative_point() if part.geom_type != "Point" else part
    return pt.x, pt.y


def _draw_keys(ax: Any, keyed: Sequence[Project]) -> None:
    """Draw numbered markers for ``keyed``; a marker that would cover another moves aside on a leader line."""
    from shapely.geometry import box

    ax.apply_aspect()  # the transforms below must see the final axes box
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    view = box(x0, y0, x1, y1)
    to_px = ax.transData.transform
    from_px = ax.transData.inverted().transform
    taken: list[tuple[float, float]] = []
    pt_px = ax.figure.dpi / 72
    gap = 15 * pt_px  # between marker centres, in pixels
    # District names already on the map: a number would hide them.
    names = []
    for text in ax.texts:
        cx, cy = to_px(text.get_position())
        half_w = len(text.get_text()) * text.get_fontsize() * pt_px / 2 + gap / 2
        names.append((cx - half_w, cx + half_w, cy - gap, cy + gap))

    def free(c: Any) -> bool:
        clear = all(math.dist(c, q) >= gap for q in taken)
        return clear and not any(a <= c[0] <= b and lo <= c[1] <= hi for a, b, lo, hi in names)

    for i, p in enumerate(keyed, start=1):
        anchor = _anchor(shape(p.geometry), view) if p.geometry else None
        if anchor is None:
            continue
        ax_px = to_px(anchor)
        spot = ax_px
        for ring in range(0, 8):
            candidates = [ax_px] if ring == 0 else [
                (ax_px[0] + ring * gap * math.cos(a), ax_px[1] + ring * gap * math.sin(a))
                for a in (math.radians(d) for d in range(45, 405, 30))
            ]
            ok = [c for c in candidates if free(c)]
            if ok:
                spot = ok[0]
                break
        taken.append(tuple(spot))
        x, y = from_px(spot)
        if math.dist(spot, ax_px) > 1:
            ax.plot([anchor[0], x], [anchor[1], y], color=KEY_COLOR, linewidth=0.8, zorder=7)
            ax.scatter([anchor[0]], [anchor[1]], s=6, color=KEY_COLOR, zorder=7)
        ax.text(
            x, y, str(i), ha="center", va="center", color="white", zorder=8,
            fontproperties=cjk_font(7.5), fontweight="bold",
            bbox={"boxstyle": "circle,pad=0.25", "facecolor": KEY_COLOR, "edgecolor": "white",
                  "linewidth": 0.8},
        )


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
    keyed: Sequence[Project] = (),
    lang: str = "zh",
) -> bytes:
    """Return a PNG map of ``projects`` over the ``focus`` and ``context`` districts.

    ``keyed`` projects are numbered (see :func:`draw_map`).
    """
    fig = Figure(figsize=size, dpi=dpi)
    with drawing():
        ax = fig.add_axes((0.01, 0.01, 0.78, 0.92 if title else 0.98))
        draw_map(ax, projects, focus=focus, context=context, keyed=keyed, lang=lang)
        if title:
            fig.suptitle(title, fontproperties=cjk_font(14), y=0.985)
        buf = io.BytesIO()
        fig.savefig(
            buf, format="png", dpi=dpi, facecolor="white", bbox_inches="tight", pad_inches=0.1
        )
    return buf.getvalue()
