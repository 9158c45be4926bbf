"""A bare mode word of news and interview prose taken for a named item (issue #11 item 1; part-n22).

Classes found among the spurious items of the tuning split fresh19 (and fresh14, fresh16, fresh17): the
text speaks of a mode of travel, a service, a quality or a grade, and the prose before the mode word was
glued on as its name. Every sentence is invented for its class (made-up items); each class has negatives
of the same frame with a named item, which must stay.
"""

from __future__ import annotations

import pytest

from geo.extract import extract
from tests.extract_helpers import source


def names(text: str) -> list[str]:
    """Return the names of the core items extracted from ``text`` under a neutral title line."""
    return [e.name for e in extract(source(text)) if e.type != "other_facility"]


# A. A count or an ordinal of vehicles or runs before the mode word (lead_phrases.TIME_LEAD_RE with
#    lexicon.VEHICLE_COUNT_RE, data/language/name_words.toml vehicle_classifiers): trains counted.
VEHICLE_CASES = [
    ("傍晚，一辆高铁列车从稻田边驶过。", []),
    ("本县的第一班高铁列车从梅林站驶出。", ["梅林站"]),
    ("首班高铁于清晨6时发车。", []),
    ("当天共有3趟高铁停靠。", []),
    ("首次高铁开进青岭县。", []),
]
VEHICLE_NEGATIVES = [
    ("第一班梅岭高铁列车从白石站驶出。", ["梅岭高铁", "白石站"]),
    ("一辆青溪高铁列车驶过田野。", ["青溪高铁"]),
    ("梅岭高铁列车已开行。", ["梅岭高铁"]),
    ("首次梅岭高铁列车开进青岭县。", ["梅岭高铁"]),
    ("二次供水泵站建成。", ["二次供水泵站"]),
]

# B. A speaker's opinion, a recent-past time phrase, a verb of entering an era before the mode word
#    (left_stops): the verb's object is the mode of travel; a named line after the verb keeps its name.
PROSE_CASES = [
    ("那么，你觉得市郊铁路建成以后会带来哪些变化？", []),
    ("大家认为高铁让出行更方便。", []),
    ("以前要坐三个小时大巴，前段时间高铁提速，一小时就能到。", []),
    ("青岭县开启高铁时代。", []),
    ("全县步入高速时代。", []),
]
PROSE_NEGATIVES = [
    ("你觉得梅岭铁路建成以后会带来哪些变化？", ["梅岭铁路"]),
    ("前段时间梅溪高铁提速，一小时就能到。", ["梅溪高铁"]),
    ("全线开启白石高速扩容。", ["白石高速"]),
    ("开启G93高速扩容。", ["G93高速"]),
    ("青岭县开启梅溪高铁建设新篇章。", ["梅溪高铁"]),
]

# C. A purpose, a quality or a length said of a kind (generic_words): no item is named.
KIND_CASES = [
    ("投入资金改造群众急盼的出行路300公里。", []),
    ("居民盼望修好上下班路。", []),
    ("今年修建便民路12条。", []),
    ("对构建安全便捷高速的铁路网十分必要。", []),
    ("线路设超长隧道穿越梅岭后到达白石镇。", []),
]
KIND_NEGATIVES = [
    ("梅岭隧道建成通车。", ["梅岭隧道"]),
    ("青溪大桥建成通车。", ["青溪大桥"]),
    ("白沙路改造完成。", ["白沙路"]),
    ("梅岭高速建成通车。", ["梅岭高速"]),
]

# D. A road's technical grade with only a verb, a class of road or a slogan before it (lexicon.GRADE_LEAD_RE,
#    grade_leads): the grade a road is built to, no road.
GRADE_CASES = [
    ("项目已列入省级规划，拟三级公路技术标准进行建设。", []),
    ("改造省道达标三级路40公里。", []),
    ("全面实现县区通二级公路。", []),
]
GRADE_NEGATIVES = [
    ("梅白一级公路建成通车。", ["梅白一级公路"]),
    ("青岭至白石二级公路开工建设。", ["青岭至白石二级公路"]),
    ("拟建梅溪高速公路。", ["梅溪高速公路"]),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    VEHICLE_CASES + VEHICLE_NEGATIVES + PROSE_CASES + PROSE_NEGATIVES + KIND_CASES + KIND_NEGATIVES
    + GRADE_CASES + GRADE_NEGATIVES,
    ids=lambda c: str(c)[:14],
)
def test_mode_word_is_no_item(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected
