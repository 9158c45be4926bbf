"""The item's years told outside its sentence: its list entry, a heading, a sentence referring back, a table row.

Steps of :func:`geo.extract.years.mention.mention_years`, in order: a list entry's description
(:func:`entry_description_years`), the paragraph under a run-in heading of names (:func:`run_in_heading_years`), a
clause referring back to the item (:func:`referring_years`) or its list (:func:`list_reference_years`), the
report's topic (:func:`topic_years`), a later sentence of its paragraph or the section its name heads
(:func:`continued_years`), a headline naming it by kind (:func:`headline_years`), its table row
(:func:`table_row_years`). The spans are found by :mod:`geo.extract.stages.references`,
:mod:`geo.extract.years.continued`, :mod:`geo.extract.years.entries`, :mod:`geo.extract.years.headline` and
:mod:`geo.extract.years.tables`.
"""

from __future__ import annotations

from geo.extract.stages import references
from geo.extract.year_words import NO_YEARS
from geo.extract.years.continued import continued_sentence, section_sentence
from geo.extract.years.entries import entry_head, entry_years, heading_years
from geo.extract.years.headline import headline_kind_years
from geo.extract.years.milestones import milestone_years
from geo.extract.years.scope import Found, Scope
from geo.extract.years.tables import table_years


def entry_description_years(s: Scope, f: Found) -> None:
    """Read a list entry's description as the item's: "1.X。全长80公里,建设年限2022—2025年。"."""
    work, cand, cands = s.work, s.cand, s.cands
    if f.target is None and f.start is None and entry_head(work, cand.start, cand.end):
        after = min((c.start for c in cands if c.start >= cand.end and c.group != cand.group), default=len(work))
        f.take(entry_years(work, cand.start, cand.end, after, s.doc_year, s.period), "entry")


def run_in_heading_years(s: Scope, f: Found) -> None:
    """Read the paragraph under a run-in heading of names: "A、B:\\n2个项目…计划2020年底建成投用。"."""
    if f.target is None and f.start is None:
        f.take(heading_years(s.work, s.cand.start, s.doc_year), "run_in_heading")


def referring_years(s: Scope, f: Found) -> None:
    """Read a clause referring back to the item: "X全长50公里。该项目预计2025年建成通车"."""
    if f.target is None:
        ref = references.referring_clause(s.work, s.cand, s.cands, s.b)
        y = milestone_years(s.work, *ref, s.doc_year) if ref else NO_YEARS
        if y.target or (y.start and f.start is None):
            f.target, f.start, f.basis = y.target, f.start or y.start, f.basis or y.basis
        f.credit("referring")


def list_reference_years(s: Scope, f: Found) -> None:
    """Read a sentence referring back to the item's list: "今年将开工建设A、B。以上项目力争2025年建成投用。"."""
    if f.target is None:
        ref = references.list_reference(s.work, s.cand, s.cands, s.b)
        y = milestone_years(s.work, *ref, s.doc_year, bare=True) if ref else NO_YEARS
        if y.target:
            f.target, f.basis = y.target, f.basis or y.basis
        f.credit("list_reference")


def topic_years(s: Scope, f: Found) -> None:
    """Read the report's going on about the item: "X是A的控制性工程。…。项目计划工期为5年,预计2024年底全线建成通车。"."""
    if f.target is None:
        topic = references.topic_sentence(s.work, s.cand, s.cands)
        y = milestone_years(s.work, *topic, s.doc_year, bare=True) if topic else NO_YEARS
        if y.target:
            f.target, f.basis = y.target, f.basis or y.basis
        f.credit("topic")


def continued_years(s: Scope, f: Found) -> None:
    """Read a later sentence of the item's paragraph, or else the section its name heads, going on about it.

    "…目前X飞行区已开始道面施工。计划明年上半年通航" (the year carried on); "X\\n由甲站引出,…。\\n预计2025年前建成。"
    (its stage is not carried: a heading's section tells a new line's start as often as works going on). Not a
    year before the document's.
    """
    if f.target is not None:
        return
    work, cand, cands, doc_year, context = s.work, s.cand, s.cands, s.doc_year, s.lists.is_context
    later = continued_sentence(work, cand, cands, context=context)
    section = None if later else section_sentence(work, cand, cands, context=context)
    y = milestone_years(work, *(later or section), doc_year, bare=True) if later or section else NO_YEARS
    if y.target and (doc_year is None or y.target >= int(doc_year)):
        f.target, f.basis, f.carried = y.target, f.basis or y.basis, later is not None
    f.credit("continued" if f.carried else "section")


def headline_years(s: Scope, f: Found) -> None:
    """Read a headline dating the works it names by kind: "江北这条高速,年底建成!" over a body naming the road."""
    if f.target is None:
        y = headline_kind_years(s.work, s.cand, s.cands, s.doc_year, context=s.lists.is_context)
        f.target, f.basis = y.target, f.basis or y.basis
        f.credit("headline_kind")


def table_row_years(s: Scope, f: Found) -> None:
    """Read the item's row of a table whose header names a deadline, start or span column."""
    if f.target is None and f.start is None:
        row, _lead = table_years(s.work, s.cand.start, doc_year=s.doc_year)
        f.target, f.start, f.basis = row.target, row.start, row.basis
        f.credit("table")
