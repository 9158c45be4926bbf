"""A county-level 特区 is written by its stem, as a 区 or 县 is (issue 12).

贵州 keeps county-level units named 特区; a document writes such a unit by its stem (甲乙特区 → 甲乙)
in a line's name ("甲乙至丙丁高速公路"). Its short form was the stem plus 特, so the stem read a
town of that name instead of the unit. The units are generated from the gazetteer, not listed.
"""

from __future__ import annotations

import pytest

from geo.places import Level, distance_m, short_name


@pytest.mark.parametrize(("name", "short"), [
    ("甲乙特区", "甲乙"),
    ("甲乙丙特区", "甲乙丙"),
    # negatives: other suffixes as before
    ("香港特别行政区", "香港"),
    ("甲乙区", "甲乙"),
    ("甲特区", "甲特"),            # a one-character stem is no short form: the plain 区 is cut
    ("甲乙新区", "甲乙新"),
])
def test_short_name(name: str, short: str) -> None:
    assert short_name(name) == short


def test_every_special_district_is_found_by_its_stem(gaz) -> None:
    rows = gaz.districts[gaz.districts["name"].str.endswith("特区")]
    specials = [p for code in sorted(rows["adcode"]) if (p := gaz.index.unit(code)) is not None
                and p.level is Level.DISTRICT]
    assert specials, "the gazetteer has county-level 特区"
    for unit in specials:
        stem = unit.name[: -len("特区")]
        found = [p for p in gaz.lookup(stem) if p.level is Level.DISTRICT]
        assert [p.adcode for p in found] == [unit.adcode]
        assert distance_m(found[0].point, unit.point) < 1_000  # the unit's own seat, in metres
