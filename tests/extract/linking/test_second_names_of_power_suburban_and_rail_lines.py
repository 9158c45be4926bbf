"""One project written two ways in one document: the variants joined, and what stays apart (issue 11 items 1, 3).

Each class was seen in documents of at least two tuning splits, where the year or stage read at one spelling stayed
with it and the other was scored without it or counted twice; every sentence here is invented for its class, with
negatives of nearby shape where the names stay two items.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_counts, linked

from geo.extract import link
from geo.extract.linking.name_forms import short_forms, variant_key
from geo.model import Entity, EntityType, Mention


# A. A power project written with or without its verb-noun before 工程/项目 (fresh7 s_09 "X特高压交流输电工程" /
#    "X特高压交流工程", fresh16 zd_10 "X光伏发电项目" / "X光伏项目"): one name.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("甲乙1000千伏特高压交流输电工程", "甲乙1000千伏特高压交流工程"),
        ("梅岭光伏发电项目", "梅岭光伏项目"),
        ("梅岭风力发电项目", "梅岭风力项目"),
        ("甲乙500千伏输变电工程", "甲乙500千伏工程"),
    ],
)
def test_a_power_project_with_or_without_its_verb_noun_is_one_name(a: str, b: str) -> None:
    assert variant_key(a) == variant_key(b)


# Negatives: the verb-noun before another word (a plant, a line), or alone before 工程, is part of the name.
@pytest.mark.parametrize(
    ("a", "b"),
    [("梅岭发电厂", "梅岭厂"), ("甲乙输电线路", "甲乙线路"), ("发电项目", "项目"), ("梅岭光伏发电站", "梅岭光伏站")],
)
def test_the_verb_noun_elsewhere_stays(a: str, b: str) -> None:
    assert variant_key(a) != variant_key(b)


def test_a_power_project_written_two_ways_in_a_text_is_one_item() -> None:
    text = "加快推进梅岭、竹溪等光伏发电项目。竹溪光伏项目已开工建设。"
    assert core_counts(text) == [("梅岭光伏发电项目", 1), ("竹溪光伏发电项目", 2)]


# B. A rail line whose kind is written before its ends ("市郊铁路A至B线") and the same line by the first
#    characters of its ends, "AB线" or "AB铁路" (fresh6 o_19 "市郊铁路璧山至铜梁线" / "璧铜线", fresh16 zc_02
#    "市郊铁路璧山至铜梁线" / "璧铜铁路"): one line.
@pytest.mark.parametrize(
    ("full", "short"),
    [("市郊铁路隆昌至叙永线", "隆叙线"), ("市郊铁路隆昌至叙永线", "隆叙铁路"), ("市域铁路隆昌至叙永线", "隆叙线"),
     ("隆昌至叙永线", "隆叙线")],
)
def test_a_suburban_line_and_its_short_form_are_one_line(full: str, short: str) -> None:
    assert linked(full, short) == [sorted([full, short])]


@pytest.mark.parametrize(
    "text",
    [
        "市郊铁路隆昌至叙永线计划于2025年建成。隆叙线全长37公里。",
        "市域(郊)铁路隆昌至叙永线计划于2025年建成,隆叙铁路全长37公里。",
    ],
)
def test_a_suburban_line_written_two_ways_in_a_text_is_one_item(text: str) -> None:
    items = core_counts(text)
    assert len(items) == 1 and items[0][1] == 2, items


# Negatives: a line's part or role closed by 线 is no short form by the ends; two lines' ends, another document.
@pytest.mark.parametrize("name", ["隆叙支线", "隆叙联络线", "隆叙专用线", "隆叙复线", "S1线", "轨道交通1号线"])
def test_a_part_or_role_closed_by_xian_has_no_short_form(name: str) -> None:
    assert short_forms(name, EntityType.RAILWAY) == frozenset()


def test_a_suburban_line_stays_apart_from_other_lines() -> None:
    assert linked("市郊铁路隆昌至叙永线", "隆泸线") == [["市郊铁路隆昌至叙永线"], ["隆泸线"]]
    # two lines whose ends share first characters: the short form of both is left alone
    assert linked("市郊铁路隆昌至叙永线", "市郊铁路隆化至叙永线", "隆叙线") == [
        ["市郊铁路隆化至叙永线"], ["市郊铁路隆昌至叙永线"], ["隆叙线"]]


def test_a_short_form_in_another_document_stays_apart() -> None:
    assert linked("市郊铁路隆昌至叙永线", "隆叙线", docs=("a.txt", "b.txt")) == [["市郊铁路隆昌至叙永线"], ["隆叙线"]]


# C. A high-speed railway named by its ends and by their first characters with the general word 铁路 (fresh8 r_11
#    "铜仁至玉屏高铁" / "铜玉铁路"): one line, when the document names no second line of the other kind.
@pytest.mark.parametrize(
    ("full", "short"),
    [("隆昌至叙永高铁", "隆叙铁路"), ("隆昌至叙永高速铁路", "隆叙铁路")],
)
def test_a_high_speed_line_written_short_with_tielu_is_one_line(full: str, short: str) -> None:
    assert linked(full, short) == [sorted([full, short])]


def test_a_railway_written_two_ways_in_a_text_takes_one_year() -> None:
    text = "今年将建成隆昌至叙永高铁。继隆叙铁路之后,全省铁路里程继续增长。"
    assert core_counts(text) == [("隆昌至叙永高铁", 2)]


# Negatives: a document naming both kinds names two lines ("成渝铁路" and "成渝高铁"); a section of the line stays
# apart from it; two lines sharing an end. (Across documents the abbreviation key already joins them: _same_keys.)
def test_both_kinds_named_stay_two_lines() -> None:
    groups = linked("隆叙铁路", "隆叙高铁", "隆昌至叙永高铁")
    assert groups == [["隆叙铁路"], sorted(["隆叙高铁", "隆昌至叙永高铁"])]
    groups = linked("隆叙高铁", "隆叙铁路", "隆昌至叙永铁路")
    assert groups == [["隆叙铁路", "隆昌至叙永铁路"], ["隆叙高铁"]]


# Not the other way: "甲乙高铁" does not name "甲山至乙水铁路", which may be the two cities' older line (fresh4 j_03
# "荆荆高铁" / "荆门至荆州铁路" stays two items for that reason).
@pytest.mark.parametrize("full", ["隆昌至叙永铁路", "隆昌至叙永城际铁路"])
def test_a_short_form_with_gaotie_does_not_name_a_full_tielu(full: str) -> None:
    assert len(linked(full, "隆叙高铁")) == 2


def test_a_section_and_lines_sharing_an_end_stay_apart() -> None:
    assert linked("隆叙铁路隆昌至泸县段", "隆昌至叙永高铁") == [["隆叙铁路隆昌至泸县段"], ["隆昌至叙永高铁"]]
    assert linked("隆泸铁路", "隆昌至叙永高铁") == [["隆昌至叙永高铁"], ["隆泸铁路"]]
    # the short form of two full names of the other kind stays apart from both
    assert linked("隆叙铁路", "隆昌至叙永高铁", "隆化至叙永高铁") == [["隆化至叙永高铁"], ["隆叙铁路"], ["隆昌至叙永高铁"]]


def test_highways_are_not_read_by_kind() -> None:
    assert linked("隆昌至叙永高速公路", "隆叙高速", type_=EntityType.HIGHWAY) == [sorted(["隆叙高速", "隆昌至叙永高速公路"])]


# D. One name its sentences read as two kinds in one document (fresh5 m_09 and fresh8 r_19: a tunnel read as a
#    railway's in one sentence and a road's in another; fresh7 s_04: a line's code "S11线"): one item, of the kind
#    most of its mentions take.
def test_one_name_read_as_two_kinds_is_one_item_of_the_commoner_kind() -> None:
    ents = [
        Entity(name="梅岭隧道", type=EntityType.RAILWAY,
               mentions=[Mention(doc="t.txt", text="梅岭隧道", quote="", start=0, end=4)]),
        Entity(name="梅岭隧道", type=EntityType.HIGHWAY,
               mentions=[Mention(doc="t.txt", text="梅岭隧道", quote="", start=k, end=k + 4) for k in (20, 40)]),
    ]
    (one,) = link(ents)
    assert one.type is EntityType.HIGHWAY and len(one.mentions) == 3


def test_one_name_of_two_kinds_tied_takes_the_first_kind() -> None:
    assert [e.type for e in link([
        Entity(name="梅岭隧道", type=EntityType.RAILWAY,
               mentions=[Mention(doc="t.txt", text="梅岭隧道", quote="", start=0, end=4)]),
        Entity(name="梅岭隧道", type=EntityType.HIGHWAY,
               mentions=[Mention(doc="t.txt", text="梅岭隧道", quote="", start=20, end=24)]),
    ])] == [EntityType.RAILWAY]


# Negatives: the same name in two documents, two names of two kinds, or a name beside an other_facility stay apart.
@pytest.mark.parametrize(
    ("a", "b", "docs"),
    [
        (("梅岭隧道", EntityType.RAILWAY), ("梅岭隧道", EntityType.HIGHWAY), ("a.txt", "b.txt")),
        (("梅岭隧道", EntityType.RAILWAY), ("梅岭大桥", EntityType.HIGHWAY), ("t.txt", "t.txt")),
        (("梅岭物流园", EntityType.LOGISTICS_HUB), ("梅岭物流园", EntityType.OTHER_FACILITY), ("t.txt", "t.txt")),
    ],
)
def test_two_kinds_stay_apart(a: tuple[str, EntityType], b: tuple[str, EntityType], docs: tuple[str, str]) -> None:
    ents = [Entity(name=n, type=t, mentions=[Mention(doc=d, text=n, quote="", start=10 * k, end=10 * k + len(n))])
            for k, ((n, t), d) in enumerate(zip((a, b), docs))]
    assert len(link(ents)) == 2
