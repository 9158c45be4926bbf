"""Lines of a numbered grid plan listed far from their head word (issue #11 item 1).

The largest class of missed items over the eleven tuning splits is lists of compact line names or routes whose
head is far from them. One general shape of it, found in three documents of three splits, is a plan's grid:
its network is named once with its label ("“六横六纵”的高速路网", "“一纵三横”高速骨架") and its lines are listed

A. before the label, joined to it by a verb of composition ("A、B、C组成的“一纵三横”高速骨架");
B. inside the network after one of its labels ("高速公路网中“三纵”甲至乙的首段");
C. on a line of their own, opened by one of the plan's labels and a colon ("六横:甲至乙(甲-丙-乙)、AB(…)").

An item is a route from a known place, or a compact name each character of which the gazetteer reads as a
place near the others. Every sentence is invented for its class; the negatives are the same shapes with no item
(a grid alone), region pairs (川渝, 黔渝), a region's name (成渝地区双城经济圈), a slogan of cooperation (川渝合作),
places that are no lines (乐山、阆中) and people's names.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

COMPOSED_CASES = [
    ("全县基本形成乐雅、眉乐、遂广组成的“一纵两横”高速骨架。", ["乐雅高速公路", "眉乐高速公路", "遂广高速公路"]),
    # 遂西: 西 is 西充 or 西安; a stem of short forms is taken among items the gazetteer reads
    ("全市形成成南、遂西、绵遂组成的“一纵两横”高速骨架。", ["成南高速公路", "遂西高速公路", "绵遂高速公路"]),
    ("区内已有成达万、渝万组成的“一横一纵”高铁网。", ["成达万高铁", "渝万高铁"]),
]
COMPOSED_NEGATIVES = [
    "全市基本形成“一纵三横”高速骨架。",
    "川渝、黔渝组成的“两横”高速骨架初步形成。",
    "成渝地区双城经济圈“一纵三横”高速公路网加快形成。",
    "由张成、李达组成的“三纵”高速骨架调研组开展工作。",
    "深化川渝合作、推进成渝地区双城经济圈组成的“一纵三横”高速骨架。",
]


@pytest.mark.parametrize(("sentence", "names"), COMPOSED_CASES, ids=lambda c: str(c)[:12])
def test_lines_composing_a_plan_before_its_label(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize("sentence", COMPOSED_NEGATIVES, ids=lambda c: c[:12])
def test_a_grid_of_no_lines_names_none(sentence: str) -> None:
    assert core_names(sentence) == []


INSIDE_CASES = [
    ("该路是全省高速公路网中“二纵”仁怀至赤水的首段。", ["仁怀至赤水高速公路"]),
    ("该线是省高铁网中“一横”遵义至铜仁段的延伸。", ["遵义至铜仁高铁"]),
]
INSIDE_NEGATIVES = [
    "该路是全省高速公路网中“三纵”的重要组成部分。",
    "该路是全省高速公路网中“三纵”中的重要一段。",
]


@pytest.mark.parametrize(("sentence", "names"), INSIDE_CASES, ids=lambda c: str(c)[:12])
def test_a_route_inside_a_network_after_its_label(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize("sentence", INSIDE_NEGATIVES, ids=lambda c: c[:12])
def test_a_label_without_a_route_names_none(sentence: str) -> None:
    assert core_names(sentence) == []


PLAN = "规划形成“四横三纵”的高速路网布局。\n"
LABEL_LINE_CASES = [
    (PLAN + "四横:习水至正安(习水-桐梓-正安)、遵余(遵义-湄潭-余庆)。", ["习水至正安高速公路", "遵余高速公路"]),
    # a compact name the gazetteer does not read, its waypoints in a bracket
    (PLAN + "三纵:绥阳至正安(绥阳-正安)、杭瑞(毕节-遵义-德江)。", ["绥阳至正安高速公路", "杭瑞高速公路"]),
    ("规划形成“两横一纵”的铁路网。\n两横:遵义至铜仁、毕节至六盘水。", ["遵义至铜仁铁路", "毕节至六盘水铁路"]),
]
LABEL_LINE_NEGATIVES = [
    "四横:深化川渝合作、推进成渝地区双城经济圈建设。",  # no plan defines the label
    "四横:习水至正安、遵义至余庆。",  # routes under a label no plan defines
    PLAN + "四横:乐山、阆中。",  # places, no lines
    PLAN + "四横:川渝、黔渝。",  # region pairs
    PLAN + "两环:习水至正安、遵义至余庆。",  # a label the plan does not have
]


@pytest.mark.parametrize(("sentence", "names"), LABEL_LINE_CASES, ids=lambda c: str(c)[20:32])
def test_lines_listed_under_a_label_of_the_plan(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize("sentence", LABEL_LINE_NEGATIVES, ids=lambda c: c[-14:])
def test_a_label_line_of_no_plan_or_no_lines_names_none(sentence: str) -> None:
    assert core_names(sentence) == []
