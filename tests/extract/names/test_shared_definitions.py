"""Rules that were written twice (twins) and now have one definition: each user still reads the class of
text it read before. Invented sentences, positives and negatives."""

from __future__ import annotations

import pytest
from extract_helpers import core_names

from geo.extract import lexicon as lx
from geo.extract.patterns import GENERIC_RE, STOP_RE

#: A preposition of route (经, 接, 至: lexicon.VIA_LEADS) opening a name's span before a place, a road's code or
#: a longer name is no part of it; before one character and the head it opens the name. A one-character verb
#: that opens names (创: lexicon.PLACE_ONLY_STOPS) ends a lead only before a place, as a function word does.
LEADS = [
    ("项目起点接G85渝昆高速,终点位于江津区。", ["G85渝昆高速"]),
    ("道路向南延伸至綦江区东溪大道。", ["綦江区东溪大道"]),
    ("经綦江区连通万盛机场。", ["万盛机场"]),
    ("接龙大道建成通车。", ["接龙大道"]),
    ("至善路改造完成。", ["至善路"]),
    ("经开大道建成通车。", ["经开大道"]),
    ("桥隧比近九成,创四川省高铁建设纪录。", []),
    ("创业大桥建成通车。", ["创业大桥"]),
]


@pytest.mark.parametrize(("text", "names"), LEADS)
def test_route_prepositions_and_place_only_verbs_open_no_name(text: str, names: list[str]) -> None:
    assert core_names(text) == names


#: Places with their suffixes before a line's initials drop from its name; before a word naming the line by
#: its role for the place (lexicon.PLACE_LINE_ROLES, or a generic word such as 外环) they stay.
ADMIN_PREFIXES = [
    ("湖南省湘西州吉恩高速建成通车。", ["吉恩高速"]),
    ("铜仁市环城高速公路建成通车。", ["铜仁市环城高速公路"]),
    ("遵义市二环高速建成。", ["遵义市二环高速"]),
    ("贵阳市外环高速公路建成通车。", ["贵阳市外环高速公路"]),
]


@pytest.mark.parametrize(("text", "names"), ADMIN_PREFIXES)
def test_places_before_a_lines_initials(text: str, names: list[str]) -> None:
    assert core_names(text) == names


def test_every_place_line_role_is_read() -> None:
    """A role word that is a generic word or a stop word is never reached: the rest holding it is no line's
    initials already, so the list would hold a word that does nothing."""
    assert [w for w in lx.PLACE_LINE_ROLES if GENERIC_RE.search(w) or STOP_RE.search(w)] == []


#: A water works head of a kind of supply or diversion needs a modifier of two characters (lexicon.MIN_MODIFIER),
#: as 提水工程 and 取水工程 do: one character before it names no works.
WATER_MODIFIERS = [
    ("加快建设龙引水工程。", []),
    ("实施枫调水工程。", []),
    ("开工建设枫供水项目。", []),
    ("推进綦江区引水工程建设。", ["綦江区引水工程"]),
    ("开工建设白鹤供水工程。", ["白鹤供水工程"]),
]


@pytest.mark.parametrize(("text", "names"), WATER_MODIFIERS)
def test_water_supply_heads_need_two_characters(text: str, names: list[str]) -> None:
    assert core_names(text) == names
