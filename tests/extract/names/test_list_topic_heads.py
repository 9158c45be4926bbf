"""Items of a list whose head is written once, after words of kind, or only in the sentence's topic
(issue #11 item 1; part-16h).

Classes found among the missed items of the tuning splits fresh13 and fresh9: the dams of one river
listed before "等X江枢纽"; words of a corridor between 等 and the shared head; a long count and length
before it; a route whose far end is a city named with a head word (…港); works closing an item of a
list typed by its paragraph ("甲至乙改扩建等续建项目"); and a list closed by a bare 项目, typed by a line
head its own sentence names first ("高速公路投资…,新开工甲乙扩容、丙丁和戊己大修项目"). Every sentence is
invented for its class (made-up places and items), and each class has negatives of nearby shape.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

# A. Dams of one river: "A、B等X江枢纽(项目)"; 枢纽 alone is no head, after 等 and a river it is.
RIVER_HUB_CASES = [
    ("推进白石、梅岭、青岭等岚江枢纽项目建设。", ["白石枢纽", "梅岭枢纽", "青岭枢纽"]),
    ("加快红桥、石门等乌梅河枢纽建设。", ["红桥枢纽", "石门枢纽"]),
    ("推进梅岭、白石等岚江枢纽。", ["梅岭枢纽", "白石枢纽"]),
]
# Negatives: a role or a port after the river's 枢纽, or 枢纽 with no river before it.
RIVER_HUB_NEGATIVES = [
    ("推进白石、梅岭等岚江枢纽城市建设。", []),
    ("加快梅岭等岚江枢纽港建设。", []),
    ("加快白石、梅岭等枢纽建设。", []),
]


@pytest.mark.parametrize(("sentence", "names"), RIVER_HUB_CASES + RIVER_HUB_NEGATIVES, ids=lambda c: str(c)[:12])
def test_dams_of_a_river_sharing_its_hub(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# B. Long words between 等 and the head: a corridor the items belong to, or a count with a length.
LONG_FILLER_CASES = [
    ("实施梅溪河、白石河等南北水运大通道航道整治工程。", ["梅溪河航道整治", "白石河航道整治"]),
    ("加快推进梅岭至白石、琼西至岚县等东西向出海大通道高速公路建设。", ["梅岭至白石高速公路", "琼西至岚县高速公路"]),
    ("建成通车梅岭至白石、红桥至石门等34条2274公里普通国省道。", ["梅岭至白石省道", "红桥至石门省道"]),
]
# Negatives: a corridor with no head after it names no item; nor does the corridor before a line's
# own word of place (沿线).
LONG_FILLER_NEGATIVES = [
    ("推进白石、梅岭等出海通道建设。", []),
    ("白石、梅岭等出海通道沿线高速公路建设。", []),
]


@pytest.mark.parametrize(("sentence", "names"), LONG_FILLER_CASES + LONG_FILLER_NEGATIVES, ids=lambda c: str(c)[:12])
def test_long_words_of_kind_between_deng_and_the_head(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# C. A route whose far end is a city named with a head word (连云港): the route is an item of the list.
ROUTE_TO_CITY_CASES = [
    ("计划建成宿迁至连云港、梅岭至白石2条高速公路。", ["宿迁至连云港高速公路", "梅岭至白石高速公路"]),
]
# Negative: the city alone is a port of its own, not an item of the list of roads.
ROUTE_TO_CITY_NEGATIVES = [
    ("加快建设连云港、梅岭至白石等高速公路。", ["梅岭至白石高速公路"]),
]


@pytest.mark.parametrize(("sentence", "names"), ROUTE_TO_CITY_CASES + ROUTE_TO_CITY_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_route_to_a_city_named_with_a_head_word(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# D. Works closing an item of a list typed by its paragraph ("等续建项目", "等7个项目"): the line is
#    named without its works; a place's bypass is a line on its own.
WORKS_ITEM_CASES = [
    ("完善高速公路网,加快推进梅岭至白石改扩建、红桥至石门、青岭大修等续建项目。",
     ["梅岭至白石高速公路", "红桥至石门高速公路", "青岭高速公路"]),
    ("高速公路方面,开工建设梅岭至白石改扩建等项目。", ["梅岭至白石高速公路"]),
    ("高速公路方面,开工建设梅岭北二绕城等7个项目。", ["梅岭北二绕城高速公路"]),
]
# Negatives: a single item that is no route (a place's or an area's works) is no line.
WORKS_ITEM_NEGATIVES = [
    ("高速公路方面,实施城区改造等项目。", []),
    ("高速公路方面,开工建设梅岭改扩建等7个项目。", []),
]


@pytest.mark.parametrize(("sentence", "names"), WORKS_ITEM_CASES + WORKS_ITEM_NEGATIVES, ids=lambda c: str(c)[:12])
def test_works_closing_an_item_of_a_typed_list(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# E. A list closed by a bare 项目 (no 等, no count), typed by the line head its sentence names first.
BARE_PROJECT_CASES = [
    ("其中高速公路投资30亿元,新开工梅岭至白石扩容、琼岚和青石大修项目120公里。",
     ["梅岭至白石扩容高速公路", "琼岚高速公路", "青石高速公路"]),
    ("高速公路建设规模近500公里,梅岭至白石项目开工建设。", ["梅岭至白石高速公路"]),
]
# Negatives: no line head in the sentence (or only in the sentence before), no route nor line's works
# among the items, or an item that is a facility's works.
BARE_PROJECT_NEGATIVES = [
    ("今年投资20亿元,新开工梅岭至白石项目。", []),
    ("高速公路建设加快。新开工梅岭至白石项目。", []),
    ("高速公路投资20亿元,实施白石和梅岭项目。", []),
    ("高速公路投资20亿元,实施老旧小区改造项目。", []),
    ("高速公路投资20亿元,新开工梅岭至白石和码头改造项目。", []),
]


@pytest.mark.parametrize(("sentence", "names"), BARE_PROJECT_CASES + BARE_PROJECT_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_list_closed_by_a_bare_project_word(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
