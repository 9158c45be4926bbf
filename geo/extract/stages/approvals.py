"""Read whether an approval cue after an item is still about it (:func:`far_approval`), and whether it only gives
the item a designation (:func:`designated`).

:func:`far_approval` is asked by :func:`geo.extract.stages.clause_stage.read_stage` when it gathers the cues trailing
an item: an approval far after the item is another item's, unless the approving body or a counted list's tail
stands between. :func:`designated` is asked by :func:`geo.extract.clauses.read_mention`: such an item's stage is held.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.patterns import Cand
from geo.extract.stages import spans
from geo.extract.stages.unstaged_cues import DESIGNATION_APPROVAL_RE


def far_approval(work: str, end: int, m: re.Match[str]) -> bool:
    """Return whether ``m`` is an approval cue too far after the item to be about it.

    A counted list's tail stands for its items ("A、B等10个项目、1170公里取得工可批复"):
    the approval of the counted projects is the items' own.
    """
    if _APPROVAL_RE.fullmatch(m.group()) is None or m.start() - end <= lx.APPROVAL_GAP:
        return False
    if _AUTHORITY_GAP_RE.fullmatch(work, end, m.start()):
        return False  # "X获国家发展改革委批复": the approving body stands between
    return _COUNTED_TAIL_RE.fullmatch(work, end, m.start()) is None


def designated(work: str, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether the item's clause approves a designation of it, not its works ("X获批国家级临空经济示范区",
    "联合批复X客运枢纽之一": :data:`geo.extract.stages.unstaged_cues.DESIGNATION_APPROVAL_RE`), right after it or around it.

    The text gives the item a status and tells nothing of its works: the tuning gold leaves it 未说明 (fresh2 g_13,
    fresh32 xb_11), so no stage is guessed for it either (:attr:`geo.model.Mention.stage_held`). Not when another item
    stands between the item and the approval (that item's).
    """
    a, b = spans.clause(work, cand.start, cand.end)
    for m in DESIGNATION_APPROVAL_RE.finditer(work, a, b):
        if m.start() < cand.start < m.end():
            return True
        if m.start() >= cand.end and not any(c.name and cand.end <= c.start < m.start() for c in spans.near(cands, cand.end, m.start())):
            return True
    return False


#: (not 可研批复: the noun before the approval is the study, whose item is the clause's, "A、B等一批公路取得工可研批复")
_APPROVAL_RE = re.compile(r"获批|批复|核准")


#: The item's approval by a named body: "(项目)获国家发展改革委", "经省交通运输厅", "获国铁集团".
_AUTHORITY_GAP_RE = re.compile(
    r"(?:项目|工程)?(?:已|正式|顺利)?(?:获得?|经|通过)(?:了)?[^,，。;；、]{0,12}?(?:委员会|委|部|厅|局|政府|国务院|集团|公司)(?:的)?(?:正式)?"
)


#: The tail of a counted list up to its approval: "等10个项目、1170公里取得工可", "等3个工程通过".
_COUNTED_TAIL_RE = re.compile(
    r"等?" + lx.COUNT_NUMBER + r"个(?:重点|重大)?(?:项目|工程)(?:[(（][^)）]{0,6}[)）])?"
    r"(?:[、,，]?(?:共|总长|总投资)?[\d.]+(?:公里|千米|亿元|万元))*"
    r"(?:取得|获得|通过|完成)?(?:工可|可研|初步设计|初设)?"
)
