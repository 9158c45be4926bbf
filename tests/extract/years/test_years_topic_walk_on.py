"""A referring sentence telling what the works bring does not end the report's walk to its schedule (issue 11 item 3).

"X开工。该项目作为A的核心项目,…。项目建成后,将满足…需求。该工程计划2017年9月开工,2018年6月投产。": the report goes
on about X in sentences opening with a referring head; the first of them with a completion word but no date ("项目建成
后,将…": a condition, not a schedule) ended the walk unread, and the dated schedule after it was lost. Now the walk
goes on to the first referring sentence that dates a milestone (:func:`geo.extract.stages.references.topic_sentence`).

Every sentence here is invented; none is copied from a document of the blind sets. Negatives: another item named
without a referring head before the schedule (the report has moved on), a referring sentence dating only a start.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import years_of

#: The report's date: the day after the start.
REPORT = dt.date(2017, 9, 23)
OPENING = "9月22日上午,松林220千伏变电站开工。"


@pytest.mark.parametrize(
    "text",
    [
        OPENING + "该项目作为枫竹铁路牵引站供电工程的核心项目,是全县首座220千伏变电站。项目建成后,将满足枫竹铁路供电需求。"
        "该工程计划2017年9月开工,2018年6月投产。",
        OPENING + "项目建成后,将彻底解决全县用电瓶颈。该工程预计2018年6月建成投运。",
        OPENING + "该项目总投资2.6亿元。工程建成投用后,可满足周边园区用电。项目计划于2018年底前投产。",
    ],
)
def test_the_schedule_after_what_the_works_bring_is_the_items(text: str) -> None:
    assert years_of(text, "松林220千伏变电站", date=REPORT)[0] == 2018


@pytest.mark.parametrize(
    "text",
    [
        # another item named without a referring head: the report has moved on
        OPENING + "项目建成后,将满足用电需求。柏杨110千伏变电站正在加紧施工。该工程预计2018年6月建成投运。",
        # a referring sentence dating only a start
        OPENING + "项目建成后,将满足用电需求。该工程计划2017年9月开工。",
    ],
)
def test_no_schedule_past_another_item_or_without_a_completion(text: str) -> None:
    assert years_of(text, "松林220千伏变电站", date=REPORT)[0] is None
