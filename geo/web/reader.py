"""The document reader: a document's text as escaped HTML with every mention highlighted."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Iterable

from geo.maps import TYPE_COLORS
from geo.model import EntityType, Project


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span of a document to highlight, with the project it names."""

    start: int
    end: int
    entity_id: str
    name: str = ""
    type: EntityType | str = ""


def anchor_id(offset: int) -> str:
    """Return the HTML id of the anchor at a mention's start offset (the ``?at=`` of a source link)."""
    return f"pa-at-{offset}"


def focus_offset(mentions: Iterable[Highlight], at: int | None) -> int | None:
    """Return the start of the mention ``at`` points to: one starting there, else one covering it, else None."""
    if at is None:
        return None
    spans = list(mentions)
    if any(m.start == at for m in spans):
        return at
    covering = [m for m in spans if m.start <= at < m.end]
    return min(covering, key=lambda m: m.end - m.start).start if covering else None


def highlight(
    raw: str, mentions: Iterable[Highlight], *, link: str = "?project={id}", focus: int | None = None
) -> str:
    """Return ``raw`` as escaped HTML with every mention's ``[start, end)`` span marked.

    The text never passes through Markdown (issue 14, item 2): it is one HTML
    block under ``white-space: pre-wrap``, for ``st.html``. Every mention gets an
    anchor ``id="pa-at-<start>"`` (see :func:`anchor_id`) and every character of
    every mention is highlighted: where mentions overlap, the text is cut at each
    start and end and each piece links to the shortest mention covering it.

    Parameters
    ----------
    raw
        The document's decoded original text (offsets refer to it).
    mentions
        The spans to mark (see :func:`document_mentions`).
    link
        Link target of a highlight; ``{id}`` is replaced by the entity id.
    focus
        Start offset of the mention to mark as the one the reader was sent to
        (its anchor also gets ``id="pa-focus"``, its text an outline).
    """
    spans = sorted({(m.start, m.end, m.entity_id): m for m in mentions
                    if 0 <= m.start < m.end <= len(raw)}.values(), key=lambda m: (m.start, -m.end))
    starts = {m.start for m in spans}
    cuts = sorted(starts | {m.end for m in spans} | {0, len(raw)})
    focused = next((m for m in spans if m.start == focus), None)
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        if a in starts:
            out.append(f"<span class='pa-at' id='{anchor_id(a)}'></span>")
        covering = [m for m in spans if m.start <= a and b <= m.end]
        piece = html.escape(raw[a:b])
        if not covering:
            out.append(piece)
            continue
        m = min(covering, key=lambda m: (m.end - m.start, m.start))
        color = TYPE_COLORS.get(m.type, "#999")
        href = html.escape(link.replace("{id}", str(m.entity_id)), quote=True)
        title = html.escape(m.name, quote=True)
        is_focus = focused is not None and focused in covering
        outline = "outline:2px solid #c0392b;" if is_focus else ""
        first = " id='pa-focus'" if is_focus and a == focused.start else ""
        out.append(
            f"<a class='pa-mention'{first} data-start='{m.start}' href='{href}' target='_self' title='{title}' "
            f"style='background:{color}22;border-bottom:2px solid {color};color:inherit;{outline}"
            f"text-decoration:none'>{piece}</a>"
        )
    return (
        "<div class='pa-reader' style='white-space:pre-wrap;line-height:1.9;font-size:15px;"
        "max-height:70vh;overflow:auto;padding:8px 12px;border:1px solid #ddd;border-radius:6px'>"
        + "".join(out) + "</div>"
    )


def document_mentions(projects: Iterable[Project], doc: str) -> list[Highlight]:
    """Return the mentions of one document as spans with their project's id, name and type."""
    return [Highlight(m.start, m.end, p.id, p.name, p.type)
            for p in projects for m in p.mentions if m.doc == doc]
