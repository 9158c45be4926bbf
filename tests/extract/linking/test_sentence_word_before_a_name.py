"""A name one document writes alone and again with a word of its sentence glued before it (issue 11, precision).

News and replies write a verb, a preposition or a verb's complement right before an item's name ("统筹考虑X港",
"跨X高速", "谋划好X物流港", a headline's "建X隧道"); where the document also writes the name alone, the glued form
is that item, under the name written alone, not a second one. Every sentence and name is invented; the negatives
keep a place or a line's initial opening a name, and a name the document never writes alone.
"""

from __future__ import annotations

import pytest
from extract_helpers import apart, core_names, linked

from geo.model import EntityType

# Positives: the glued form joins the name written alone, which names the item.
GLUED = [
    ("考虑梅溪港", "梅溪港", EntityType.PORT),  # a verb of two characters
    ("跨梅溪高速", "梅溪高速", EntityType.HIGHWAY),  # a verb of work on a road, one character
    ("好梅溪物流港", "梅溪物流港", EntityType.LOGISTICS_HUB),  # a verb's complement (谋划好)
    ("建梅溪隧道", "梅溪隧道", EntityType.HIGHWAY),  # a verb of one character
]


@pytest.mark.parametrize(("glued", "alone", "type_"), GLUED)
def test_a_sentence_word_before_a_name_is_the_name_alone(glued: str, alone: str, type_: EntityType) -> None:
    assert linked(glued, alone, type_=type_) == [[alone]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年将提升梅溪港的通航能力。下一步将统筹考虑梅溪港发展问题。", ["梅溪港"]),
        ("全力谋划好梅溪物流港规划建设工作，梅溪物流港将于年内开工。", ["梅溪物流港"]),
        ("工程起于甲桥西桥台，跨梅溪高速后向西延伸。梅溪高速车流量较大。", ["梅溪高速"]),
    ],
)
def test_sentences_name_one_item(text: str, expected: list[str]) -> None:
    assert core_names(text) == expected


# Negatives: a place or a line's initial opening the name, a word of the name itself, a name never written alone.
@pytest.mark.parametrize(
    ("a", "b", "type_"),
    [
        ("通江物流港", "江物流港", EntityType.LOGISTICS_HUB),  # 通 is a verb, but 通江 a place opening the name
        ("达梅溪铁路", "梅溪铁路", EntityType.RAILWAY),  # 达 is a verb, but also a line's initial (of 达州)
        ("新梅溪港", "梅溪港", EntityType.PORT),  # 新 is no word of a sentence: left to the other passes
    ],
)
def test_a_name_opening_with_no_sentence_word_stays_apart(a: str, b: str, type_: EntityType) -> None:
    assert linked(a, b, type_=type_) == apart(a, b)


def test_two_documents_stay_apart() -> None:
    assert linked("考虑梅溪港", "梅溪港", type_=EntityType.PORT, docs=("a.txt", "b.txt")) == [["梅溪港"], ["考虑梅溪港"]]
