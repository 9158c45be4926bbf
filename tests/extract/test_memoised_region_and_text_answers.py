"""The memoised and cheaper forms (issue 16 item 5) answer as the plain forms.

What the region's tables give (:func:`geo.places.region.reach_provinces`,
:func:`geo.places.region.fixed_abbreviations`, the table's defaults of :mod:`geo.places.compact`) is
kept once made, as :func:`geo.places.region.region` is; :func:`geo.places.records.short_name` is kept
per name. Each is checked against a plain computation,
on invented names, negatives included (a name without a suffix, a suffix that leaves one character).
The empty years are one shared record; the sentence and clause of the text last read are kept with it;
a name is read as a branch of its line only when it ends with a branch word (the pattern's own end).
"""

from __future__ import annotations

import pytest

from geo.extract.stages import spans
from geo.extract.year_words import NO_YEARS, Years
from geo.extract.years.milestones import milestone_years
from geo.geocode import branches
from geo.geocode.branches import branch_places
from geo.places import Context, compact, region
from geo.places.line_words import facility_name
from geo.places.records import short_name


def test_region_answers_are_the_plain_readings_of_the_tables() -> None:
    reg = region.region()
    assert region.reach_provinces() == tuple(dict.fromkeys((*reg.region_provinces, *reg.town_provinces)))
    assert region.fixed_abbreviations() == frozenset(a.char for a in reg.abbreviations if a.fixed)
    assert compact.table_defaults() == frozenset(a.char for a in reg.abbreviations if a.unit)
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


# ------------------------------------------------------------ the empty years record

def test_the_empty_years_are_one_record_equal_to_a_fresh_one() -> None:
    assert NO_YEARS == Years() and NO_YEARS.target is None and not NO_YEARS.unread
    text = "推进甲乙高速建设,完善配套设施。"  # no year and milestone: the shared empty record
    assert milestone_years(text, 0, len(text), 2024) is NO_YEARS
    text = "甲乙高速力争2026年建成通车。"  # negative: a year and its milestone make a record of their own
    found = milestone_years(text, 0, len(text), 2024)
    assert found is not NO_YEARS and found.target == 2026


# ------------------------------------------------------------ the sentence and clause of the text last read

def test_sentence_and_clause_follow_the_text_asked_about() -> None:
    first = "甲乙高速开工,丙丁铁路建成。戊己港投用"
    second = "庚辛大桥合龙。壬癸隧道贯通,子丑水库蓄水"
    assert spans.sentence(first, 7, 11) == (0, 14) and spans.clause(first, 7, 11) == (7, 13)
    assert spans.sentence(second, 7, 11) == (7, len(second)) and spans.clause(second, 7, 11) == (7, 13)
    # an equal text that is another object, and back to the first: the same answers
    again = "".join(list(first))
    assert spans.sentence(again, 14, 17) == (14, len(first)) and spans.clause(first, 0, 4) == (0, 6)


# ------------------------------------------------------------ a branch's name ends with a branch word

@pytest.mark.parametrize(("name", "kept"), [
    ("甲乙铁路巫山支线", True),
    ("甲乙高速巫山延伸线工程", True),    # the closing 工程 is no part of the facility's name
    ("甲乙高速公路巫山段", False),       # negative: a section, no branch word at its end
    ("甲乙铁路巫山支线站", False),       # negative: the branch word inside, not at the end
])
def test_only_a_name_ending_with_a_branch_word_is_read_as_a_branch(gaz, name: str, kept: bool) -> None:
    found = branch_places(name, gaz, Context(["重庆市交通局"]))
    assert (found is not None) is kept
    assert (branches.branch_pattern().match(facility_name(name)) is not None) is kept  # the pattern agrees
