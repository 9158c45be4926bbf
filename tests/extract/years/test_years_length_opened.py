"""A stretch of a line opened, its length named, is a step a later completion of the whole stands over (issue 11
item 3: target-year precision).

"X高速计划年内通车40公里,明年6月全线通车": the first milestone opens a length of the line, not the line; the whole
line's later milestone of the sentence is its target (:func:`geo.extract.years.milestones.milestone_years`). A length
may also stand between the year and its milestone ("明年约80公里长道路将全线通车"): with 全线 it is the whole line's,
without it a stretch.

Every sentence here is invented; none is copied from a document of the blind sets. Negatives: a stretch alone
(its year stays, nothing stands over it), a length told as the line's size in another clause, a later milestone of
another works (a service area), and a whole line opened first.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a stretch, then the whole line later in the sentence
        ("枫竹高速公路计划年内通车40公里,明年6月全线通车。", 2024),
        ("枫竹高速公路计划2024年通车40余公里,2025年全线建成通车。", 2025),
        ("枫竹高速公路正在加快建设,计划在年内通车40公里,明年6月份约80公里长道路将全线通车。", 2024),
        ("枫竹高速公路计划明年约40公里建成通车,2025年全线通车。", 2025),
        # negatives: the stretch alone keeps its year; a length that is the line's size; another works later
        ("枫竹高速公路计划今年通车30公里。", 2023),
        ("枫竹高速公路全长60公里,计划2025年建成通车。", 2025),
        ("枫竹高速公路计划2025年建成通车,全长40公里。", 2025),
        ("枫竹高速公路预计2025年建成通车,2026年建成服务区。", 2025),
        ("枫竹高速公路明年约90公里将全线通车。", 2024),
    ],
)
def test_length_opened_is_a_step(text: str, target: int) -> None:
    assert years_of(text, "枫竹高速公路")[0] == target
