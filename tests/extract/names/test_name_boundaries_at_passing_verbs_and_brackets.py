"""Name boundaries (issue 11 item 1): a verb of passing before a route's waypoint, a place read across two
stop words, a span opening inside a bracket closed before the name, a one-character verb that opens a town's short
form, and a line's short form by its end's second character. Every sentence is invented for its class (made-up items
on places of the gazetteer), each class with negatives of nearby shape."""

from __future__ import annotations

import pytest
from extract_helpers import core_names, stage_of, years_of

from geo.extract.linking.name_forms import short_forms
from geo.model import EntityType

# A. 过 before a waypoint of a route told place by place ("东起A站,过B机场、C区,至D"): the verb, no part of the name.
#    过境 (a line's role for its place) and 过江 (a crossing) open names and keep it.
PASSING_CASES = [
    ("线路向西经云台县,过桐柏凤栖机场、丰城市,至白马镇。", ["桐柏凤栖机场"]),
    ("新线北起梅溪站,过宁远港,止于丰城。", ["梅溪站", "宁远港"]),
]
PASSING_NEGATIVES = [
    ("过境高速公路建成通车。", ["过境高速公路"]),
    ("新建云台过境公路。", ["云台过境公路"]),
    ("新建过江隧道。", ["过江隧道"]),
    ("旅客可经过桐柏凤栖机场前往南方。", ["桐柏凤栖机场"]),
]


@pytest.mark.parametrize(("sentence", "expected"), PASSING_CASES + PASSING_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_verb_of_passing_opens_no_name(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


# B. A place read across two stop words, one ending inside it and one opening inside it ("向南通过X": 向南 | 通过, not
#    the city 南通): the words are read. A place with one stop word only inside it stays ("南通过境高速公路", "打造成都…").
STRADDLE_CASES = [
    ("北起宁远,向南通过宁远至丰城高铁可达华东。", ["宁远至丰城高铁"]),
    ("近期向南通过梅黄铁路、丰林铁路可达港口。", ["梅黄铁路", "丰林铁路"]),
]
STRADDLE_NEGATIVES = [
    ("建设南通过境高速公路。", ["南通过境高速公路"]),
    ("打造成都至丰城高铁。", ["成都至丰城高铁"]),
    ("旅客可通过宁远至丰城高铁直达华东。", ["宁远至丰城高铁"]),
]


@pytest.mark.parametrize(("sentence", "expected"), STRADDLE_CASES + STRADDLE_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_place_across_two_stop_words_is_no_place(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


# C. A span that opens inside a bracket of the clause closed before the name ("…(11条建成,2条在建)X高铁"): the name
#    starts after the bracket. A bracket inside the name ("沪昆(昆明)高铁", a note) stays in it.
BRACKET_CASES = [
    ("目前有甲、乙等13条铁路途经该区(11条建成,2条在建)宁丰高铁已经于2022年开工。", ["乙铁路", "宁丰高铁"]),
    ("全区有5座港口(3座建成,2座在建)梅溪港今年投用。", ["梅溪港"]),
]
BRACKET_NEGATIVES = [
    ("推进沪昆(昆明)高铁建设。", ["沪昆(昆明)高铁"]),
    ("开工建设宁远(东)至丰城高速公路。", ["宁远(东)至丰城高速公路"]),
]


@pytest.mark.parametrize(("sentence", "expected"), BRACKET_CASES + BRACKET_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_bracket_closed_before_the_name_opens_no_name(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


# D. A one-character verb (含 "including") that is the first character of a town's short form right before the head
#    ("实施含浦立交改造": 含浦 of 含浦街道): the town's character, not the verb. Before a name that is no town it stays the
#    verb ("工程含黎明立交"), and a list's joiner (和) is left to the rules of lists.
TOWN_CASES = [
    ("实施含浦立交改造工程。", ["含浦立交"]),
    ("含浦立交建成通车。", ["含浦立交"]),
]
TOWN_NEGATIVES = [
    ("本工程含黎明立交、白马立交两座立交。", ["黎明立交", "白马立交"]),
    ("新建黎明立交。", ["黎明立交"]),
]


@pytest.mark.parametrize(("sentence", "expected"), TOWN_CASES + TOWN_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_verb_opening_a_town_short_form_is_the_town(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


def test_a_joiner_opening_a_town_short_form_stays_a_joiner() -> None:
    assert "和新站" not in core_names("设有白马枢纽互通和新站、黎明两处落地互通。")


# E. A line written by an end's second character when the region's abbreviations say so (康 for 安康:
#    data/regions/*/abbreviations.csv, key_of): "康渝高铁" is "安康至重庆高铁". An end without such a row keeps its first
#    character only.
def test_short_form_by_an_ends_second_character() -> None:
    assert "康渝:hsr" in short_forms("安康至重庆高铁", EntityType.RAILWAY)
    assert "延渝:hsr" in short_forms("延安至重庆高铁", EntityType.RAILWAY)
    assert "安渝:hsr" not in short_forms("延安至重庆高铁", EntityType.RAILWAY)


def test_a_line_in_full_and_by_an_ends_second_character_is_one_item() -> None:
    text = "安康至重庆高铁全线开工。康渝高铁建成后,两地通行时间缩短。"
    assert core_names(text) == ["安康至重庆高铁"]


def test_another_line_of_the_same_initials_stays_apart() -> None:
    text = "延安至重庆高铁全线开工。康渝高铁建成后,两地通行时间缩短。"
    assert sorted(core_names(text)) == sorted(["延安至重庆高铁", "康渝高铁"])


# F. 接轨 after an item tells a join done (the item is existing context) unless a works noun follows it ("X支线接轨工程"):
#    then it names the item's own works, and the clauses after it (a forecast) stay the item's.
def test_a_join_with_a_works_noun_is_the_items_own_works() -> None:
    text = "2022年3月,省政府批复了梅黄高铁预留丰林支线接轨工程,目前接轨工程已完成投资约60%,计划2024年10月完工。"
    assert years_of(text, "梅黄高铁预留丰林支线")[0] == 2024


@pytest.mark.parametrize("name", ["梅黄铁路", "丰林铁路"])
def test_a_join_told_done_stays_existing_context(name: str) -> None:
    assert stage_of("梅黄铁路与丰林铁路接轨。", name) == "completed"


# G. A list's number in brackets opening a list of items sharing one head ("(二)A至B、C至D高速公路"): no part of the first
#    item, as it is none of a single name's ("(二)A至B高速公路"). A bracket closing a name stays ("沪昆(昆明)高铁" above).
LIST_NUMBER_CASES = [
    ("(二)宁远至梅溪、丰城至云台高速公路全线建成通车。", ["宁远至梅溪高速公路", "丰城至云台高速公路"]),
    ("2)宁远至梅溪、丰城至云台高速公路全线建成通车。", ["宁远至梅溪高速公路", "丰城至云台高速公路"]),
]
LIST_NUMBER_NEGATIVES = [
    ("推进宁远至梅溪、丰城至云台高速公路建设。", ["宁远至梅溪高速公路", "丰城至云台高速公路"]),
    ("（二）宁远至梅溪高速公路全线建成通车。", ["宁远至梅溪高速公路"]),
]


@pytest.mark.parametrize(("sentence", "expected"), LIST_NUMBER_CASES + LIST_NUMBER_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_list_number_opens_no_list_item(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected
