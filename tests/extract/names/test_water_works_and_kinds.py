"""Water works named "…工程" without a reservoir or a river's head, and kinds of works named by their role,
traffic or size (issue #11 item 1; part-16f).

Classes found among the missed and spurious items of the tuning splits fresh13 and fresh9: a diversion
named by its source and target with 入 or 补 ("引X入Y工程"), works of water supply or replenishment with a
phase or a hub ("X供水二期工程", "X补水枢纽工程"), the strengthening of embankments ("X堤防加固维修工程"); and
a modifier made only of words of a role, a traffic, a shape or a size before a head ("省会机场", "重载铁路",
"亿吨大港"), which names a kind, not an item (data/language/name_words.toml, generic_words). Every sentence
is invented for its class (made-up places), and each class has negatives of nearby shape.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

# A. Water works named by what they do with the water: a diversion with 入 or 补, supply and replenishment
#    with a phase or a hub, embankments strengthened or repaired.
WATER_CASES = [
    ("加快推进引琼入岚工程前期工作。", ["引琼入岚工程"]),
    ("长江委正在开展引江补岚工程前期工作。", ["引江补岚工程"]),
    ("关于加快实施梅岭滩抗旱应急补水工程的提案收悉。", ["梅岭滩抗旱应急补水工程"]),
    ("琼岚供水二期工程加快建设。", ["琼岚供水二期工程"]),
    ("岚湖重要堤防加固维修工程已完成可行性研究报告。", ["岚湖重要堤防加固维修工程"]),
    ("岚山市防洪及梅江补水枢纽工程的琼水库基本建成。", ["梅江补水枢纽工程", "琼水库"]),
]
# Negatives: talent or capital drawn into a park is no diversion; a kind of
# works with one generic character or nothing before its head names no item.
WATER_NEGATIVES = [
    ("推进引才入园工程。", []),
    ("推进湖区重点垸堤防加固工程建设。", []),
    ("推进堤防加固工程建设。", []),
    ("实施一批补水工程。", []),
]


@pytest.mark.parametrize(("sentence", "names"), WATER_CASES + WATER_NEGATIVES, ids=lambda c: str(c)[:12])
def test_water_works_named_by_what_they_do(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# B. A modifier of role, traffic, shape or size alone before a head: a kind of works, no item.
KIND_CASES = [
    ("全省民用运输机场达到10个,省会机场改扩建加快推进。", []),
    ("着力打造国际门户港和多式联运中转港。", []),
    ("新建重载铁路200公里,开通双层集装箱铁路通道。", []),
    ("努力建成亿吨大港。", []),
    ("修建景区公路、资源路和背街小巷路。", []),
    ("该处为定向立交。", []),
    ("加快省外铁路通道建设。", []),
]
# Negatives: a place before the same words names one item; a name of its own beside them stays.
KIND_NEGATIVES = [
    ("梅岭国际门户港加快建设。", ["梅岭国际门户港"]),
    ("加快建设岚坪景区公路。", ["岚坪景区公路"]),
    ("琼州民用机场已建成。", ["琼州民用机场"]),
    ("岚坪至梅岭重载铁路开工建设。", ["岚坪至梅岭重载铁路"]),
    ("梅岭港是重要的发运港。", ["梅岭港"]),
]


@pytest.mark.parametrize(("sentence", "names"), KIND_CASES + KIND_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_modifier_of_role_traffic_or_size_names_a_kind(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
