"""Geocoding: entities → features (a geometry, its precision and how it was derived).

Public interface: :func:`geocode` (one entity) and :func:`geocode_all` (a
corpus, lines redrawn from their sections by :func:`by_sections`), the document contexts they read
(:func:`source_context`, :func:`document_context`, :func:`joint_context`) and
the :class:`Feature` record (:func:`unlocated` for an entity not placed) with its :class:`Basis` (what placed it; its note
says the same in words, for people, and is never read by code).
"""

from geo.geocode.document_units import document_context, joint_context, source_context
from geo.geocode.feature import Basis, Feature, unlocated
from geo.geocode.locate import by_sections, geocode, geocode_all

__all__ = [
    "Basis", "Feature", "by_sections", "document_context", "geocode", "geocode_all", "joint_context", "source_context",
    "unlocated",
]
