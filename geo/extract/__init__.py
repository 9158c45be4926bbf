"""Extraction: a document's cleaned text → the infrastructure projects it names.

Public interface: :func:`extract` (entities of one document, with their
mentions, stages, years and lead units) and :func:`link` (one entity per
project across documents). The modules inside are the rules: names are found by
``candidates`` (walks the heads) with ``head_names`` (the candidates of one head),
``leads`` (a name's left boundary), ``modifiers`` (the text before a head), ``lists``
(lists sharing one head) and ``nonitems`` (names that are not items), plus ``finders``,
``names``, ``sites``, ``patterns``; a mention's stage is read by
``clauses`` (the mention) with ``clause_stage`` (the ordered stage steps), ``clause_frames``,
``item_lists``, ``list_intros``, ``approvals``, ``existing``, ``captions`` and the passes across
clauses and sentences (``later_clauses``, ``references``, ``headlines``, ``line_stations``); the years of a mention (the ``years``
package: its ``__init__`` maps its modules); the word lists (``lexicon``) and the linking of names
(``linking``).
"""

from geo.extract.candidates import find_candidates
from geo.extract.entities import extract, link, work_text
from geo.extract.learned import Model, document_features, entity_features
from geo.extract.names import places_of
from geo.extract.patterns import HEAD_RE

__all__ = [
    "HEAD_RE", "Model", "document_features", "entity_features", "extract", "find_candidates", "link", "places_of",
    "work_text",
]
