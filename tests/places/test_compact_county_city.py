"""A county-level city's short form among counties alike near (issue 12 item 2).

Two counties starting with a line's initial lie alike near the place read beside it (峨: 峨眉山市 and 峨边县;
会: 会理市 and 会东县): the county-level city (…市) is the usual short form, one level down from a city over
its counties, when it lies within ``OUTER_COUNTY_M`` of its neighbours. The stems are invented line names
over real places, read on the real gazetteer. Negatives: no county-level city among the alike readings, and
one far from its neighbour, stay doubtful and are listed for review, never guessed.
"""

from __future__ import annotations

import pytest

from geo.places import Gazetteer, read_compact


@pytest.mark.parametrize(
    ("stem", "places"),
    [
        ("眉峨", ["眉山市", "峨眉山市"]),  # 峨边 about as near 眉山: the county-level city is the reading
        ("峨雅", ["峨眉山市", "雅安市"]),
        ("攀会", ["攀枝花市", "会理市"]),  # 会东 about as near 攀枝花
        ("会攀", ["会理市", "攀枝花市"]),
    ],
)
def test_the_county_level_city_is_read_among_counties_alike_near(gaz: Gazetteer, stem: str,
                                                                 places: list[str]) -> None:
    assert [p.name for p in read_compact(stem, gaz, []).places] == places


@pytest.mark.parametrize(
    ("stem", "char"),
    [
        ("万开", "开"),  # 开州区 and 开江县 alike near 万州: no county-level city, doubtful
        ("渝峨", "峨"),  # beside the municipality's seat 峨眉山 lies beyond a county's reach: doubtful
    ],
)
def test_no_county_level_city_near_leaves_the_character_listed(gaz: Gazetteer, stem: str, char: str) -> None:
    reading = read_compact(stem, gaz, [])
    assert reading.places == []
    assert char in reading.doubtful and len(reading.doubtful[char]) >= 2
    assert char in reading.review_note()
