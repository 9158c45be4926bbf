"""A line named only as the opening of its section's name, where the section opens: "A高铁B段建成通车".

The news of a section's completion is not the whole line's: "A高速B段、C段建成通车" leaves the rest of A untold, and
the tuning gold codes such a line 未说明 (fresh4 i_09, fresh5 n_01, fresh30 yf_09; issue 11 item 2, part-s41). The
rules read no stage for the line there (an implied parent has no clause of its own), and no stage is guessed for it
either (:attr:`geo.model.Mention.stage_held`), as for a whole a part is told to belong to
(:func:`geo.extract.stages.existing.planned_whole`).
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.patterns import Cand
from geo.extract.stages import spans
from geo.extract.stages.clause_stage import read_stage_step
from geo.model import Stage

#: The steps reading the section's completion told after it, as news ("A高铁B段正式通车", "随着A高速B段、C段建成
#: 通车"): not one told before it in a history ("相继开通了A高铁B段"), nor a frame of context ("接已运营的A高速B段").
_TOLD_AFTER_STEPS = frozenset({"trail", "list_tail"})

#: A road named by its number ("G318", "国道318线", "S470"): a national or provincial road long in service, whose
#: new section (a bypass, a realignment) leaves the road as it is.
_NUMBERED_ROAD_RE = re.compile(r"(?:[GS]\d{2,4}|(?:国道|省道)\d{2,4})线?")


def parts_named_by(line: Cand, cands: list[Cand]) -> list[Cand]:
    """Return the items whose names open with ``line``'s where it is named ("X高速Y段", "X高速Y隧道"): the parts
    ``line``, an implied parent, is named by."""
    return [c for c in cands if c is not line and c.start == line.start and c.end > line.end and c.part_of == line.name]


def section_opened(work: str, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether ``cand``, an implied parent, opens the name of a section told opened or built after it.

    "A高速B段建成通车", "随着A高速B段、C段建成通车": the section's own clause reads 建成 by a cue after it. Not a
    phase or a works area ("A港B作业区一期竣工": a port in service), nor a numbered road (:data:`_NUMBERED_ROAD_RE`).
    """
    if not cand.implied or _NUMBERED_ROAD_RE.fullmatch(cand.name):
        return False
    part = next((c for c in parts_named_by(cand, cands) if not c.implied and c.name.endswith("段")), None)
    if part is None:
        return False
    stage, step = read_stage_step(work, part, cands)
    return stage is Stage.COMPLETED and step in _TOLD_AFTER_STEPS


#: The close of a whole's composition after its parts: a count of parts and 组成 ("三部分组成", "共四段组成", "两大部分构成").
_COMPOSED_RE = re.compile(r"(?:共|等)?" + lx.COUNT_NUMBER + r"(?:大|个)?(?:部分|段|块|项|个子项)(?:组成|构成)")


def composing_part(work: str, cand: Cand) -> bool:
    """Return whether the item is one of the parts a whole is told to be made of ("X由A、B和C三部分组成", "A、B、C、D共四段
    组成").

    The sentence describes the whole's make-up, not the works of its parts, and the tuning gold leaves such parts
    未说明 (dev l_17, fresh36 xi_03 and xj_11; issue 11 item 2, part-s44): no stage is guessed for them
    (:attr:`geo.model.Mention.stage_held`). Not the whole itself, named before 由.
    """
    b = spans.clause(work, cand.start, cand.end)[1]
    # (the count may open the next clause: "A、B、C,共三段组成")
    m = _COMPOSED_RE.search(work, cand.end, b) or (_COMPOSED_RE.match(work, b + 1) if work[b : b + 1] in ",，" else None)
    return m is not None and "由" not in work[cand.end : m.start()]
