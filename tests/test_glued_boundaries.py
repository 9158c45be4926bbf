"""Name boundaries of news and report prose: words glued to a head or a list (issue #11 item 1; part-16g).

Classes found among the spurious items of the tuning splits fresh8, fresh9 and fresh13: a road's head 路
that opens a longer word (路灯, 路衍, 路率, 山高路远), a list before a head that is the subject of a figure
("X等路率"), a verb ending in a list joiner (涉及), a name, an adverb and the preposition 与 ("X拟与Y相接"), a
count made an ordinal by 又 ("又一条铁路"), a length told of the item before ("高速路200公里高铁…"), and a
head that is part of a village's or a town's name ("大桥村"). Every sentence is invented for its class
(made-up places and items), and each class has negatives of nearby shape.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

# A. 路 opening a longer word, or a head before a statistic of its kind: no road, no list of items.
ROAD_WORD_CASES = [
    ("新增背街小巷路灯2210盏。", []),
    ("打造千亿级路衍经济产业链。", []),
    ("白石山高路远,出行不便。", []),
    ("全省高速公路优等路率达到95%以上,农村公路优良中等路率达到80%。", []),
    ("岚坪、梅岭等高速公路数量达到12条。", []),
]
# Negatives: a street, an adverb 率先 after a line, a list before a network still name items.
ROAD_WORD_NEGATIVES = [
    ("岚坪路建成通车。", ["岚坪路"]),
    ("岚坪铁路率先建成通车。", ["岚坪铁路"]),
    ("岚坪、梅岭等铁路率先建成通车。", ["岚坪铁路", "梅岭铁路"]),
    ("项目将有效串联岚坪、梅岭等高速路网。", ["岚坪高速", "梅岭高速"]),
]


@pytest.mark.parametrize(("sentence", "names"), ROAD_WORD_CASES + ROAD_WORD_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_head_opening_a_longer_word_or_a_figure(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# B. A joiner that is no separator of a list: the last character of a verb (涉及), or the preposition 与
#    after a name and an adverb of the clause (拟与, 也与).
JOINER_CASES = [
    ("今年主要涉及岚坪、梅岭、白石3条高速公路。", ["岚坪高速公路", "梅岭高速公路", "白石高速公路"]),
    ("工程惠及岚坪、梅岭两条铁路。", ["岚坪铁路", "梅岭铁路"]),
    ("岚坪至梅岭高速公路拟与白石高速北段路线相接。", ["岚坪至梅岭高速公路", "白石高速北段"]),
    ("岚坪至梅岭高速公路也与白石高速相接。", ["岚坪至梅岭高速公路", "白石高速"]),
]
# Negatives: real lists joined by 及, 与, 和, items of two initials ending in an adverb's character.
JOINER_NEGATIVES = [
    ("岚坪、梅岭及白石高速公路开工。", ["岚坪高速公路", "梅岭高速公路", "白石高速公路"]),
    ("万正和道正高速开工。", ["万正高速", "道正高速"]),
    ("岚坪、梅岭、白石3条高速公路开工。", ["岚坪高速公路", "梅岭高速公路", "白石高速公路"]),
]


@pytest.mark.parametrize(("sentence", "names"), JOINER_CASES + JOINER_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_joiner_that_is_a_verb_or_a_preposition(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# C. A count made an ordinal ("又一条": another), a length told of the item before: no name.
COUNT_CASES = [
    ("岚州又一条铁路全面开工建设。", []),
    ("岚州又一条高速公路建成通车。", []),
    ("今年力争新开工高速路200公里高铁300公里。", []),
    ("新开工的梅岭至白石段正线全长478公里高铁。", []),
]
# Negatives: a length after a route's ends names the stretch; a line after its own length is still named.
COUNT_NEGATIVES = [
    ("实施龙溪口至合江门81公里航道整治。", ["龙溪口至合江门81公里航道整治"]),
    ("岚坪高速公路全长48公里梅岭隧道贯通。", ["岚坪高速公路", "梅岭隧道"]),
    ("岚坪、梅岭2条铁路开工。", ["岚坪铁路", "梅岭铁路"]),
]


@pytest.mark.parametrize(("sentence", "names"), COUNT_CASES + COUNT_NEGATIVES, ids=lambda c: str(c)[:12])
def test_an_ordinal_count_or_a_told_length_before_a_head(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# D. A head that is part of a village's or a town's name ("大桥村", "隧道乡"): the route's end, no item.
PLACE_CASES = [
    ("推进武都至梅岭、彭阳至大桥村等24条高速公路。", ["武都至梅岭高速公路", "彭阳至大桥村高速公路"]),
    ("线路经过白石县大桥镇、梅岭镇。", []),
]
# Negatives: the bridge before 村民 (its villagers), a route ending at a town named with its suffix.
PLACE_NEGATIVES = [
    ("梅岭大桥村民出行更方便了。", ["梅岭大桥"]),
    ("岚坪大桥建成通车。", ["岚坪大桥"]),
    ("岚坪至石桥镇公路开工。", ["岚坪至石桥镇公路"]),
]


@pytest.mark.parametrize(("sentence", "names"), PLACE_CASES + PLACE_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_head_inside_a_place_name(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
