"""One document's own word on an item's stage over a weaker reading of it (issue #11 item 2).

The clause rules read each mention alone, and the document's stage of an item is its governing mention's
(:func:`geo.model.governing_first`: the most advanced). Two kinds of reading are weaker than what the same
document says elsewhere in so many words:

* **a frame's guess at 建成**, with no milestone of the item in its clause: a route's end ("止于X终点"), lines
  a new work joins ("连接A与B干线"), the stations a line sets, a line a new one forms a corridor with. Where the
  document says the item is being built ("在建X", "X在建", "X正在建设中", "A、B等在建高速"), the guess
  becomes 未说明 (its clause says nothing of the works), and the statement governs: the tuning gold codes
  such items 在建 (four documents of four splits).
* **a generic verb of progress** ("加快推进X建设", "继续推进A、B建设", a set "在建的N座…" the item is only
  counted in), read 在建. Where the document tells the item's start by a specific cue ("X开工建设", "X项目
  开工仪式"), those readings become 开工: a specific milestone beats a generic verb even when it is less
  advanced, as the reference's lines have it (CONVENTIONS.md, "several clauses in one document"); the
  tuning gold codes such items 开工 in six documents of six splits and 在建 in one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from geo.extract import spans, stage_context
from geo.extract.patterns import Cand
from geo.extract.stages import stage_of as cue_at
from geo.model import Entity, Stage

__all__ = ["BUILDING_AFTER_RE", "framed_done", "pushed_on", "reading", "said_building", "settle", "started"]

#: A status word right after the item (its note in brackets and 等 of its list between): "X在建",
#: "X正在建设中", "X目前正在施工", "A、B等在建高速". Not "在建设时期"/"在建设期间" (a time, maybe past:
#: :data:`geo.extract.stage_context.BUILT_PERIOD_AFTER_RE`), "在建成后", nor "X正在建设的Y" (X builds Y).
BUILDING_AFTER_RE = re.compile(
    r"(?:[(（][^()（）,，。;；]{0,12}[)）])?(?:等)?(?:目前|现)?"
    r"(?:正在(?:建设|施工)中?(?![的中])|仍在建设|在建(?!设(?:时期|期间|时)|成))"
)


def said_building(work: str, cand: Cand, cands: list[Cand], stage: Stage) -> bool:
    """Return whether the item's clause says by a status word that its works are under way.

    ``stage`` is the stage the rules read for the mention: only a mention read 在建 counts.
    """
    if stage is not Stage.UNDER_CONSTRUCTION:
        return False
    a = spans.clause(work, cand.start, cand.end)[0]
    listed = spans.words_before(work, a, cand, cands).rstrip("、 ")
    return bool(stage_context.BUILDING_MODIFIER_RE.search(listed) or BUILDING_AFTER_RE.match(work, cand.end))


def framed_done(work: str, cand: Cand, stage: Stage) -> bool:
    """Return whether a 建成 reading came from a frame of context: no cue of a completion in the item's clause."""
    if stage is not Stage.COMPLETED:
        return False
    a, b = spans.clause(work, cand.start, cand.end)
    return not any(cue_at(m)[0] is Stage.COMPLETED for m in spans.cues_in(work, a, b))


def started(work: str, cand: Cand, stage: Stage) -> bool:
    """Return whether a 开工 reading has a specific cue of a start in the item's clause ("X开工建设", "X开工仪式")."""
    if stage is not Stage.STARTING:
        return False
    a, b = spans.clause(work, cand.start, cand.end)
    return any(cue_at(m) == (Stage.STARTING, True) for m in spans.cues_in(work, a, b))


def pushed_on(work: str, cand: Cand, stage: Stage) -> bool:
    """Return whether a 在建 reading comes from no specific cue of the item's clause: a generic verb of progress.

    "加快推进A、B建设", "继续推进X建设": no status (在建, 续建), no works told (施工, 贯通), no start told (a start
    long ago read as works going on keeps its reading).
    """
    if stage is not Stage.UNDER_CONSTRUCTION:
        return False
    a, b = spans.clause(work, cand.start, cand.end)
    return not any(cue_at(m)[1] and cue_at(m)[0] in _TOLD for m in spans.cues_in(work, a, b))


#: The stages a specific cue tells of works begun: such a clause is no generic verb.
_TOLD = (Stage.UNDER_CONSTRUCTION, Stage.STARTING)


def reading(work: str, cand: Cand, cands: list[Cand], stage: Stage) -> str | None:
    """Return what the mention's clause is for :func:`settle`: "said", "framed", "started", "pushed" or None."""
    if said_building(work, cand, cands, stage):
        return "said"
    if framed_done(work, cand, stage):
        return "framed"
    if started(work, cand, stage):
        return "started"
    return "pushed" if pushed_on(work, cand, stage) else None


def settle(entities: Iterable[Entity], readings: Mapping[int, str]) -> None:
    """Let, in place, a document's own word on an item's stage overrule a weaker reading of it.

    ``readings`` maps the ``id`` of a mention to what :func:`said_building` (``"said"``),
    :func:`framed_done` (``"framed"``), :func:`started` (``"started"``) or :func:`pushed_on` (``"pushed"``)
    found of it. Of an item some mention of which is said to be under construction, a framed 建成
    becomes unspecified; of an item whose start the document tells and whose every 在建 reading is a
    generic verb of progress, those readings become 开工: a specific milestone beats a generic verb even
    when it is less advanced (the reference's lines: CONVENTIONS.md, "several clauses in one document").
    """
    for e in entities:
        kinds = [readings.get(id(m)) for m in e.mentions]
        if "said" in kinds:
            for m, k in zip(e.mentions, kinds, strict=True):
                if k == "framed":
                    m.stage = Stage.UNSPECIFIED
        building = [k for m, k in zip(e.mentions, kinds, strict=True) if m.stage is Stage.UNDER_CONSTRUCTION]
        if "started" in kinds and building and all(k == "pushed" for k in building):
            for m in e.mentions:
                if m.stage is Stage.UNDER_CONSTRUCTION:
                    m.stage = Stage.STARTING
