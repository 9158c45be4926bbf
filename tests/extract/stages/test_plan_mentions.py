"""Stage of items named as part of a plan (part-u28, issue 11 item 2): planned only (研究论证).

Classes, each tested on invented sentences, positives and negatives:

* **an item one of a plan's network** ("X是省加密规划网中12条高速之一", "X是省高速公路规划网中的重要组成部分"):
  研究论证 (fresh14 p_11); not one the clause says is built ("是规划网中已建成的8条高速之一") nor one the sentence
  tells the works of ("…之一,已于2019年建成通车");
* **the items a plan names** ("在该规划中涉及某市的铁路项目有A、B等两个项目", "规划中包括A、B"): 研究论证 (fresh26
  zx_07 ×3); not when the sentence tells an item's works ("…,其中B已开工建设");
* **a route told as planned** ("X,规划由A经B、C至D", also after a connective opening the sentence, "但X,规划由…"):
  研究论证 (fresh17 ze_03); a start whose date is unknown ("没有确切的开工建设时间") is no status of the works.
* **a report of the preparation after the item's clause** ("X线路确定,前期工作有序推进", "X五市政府一致同意共建方式,
  前期工作顺利推进"): 前期工作, not the 在建 of a report from the site (fresh14 p_05, and fresh8, fresh19 one item each);
  a report of the works or of all tasks ("各项工作有序推进") stays 在建.

Words: ``data/language/name_words.toml`` plan_contents, planned_networks, subject_connectives.
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("青石至白沙高速公路是省加密规划网中8条强化路网衔接高速之一,为地方高速。", "青石至白沙高速公路", "proposed"),
        ("青石至白沙高速公路是省高速公路规划网中的重要组成部分。", "青石至白沙高速公路", "proposed"),
        # negatives: an existing line of the network, a line whose sentence tells it is built
        ("青石高速是省规划网中已建成的8条高速之一。", "青石高速", "completed"),
        ("青石高速是省规划路网中的骨架线路之一,已于2019年建成通车。", "青石高速", "completed"),
        ("青石高速是省高速公路网中的骨架线路之一。", "青石高速", "unspecified"),
    ],
)
def test_one_of_a_plan_network(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("在该规划中涉及东坝的铁路项目有白沙至青石铁路、红岩铁路等两个项目。", "白沙至青石铁路", "proposed"),
        ("在该规划中涉及东坝的铁路项目有白沙至青石铁路、红岩铁路等两个项目。", "红岩铁路", "proposed"),
        ("规划中包括红岩港、白沙港两个港口。", "红岩港", "proposed"),
        # negatives: a plan's list of works to build keeps its convention; an item's own works told after
        ("规划建设白沙至青石铁路、红岩铁路。", "白沙至青石铁路", "proposed"),
        ("在该规划中涉及东坝的铁路项目有白沙至青石铁路、红岩铁路等两个项目,其中红岩铁路已开工建设。", "红岩铁路", "unspecified"),
        ("东坝中涉及的红岩铁路已开工建设。", "红岩铁路", "starting"),
    ],
)
def test_items_a_plan_names(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("白沙至红岩高铁东坝至青石段,规划由东坝经红岩至青石,目前没有确切的开工时间。", "白沙至红岩高铁东坝至青石段", "proposed"),
        ("白沙至红岩高铁东坝至青石段,规划由东坝经石门至红岩,当时没有确切的具体开工建设时间。", "白沙至红岩高铁东坝至青石段", "proposed"),
        ("但白沙至红岩高铁东坝至青石段,规划由东坝经石门、柳溪至湖南红岩。", "白沙至红岩高铁东坝至青石段", "proposed"),
        # negatives: the route of works going on, a plan drawn up by an office (no route), a route told without 规划
        ("白沙至红岩高铁东坝至青石段,规划由东坝经石门至红岩,目前正在加紧施工。", "白沙至红岩高铁东坝至青石段", "under_construction"),
        ("白沙至红岩高铁东坝至青石段,线路由东坝经石门至红岩。", "白沙至红岩高铁东坝至青石段", "unspecified"),
        ("但白沙至红岩高铁东坝至青石段,线路由东坝经石门至红岩。", "白沙至红岩高铁东坝至青石段", "unspecified"),
    ],
)
def test_route_told_as_planned(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # a report after the item's clause is of its preparation ("X线路确定,前期工作有序推进"): 前期工作, not 在建
        ("青石高速线路确定,前期工作有序推进。", "青石高速", "preliminary"),
        ("青石高速五市政府一致同意共建方式,前期工作顺利推进;白沙高速已挂网招标。", "青石高速", "preliminary"),
        # negatives: a report of the works, of all the tasks, and a preparation told of the next item
        ("青石高速线路确定,各项工作有序推进。", "青石高速", "under_construction"),
        ("东坝隧道焊花飞溅,快速掘进。", "东坝隧道", "under_construction"),
        ("青石高速线路确定,白沙港前期工作有序推进。", "青石高速", "unspecified"),
    ],
)
def test_report_of_the_preparation(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage
