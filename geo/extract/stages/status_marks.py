"""A status written on the item itself: a word right before it or its list, a note in a bracket after it.

Before the item: existing ("既有X", "与已建成的Y相接"), planned ("规划的X", "规划A、B"), under construction
("在建的X", "正在建设的X") or old ("原有X", "现状X国道"); after it, the stage noted in a bracket ("X(在建)":
:func:`note_stage`) or a whole built in phases. A status glued to the next item of a list is that item's
(:func:`status_of_next`), as is a verb opening the list's next member (:func:`opens_next_member`). Read by
:mod:`geo.extract.stages.clause_frames` before the cues, by :mod:`geo.extract.stages.item_cues` (a cue that is
the next item's), :mod:`geo.extract.stages.clause_stage` (the notes of other items), :mod:`geo.extract.stages.existing`,
:mod:`geo.extract.stages.later_clauses` and the year reading (:mod:`geo.extract.doc_stages`).
"""

from __future__ import annotations

import re

from geo.model import Stage

#: A planned item named as a route's end or partner: a status word glued before it, after a
#: connecting verb or a list separator ("东接规划X大桥(不含)", "与拟建X铁路相接"): planned only.
#: An item marked as existing right before it, after a route's verb, a join or a list separator
#: ("起于既有X立交", "与已建成的Y相接", "A、现有B"): built, whatever milestone the sentence tells (the
#: new route's); and so after a word of where new works go along or next to it ("沿已通车的X谋划布局Y", "紧邻已通车的
#: X研究建设Y", "依托已建成的X"): the verb after X is Y's (part s50).
EXISTING_MODIFIER_RE = re.compile(
    r"(?:^|[起止于接至到连通与和及、,，]|沿|紧?邻|紧靠|依托)(?:既有|现有|已建成|已通车|已投用|已运营|已投运)(?:的)?$"
)
#: The most characters a match of :data:`EXISTING_MODIFIER_RE` spans (six), with a newline its ``$`` may stand before.
_EXISTING_MODIFIER_WIDTH = 7


def existing_before(text: str, end: int) -> bool:
    """Return whether an existing status (:data:`EXISTING_MODIFIER_RE`) is written right before ``text[end]``.

    Only the last few characters are searched: the pattern opens with ``^`` as one alternative, so the engine
    has no first character to skip to and tries every position of what it is given, and the item lists of a
    document asked this for every earlier item of a clause searched the whole text before each (1,249
    searches of up to 66,000 characters for the 50 documents of the ingest bench, issue 16 item 5). A
    match spans at most :data:`_EXISTING_MODIFIER_WIDTH` characters and ``^`` matches only at the text's
    true start, so the answer is the same.
    """
    return EXISTING_MODIFIER_RE.search(text, max(0, end - _EXISTING_MODIFIER_WIDTH), end) is not None

#: 规划 as the verb right before an item's list ("建设任务规划A、B、C四级航电枢纽", "规划A港"), read on
#: the words before the item with the other items of its list removed; not the noun ("按照规划", "《X规划》").
#: Also the planned bringing in or laying out of lines ("规划引入A、B", "规划布局A、B"), and a kind of works so planned
#: opening its list with 有 ("规划引入的铁路有A和B", part-s47).
PLANNED_VERB_RE = re.compile(
    r"(?<![按照据依《和与及是为])规划(?:有|了)?$"  # ("并规划有A、B等项目")
    r"|(?<![按照据依《和与及是为])规划(?:(?:引入|布局)|(?:引入|布局|建设)的[^,，。;；:：的]{1,6}有)[、和及与]*$"
)

#: (also after a copula: "陆域后方为规划的X工业园区", "也是规划的X支线过江桥位", issue 11 item 2, session s25; and
#: "规划的X"/"拟建的X" after any other verb or owner, "通过规划的X铁路", "国家拟建的X", part-s36; not a plan followed,
#: "按照规划的", "根据规划的", nor an inclusion, "纳入规划的X", read by the inclusion rules; and "计划中的X", a plan's
#: works as "规划中的X", part-s47, not the annual or investment plan an item is listed in, "年度计划中的X")
PLANNED_MODIFIER_RE = re.compile(
    r"(?:^|[起止于接至到连通与和及、,，])(?:规划|拟建|待建|远期)(?:的|中的)?$|规划中的$|(?<![按照据依入])(?:规划|拟建)的$"
    r"|(?<![年度资设])计划中的$"
)

#: A status written right before an item or its list (issue #11 item 2): under construction ("建设中的X",
#: "在建X即将完工", "正在建设的X") or existing ("原有X", "相比原有的X", "已有的A、B", "解决现有X短板",
#: "接已建X", the state word before a road or line a project joins or uses: "接现状X国道", "既有线X铁路", part-k37),
#: wherever the phrase stands;
#: "规划中的X" is :data:`PLANNED_MODIFIER_RE`'s. Not "现在建设…" (a time and a verb).
BUILDING_MODIFIER_RE = re.compile(r"(?:(?<![现正])在建(?:的|中的)?|(?:正在)?建设中的|正在(?:建设|施工)的)$")
OLD_MODIFIER_RE = re.compile(r"(?:原有(?:的)?|已有的|(?<![拥具])现有(?:的)?|已建(?:的)?|现状|既有线)$")

#: A status modifier of the next item of a list ("与A、在建的B相连", "A和正在建设的B"): the cue is
#: B's, not a trailing cue of A (issue #11).
MODIFIER_OF_NEXT_RE = re.compile(r"[^,，。;；、]{0,2}的\s*$")
#: A status word glued to the item after it, 的 or not ("与在建B相接", "接已建B", "规划中的B"): that item's status.
STATUS_OF_NEXT_RE = re.compile(r"(?:在建|已建|拟建|规划中?)(?:中?的)?\s*")


def status_of_next(work: str, cue: re.Match[str], nxt: int) -> bool:
    """Return whether the stage cue ``cue`` is a status of the item starting at ``nxt`` after it ("与A、在建的B相连",
    "与在建B相接"), not a cue of the item before it (:data:`MODIFIER_OF_NEXT_RE`, :data:`STATUS_OF_NEXT_RE`)."""
    return bool(MODIFIER_OF_NEXT_RE.fullmatch(work, cue.end(), nxt) or STATUS_OF_NEXT_RE.fullmatch(work, cue.start(), nxt))


def opens_next_member(work: str, end: int, cue: re.Match[str]) -> bool:
    """Return whether the stage cue ``cue`` opens the next member of a list of verb phrases, the item before it
    ending at ``end`` ("建成A、开工建设B", "加快建设A、启动B前期工作"): a 、 after the item (maybe after its own
    words, :data:`NEXT_MEMBER_GAP_RE`), then the cue first.

    Such a verb is the next member's, as a status glued to the next item is (:func:`status_of_next`).
    """
    return NEXT_MEMBER_GAP_RE.fullmatch(work, end, cue.start()) is not None


#: The gap between an item and the verb opening the list's next member: the item's own works or kind words, then
#: the 、 ("A工程、开工建设B", "A高速公路建设、启动B").
NEXT_MEMBER_GAP_RE = re.compile(r"[^,，。;；、]{0,8}、\s*")

#: A whole built in phases, right after the item ("X分两期实施,一期工程已于2021年建成通车", "X分二期建设,
#: 此次通车的一期为…"): the milestones after it are its phases', not the whole's (issue #11).
PHASED_RE = re.compile(r"\s*(?:项目|工程)?(?:共)?分(?:两|二|三|四|[2-4])期(?:建设|实施|推进|开发)?")

#: A stage written in a bracket right after an item, as lists note it: "X(在建)", "Y(已建成)",
#: "Z(规划)", "W(前期)". Meaning as for :data:`geo.extract.stages.list_headings.HEADING_KINDS`; 规划/拟建/远期 is planned only.
STAGE_NOTES: tuple[tuple[str, Stage], ...] = (
    ("在建|续建|建设中|正在建设|施工中", Stage.UNDER_CONSTRUCTION),
    ("已?(?:建成|通车|开通|竣工|完工|投用|投运|投产)|既有|已建", Stage.COMPLETED),
    ("(?:已|新|拟|计划)?开工|开建|新开工", Stage.STARTING),
    ("前期(?:工作)?|开展前期|已批复|获批", Stage.PRELIMINARY),
    ("规划|拟建|远期|研究|谋划|储备|预留|待建", Stage.PROPOSED),
    ("改扩建|(?:既有)?扩建|扩容|改造|提升改造", Stage.UPGRADE),
    # a note that the item is new ("X站(新建)") says nothing of its stage, and keeps a neighbour's
    # note ("Y站(既有扩建)") from being read as a trailing cue of it
    ("新建|新设|新增", Stage.UNSPECIFIED),
)
STAGE_NOTE_RE = re.compile(
    r"\s*[(（](?:" + "|".join(f"(?P<n{i}>{w})" for i, (w, _s) in enumerate(STAGE_NOTES)) + r")(?:中|项目)?[)）]"
)


def note_stage(m: re.Match[str]) -> Stage:
    """Return the stage of a :data:`STAGE_NOTE_RE` match."""
    return STAGE_NOTES[int(m.lastgroup[1:])][1]
