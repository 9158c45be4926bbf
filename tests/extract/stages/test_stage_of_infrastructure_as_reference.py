"""Existing infrastructure named as a reference, and works in progress or inspected (issue 11 item 2).

Stage classes of fresh16 (重庆, 四川, 贵州; issue 11 item 2), checked on the eleven other tuning splits.

Each class is tested on invented sentences, positives and negatives:

* **existing infrastructure named as context** in frames the readers missed (建成): the lines places are linked
  through now ("东端通过X铁路分别衔接甲地、乙地"; "目前,甲市与乙市的联系主要是通过A和B"), a reference point of a
  place's distances ("至X机场60公里、Y港60公里"), a hub's capacity in place ("A港区、B港区分别具备…能力"), a wharf
  people set off from by boat ("从X码头乘船调研"); not when the clause looks ahead ("建成后通过X衔接", "未来主要
  通过…"), measures the item's own length
  ("X全长60公里"), states a capacity still to come ("建成后将具备…能力", "已初步具备") or shipping told as a possibility;
* **a clause of items alone going on with the list before it** ("加快建设A工程,B、C航电枢纽工程等项目"): the verb
  governing the first item governs the rest; not a clause with its own cue, a verb of its own, or after a clause
  that does not end with an item;
* **the works in progress named before the items** ("要加快在建项目建设,全力确保A、B完成全年目标", fresh16 and
  fresh2): 在建, unless the items' own clause names a stage; not a sentence without that lead-in;
* **an inspection of an item's works going on** ("实地察看X建设进展", "视察了X站内装饰装修情况", fresh16 and fresh5):
  在建; not a plan's progress ("规划建设情况"), a service's ("运营情况") or a visit alone.
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("本项目东端通过甲乙铁路分别衔接丙县、丁县,西端在戊城衔接己庚铁路。", "甲乙铁路", "completed"),
        ("线路北端经由甲乙高速公路衔接丙县。", "甲乙高速公路", "completed"),
        ("目前,甲市与乙市的联系主要是通过丙丁高速公路和戊己铁路,复线建成后运力将大幅提升。", "丙丁高速公路", "completed"),
        ("目前,甲市与乙市的联系主要是通过丙丁高速公路和戊己铁路,复线建成后运力将大幅提升。", "戊己铁路", "completed"),
        ("园区货物运输主要依靠甲乙港和丙丁站。", "甲乙港", "completed"),
        # negatives: a link still ahead, a future main way
        ("项目建成后通过甲乙铁路衔接丙县。", "甲乙铁路", "unspecified"),
        ("下一步通过甲乙铁路衔接丙县。", "甲乙铁路", "unspecified"),
        ("未来两地的联系将主要通过甲乙铁路。", "甲乙铁路", "unspecified"),
        # looking ahead before the item's clause, or a plan
        ("项目建成后,通过甲乙铁路衔接丙县。", "甲乙铁路", "unspecified"),
        ("项目建成后,两地联系主要通过甲乙铁路。", "甲乙铁路", "unspecified"),
        ("拟通过甲乙铁路衔接丙县、丁县。", "甲乙铁路", "unspecified"),
        ("规划两地货运主要依靠甲乙港。", "甲乙港", "unspecified"),
    ],
)
def test_linked_through(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("甲县距市中心40公里,至甲乙机场60公里、丙丁港60公里。", "甲乙机场", "completed"),
        ("甲县距市中心40公里,至甲乙机场60公里、丙丁港60公里。", "丙丁港", "completed"),
        ("园区距离丙丁高铁站约15公里。", "丙丁高铁站", "completed"),
        # negatives: the item's own length, a distance ahead, a place measured from the item
        ("甲乙高速公路全长60公里。", "甲乙高速公路", "unspecified"),
        ("建成后,至甲乙机场将仅需30公里。", "甲乙机场", "unspecified"),
        ("甲乙机场距市中心22公里。", "甲乙机场", "unspecified"),
    ],
)
def test_reference_point_of_distances(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("甲乙港丙丁港区、戊己港区分别具备1000吨级、2000吨级轮船直达重庆的能力。", "戊己港区", "completed"),
        ("甲乙港区已具备年吞吐200万吨的能力。", "甲乙港区", "completed"),
        # negatives: a capacity still to come or just reached, a line's capacity
        ("甲乙港区建成后将具备年吞吐200万吨的能力。", "甲乙港区", "unspecified"),
        ("甲乙港区已初步具备装卸能力。", "甲乙港区", "unspecified"),
    ],
)
def test_capacity_in_place(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("副市长一行从甲乙码头乘船实地调研丙江航道。", "甲乙码头", "completed"),
        # negative: shipping from a port told as a possibility once the goods are aboard
        ("货物从甲乙港区乘船后,可沿丙江直抵涪陵。", "甲乙港区", "unspecified"),
    ],
)
def test_wharf_set_off_from(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("加快建设青江石门航运枢纽工程,青江白石、柳河双溪航电枢纽工程等项目。", "青江白石航电枢纽", "under_construction"),
        ("加快建设青江石门航运枢纽工程,青江白石、柳河双溪航电枢纽工程等项目。", "柳河双溪航电枢纽", "under_construction"),
        ("加快建设东林高速公路,西坪高速公路、南山高速公路等重点项目。", "南山高速公路", "under_construction"),
        # negatives: the clause's own cue, a verb of its own, a clause before that does not end with an item
        ("加快建设东林高速公路,西坪高速公路、南山高速公路等项目已建成通车。", "南山高速公路", "completed"),
        ("加快建设东林高速公路,西坪高速公路、南山高速公路等项目前期工作。", "南山高速公路", "preliminary"),
        ("加快建设东林高速公路,推动西坪高速公路、南山高速公路等项目。", "南山高速公路", "unspecified"),
        ("东林高速公路建成通车,西坪高速公路、南山高速公路等项目。", "南山高速公路", "unspecified"),
    ],
)
def test_list_goes_on_after_a_comma(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("要加快在建项目建设,全力确保东林高速公路、西坪高速公路完成全年目标。", "西坪高速公路", "under_construction"),
        ("加快推进在建项目建设,确保东林高速公路完成年度投资。", "东林高速公路", "under_construction"),
        ("加快续建项目建设,确保东林高速公路、西坪高速公路完成全年目标。", "西坪高速公路", "under_construction"),
        ("加快在建工程建设,确保东林高速公路完成年度投资。", "东林高速公路", "under_construction"),
        # negatives: the items' own stage, no lead-in of works in progress
        ("加快在建项目建设,力争东林高速公路年内开工。", "东林高速公路", "starting"),
        ("全力确保东林高速公路、西坪高速公路完成全年目标。", "西坪高速公路", "unspecified"),
        ("在建项目建设有序推进,东林高速公路、西坪高速公路完成全年目标。", "西坪高速公路", "unspecified"),
    ],
)
def test_works_in_progress_lead_in(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("调研组一行前往清平镇,实地察看东林站建设进展,详细了解站区规划及周边用地情况。", "东林站", "under_construction"),
        ("代表们重点视察了轨道交通一号线东林段站内装饰装修情况、配套设施建设情况。", "轨道交通一号线东林段", "under_construction"),
        ("代表们查看了东林高速公路施工进度。", "东林高速公路", "under_construction"),
        # negatives: a plan's progress, a service's, a visit alone
        ("代表们视察了东林高速公路规划建设情况。", "东林高速公路", "proposed"),
        ("代表们了解了东林站运营情况。", "东林站", "unspecified"),
        ("代表们视察了东林站,听取了工作汇报。", "东林站", "unspecified"),
        # 建设情况 after the item is works going on since part-t31 (tests/extract/stages/test_works_status_as_object.py: gold 在建 for 7 of
        # the 8 items so told in the tuning splits); a site's choice is a plan's
        ("调研了东林高速公路项目建设情况。", "东林高速公路", "under_construction"),
        ("考察了东林机场选址及建设情况。", "东林机场", "unspecified"),
    ],
)
def test_inspection_of_works_going_on(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage
