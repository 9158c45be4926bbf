"""Where a mention's years come from: target year, start year, their basis, and the document's plan period.

:func:`geo.extract.clauses.read_mention` asks :func:`~geo.extract.years.mention.mention_years` for the
years of one mention; that function tries the readers below in order, the first to find wins.

The vocabulary every reader builds on is the shared base's :mod:`geo.extract.year_words` (milestones that end
works, 建成, 通车, 下闸蓄水, 交工, 全线贯通…, and that start them, 开工; an explicit year, "2023年底前"; a year
relative to the document's, 今年, 年内, 下月, 国庆节前, "12月26日"; and the
:class:`~geo.extract.year_words.Years` record), which the stage rules read too. The readers build on the stage
rules' sentence and clause spans, stage words and references (:mod:`geo.extract.stages`), never the reverse.

Each module reads one kind of text and hands on a :class:`~geo.extract.year_words.Years` (or a year and its basis):

* ``relative`` — the document's year (its date's, else the year its number, title, meeting or file name
  gives: ``DocumentMeta.year``; :class:`DocYear` carries the date's month and day) and the years read
  against it: 明年, 去年, 下月 of a December document, a month and day without a year ("12月26日,…将建成
  通车": a full date's year earlier in the sentence, else the report's, a year back when the day is after
  the report's own date).
* ``facts`` — a completion the text reports as a fact is no target: "X已于2021年建成通车" in a report of 2023,
  "今日零时,X建成通车", "1月3日,X建成通车" without a word of intent, "2024年,A开通运营" in a review of that
  year; its start year stays.
* ``milestones`` — years bound to a milestone: "力争2026年建成通车", "2023年底前建成"; a year bound to a
  start ("计划2024年开工") is the start year, never the target; a milestone labelled with its time
  ("建成时间为2025年", "建成于2019年"); a year opening the clause the item is the subject of
  ("2022年X建成通车以来"); a milestone two items share ("A计划于2025年与B同步建成投用"); a year ahead
  heading the item's completion as a condition ("2025年,X全线建成后,…"). Not milestones: completing an
  amount or a step (完成投资, 完成工可), the first year of a history ("从1994年建成X,到2010年…"), a plan
  given up ("原计划2024年建成,现预计…"), a duration ("建设工期3年": no year is computed from it); a stretch
  opened, its length named ("年内通车40公里,明年6月全线通车"), is a step the whole line's completion stands over.
* ``frames`` — a year framing the item from outside its clause: heading the sentence, after a word of
  intent or not ("到2025年,", "预计2025年,", "报告指出,2023年,"), a dated goal heading it ("按照2025年建成通车的目标,"), running on without a comma ("2023年除了A
  将通车之外,B也将开通"), heading the paragraph ("报告明确,2023年,某省将…。…。确保X建成通车。"), 届时
  referring back to a time named before, a list's introducing line ("2024年重点工作:").
* ``entries`` — a list entry headed by its item's name ("1.X。全长80公里,建设年限2022—2025年。": the rest
  of its line, up to the next item named on it, is the item's), a run-in heading of names ("A、B:\\n…"),
  the line introducing a numbered list ("力争2025年建成以下项目:").
* ``periods`` — the plan period of the document (十四五 → 2021–2025, "(2021—2025年)", an annual plan's one
  year: a window kept apart, never a target year), a five-year plan's end bound to the item's completion
  ("X“十四五”末建成"; not "“十四五”期间建成", any of its years), a span of years in the item's own clause that is not the document's period
  ("2022—2025年实施X", "建设期限为2022—2025年": its start and target; not a span of money spent,
  "2021年至2023年已投资…").
* ``annual`` — an annual plan ("2022年交通运输工作安排", "2024年工作要点") sets that year's goals: an item
  it says it completes ("建成X") targets the year, one it says it starts ("新开工X", "力争开工X") starts in it;
  not the points under a lead reviewing the year before
  ("会议指出,2022年,…"), nor a part or a list's line reviewing it ("一、2021年工作回顾", "上年建成通车2条高速公路:"),
  nor a five-year plan past ("“十三五”期间,…"), nor a completion told as a condition ("X建成后将…"); a comparison's benchmark year
  ("较2019年目标任务增长8%") is no review.
* ``tables`` — a table whose header names a deadline (完成时限, 建成时间…), start (开工时间) or span (建设年限
  "2021-2025") column: the cell of the item's row; a cell without a year ("年底", "明年6月") is relative to
  the document's date.
* ``continued`` — a later sentence of the item's paragraph carrying its year on: a referring head ("X正加快
  建设。该线预计2025年建成通车"), no subject after a word of intent ("…X飞行区已开始道面施工。计划明年上半年
  通航"), or the tail of its name with 项目/工程 ("…,确保铁路专用线项目今年下半年建成投用"); the item the one
  item of its sentence, no item named up to the year, never across a paragraph; and the section a name alone on its
  line heads ("X\\n由甲站引出,…。\\n预计2025年前建成。"), up to the next heading line.
* ``headline`` — a headline dating the completion of works it names by kind only ("某区这条高速,年底建成!",
  "今年将开建三条高铁,…预计2025年建成"): the first works of that kind the body names, as many as it counts.
* ``whole_line`` — a clause about the whole line after a structure on it ("X高速Y隧道贯通,全线有望2026年建成
  通车"): the line's year, not the structure's.
* ``own`` — the item's own milestone in its clause, which a year framing the clause from outside dates ("2023年底前,
  X水库下闸蓄水"; not a service the item opens, "…开通集装箱航线").
* ``mention`` — the per-mention assembly: the steps below tried in order, each a class of text, the first
  to find a target wins (the list of steps is :mod:`geo.extract.years.mention`'s docstring).
* ``scope`` — the item's sentence measured once (:class:`~geo.extract.years.scope.Scope`: its clause, the items
  sharing its predicate, the next subject, how far later clauses are its own) and the years found so far
  (:class:`~geo.extract.years.scope.Found`); an item named with a coded part or aside takes no years.
* ``clause_years`` — the milestone of the item's own clause and of later clauses about it, one shared with
  another item or joined later, a year opening the clause the item is the subject of.
* ``news_days`` — a milestone on a month and day of the report's year ("12月26日,X将建成通车").
* ``framed`` — which milestone a year framing the clause dates: heading the sentence or paragraph, a dated
  goal, 届时, a plan's end, a span of years.
* ``list_years`` — the year of the item's list: its introducing clause or line, a year's label, a list heading.
* ``annual_items`` — an annual plan's completions and starts of the item, in the plan's year.
* ``outside`` — the item's years told outside its sentence: a list entry, a run-in heading, a clause referring
  back to the item ("X全长50公里。该项目预计2025年建成通车") or its list, the report's topic (found by
  :mod:`geo.extract.stages.references`), a later sentence or section, a headline, a table row.
* ``told_starts`` — a start told in a report of one year, done ("X正式开工建设") or to come ("将新开工A、B").

* ``trace`` — a diagnostic, off unless a bench script turns it on (:func:`traced`): which of the readers above set
  each mention's target year (``bench/year_audit.py``); nothing of it reaches the GeoJSON.

This package's interface is the document-level reading (:func:`doc_year`, :func:`plan_period`,
:func:`sentence_period`), the document's year (:class:`DocYear`), a table row's years and lead unit
(:func:`table_years`), a heading's years (:func:`heading_years`), a year relative to the document's
(:func:`ahead`: ``bench/year_loso.py``), and the trace (:func:`traced`, :func:`note`). :mod:`geo.extract.clauses`
(above this package and :mod:`geo.extract.stages`) imports ``mention`` and ``whole_line`` directly.
"""

from geo.extract.years.entries import heading_years
from geo.extract.years.periods import plan_period, sentence_period
from geo.extract.years.relative import DocYear, ahead, doc_year
from geo.extract.years.tables import table_years
from geo.extract.years.trace import note, traced

__all__ = [
    "DocYear", "ahead", "doc_year", "heading_years", "note", "plan_period", "sentence_period", "table_years", "traced",
]
