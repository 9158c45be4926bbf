"""Phases of a works written alone after a plan to build it in phases ("分两期实施，一期工程已建成").

Each phase told after the plan, in its sentence or the next, is an item of its own named for the item the
plan is about (甲立交一期工程): a phase with its works word (一期工程, 二期项目), or a phase alone that opens
its clause and tells its extent or its state ("一期为A至B段", "二期已开工").
"""

from __future__ import annotations

import re

from geo.extract.patterns import Cand, inside_span, place_re

__all__ = ["phases"]

#: A plan to build an item in phases: "分两期实施", "分三期建设".
_PHASED_RE = re.compile(r"分(?:[两二三四五六七八九十]|\d)期(?:建设|实施|推进|开发)?")

#: A phase written alone in the sentences after the plan, as works: "一期工程", "二期项目" ("一期实施道路
#:为…" describes the plan's first step, not an item).
_PHASE_RE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=的))(?P<phase>[一二三四五六七八九十]期)(?P<works>工程|项目)?")
#: What a phase alone is told: its extent ("一期为A至B段") or its state ("二期已开工", "二期年内将建成").
_PHASE_TOLD_RE = re.compile(r"为|是|已|正在|将|计划|预计|于|在建|目前|年内|今年|明年|\d")

#: The end of a sentence.
_SENTENCE_RE = re.compile(r"[。!！?？\n]")


def phases(work: str, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Phases written alone after a "分N期" plan, each named for the item the plan is about."""
    out: list[Cand] = []
    for plan in _PHASED_RE.finditer(work):
        owner = max((c for c in cands if c.end <= plan.start() and plan.start() - c.end <= 40 and c.name),
                    key=lambda c: c.end, default=None)
        if owner is None:
            continue
        stop = _SENTENCE_RE.search(work, plan.end())
        # the phases follow in the plan's sentence and the next one ("一期工程已建成。本次开工的二期…")
        stop2 = _SENTENCE_RE.search(work, stop.end()) if stop else None
        end = stop2.start() if stop2 else len(work)
        for m in _PHASE_RE.finditer(work, plan.end(), end):
            s, e = m.start(), m.end()
            if inside_span(taken, s, e) or any(c.start <= s < c.end for c in [*cands, *out]):
                continue
            # a phase alone (no 工程/项目) opens its clause and tells its extent or its state: "此次通车的一期为
            # A至B", "二期A段至B年内将建成" ("一期实施道路为X" tells the works of the plan's first step)
            if m.group("works") and work[s - 1 : s] == "的" \
                    or not m.group("works") and not (_PHASE_TOLD_RE.match(work, e) or place_re().match(work, e)):
                continue
            works = m.group("works") or ""
            cand = Cand(s, e, owner.name + m.group("phase") + works, owner.type, part_of=owner.name)
            cand.aliases.append(m.group("phase") + works)
            out.append(cand)
    return out
