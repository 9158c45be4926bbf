"""Read the stage of a list cut into groups by commas, from the words that close it or the verb that opens it.

A long list of works is often written in groups, one a clause: "加快推进A、B,C、D、E,F、G等项目建设",
"推进A、B等城际铁路,以及C、D扩能改造前期工作", "新开工A、B2条高速公路,C、D2条快速通道以及E、F2座大桥等一批项目
加快建设". An item of a group whose own clause names no stage takes the stage the run's last group closes with (its
words after 等, or after a group opened by 以及), else the verb opening the run's first group (issue 11 item 2,
part s50). Asked by :func:`geo.extract.stages.clause_stage.read_stage` only when nothing else in the item's clause
or sentence tells its stage. Not across a sentence end; not a group followed by another item's own clause with no
sign it goes on the list ("A、B,C已建成通车": C's alone).
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.patterns import Cand
from geo.extract.stages import spans
from geo.extract.stages.cues import stage_of as cue_at
from geo.model import Stage

#: What may stand in a group besides its items: separators, a bracketed note, the group's count and kind ("2条高速公路"),
#: or its kind after 等 ("等城际铁路"), each before another item or the group's end (items are cut out first).
_GROUP_WORDS_RE = re.compile(
    r"(?:以及|[、和及与\s\x00]|[(（][^()（）,，。;；]{0,12}[)）]"
    r"|等?" + lx.COUNT_NUMBER + r"(?:条|个|座|项|处|所)[\u4e00-\u9fff]{1,6}?(?=以及|[、和及与\x00]|$)"
    r"|等[\u4e00-\u9fff]{1,6}?(?=以及|[、和及与\x00]|$))*"
)

#: The opening of a later group going on the list: 以及, 及, 和 or nothing, then an item.
_GROUP_OPENER_RE = re.compile(r"\s*(?:以及|及|和|还有)?\s*")

#: The words closing the run after its last item: maybe members not recognised ("、D中转中心") or the group's count and
#: kind, then 等 ("2座大桥等一批项目加快建设").
_CLOSING_RE = re.compile(
    r"\s*(?:、[^,，。;；、等]{2,30}?)*(?:" + lx.COUNT_NUMBER + r"(?:条|个|座|项|处|所)[\u4e00-\u9fff]{1,6}?)?等"
)

#: A group of names the extractor does not know, closed by 等 and a word of works ("C基地一期、D中心等项目建设").
_UNNAMED_GROUP_RE = re.compile(r"[^,，。;；等]{2,30}、[^,，。;；等]{2,30}等(?=[^,，。;；]{0,6}(?:项目|工程))")

#: How many clauses a run may go on over.
_MAX_GROUPS = 4


def _masked(work: str, a: int, b: int, items: list[Cand]) -> str:
    """Return ``work[a:b]`` with the items in it replaced by a NUL (a place where an item stood)."""
    out, k = [], a
    for c in items:
        if c.start >= k and c.end <= b:
            out.append(work[k : c.start])
            out.append("\x00")
            k = c.end
    out.append(work[k:b])
    return "".join(out)


def _items(cands: list[Cand], a: int, b: int) -> list[Cand]:
    """Return the named items inside ``[a, b)``, in order, none overlapping the one before."""
    out: list[Cand] = []
    for c in spans.near(cands, a, b):
        if not c.name or c.end > b:
            continue
        if out and c.start < out[-1].end:
            if c.end - c.start > out[-1].end - out[-1].start:
                out[-1] = c  # the longer of two overlapping names
            continue
        out.append(c)
    return out


def _group_end(work: str, start: int, b: int, cands: list[Cand]) -> int | None:
    """Return the end of the last item when only a group's words stand between ``start`` and it, else None."""
    items = [c for c in _items(cands, start, b) if c.start >= start]
    if not items:
        return None
    last = items[-1].end
    return last if _GROUP_WORDS_RE.fullmatch(_masked(work, items[0].start, last, items)) else None


def _closing_stage(work: str, last: int, b: int, *, opened: bool) -> tuple[Stage | None, str]:
    """Return the stage the words after a group's last item tell, and whether they close the run (``closed``), let
    it go on (``on``) or are another item's own (``own``).

    They close it after 等 ("等项目加快建设") or, in a group opened by 以及 (``opened``), right after the item
    ("以及C、D扩能改造前期工作"); only the group's words mean the run goes on.
    """
    if _GROUP_WORDS_RE.fullmatch(work, last, b):
        return None, "on"  # ("A、B等城际铁路,以及C、D…": the group's kind after 等, the run goes on)
    closing = _CLOSING_RE.match(work, last, b)
    if closing:
        return spans.first_stated_stage(work, closing.end(), b), "closed"
    return (spans.first_stated_stage(work, last, b), "closed") if opened else (None, "own")


def _opening_stage(work: str, a: int, cand: Cand, cands: list[Cand], *, walk: bool) -> Stage | None:
    """Return the stage of the verb opening the run the item's group belongs to, else None: the last cue before
    the first item of the run's first group (clauses before the item's going on the list when they are groups;
    at least one when ``walk``)."""
    start = a
    for _ in range(_MAX_GROUPS):
        first = next((c for c in spans.near(cands, start, cand.start + 1) if c.name), None)
        if first is None:
            return None
        if first.start > start and work[start:first.start].strip(" ,，以及和还有"):
            if walk and start == a:
                return None
            cues = spans.cues_in(work, start, first.start)
            return cue_at(cues[-1])[0] if cues else None
        if start == 0 or work[start - 1] not in ",，":
            return None
        pa, _pb = spans.clause(work, start - 2, start - 1)
        if _group_end(work, pa, start - 1, cands) is None:
            return None
        start = pa
    return None


def run_stage(work: str, cand: Cand, cands: list[Cand], a: int, b: int) -> Stage | None:
    """Return the stage of the list run the item's group belongs to, else None (see the module's docstring)."""
    last = _group_end(work, cand.start, b, cands)
    if last is None:
        return None
    stage, state = _closing_stage(work, last, b, opened=False)
    pos = b
    for _ in range(_MAX_GROUPS):
        if state != "on":
            break
        if pos >= len(work) or work[pos] not in ",，":
            # the sentence ends on a group's words ("…,C、D等项目建设。"): the run ends there, its verb opens it
            # (a run of one clause is no run: "加快A建设和打造B。" is read by the clause's own rules)
            state = "closed" if pos > b else "last"
            break
        ca, cb = spans.clause(work, pos + 1, pos + 2)
        opener = _GROUP_OPENER_RE.match(work, ca)
        items = _items(cands, ca, cb)
        if not items or items[0].start != opener.end():
            # a last group of names not recognised, closed by 等 and its works ("C基地一期、D中心等项目建设")
            unnamed = _UNNAMED_GROUP_RE.match(work, ca, cb)
            if unnamed is None or items:
                return None
            stage, state = spans.first_stated_stage(work, unnamed.end(), cb), "closed"
            pos = cb
            break
        last = _group_end(work, items[0].start, cb, cands)
        if last is None:
            return None
        stage, state = _closing_stage(work, last, cb, opened=bool(opener.group().strip()))
        pos = cb
    if state not in ("closed", "last"):
        return None
    if stage is not None and stage is not Stage.UPGRADE:
        return stage
    opening = _opening_stage(work, a, cand, cands, walk=state == "last")
    return opening if opening not in (None, Stage.UNSPECIFIED, Stage.UPGRADE) else None
