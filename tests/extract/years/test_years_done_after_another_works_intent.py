"""Invented sentences of one class: a completion its own clause tells done, after a word of intent that belongs to an
earlier clause about other works (issue #11 item 3: a past completion read as a target).

"B正在加快建设,A于3月建成通车" (a report of June), "A计划2026年建成,与2021年通车的B相接": the word of intent (加快,
计划) is the other work's, and the completion, marked 已 or dated before the report, is a fact, not a goal. A word of
intent or a deadline in the completion's own clause keeps it a goal.

Every sentence here is invented; none is copied from a document. The document date is 2023-06-12.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        # negatives: done in its own clause, a word of intent only in the clause before
        ("石门物流园二期正在加快建设,城区枫林大道于3月建成通车。", "城区枫林大道", (None, None)),
        ("石门物流园二期正在加快建设,城区枫林大道已于今年5月建成通车。", "城区枫林大道", (None, None)),
        ("青云至石门高速公路计划2026年建成,与2021年通车的石门至竹园高速公路相接。", "石门至竹园高速公路", (None, None)),
        ("青云至石门高速公路将加快建设,石门至竹园高速公路已于2022年建成通车。", "石门至竹园高速公路", (None, None)),
        # positives: the goal's own item, a word of intent or a deadline in the clause itself, a month still ahead
        ("青云至石门高速公路计划2026年建成,与2021年通车的石门至竹园高速公路相接。", "青云至石门高速公路", (2026, None)),
        ("石门物流园二期正在加快建设,城区枫林大道力争今年3月建成通车。", "城区枫林大道", (2023, None)),
        ("石门物流园二期正在加快建设,城区枫林大道于9月建成通车。", "城区枫林大道", (2023, None)),
        ("石门物流园二期正在加快建设,城区枫林大道今年底前建成通车。", "城区枫林大道", (2023, None)),
        ("将加快推进枫林大道建设,2024年建成通车。", "枫林大道", (2024, None)),
    ],
)
def test_a_completion_told_done_after_another_works_intent_is_no_target(text, name, years):
    assert years_of(text, name) == years
