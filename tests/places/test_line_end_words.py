"""A line's X至Y name whose far end runs on into the works' own words, and compact names of one
initial read twice (issue 12, placement). Invented names of each class, positives and negatives."""

from __future__ import annotations

import pytest

from geo.places import Context, Gazetteer, name_places, read_compact

SHAANXI = ["陕西省人民政府"]
SICHUAN = ["四川省人民政府"]
HUBEI = ["湖北省交通运输厅"]
CHONGQING = ["重庆市交通局"]


def _names(name: str, gaz: Gazetteer, context: list[str]) -> list[str]:
    return [p.name for p in name_places(name, gaz, Context(context))]


@pytest.mark.parametrize(("name", "context", "places"), [
    # a track count after the far end (not among the line's modifiers)
    ("宝鸡至天水三四线铁路", SHAANXI, ["宝鸡市", "天水市"]),
    ("绵阳至广元双线铁路", SICHUAN, ["绵阳市", "广元市"]),
    # a town written after its county, then a word of the works' kind (智慧, 数字)
    ("石泉至汉阴涧池智慧航道", SHAANXI, ["石泉县", "汉阴县"]),
    ("旬阳至白河蜀河数字航道", SHAANXI, ["旬阳市", "白河县"]),
    # a town end followed by a tonnage, or by a section or waterway word only
    ("汉川至马口1000吨级航道", HUBEI, ["汉川市", "马口"]),
    ("江津至白沙3000吨级航道", CHONGQING, ["江津区", "白沙"]),
    ("合川至钱塘2000吨级航道段", CHONGQING, ["合川区", "钱塘"]),
    ("江津至白沙航运", CHONGQING, ["江津区", "白沙"]),  # not 白沙黎族自治县 of 海南
    # grade and upgrade words
    ("汉中至安康高等级航道", SHAANXI, ["汉中市", "安康市"]),
    ("宝鸡至天水扩能改造", SHAANXI, ["宝鸡市", "天水市"]),
])
def test_the_far_end_is_read_whatever_works_words_follow_it(
        gaz: Gazetteer, name: str, context: list[str], places: list[str]) -> None:
    assert _names(name, gaz, context) == places


@pytest.mark.parametrize(("name", "context", "town"), [
    ("江津至白沙湖公路", CHONGQING, "白沙"),  # 白沙湖 is no town and 湖 no works word
    ("汉川至马口湾大道", HUBEI, "马口"),
])
def test_a_town_inside_a_longer_word_is_no_end(gaz: Gazetteer, name: str, context: list[str],
                                               town: str) -> None:
    assert town not in _names(name, gaz, context)


@pytest.mark.parametrize(("name", "context", "places"), [
    # the network's kind written first, then the line's own X至Y name and kind
    ("国家高速公路十堰至天水高速公路", ["十堰市人民政府"], ["十堰市", "天水市"]),
    ("省级高速公路宝鸡至天水高速", SHAANXI, ["宝鸡市", "天水市"]),
    ("市郊铁路璧山至铜梁线", CHONGQING, ["璧山区", "铜梁区"]),
])
def test_a_network_word_before_the_name_is_not_its_head(
        gaz: Gazetteer, name: str, context: list[str], places: list[str]) -> None:
    assert _names(name, gaz, context) == places


def test_a_network_word_without_ends_names_no_line(gaz: Gazetteer) -> None:
    assert _names("国家高速公路网", gaz, SHAANXI) == []


@pytest.mark.parametrize(("stem", "places"), [
    # one initial twice: the two cities starting with it, neighbours (荆州 and 荆门)
    ("荆荆", {"荆州市", "荆门市"}),
    # "two" and an initial: the two counties starting with it (郧西 and 郧阳)
    ("两郧", {"郧西县", "郧阳区"}),
])
def test_one_initial_read_twice_is_the_two_units_starting_with_it(
        gaz: Gazetteer, stem: str, places: set[str]) -> None:
    assert {p.name for p in read_compact(stem, gaz, Context(HUBEI)).places} == places


@pytest.mark.parametrize("stem", [
    "宜宜",  # 宜宾, 宜昌 and 宜春: three cities, no pair
    "永永",  # one city starts with 永 (永州): no pair
    "两宜",
])
def test_an_initial_twice_without_exactly_two_neighbours_is_not_read(gaz: Gazetteer, stem: str) -> None:
    reading = read_compact(stem, gaz, Context(HUBEI))
    assert reading.places == []


def test_a_compact_name_closed_by_a_grade_is_read_without_it(gaz: Gazetteer) -> None:
    assert {p.name for p in name_places("S301两郧一级路", gaz, Context(["十堰市人民政府"]))} == {"郧西县", "郧阳区"}
    assert {p.name for p in name_places("荆荆二级公路", gaz, Context(HUBEI))} == {"荆州市", "荆门市"}


@pytest.mark.parametrize("name", ["乡道071", "县道024", "村道12"])
def test_a_roads_number_is_no_works_word_before_initials(gaz: Gazetteer, name: str) -> None:
    # 乡道 is a road's kind, not 乡城–道孚: a number after it is no grade to strip
    assert name_places(name, gaz, Context(SICHUAN)) == []
