"""Works begun in ceremony words (奠基, 首桩开钻), the preparation before a start told as such (开工前的各项准备工作),
and a landmark marked in service right before it ("沿已通车的A谋划布局B"): A is built, the verb after it is B's
(issue 11 item 2, part s50)."""

from __future__ import annotations

import pytest
from extract_helpers import doc_stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # a foundation stone laid, a ceremony of it, the first pile bored or cast: the works begin
        ("昨日上午,东林抽水蓄能电站在南山镇奠基,总装机容量80万千瓦。", "东林抽水蓄能电站", "starting"),
        ("西岭县东林水库当天举行奠基仪式,总库容1200万立方米。", "西岭县东林水库", "starting"),
        ("当日,控制性工程东林长江大桥首桩开钻。", "东林长江大桥", "starting"),
        ("东林大桥首根桩基顺利浇筑,标志着项目进入实质性施工。", "东林大桥", "starting"),
        # the preparation before a start, told as such
        ("东林物流园开工前的各项准备工作正在抓紧推进。", "东林物流园", "preliminary"),
        ("目前,东林至西岭高速公路正在开展开工前的准备工作。", "东林至西岭高速公路", "preliminary"),
        # a landmark marked in service right before it, and the works planned along or next to it
        ("下一步,我们将沿已通车的东林高速谋划布局西岭物流园。", "东林高速", "completed"),
        ("下一步,我们将沿已通车的东林高速谋划布局西岭物流园。", "西岭物流园", "proposed"),
        ("同时,紧邻已建成的东林港研究建设西岭产业园。", "东林港", "completed"),
        ("同时,紧邻已建成的东林港研究建设西岭产业园。", "西岭产业园", "proposed"),
    ],
)
def test_begun_prepared_and_marked(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # a founder or a figure of speech is no ceremony
        ("东林大桥是两地交通的奠基之作,于1998年建成通车。", "东林大桥", "completed"),
        # the start done after the preparation is the start
        ("东林物流园完成开工前的各项准备工作后,于3月正式开工建设。", "东林物流园", "starting"),
        # a list marked in service before it keeps the mark for each item
        ("已建成的东林大道、西岭大道和南山大道构成城区骨架。", "南山大道", "completed"),
        # a mark of the whole list after 沿: each item of the list is built
        ("沿已通车的东林高速、西岭高速布局物流园区。", "西岭高速", "completed"),
    ],
)
def test_what_the_new_rules_leave(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage
