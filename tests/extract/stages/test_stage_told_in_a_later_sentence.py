"""A stage told in a later sentence about the same works (issue 11 item 2).

* **a later sentence carrying the item on as its subject** ("X位于A镇,全长30公里。项目于去年开工,目前已完成投资5亿元",
  a heading's item whose paragraph goes on "项目进展顺利,已完成主体工程"): when the item is the one item of its
  sentence and that sentence's subject, the first stage cue of a later sentence opening with a referring head (项目,
  工程, 该项目…; the walk :func:`geo.extract.stages.references.topic_sentence` reads for years) is the item's. A start
  dated and followed by the works' time ("工程于2019年12月开工,计划2024年6月完工") is works going on, as a start told
  with 已 is. Not when the item's sentence names other items (项目 may be any or all of them), nor across a new
  heading or another item's sentence, nor a cue of another head's attribute ("项目东接在建的城区干道"), nor a person
  of the project ("项目负责人介绍,…"), nor after a line closed by a colon (it introduces what follows).
* **a list entry's line naming the item alone** ("1.X高速公路\n全长60公里,已完成路基工程80%。", "一、X\n该项目…"): the
  sentence right under it tells the item's stage; an enumerator before a sentence's subject is no lead-in. Not a
  list of names a line each, nor a next line opening with another item, nor the document's headline.
* **a start told by a referring sentence with the works' time or spending after it** ("该项目于去年开工,目前已完成
  投资5亿元"): works going on, as in the item's own sentence (``later_clauses.going_on_after``).
"""

from __future__ import annotations

import pytest
from extract_helpers import case, stage_of

#: Two list entries, each a line naming its item and a sentence under it.
_ENTRIES = "今年重点项目进展如下。\n1.甲乙高速公路\n全长60公里,已完成路基工程80%。\n2.丙丁铁路\n全长40公里,正在开展前期工作。"


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # the item is its sentence's subject and the one item: a later 项目/工程 sentence tells its stage
        case("甲乙高速公路位于丙镇,全长30公里,设计时速100公里。项目于去年开工,目前已完成投资5亿元。", "甲乙高速公路",
             "under_construction"),
        case("甲乙快速通道\n全长12公里,双向四车道。项目进展顺利,已完成主体工程。", "甲乙快速通道", "under_construction"),
        case("甲乙大桥位于丙镇,全长800米。项目已于今年3月开工建设。", "甲乙大桥", "starting"),
        case("丙丁水库位于甲镇,库容300万立方米。工程计划于2025年3月开工,2027年完工。", "丙丁水库", "starting"),
        # a start dated with the works' time after it goes on; dated alone it stays a start
        case("丙丁水库位于甲镇,库容300万立方米。工程于2019年12月开工,计划2024年6月完工。", "丙丁水库",
             "under_construction"),
        case("丙丁水库位于甲镇,库容300万立方米。工程于2019年12月开工。", "丙丁水库", "starting"),
        # negatives: two items before 项目, a list's 项目, a new heading, another item's sentence between
        case("甲乙高速公路、丙丁铁路是今年的重点工程。项目已开工建设。", "甲乙高速公路", "unspecified"),
        case("今年将实施以下项目:\n甲乙高速公路\n丙丁铁路\n项目均已开工。", "甲乙高速公路", "unspecified"),
        case("甲乙高速公路\n全长30公里。\n二、水运\n项目已开工建设。", "甲乙高速公路", "unspecified"),
        case("据了解,甲乙高速公路位于丙县。戊己铁路全长50公里。项目已开工建设。", "甲乙高速公路", "unspecified"),
        # negatives: a cue of another head's attribute, a person of the project, a line closed by a colon
        case("甲乙高速公路位于丙县,全长30公里。项目东接在建的城区干道。", "甲乙高速公路", "unspecified"),
        case("甲乙高速公路位于丙县,全长30公里。项目负责人介绍,隧道已开工建设。", "甲乙高速公路", "unspecified"),
        case("甲乙高速公路全长60公里,设计时速100公里:\n项目已开工建设。", "甲乙高速公路", "unspecified"),
        # a 该项目 sentence: a start with the works' spending after it goes on, alone it stays a start
        case("甲乙大道项目位于丙镇,全长8公里。该项目于去年开工,目前已完成投资5亿元。", "甲乙大道", "under_construction"),
        case("甲乙大道项目位于丙镇,全长8公里。该项目已于今年3月开工。", "甲乙大道", "starting"),
        # a list entry's line naming the item alone (after its enumerator): the sentence under it, or 该项目 there
        case("一、甲乙高速公路\n该项目全长60公里,目前进展顺利,已完成主体工程。", "甲乙高速公路", "under_construction"),
        case(_ENTRIES, "甲乙高速公路", "under_construction"),
        case(_ENTRIES, "丙丁铁路", "preliminary"),
        # negatives: a list of names a line each, the next line opening with another item, the document's headline
        case("重点项目如下。\n甲乙高速公路\n丙丁铁路\n戊己水库已开工建设。", "甲乙高速公路", "unspecified"),
        case("重点项目如下。\n1.甲乙高速公路\n丙丁铁路全长40公里,已开工建设。", "甲乙高速公路", "unspecified"),
        case("甲乙高速公路\n全长60公里,已完成路基工程80%。", "甲乙高速公路", "unspecified"),
    ],
)
def test_stage_told_by_a_later_referring_sentence(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage
