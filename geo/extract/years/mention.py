"""The years of one mention: the readers of :mod:`geo.extract.years` tried in order, the first to find wins.

Hands on the target year, start year and their basis (:class:`~geo.extract.year_words.Years`) to
:func:`geo.extract.clauses.read_mention`. The steps :func:`mention_years` takes, in order (the first to find a
target year wins; a start year found on the way stays, and most later steps run only while neither year is
found), each a function of the module named:

1. ``scope`` — leave out an item named with a coded part right after it ("X机场T2航站楼投用": the part's
   milestone) or named aside, as the place or the means of what its clause builds ("依托X建成…"): no years.
   Else measure the item's sentence: its clause, the run of items sharing its predicate ("A、B和C年内建成"),
   where the next subject starts (not a station a line sets, a part of the item, an existing work it joins),
   and how far later clauses are its own (not after a structure's "全线…", not past a context's clause).
2. ``clause_years`` — its own clause: the milestone after the item (a label's value too, "建成时间:2025年"),
   before it (after any item told with a milestone as its attribute, "2025年建成的A"), then later in the
   sentence, unless the item is a part, a line's station, the object of the sentence's subject or the
   condition of what follows; a completion whose object the item is comes first; an opening later in the
   sentence stands over a step. Then a milestone it shares with another item ("与B同步建成"), one a later
   clause joins it to the next item in, and a year opening the clause the item (or its list) is the subject of
   ("2022年X建成通车以来").
3. ``news_days`` — a month and day of the report's year: a milestone still ahead, told with a word of intent,
   or a start; not a fact reported, nor one of the report's own day; a day just after the report's is announced.
   Then a start dated by a part of a month heading the item's clause ("9月下旬,X开工"): the start year only.
4. ``framed`` — a year framing the clause from outside: heading the sentence or its paragraph (the item's own
   milestone of its stage, not a fact reported or a day passed), a dated goal, 届时, a plan's end.
5. ``list_years`` — the item's list: the clause introducing it, the line introducing a numbered list or a
   year's label, the heading of a list of one stage.
6. ``framed`` — a span of years in the item's clause or heading its sentence ("2022—2025年实施X"), or a label's.
7. ``annual_items`` — an annual plan's year: the plan's completions and starts, on the item's line, in the
   clause introducing its list or the line introducing its entries, or a milestone the item is the subject of.
8. ``outside`` — outside the sentence: a list entry's description, a run-in heading, a clause referring back to
   the item, a sentence referring back to its list, the report's topic, a later sentence of its paragraph or
   section, a headline naming its kind, a table row.
9. ``told_starts`` — a start told as done in a report of one year ("X正式开工建设"), or a list of works to start
   ("将新开工A、B"): the report's year as the start year.

The item's stage and the stage reader's answers about its list (:class:`ListReading`) are handed in:
:mod:`geo.extract.clauses` reads a mention's years through :func:`mention_years`, so this module does not
import it back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from geo.extract.patterns import Cand
from geo.extract.year_words import NO_YEARS, Years
from geo.extract.years.annual_items import annual_plan_years
from geo.extract.years.clause_years import (
    joined_later_years,
    own_clause_years,
    shared_years,
    subject_years_of,
)
from geo.extract.years.framed import (
    goal_frame_years,
    lead_frame_years,
    plan_end_years,
    span_of_years,
    then_years,
)
from geo.extract.years.list_years import intro_clause_years, intro_line_years, list_heading_years
from geo.extract.years.news_days import month_part_start_years, news_day_years
from geo.extract.years.outside import (
    continued_years,
    entry_description_years,
    headline_years,
    list_reference_years,
    referring_years,
    run_in_heading_years,
    table_row_years,
    topic_years,
)
from geo.extract.years.scope import Found, ListReading, Scope, scope_of
from geo.extract.years.told_starts import told_start_years
from geo.model import Stage

#: The steps, in order: each reads one class of text and writes what it finds into :class:`Found`, most only while
#: no year is found yet. The reader that sets the target is named in :attr:`~geo.extract.year_words.Years.rule`.
_STEPS: tuple[Callable[[Scope, Found], None], ...] = (
    own_clause_years,  # own_after, own_before, object, later_clause: "推进X建设,今年内建成通车"
    shared_years,  # joint: "A计划于2025年与B同步建成投用"
    joined_later_years,  # joined_later: "A已开工建设,2024年有望与B同步建成通车"
    subject_years_of,  # subject: "2022年X建成通车以来", "今年A、B等重大项目要建成"
    news_day_years,  # event_date: "12月26日,X将建成通车"
    month_part_start_years,  # (a start year only): "9月下旬,X开工"
    lead_frame_years,  # lead_frame: "到2025年,建成…", "2023年,某省将…。确保X建成通车。"
    goal_frame_years,  # goal_frame: "按照2025年建成通车的目标,X正加快推进"
    then_years,  # then: "隧道预计今年9月贯通,届时X将全线通车"
    plan_end_years,  # plan_end: "X“十四五”末建成"
    intro_clause_years,  # intro_clause: "今年开工的项目有:A、B、C"
    intro_line_years,  # intro_line: "力争2025年建成以下项目:\n1.A", "2024年重点工作:\n1.建成A。"
    list_heading_years,  # list_heading: "2023年新开工项目"
    span_of_years,  # span: "2022—2025年实施X", "X建设期限为2022—2025年"
    annual_plan_years,  # annual, annual_intro, annual_entries, annual_subject: "2022年…工作安排: 建成A、B"
    entry_description_years,  # entry: "1.X。全长80公里,建设年限2022—2025年。"
    run_in_heading_years,  # run_in_heading: "A、B:\n2个项目…计划2020年底建成投用。"
    referring_years,  # referring: "X全长50公里。该项目预计2025年建成通车"
    list_reference_years,  # list_reference: "今年将开工建设A、B。以上项目力争2025年建成投用。"
    topic_years,  # topic: "X是A的控制性工程。…。预计2024年底全线建成通车。"
    continued_years,  # continued, section: "…目前X飞行区已开始道面施工。计划明年上半年通航"
    headline_years,  # headline_kind: "江北这条高速,年底建成!"
    table_row_years,  # table: the item's row under a 完成时限 column
    told_start_years,  # (a start year only): "X正式开工建设" in a report of 2022
)


def mention_years(
    work: str,
    cand: Cand,
    cands: list[Cand],
    doc_year: int | None,
    *,
    stage: Stage,
    lists: ListReading,
    period: tuple[int, int] | None = None,
    date: dt.date | None = None,
) -> Years:
    """Return the target and start years the clause (or the item's table row) sets for the item.

    ``stage`` is the stage read for the item (a year framing its clause from outside dates only the
    milestone of that stage), ``lists`` the stage reader's answers about its list, ``doc_year`` and
    ``date`` the document's (:func:`geo.extract.years.relative.doc_year`), ``period`` its plan period.
    An annual plan (``period`` of one year) sets that year for the items it completes, and as the start year of
    those it starts ("新开工A、B"). The reader that set the
    target is named in :attr:`~geo.extract.year_words.Years.rule` (a diagnostic: :mod:`geo.extract.years.trace`).
    """
    scope = scope_of(work, cand, cands, doc_year, stage=stage, lists=lists, period=period, date=date)
    if scope is None:
        return NO_YEARS
    found = Found()
    for step in _STEPS:
        step(scope, found)
    return found.years()
