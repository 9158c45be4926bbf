"""Which level a compact name's short form stands for (issue 12 item 2; geo.places.compact_levels).

The stems are invented line names of each shape, read on the real gazetteer: a province pair, a
character beside prefecture cities, a character beside the municipality in a name that stays in it or
leaves it, rival cities beside a province. Negatives: the readings that must stay as they were.
"""

from __future__ import annotations

import pytest

from geo.places import Gazetteer, read_compact


def _names(stem: str, gaz: Gazetteer) -> list[str]:
    return [p.name for p in read_compact(stem, gaz, []).places]


@pytest.mark.parametrize(
    ("stem", "places"),
    [
        ("黔桂", ["贵州省", "广西壮族自治区"]),    # two bordering provinces: 桂 is 广西, not the table's 桂林
        ("湘桂", ["湖南省", "广西壮族自治区"]),
        ("桂黔", ["广西壮族自治区", "贵州省"]),
        ("滇黔桂", ["云南省", "贵州省", "广西壮族自治区"]),
    ],
)
def test_a_province_pair_reads_the_provinces(gaz: Gazetteer, stem: str, places: list[str]) -> None:
    assert _names(stem, gaz) == places


@pytest.mark.parametrize(
    ("stem", "places"),
    [
        ("贵桂", ["贵阳市", "桂林市"]),      # beside a city the default holds
        ("渝桂", ["重庆市", "桂林市"]),      # 重庆 and 广西 do not border: no province pair
        ("川桂", ["四川省", "桂林市"]),
        ("渝贵", ["重庆市", "贵阳市"]),      # 贵 is 贵州's customary 简称, not its official one
    ],
)
def test_no_province_pair_keeps_the_default(gaz: Gazetteer, stem: str, places: list[str]) -> None:
    assert _names(stem, gaz) == places


@pytest.mark.parametrize(
    ("stem", "places"),
    [
        ("南泸", ["南充市", "泸州市"]),              # not 南溪区, a county of another city near 泸州
        ("泸南", ["泸州市", "南充市"]),
        ("南渝泸", ["南充市", "重庆市", "泸州市"]),  # the name leaves 重庆: not its district 南岸
        ("泸渝南", ["泸州市", "重庆市", "南充市"]),
        ("巴渝泸", ["巴中市", "重庆市", "泸州市"]),  # not 巴南区
        ("遂巴南", ["遂宁市", "巴中市", "南充市"]),  # not 南江, a county inside 巴中
    ],
)
def test_beside_cities_a_short_form_is_a_city(gaz: Gazetteer, stem: str, places: list[str]) -> None:
    assert _names(stem, gaz) == places


@pytest.mark.parametrize(
    ("stem", "places"),
    [
        ("渝长", ["重庆市", "长寿区"]),    # a name that stays in the municipality ends in its district
        ("长渝", ["长寿区", "重庆市"]),
        ("渝巴", ["重庆市", "巴南区"]),
        ("巴渝", ["巴南区", "重庆市"]),
        ("渝涪", ["重庆市", "涪陵区"]),
        ("渝邻", ["重庆市", "邻水县"]),    # no city starts with 邻: the county near
        ("内大", ["内江市", "大安区"]),    # a county bordering the city beside it stays a reading
        ("怀吉", ["怀化市", "吉首市"]),    # a county-level city (…市) is a city's short form too
        ("南遂", ["南充市", "遂宁市"]),
        ("达开", ["达州市", "开江县"]),    # a name that stays in a city ends in its county
        ("贵开", ["贵阳市", "开阳县"]),
        ("南广邻", ["南充市", "广安市", "邻水县"]),
    ],
)
def test_readings_that_stay(gaz: Gazetteer, stem: str, places: list[str]) -> None:
    assert _names(stem, gaz) == places


def test_no_unit_next_door_is_the_other_end(gaz: Gazetteer) -> None:
    # 南岸 lies next to the municipality's seat: 南 beside 渝 alone is a district farther off
    places = _names("南渝", gaz)
    assert places and places[0] != "南岸区"


@pytest.mark.parametrize("stem", ["渝宜", "宜渝"])
def test_rivals_beside_a_province_are_doubtful_when_seat_and_border_disagree(gaz: Gazetteer, stem: str) -> None:
    # 宜宾 is nearer 重庆's seat, 宜昌 its border: the name is listed for review, never guessed
    reading = read_compact(stem, gaz, [])
    assert reading.places == [] and "宜" in reading.doubtful
    assert {"宜宾市", "宜昌市"} <= {p.name for p in reading.doubtful["宜"]}


@pytest.mark.parametrize(
    ("stem", "places"),
    [
        ("宜自", ["宜宾市", "自贡市"]),    # beside a city, not a province: the nearest rival as before
        ("宜泸", ["宜宾市", "泸州市"]),
    ],
)
def test_rivals_beside_a_city_are_read_as_before(gaz: Gazetteer, stem: str, places: list[str]) -> None:
    assert _names(stem, gaz) == places
