"""Typed records passed between the stages: document → text → entities → features → stored projects.

One module per kind of record, re-exported here (import from ``geo.model``):

* :mod:`geo.model.kinds`: entity types, stages, precisions, sources, review states, name keys;
* :mod:`geo.model.text`: a document, its text, and the entities it names with their mentions;
* :mod:`geo.model.register`: the register fields officials manage a project by;
* :mod:`geo.model.project`: a stored project with its evidence, events and people's decisions;
* :mod:`geo.model.values`: stored and exported values read back (dates, years, periods).
"""

from __future__ import annotations

from geo.model.kinds import (
    CORE_TYPES,
    HIDDEN_STATES,
    LINE_TYPES,
    PERSON_NOTE,
    STAGE_ORDER,
    EntityType,
    EventSource,
    GeometrySource,
    Precision,
    RejectReason,
    ReviewState,
    Stage,
    entity_id,
    name_key,
)
from geo.model.project import (
    Decision,
    DocumentInfo,
    Evidence,
    Project,
    StatusEvent,
    latest_stage,
    latest_target_year,
)
from geo.model.register import (
    REGISTER_AMOUNTS,
    REGISTER_KEYS,
    REGISTER_SHOWN,
    Register,
    amount_text,
    decimal_or_none,
    stated_register,
)
from geo.model.text import (
    PROGRESS_RANK,
    STAGE_BASES,
    STAGE_STEPS,
    YEAR_BASES,
    YEAR_SOURCES,
    DocumentMeta,
    Entity,
    Mention,
    SourceText,
    current_stage,
    five_year_plan,
    governing_first,
    latest_period,
    latest_start_year,
)
from geo.model.values import (
    date_or_none,
    int_or_none,
    iso_or_none,
    period_or_none,
)

__all__ = [
    "AREAS",
    "CORE_TYPES",
    "Decision",
    "DocumentInfo",
    "DocumentMeta",
    "Entity",
    "EntityType",
    "EventSource",
    "Evidence",
    "GeometrySource",
    "HIDDEN_STATES",
    "LINE_TYPES",
    "Mention",
    "PERSON_NOTE",
    "PROGRESS_RANK",
    "Precision",
    "Project",
    "REGISTER_AMOUNTS",
    "REGISTER_KEYS",
    "REGISTER_SHOWN",
    "Register",
    "RejectReason",
    "ReviewState",
    "STAGE_BASES",
    "STAGE_STEPS",
    "STAGE_ORDER",
    "SourceText",
    "Stage",
    "StatusEvent",
    "YEAR_BASES",
    "YEAR_SOURCES",
    "five_year_plan",
    "amount_text",
    "current_stage",
    "date_or_none",
    "decimal_or_none",
    "entity_id",
    "governing_first",
    "int_or_none",
    "iso_or_none",
    "latest_period",
    "latest_stage",
    "latest_start_year",
    "latest_target_year",
    "name_key",
    "period_or_none",
    "stated_register",
]

#: The focus areas' names in display order, read from the region data on first access
#: (``geo.places.region.area_names``; see :func:`__getattr__`).
AREAS: tuple[str, ...]


def __getattr__(name: str) -> object:
    """Return ``AREAS`` from the region data on first access (no I/O at import time)."""
    if name != "AREAS":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Imported here: geo.places imports this module.
    from geo.places import region

    globals()["AREAS"] = region.area_names()
    return globals()["AREAS"]
