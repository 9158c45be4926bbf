"""A lead word is cut from a name only where it ends a word (issue 11 item 1, part k39).

Invented sentences and spans, one class each, with negatives of nearby shape:

* a preposition of way (经, 接, 沿, 过) opening a name's span is cut only where it ends a word: not before a class's
  suffix (性, 化, 型, 式) nor as the first character of a longer word of the general lexicon (经营, 经销, 接待); a
  place right after it makes it the preposition again ("经梅溪镇", "接G85");
* a class of works by its financing (还贷性收费, 经营性收费) before a kind names no item.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

from geo.extract.names.lead_words import ends_word

ENDS_WORD_CASES = [
    # (text, start, end, ends a word there)
    ("经青岭镇至梅溪高速", 0, 1, True),
    ("接G85银昆高速", 0, 1, True),
    ("沿青岭大道", 0, 1, True),
    # negatives: a suffix after the word, a longer word of the lexicon it opens
    ("经营性收费公路", 0, 1, False),
    ("经销型物流园", 0, 1, False),
    ("开放式物流园", 0, 2, False),
    ("规范化管理", 0, 2, False),
    ("接待服务中心", 0, 1, False),
]


@pytest.mark.parametrize(("text", "start", "end", "expected"), ENDS_WORD_CASES, ids=lambda c: str(c)[:10])
def test_a_lead_word_ends_a_word_only_where_no_longer_word_goes_on(text: str, start: int, end: int,
                                                                   expected: bool) -> None:
    assert ends_word(text, start, end) is expected


NAME_CASES = [
    ("推进经营性收费公路改造。", []),
    ("采用还贷性收费公路方式建设。", []),
    ("梅溪经营性收费公路建成。", ["梅溪经营性收费公路"]),
    # negatives: the preposition of way before a place or a route code is still cut
    ("线路经梅溪镇接青岭高速。", ["青岭高速"]),
    ("项目终点接G85银昆高速。", ["G85银昆高速"]),
]


@pytest.mark.parametrize(("sentence", "expected"), NAME_CASES, ids=lambda c: str(c)[:12])
def test_a_preposition_of_way_opening_a_longer_word_stays_in_it(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected
