"""Stages: what a mention's clause and the text around it say of the item's stage.

``clause_stage`` runs the stage rules in order, specific cues first (asked by :mod:`geo.extract.clauses`,
which reads a whole mention above this package): the clause's frame (``clause_frames``), the item's own cues
(``item_cues``, ``cued_stage``), the item's list and the clause introducing it (``item_lists``, ``list_intros``), an approval still about the item (``approvals``),
existing infrastructure named as context (``existing``, ``captions``, ``in_service``), and the stage carried
across clauses and sentences (``carried_stage``, ``later_clauses``, ``references``, ``headlines``, ``line_stations``,
``milestone_ahead``, ``wholes``). The vocabulary: ``cues`` (stage words of news and reports, listed by topic in
the ``*_cues`` modules and built of ``cue_parts``), the words around an item that overrule or replace a cue (``status_marks``,
``route_relations``, ``use_signs``, ``existing_traits``, ``frame_words``, ``list_headings``); ``spans``
cuts a document's sentences and clauses. It imports nothing of
:mod:`geo.extract.years`, which builds on it; both read the milestone and year words of the shared base
(``year_words``).

Its modules (each says more in its own docstring; they are imported one by one, this ``__init__``
imports nothing):

* ``approvals`` — Read whether an approval cue after an item is still about it (:func:`far_approval`).
* ``captions`` — Read whether an item is pictured by a photo caption: the whole caption, or in a caption's
  sentence.
* ``carried_stage`` — Read the stage carried to an item whose own clause gives none, from elsewhere in its
  sentence or document (:func:`carried_stage`).
* ``clause_frames`` — Read the frame a clause sets an item in before its stage cues are read (:func:`framed_stage`).
* ``clause_stage`` — Read the stage an item's governing clause gives it (:func:`read_stage`); specific cues
  win.
* ``cue_parts`` — The pieces the stage cues are built of: a clause's reach, the words denying a milestone, the contexts
  a cue is not read in.
* ``cued_stage`` — Read the stage the item's own clause gives it by its cues: a plan's inclusion, its own works,
  its leading and trailing cues and its list's introduction (:func:`cued_stage`).
* ``cues`` — Stage vocabulary of news reports and work reports, on top of the plan cues of the lexicon.
* ``existing`` — Read whether an item's clause presents it as existing infrastructure (:func:`is_context`,
  issue #11).
* ``existing_traits`` — How an item is described as there already: its role, rank, problems, a whole or an
  inventory it belongs to; what is no work of its own (a zone, an area locating another item).
* ``frame_words`` — Words setting the frame of an item's clause: the future, a plan, a condition, a motion or
  request, a venue, an inspection, a clause referring back.
* ``headlines`` — Read the stage a news report's headline or a run-in heading gives the items under it.
* ``in_service`` — Whether a line named as context was not yet open at the document's date (issue 11 item 2).
* ``item_cues`` — Read which cues of an item's clause are the item's: those leading it and those trailing it or
  its list (:func:`item_cues`).
* ``item_lists`` — Read the list an item stands in: where it starts and ends, and what may join its items.
* ``later_clauses`` — Read what the later clauses of an item's sentence say of it when its own clause names no
  stage.
* ``line_stations`` — Read the stations a line sets ("设A、B、C9座车站") and the stage they take from the line
  (issue #11 item 2).
* ``list_headings`` — The headings and labels of list documents that give their items a stage
  (:func:`heading`, :func:`labelled_list`, :func:`title_kind`), and a headline of a batch.
* ``list_intros`` — Read the clause that introduces or counts the projects an item's list names.
* ``milestone_ahead`` — Tell an item whose own completion its sentence puts ahead of now ("X通车后将…", "建成后的X").
* ``pace_cues`` — Stage cues of works going on told by a verb of progress or pace, or by a milestone still ahead; the
  generic verbs.
* ``plan_cues`` — Stage cues of an item planned only: a plan's mention or list, an intent, a reserve, works left to a
  moment to be chosen.
* ``preparation_cues`` — Stage cues of the preparation before a start: studies, designs, approvals and reviews,
  permits, surveys, tenders.
* ``references`` — Read a clause or sentence after an item that refers back to it (该项目, 此工程, 项目, 它).
* ``route_relations`` — The lines and places a route or a new line relates to: what it starts at, joins,
  crosses, passes or is linked through.
* ``service_cues`` — Stage cues of an item done or in service: told in the past, by its first use, its working and
  traffic; its upgrade.
* ``spans`` — Sentences, clauses, cues and neighbours of a mention in a document's work text, memoised per
  document.
* ``stage_columns`` — Read a table's stage column: the kind of works a project list writes in the cell after the
  project's name.
* ``status_cues`` — Stage cues naming an item's status outright: a table's stage cell, the phase the works are in, a
  list's kind, a milestone denied.
* ``status_marks`` — A status written on the item itself: a word right before it or its list, a note in a
  bracket after it, a status glued to the next item.
* ``unstaged_cues`` — Cues that say nothing of an item's stage: a milestone as a condition or a goal of service, a
  purpose, a designation.
* ``use_signs`` — Signs that an item is used now: services, vehicles and shipments, traffic, visits, water
  drawn or moved.
* ``wholes`` — A line named only as the opening of its section's name, where the section opens ("A高铁B段建成通车"),
  and the parts a line so named names.
* ``works_cues`` — Stage cues of works told by their site: a part built or a step taken, the share done, the closing
  stage, works resumed.
"""
