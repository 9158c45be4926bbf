"""Tell an item whose own completion its sentence puts ahead of now ("X通车后将…", "建成后的X").

Issue 11 item 2 (part-t36). "X建成后", "X开通后" and "X建成投用前" state a condition about the future, so the
rules give the item no stage (:data:`geo.extract.lexicon.STAGE_CUES`); the learned stage then guessed 建成 for it,
as for any item its clause gives no cue. The tuning gold leaves these items 未说明 (fresh4 i_14, fresh5 m_08 and
m_09, fresh22 zp_11): the text says the item is not open yet and nothing of its works, so no stage is guessed
(:attr:`geo.model.Mention.stage_held`).
"""

from __future__ import annotations

import re

from geo.extract.patterns import Cand
from geo.extract.stages import spans

#: The item's own milestone right after it, as the time of what follows ("X通车后", "X全线建成后", "X建成投用前",
#: "X正式开通运营以后"); a few words may stand between (全线, 正式, 项目, 工程).
_MILESTONE = r"(?:建成|通车|開通|开通|通車|投用|投运|投運|投产|竣工|完工|通航)(?:通车|通車|投用|投运|运营|運營|通航|投产)?"
_OWN_MILESTONE_RE = re.compile(
    r"(?:全线|全線|全面|正式|项目|項目|工程|一期|二期){0,2}" + _MILESTONE + r"(?:以后|之后|以後|之後|后|後|以前|之前|前)"
)

#: The item after its own milestone told as a state still to come ("建成后的X", "通车以后的X").
_STATE_AFTER_RE = re.compile(_MILESTONE + r"(?:以后|之后|以後|之後|后|後)的$")

#: A word that puts what follows the milestone in the future ("将", "能", "可", "预计", "届时", "有望", "会").
_AHEAD_RE = re.compile(r"将|將|能|可|会|會|预计|預計|届时|屆時|有望")

#: A date before the item: the milestone is a past event told as the time of what followed ("2016年12月28日,X开通
#: 运营后,…"), not a condition.
_DATE_RE = re.compile(r"\d{4}\s*年|\d{1,2}\s*月|去年|前年|此前")


def completion_ahead(work: str, cand: Cand) -> bool:
    """Return whether the item's own completion is told as still ahead in its sentence.

    "X通车后将大幅释放…", "X开通后能及时对接…", "作为X建成投用前的替代方案,…可达到…" (a word of the future after the
    milestone, :data:`_AHEAD_RE`) and "建成后的X" (the item as it will be). Not a milestone dated before the item
    ("2016年12月28日,X开通运营后,…", "去年X通车后,…": a past event), nor one with no word of the future after it
    ("说起X建成后带来的便利": the item is told as in use), nor "X的建成" (coded both ways).
    """
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    if _DATE_RE.search(work, s0, cand.start):
        return False
    if _STATE_AFTER_RE.search(work[max(s0, cand.start - 8) : cand.start]):
        return True
    own = _OWN_MILESTONE_RE.match(work, cand.end)
    return own is not None and _AHEAD_RE.search(work, own.end(), s1) is not None
