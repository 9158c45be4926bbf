"""Works launched over the whole item, told after it: works going on (issue 11 item 2).

Stage classes of the held-out stage differences of the tuning splits (issue 11 item 2).

Each class is tested on invented sentences, positives and negatives:

* **the works launched over the whole item, told after it** ("X全面启动建设"): 在建, as the reference codes it
  (bundled 000 and fresh14 e_04); not the start told alone ("X启动建设", "X正式启动建设", "集中启动建设"), nor
  "全面启动X建设" with the item inside, whose gold is a start (fresh4 j_13).
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("东林高速公路全面启动建设,预计2027年建成通车。", "东林高速公路", "under_construction"),
        ("东林高速公路全面启动建设。", "东林高速公路", "under_construction"),
        ("今年,西坪铁路全面启动建设,南山高速开工建设。", "西坪铁路", "under_construction"),
        # negatives: another item's start in the next clause, the start told alone, the item inside the phrase
        ("今年,西坪铁路全面启动建设,南山高速开工建设。", "南山高速", "starting"),
        ("东林高速公路启动建设。", "东林高速公路", "starting"),
        ("东林高速公路正式启动建设。", "东林高速公路", "starting"),
        ("西坪铁路集中启动建设。", "西坪铁路", "starting"),
        ("全面启动东林水库建设。", "东林水库", "starting"),
    ],
)
def test_works_launched_over_the_whole(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage
