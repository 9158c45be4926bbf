"""A county's initial names a line to a unit next to it (issue 12 item 2; compact_levels, principle 5).

The stems are invented line names over real places, read on the real gazetteer: a reading that borders no
unit read beside it yields to the one unit starting with its character that does. Negatives: cities beside
cities, readings already neighbours, no bordering unit apart from the neighbour, and a name that stays
ambiguous and is listed for review, never guessed.
"""

from __future__ import annotations

import pytest

from geo.places import Context, Gazetteer, read_compact


def _names(stem: str, gaz: Gazetteer) -> list[str]:
    return [p.name for p in read_compact(stem, gaz, []).places]


@pytest.mark.parametrize(
    ("stem", "places"),
    [
        ("威资", ["威远县", "资中县"]),  # 资中 borders 威远; the table's 资阳 lies a county off
        ("荣威", ["荣县", "威远县"]),    # 荣县 borders 威远; the table's 荣昌 lies in another province
        ("威荣", ["威远县", "荣县"]),
        ("威宜", ["威信县", "宜宾市"]),  # beside the city: 威信 on its border, not 威远 a county inside 内江
    ],
)
def test_a_reading_moves_to_the_unit_bordering_its_neighbour(gaz: Gazetteer, stem: str, places: list[str]) -> None:
    assert _names(stem, gaz) == places


@pytest.mark.parametrize(
    ("stem", "places"),
    [
        ("成乐", ["成都市", "乐山市"]),      # cities beside cities keep their readings
        ("成资", ["成都市", "资阳市"]),
        ("资乐", ["资阳市", "乐山市"]),      # no unit starting with 资 borders 乐山
        ("资仁", ["资阳市", "仁寿县"]),      # already neighbours
        ("荣自", ["荣昌区", "自贡市"]),      # 荣县 lies inside 自贡: no other end of a line to it
        ("叙古", ["叙永县", "古蔺县"]),
        ("泸叙", ["泸州市", "叙永县"]),      # a fixed 简称 stays
    ],
)
def test_a_reading_stays(gaz: Gazetteer, stem: str, places: list[str]) -> None:
    assert _names(stem, gaz) == places


@pytest.mark.parametrize(("stem", "char", "readings"), [("万开达", "开", {"开州区", "开江县"}), ("开万", "开", {"开州区", "开江县"})])
def test_two_neighbouring_readings_stay_doubtful_for_review(gaz: Gazetteer, stem: str, char: str,
                                                            readings: set[str]) -> None:
    reading = read_compact(stem, gaz, [])
    assert reading.places == []
    assert readings <= {p.name for p in reading.doubtful[char]}
    assert all(name in reading.review_note() for name in readings)


@pytest.mark.parametrize(
    ("stem", "item_place", "places"),
    [
        ("威资", "资阳", ["威远县", "资阳市"]),  # the item is placed in 资阳: its reading 资阳 stays
        ("威宜", "内江", ["威远县", "宜宾市"]),  # the item is placed in 内江, which holds 威远
        ("威资", "宜宾", ["威远县", "资中县"]),  # a place of the item holding neither reading moves nothing
    ],
)
def test_a_reading_inside_the_items_own_place_stays(gaz: Gazetteer, stem: str, item_place: str,
                                                      places: list[str]) -> None:
    ctx = Context(["交通项目汇编"], [item_place])
    assert [p.name for p in read_compact(stem, gaz, ctx).places] == places
