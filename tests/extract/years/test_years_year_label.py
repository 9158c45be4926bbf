"""A label of a year's tasks closed by a colon dates the completions under it without a numbered list (issue 11
item 3: target-year recall).

"2024年重点工作:\\n1.建成A。" was read (the line introducing a numbered list); the same label with the items on its
own line ("2024年重点工作:建成A、B") or in the paragraph right under it ("2024年重点工作:\\n建成A。") was not, though
the class is the same (:func:`geo.extract.years.entries.year_label`).

Every sentence here is invented; none is copied from a document of the blind sets. Negatives: a label of a year
before the report's (a review), a review's label, a works' progress without a milestone, a start (its start year
only).
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of

# (the helpers' documents are dated 12 June 2023)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("2024年重点工作:\n建成枫竹机场。", 2024),
        ("2024年重点工作:建成枫竹机场。", 2024),
        ("2024年重点工作:建成枫竹机场、甲乙高速公路。", 2024),
        ("2024年主要目标:建成枫竹机场。", 2024),
        ("2024年目标任务:枫竹机场建成投用。", 2024),
        ("2022年重点工作:建成枫竹机场。", None),
        ("2024年工作回顾:建成枫竹机场。", None),
        ("2024年重点工作:加快推进枫竹机场建设。", None),
        ("2024年重点工作:枫竹机场开工建设。", None),
    ],
)
def test_year_label_dates_its_completions(text: str, target: int | None) -> None:
    assert years_of(text, "枫竹机场")[0] == target
