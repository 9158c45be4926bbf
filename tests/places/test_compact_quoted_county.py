"""A doubtful initial is the one county of a unit the item's own sentences name (issue 12 item 2).

开 beside 万州 is 开州区 or 开江县, alike near: in a sentence naming 重庆 it is the one 开… of 重庆, in one
naming 四川 the one of 四川. The stems are invented line names over real places, read on the real gazetteer,
with the units an item's sentences name given as codes. Negatives: no unit named, a named unit that is the
reading of another character (渝 of 渝乙 names 重庆 itself), a named unit holding two counties starting with
the character, and a character read among rival cities stay doubtful and are listed for review, never guessed.
"""

from __future__ import annotations

import pytest

from geo.places import Context, Gazetteer, read_compact

CHONGQING, SICHUAN, LESHAN, HANZHONG = "500000", "510000", "511100", "610700"


@pytest.mark.parametrize(
    ("stem", "quoted", "places"),
    [
        ("万开", [CHONGQING], ["万州区", "开州区"]),
        ("万开", [SICHUAN], ["万州区", "开江县"]),
        ("万开达", [CHONGQING], ["万州区", "开州区", "达州市"]),
    ],
)
def test_a_doubtful_initial_is_the_county_of_the_unit_named(gaz: Gazetteer, stem: str, quoted: list[str],
                                                            places: list[str]) -> None:
    reading = read_compact(stem, gaz, Context(["某某交通规划"], quoted=quoted))
    assert [p.name for p in reading.places] == places


@pytest.mark.parametrize(
    ("stem", "quoted", "char"),
    [
        ("万开", [], "开"),           # no unit named: 开州 and 开江 alike near 万州
        ("渝武", [CHONGQING], "武"),  # 重庆 is the reading of 渝: the line's other end may lie anywhere
        ("渝峨", [LESHAN], "峨"),     # 乐山 holds 峨眉山市 and 峨边县
        ("西成", [HANZHONG], "西"),   # 西 is read among rival cities (西安, 西宁 …), never as 汉中's county 西乡
    ],
)
def test_no_single_county_of_a_unit_named_leaves_it_listed(gaz: Gazetteer, stem: str, quoted: list[str],
                                                           char: str) -> None:
    reading = read_compact(stem, gaz, Context(["某某交通规划"], quoted=quoted))
    assert reading.places == []
    assert char in reading.doubtful
