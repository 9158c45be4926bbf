"""How a project's name may be written: the keys and short forms linking compares.

Gathered from the modules that derive them, for callers that import them from here:

* :mod:`.name_keys` — :func:`variant_key` folds spelling variants of one name (高速公路 / 高速, a road's code before its
  name, 国道210 / 210国道, a route's ends with or without their province or 区/县); :func:`bare_code` reads a road's
  code written with a road word after it; :func:`place_split` the places opening a name.
* :mod:`.route_ends` — how a route's ends are written: :func:`route_form` (到, dashes and 经 read as 至, an inner note
  dropped), :func:`initials_form` (notes spelling out a line's initials dropped), :func:`two_ends`,
  :func:`swapped_ends`, :func:`without_via`, :func:`line_ends` and :func:`drop_section` (a line's ends, head and
  section), the heads of a line's name (:data:`LINE_HEAD_RE`, :data:`LINE_WORD_RE`).
* :mod:`.line_forms` — the abbreviations a railway or highway is written as: :func:`short_forms` and :func:`line_key`
  (渝昆 for 重庆至昆明), :func:`section_forms` (a section by its ends in full and in short, :data:`SECTION_END_RE`),
  :func:`abbreviation_lead` (the place abbreviations opening a line's name).
* :mod:`.site_forms` — a site's key without its kind words: :func:`site_kind_key`, :func:`station_line`.

Used by :mod:`geo.extract.linking.link` and its passes, and by the extraction's own tests of one name against another.
"""

from __future__ import annotations

from geo.extract.linking.line_forms import (
    SECTION_END_RE,
    abbreviation_lead,
    line_key,
    section_forms,
    short_forms,
)
from geo.extract.linking.name_keys import bare_code, place_split, variant_key
from geo.extract.linking.route_ends import (
    LINE_HEAD_RE,
    LINE_WORD_RE,
    drop_section,
    initials_form,
    line_ends,
    route_form,
    swapped_ends,
    two_ends,
    without_via,
)
from geo.extract.linking.site_forms import site_kind_key, station_line

__all__ = [
    "LINE_HEAD_RE",
    "LINE_WORD_RE",
    "SECTION_END_RE",
    "abbreviation_lead",
    "bare_code",
    "drop_section",
    "initials_form",
    "line_ends",
    "line_key",
    "place_split",
    "route_form",
    "section_forms",
    "short_forms",
    "site_kind_key",
    "station_line",
    "swapped_ends",
    "two_ends",
    "variant_key",
    "without_via",
]
