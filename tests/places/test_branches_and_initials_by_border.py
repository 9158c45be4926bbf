"""Parts drawn as their whole line and lines drawn at one place, issue 12 items 3 and 4 (classes found
on the eleven tuning splits).

- a branch named after its line (甲乙铁路丙支线, 甲乙高速丁段丙连接线): placed by its own place word,
  drawn from the section it leaves when the name writes one (kind words in
  ``data/language/line_parts.toml``), never along the whole trunk;
- a compact name with an initial several units share, read beside a county: the one unit starting
  with it that borders the county (江 of 江璧 beside 璧山 is 江津), so that the line runs between its
  ends instead of standing at the one end known.

Each class on invented sentences, positives and negatives.
"""

from __future__ import annotations

import pytest
from geocode_helpers import ends as _ends
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import Basis, geocode
from geo.geocode.branches import BRANCH_NOTE, branch_places
from geo.model import EntityType
from geo.places import Context, read_compact

T = EntityType
CHONGQING = ["重庆市交通局"]


# ------------------------------------------------------------ a branch named after its line

@pytest.mark.parametrize(("name", "section", "own"), [
    ("甲乙铁路巫山支线", None, "500237"),                       # the line, then where the branch goes
    ("甲乙高速公路彭水联络线", None, "500243"),
    ("甲乙高速公路武隆段彭水连接线", "500156", "500243"),        # the section it leaves, then where it goes
    ("甲乙高速巫山延伸线工程", None, "500237"),                  # a closing 工程 is no part of the name
])
def test_a_branch_reads_its_own_place_and_its_section(gaz, name: str, section: str | None, own: str) -> None:
    found = branch_places(name, gaz, Context(CHONGQING))
    assert found is not None
    assert (found[0].adcode if found[0] else None) == section and found[1].adcode == own


@pytest.mark.parametrize("name", [
    "甲乙铁路某某支线",            # the word before the branch word is no place
    "甲乙铁路支线",                # no place word at all
    "甲乙高速巫山至巫溪连接线",     # a route (至): read by the line readers
    "甲乙铁路重庆支线",            # a province says no more than the line
    "巫山支线",                    # no line written before it
    "甲乙铁路巫山段",              # a section, no branch
])
def test_what_is_no_branch_named_after_its_line(gaz, name: str) -> None:
    assert branch_places(name, gaz, Context(CHONGQING)) is None


def test_a_branch_is_a_point_at_its_own_place_not_the_trunk(gaz) -> None:
    # 万州 and 达州 would be the trunk's initials: the branch is at 巫山, where it goes
    feature = geocode(_said("万达铁路巫山支线", T.RAILWAY, "万达铁路巫山支线开工建设。"), gaz, context=CHONGQING)
    assert feature.geometry.geom_type == "Point" and _in(gaz, "500237", feature.geometry)
    assert feature.note.startswith(BRANCH_NOTE) and feature.basis is Basis.PLACE


def test_a_branch_from_its_section_is_drawn_between_them(gaz) -> None:
    feature = geocode(_said("甲乙高速公路武隆段彭水连接线", T.HIGHWAY, "甲乙高速公路武隆段彭水连接线建成通车。"),
                      gaz, context=CHONGQING)
    start, end = _ends(feature.geometry)
    assert _in(gaz, "500156", start) and _in(gaz, "500243", end)


def test_a_branch_named_alone_reads_the_line_its_sentence_writes_before_it(gaz) -> None:
    feature = geocode(_said("彭水连接线", T.HIGHWAY, "近日，甲乙高速公路武隆段彭水连接线建成通车。"),
                      gaz, context=CHONGQING)
    start, end = _ends(feature.geometry)
    assert _in(gaz, "500156", start) and _in(gaz, "500243", end)


def test_a_branch_whose_sentence_writes_no_line_before_it_is_left_to_the_other_readings(gaz) -> None:
    feature = geocode(_said("彭水连接线", T.HIGHWAY, "彭水连接线建成通车。"), gaz, context=CHONGQING)
    assert not feature.note.startswith(BRANCH_NOTE)


def test_the_branch_words_are_data() -> None:
    from geo.geocode.branches import LINE_PARTS_PATH
    text = LINE_PARTS_PATH.read_text(encoding="utf-8")
    assert "支线" in text and "高速公路" in text


# ------------------------------------------- an initial several units share, beside a county

@pytest.mark.parametrize(("stem", "context", "adcodes"), [
    ("江璧", CHONGQING, ["500116", "500120"]),          # 江 beside 璧山: 江津 borders it, 江北 does not
    ("彭酉", CHONGQING, ["500243", "500242"]),          # read without the rule too: unchanged
])
def test_an_initial_beside_a_county_is_the_unit_bordering_it(gaz, stem: str, context: list[str],
                                                              adcodes: list[str]) -> None:
    reading = read_compact(stem, gaz, Context(context))
    assert [p.adcode for p in reading.places] == adcodes


@pytest.mark.parametrize(("stem", "context", "char"), [
    ("开万", ["某某日报"], "开"),           # 开州 and 开江 both border 万州: which one is not said
    ("绵峨", ["乐山市交通运输局"], "峨"),    # beside a city (绵阳) nothing borders: a line's end from afar
    # (峨眉山市 lies beyond a county's reach of 绵阳; beside 成都 it is read: test_compact_county_city)
])
def test_an_initial_not_settled_by_a_border_stays_doubtful(gaz, stem: str, context: list[str],
                                                           char: str) -> None:
    reading = read_compact(stem, gaz, Context(context))
    assert not reading.places and char in reading.doubtful


def test_a_compact_line_read_by_a_border_runs_between_its_ends(gaz) -> None:
    feature = geocode(_said("江璧高速", T.HIGHWAY, "江璧高速建成通车。"), gaz, context=CHONGQING)
    start, end = _ends(feature.geometry)
    assert {_in(gaz, "500116", start), _in(gaz, "500120", end)} == {True}
