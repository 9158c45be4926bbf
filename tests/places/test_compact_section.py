"""A direction ending a compact stem of a local line is its section, not a third initial (issue 12 item 2, part e30).

Invented stems of two county-level initials of one far prefecture and a direction (甲乙北: the north part of 甲乙):
the direction read as an initial would be a city a province away or doubtful; a stem whose direction is a near
neighbour of the initials before it keeps it as an initial.
"""

from __future__ import annotations

import pytest

from geo.places import Context, Gazetteer, read_compact

ENSHI = Context(["恩施土家族苗族自治州"])


def _names(stem: str, gaz: Gazetteer, context: Context) -> list[str]:
    return [p.name for p in read_compact(stem, gaz, context).places]


@pytest.mark.parametrize("stem", ["建恩北", "建恩南", "建恩东"])
def test_a_direction_after_a_local_pair_is_its_section(gaz: Gazetteer, stem: str) -> None:
    assert _names(stem, gaz, ENSHI) == _names(stem[:2], gaz, ENSHI) == ["建始县", "恩施土家族苗族自治州"]


def test_a_direction_read_as_a_near_neighbour_stays_an_initial(gaz: Gazetteer) -> None:
    # 南 beside 巴中 is 南充, a neighbour: a line of three cities, no section
    assert _names("达巴南", gaz, Context([])) == ["达州市", "巴中市", "南充市"]


def test_a_direction_after_a_doubtful_pair_leaves_it_doubtful(gaz: Gazetteer) -> None:
    # 宜万: 宜昌 or 宜宾, not read; its section reads no better
    reading = read_compact("宜万北", gaz, Context([]))
    assert reading.places == [] and reading.doubtful
