"""One item counted once: two forms of one name a document writes (issue 11 item 4, precision).

Each class was seen among the spurious items of documents of at least two tuning splits; every sentence here is
invented for its class (made-up lines between real places, since short forms and route ends are read from the
gazetteer), with negatives of nearby shape where the names stay two items.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

from geo.extract.name_forms import variant_key

# A. A railway named in full with one head and by its short form with the other ("荆门至荆州铁路" … "荆荆高铁",
#    fresh4 j_03; "铜仁至玉屏高铁" … "铜玉铁路", fresh8 r_11): one line, when the document writes no short name
#    of those places with the full name's own head.
RAILWAY_HEADS = [
    ("隆昌至叙永铁路开工建设。隆叙高铁全长80公里,设站4座。", ["隆昌至叙永铁路"]),
    ("隆昌至叙永高铁建成通车,隆叙铁路全长80公里。", ["隆昌至叙永高铁"]),
    ("加快建设隆昌至叙永城际铁路,隆叙高铁力争明年建成。", ["隆昌至叙永城际铁路"]),
]

# Negatives: the short name written with both heads ("隆叙铁路" and "隆叙高铁": an old line and a new one), a
# short name of two full lines under the other head, and a highway's full name stay apart.
RAILWAY_HEADS_APART = [
    ("隆昌至叙永铁路开工。隆叙高铁全长80公里,隆叙铁路于1990年建成。", ["隆昌至叙永铁路", "隆叙高铁"]),
    ("隆昌至叙永铁路开工,隆昌至叙州铁路开工。隆叙高铁全长80公里。", ["隆昌至叙永铁路", "隆昌至叙州铁路", "隆叙高铁"]),
    ("隆昌至叙永高速公路开工,隆叙铁路全长80公里。", ["隆昌至叙永高速公路", "隆叙铁路"]),
]


@pytest.mark.parametrize(("text", "names"), RAILWAY_HEADS + RAILWAY_HEADS_APART)
def test_a_railway_in_full_and_short_under_the_other_head(text: str, names: list[str]) -> None:
    got = core_names(text)
    for name in names:
        assert name in got
    assert len(got) == len(names), got


# B. A place written before a name with its level words: a province before a name its 市 opens ("四川市域(郊)
#    铁路成都至德阳线" … "市域(郊)铁路成都至德阳线", fresh7 s_04), a route's end written with its province and its
#    city before its county ("贵州省毕节市赫章县至六盘水市高速公路" … "赫六高速", fresh8 r_20;
#    "怒江州泸水市至…" fresh4 j_09): the same name.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("毕节市赫章县至六盘水市高速公路", "赫章至六盘水高速"),
        ("贵州省毕节市赫章县至六盘水市高速公路", "赫章至六盘水高速公路"),
        ("黔东南州凯里市至雷山县高速公路", "凯里至雷山高速"),
        ("四川省宜宾市至六盘水市高速公路", "宜宾至六盘水高速"),
        ("重庆市梁平区至四川省开江县高速公路", "梁平至开江高速"),
    ],
)
def test_a_route_end_with_its_province_and_city_is_its_county(a: str, b: str) -> None:
    assert variant_key(a) == variant_key(b)


# Negatives: a city before a name that is no county ("成都市天府新区"), a county that is the end while its city is
# another road's end, and 市 opening a word ("市域铁路") are not dropped as a place's level.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("成都市天府新区至邛崃高速公路", "天府新区至邛崃高速公路"),
        ("宜宾市叙州区至屏山高速公路", "宜宾至屏山高速公路"),
        ("四川市域铁路成都至德阳线", "四川域铁路成都至德阳线"),
    ],
)
def test_a_route_end_keeps_what_is_no_level_of_it(a: str, b: str) -> None:
    assert variant_key(a) != variant_key(b)


PLACES_BEFORE = [
    ("四川市域(郊)铁路成都至德阳线开工。市域(郊)铁路成都至德阳线全长50公里。", ["四川市域(郊)铁路成都至德阳线"]),
    ("重庆市域铁路璧山至铜梁线开工,市域铁路璧山至铜梁线全长37公里。", ["重庆市域铁路璧山至铜梁线"]),
    ("贵州省毕节市赫章县至六盘水市高速公路开工,赫六高速全长80公里。", ["贵州省毕节市赫章县至六盘水市高速公路"]),
]

# Negatives: two counties of one city at a route's end are two roads.
PLACES_APART = [
    ("毕节市赫章县至六盘水市高速公路开工,毕节市威宁县至六盘水市高速公路开工。",
     ["毕节市赫章县至六盘水市高速公路", "毕节市威宁县至六盘水市高速公路"]),
    ("贵州省毕节市赫章县至六盘水市高速公路开工,毕六高速全长80公里。",
     ["贵州省毕节市赫章县至六盘水市高速公路", "毕六高速"]),
]


@pytest.mark.parametrize(("text", "names"), PLACES_BEFORE + PLACES_APART)
def test_a_name_with_and_without_its_place(text: str, names: list[str]) -> None:
    got = core_names(text)
    for name in names:
        assert name in got
    assert len(got) == len(names), got
