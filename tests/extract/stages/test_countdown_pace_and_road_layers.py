"""Works told going on by a countdown to their opening ("开通进入倒计时"), by their pace with no object ("X项目正在
加速"), or by a layer of the road done ("路面工程基本完工"); and the tasks before works pushed on in order ("正有序推进
前期工作"): 前期工作, not works going on (issue 11 item 2, part-s47)."""

from __future__ import annotations

import pytest
from extract_helpers import doc_stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # a countdown to a completion or an opening: still ahead, the works go on
        ("铁路方面,东林高铁南山至北岭段,开通进入倒计时。", "东林高铁南山至北岭段", "under_construction"),
        ("东林高铁通车进入倒计时。", "东林高铁", "under_construction"),
        ("东林高速已进入建成倒计时。", "东林高速", "under_construction"),
        ("东林高铁进入了通车的倒计时。", "东林高铁", "under_construction"),
        # the pace of the works closing their clause
        ("东林大桥建设正在加速。", "东林大桥", "under_construction"),
        ("东林大桥项目正加紧,预计明年建成。", "东林大桥", "under_construction"),
        # a layer of the road done: the road is still being built
        ("经过一年多的建设,东林大道北段路面工程于11月底基本完工。", "东林大道北段", "under_construction"),
        ("东林大道路基工程已完成,正在进行路面施工。", "东林大道", "under_construction"),
        # the tasks before works pushed on in order
        ("目前,东林水库正有序推进前期工作。", "东林水库", "preliminary"),
        ("目前,东林中型水库和西岭水库、南山等2座小(1)型水库正有序推进前期工作。", "西岭水库", "preliminary"),
        ("目前,东林水库和西岭水库正有序推进前期工作,计划2023年10月西岭水库开工建设。", "西岭水库", "starting"),
    ],
)
def test_works_told_by_countdown_pace_and_layers(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # a pace with an object is a goal reached, not works
        ("东林大桥的美好愿景正在加速实现。", "东林大桥", "unspecified"),
        # the kind of works of the item wins over its bare pace
        ("东林高速改扩建项目正在加速,记者在南山隧道看到。", "东林高速", "upgrade"),
        # the whole road done, or opened with its surface done
        ("东林大道于11月底基本完工。", "东林大道", "completed"),
        ("东林大道路面工程完工通车。", "东林大道", "completed"),
        # the works themselves pushed on in order
        ("东林水库建设正有序推进。", "东林水库", "under_construction"),
        # the tasks before works pushed on faster
        ("东林大桥项目正在加速推进前期工作。", "东林大桥", "preliminary"),
    ],
)
def test_what_the_new_cues_leave(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage
