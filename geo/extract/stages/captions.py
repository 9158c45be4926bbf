"""Read whether an item is pictured by a photo caption: the whole caption, or in a caption's sentence.

Asked by :func:`geo.extract.stages.existing.is_context` right after its word lists: a pictured item is in
service.
"""

from __future__ import annotations

from geo.extract.patterns import Cand
from geo.extract.stages import spans, stage_context

_CREDIT_ENDS = ("摄", "供图")


def caption(work: str, cand: Cand) -> bool:
    """Return whether the item is the whole of a photo caption on a line of its own (:data:`stage_context.CAPTION_AFTER_RE`)."""
    ls = work.rfind("\n", 0, cand.start) + 1
    if work.endswith(_CREDIT_ENDS, ls, cand.start):
        ls = cand.start  # the caption before ends with its credit, and its line break was joined ("…某某摄X大桥某某摄")
    if cand.start - ls > 8 or not stage_context.CAPTION_BEFORE_RE.fullmatch(work, ls, cand.start):
        return False
    after = stage_context.CAPTION_AFTER_RE.match(work, cand.end)  # (a heading naming the item has neither stop nor credit)
    return after is not None and stage_context.CAPTION_NOT_RE.search(work, ls, after.end()) is None


def in_photo_caption(work: str, cand: Cand) -> bool:
    """Return whether the item's sentence is a photo caption showing things in service (:data:`stage_context.PHOTO_LEAD_RE`)."""
    ls = work.rfind("\n", 0, cand.start) + 1
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    s0 = max(s0, ls)
    led = s0 == ls and stage_context.PHOTO_LEAD_RE.match(work, ls) is not None
    if not (led or stage_context.PHOTO_CREDIT_AFTER_RE.match(work, s1) or stage_context.PHOTO_CREDIT_IN_RE.search(work, s0, s1)
            or stage_context.PHOTO_CREDIT_GLUED_RE.search(work, cand.end, s1)):
        return False
    return stage_context.PHOTO_NOT_RE.search(work, s0, s1) is None and stage_context.FUTURE_RE.search(work, s0, s1) is None
