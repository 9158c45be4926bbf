"""兴 read as 兴义 in compact line names, and a one-character section end beside a city written in full (issue 12).

The region's table gives 兴 the default 兴义 (黔西南), whose rival city is 兴安盟: read by the rival rule, 兴 is
兴义 beside a place of the south-west and stays doubtful where neither city is clearly nearer. A single
character ending a section beside a place written in full (甲市至兴段) whose rival cities are all doubtful is
the county clearly nearest that place, within ``SHORT_END_M``; never inside a compact stem, where its
neighbour is itself read by an initial. The stems and ends are real geography, not the documents' lines.
"""

from __future__ import annotations

import pytest

from geo.places import Gazetteer, distance_m, read_compact, resolve
from geo.places.compact_chars import SHORT_END_M


@pytest.mark.parametrize(
    ("stem", "places"),
    [
        ("兴贵", ["兴义市", "贵阳市"]),  # 兴义–贵阳
        ("兴昆", ["兴义市", "昆明市"]),  # 兴义–昆明
        ("兴六", ["兴义市", "六盘水市"]),  # 兴义–六盘水
    ],
)
def test_xing_in_a_compact_stem_is_xingyi(gaz: Gazetteer, stem: str, places: list[str]) -> None:
    assert [p.name for p in read_compact(stem, gaz, []).places] == places


@pytest.mark.parametrize(
    "stem",
    [
        "兴泉",  # 兴国–泉州: beside 泉州 neither 兴义 nor 兴安盟 is clearly nearer
        "京广",  # 广 beside 京 (read as a county by its initial): no county nearest it is taken
    ],
)
def test_a_rival_character_stays_doubtful_in_a_stem(gaz: Gazetteer, stem: str) -> None:
    assert read_compact(stem, gaz, []).places == []


@pytest.mark.parametrize(
    ("char", "beside", "place"),
    [
        ("兴", "咸阳", "兴平市"),  # 咸阳至兴段: the county ~25 km off, not 兴义 nor 兴安盟
        ("兴", "贵阳", "兴义市"),  # beside 贵阳 the rival rule already reads 兴义
    ],
)
def test_a_section_end_by_one_character_is_the_clearly_nearest(gaz: Gazetteer, char: str, beside: str,
                                                               place: str) -> None:
    near = gaz.lookup(beside)[0].point
    found = resolve(char, gaz, [], near=near)
    assert found is not None and found.name == place


def test_the_nearest_county_lies_within_the_short_end_reach(gaz: Gazetteer) -> None:
    near = gaz.lookup("咸阳")[0].point
    found = resolve("兴", gaz, [], near=near)
    assert found is not None and distance_m(found.point, near) <= SHORT_END_M


@pytest.mark.parametrize(
    ("char", "beside"),
    [
        ("广", "郑州"),  # 广水 is clearly the nearest, but ~270 km off: no short section end
        ("宜", "万州"),  # 宜昌 and 宜宾 alike near: doubtful
    ],
)
def test_a_far_or_doubtful_section_end_stays_unread(gaz: Gazetteer, char: str, beside: str) -> None:
    assert resolve(char, gaz, [], near=gaz.lookup(beside)[0].point) is None
