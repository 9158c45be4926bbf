"""Lead words glued to a name that still matches but cannot be placed (issues 11 and 12, part k37).

Invented sentences, one class each, with negatives of nearby shape:

* the place word that is also a verb of opening a way (打通, a town's name) before a way's name (a road, a railway,
  a waterway, a tunnel): the verb, whatever its adverb ("为打通X干线航道瓶颈", "打通Y隧道"); before a site, a place's
  suffix or a route's join it stays the town ("打通X产业基地", "打通镇X公路", "打通至X公路");
* the verb 修通 (build a way through) before a line's name, as 打通;
* the state of an existing work before its name ("接现状318国道", "既有线甲乙铁路"): the existing road or line,
  no part of its name; before the head alone it names a kind ("现状道路"), and a name opening with 现 keeps it;
* a noun of news or of the state of affairs closing a clause whose comma the text lacks ("据官方消息X高铁",
  "推进情况Y站"), and the verb of hearing news ("听说Z铁路"): the clause's words.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names, doc_stage

WAY_VERB_CASES = [
    ("为打通青岭干线航道瓶颈,市里正在推进前期工作。", ["青岭干线航道"]),
    ("年内打通梅溪岭隧道,实现两地通行。", ["梅溪岭隧道"]),
    ("为何不早点打通嘉禾路北延线直通火车站?", ["嘉禾路北延线"]),
    ("代表建议修通青岭至白石公路。", ["青岭至白石公路"]),
    # negatives: the town before a route's join, its suffix or a site; a verb before its head alone
    ("推进打通至白石公路前期工作。", ["打通至白石公路"]),
    ("打通镇青岭公路建成通车。", ["打通镇青岭公路"]),
    ("打通大健康生物医药产业基地开工。", ["打通大健康生物医药产业基地"]),
    ("加快打通铁路专用线。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), WAY_VERB_CASES, ids=lambda c: str(c)[:12])
def test_a_verb_of_opening_a_way_is_no_part_of_the_way(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


STATE_CASES = [
    ("项目终点接现状318国道。", ["318国道"]),
    ("线路向东接入现状青白铁路。", ["青白铁路"]),
    ("既有线梅溪铁路等级低,尚未开通客运。", ["梅溪铁路"]),
    # negatives: the state before the head alone, a name opening with 现, an existing line after a station
    ("现状道路改造已完成。", []),
    ("现龙大道建成通车。", ["现龙大道"]),
    ("青岭北站既有线改造完成后,梅溪铁路开通。", ["青岭北站", "梅溪铁路"]),
]


@pytest.mark.parametrize(("sentence", "expected"), STATE_CASES, ids=lambda c: str(c)[:12])
def test_the_state_of_an_existing_work_is_no_part_of_its_name(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


NEWS_CASES = [
    ("按照官方给出的消息青岭高铁甲至乙段投资535亿元。", ["青岭高铁甲至乙段"]),
    ("会议通报了推进情况梅溪高铁南站设计方案。", ["梅溪高铁南站"]),
    ("听说青白铁路半年后开通。", ["青白铁路"]),
    # negatives: the same words closing a clause with its comma, and after the name
    ("据官方消息,青岭高铁开工。", ["青岭高铁"]),
    ("梅溪高铁南站建设情况良好。", ["梅溪高铁南站"]),
]


@pytest.mark.parametrize(("sentence", "expected"), NEWS_CASES, ids=lambda c: str(c)[:12])
def test_a_clause_of_news_glued_before_a_name_is_no_part_of_it(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


STATE_STAGE_CASES = [
    ("线路向东接入现状青白铁路。", "青白铁路", "completed"),
    ("既有线梅溪铁路等级低,尚未开通客运。", "梅溪铁路", "completed"),
    # negative: a line named with no state word before it
    ("梅溪铁路等级低,尚未开通客运。", "梅溪铁路", "unspecified"),
]


@pytest.mark.parametrize(("sentence", "name", "stage"), STATE_STAGE_CASES, ids=lambda c: str(c)[:12])
def test_the_state_word_cut_from_a_name_still_tells_its_stage(sentence: str, name: str, stage: str) -> None:
    assert doc_stage(sentence, name) == stage
