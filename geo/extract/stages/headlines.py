"""Read the stage a news report's headline or a run-in heading gives the items under it.

Asked by :func:`geo.extract.stages.clause_stage.read_stage` late in its chain, in this order: a run-in
heading of names over a paragraph stating their stage (:func:`run_in_stage`) or a bulletin line's news after its
item and a colon (:func:`bulletin_line_stage`), a batch the headline
reports and the item is counted in (:func:`batch_stage`) or that the opening paragraph reports over item
headings (:func:`heading_of_batch`), a part of the report's subject (:func:`part_of_subject`).
"""

from __future__ import annotations

import re

from geo.extract.linking.name_forms import variant_key
from geo.extract.patterns import LIST_SEP, RUN_IN_RE, Cand
from geo.extract.stages import list_headings, route_relations, spans
from geo.extract.stages.cues import stage_of as cue_at
from geo.model import Stage


def part_of_subject(work: str, cand: Cand, cands: list[Cand], a: int) -> Stage | None:
    """Return the headline's stage when the item is a part of the news report's subject (issue #11).

    Two classes: a structure written right after the subject's name ("道真至武隆高速梅江特大桥"),
    and, when the headline says the subject is open, an item of a route clause ("起于A隧道",
    "经…连接B收费站") in a sentence opening with the subject's name (the route is the subject's).
    """
    head = spans.headline_stage(work)
    if head is None:
        return None
    first = spans.first_line(work)[1]
    if cand.start < first:
        return None  # the item is in the headline (or the text is one line, no headline over a body)
    subjects = [c.name for c in spans.near(cands, 0, first) if c.name]
    keys = {variant_key(n) for n in subjects}
    if not keys:
        return None
    glued = [c for c in spans.near(cands, max(0, cand.start - 40), cand.start) if c.end == cand.start and c.name]
    if any(variant_key(c.name) in keys for c in glued):
        return head
    if any(cand.name.startswith(n) and len(cand.name) > len(n) + 1 and "段" not in cand.name[len(n) :] for n in subjects):
        return head  # the part's name holds the subject's ("X高速梅子溪特大桥"), not a section of it
    if head is not Stage.COMPLETED or not route_relations.ROUTE_RE.match(work, a):
        return None
    s0, _s1 = spans.sentence(work, cand.start, cand.end)
    opening = next((c for c in spans.near(cands, s0, a) if c.name), None)
    if opening and not work[s0 : opening.start].strip(" \t\u3000●·") and variant_key(opening.name) in keys:
        return head
    return None


def batch_stage(work: str, cand: Cand, b: int) -> Stage | None:
    """Return the headline's stage when it reports a batch of projects and the item is counted in one.

    "重庆集中开工354个重大项目" over "其中,A、B等9个项目总投资超50亿元": A and B are of the batch
    started. An item not counted ("A位于X") is not taken for one of the batch.
    """
    head = spans.headline_stage(work)
    if head is None or not _COUNTED_IN_RE.match(work, cand.end, b):
        return None
    first = spans.first_line(work)[1]
    if cand.start < first or not list_headings.BATCH_RE.search(work, 0, first):
        return None
    return head


def heading_of_batch(work: str, cand: Cand) -> Stage | None:
    """Return the start a document's opening paragraph reports for a batch when the item is a heading line of its own.

    An opening "今年新建项目141个,其中两条高速一条高铁年内开工!" or "…重点项目集中开工动员,共17个项目宣布开工",
    then a line holding only an item's name with its description below it ("A至B高速公路" / "起点:…"): the
    item is one of the batch the opening tells started. The tuning gold codes such headings 开工 (fresh26 zx_11,
    fresh34 xe_04, where the learned stage guessed 建成; part-s36). Only a start: an opening reporting a batch
    opened or done leaves its headings to their own lines.
    """
    ls = work.rfind("\n", 0, cand.start) + 1
    le = work.find("\n", cand.end)
    le = len(work) if le < 0 else le
    if work[ls:cand.start].strip() or work[cand.end:le].strip():
        return None
    first = spans.first_line(work)
    if cand.start < first[1] or not list_headings.BATCH_RE.search(work, *first):
        return None
    cues = [cue_at(m) for m in spans.cues_in(work, *first)]
    return Stage.STARTING if any(st is Stage.STARTING and spec for st, spec in cues) else None


#: The item's list counted as projects up to its clause end: "、B等9个项目", "等155个项目".
_COUNTED_IN_RE = re.compile(r"[^,，。;；]{0,40}?等(?:\d+|[一二三四五六七八九十百两]+)个(?:重点|重大)?(?:项目|工程)")


def run_in_stage(work: str, cand: Cand) -> Stage | None:
    """Return the stage the paragraph under the run-in heading the item stands on states (issue #11).

    "轨道A线、B线:\n2个项目正在进行主体施工,计划2020年底建成投用。": a line made of item names and
    ending with a colon is described by the next non-empty line; its first specific stage cue is
    the items'.
    """
    ls = work.rfind("\n", 0, cand.start) + 1
    le = work.find("\n", cand.start)
    le = len(work) if le < 0 else le
    if not RUN_IN_RE.fullmatch(work, ls, le):
        return None
    m = _NEXT_LINE_RE.match(work, le)
    if m is None or RUN_IN_RE.fullmatch(m.group(1)):
        return None  # the next line is another heading
    return spans.first_stated_stage(work, m.start(1), m.end(1))




def bulletin_line_stage(work: str, cand: Cand, cands: list[Cand]) -> Stage | None:
    """Return the stage a bulletin line tells after the item it opens with and a colon (issue 11 item 2).

    "一、A：6月12日正式通车" / "二、B：施工单位已进场施工" / "四、C：初步设计获批复": a progress bulletin's line
    opens (after its number) with the item's name, or a list of names, and a colon; the words after the colon
    are that line's news, and their first specific stage cue is its item's stage. Each line tells its own
    item's, not the list's. The words stop at the next item named after the colon ("A：已建成通车，B正在加快
    建设": B's clause is B's).
    """
    ls = work.rfind("\n", 0, cand.start) + 1
    le = work.find("\n", cand.end)
    le = len(work) if le < 0 else le
    mark = list_headings.HEADING_MARK_RE.match(work, ls)
    colon = _LABEL_END_RE.search(work, cand.end, le)
    if colon is None:
        return None
    pos = mark.end() if mark else ls
    for c in spans.near(cands, pos, colon.start()):
        if not c.name or c.start < pos:
            continue
        if not _LABEL_GAP_RE.fullmatch(work, pos, c.start):
            return None
        pos = max(pos, c.end)
    if pos <= cand.start or not _LABEL_GAP_RE.fullmatch(work, pos, colon.start()):
        return None  # the words before the colon are not the line's items alone
    stop = next((c.start for c in spans.near(cands, colon.end(), le) if c.name and c.start >= colon.end()), le)
    return spans.first_stated_stage(work, colon.end(), stop)


#: The colon closing a bulletin line's label, before the line's news.
_LABEL_END_RE = re.compile(r"[:：]")
#: What may stand between the names of a bulletin line's label: a separator, spaces.
_LABEL_GAP_RE = re.compile(rf"[\s{LIST_SEP}]*")


_NEXT_LINE_RE = re.compile(r"\s*([^\n]+)")
