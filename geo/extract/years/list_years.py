"""The year of the list the item is one of: "今年开工的项目有:A、B", "力争2025年建成以下项目:\\n1.A", "2023年新开工项目".

Steps of :func:`geo.extract.years.mention.mention_years`, in order: the clause introducing the item's list
(:func:`intro_clause_years`), the line introducing a numbered list or a year's label over it
(:func:`intro_line_years`), the heading of a list of one stage (:func:`list_heading_years`).
"""

from __future__ import annotations

from geo.extract.stages import spans
from geo.extract.years.entries import list_intro_line, year_label
from geo.extract.years.facts import planned
from geo.extract.years.frames import intro_year
from geo.extract.years.milestones import milestone_years
from geo.extract.years.own import own_milestone
from geo.extract.years.scope import Found, Scope


def intro_clause_years(s: Scope, f: Found) -> None:
    """Read the clause introducing the item's list, whose year is every item's: "今年开工的项目有:A、B、C"."""
    if f.target is None and f.start is None:
        intro = s.lists.intro_clause(s.work, s.a, s.cand)
        if intro:
            y = milestone_years(s.work, *intro, s.doc_year)
            f.target, f.start, f.basis = y.target, y.start, y.basis
            f.credit("intro_clause")


def intro_line_years(s: Scope, f: Found) -> None:
    """Read the line introducing a numbered list ("力争2025年建成以下项目:\\n1.A\\n2.B") or a year's label.

    A label ("2024年重点工作:建成A、B", "2024年重点工作:\\n1.建成A。") gives the time of the item's own milestone,
    and so does an introducing line without a milestone of its own; not a year past, unless planned (a review's:
    "2022年,全省交通建设成效显著:\\n1.建成A" in a report of 2023).
    """
    if f.target is not None or f.start is not None:
        return
    work, cand, doc_year = s.work, s.cand, s.doc_year
    intro_line = list_intro_line(work, cand.start)
    labelled = False  # the line is a year's label, not a numbered list's introduction
    if intro_line is None:
        # ("2024年重点工作:建成A、B", "2024年重点工作:\n建成A。": a year's label without a numbered list)
        intro_line = year_label(work, cand.start)
        labelled = intro_line is not None
    if intro_line and not labelled:
        y = milestone_years(work, *intro_line, doc_year)
        f.target, f.start, f.basis = y.target, y.start, y.basis
    if intro_line and f.target is None and f.start is None:
        # "2024年重点工作:\n1.建成A。": the introducing line's year is the time of the item's own milestone
        year, how = intro_year(work, *intro_line, doc_year)
        if year and doc_year and year < doc_year and not planned(work, *intro_line):
            # a label or a list's introducing line of a year past is a review's ("2022年重点工作:", "2022年,
            # 全省交通建设成效显著:\n1.建成A" in a report of 2023)
            year = None
        done = own_milestone(work, s.a, s.c_end, s.stage) if year else None
        if done:
            f.target, f.start, f.basis = (None, year, how) if done.group("begin") else (year, None, how)
    f.credit("intro_line")


def list_heading_years(s: Scope, f: Found) -> None:
    """Read the year of a list heading the item stands under, of the item's stage: "计划2025年建成项目", "2023年新开工项目"."""
    if f.target is None and f.start is None:
        head = spans.heading_stage(s.work, s.cand.start)
        if head is not None and s.stage is head[0]:
            y = milestone_years(s.work, head[1], head[2], s.doc_year)
            f.target, f.start, f.basis = y.target, y.start, y.basis
            f.credit("list_heading")
