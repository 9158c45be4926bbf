"""A plan's year carried over its paragraphs, a year's goal of a milestone, and a part's goal (issue 11 item 3).

Target years of three classes of text found on the tuning splits (issue 11 item 3).

Every sentence here is invented. The document date is 2023-01-20 (a report of the year's first weeks) unless
a case says otherwise.

* A plan's year carried over paragraphs in a report of the year's plan (政府工作报告, 工作会议): "报告指出,2023年,
  某市将…。\\n…\\n另一方面,…建成X。" — the plan runs over several paragraphs under one lead; the paragraphs
  after it that name no time of their own and tell nothing as done set tasks of that year. Not carried: outside
  such a report (a line above frames nothing there: tests/extract/years/test_timeline.py), over a heading, past a paragraph
  telling works as done (已, 去年, 稳步推进…), from a lead reviewing a year (no 将), from a year other than the
  document's, nor more than three paragraphs.
* The year's goal of a milestone: "为年度竣工通车目标奠定基础", "冲刺年度通航目标" — 年度 before a milestone and 目标
  is the document's year; a year's amount or works without a milestone ("年度投资目标", "年度建设目标") and
  another year's (上年度) are not.
* A part named right after its whole ("X建设重点控制性工程——位于某镇的Y特大桥顺利合龙,为年内建成通车奠定基础"):
  the goal the sentence sets after the part is the whole's; the part gets no year from it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import years_of

DATE = dt.date(2023, 1, 20)
REPORT = "1月6日,某市人民代表大会开幕。市长作政府工作报告。"
LEAD = REPORT + "报告指出,2023年,某市将加快融入都市圈。\n"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # carried over one and two paragraphs of the plan
        (LEAD + "另一方面,坚持西联东进。加快竹园大道建设,建成枫林高速,织密高速网。", 2023),
        (LEAD + "加大产业招商,加快园区建设。\n另一方面,坚持西联东进。加快竹园大道建设,建成枫林高速。", 2023),
        (REPORT + "\n2023年,某市将加快融入都市圈。\n建成枫林高速,织密高速网。", 2023),
        # not carried: outside a report of the year's plan, from a year not the document's
        ("2023年,某市将加快融入都市圈。\n建成枫林高速,织密高速网。", None),
        (REPORT + "报告指出,2024年,某市将加快融入都市圈。\n建成枫林高速,织密高速网。", None),
        # not carried: told as done, a review's year, a heading between, a lead without a plan, too far, a year past
        (REPORT + "\n2023年,某市将加快融入都市圈。\n另一方面,枫林高速已建成通车,织密高速网。", None),
        (REPORT + "\n2023年,某市将加快融入都市圈。\n去年,某市建成枫林高速,织密高速网。", None),
        (REPORT + "\n2023年,某市将加快融入都市圈。\n枫林高速等项目稳步推进,建成枫林高速。", None),
        (REPORT + "\n2022年,某市交通建设取得新成效。\n建成枫林高速,织密高速网。", None),
        (REPORT + "\n2023年,某市将加快融入都市圈。\n二、交通\n建成枫林高速,织密高速网。", None),
        (REPORT + "\n2023年,某市将加快融入都市圈。\n坚持西联东进。\n加快竹园大道建设。\n推进石桥建设。\n建成枫林高速。", None),
        (REPORT + "\n某市将加快融入都市圈。\n建成枫林高速,织密高速网。", None),
        (REPORT + "\n2021年,某市将加快融入都市圈。\n建成枫林高速,织密高速网。", None),
        (REPORT + "\n2023年,某市将加快融入都市圈。\n到2025年,建成枫林高速。", 2025),  # a year of its own wins
    ],
)
def test_a_plans_year_is_carried_over_its_paragraphs(text: str, target: int | None) -> None:
    assert years_of(text, "枫林高速", date=DATE)[0] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("枫林航电枢纽围堰截流成功,为年度通航目标奠定了坚实基础。", 2023),
        ("枫林航电枢纽围堰截流成功,为实现年度竣工通航目标奠定了坚实基础。", 2023),
        ("枫林航电枢纽进展顺利,正全力冲刺年度通航目标。", 2023),
        ("枫林航电枢纽围堰截流成功,为2024年度通航目标奠定了坚实基础。", 2024),
        # no milestone, or another year's goal
        ("枫林航电枢纽围堰截流成功,为完成年度投资目标奠定了坚实基础。", None),
        ("枫林航电枢纽围堰截流成功,为年度建设目标奠定了坚实基础。", None),
        ("枫林航电枢纽上年度通航目标已经实现。", None),
        ("枫林航电枢纽围堰截流成功,年度通航条件逐步具备。", None),
    ],
)
def test_the_years_goal_of_a_milestone(text: str, target: int | None) -> None:
    assert years_of(text, "枫林航电枢纽", date=DATE)[0] == target


PART = "9月30日,枫林高速公路建设重点控制性工程——位于某镇的竹园特大桥顺利贯通合龙,为年度竣工通车目标奠定了坚实的基础。"


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        (PART, "枫林高速公路", 2023),
        (PART, "竹园特大桥", None),
        ("枫林高速公路控制性工程竹园特大桥顺利合龙,为年内建成通车奠定了坚实的基础。", "枫林高速公路", 2023),
        ("枫林高速公路控制性工程竹园特大桥顺利合龙,为年内建成通车奠定了坚实的基础。", "竹园特大桥", None),
        ("枫林高速公路的关键性工程竹园隧道顺利贯通,预计年底建成通车。", "枫林高速公路", 2023),
        ("枫林高速公路的关键性工程竹园隧道顺利贯通,预计年底建成通车。", "竹园隧道", None),
        # not a part: two items of a list, or an item alone, keep the goal as before
        ("枫林高速公路、竹园特大桥顺利合龙,为年内建成通车奠定了坚实的基础。", "竹园特大桥", 2023),
        ("竹园特大桥顺利合龙,为年内建成通车奠定了坚实的基础。", "竹园特大桥", 2023),
        ("枫林高速公路和竹园特大桥同步推进,预计年底建成通车。", "竹园特大桥", 2023),
    ],
)
def test_a_goal_after_a_part_is_the_wholes(text: str, name: str, target: int | None) -> None:
    assert years_of(text, name, date=DATE)[0] == target
