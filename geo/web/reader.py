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


def highlight(
    raw: str, mentions: Iterable[Highlight], *, link: str = "?project={id}", focus: int | None = None
) -> str:
    """Return ``raw`` as escaped HTML with each mention's ``[start, end)`` span marked.

    Parameters
    ----------
    raw
        The document's decoded original text (offsets refer to it).
    mentions
        The spans to mark (see :func:`document_mentions`).
        Overlapping spans keep the first (longest) one.
    link
        Link target of a highlight; ``{id}`` is replaced by the entity id.
    focus
        Start offset of the mention to mark as the one the reader was sent to
        (``id="pa-focus"``, outlined).
    """
    spans = sorted(
        (m for m in mentions if 0 <= m.start < m.end <= len(raw)),
        key=lambda m: (m.start, -m.end),
    )
    out: list[str] = []
    pos = 0
    for m in spans:
        if m.start < pos:
            continue  # overlaps the previous highlight
        out.append(html.escape(raw[pos : m.start]))
        color = TYPE_COLORS.get(m.type, "#999")
        href = html.escape(link.replace("{id}", str(m.entity_id)), quote=True)
        title = html.escape(m.name, quote=True)
        focused = " id='pa-focus'" if focus is not None and m.start == focus else ""
        outline = "outline:2px solid #c0392b;" if focused else ""
        out.append(
            f"<a class='pa-mention'{focused} href='{href}' target='_self' title='{title}' "
            f"style='background:{color}22;border-bottom:2px solid {color};color:inherit;{outline}"
            f"text-decoration:none'>{html.escape(raw[m.start : m.end])}</a>"
        )
        pos = m.end
    out.append(html.escape(raw[pos:]))
    body = "".join(out)
    return (
        "<div class='pa-reader' style='white-space:pre-wrap;line-height:1.9;font-size:15px;"
        f"max-height:70vh;overflow:auto;padding:8px 12px;border:1px solid #ddd;border-radius:6px'>{body}</div>"
    )


def document_mentions(projects: Iterable[Project], doc: str) -> list[Highlight]:
    """Return the mentions of one document as spans with their project's id, name and type."""
    return [Highlight(m.start, m.end, p.id, p.name, p.type)
            for p in projects for m in p.mentions if m.doc == doc]
