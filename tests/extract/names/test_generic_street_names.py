"""A city's avenue named by one generic word (issue 11 item 1; part-k47).

"站前大道", "产业大道", "工业大道", "物流大道" are avenues (fresh16, fresh28, fresh34, fresh36 code them highway),
though 站前, 产业, 工业 and 物流 are generic words that name no item before other heads. One such word before 大道
names a street where the text shows one: listed beside another street, closing a list of roads, or named with its
part or a crossing. Bare, in a figure, or listed with a kind of road it names nothing. The heads are data
(data/language/name_words.toml, generic_street_heads). Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

CASES = [
    ("新区内站前大道、产业大道均已建成通车。", ["站前大道", "产业大道"]),  # listed beside another street
    ("园区规划了物流大道和迎春路。", ["物流大道", "迎春路"]),
    ("新线东至和平路与工业大道交叉口。", ["和平路", "工业大道"]),  # a crossing
    ("加快推进滨河路、站前大道等道路建设。", ["滨河路", "站前大道"]),  # closing a list of roads
    ("年内完成产业大道南段改造。", ["产业大道南段"]),  # named with its part
]

NEGATIVES = [
    "推进城市大道建设。",  # bare: a kind of road
    "产业大道已建成通车。",  # bare, no street beside it
    "全县修通一条条民生路、产业大道。",  # a figure of roads
    "统筹城市大道和乡村道路建设。",  # listed with a kind of road, no street
    "建设乡村公路、城市大道。",
    "改造城市大道和物流园区路网。",
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=lambda c: str(c)[:14])
def test_generic_word_street_is_named_where_the_text_shows_a_street(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize("sentence", NEGATIVES, ids=lambda c: c[:14])
def test_generic_word_street_alone_names_nothing(sentence: str) -> None:
    assert core_names(sentence) == []
