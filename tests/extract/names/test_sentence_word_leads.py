"""Words of the sentence glued to the front of a kind or a name in news prose (issue #11 item 1; part-n30).

News prose writes a verb, a conjunction, a preposition or a subject right before the kind of road it speaks of
("配备双向6车道一级公路", "走老路"): the sentence's word is no name's first word, and a phrase of kinds
names no item. (A bare kind noun after such a word, "需绕行国道", is left as it was: cutting there lost a real item on
the validation gate.) After a verb, 经 (via) opens the way to a name. Every sentence is invented; the negatives are
names opening with such a word (a street named with a verb, a run of initials, a line's role, 经 of a word).
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import plain

from geo.extract import extract
from geo.extract.names.kind_words import kind_words


def core_names(text: str) -> list[str]:
    src = plain(text, date=dt.date(2024, 2, 20))
    return [e.name for e in extract(src) if e.type != "other_facility"]


# A word of the sentence before a phrase of kinds only: no item.
KIND_AFTER_SENTENCE_WORD = [
    "该路段配备双向6车道一级公路。",  # a verb before a lane count and a grade
    "村民们说走老路要多花一个小时。",  # a verb before an old road
]


@pytest.mark.parametrize("sentence", KIND_AFTER_SENTENCE_WORD, ids=lambda s: s[:10])
def test_sentence_word_before_a_kind_is_no_item(sentence: str) -> None:
    assert core_names(sentence) == []


# A word of the sentence before a name: the name starts after it.
NAME_AFTER_SENTENCE_WORD = [
    ("她选择经梅林大道回家。", ["梅林大道"]),  # a pronoun, a verb and 经 before a street
    ("车辆可以经白石大桥进城。", ["白石大桥"]),
    ("虽然高铁北站离城区不远，但很少有人去。", ["高铁北站"]),  # the conjunction goes; the station stays
]
# Names opening with such a word or character stay whole.
NAMES_KEPT = [
    ("迎宾大道建成通车。", ["迎宾大道"]),  # a street named with a verb: 大道 is no kind noun
    ("解放路改造完成。", ["解放路"]),
    ("加快建设沿江高铁。", ["沿江高铁"]),  # 沿 of a line's role
    ("推进过江隧道建设。", ["过江隧道"]),
    ("经开大道建成通车。", ["经开大道"]),  # 经 of a word
    ("达成高速建成通车。", ["达成高速"]),  # a verb that is a run of two places' initials
    ("跳石站投入使用。", ["跳石站"]),  # a one-character verb opening a name, no kind after it
    ("至善路完工。", ["至善路"]),
    ("梅溪县绕行公路建成通车。", ["梅溪县绕行公路"]),
    ("今年将新建青岭景区至白石大桥旅游公路。", ["青岭景区至白石大桥旅游公路"]),  # a word after an item opens the next
    ("今年将新建迎宾东西路一期工程。", ["迎宾东西路一期"]),  # directions alone are no kind
    ("今年将新建快速路一纵线。", ["快速路一纵线"]),  # a word opening a head word
    ("梅林站、花路站建成投用。", ["梅林站", "花路站"]),  # a station named on a street: 路 is no kind  # a place, a verb and a kind: the place's road
    ("酉沿高速通车。", ["酉沿高速"]),  # 沿 of a run of initials
    ("新建白石至青岭一级公路。", ["白石至青岭一级公路"]),
]


@pytest.mark.parametrize(("sentence", "names"), NAME_AFTER_SENTENCE_WORD + NAMES_KEPT, ids=lambda c: str(c)[:12])
def test_sentence_word_before_a_name(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("words", "kind"), [
    ("高铁", True), ("高铁北", True), ("老", True), ("双向6车道一级", True),
    ("", False), ("磴", False), ("G50", False), ("梅林", False), ("东西", False), ("北(海)", False), ("旅游", False), ("路", False),
])
def test_kind_words(words: str, kind: bool) -> None:
    assert kind_words(words) is kind
