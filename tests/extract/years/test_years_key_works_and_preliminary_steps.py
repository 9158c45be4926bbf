"""Invented sentences of two classes where a year near the item is not its target (issue #11 item 3).

- **The key works of a project, counted after their list** ("开工建设A隧道、B大桥等12处控制性工程,该项目计划2027年建成
  通车"): the later clause's year is the project's goal, not the tunnel's or the bridge's, unless it speaks of each of
  them ("…等控制性工程进展顺利,预计2025年底均完工").
- **A preliminary step done by a year** ("预计2024年年内完成招商工作", "计划2025年完成项目论证"): a step before the
  works, not the item's completion.

Every sentence here is invented; none is copied from a document. The document date is 2023-06-12.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        # negatives: the parts listed, then counted as the project's key works
        ("昨日开工建设青松岭隧道、白石河大桥、红岩坡隧道等12处控制性工程,该项目计划2027年底建成通车。", "青松岭隧道", (None, 2023)),
        ("昨日开工建设青松岭隧道、白石河大桥、红岩坡隧道等12处控制性工程,该项目计划2027年底建成通车。", "白石河大桥", (None, 2023)),
        ("青松岭隧道、白石河大桥等重点控制性工程进展顺利,全线预计2027年建成通车。", "白石河大桥", (None, None)),
        ("青松岭隧道、白石河大桥等关键性工程加快施工,项目力争2026年建成。", "青松岭隧道", (None, None)),
        # positives: a list not counted as parts, and a project named alone, keep the later clause's year
        ("昨日开工建设青松岭隧道、白石河大桥,该项目计划2027年底建成通车。", "青松岭隧道", (2027, 2023)),
        ("昨日开工建设青云至石门高速公路,该项目计划2027年底建成通车。", "青云至石门高速公路", (2027, 2023)),
        ("青松岭隧道、白石河大桥等12个项目加快建设,力争2026年建成。", "青松岭隧道", (2026, None)),
        # positives: a later clause about each of the key works ("均", "全部") is their own
        ("青松岭隧道、白石河大桥等控制性工程进展顺利,预计2025年底均完工。", "青松岭隧道", (2025, None)),
        ("青松岭隧道、白石河大桥等关键性工程加快施工,力争2026年全部完工。", "白石河大桥", (2026, None)),
    ],
)
def test_key_works_counted_after_their_list_leave_the_projects_year(text, name, years):
    assert years_of(text, name) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # negatives: a step before the works done by the year
        ("青云通用机场已完成选址报告评审,预计2024年年内完成招商工作,形成开工条件。", (None, None)),
        ("青云通用机场计划2025年完成项目论证。", (None, None)),
        ("青云通用机场力争2024年完成可研报批。", (None, None)),
        # positives: the works themselves done by the year
        ("青云通用机场已完成选址报告评审,预计2025年年内完成全部建设任务。", (2025, None)),
        ("青云通用机场已开工建设,预计2025年年内完成建设。", (2025, None)),
        ("青云通用机场已开工建设,预计2025年建成投用。", (2025, None)),
    ],
)
def test_a_preliminary_step_done_by_a_year_is_no_target(text, years):
    assert years_of(text, "青云通用机场") == years
