"""Compact names read along the line and held to principle 2 for their defaults (issue 12 item 2, part l31).

Invented stems of the shapes the tuning documents write: an end initial of rival cities read by the way through its
neighbour on to the next; a default that does not fit the cities read beside it read again among those that fit.
"""

from __future__ import annotations

import pytest

from geo.places import Context, Gazetteer, read_compact


def _names(stem: str, gaz: Gazetteer, context: Context | None = None) -> list[str]:
    return [p.name for p in read_compact(stem, gaz, context if context is not None else Context([])).places]


@pytest.mark.parametrize(("stem", "places"), [
    # 广: 广元 lies on the way from 巴中 back to 广…, 广安 behind 巴中 (the line would turn back)
    ("达巴广", ["达州市", "巴中市", "广元市"]),
    ("广巴达", ["广元市", "巴中市", "达州市"]),
])
def test_an_end_of_rival_cities_is_the_one_the_line_runs_on_from(gaz: Gazetteer, stem: str,
                                                                 places: list[str]) -> None:
    assert _names(stem, gaz) == places


@pytest.mark.parametrize(("stem", "char"), [
    ("万开达", "开"),  # a middle initial: 开州 or 开江, both near the way (tests/places/test_geocode_unseen.py)
    ("宜万", "宜"),  # two characters: no next place to run on to
    ("广达万", "广"),  # 广安 and 广元 both lie short of the way through 达州 on to 万州
])
def test_an_initial_with_no_straightest_reading_stays_doubtful(gaz: Gazetteer, stem: str, char: str) -> None:
    reading = read_compact(stem, gaz, Context([]))
    assert reading.places == [] and char in reading.doubtful


def test_a_doubtful_default_beside_cities_is_the_city_clearly_nearest_them(gaz: Gazetteer) -> None:
    # 安: the region's default county 安岳 or the cities 安康, 安顺 …; beside 恩施 (named by the item's sentence)
    # and 张家界, a county of a city far off is no reading, and 安康 is twice as near as 安顺
    context = Context([], quoted=["422800"])
    assert _names("安恩张", gaz, context) == ["安康市", "恩施土家族苗族自治州", "张家界市"]


@pytest.mark.parametrize(("stem", "context", "places"), [
    # beside a city alone, the default 万州 does not border it: the county 万源 that does
    ("万巴", [], ["万源市", "巴中市"]),
    ("巴万", [], ["巴中市", "万源市"]),
    # the report's own unit is kept
    ("合泸", ["合川区人民政府"], ["合川区", "泸州市"]),
    # beside counties or the municipality the principle says nothing: the defaults hold
    ("长垫", [], ["长寿区", "垫江县"]),
    ("渝长", [], ["重庆市", "长寿区"]),
    ("成达万", [], ["成都市", "达州市", "万州区"]),
])
def test_a_default_is_held_to_the_cities_read_beside_it(gaz: Gazetteer, stem: str, context: list[str],
                                                        places: list[str]) -> None:
    assert _names(stem, gaz, Context(context)) == places
