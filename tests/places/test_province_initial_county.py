"""A province's fixed 简称 that is also a county's initial, read by the places beside it (issue 12).

黔 is 贵州 beside another province's 简称 (a line between provinces), but beside a county or city read
by its initial it is the one county of the region starting with it outside 贵州 (黔江) when that is
clearly nearer than the province's seat. The stems are real geography, not the documents' lines.
"""

from __future__ import annotations

import pytest

from geo.places import Gazetteer, read_compact


@pytest.mark.parametrize(
    ("stem", "places"),
    [
        ("涪黔", ["涪陵区", "黔江区"]),  # 涪陵–黔江
        ("黔万", ["黔江区", "万州区"]),  # 黔江–万州
        ("秀黔", ["秀山土家族苗族自治县", "黔江区"]),  # 秀山–黔江
    ],
)
def test_province_initial_beside_a_county_is_the_county(gaz: Gazetteer, stem: str, places: list[str]) -> None:
    assert [p.name for p in read_compact(stem, gaz, []).places] == places


@pytest.mark.parametrize(
    ("stem", "places"),
    [
        ("渝黔", ["重庆市", "贵州省"]),  # beside a province's 简称: the province
        ("湘黔", ["湖南省", "贵州省"]),
        ("遵黔", ["遵义市", "贵州省"]),  # 遵义 lies in 贵州: 黔江 is not clearly nearer it than 贵阳
        ("安黔", ["安顺市", "贵州省"]),
    ],
)
def test_province_initial_stays_the_province(gaz: Gazetteer, stem: str, places: list[str]) -> None:
    assert [p.name for p in read_compact(stem, gaz, []).places] == places
