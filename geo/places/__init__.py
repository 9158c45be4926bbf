"""Places: the offline gazetteer (boundaries, towns, sites, corridors) and reading places in text.

Public interface: :func:`load` / :func:`build` / :func:`is_built` of the
gazetteer, its records (:class:`Gazetteer`, :class:`Place`, :class:`Corridor`,
:class:`Level`, :func:`is_prefecture`), name forms (:func:`short_name`), the readers of places in
names and sentences (a place string resolved in a document's context: ``resolving``; the places a
line's name runs through: ``names``, its ends: ``line_ends``, its section: ``line_sections``, the words
of a name that are no place: ``line_words``; places written inside a name: ``scan``; a clause's finest
place: ``context``; villages a document locates: ``localities``; borders at a line's end or between
two units: ``borders``), the unit or town a document is about (``subject``), WGS-84 ↔ GCJ-02
conversion (``coords``), measures in metres (``metric``) and the basemap rivers (``rivers``).
"""

from geo.places.borders import between_units, border_shape, border_stem, noted_edge
from geo.places.compact import CompactReading, province_part, read_compact
from geo.places.compact_chars import LEVEL_ORDER, rival_readings
from geo.places.context import clause_place, heading_place, list_head_place, zone_towns
from geo.places.coords import geometry_to_gcj
from geo.places.gazetteer import Gazetteer, build, is_built, load, read_curated, town_short_forms
from geo.places.glue import locality_of, verb_head
from geo.places.line_ends import UNIT_ENDS
from geo.places.line_sections import province_section, section_places, unmarked_section, waypoint
from geo.places.line_words import BRACKETS, LINE_SPLIT, ROAD_NUMBER, facility_name
from geo.places.localities import (
    document_localities,
    merge_localities,
    name_localities,
    qualified_town,
)
from geo.places.metric import buffer_m, distance_m, gap_m, length_m, to_utm, within_m
from geo.places.names import compact_doubt, name_places, spelled_out
from geo.places.records import (
    CURATED_DIR,
    TOWN_COUNTY,
    Corridor,
    Level,
    Place,
    is_prefecture,
    line_facility,
    short_name,
    unit_prefix,
)
from geo.places.region import (
    FocusArea,
    MunicipalTerm,
    area_by_slug,
    focus_areas,
    municipal_terms,
    reach_provinces,
)
from geo.places.resolving import Context, resolve, resolve_all
from geo.places.routes import (
    connected_places,
    following_route,
    joined_at,
    route_places,
    route_units,
    route_words,
    spanned_units,
)
from geo.places.scan import (
    bare_towns,
    named_counties,
    river_word,
    scan_places,
    site_units,
    sites_in_name,
)
from geo.places.subject import far_units, subject_town, subject_unit
from geo.places.text_named import NEAR_NAMED_M
from geo.places.words import (
    common_word,
    counted_word,
    street_word,
)

__all__ = [
    "FocusArea", "MunicipalTerm", "area_by_slug", "focus_areas", "locality_of", "municipal_terms", "reach_provinces",
    "BRACKETS", "CURATED_DIR", "CompactReading", "Context", "Corridor", "Gazetteer", "LEVEL_ORDER", "LINE_SPLIT", "Level", "NEAR_NAMED_M",
    "Place", "ROAD_NUMBER", "TOWN_COUNTY", "UNIT_ENDS", "bare_towns", "between_units", "border_shape", "border_stem", "buffer_m", "build", "clause_place", "common_word", "compact_doubt", "connected_places", "counted_word", "distance_m", "document_localities", "facility_name", "far_units", "following_route", "gap_m",
    "geometry_to_gcj", "heading_place", "is_built", "is_prefecture", "joined_at", "length_m", "line_facility", "list_head_place", "load", "merge_localities",
    "name_localities", "name_places", "named_counties", "noted_edge", "province_part", "province_section", "qualified_town", "read_compact", "read_curated", "rival_readings", "resolve", "resolve_all", "river_word", "route_places", "route_units", "route_words",
    "scan_places", "section_places", "short_name", "site_units", "sites_in_name", "spanned_units", "spelled_out", "street_word", "subject_town", "subject_unit", "to_utm", "town_short_forms", "unmarked_section", "unit_prefix", "verb_head", "waypoint", "within_m", "zone_towns",
]
