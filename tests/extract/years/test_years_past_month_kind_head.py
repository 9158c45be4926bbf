"""Two readers' edges found by invented sentences (issue 11 item 3: target-year precision and recall).

* A completion dated by a year and month wholly before the report's month, without a word of intent, is told done
  ("X2023年4月开通运营后,已…" in a report of June 2023): no target (:func:`geo.extract.years.facts.reported`), as a
  full date the report has reached is not. A forecast that names the same month stays a goal ("预计2023年4月建成"),
  and so does a month still ahead or the report's own.
* A later sentence referring back by the item's own kind ("该铁路") carries the year on even when the item was not
  its sentence's subject ("在X铁路施工现场,工人们正在紧张作业。该铁路计划2025年建成",
  :func:`geo.extract.years.continued.continued_sentence`); a head any work may be ("该项目") or another kind
  ("该水库") does not.

Every sentence here is invented; none is copied from a document of the blind sets.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of

# (the helpers' documents are dated 12 June 2023)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("枫竹铁路2023年4月开通运营后,已运送旅客100万人次。", None),
        ("枫竹铁路2023年4月建成通车。", None),
        ("枫竹铁路预计2023年4月建成通车。", 2023),
        ("枫竹铁路2023年8月建成通车。", 2023),
        ("枫竹铁路2023年6月建成通车。", 2023),
        ("枫竹铁路将于2023年12月建成通车。", 2023),
    ],
)
def test_month_wholly_past_is_told_done(text: str, target: int | None) -> None:
    assert years_of(text, "枫竹铁路")[0] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("在枫竹铁路施工现场,工人们正在紧张作业。该铁路计划2025年底建成。", 2025),
        ("记者在枫竹铁路看到,工人们正在紧张作业。据悉,该铁路计划2025年底建成。", 2025),
        ("枫竹铁路正在紧张施工。该线计划2025年底建成。", 2025),
        ("在枫竹铁路施工现场,工人们正在紧张作业。该项目计划2025年底建成。", None),
        ("甲镇可经枫竹铁路到达。该项目计划2025年底建成。", None),
        ("甲镇可经枫竹铁路到达。该水库计划2025年底建成。", None),
    ],
)
def test_referring_head_of_the_items_kind(text: str, target: int | None) -> None:
    assert years_of(text, "枫竹铁路")[0] == target
