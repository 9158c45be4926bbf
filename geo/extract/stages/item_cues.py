"""Read which cues of an item's clause are the item's: those leading it and those trailing it or its list.

:func:`item_cues` drops the cues that belong to another item of the clause (a status of the next item, a verb
opening the next member of a list of verb phrases, a cue glued to another item's end, the kind of works of an
earlier item) and keeps those of the item, its list and the list's shared tail (:class:`ItemCues`). Asked by
:func:`geo.extract.stages.clause_stage.read_stage` once the frame and a plan's inclusion have not answered; the
cues are then read by :mod:`geo.extract.stages.cued_stage`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from geo.extract.patterns import LIST_SEP, Cand
from geo.extract.stages import pace_cues, plan_cues, spans, status_marks
from geo.extract.stages.approvals import far_approval
from geo.extract.stages.clause_frames import venue
from geo.extract.stages.cues import stage_of as cue_at
from geo.extract.stages.item_lists import (
    COUNTED_RUN_RE,
    COUNTED_TAIL_RE,
    LIST_GAP_RE,
    glued_after,
    list_start_of,
    own_words_list,
)
from geo.model import Stage


class ItemCues(NamedTuple):
    """The cues of a clause that are the item's: before it (``lead``) and after it (``trail``)."""

    lead: list[re.Match[str]]
    trail: list[re.Match[str]]
    #: The end of the last other item of the clause after the item (the item's own end when none).
    last: int
    #: Whether only list separators and items' own words stand between the item and ``last``.
    in_list: bool
    #: The start of the next other item of the clause (the clause's end when none): a trailing cue after it is
    #: the shared tail of the item's list ("A、B等项目前期工作").
    nxt: int


def item_cues(
    work: str, a: int, b: int, cand: Cand, cands: list[Cand], others: list[tuple[int, int]], cues: list[re.Match[str]]
) -> ItemCues:
    """Return the cues of the item's clause that are about it: those leading it and those trailing it or its list."""
    # a cue spanning the item is about it too ("A计划于2025年与B同步建成投用": B's completion is planned)
    lead = [m for m in cues if m.end() <= cand.start or (m.start() < cand.start and cand.end <= m.end())]
    # trailing cues: up to the next other item, or in the list's shared tail ("…等项目前期工作")
    # (the place of the event the clause tells, "X项目建设在Y站正式启动", does not end the item's words)
    nxt = min((c.start for c in spans.near(cands, a, b) if c is not cand and c.name and c.start >= cand.end and not venue(work, a, c)), default=b)
    last = max((e for _s, e in others if e > cand.end), default=cand.end)
    tail = work[last:b]
    # (a 、 between figures, "分别达98%、70%", joins no other item)
    tail_from = last + tail.rfind("等") if "等" in tail else (b if _ITEM_COMMA_RE.search(tail) else last)
    mask = list(work[cand.end : last])
    for s_, e_ in others:
        lo, hi = max(s_, cand.end), min(e_, last)
        if hi > lo:
            mask[lo - cand.end : hi - cand.end] = [""] * (hi - lo)
    # works glued to another item are that item's words ("A、B(某某境)扩容工程、C"), not a gap
    ends = [e_ for _s, e_ in others]
    # and so are the item's own ("A(贵州境)扩容工程、B2个续建项目": A is in the counted list); a kind of works only, not a
    # verb of pace over the next list ("建成A、B段加快推进C、D扩能改造", lines joined; part s49)
    for m in cues:
        if cand.end <= m.start() and m.end() <= last and cue_at(m)[0] is Stage.UPGRADE and glued_after(work, [*ends, cand.end], m.start()):
            w = _WORKS_TAIL_RE.match(work, m.end())
            hi = min(w.end(), last)
            if hi > m.start():
                mask[m.start() - cand.end : hi - cand.end] = [""] * (hi - m.start())
    between = "".join(mask)
    in_list = LIST_GAP_RE.fullmatch(between) is not None
    # items carrying words of their own between the separators ("投资60亿元的A、投资2亿元的B…")
    in_list = in_list or own_words_list(work, cand.end, [(s_, e_) for s_, e_ in others if cand.end <= s_ and e_ <= last], cues)
    # a long counted list whose items are not all recognised ("推进A、B、某某转运体系建设工程、C等11个
    # 重点项目前期工作"): a run joined by 、 up to a counted 等 shares the counted tail's words
    counted = not in_list and cand.end < tail_from and COUNTED_RUN_RE.fullmatch(work, cand.end, tail_from) is not None
    counted = counted and COUNTED_TAIL_RE.match(work, tail_from) is not None
    trail = [m for m in cues if cand.end <= m.start() < nxt or ((in_list or counted) and m.start() >= max(tail_from, cand.end))]
    trail = [m for m in trail if not far_approval(work, last if in_list else cand.end, m)]
    # "与A、在建的B相连": a status modifying the next item is that item's
    # (and so is a status word glued to the next item without 的: "A与在建B相接", "接已建B")
    trail = [m for m in trail if not (m.end() <= nxt < b and status_marks.status_of_next(work, m, nxt))]
    # "建成A、开工建设B", "开工建设A、谋划推动B": a verb opening the list's next member, right after the 、, leads
    # that member's item; it is no trailing cue of the item before the 、 (issue 11 item 2, part s39)
    trail = [m for m in trail if not (m.end() <= nxt < b and status_marks.opens_next_member(work, cand.end, m))]
    # a cue glued to the end of another item is that item's ("渝筑高速永城段改线、扶欢…")
    # (but a status modifying the item, "A与在建的B", is the item's own; and a verb glued after an item its own
    # status marks, "沿已通车的A谋划布局B", governs B: A's stage is its status, part s50)
    governing = _after_marked(work, cand, others, lead)
    lead = [
        m
        for m in lead
        if m.end() > cand.start
        or m in governing
        or status_marks.MODIFIER_OF_NEXT_RE.fullmatch(work, m.end(), cand.start)
        or not glued_after(work, ends, m.start()) and work[m.end() : m.end() + 1] not in LIST_SEP
    ]
    # the kind of works closing an earlier item of a list of works ("完成A路面改造工程、B整治工程") is that item's own,
    # not a word over the next one: the verb before the list governs B (issue 11 item 2, tests/extract/stages/test_stage_works_told_done_and_history.py)
    lead = [
        m
        for m in lead
        if not (
            cue_at(m)[0] is Stage.UPGRADE
            and m.end() <= cand.start
            and any(e_ <= m.start() for e_ in ends)
            and work.startswith("、", _WORKS_TAIL_RE.match(work, m.end()).end())
        )
    ]
    # "推进X建设": the generic verb is about the item only when 建设/工程 closes the item's phrase
    # (or the item's own name is works: "实施A整治工程、B整治工程", the verb governs both)
    works_name = work.endswith(("工程", "项目"), cand.start, cand.end)
    lead = [m for m in lead if m.group() not in pace_cues.GENERIC or works_name or pace_cues.GENERIC_OBJECT_RE.match(work, cand.end)]
    # an intent's object is the item (or list) right after it: "拟将A纳入B升级改造项目" plans A, B is where A goes
    first = list_start_of(work, cand, cands)
    lead = [m for m in lead if not m.group().startswith(plan_cues.INTENT_OBJECT) or not any(m.end() <= s_ < first for s_, _e in others)]
    # a verb of the item's own between a generic verb of pace and the item governs it ("加快推动X建设", "加快A建设和
    # 打造X"): 推动 and 打造 name no stage, as the reference codes them
    lead = [m for m in lead if cue_at(m) != (Stage.UNDER_CONSTRUCTION, False) or not pace_cues.UNSTAGED_VERB_RE.search(work, m.end(), first)]
    return ItemCues(lead=lead, trail=trail, last=last, in_list=in_list, nxt=nxt)


def _after_marked(work: str, cand: Cand, others: list[tuple[int, int]], lead: list[re.Match[str]]) -> list[re.Match[str]]:
    """Return the leading cues glued after another item that an existing status right before it marks
    ("沿已通车的A谋划布局B", "紧邻已建成的A研究建设B"): the verb governs the item, A is only where it goes."""
    marked = [
        e_
        for s_, e_ in others
        if e_ <= cand.start
        and status_marks.existing_before(work, s_)
        and any(m.end() <= s_ and status_marks.status_of_next(work, m, s_) for m in lead)
    ]
    return [m for m in lead if m.end() <= cand.start and glued_after(work, marked, m.start())]


_WORKS_TAIL_RE = re.compile(r"(?:工程|项目)?")


#: A 、 that may join another item: not one between figures ("分别达98%、70%") nor one before a date, which joins
#: two dated milestones of the same items ("A、B将于今年贯通、明年通车": both items share both milestones).
_ITEM_COMMA_RE = re.compile(r"、(?![\d.]|今年|明年|后年|年内|年底|年末|当年|次年|同年|上半年|下半年|[一二三四]季度)")
