"""Extraction: a document's cleaned text → the infrastructure projects it names.

Public interface: :func:`extract` (entities of one document, with their mentions, stages, years and
lead units) and :func:`link` (one entity per project across documents). The rules inside are grouped
in sub-packages by the decision they make; each one's ``__init__`` maps its modules:

* ``names/`` — Names: which spans of a document's work text name an infrastructure item.
* ``stages/`` — Stages: what a mention's clause and the text around it say of the item's stage.
* ``linking/`` — Linking: one entity per project across documents.
* ``years/`` — Where a mention's years come from: target year, start year, their basis, and the document's
  plan period.

and, at the top:

* ``boundary`` — a learned name-boundary model (a character CRF)
* ``clauses`` — the chain: one mention read whole (its evidence, stage, years and lead unit), above
  ``stages/`` and ``years/``
* ``doc_stages`` — the chain: a document's own word on its items' stages and years, weighed over a frame's
  guess
* ``entities`` — the chain: a document's text → its entities (``extract``), and ``link``
* ``learned`` — a learned filter on the rule candidates
* ``lexicon/`` — the shared base: word lists, one module per kind of word (its ``__init__`` maps them)
* ``patterns`` — the shared base: compiled patterns and the candidate record
* ``register`` — the register fields a document states for one project
* ``stage_model`` — a learned stage for items the rules leave unspecified
* ``year_words`` — the shared base: the milestone and year vocabulary and the ``Years`` record
"""

from geo.extract.entities import extract, link, work_text
from geo.extract.learned import Model, document_features, entity_features
from geo.extract.names.candidates import find_candidates
from geo.extract.names.judge import places_of
from geo.extract.patterns import HEAD_RE

__all__ = [
    "HEAD_RE", "Model", "document_features", "entity_features", "extract", "find_candidates", "link", "places_of",
    "work_text",
]
