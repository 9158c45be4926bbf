"""Geocoding: entities → features (a geometry, its precision and how it was derived).

Public interface: :func:`geocode` (one entity) and :func:`geocode_all` (a
corpus, lines redrawn from their sections), the document contexts they read
(:func:`source_context`, :func:`document_context`, :func:`joint_context`) and
the :class:`Feature` record with the notes that say how each point was placed.
"""

from geo.geocode.feature import Feature
from geo.geocode.points import (
    AREA_NOTE,
    CLAUSE_NOTE,
    HEADING_NOTE,
    ISSUER_NOTE,
    QUALIFIER_NOTE,
    document_context,
    geocode,
    geocode_all,
    joint_context,
    source_context,
)

__all__ = [
    "AREA_NOTE", "CLAUSE_NOTE", "Feature", "HEADING_NOTE", "ISSUER_NOTE", "QUALIFIER_NOTE",
    "document_context", "geocode", "geocode_all", "joint_context", "source_context",
]
