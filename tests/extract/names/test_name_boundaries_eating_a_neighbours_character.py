"""Name boundaries that eat a neighbour's character (issue 11 item 1).

Invented sentences, one class each, with negatives of nearby shape:

* a stage verb after an adverb whose stop overlaps it ("已建" | "建成"): the verb is read whole when its last
  character would open a place or a line's initials and what follows is a name of its own ("已建成渝湘铁路" →
  渝湘铁路); a verb of one stop ("新建成都…") keeps the place, and a line named after no verb keeps its 成;
* a long name whose left walk stops at its limit inside a verb ("新建|成都甲-乙-…高铁"): the verb is read whole;
* a road's code and its section written with a space between ("S215 甲至乙段");
* a national road's number followed by a place opening with 米 ("国道108米易至德昌段"), not a length in metres;
* a ring named by its side alone after a line of another kind ("甲乙高速、北环线"): the city's ring, not the
  place's of the item before.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

VERB_CASES = [
    ("全市已建成渝湘铁路。", ["渝湘铁路"]),
    ("去年已建成都匀至凯里高速。", ["都匀至凯里高速"]),
    ("将建成渝湘铁路。", ["渝湘铁路"]),
    # negatives: one stop before the place, a doubled 成, a line opening with 成 after no verb
    ("新建成都外环铁路。", ["成都外环铁路"]),
    ("新建成南达万高铁。", ["成南达万高铁"]),
    ("已建成成渝高速。", ["成渝高速"]),
    ("已建成隆黄铁路。", ["隆黄铁路"]),
    ("成渝黔铁路建成通车。", ["成渝黔铁路"]),
]


@pytest.mark.parametrize(("sentence", "expected"), VERB_CASES, ids=lambda c: str(c)[:12])
def test_a_stage_verb_after_an_adverb_is_read_whole(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


LIMIT_CASES = [
    ("规划新建成都双流-彭山-夹江-峨眉-金口河-汉源-石棉高铁。", ["成都双流-彭山-夹江-峨眉-金口河-汉源-石棉高铁"]),
    ("新建成都双流-彭山-夹江-峨眉-金口河-汉源-石棉高铁。", ["成都双流-彭山-夹江-峨眉-金口河-汉源-石棉高铁"]),
    # negatives: a shorter name after the same verb, a long name after a verb of its own
    ("规划新建成都双流-彭山高铁。", ["成都双流-彭山高铁"]),
    ("规划建设成都双流-彭山-夹江-峨眉-金口河-汉源-石棉高铁。", ["成都双流-彭山-夹江-峨眉-金口河-汉源-石棉高铁"]),
]


@pytest.mark.parametrize(("sentence", "expected"), LIMIT_CASES, ids=lambda c: str(c)[:12])
def test_a_verb_across_the_walks_limit_is_read_whole(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


CODE_CASES = [
    ("S215 龙潭至石门段改建完成。", ["S215龙潭至石门段"]),
    ("推进G318 甲乙至丙丁段改建。", ["G318甲乙至丙丁段"]),
    # negatives: a space before words of the clause, a section written without the space
    ("S215 全线改建完成。", ["S215"]),
    ("S215龙潭至石门段改建完成。", ["S215龙潭至石门段"]),
]


@pytest.mark.parametrize(("sentence", "expected"), CODE_CASES, ids=lambda c: str(c)[:12])
def test_a_space_between_a_roads_code_and_its_section(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


METRE_CASES = [
    ("国道108米易至德昌段改建完成。", ["国道108线米易至德昌段"]),
    ("推进国道108米易段改建。", ["国道108线米易段"]),
    # negatives: 米 as a length after the road's number, and after a length told of a bridge
    ("改造国道108米,新建人行道。", []),
    ("推进国道108全长40米的桥梁改建。", ["国道108"]),
]


@pytest.mark.parametrize(("sentence", "expected"), METRE_CASES, ids=lambda c: str(c)[:12])
def test_a_place_opening_with_mi_after_a_roads_number(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


RING_CASES = [
    ("推进江津高速、北环线建设。", ["江津高速", "北环线"]),
    ("推进綦江大道、西环线建设。", ["綦江大道", "西环线"]),
    # negative: after a ring of a place, a side's ring is that place's
    ("推进江津东环线、北环线建设。", ["江津东环线", "江津北环线"]),
]


@pytest.mark.parametrize(("sentence", "expected"), RING_CASES, ids=lambda c: str(c)[:12])
def test_a_bare_ring_after_a_line_of_another_kind(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected
