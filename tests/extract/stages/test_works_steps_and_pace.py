"""A step of the works, or their pace, told of an item: works going on (issue 11 item 2).

* **a step of the works told done or going on, or their pace** (words in ``data/language/name_words.toml``:
  works_step_words, works_pace_words): the track or the pavement laid through ("轨道全线铺通"), a structure's heavy
  parts lifted into place ("首台风机吊装", "钢箱梁吊装"), full speed told with any verb or as a state ("建设已达全速状态",
  "全速建设X", "随着X快速建设") → 在建, as 铺轨, 架梁 and 全速推进. Not negated ("尚未铺通"), nor a condition ("铺通后"), nor a crane's
  handling of cargo ("龙门吊装卸"), nor the pace of the tasks before works ("前期工作全速推进": 前期工作).
* **the civil works told done** ("X土建工程已基本完成", "土建施工全部完工") → 在建: the fitting out is still ahead, as after
  线下工程; not their tender ("土建工程招标已完成": 前期工作).
* **the pace of works going on told after the items** ("A、B等项目正快速推进", "A、B等全速推进", "A、B等项目也在紧锣密鼓的
  开发建设之中", "A、B也是火力全开"): 在建, as "正在推进X", 全力推进 and 如火如荼 already were (fresh22 zo_01 ×2, fresh28
  yb_03 ×2, fresh32 xb_08 ×5, fresh9 u_02 ×2). Not the pace of the preliminary work ("前期工作正加快推进", "全速推进前期
  工作"), nor the items of the next clause.
"""

from __future__ import annotations

import pytest
from extract_helpers import case, doc_stage, stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # a step of the works: going on
        case("今年5月,甲乙城际铁路轨道全线铺通,下月将开展静态验收。", "甲乙城际铁路", "under_construction"),
        case("丙丁快速路沥青路面已全线铺通。", "丙丁快速路", "under_construction"),
        case("丙丁风电场今年3月完成首批风机吊装。", "丙丁风电场", "under_construction"),
        case("丙丁大桥主桥钢箱梁吊装进度过半。", "丙丁大桥", "under_construction"),
        # the works' pace as a state or before the verb
        case("甲乙水库工程建设已进入全速状态。", "甲乙水库", "under_construction"),
        case("今年将全速建设丙丁高速公路。", "丙丁高速公路", "under_construction"),
        case("随着甲乙港二期工程快速建设,港口吞吐能力将明显提升。", "甲乙港二期", "under_construction"),
        case("随着甲乙港二期工程建设,港口吞吐能力将明显提升。", "甲乙港二期", "unspecified"),
        # the civil works done: the fitting out is still ahead
        case("丙丁立交土建工程已基本完成。", "丙丁立交", "under_construction"),
        case("甲乙隧道土建施工全部完工,正在进行机电安装。", "甲乙隧道", "under_construction"),
        # negatives: negated, a condition, another verb's item, a crane's cargo, the pace of the preparation
        case("甲乙城际铁路轨道尚未铺通。", "甲乙城际铁路", "unspecified"),
        case("甲乙城际铁路轨道铺通后,将开通运营。", "甲乙城际铁路", "unspecified"),
        case("丙丁高速公路已建成通车,甲乙城际铁路轨道全线铺通。", "丙丁高速公路", "completed"),
        case("工人在甲乙港指挥龙门吊装卸货物。", "甲乙港", "unspecified"),
        case("丙丁高速公路前期工作全速推进。", "丙丁高速公路", "preliminary"),
        case("丙丁高速公路土建工程招标已完成。", "丙丁高速公路", "preliminary"),
        case("甲乙高速公路已建成通车,丙丁立交土建工程已基本完成。", "甲乙高速公路", "completed"),
    ],
)
def test_a_step_or_the_pace_of_the_works(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("快速路方面,东环线改造、南北大道三期、西岭隧道等项目正快速推进。", "南北大道三期", "under_construction"),
        ("快速路方面,东环线改造、南北大道三期、西岭隧道等项目正快速推进。", "西岭隧道", "under_construction"),
        ("青石高速、东坝航运工程等全速推进,北岭高速等前期工作有序开展。", "东坝航运工程", "under_construction"),
        ("同时,东坝、青石等旅游航运开发项目,也在紧锣密鼓的开发建设之中。", "东坝航运开发", "under_construction"),
        ("东坝航电枢纽、青石航电枢纽也是火力全开。", "东坝航电枢纽", "under_construction"),
        # negatives: the next clause's item, the preliminary work's pace, a plan sought
        ("青石高速、东坝航运工程等全速推进,北岭高速等前期工作有序开展。", "北岭高速", "preliminary"),
        ("北岭至南湾高铁前期工作正加快推进。", "北岭至南湾高铁", "preliminary"),
        ("青石高速全速推进前期工作。", "青石高速", "preliminary"),
        ("青石高速正积极争取纳入国家规划。", "青石高速", "proposed"),
    ],
)
def test_works_pace_after_items(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage
