"""Readers whose code was narrower than the class their docstring states (issue 11 item 3: target-year recall).

Found by probing each year reader with invented sentences of its class:

* a later clause without a subject of its own may open with the schedule it keeps ("…,按计划将于2026年底开通",
  "…,如期2026年建成"), as with a word of intent (:func:`geo.extract.years.milestones.milestone_years`, bare);
* a year opening the clause the item is the subject of may be the time of a condition ("待2026年X建成通车后,…",
  "随着2026年X的建成通车,…"), as without the condition's word (``subject_years``);
* a milestone labelled with its time may take 的 before the label ("X建成通车的时间预计在2026年").

Every sentence here is invented; none is copied from a document of the blind sets. Negatives: a later clause
naming a subject of its own after the schedule word, a condition's start or a past completion, a start labelled
with its time, and 的时间 telling no time of a milestone.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("枫竹铁路正加紧施工,按计划将于2026年底开通。", 2026),
        ("枫竹铁路正加紧施工,如期2026年建成。", 2026),
        ("枫竹铁路正加紧施工,按照进度将于2026年底建成通车。", 2026),
        ("待2026年枫竹铁路建成通车后,两地将实现1小时通达。", 2026),
        ("随着2026年枫竹铁路的建成通车,两地将实现1小时通达。", 2026),
        ("枫竹铁路建成通车的时间预计在2026年。", 2026),
        # negatives
        ("枫竹铁路正加紧施工,按计划甲乙站将于2026年底建成。", None),
        ("随着2026年枫竹铁路开工建设,两地将实现1小时通达。", None),
        ("随着2020年枫竹铁路建成通车,两地已实现1小时通达。", None),
        ("枫竹铁路开工的时间预计在2026年。", None),
        ("枫竹铁路建成的时间不长,已成为重要通道。", None),
    ],
)
def test_reader_reads_its_whole_class(text: str, target: int | None) -> None:
    assert years_of(text, "枫竹铁路")[0] == target
