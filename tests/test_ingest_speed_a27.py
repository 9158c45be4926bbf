"""The memoised forms of the twenty-seventh session (issue 16 item 5) answer as the plain forms.

What the region's tables give (:func:`geo.places.region.reach_provinces`,
:func:`geo.places.region.fixed_abbreviations`, the table's defaults of :mod:`geo.places.compact`) is
kept once made, as :func:`geo.places.region.region` is; :func:`geo.places.records.short_name` and
:func:`geo.places.names.facility_name` are kept per name. Each is checked against a plain computation,
on invented names, negatives included (a name without a suffix, a suffix that leaves one character).
"""

from __future__ import annotations

import pytest

from geo.places import compact, region
from geo.places.names import facility_name
from geo.places.records import short_name


def test_region_answers_are_the_plain_readings_of_the_tables() -> None:
    reg = region.region()
    assert region.reach_provinces() == tuple(dict.fromkeys((*reg.region_provinces, *reg.town_provinces)))
    assert region.fixed_abbreviations() == frozenset(a.char for a in reg.abbreviations if a.fixed)
    assert compact._table_defaults() == frozenset(a.char for a in reg.abbreviations if a.unit)
    # kept once made: the same object each time (an immutable one, so no caller can change it)
    assert region.reach_provinces() is region.reach_provinces()
    assert isinstance(region.fixed_abbreviations(), frozenset)


@pytest.mark.parametrize(("name", "short"), [
    ("甲乙区", "甲乙"),
    ("甲乙丙县", "甲乙丙"),
    ("甲乙省", "甲乙"),
    ("甲乙土家族苗族自治县", "甲乙"),
    ("甲乙自治州", "甲乙"),
    ("甲县", "甲县"),  # negative: the stem would be one character, the name stays whole
    ("甲乙", "甲乙"),  # negative: no suffix
    ("甲乙丙镇", "甲乙丙"),
])
def test_short_name_kept_per_name_answers_as_before(name: str, short: str) -> None:
    assert short_name(name) == short
    assert short_name(name) == short  # asked again: the kept answer
    assert short_name.__wrapped__(name) == short  # the plain function


@pytest.mark.parametrize(("name", "facility"), [
    ("甲港(二期)工程", "甲港"),
    ("甲乙物流园项目", "甲乙物流园"),
    ("甲乙水库", "甲乙水库"),  # negative: nothing to take off
    ("甲乙工程学院", "甲乙工程学院"),  # negative: 工程 not at the end
])
def test_facility_name_kept_per_name_answers_as_before(name: str, facility: str) -> None:
    assert facility_name(name) == facility
    assert facility_name(name) == facility
    assert facility_name.__wrapped__(name) == facility
