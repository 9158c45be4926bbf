"""Verbs of a visit before a kind, counts after listed lines, and streams before a rank (issue 11 item 1).

Name classes of the hidden set's provinces, read on the tuning split fresh14 (issue #11 item 1).

Every sentence is invented for its class (made-up places and items), with negatives of nearby shape:

A. a verb of a visit, of attention or of upkeep glued before a kind ("考察公路交通建设", "关注机场的建设进度",
   "保持公路良好的技术状态", "问我机场的建设进展"): the kind is the verb's object, no name;
B. a count after the last of listed lines ("A、B高速公路2条"): the count counts the list, whose items are names;
C. streams listed before a rank and the works on them ("A河、B河等重要支流航道整治工程"): the works of each
   stream are items, as without the rank.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

VERB_CASES = [
    ("昨日,岚州市考察团来我市考察公路交通建设。", []),
    ("群众十分关注机场的建设进度。", []),
    ("切实保持公路良好的技术状态。", []),
    ("朋友们都会问我机场的建设进展。", []),
    ("大家沿着富路奔小康。", []),
]
# Negatives: the same verbs before a named line keep the name.
VERB_NEGATIVES = [
    ("代表团考察了琼岚高速公路建设。", ["琼岚高速公路"]),
    ("市民关注琼岚高速公路何时通车。", ["琼岚高速公路"]),
    ("车队沿着琼岚高速公路前行。", ["琼岚高速公路"]),
]


@pytest.mark.parametrize(("sentence", "names"), VERB_CASES + VERB_NEGATIVES, ids=lambda c: str(c)[:12])
def test_verb_before_a_kind_is_no_name(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


COUNT_CASES = [
    ("今年力争开工琼岚、梅瑶高速公路2条。", ["琼岚高速公路", "梅瑶高速公路"]),
    ("开工建设琼岚、梅瑶、岚坪铁路3条。", ["琼岚铁路", "梅瑶铁路", "岚坪铁路"]),
]
# Negatives: a count after a kind, or after a listed work that is no line, names nothing.
COUNT_NEGATIVES = [
    ("水库设坝后式电站1座、渠道电站2座。", []),
    ("新建、改建高速公路3条。", []),
    # a tally of groups: the 、 closes a counted group, so the kind after it is counted, not listed
    ("包括互通立交2座(琼州立交、梅岭立交)、简易立交2座(岚坪立交、梅溪立交)。",
     ["琼州立交", "梅岭立交", "岚坪立交", "梅溪立交"]),
    ("建成高速公路2条、普通公路3条。", []),
]


@pytest.mark.parametrize(("sentence", "names"), COUNT_CASES + COUNT_NEGATIVES, ids=lambda c: str(c)[:12])
def test_count_after_listed_lines(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


STREAM_CASES = [
    ("启动了琼水河、梅溪河等重要支流航道整治工程建设。", ["琼水河航道整治", "梅溪河航道整治"]),
    ("启动了琼水河、梅溪河等重要航道整治工程。", ["琼水河航道整治", "梅溪河航道整治"]),
]
# Negatives: towns before a rank are roles, and streams before a bare kind stay a kind.
STREAM_NEGATIVES = [
    ("琼州、岚州等重要交通枢纽城市。", []),
    ("琼水江、梅溪江等重要航道。", []),
]


@pytest.mark.parametrize(("sentence", "names"), STREAM_CASES + STREAM_NEGATIVES, ids=lambda c: str(c)[:12])
def test_streams_before_a_rank_and_their_works(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
