"""A list's entries: an item heading its numbered line, a run-in heading of names, a list's introducing line.

Reads the lines around the item: "1.X。全长80公里,建设年限2022—2025年。" (:func:`entry_years`),
"A、B:\n2个项目…计划2020年底建成投用。" (:func:`heading_years`), and the line ending with a colon above
a numbered list (:func:`list_intro_line`, whose years :mod:`geo.extract.years.list_years` and :mod:`geo.extract.years.annual_items` read), or a label of a
year's tasks without a numbered list ("2024年重点工作:建成A", :func:`year_label`). Hands on
:class:`~geo.extract.year_words.Years`, or the span of the introducing line or label.
"""

from __future__ import annotations

import re

from geo.extract.patterns import RUN_IN_RE
from geo.extract.year_words import NO_YEARS, Years
from geo.extract.years.milestones import milestone_years
from geo.extract.years.periods import SPAN_LABEL_RE, span_years

#: A list entry whose name stands as its heading, the rest of its line describing it:
#: "1.X。全长80公里,建设年限2022—2025年。", "(三)X:2023年开工,2026年建成。"
_ENTRY_RE = re.compile(r"(?:^|\n)\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[①-⑳])\s*$")
_ENTRY_END_RE = re.compile(r"[。:：]")


def entry_head(work: str, start: int, end: int) -> bool:
    """Return whether the item at ``start:end`` opens a numbered line as its entry's heading ("1.X。")."""
    ls = work.rfind("\n", 0, start) + 1
    return bool(_ENTRY_END_RE.match(work, end) and _ENTRY_RE.match(work[ls - 1 if ls else 0 : start]))


def entry_years(work: str, start: int, end: int, stop: int, doc_year: int | None,
                period: tuple[int, int] | None) -> Years:
    """Return the years of a list entry's description when the item at ``start:end`` heads the entry.

    The item must open a numbered line and end its heading ("1.X。", "(三)X:"); its years are read in
    the rest of the line up to ``stop`` (the next item, if one is named on the line).
    """
    if not entry_head(work, start, end):
        return NO_YEARS
    le = work.find("\n", end)
    hi = min(stop, le if le >= 0 else len(work))
    y = milestone_years(work, end + 1, hi, doc_year)
    if y.target is None and y.start is None:
        label = SPAN_LABEL_RE.search(work, end + 1, hi)
        y = span_years(work, label.end() if label else end + 1, hi, period)
    return y




def heading_years(work: str, start: int, doc_year: int | None) -> Years:
    """Return the years of the paragraph under the run-in heading the item at ``start`` stands on.

    "轨道A线、B线:\n2个项目正在进行主体施工,计划2020年底建成投用。": a line made of item names
    and ending with a colon is described by the next non-empty line, whose milestones are its items'.
    """
    ls = work.rfind("\n", 0, start) + 1
    le = work.find("\n", start)
    le = len(work) if le < 0 else le
    if not RUN_IN_RE.fullmatch(work, ls, le):
        return NO_YEARS
    m = re.compile(r"\s*([^\n]+)").match(work, le)
    return milestone_years(work, m.start(1), m.end(1), doc_year) if m else NO_YEARS


#: A line of a numbered list: "1.", "2、", "（3）", "(4)", "①".
_LIST_ITEM_RE = re.compile(
    r"\s*(?:\d{1,3}\s*[.．、]|[(（][\d一二三四五六七八九十]{1,3}[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}是"
    # a bulleted line ("·将续建完工A、B等3个项目")
    r"|[·•●▪◆])"
)


#: A list entry headed by its item's name before a colon, the rest of its line describing it ("官新高速:全长…").
_RUN_IN_ENTRY_RE = re.compile(r"\s*[^,，。;；:：!！?？\n]{2,24}[:：]")


#: A label of a year's tasks closed by a colon: "2024年重点工作:", "明年主要目标:" (not a review: "2023年工作回顾:").
_YEAR_LABEL_RE = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十\d]{1,3}[、.．][ \t\u3000]*)?(?:20\d\d年度?|今年|明年|本年度?|全年)"
    r"(?:的)?(?:(?:交通|建设|工作)?(?:重点工作|重点任务|主要任务|工作任务|目标任务|主要目标|工作目标|工作安排|工作重点))"
    r"(?:是|为|有|包括)?[ \t\u3000]*[:：]"
)


def year_label(work: str, pos: int) -> tuple[int, int] | None:
    """Return the span of a label of a year's tasks the item at ``pos`` stands under without a numbered list: opening
    its own line before it ("2024年重点工作:建成A、B") or filling the line right above ("2024年重点工作:\n建成A。")."""
    ls = work.rfind("\n", 0, pos) + 1
    m = _YEAR_LABEL_RE.match(work, ls, pos)
    if m:
        return ls, m.end()
    if ls == 0:
        return None
    ps = work.rfind("\n", 0, ls - 1) + 1
    m = _YEAR_LABEL_RE.fullmatch(work, ps, len(work[:ls - 1].rstrip()))
    return (ps, m.end()) if m else None


def list_intro_line(work: str, pos: int) -> tuple[int, int] | None:
    """Return the span of the line introducing the list whose item's line holds ``pos``.

    The item's line opens with a list number, or it is an entry headed by the item's name ("A高速:全长…",
    ``pos`` in that heading); the lines above it are entries of the same kind, up to a line ending with a
    colon ("力争2025年建成以下项目:", "建成通车4条高速公路:"), which introduces them all.
    """
    ls = work.rfind("\n", 0, pos) + 1
    entry = _LIST_ITEM_RE
    if not _LIST_ITEM_RE.match(work, ls):
        head = _RUN_IN_ENTRY_RE.match(work, ls)
        if head is None or pos >= head.end() - 1:
            return None
        entry = _RUN_IN_ENTRY_RE
    for _ in range(200):
        if ls == 0:
            return None
        end = ls - 1
        ls = work.rfind("\n", 0, end) + 1
        line = work[ls:end].rstrip()
        if not line:
            return None
        if line.endswith((":", "：")):
            return ls, ls + len(line)
        if not entry.match(line):
            return None
    return None
