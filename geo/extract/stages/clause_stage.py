"""Read the stage an item's governing clause gives it (:func:`read_stage`); specific cues win.

The steps run in a fixed order and the first that answers wins (which rule wins depends on it):

1. ``framed_stage`` (:mod:`geo.extract.stages.clause_frames`) — the frame the item stands in: a service word
   after it, its bracketed note, a table's stage cell, a condition or an inspection of its works, its phases, a
   context governing it, a status modifier before it or its list, the place of an event, a request, a motion;
2. ``included_stage`` (:mod:`geo.extract.stages.cued_stage`) — a clause whose only stage is the item's
   inclusion in a plan (纳入规划);
3. ``own_works_stage`` (:mod:`geo.extract.stages.cued_stage`) — the item's own works named under a verb of
   progress (an upgrade);
4. ``cued_stage`` (:mod:`geo.extract.stages.cued_stage`) — the cues leading and trailing the item or its list
   (:func:`geo.extract.stages.item_cues.item_cues`, with :mod:`geo.extract.stages.item_lists` and
   :mod:`geo.extract.stages.approvals`) and its list's introduction (:mod:`geo.extract.stages.list_intros`),
   specific first; a heading's stage, the clause telling where the works stand now, a published list, a route's
   end;
5. ``carried_stage`` (:mod:`geo.extract.stages.carried_stage`) — the stage carried from elsewhere in the
   document: a later milestone, the clause after a list as its subject and a site report
   (:mod:`geo.extract.stages.later_clauses`), a run-in heading (:mod:`geo.extract.stages.headlines`), a part
   after it, a clause referring back (:mod:`geo.extract.stages.references`), the name's own works, a headline
   over a referring clause, the line whose stations it is (:mod:`geo.extract.stages.line_stations`), a batch,
   a milestone followed on from, what it holds now, a part of the report's subject, a count its list
   itemises, works built along; last, existing context is built (:mod:`geo.extract.stages.existing`).

The steps that read other items' stages (a motion's reply, a part, a line's stations, works built along) are
given :func:`read_stage` as ``stage_of``, so no step module imports this one. The words of stage are :mod:`geo.extract.stages.cues`, their frames
:mod:`geo.extract.stages.status_marks`, :mod:`geo.extract.stages.frame_words`, :mod:`geo.extract.stages.route_relations`,
:mod:`geo.extract.stages.use_signs` and :mod:`geo.extract.stages.existing_traits`.
"""

from __future__ import annotations

from geo.extract.patterns import Cand, inside_span
from geo.extract.stages import later_clauses, spans, status_marks
from geo.extract.stages.carried_stage import carried_stage
from geo.extract.stages.clause_frames import framed_stage
from geo.extract.stages.cued_stage import cued_stage, included_stage, own_works_stage
from geo.extract.stages.item_cues import item_cues
from geo.model import Stage


def read_stage(work: str, cand: Cand, cands: list[Cand]) -> Stage:
    """Return the stage the governing clause gives the item (specific cues win): :func:`read_stage_step`'s stage."""
    return read_stage_step(work, cand, cands)[0]


def read_stage_step(work: str, cand: Cand, cands: list[Cand]) -> tuple[Stage, str]:
    """Return the stage the governing clause gives the item (specific cues win) and the step that gave it.

    The steps are asked in order and the first that answers wins: the item's own frame
    (:func:`framed_stage`), its clause's inclusion in a plan (:func:`included_stage`), the works named
    with it (:func:`own_works_stage`), the cues of its clause (:func:`cued_stage`), then the stage
    carried from elsewhere (:func:`carried_stage`). A start told as done with the works going on after it
    ("X已于2021年开工建设,建设工期5年") is works under way (:func:`geo.extract.stages.later_clauses.started_going_on`).
    The step is one of :data:`geo.model.STAGE_STEPS` (``none`` when no step gave a stage).
    """
    stage, step = _read_stage(work, cand, cands)
    if stage is Stage.STARTING and later_clauses.started_going_on(work, cand, cands, spans.clause(work, cand.start, cand.end)[1]):
        return Stage.UNDER_CONSTRUCTION, "started_going_on"
    return stage, step


def _read_stage(work: str, cand: Cand, cands: list[Cand]) -> tuple[Stage, str]:
    """Return the stage of the first step of :func:`read_stage` that answers, and the step's name."""
    a, b = spans.clause(work, cand.start, cand.end)
    framed = framed_stage(work, a, b, cand, cands, stage_of=lambda c: read_stage(work, c, cands))
    if framed is not None:
        return framed, "frame"
    others = [(c.start, c.end) for c in spans.near(cands, a, b) if c is not cand and c.name]
    skipped = others + _notes_of_others(work, cand, cands, a, b)
    cues = [m for m in spans.cues_in(work, a, b) if not inside_span(skipped, m.start(), m.end())]
    included = included_stage(work, b, cand, cands, others, cues)
    if included is not None:
        return included, "included"
    item = item_cues(work, a, b, cand, cands, others, cues)
    own = own_works_stage(work, cand, item)
    if own is not None:
        return own, "own_works"
    cued = cued_stage(work, a, b, cand, cands, item)
    if cued is not None:
        return cued
    return carried_stage(work, a, b, cand, cands, stage_of=lambda c: read_stage(work, c, cands))


def _notes_of_others(work: str, cand: Cand, cands: list[Cand], a: int, b: int) -> list[tuple[int, int]]:
    """Return the spans of the bracketed stage notes right after the other items of the clause: "A高速、B高速(在建)和
    C铁路穿境而过" notes B's stage only (:data:`status_marks.STAGE_NOTE_RE`), never a cue of A's or C's clause."""
    return [(c.end, note.end()) for c in spans.near(cands, a, b)
            if c is not cand and c.name and (note := status_marks.STAGE_NOTE_RE.match(work, c.end))]
