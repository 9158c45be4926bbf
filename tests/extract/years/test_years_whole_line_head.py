"""A sentence going on about the item with the whole line as its subject (issue 11 item 3; part-z28).

"X举行开工仪式。全线预计2026年建成通车": 全线 opening the next sentence of the item's paragraph refers to
the item, as 该项目 does (:mod:`geo.extract.years.continued`), when the item is the one item of its sentence and a word
of intent dates the milestone.

Every sentence here is invented. Negatives: a fact (no intent), a sentence naming two items, a new paragraph, a
breakthrough told as a condition (全线贯通后).
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("6月3日,枫竹高速公路举行开工仪式。全线预计2026年建成通车,届时甲地到乙地只需1小时。", "枫竹高速公路", 2026),
        ("枫竹高速公路正加快建设。全线计划明年建成通车。", "枫竹高速公路", 2024),
        ("石白铁路铺轨工作已经启动。全线力争2025年底开通运营。", "石白铁路", 2025),
    ],
)
def test_the_whole_line_carries_the_year_on(text: str, name: str, target: int) -> None:
    assert years_of(text, name)[0] == target


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("枫竹高速公路正加快建设。全线已完成投资30亿元。", "枫竹高速公路"),
        ("枫竹高速公路、石白铁路正加快建设。全线预计2026年建成通车。", "枫竹高速公路"),
        ("枫竹高速公路正加快建设。\n全线预计2026年建成通车。", "枫竹高速公路"),
        ("枫竹高速公路正加快建设。全线贯通后将缩短车程。", "枫竹高速公路"),
    ],
)
def test_no_year_carried_by_a_fact_or_across_items(text: str, name: str) -> None:
    assert years_of(text, name)[0] is None
