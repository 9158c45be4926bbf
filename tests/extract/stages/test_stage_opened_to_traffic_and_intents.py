"""Roads opened to traffic, credits, intents about an item, a planned layout and completions in turn (issue 11 item 2).

Held-out stage classes of the eleven tuning splits, 未说明 ↔ 建成 (issue 11 item 2).

Each class is tested on invented sentences, positives and negatives:

* **a road opened to traffic** ("正式向社会车辆开放通行"): 建成, as 通车 is; put off ("暂不开放通行"), denied,
  forecast ("预计年底开放通行"), a condition ("开放通行后") or a reopening after repairs are not;
* **a photo credit led by its word** ("X公路 摄影/某某", "摄影:某报记者 某某"): the item pictured is in
  service, unless the caption shows works or a plan;
* **the whole a part is told to belong to** ("X作为A高速的重要组成部分"): no stage, and none guessed by the
  learned stage (held); not a whole "现为" (now) part of;
* **an intent about the item** ("拟将X纳入…", "X拟与Y相接"): planned only (研究论证); an intent's object is
  the item or list right after it, not an item further on ("纳入Y升级改造项目": Y keeps its own works);
* **a strand of a planned layout** ("规划形成“六横六纵”的路网布局。六横:A、B", "三纵包括A、B四条输水干渠"):
  研究论证; not a layout told as formed, nor an item with a cue of its own;
* **completions one after another** ("A、B段已陆续建成投产"): 建成, not the 续建 (works continued) inside 陆续建成.
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_held_of, stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("甲乙高速公路今日正式向社会车辆开放通行。", "甲乙高速公路", "completed"),
        ("12月30日上午10时,甲乙高速公路开放通行。", "甲乙高速公路", "completed"),
        ("重庆甲乙至四川丙丁高速公路重庆段(简称甲丁高速)正式向社会车辆开放通行。", "重庆甲乙至四川丙丁高速公路重庆段", "completed"),
        # negatives: put off, denied, forecast, a condition, a reopening
        ("甲乙高速公路暂不开放通行。", "甲乙高速公路", "under_construction"),
        ("甲乙高速公路尚未开放通行。", "甲乙高速公路", "under_construction"),
        ("甲乙高速公路暂不通车。", "甲乙高速公路", "under_construction"),
        ("甲乙高速公路预计年底开放通行。", "甲乙高速公路", "under_construction"),
        ("甲乙高速公路开放通行后,车程将缩短一半。", "甲乙高速公路", "unspecified"),
        ("甲乙大桥维修完毕后恢复开放通行。", "甲乙大桥", "unspecified"),
    ],
)
def test_opened_to_traffic(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("甲乙公路 摄影/张 三\n丙丁镇近年来交通条件明显改善。", "甲乙公路", "completed"),
        ("甲乙公路 摄影:某报记者 张三\n", "甲乙公路", "completed"),
        ("列车在甲乙铁路飞驰 摄影/张 三\n", "甲乙铁路", "completed"),
        # negatives: works or a plan pictured, no credit, no credit's word
        ("建设中的甲乙铁路 摄影:某报记者 张三\n", "甲乙铁路", "under_construction"),
        ("2018年3月13日甲乙机场建设夜景 摄影:某报记者 张三\n", "甲乙机场", "unspecified"),
        ("甲乙公路效果图 摄影/张三\n", "甲乙公路", "unspecified"),
        ("甲乙公路\n", "甲乙公路", "unspecified"),
        ("甲乙公路摄影大赛在丙丁镇举行。", "甲乙公路", "unspecified"),
    ],
)
def test_credit_led_by_its_word(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "held"),
    [
        ("甲乙高速公路丙丁段作为戊己高速的重要组成部分,全长8公里。", "戊己高速", True),
        ("甲乙大桥项目是丙丁快速路的重要组成部分,线路西起戊镇。", "丙丁快速路", True),
        ("甲乙铁路为丙丁铁路的重要组成部分,全长50公里。", "丙丁铁路", True),
        # negatives: the part itself, a whole "now" part of, a line joined
        ("甲乙高速公路丙丁段作为戊己高速的重要组成部分,全长8公里。", "甲乙高速公路丙丁段", False),
        ("经核实,甲乙路现为丙丁公路的组成部分,该线路起于戊镇。", "丙丁公路", False),
        ("甲乙高速与戊己高速相连。", "戊己高速", False),
    ],
)
def test_whole_of_a_part_is_held(text: str, name: str, held: bool) -> None:
    stage, is_held = stage_held_of(text, name)
    assert is_held is held
    if held:
        assert stage == "unspecified"


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("甲乙交通运输局拟将甲乙快速通道纳入国道212线升级改造项目实施。", "甲乙快速通道", "proposed"),
        ("为优化路网布局,甲乙高速公路拟与丙丁高速公路北段路线相接。", "甲乙高速公路", "proposed"),
        ("甲乙水库拟与丙丁水库连通。", "甲乙水库", "proposed"),
        # negatives: the place an intent puts the object (its own works), a date, a place of works
        ("甲乙交通运输局拟将甲乙快速通道纳入国道212线升级改造项目实施。", "国道212", "upgrade"),
        ("甲乙高速公路拟将于2025年开工建设。", "甲乙高速公路", "starting"),
        ("经我局积极争取,拟在甲乙高速公路丙丁互通新建连接线。", "甲乙高速公路丙丁互通", "unspecified"),
    ],
)
def test_intent_about_the_item(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


_LAYOUT = "公路方面,规划形成“两横两纵”的高速路网布局。\n两横:甲乙高速公路、丙丁高速公路。\n两纵:戊己高速公路、庚辛高速公路。"


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        (_LAYOUT, "丙丁高速公路", "proposed"),
        (_LAYOUT, "庚辛高速公路", "proposed"),
        ("构建“一横两纵为纲”的水网总体布局。一横是指甲乙水系连通工程;两纵包括丙丁输水干渠、戊己输水干渠。", "丙丁输水干渠", "proposed"),
        # negatives: a layout in place, an item's own cue, no layout named before the label
        ("全县基本形成“两横两纵”的高速路网骨架。两横:甲乙高速公路、丙丁高速公路。", "丙丁高速公路", "unspecified"),
        ("公路方面,规划形成“两横两纵”的高速路网布局。\n两横:甲乙高速公路已建成通车,丙丁高速公路正在建设。", "甲乙高速公路", "completed"),
        ("甲乙高速公路和丙丁高速公路横贯全县。两横:甲乙高速公路、丙丁高速公路。", "丙丁高速公路", "completed"),
    ],
)
def test_strand_of_a_planned_layout(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("甲乙铁路分段建设,其中甲乙铁路丙丁段已陆续建成投产。", "甲乙铁路丙丁段", "completed"),
        ("近年来陆续建成投运甲乙铁路、丙丁铁路等重大项目。", "丙丁铁路", "completed"),
        # negatives: works continued, one after another or not
        ("今年续建甲乙高速公路、丙丁高速公路。", "丙丁高速公路", "under_construction"),
        ("继续建设甲乙高速公路。", "甲乙高速公路", "under_construction"),
        ("甲乙高速公路等项目陆续建设。", "甲乙高速公路", "under_construction"),
    ],
)
def test_completions_one_after_another(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage
