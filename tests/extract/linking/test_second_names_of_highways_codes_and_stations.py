"""A second name one document gives a project it already names, by shape (issue 11, detection precision).

Each shape was seen in documents of at least two tuning splits as a spurious item beside the matched one; every name
here is invented for its shape (made-up stems; the ends of a line are real places, as the rules read them from the
gazetteer), with negatives where two different works share a stem.
"""

from __future__ import annotations

import pytest
from extract_helpers import linked

from geo.extract.linking.name_forms import (
    bare_code,
    site_kind_key,
    station_line,
    variant_key,
    without_via,
)
from geo.model import EntityType


# A. A highway's head written 高速路 ("X高速路" beside "X高速公路", "A至B高速路" beside "A至B高速公路"): one name.
@pytest.mark.parametrize(
    ("a", "b"),
    [("梅溪高速路", "梅溪高速公路"), ("梅溪高速路", "梅溪高速"), ("万州至开江高速路", "万州至开江高速公路")],
)
def test_a_highway_written_gaosulu_is_one_name(a: str, b: str) -> None:
    assert variant_key(a) == variant_key(b)


# Negatives: a road named 路 after a place, and a network, stay other names.
@pytest.mark.parametrize(("a", "b"), [("梅溪高速路", "梅溪路"), ("梅溪高速路网", "梅溪高速")])
def test_gaosulu_folds_only_a_head(a: str, b: str) -> None:
    assert variant_key(a) != variant_key(b)


# B. A road's code written with a road word after it and without ("G108线" … "G108", "省道317公路" … "省道317").
@pytest.mark.parametrize(
    ("a", "b"),
    [("G318线", "G318"), ("省道207公路", "省道207"), ("国道212线", "212国道"), ("S305线公路", "S305")],
)
def test_a_code_with_and_without_its_road_word_is_one_road(a: str, b: str) -> None:
    assert linked(a, b, type_=EntityType.HIGHWAY) == [sorted([a, b])]


# Negatives: another code; a metro line's short code ("S1线"); a code before more words; two documents.
def test_other_codes_stay_apart() -> None:
    assert len(linked("G318线", "G319", type_=EntityType.HIGHWAY)) == 2
    assert bare_code("S1线") is None and bare_code("G4216线屏山至金阳段") is None
    assert len(linked("G318线", "G318", type_=EntityType.HIGHWAY, docs=("a.txt", "b.txt"))) == 2


# C. A station with and without the kind word before its direction ("甲山高铁南站" … "甲山南站"), and a station
#    written with its town and a kind word and with its line before it ("丙县高铁站" … "甲乙高铁丙县站").
@pytest.mark.parametrize(
    ("a", "b"),
    [("梅溪高铁南站", "梅溪南站"), ("梅溪火车北站", "梅溪北站"), ("忠县高铁站", "梅溪高铁忠县站"),
     ("丰都车站", "梅溪铁路丰都站")],
)
def test_a_station_written_two_ways_is_one_station(a: str, b: str) -> None:
    assert linked(a, b, type_=EntityType.RAIL_STATION) == [sorted([a, b])]


# Negatives: another direction of one town ("甲山南站", "甲山站", "甲山东站"); the same town's station on two lines
# named with their lines; the line's word alone as a name.
def test_stations_of_other_directions_or_lines_stay_apart() -> None:
    assert len(linked("梅溪高铁南站", "梅溪站", "梅溪东站", type_=EntityType.RAIL_STATION)) == 3
    assert len(linked("梅溪高铁忠县站", "白石铁路忠县站", type_=EntityType.RAIL_STATION)) == 2
    assert station_line("梅溪高铁忠县站") == "梅溪高铁" and station_line("忠县高铁站") is None
    assert site_kind_key("梅溪高铁站", EntityType.RAIL_STATION) == "梅溪站"


# D. A line named with the place it passes and without it ("甲山经乙水至丙岭高铁" … "甲山至丙岭高速铁路"), and its
#    short form taking the place it passes ("城口经宣汉至大竹高速公路" … "城宣大高速").
def test_a_line_with_and_without_the_place_it_passes_is_one_line() -> None:
    assert len(linked("隆昌经泸县至叙永高铁", "隆昌至叙永高速铁路", type_=EntityType.RAILWAY)) == 1
    assert len(linked("城口经宣汉至大竹高速公路", "城宣大高速", type_=EntityType.HIGHWAY)) == 1


# Negatives: two lines through two places between the same ends stay apart, and apart from the line without a place
# (which of them it is the text does not say); "经" inside a word ("经济区") is no place passed; two documents.
def test_lines_through_other_places_stay_apart() -> None:
    assert len(linked("隆昌经泸县至叙永高铁", "隆昌经富顺至叙永高铁", "隆昌至叙永高铁", type_=EntityType.RAILWAY)) == 3
    assert without_via("成都经济区至重庆高速") is None
    assert len(linked("隆昌经泸县至叙永高铁", "隆昌至叙永高铁", type_=EntityType.RAILWAY, docs=("a.txt", "b.txt"))) == 2
