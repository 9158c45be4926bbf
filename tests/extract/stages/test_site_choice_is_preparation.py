"""The choice of a site is a task before the works: 前期工作 (issue 11 item 2).

"完成规划选址", "推进项目选址", "取得选址意见书" → 前期工作, a task before the works as 征地 (generic: a specific cue of the
clause wins); not "选址于某村", which tells where the site lies.
"""

from __future__ import annotations

import pytest
from extract_helpers import case, doc_stage


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
