"""A start told as done, with the works' time, spending or progress told after it, is works going on (issue 11 item 2).

The class: a start dated in a year before the document's ("X于2022年10月开工建设,计划工期4到5年" in a report of
2023), or a start of any date followed by the works' spending or progress told as done ("X改建工程顺利开工,目前该
项目已完成投资1亿元", "…形象进度完成84%"). The tuning gold codes these 在建 (fresh3 h_20, fresh30 ye_03, fresh34 xe_09,
the three documents the rule changes). Not a start of the document's own year with only its planned time ("建设工期4年"), a start
told with its total cost ("总投资120亿元"), nor a start still planned ("计划于2024年开工建设").
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import doc_stage

#: The date of the invented reports.
REPORT = dt.date(2023, 6, 12)


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("新建东坝至青石铁路于2022年10月全面开工建设,计划工期4到5年。", "东坝至青石铁路", "under_construction"),
        ("南湾港二期工程于2022年开工,已完成投资8亿元。", "南湾港二期", "under_construction"),
        ("3月5日,省道101线东坝至青石公路改建工程顺利开工,目前该项目已完成投资1.2亿元。", "省道101线东坝至青石公路", "under_construction"),
        ("南岭隧道工程正式开工,累计完成投资3亿元。", "南岭隧道", "under_construction"),
        ("南岭至北湾高速公路正式开工,项目工程总体形象进度完成15%。", "南岭至北湾高速公路", "under_construction"),
        # negatives: a start of the report's year with its planned time, a start with its total cost, a start ahead
        ("东坝至青石铁路于2023年5月正式开工建设,建设工期4年。", "东坝至青石铁路", "starting"),
        ("东坝至青石铁路今天正式开工,总投资120亿元。", "东坝至青石铁路", "starting"),
        ("东坝至青石铁路计划于2024年开工建设,建设工期4年。", "东坝至青石铁路", "starting"),
        ("南岭隧道工程正式开工,总投资3亿元,计划完成投资1亿元。", "南岭隧道", "starting"),
    ],
)
def test_start_with_works_going_on(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name, date=REPORT) == stage
