"""Word lists used by extraction: places, head words, cue words, generic and negative words.

Everything here is plain data: word lists read from ``data/language/`` and patterns built from them. The rules
that use it live in :mod:`geo.extract`. The lists are general to Chinese regional-cooperation policy documents of
Chongqing, Sichuan and Guizhou (issue #3); they name no project, only places, head words and function words.

This ``__init__`` is the package's interface: the rules read every list as ``lx.NAME``
(``from geo.extract import lexicon as lx``), whichever module below keeps it.

* ``sources`` — the lists of ``data/language/name_words.toml`` and how one becomes a pattern
* ``region_words`` — place words of the region and place suffixes; ``PLACES``, ``PLACE_SET``, ``ABBREVIATIONS``,
  ``TOWN_SHORTS`` and ``CORRIDOR_NAMES`` are read on first access (:func:`__getattr__`)
* ``boundaries`` — words that end a name on its left: verbs and function words of the clause
* ``heads`` — the head words a name ends with, by kind (:data:`HEADS`)
* ``head_kinds`` — classes of heads: roles, structures, branches, networks, links
* ``modifiers`` — counts, ranks, scopes, grades and slogans before a head that name no item
* ``generic`` — generic and negative words a name may not be made of, hold or stand before
* ``lists`` — list and count words: numbers, fillers, joiners, shared heads
* ``forms`` — how one item's name is written: sections, codes, works words, written forms
* ``stage_words`` — stage cues and the works words around them (:data:`STAGE_CUES`)
* ``context`` — words presenting an item as existing context

No rule imports a module of the package itself: its names are the package's.
"""

from __future__ import annotations

from geo.extract.lexicon import region_words
from geo.extract.lexicon.boundaries import (
    ALONE_BEFORE_HEAD,
    CAUSATIVE_STOPS,
    CROSSING_VERBS,
    FUNCTION_BEFORE_HEAD,
    FUNCTION_WORDS,
    FUNCTION_WORDS_PATH,
    INCLUSION_WORDS,
    KIND_OBJECT_VERBS,
    LEFT_STOPS,
    PLACE_LINE_ROLES,
    PLACE_ONLY_STOPS,
    QUALITY_WORDS,
    RESULT_COMPLEMENTS,
    RING_ITEM_ROLES,
    ROUTE_END_RE,
    SENTENCE_PRONOUNS,
    SPEED_QUALIFIERS,
    STOP_COMPOUNDS,
    VERB_ADVERBS,
    VERBS,
    VIA_LEADS,
    WEAK_STOPS,
    WORD_SUFFIXES,
)
from geo.extract.lexicon.context import (
    CONTEXT_AFTER,
    CONTEXT_AFTER_REACH,
    CONTEXT_BEFORE,
    CONTEXT_LINK,
    CONTEXT_NEAR,
)
from geo.extract.lexicon.forms import (
    CODE_BYPASS_WORDS,
    CODE_LINE_WORDS,
    COPULA_RE,
    DESCRIPTIVE_WORD_RE,
    LINE_ROLES_BEFORE_XIAN,
    LINE_WORKS,
    POWER_WORKS_NOUNS,
    RAIL_KIND_LEAD_RE,
    RAIL_KIND_LEADS,
    ROAD_FACILITY_WORDS,
    SECTION_JOINERS,
    STRETCH_WORDS,
    WATERWAY_FORM_RE,
    WORKS,
)
from geo.extract.lexicon.generic import (
    BELT_RE,
    BOARD_VERBS,
    GENERIC_WORDS,
    HEAD_INSIDE_WORDS,
    NEGATIVE_AFTER,
    NEGATIVE_AFTER_NOT,
    NEGATIVE_WORDS,
    PERSON_TITLES,
    REGION_PAIR_RE,
    SERVICE_WORDS,
    SITE_COMPANY_WORDS,
    SPEECH_VERBS,
    STAND_AT,
    STATISTIC_AFTER,
    negative_after,
)
from geo.extract.lexicon.head_kinds import (
    BARE_KINDS,
    BRANCH_HEADS,
    CHAIN_HEADS,
    CITY_WORKS_HEADS,
    CORRIDOR_AFTER_RE,
    DESCRIPTORS,
    DISTINCTIVE_HEADS,
    GENERIC_STREET_HEADS,
    INTERCHANGE_HEADS,
    LINE_LIKE,
    LINE_PART_HEADS,
    LINK_HEADS,
    LOGISTICS_ROLE_HEADS,
    LOGISTICS_SITE_MODE_RE,
    MIN_MODIFIER,
    NATIONAL_PARK_HEADS,
    NETWORK_HEADS,
    OWNED_PART_ENDS,
    OWNER_PART_LINKS,
    PART_VERBS,
    PLACE_HEADS,
    PLAN_NETWORKS,
    PLAN_NETWORKS_RE,
    RING_HEADS,
    ROLE_HEADS,
    SERVICE_STOP_HEADS,
    SERVICE_STOP_WORKS_RE,
    STRUCTURE_HEADS,
    TRAIN_SERVICE_RE,
    TRAIN_SITE_HEADS,
    VERB_NAMED_HEADS,
    WIDENING_HEADS,
    plan_network,
)
from geo.extract.lexicon.heads import DIVERSION_HEAD, GRID_LINE_HEAD, HEADS, NEGATIVE_SUFFIX
from geo.extract.lexicon.lists import (
    AREA_HEADS,
    COUNT_NUMBER,
    COUNTED_PLACE_NOT_BEFORE,
    COUNTED_PLACE_NOUNS,
    JOINER_ADVERBS,
    JOINER_VERBS,
    LIST_FILLERS,
    PLACE_SHARED_HEAD_TYPES,
    ROLE_FILLERS,
    SHARED_HEAD_TYPES,
    STANDARD_FILLER_RE,
    TAIL_NEGATIVE,
)
from geo.extract.lexicon.modifiers import (
    ALL_THE_WAY_VERBS,
    COUNT_SLOGAN_RE,
    FIGURE_MARKERS,
    GRADE_LEAD_RE,
    GRADE_RE,
    MACRO_REGIONS,
    NATION_WORDS,
    NEGATIVE_PREFIX,
    PLAN_PERIOD_RE,
    QUANTIFIERS,
    QUOTED_COUNT_SLOGAN_RE,
    RANK_RE,
    REGION_NETWORK_WORDS,
    REGION_WORDS,
    ROAD_FIGURE_HEADS,
    ROAD_VERBS,
    ROLE_WORDS,
    SCOPE_CATEGORY_RE,
    SCOPE_RE,
    SLOGAN_RE,
    SLOGAN_ROAD_RE,
    SLOGAN_ROAD_VERBS,
    VEHICLE_COUNT_RE,
)
from geo.extract.lexicon.region_words import ADMIN_SUFFIX, PLACE_SUFFIX
from geo.extract.lexicon.sources import NAME_WORDS_PATH
from geo.extract.lexicon.stage_words import (
    APPROVAL_GAP,
    BREAKTHROUGH_ADVERBS,
    BREAKTHROUGH_PARTS,
    DONE_NEW_WORKS,
    DONE_WORKS_KINDS,
    FORECAST_LEADS,
    LAUNCHED_STUDIES,
    PHASE_TAILS,
    PLAN_CONTENTS,
    PLANNED_NETWORKS,
    PRE_START_TASK_WORDS,
    PRE_START_TASKS,
    PREDICATE_OPENERS,
    PRELIMINARY_STUDIES,
    PRESENT_PUSH_MANNERS,
    REVIEW_NOT_AFTER,
    REVIEW_WORDS,
    SEEKING_VERBS,
    SITE_CHOICE_NOT_BEFORE,
    SOUGHT_NOT_PROJECT,
    STAGE_CUES,
    START_READINESS,
    SUBJECT_CONNECTIVES,
    TOPIC_OPENERS,
    UNLOADED_TRIAL_LEADS,
    WHOLE_SHARE_WORDS,
    WHOLE_WORKS_NOT_BEFORE,
    WORKS_GOING_ON_WORDS,
    WORKS_PACE_WORDS,
    WORKS_STATUS_NOT_AFTER,
    WORKS_STATUS_NOUNS,
    WORKS_STEP_WORDS,
)

__all__ = [
    "ADMIN_SUFFIX", "ALL_THE_WAY_VERBS", "ALONE_BEFORE_HEAD", "APPROVAL_GAP", "AREA_HEADS", "BARE_KINDS", "BELT_RE",
    "BOARD_VERBS", "BRANCH_HEADS", "BREAKTHROUGH_ADVERBS", "BREAKTHROUGH_PARTS", "CAUSATIVE_STOPS", "CHAIN_HEADS",
    "CITY_WORKS_HEADS", "CODE_BYPASS_WORDS", "CODE_LINE_WORDS", "CONTEXT_AFTER", "CONTEXT_AFTER_REACH",
    "CONTEXT_BEFORE", "CONTEXT_LINK", "CONTEXT_NEAR", "COPULA_RE", "CORRIDOR_AFTER_RE", "COUNTED_PLACE_NOT_BEFORE",
    "COUNTED_PLACE_NOUNS", "COUNT_NUMBER", "COUNT_SLOGAN_RE", "CROSSING_VERBS", "DESCRIPTIVE_WORD_RE",
    "DESCRIPTORS", "DISTINCTIVE_HEADS", "DIVERSION_HEAD", "DONE_NEW_WORKS", "DONE_WORKS_KINDS", "FIGURE_MARKERS",
    "FORECAST_LEADS", "FUNCTION_BEFORE_HEAD", "FUNCTION_WORDS", "FUNCTION_WORDS_PATH", "GENERIC_STREET_HEADS",
    "GENERIC_WORDS", "GRADE_LEAD_RE", "GRADE_RE", "GRID_LINE_HEAD", "HEADS", "HEAD_INSIDE_WORDS", "INCLUSION_WORDS",
    "INTERCHANGE_HEADS", "JOINER_ADVERBS", "JOINER_VERBS", "KIND_OBJECT_VERBS", "LAUNCHED_STUDIES", "LEFT_STOPS",
    "LINE_LIKE", "LINE_PART_HEADS", "LINE_ROLES_BEFORE_XIAN", "LINE_WORKS", "LINK_HEADS", "LIST_FILLERS",
    "LOGISTICS_ROLE_HEADS", "LOGISTICS_SITE_MODE_RE", "MACRO_REGIONS", "MIN_MODIFIER", "NAME_WORDS_PATH",
    "NATIONAL_PARK_HEADS", "NATION_WORDS", "NEGATIVE_AFTER", "NEGATIVE_AFTER_NOT", "NEGATIVE_PREFIX",
    "NEGATIVE_SUFFIX", "NEGATIVE_WORDS", "NETWORK_HEADS", "OWNED_PART_ENDS", "OWNER_PART_LINKS", "PART_VERBS",
    "PERSON_TITLES", "PHASE_TAILS", "PLACE_HEADS", "PLACE_LINE_ROLES", "PLACE_ONLY_STOPS",
    "PLACE_SHARED_HEAD_TYPES", "PLACE_SUFFIX", "PLANNED_NETWORKS", "PLAN_CONTENTS", "PLAN_NETWORKS",
    "PLAN_NETWORKS_RE", "PLAN_PERIOD_RE", "POWER_WORKS_NOUNS", "PREDICATE_OPENERS", "PRELIMINARY_STUDIES",
    "PRESENT_PUSH_MANNERS", "PRE_START_TASK_WORDS", "PRE_START_TASKS", "QUALITY_WORDS", "QUANTIFIERS", "QUOTED_COUNT_SLOGAN_RE",
    "RAIL_KIND_LEADS", "RAIL_KIND_LEAD_RE", "RANK_RE", "REGION_NETWORK_WORDS", "REGION_PAIR_RE", "REGION_WORDS", "RESULT_COMPLEMENTS",
    "REVIEW_NOT_AFTER", "REVIEW_WORDS", "RING_HEADS", "RING_ITEM_ROLES", "ROAD_FACILITY_WORDS", "ROAD_FIGURE_HEADS",
    "ROAD_VERBS", "ROLE_FILLERS", "ROLE_HEADS", "ROLE_WORDS", "ROUTE_END_RE", "SCOPE_CATEGORY_RE", "SCOPE_RE",
    "SECTION_JOINERS", "SEEKING_VERBS", "SENTENCE_PRONOUNS", "SERVICE_STOP_HEADS", "SERVICE_STOP_WORKS_RE",
    "SERVICE_WORDS", "SHARED_HEAD_TYPES", "SITE_CHOICE_NOT_BEFORE", "SITE_COMPANY_WORDS", "SLOGAN_RE",
    "SLOGAN_ROAD_RE", "SLOGAN_ROAD_VERBS", "SOUGHT_NOT_PROJECT", "SPEECH_VERBS", "SPEED_QUALIFIERS", "STAGE_CUES", "STANDARD_FILLER_RE",
    "STAND_AT", "START_READINESS", "STATISTIC_AFTER", "STOP_COMPOUNDS", "STRETCH_WORDS", "STRUCTURE_HEADS",
    "SUBJECT_CONNECTIVES", "TAIL_NEGATIVE", "TOPIC_OPENERS", "TRAIN_SERVICE_RE", "TRAIN_SITE_HEADS",
    "UNLOADED_TRIAL_LEADS", "VEHICLE_COUNT_RE", "VERBS", "VERB_ADVERBS", "VERB_NAMED_HEADS", "VIA_LEADS",
    "WATERWAY_FORM_RE", "WEAK_STOPS", "WHOLE_SHARE_WORDS", "WHOLE_WORKS_NOT_BEFORE", "WIDENING_HEADS",
    "WORD_SUFFIXES", "WORKS", "WORKS_GOING_ON_WORDS", "WORKS_PACE_WORDS", "WORKS_STATUS_NOT_AFTER",
    "WORKS_STATUS_NOUNS", "WORKS_STEP_WORDS", "negative_after", "plan_network",
]


def __getattr__(name: str) -> object:
    """Return one of the region's place words (:data:`region_words.LAZY_NAMES`), read on first access."""
    if name not in region_words.LAZY_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value = getattr(region_words, name)
    return value
