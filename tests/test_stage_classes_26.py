"""Held-out stage classes of the eleven tuning splits, 在建 read as 建成 or 未说明 (issue 11 item 2, session 26s).

Each class is tested on invented sentences, positives and negatives:

* **the main works of an item done** ("X主体工程已经完工", "A等项目主体建成", "X航站楼主体结构已完成"): a part of
  the works is done and the whole is still being built (在建), whatever adverb stands between; not the item
  itself done ("X已经建成通车"), nor the main works finished on schedule as the plan's completion ("主体工程
  如期竣工"), nor a quality said of the main works after an opening.
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
    ],
)
def test_main_works_done(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage
