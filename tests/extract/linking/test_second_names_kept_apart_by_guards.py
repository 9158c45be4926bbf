"""A second name one document gives an item it already names, kept apart by a guard of the linker (issue 11 item 1).

Each shape was seen in documents of tuning splits as a spurious item beside the matched one; every name here is
invented for its shape (made-up stems; real places only where a rule reads an end from the gazetteer), with negatives
where two different works share a stem.
"""

from __future__ import annotations

import pytest
from extract_helpers import apart, linked

from geo.extract.linking.name_forms import short_forms, site_kind_key
from geo.model import EntityType


# A. An airport's name with and without its rank words, and by its place alone beside the one airport of that place.
@pytest.mark.parametrize(
    ("name", "key"),
    [("梅岭民用支线机场", "梅岭机场"), ("梅岭支线机场", "梅岭机场"), ("梅岭国际机场", "梅岭机场"), ("梅岭新机场", "梅岭新机场"),
     ("梅岭通用机场", "梅岭通用机场")],
)
def test_an_airports_rank_words_are_left_out_of_its_key(name: str, key: str) -> None:
    assert site_kind_key(name, EntityType.AIRPORT) == key


@pytest.mark.parametrize(
    "names",
    [("梅岭机场", "梅岭石溪民用支线机场"), ("梅岭石溪支线机场", "梅岭机场", "梅岭石溪机场"), ("梅岭民用机场", "梅岭机场")],
)
def test_an_airport_by_its_place_alone_is_the_places_one_airport(names: tuple[str, ...]) -> None:
    assert linked(*names, type_=EntityType.AIRPORT) == [sorted(names)]


@pytest.mark.parametrize(
    ("names", "docs"),
    [(("梅岭机场", "梅岭石溪机场", "梅岭云台国际机场"), ()),  # two airports of one place: the bare name is either's
     (("梅岭机场", "梅岭新机场"), ()),  # a new airport beside the old one
     (("梅岭机场", "梅岭通用机场"), ()),  # a general aviation field
     (("梅岭民用支线机场", "梅岭通用飞机场"), ()),
     (("梅岭机场", "梅岭机场航站楼"), ()),  # a work of the airport, not the airport
     (("梅岭机场", "梅岭石溪机场"), ("a.txt", "b.txt"))],  # two documents
)
def test_two_airports_of_one_place_stay_apart(names: tuple[str, ...], docs: tuple[str, ...]) -> None:
    assert linked(*names, type_=EntityType.AIRPORT, docs=docs) == apart(*names)


# B. A road of a longer head (快速通道, 快速路, 大道, 一级公路) by its ends written out and by their first characters.
@pytest.mark.parametrize(
    ("name", "form"),
    [("达州到宣汉快速通道", "达宣:h快速通道"), ("达州至宣汉快速通道", "达宣:h快速通道"), ("达宣快速通道", "达宣:h快速通道"),
     ("达宣滨江大道", "达宣滨江:h大道"), ("达州至宣汉一级公路", "达宣:h一级公路")],
)
def test_a_road_of_a_longer_head_has_a_short_form(name: str, form: str) -> None:
    from geo.extract.linking.name_forms import route_form

    assert form in short_forms(route_form(name), EntityType.HIGHWAY)


@pytest.mark.parametrize(
    "names",
    [("达州到宣汉快速通道", "达宣快速通道"), ("达州至宣汉滨江大道", "达宣滨江大道"), ("达州至宣汉快速路", "达宣快速路")],
)
def test_a_road_of_a_longer_head_in_full_and_short_is_one_road(names: tuple[str, ...]) -> None:
    assert linked(*names, type_=EntityType.HIGHWAY) == [sorted(names)]


@pytest.mark.parametrize(
    ("names", "docs"),
    [(("达州到宣汉快速通道", "达宣高速"), ()),  # another kind of road between the same places
     (("达州至宣汉快速通道", "达州至宣汉快速路"), ()),  # two heads
     (("达州至宣汉快速通道", "达县至宣汉快速通道", "达宣快速通道"), ()),  # a short form of two roads
     (("达州到宣汉快速通道", "达宣快速通道"), ("a.txt", "b.txt"))],
)
def test_roads_of_a_longer_head_stay_apart(names: tuple[str, ...], docs: tuple[str, ...]) -> None:
    assert linked(*names, type_=EntityType.HIGHWAY, docs=docs) == apart(*names)


# C. A part of a railway (a branch, a section) with its line written 铁路 and 高铁: the kind word only adds speed.
@pytest.mark.parametrize(
    "names",
    [("梅石铁路溪口支线", "梅石高铁溪口支线"), ("梅石岭铁路梅溪至石门段", "梅石岭高铁梅溪至石门段", "梅石岭高铁")],
)
def test_a_part_of_a_railway_under_two_kind_words_is_one_part(names: tuple[str, ...]) -> None:
    groups = linked(*names)
    assert sorted(names[:2]) in groups


@pytest.mark.parametrize(
    ("names", "docs"),
    [(("梅石铁路", "梅石高铁", "梅石铁路溪口支线", "梅石高铁溪口支线"), ()),  # the document names two lines of one stem
     (("梅石铁路溪口支线", "梅石高铁石门支线"), ()),  # two branches
     (("梅石铁路溪口支线", "梅石高铁溪口支线"), ("a.txt", "b.txt"))],
)
def test_parts_of_two_railways_of_one_stem_stay_apart(names: tuple[str, ...], docs: tuple[str, ...]) -> None:
    assert linked(*names, docs=docs) == apart(*names)


# D. A line's ends written long and short: a city and its seat or a station of it, one character more.
@pytest.mark.parametrize(
    ("names", "type_"),
    [(("峨眉山至荥经高速公路", "峨眉至荥经高速公路"), EntityType.HIGHWAY),
     (("梅石高铁重庆东至黔江段", "梅石高铁重庆至黔江段"), EntityType.RAILWAY)],
)
def test_ends_written_long_and_short_are_one_line(names: tuple[str, ...], type_: EntityType) -> None:
    assert linked(*names, type_=type_) == [sorted(names)]


@pytest.mark.parametrize(
    ("names", "type_"),
    [(("峨眉山至荥经高速公路", "峨眉至雅安高速公路"), EntityType.HIGHWAY),  # another end
     (("梅石高铁重庆东至黔江段", "梅石高铁重庆至万州段"), EntityType.RAILWAY),
     (("江津至泸州高速公路", "江津至泸州北线高速公路"), EntityType.HIGHWAY)],  # a second road: more than one character
)
def test_other_ends_stay_apart(names: tuple[str, ...], type_: EntityType) -> None:
    assert linked(*names, type_=type_) == apart(*names)


# E. A line of two ends by the second character of its last end of two ("甲西至乙烽高速" … "甲烽高速").
def test_the_last_end_of_two_may_be_written_by_its_second_character() -> None:
    assert "达汉:h" in short_forms("达州至宣汉高速公路", EntityType.HIGHWAY)
    assert "达宣:h" in short_forms("达州至宣汉高速公路", EntityType.HIGHWAY)
    assert linked("达州至宣汉高速公路", "达汉高速公路", type_=EntityType.HIGHWAY) == [["达州至宣汉高速公路", "达汉高速公路"]]


@pytest.mark.parametrize(
    ("names", "docs"),
    [(("达州至宣汉高速公路", "达州至汉源高速公路", "达汉高速公路"), ()),  # a short form of two roads
     (("达州至宣汉高速公路", "达汉高速公路"), ("a.txt", "b.txt"))],
)
def test_a_short_form_by_a_second_character_of_two_roads_stays_apart(names: tuple[str, ...], docs: tuple[str, ...]) -> None:
    assert linked(*names, type_=EntityType.HIGHWAY, docs=docs) == apart(*names)


def test_a_middle_end_is_written_by_its_first_character_only() -> None:
    assert "达汉万:h" not in short_forms("达州至宣汉至万州高速公路", EntityType.HIGHWAY)
