"""Sections named on their own, and names run on across a joining word (issue #11 item 1).

Every sentence is invented for its class (made-up lines and spots; county names from the gazetteer), with
negatives of nearby shape:

A. a stretch "A至B段" named alone that goes on where a section of a line named in its sentence or the one
   before stops ("G348甲至乙段已建成,乙至丙段已开工"), or stops where it starts: a section of that line, named
   with it, whatever its ends' places; the same stretch backwards, another stretch from the same end, or a
   stretch two sentences on names none;
B. a stretch whose end is a known place and a spot in it ("万州垭口", "城口县城"): a place's end like the place;
   two spots of no known place name none;
C. a place where a line meets the line after 与 ("在甲与乙铁路交汇", "在甲附近与乙高速交叉", "在甲与乙高速设置
   枢纽"): the place takes no head; "甲与乙高速公路同步开工" and "在甲与乙高速建设中" stay lists of two lines.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

CHAINED_CASES = [
    ("G348琼岚至梅溪段已建成通车,梅溪至石垭段已开工建设,石垭至枫坪段正在开展前期工作。",
     ["G348琼岚至梅溪段", "G348梅溪至石垭段", "G348石垭至枫坪段"]),
    ("琼枫高速公路琼岚至梅溪段已建成通车。梅溪至石垭段已开工建设。",
     ["琼枫高速公路琼岚至梅溪段", "琼枫高速公路梅溪至石垭段"]),
    ("琼枫高速公路石垭至梅溪段已开工建设。琼岚至石垭段正在开展前期工作。",
     ["琼枫高速公路石垭至梅溪段", "琼枫高速公路琼岚至石垭段"]),
    ("琼枫高速公路琼岚至梅溪段已建成通车。项目进展顺利,梅溪至石垭段已开工建设。",
     ["琼枫高速公路琼岚至梅溪段", "琼枫高速公路梅溪至石垭段"]),
]
# Negatives: another stretch from the same end, the same stretch backwards, a stretch two sentences on.
CHAINED_NEGATIVES = [
    ("琼枫高速公路岚口至梅溪段已建成,岚口至石坳段正在规划。", ["琼枫高速公路岚口至梅溪段"]),
    ("琼枫高速公路岚口至梅溪段已建成,梅溪至岚口段正在规划。", ["琼枫高速公路岚口至梅溪段"]),
    ("琼枫高速公路琼岚至梅坳段已建成通车。项目进展顺利。沿线群众受益。梅坳至石坳段已开工建设。",
     ["琼枫高速公路琼岚至梅坳段"]),
]


@pytest.mark.parametrize(("sentence", "names"), CHAINED_CASES, ids=lambda c: str(c)[:14])
def test_stretch_chained_off_a_section_is_its_lines(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), CHAINED_NEGATIVES, ids=lambda c: str(c)[:14])
def test_stretch_not_chained_names_no_section(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


LOCALITY_CASES = [
    ("国道999线万州城区至巫溪段提档升级。其中万州垭口至巫溪石门段已通过审核。",
     ["国道999线万州城区至巫溪段", "国道999万州垭口至巫溪石门段"]),
    ("琼岚大道全线贯通、城口县城至梅溪段即将通车。", ["琼岚大道", "琼岚大道城口县城至梅溪段"]),
]
# Negatives: spots of no known place, and a spot longer than a spot's few characters.
LOCALITY_NEGATIVES = [
    ("国道999线万州城区至巫溪段提档升级。其中青杠垭口至桐子林段已通过审核。", ["国道999线万州城区至巫溪段"]),
    ("琼岚大道全线贯通、城口县老城片区至梅溪段即将通车。", ["琼岚大道"]),
]


@pytest.mark.parametrize(("sentence", "names"), LOCALITY_CASES, ids=lambda c: str(c)[:14])
def test_stretch_from_a_spot_of_a_known_place(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), LOCALITY_NEGATIVES, ids=lambda c: str(c)[:14])
def test_stretch_between_unknown_spots_names_none(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


MEETING_CASES = [
    ("琼梅铁路在岚溪与枫林铁路交汇。", ["琼梅铁路", "枫林铁路"]),
    ("琼梅高速在岚口附近与枫林高速交叉,终点青山。", ["琼梅高速", "枫林高速"]),
    ("项目在松岚与梅枫高速设置枢纽。", ["梅枫高速"]),
    ("琼梅高铁在岚溪与梅枫、松林高铁相连。", ["琼梅高铁", "梅枫高铁", "松林高铁"]),
]
# Negatives: 与 joining two lines of a list, also after 在 when no verb of meeting closes the clause.
MEETING_NEGATIVES = [
    ("琼岚与梅枫高速公路同步开工建设。", ["琼岚高速公路", "梅枫高速公路"]),
    ("在琼岚与梅枫高速建设中,两地加强协作。", ["琼岚高速", "梅枫高速"]),
]


@pytest.mark.parametrize(("sentence", "names"), MEETING_CASES, ids=lambda c: str(c)[:14])
def test_place_where_lines_meet_takes_no_head(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), MEETING_NEGATIVES, ids=lambda c: str(c)[:14])
def test_list_joined_by_yu_keeps_both_lines(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
