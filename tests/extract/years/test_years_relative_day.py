"""A relative year with its month and day, far from its milestone (issue 11 item 3: target years).

"将于明年10月30日前实现全线建成通车", "将在今年4月1日前全部投入正式运营": the month and day after 今年/明年 are part
of the time (:data:`geo.extract.year_words.RELATIVE_YEAR`), not of the gap of up to ten characters between the time
and its milestone; read as the gap, they left the milestone out of reach and the clause unread.

Every sentence here is invented; none is copied from a document of the blind sets. Negatives: a completion told
done last year, a statistic's day, a step of the works (前期工作), a start.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import years_of

#: The report's date: 明年 is 2024.
REPORT = dt.date(2023, 1, 29)


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("松林港一期工程的5个泊位,将在今年4月1日前全部投入正式运营。", "松林港一期", 2023),
        ("松林港一期工程的5个泊位,将在明年4月1日前全部投入正式运营。", "松林港一期", 2024),
        ("枫竹高速建设正酣,将于明年10月30日前实现全线建成通车。", "枫竹高速", 2024),
        ("枫竹高速建设正酣,力争今年9月30日前实现主线全面建成通车。", "枫竹高速", 2023),
    ],
)
def test_a_relative_years_day_is_part_of_its_time(text: str, name: str, target: int) -> None:
    assert years_of(text, name, date=REPORT)[0] == target


@pytest.mark.parametrize(
    "text",
    [
        # told done last year
        "枫竹高速去年10月30日已实现全线建成通车。",
        # a statistic's day: no milestone
        "枫竹高速建设正酣,今年1月20日前累计完成投资5亿元。",
        # a step of the works, not their completion
        "枫竹高速建设正酣,将于明年4月1日前完成全部前期工作。",
    ],
)
def test_no_target_from_a_relative_day_without_a_goal(text: str) -> None:
    assert years_of(text, "枫竹高速", date=REPORT)[0] is None


def test_a_start_on_a_relative_day_is_a_start() -> None:
    assert years_of("枫竹高速将于明年3月15日前后正式进场开工建设。", "枫竹高速", date=REPORT) == (None, 2024)
