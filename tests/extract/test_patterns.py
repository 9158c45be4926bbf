"""The compiled word and head patterns match what their plain alternations match (issue 16)."""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

import pytest

from geo.extract import lexicon as lx
from geo.extract import patterns
from geo.extract.patterns import GENERIC_RE, HEAD_STARTS, NEG_RE, STOP_RE, place_re

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


def _in_class(c: str, items: list) -> bool:
    """Return whether ``c`` is in a parsed character class."""
    negate = False
    for kind, arg in items:
        if kind is sre.NEGATE:
            negate = True
        elif (kind is sre.LITERAL and c == chr(arg)) or (kind is sre.RANGE and arg[0] <= ord(c) <= arg[1]) or (
                kind is sre.CATEGORY and re.fullmatch(_CATEGORIES[arg], c)):
            return not negate
    return negate


def _starts(items: list, universe: list[str]) -> tuple[set[str], bool]:
    """Return the characters of ``universe`` a parsed pattern can start with, and whether it can match empty."""
    out: set[str] = set()
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero-width: the next item starts the match
        if op is sre.LITERAL:
            return out | ({chr(av)} & set(universe)), False
        if op is sre.IN:
            return out | {c for c in universe if _in_class(c, av)}, False
        if op is sre.ANY:
            return out | set(universe), False
        if op in (sre.SUBPATTERN, sre.BRANCH, sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            branches = av[1] if op is sre.BRANCH else [av[3]] if op is sre.SUBPATTERN else [av[2]]
            empty = op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] == 0
            for branch in branches:
                chars, can_be_empty = _starts(list(branch), universe)
                out |= chars
                empty = empty or can_be_empty
            if not empty:
                return out, False
            continue
        raise AssertionError(f"not handled: {op}")  # a back-reference, a conditional group
    return out, True


#: The characters HEAD_RE's look-ahead lets through: where any head may start.
_ANY_HEAD = [c for c in map(chr, range(0x10000)) if re.fullmatch(f"[{''.join(HEAD_STARTS)}]", c)]


@pytest.mark.parametrize("i", range(len(lx.HEADS)), ids=lambda i: str(lx.HEADS[i][1]))
def test_each_head_kind_is_tried_wherever_it_can_start(i: int) -> None:
    """HEAD_RE tries a kind only at a character of its HEAD_STARTS: that class must hold every
    character (of those any head starts with) the kind's pattern can start with, or a head would be missed there."""
    chars, empty = _starts(list(_parser.parse(lx.HEADS[i][0])), _ANY_HEAD)
    assert not empty
    cls = re.compile(f"[{HEAD_STARTS[i]}]")
    assert sorted(c for c in chars if not cls.fullmatch(c)) == []


def _plain(words: list[str]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))) + ")")


TEXT = ("加快建设成渝中线高铁、渝昆高铁，推进成都至重庆高速公路扩容，研究论证重庆东站至重庆北站联络线。"
        "力争2025年建成重庆新机场，规划建设綦江港区、江津珞璜港和万州新田港二期工程，不再新建X。")


_STOP_WORDS = [*lx.LEFT_STOPS, *(w for w in {re.sub(r"\(\?[=!<][^)]*\)", "", c) for c, _s, _sp in lx.STAGE_CUES}
                                if w.isalnum())]


@pytest.mark.parametrize("compiled, words", [
    (STOP_RE, _STOP_WORDS), (GENERIC_RE, lx.GENERIC_WORDS), (NEG_RE, lx.NEGATIVE_WORDS), (place_re(), lx.PLACES)],
    ids=["stops", "generic", "negative", "places"])
def test_word_patterns_match_the_longest_word_as_a_plain_alternation_does(compiled: re.Pattern[str],
                                                                        words: list[str]) -> None:
    """The words grouped by first character match where and what the words longest first match,
    also repeated inside a larger pattern (the backtracking order is the same)."""
    plain = _plain(list(words))
    text = TEXT + "".join(sorted(words)[::3]) + "".join(w[:-1] for w in sorted(words)[1::3])
    for i in range(len(text)):
        a, b = compiled.match(text, i), plain.match(text, i)
        assert (a and a.span()) == (b and b.span()), text[i:i + 10]
    embedded, plain_run = re.compile(f"(?:{compiled.pattern})+"), re.compile(f"(?:{plain.pattern})+")
    pieces = [text[i:i + n] for i in range(0, len(text) - 8, 3) for n in (2, 4, 8)]
    assert [bool(embedded.fullmatch(p)) for p in pieces] == [bool(plain_run.fullmatch(p)) for p in pieces]


def test_many_first_characters_are_tried_behind_lookaheads_with_the_same_matches() -> None:
    """Invented words of more first characters than one look-ahead holds, some of them a character class's
    own signs (] - ^ \\): the grouped pattern matches where and what the plain alternation does, words and
    non-words alike, and a position opening no word fails at the first look-ahead."""
    firsts = [chr(0x4E00 + 7 * i) for i in range(3 * patterns.WORDS_PER_LOOKAHEAD)] + ["]", "-", "^", "\\", "["]
    words = [f + tail for f in firsts for tail in ("", "甲", "甲乙丙")]
    compiled, plain = patterns.words_re(words), _plain(words)
    assert compiled.pattern.startswith("(?=[") and compiled.pattern.count("(?=[") > 3
    text = "".join(w for w in words[::2]) + "甲乙" + "".join(w[:-1] for w in words[1::2]) + "丙丁]x-^\\["
    for i in range(len(text)):
        a, b = compiled.match(text, i), plain.match(text, i)
        assert (a and a.span()) == (b and b.span()), text[i:i + 6]
    assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert compiled.search("甲乙丙丁") is None and compiled.match("x" + words[0]) is None


@pytest.mark.parametrize("pattern, starts", [
    ("(?<=[江河](?!沿|上游)[\u4e00-\u9fff]{2})综合枢纽|航道", "航综"),  # a look-behind holding a group of its own
    ("(?<=流域[(（][\u4e00-\u9fff]{2}段[)）])综合治理|渡槽", "渡综"),  # brackets in the look-behind's classes
    ("(?<![交通])(?<=[\u4e00-\u9fff])枢纽|船闸", "枢船"),  # two look-behinds in a row
    ("(?:水电|风电)站|(?<=站)综合枢纽", "水综风"),
])
def test_first_characters_skip_whole_look_behinds(pattern: str, starts: str) -> None:
    """An alternative opening with a look-behind starts with what follows the whole look-behind: not any
    character of a class inside it, nor a bracket that the look-behind's own classes hold."""
    assert sorted(patterns.first_chars(pattern)) == sorted(starts)


@pytest.mark.parametrize("pattern, starts", [
    ("甲[)）]乙|丙", "甲丙"),  # a parenthesis alone in a class is a character, not a group's end
    ("[(（]甲|乙", "(（乙"),
    (r"\(甲\)|乙", r"\(乙"),  # escaped parentheses
    ("(?:甲[|]乙|丙)丁|戊", "甲丙戊"),  # a | inside a class splits nothing
    ("[]甲]乙|丙", "]甲丙"),  # a ] right after the class opens is a character
])
def test_first_characters_read_classes_and_escapes_as_characters(pattern: str, starts: str) -> None:
    """A character class or an escape is one atom: its brackets and bars neither open groups nor split
    alternatives, so the kinds after it keep their own first characters."""
    assert sorted(patterns.first_chars(pattern)) == sorted(starts)
    assert all(re.fullmatch(f"[{patterns.first_chars(pattern)}]", c) for c in starts.replace("\\", ""))


@pytest.mark.parametrize("pattern", ["甲?乙|丙", "(?:甲|乙)*丙", "甲{0,2}乙", "[^甲]乙", r"\w乙", ".乙"])
def test_an_alternative_whose_start_cannot_be_told_is_refused(pattern: str) -> None:
    """A first atom that may be absent, a negated class or a class of categories has no first characters a
    look-ahead could hold: refused at import rather than silently skipping where a head may start."""
    with pytest.raises(ValueError):
        patterns.first_chars(pattern)
