"""Items read 建成 that their text does not say are built (issue 11 item 2).

* **the item's milestone as a condition of what is to come** ("X通车后将…", "X开通后能…", "作为X建成投用前的替代方案,…
  可…") and **the item as it will be** ("建成后的X"): the rules give no stage, and the learned stage guesses none
  (held); the tuning gold leaves these 未说明 (fresh4, fresh5, fresh22).
* Not held: a milestone dated before the item (a past event told as the time of what followed), one with no word of
  the future after it (the item told as in use), an item whose own clause gives a stage, nor another item of the
  sentence (a context mention of a built line stays 建成).
* **the works' progress as a share, told with 进度 reaching it, a share of a quantity, or half passed** ("总体建设进度已至
  40%", "船闸混凝土完成总量的50%", "控制性工程施工即将过半") → 在建 (fresh26, fresh30), as "进度完成90%" already is.
  Not the preparation's or the money's progress, nor a rank ("完成总量居全省第1位").
"""

from __future__ import annotations

import pytest
from extract_helpers import case, stage_held_of, stage_of


@pytest.mark.parametrize(
    ("text", "name", "held"),
    [
        # the milestone ahead, a word of the future after it
        case("青石县地处山区,甲乙高铁通车后将大幅缩短青石至省城的时间。", "甲乙高铁", True),
        case("代表们希望,轨道交通9号线青石站开通后能及时实行换乘优惠。", "轨道交通9号线青石站", True),
        case("作为甲乙供水工程建成投用前的应急方案,青石临时取水工程日供水能力可达到5万立方米。", "甲乙供水工程", True),
        case("甲乙高速全线建成后,从青石到省城预计只需1小时。", "甲乙高速", True),
        # the item as it will be
        case("建成后的青石火车站是什么样子,一起来看看效果图吧!", "青石火车站", True),
        # negatives: a past milestone dated before the item, no word of the future, the item's own stage, another
        # item of the sentence (a built line named as context)
        case("2016年12月28日,青石西站开通运营后,青石至省城的时间将缩短一半。", "青石西站", False),
        case("去年甲乙高速通车后,沿线乡镇的特色农产品销量大增。", "甲乙高速", False),
        case("说起甲乙高铁建成后带来的便利,市民们纷纷点赞。", "甲乙高铁", False),
        case("甲乙高铁已于去年建成通车,青石站开通后客流大增。", "甲乙高铁", False),
        case("甲乙高铁通车后将大幅释放丙丁铁路的货运能力。", "丙丁铁路", False),
        case("甲乙高速公路正加快建设,建成后将与丙丁高速相接。", "甲乙高速公路", False),
    ],
)
def test_completion_ahead_is_held(text: str, name: str, held: bool) -> None:
    stage, is_held = stage_held_of(text, name)
    assert is_held is held
    if held:
        assert stage == "unspecified"


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        case("据负责人介绍,青石航电枢纽工程总体建设进度已至45%。", "青石航电枢纽工程", "under_construction"),
        case("甲乙高速工程进度已达六成,桥梁下部结构基本完成。", "甲乙高速", "under_construction"),
        case("青石航电枢纽也刷新了进度——船闸混凝土完成总量的60%。", "青石航电枢纽", "under_construction"),
        case("甲乙高铁青石段桥隧等控制性工程施工即将过半。", "甲乙高铁青石段", "under_construction"),
        # negatives: the preparation's or the money's progress, a rank of a year's total, a context line
        case("甲乙高速征地拆迁进度已达90%。", "甲乙高速", "preliminary"),
        case("全省交通投资完成总量居西部第1位,甲乙高速建成通车。", "甲乙高速", "completed"),
        case("青石航电枢纽总体建设进度已至45%,建成后将与已建成的丙丁航电枢纽形成梯级。", "丙丁航电枢纽", "completed"),
    ],
)
def test_progress_as_a_share_is_going_on(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage
