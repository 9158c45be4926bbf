"""A clause's lead glued before a name ends at any verb or function word of Chinese (issue #11 item 1).

The lexicon's stop words are the verbs policy documents use most; news prose and letters put others
before a name ("增加X站的班次", "出席X高铁开工仪式", "追赶X机场", "过去五年X铁路"). A general lexicon of
verbs, adverbs, prepositions, conjunctions, pronouns, time words and set phrases
(``data/language/function_words.tsv``, from jieba's dictionary) ends the lead when a place, a route
code or two of a line's initials opens the rest. Sentences invented for the class; the negatives are
names that hold such a word themselves.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

from geo.extract import lexicon as lx


@pytest.mark.parametrize("text, expected", [
    ("铁路部门今年增加达州东站的停靠班次。", "达州东站"),         # a verb
    ("省委书记出席渝昆高铁开工仪式。", "渝昆高铁"),                # a verb before a line's initials
    ("客流量正在追赶宜昌三峡机场。", "宜昌三峡机场"),             # a verb of comparison
    ("相关部门调整安顺西站的进站道路。", "安顺西站"),             # a verbal noun
    ("会议强调要高度重视万州港的集疏运。", "万州港"),              # a set phrase
    ("车辆一律绕行G75兰海高速。", "G75兰海高速"),                  # before a route code
])
def test_a_lead_ending_in_a_verb_is_not_part_of_the_name(text: str, expected: str) -> None:
    names = core_names(text)
    assert expected in names, names
    assert not any(n.endswith(expected) and n != expected for n in names), names


@pytest.mark.parametrize("text, expected", [
    ("迎宾大道建成通车。", "迎宾大道"),                          # a verb alone before the head is the name
    ("遵义新舟机场改扩建工程开工。", "遵义新舟机场"),              # a place the lexicon also tags a verb
    ("渝遂复线一期南环枢纽互通建成。", "渝遂复线一期南环枢纽互通"),  # a phase ("一期") stays in the name
    ("羊角至上坝段航道整治工程开工。", "羊角至上坝段航道整治工程"),  # 至 joins a route's ends (至上 is an adverb too)
])
def test_names_holding_such_a_word_keep_it(text: str, expected: str) -> None:
    assert expected in core_names(text)


def test_the_word_list_is_general_language() -> None:
    assert len(lx.FUNCTION_WORDS) > 5000
    assert {"增加", "出席", "追赶", "过去", "重视"} <= lx.FUNCTION_WORDS
    assert all(1 <= len(w) <= 4 for w in lx.FUNCTION_WORDS)
    # one character only for the commonest verbs and prepositions (因, 接, 离, 自), not for nouns or adjectives
    assert {"因", "接", "自"} <= lx.FUNCTION_WORDS
    assert not {"新", "老", "大", "路", "江"} & lx.FUNCTION_WORDS
