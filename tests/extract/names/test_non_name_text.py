"""Names that run through text that is no name (issue 11 items 1 and 4, part-q42).

A person named after a job title whose given name ends in a head's character ("项目部经理张海路说"), a head inside a
fixed word ("配一站式服务", "首期开发区域", a trip made by expressway all the way: "可全高速自驾"), a river's reach
before a bare waterway head ("长江上游航道"): no item is named. Roads named after people ("中山路"), stations, parks named with their place and interchanges built as
works keep their names.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import names


@pytest.mark.parametrize("text", [
    "“我们一定守好这座水库。”项目部经理张海路说。",
    "该站站长李建桥介绍,新站房将于年底投入使用。",
    "项目经理王海港表示,码头主体工程已完工。",
    "技术负责人陈国道告诉记者,隧道已经贯通。",
    "项目部经理张海路说,水库已蓄水。记者了解到,张海路介绍,明年将完成灌区建设。",
])
def test_a_person_named_after_a_title_is_no_item(text: str) -> None:
    """A title or role, a name of at most three characters running through a head, then a verb of speech."""
    assert names(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("公司经理介绍,解放路大桥将于年底通车。", "解放路大桥"),       # a title before a whole name: the item stays
    ("市长调研了中山路改造工程,要求年内完工。", "中山路"),         # a road named after a person, no title
    ("站长李建桥介绍,新站房将投用。中山路说起来是老城最繁华的街道。", "中山路"),
    ("总工程师刘江桥说,綦江长江大桥主塔已封顶。", "綦江长江大桥"),
])
def test_a_named_item_beside_a_speaker_stays(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "物流中心将为商户提供仓、运、配一站式服务。",
    "首期开发区域的水、电、路等配套设施已启动建设。",
    "届时市民可全高速自驾前往丽江。",
    "届时市民可全程高速到达成都。",
])
def test_a_head_inside_a_fixed_word_names_no_item(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text", [
    "过去,大多数人选择在G99梅岭高速龙潭互通上下高速。",
    "她经梅江大道到G99梅岭高速白沙互通上高速。",
    "车辆可在龙潭收费站下高速。",
])
def test_getting_on_or_off_the_expressway_names_no_item(text: str) -> None:
    """上高速, 下高速, 上下高速: a trip's step, not the end of a name running back to an interchange (part-n45)."""
    assert [n for n in names(text) if n.endswith("高速") and "互通" in n or "收费站" in n] == []


@pytest.mark.parametrize(("text", "name"), [
    ("綦江工业开发区的道路管网已启动建设。", "綦江工业开发区"),      # a park named with its place
    ("重庆西站将于年底完成改造。", "重庆西站"),                      # 站 as a real station's head
    ("新建甲乙高速公路全长30公里。", "甲乙高速公路"),
    ("从县城到梅岭高速只用了10分钟。", "梅岭高速"),
    ("梅岭高速公路上下行线路已全部贯通。", "梅岭高速公路"),
])
def test_a_name_without_the_fixed_word_stays(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "三峡大坝建成后,长江上游航道得到改善。",
    "形成干支联动的长江上游航道网络。",
    "嘉陵江下游水道通航条件明显改善。",
    "加快长江上游航道整治和梯级渠化。",          # a task on the reach, no project named
])
def test_a_river_reach_before_a_bare_waterway_head_is_no_item(text: str) -> None:
    """A river's reach (上游, 中游, 下游) and 航道 or 水道 alone: the channels of a stretch of river."""
    assert [n for n in names(text) if "游" in n] == []


@pytest.mark.parametrize(("text", "name"), [
    ("嘉陵江中游航道整治工程开工。", "嘉陵江中游航道整治工程"),                    # works on the reach
    ("长江上游朝天门至涪陵段航道整治工程完工。", "长江上游朝天门至涪陵段航道整治工程"),  # a stretch by its ends
    ("乌江下游白马航电枢纽开工建设。", "乌江下游白马航电枢纽"),                     # a site on the reach
    ("长江干线航道水深提升。", "长江干线航道"),                                     # the river's trunk line
])
def test_works_or_sites_on_a_reach_stay(text: str, name: str) -> None:
    assert name in names(text)
