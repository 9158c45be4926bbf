"""The milestone the item's own clause and sentence set: "推进X建设,今年内建成通车", "2025年建成的A", "A计划于2025年与B同步建成".

Reads, in order: the milestone after the item in its clause, before it, later in the sentence up to the next
subject (:func:`own_clause_years`); a milestone the item shares with another (:func:`shared_years`) or that a
later clause joins it to the next item in (:func:`joined_later_years`); a year opening the clause the item is the
subject of (:func:`subject_years_of`). Each is a step of :func:`geo.extract.years.mention.mention_years`.
"""

from __future__ import annotations

import re

from geo.extract.patterns import Cand
from geo.extract.stages import spans
from geo.extract.years.continued import whole_of_item
from geo.extract.years.milestones import (
    as_condition,
    joined_later,
    joint_years,
    milestone_years,
    object_milestone,
    subject_years,
)
from geo.extract.years.own import MILESTONE_RE
from geo.extract.years.scope import PART_OF_RE, Found, Scope


def own_clause_years(s: Scope, f: Found) -> None:
    """Read the milestone of the item's own clause, then of later clauses of its sentence that go on about it.

    The spans read, in order: a completion whose object the item (or its list) is ("预计2023年建成通车A段、2024年
    全线建成通车"), the clause after the item (with a label's value, "X建成时间:2025年"), the clause before it
    (after any item told with a milestone as its attribute), and later clauses up to the next subject. A
    step of the works ("今年将实现贯通") gives way to an opening later in the sentence ("2026年正式通车").
    """
    work, cand, cands = s.work, s.cand, s.cands
    # a label ending the item's clause with a colon is read with its value ("X建成时间:2025年")
    own_hi = s.c_end
    if s.c_end < s.stop and work[s.c_end] in ":：" and _LABEL_END_RE.search(work, cand.end, s.c_end):
        own_hi = min(s.stop, spans.clause(work, s.c_end + 1, s.c_end + 1)[1])
    # the milestone before the item in its clause is another item's when it is told as that item's attribute, the
    # item standing between them ("2025年建成的A将连接X": A's year, X is what A joins); the item's own span before it
    # starts after the last such item
    between = [c.end for c in spans.near(cands, s.a, cand.start)
               if c.group != cand.group and c.end <= cand.start and _ATTRIBUTE_END_RE.search(work, s.a, c.start)]
    spans_read = [(cand.end, own_hi, False), (max(between, default=s.a), cand.start, False), (s.c_end, s.stop, True)]
    if not _later_clauses_own(s):
        spans_read.pop()
    # a completion whose object the item (or its list) is comes first: "预计2023年建成通车A段、2024年全线建成通车"
    # (the later year is the whole line's)
    verb = object_milestone(work, s.a, s.lists.list_start(work, cand, cands))
    if verb is not None:
        spans_read.insert(0, (verb.start(), verb.end(), False))
    target = start = basis = rule = None
    step = False
    for lo, hi, bare in spans_read:
        y = milestone_years(work, lo, hi, s.doc_year, bare=bare)
        if step:
            # "X今年将实现贯通,2026年正式通车": an opening later in the sentence stands over a step of the works
            if y.target and not y.step and y.target >= target:
                target, basis, rule = y.target, y.basis or basis, "later_clause"
                break
            continue
        if y.target and not target:
            rule = "later_clause" if bare else "own_after" if lo == cand.end else "own_before" if hi == cand.start else "object"
        target, start = target or y.target, start or y.start
        basis = basis or y.basis
        step = y.step
        if (target and not step) or y.unread:
            break  # (an undated "今年底建成" of the item's own clause: a later clause's "2021年初通航" is not its target)
    f.target, f.start, f.basis, f.rule = target, start, basis, rule


def _later_clauses_own(s: Scope) -> bool:
    """Return whether the later clauses of the item's sentence (up to the next subject) may go on about the item."""
    work, cand, cands, a, s0 = s.work, s.cand, s.cands, s.a, s.s0
    if (s.station or _is_part(work, cand, cands, s0) or _key_works(s)
            or any(whole_of_item(work, cand, c) for c in spans.near(cands, s0, cand.start))):
        # a part's later clauses set the whole's goal, not the part's own; so do those after the stations
        # a line sets ("…,全线设A、B3座车站,计划2025年建成通车": the line's forecast); and the whole a section's
        # sentence names in its predicate leaves them to the section ("A高速B段…,是A高速最后开工的路段,预计
        # 2025年建成通车": not A高速's year); nor do those after a list of parts counted as the works' key works
        # ("开工建设A隧道、B大桥等14处控制性工程,该项目将于2026年建成通车": the project's goal, not the tunnel's)
        return False
    if (any(c.group != cand.group and c.end <= cand.start and not work[s0:c.start].strip()
            and not _AND_RE.fullmatch(work, c.end, cand.start) for c in spans.near(cands, max(s0, a), a + 1))
            and not _TOGETHER_RE.match(work, cand.end)):
        # "A连接X和Y,预计2025年通车", "A建成后将与X连通,预计2025年通车": the sentence's subject A opens the item's clause,
        # the item is what A reaches, and a later clause without a subject goes on about A (not a partner of A's works:
        # "A将与X同时开工建设,力争明年开工", nor a second subject, "A与X双线并进,力争2026年双线贯通")
        return False
    # "X建成后,沿线将新建物流园区,预计2025年投用": the item's completion is the condition the later clauses follow
    # from, their milestones are of what it brings
    return not told_as_condition(work, cand.end, s.c_end)


def shared_years(s: Scope, f: Found) -> None:
    """Read a milestone the item shares with another: "A计划于2025年与B同步建成投用"."""
    if f.target is None and f.start is None:
        f.take(joint_years(s.work, s.a, s.a_end, s.cand.start, s.cand.end, s.doc_year), "joint")


def joined_later_years(s: Scope, f: Found) -> None:
    """Read a later clause joining the item to the next one: "A已开工建设,2024年有望与B同步建成通车"."""
    if f.target is None and f.start is None and s.c_end < s.nxt < s.b and not s.station:
        f.take(joined_later(s.work, s.c_end, s.nxt, s.b, s.doc_year), "joined_later")


def subject_years_of(s: Scope, f: Found) -> None:
    """Read a year opening the clause the item is the subject of: "2022年X建成通车以来", "今年X开工建设".

    The subject may be a list ("2025年A、B将建成通车", "今年A、B等重大项目要建成").
    """
    if f.target is None and f.start is None:
        work, cand = s.work, s.cand
        lo = s.lists.list_start(work, cand, s.cands)
        f.take(subject_years(work, s.a, lo, max(s.end, cand.end), max(s.c_end, s.end), s.doc_year), "subject")


def told_as_condition(work: str, pos: int, hi: int) -> bool:
    """Return whether the first milestone after the item (``work[pos:hi]``, its clause) is told as a condition ("X建成后
    将有力推动…"): what the plan says follows the completion, not a completion it sets for its year."""
    found = [m for m in (MILESTONE_RE.search(work, pos, hi), THROUGH_RE.search(work, pos, hi)) if m]
    m = min(found, key=lambda m: m.start(), default=None)
    return m is not None and as_condition(work, m.end())


#: A whole line's works closed: "全线贯通", "双线贯通".
THROUGH_RE = re.compile(r"(?:全线|双线)贯通")
#: Two subjects joined: "A与X", "A和X", "A、X".
_AND_RE = re.compile(r"\s*(?:与|和|及|同|以及|、)\s*")
#: The item a partner of the works of the subject before it: "A将与X同时开工建设", "A与X同步建成".
_TOGETHER_RE = re.compile(r"\s*(?:同时|同步|一同|一起|一并)")
#: A milestone told as the attribute of the item right after it: "2025年建成的A", "预计年底通车的A".
_ATTRIBUTE_END_RE = re.compile(r"(?:建成|通车|开通|投用|投运|运营|竣工|完工)(?:通车|运营|投用)?的\s*$")
#: A milestone's time label closing a clause before its value: "建成时间:", "计划开工日期：".
_LABEL_END_RE = re.compile(r"(?:时间|日期|年份)\s*$")

#: The works a part is named as, right before it in its clause, with the whole left unnamed ("扩容项目的控制性工程X",
#: "该工程的关键节点X"): the part of the works the clause is about.
_PART_LEAD_RE = re.compile(r"(?:项目|工程|线路?|高速|铁路)的(?:重点|关键|最大的?)?(?:控制性|关键性|标志性)?(?:工程|节点)\s*$")

#: A list of items closed as the key works of a whole: "A隧道、B大桥等14处控制性工程", "A、B等重点控制性工程".
_PARTS_COUNTED_RE = re.compile(
    r"\s*等\s*(?:[一二两三四五六七八九十百\d]+\s*[处個个座项])?(?:重点|关键|主要|核心|重要)*(?:控制性|关键性|标志性)(?:工程|节点)"
)
#: A later clause about each of the items before it: "…,预计2025年底均完工", "…,将于年内全部建成".
_EACH_RE = re.compile(r"均|全部|都|分别|各自")


def _key_works(s: Scope) -> bool:
    """Return whether the item's list is counted as the key works of a whole ("开工建设A隧道、B大桥等14处控制性工程,
    该项目将于2026年建成通车"): each item is a part, and a later clause's goal is the whole project's, unless it
    speaks of each of them ("…等控制性工程进展顺利,预计年底均完工")."""
    m = _PARTS_COUNTED_RE.match(s.work, s.end)
    return m is not None and _EACH_RE.search(s.work, m.end(), s.stop) is None


def _is_part(work: str, cand: Cand, cands: list[Cand], s0: int) -> bool:
    """Return whether ``cand`` is named as a part of the item right before it in its sentence
    (:data:`~geo.extract.years.scope.PART_OF_RE`), or of works its clause names without a name
    ("扩容项目的控制性工程X": :data:`_PART_LEAD_RE`)."""
    if _PART_LEAD_RE.search(work, spans.clause(work, cand.start, cand.end)[0], cand.start):
        return True
    before = max((c.end for c in spans.near(cands, s0, cand.start) if c.end <= cand.start and c.name), default=None)
    return before is not None and PART_OF_RE.fullmatch(work, before, cand.start) is not None
