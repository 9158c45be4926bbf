"""Stage cues of an item's own clause the rules did not read (issue 11 item 2, part-s42).

* **a step of the works told done or going on, or their pace** (words in ``data/language/name_words.toml``:
  works_step_words, works_pace_words): the track or the pavement laid through ("轨道全线铺通"), a structure's heavy
  parts lifted into place ("首台风机吊装", "钢箱梁吊装"), full speed told with any verb or as a state ("建设已达全速状态",
  "全速建设X", "随着X快速建设") → 在建, as 铺轨, 架梁 and 全速推进. Not negated ("尚未铺通"), nor a condition ("铺通后"), nor a crane's
  handling of cargo ("龙门吊装卸"), nor the pace of the tasks before works ("前期工作全速推进": 前期工作).
* **the civil works told done** ("X土建工程已基本完成", "土建施工全部完工") → 在建: the fitting out is still ahead, as after
  线下工程; not their tender ("土建工程招标已完成": 前期工作).
* **the choice of a site** ("完成规划选址", "推进项目选址", "取得选址意见书") → 前期工作, a task before the works as 征地
  (generic: a specific cue of the clause wins); not "选址于某村", which tells where the site lies.
* **a list filling its clause with no verb is the subject of the next clause**: a group cut by a comma from the rest of
  its list ("A、B,C、D等项目正抓紧开展工可报告编制") and a list set as the topic by 方面 ("另外A、B方面,本省也将继续加强建设",
  with 继续加强建设 read as works going on) take the next clause's stage. Not after a verb ("建成A、B,C、D等项目…"), nor
  when the next clause is another item's own ("A、B,C已建成通车"; "A方面,C已建成通车").
"""

from __future__ import annotations

import pytest
from extract_helpers import case, doc_stage


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
        # the site chosen or being chosen: the preparation
        case("甲乙物流园区完成规划选址。", "甲乙物流园区", "preliminary"),
        case("下一步,将协助甲市加快推进丙丁铁路项目规划选址工作。", "丙丁铁路", "preliminary"),
        case("甲乙机场已取得选址意见书,正在编制可研报告。", "甲乙机场", "preliminary"),
        # a specific cue of the clause wins over the generic choice of a site
        case("甲乙水库选址确定后已于今年3月开工建设。", "甲乙水库", "starting"),
        # negatives: where the site lies, another item's site, a statistic of money
        case("甲乙变电站选址于丙村,主变容量180兆伏安。", "甲乙变电站", "unspecified"),
        case("丙丁高速公路已建成通车,甲乙物流园区完成规划选址。", "丙丁高速公路", "completed"),
        case("甲乙高速公路今年完成投资30亿元,选址于丙镇的服务区同步建设。", "甲乙高速公路", "under_construction"),
    ],
)
def test_the_choice_of_a_site(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # a group of a list cut by a comma from the rest, which closes by 等…项目 and its stage
        case("今年,甲乙大道、丙丁大道,戊己隧道、庚辛大桥等项目将完成初步设计审查。", "甲乙大道", "preliminary"),
        case("今年,甲乙大道、丙丁大道,戊己隧道、庚辛大桥等项目将完成初步设计审查。", "丙丁大道", "preliminary"),
        # a list set as the topic by 方面: the next clause's stage, whatever its subject
        case("此外,在甲乙铁路、丙丁高速公路方面,全市将继续加快建设。", "丙丁高速公路", "under_construction"),
        case("在甲乙高铁方面,本省正在加紧施工。", "甲乙高铁", "under_construction"),
        # negatives: a verb before the group, the next clause another item's own, a topic whose next clause names an
        # item, management of works
        case("建成甲乙高速、丙丁高速,戊己快速通道、庚辛大道等项目正在加紧施工。", "甲乙高速", "completed"),
        case("甲乙高速、丙丁高速,戊己快速通道已建成通车。", "甲乙高速", "unspecified"),
        case("甲乙高速方面,戊己快速通道已建成通车。", "甲乙高速", "unspecified"),
        case("甲乙高铁将继续加强建设管理。", "甲乙高铁", "unspecified"),
    ],
)
def test_a_list_filling_its_clause_is_the_next_clauses_subject(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage
