"""An item's main works told done, and the lines of a backbone in place (issue 11 item 2).

Held-out stage classes of the eleven tuning splits, 在建 read as 建成 or 未说明 (issue 11 item 2).

Each class is tested on invented sentences, positives and negatives:

* **the main works of an item done** ("X主体工程已经完工", "A等项目主体建成", "X航站楼主体结构已完成"): a part of
  the works is done and the whole is still being built (在建), whatever adverb stands between; not the item
  itself done ("X已经建成通车"), nor the main works finished on schedule as the plan's completion ("主体工程
  如期竣工"), nor a quality said of the main works after an opening;
* **the lines a backbone in place is made of** ("基本形成A、B组成的“一纵三横”高速骨架"): 建成, as the lines of a
  network in place are; not a backbone planned ("规划由A、B组成的骨架"), still ahead ("建成后,将与C共同构成…骨架")
  or the whole a line is part of ("是全省高速骨架的重要组成部分").
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("目前,东山大道北延线示范段主体工程已经完工。", "东山大道北延线", "under_construction"),
        ("甲乙高速公路主体工程已完工,正在进行交通工程施工。", "甲乙高速公路", "under_construction"),
        ("甲乙水库主体已基本完成。", "甲乙水库", "under_construction"),
        ("去年,甲乙水库、丙丁水库等项目主体建成。", "丙丁水库", "under_construction"),
        ("甲乙机场航站楼和航管楼的主体结构已完成。", "甲乙机场航站楼", "under_construction"),
        ("甲乙高速公路主体工程顺利完工。", "甲乙高速公路", "under_construction"),
        # negatives: the item itself done, the main works done on schedule, a quality of the main works
        ("甲乙高速公路已经建成通车。", "甲乙高速公路", "completed"),
        ("丙丁立交、甲乙铁路主体工程如期竣工。", "甲乙铁路", "completed"),
        ("甲乙高速公路已建成,主体工程质量优良。", "甲乙高速公路", "completed"),
        ("甲乙高速公路建成通车,工程主体完好。", "甲乙高速公路", "completed"),
        # 主体 as the agent who builds, and the main works opened (the item runs)
        ("以企业为主体建成甲乙物流园。", "甲乙物流园", "completed"),
        ("由市城投公司作为实施主体建成甲乙大桥。", "甲乙大桥", "completed"),
        ("甲乙大桥主体工程已建成通车。", "甲乙大桥", "completed"),
    ],
)
def test_main_works_done(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("全区基本形成甲乙高速、丙丁高速组成的“一纵三横”高速骨架。", "丙丁高速", "completed"),
        ("全区已形成甲乙高速、丙丁高速组成的高速公路骨架,路网密度明显提高。", "甲乙高速", "completed"),
        ("目前,由甲乙铁路和丙丁铁路构成的铁路骨架已经成型。", "甲乙铁路", "completed"),
        # negatives: a backbone planned, one still ahead, the whole a line is part of
        ("规划由甲乙高速、丙丁高速组成的“一纵三横”高速骨架。", "丙丁高速", "unspecified"),
        ("甲乙高速、丙丁高速建成后,将与戊己高速共同构成全区高速骨架。", "丙丁高速", "unspecified"),
        ("甲乙高速是全省高速骨架的重要组成部分。", "甲乙高速", "unspecified"),
    ],
)
def test_lines_of_a_backbone_in_place(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage
