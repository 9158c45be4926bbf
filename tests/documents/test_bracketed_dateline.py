"""A news dateline whose full date closes the bracket after 讯 dates the report (issue 11 item 3, part y41).

"本报讯（记者 张三 2023年5月12日）" and "某某日报讯（2023年5月12日）" open a report with its own date inside the bracket
that usually holds only the reporter's name; the relative years of the text (今年6月, 明年, 年底前) hang on it. Every
text is invented and every file is named "doc_001.txt" (no year). Negatives: a bracket of names only, a date of an
event in a later bracket, also after a dateline without a reporter's bracket.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.documents import read_meta

NAME = "doc_001.txt"


def _date(text: str) -> dt.date | None:
    return read_meta(text, name=NAME).date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("本报讯（2023年10月9日）记者从市交通运输局了解到,枫林至竹园高速公路明年建成通车。", dt.date(2023, 10, 9)),
        ("本报讯（记者 王明 2024年3月19日）3月18日上午,枫林水库正式开工。", dt.date(2024, 3, 19)),
        ("竹园日报讯（2024年3月5日）记者从区交通局获悉,枫林港二期年内建成。", dt.date(2024, 3, 5)),
        ("枫林日报讯 (记者 李红 通讯员 张强 2022年6月28日) 竹园物流园于本月投用。", dt.date(2022, 6, 28)),
        ("本报讯(2021年12月1日)枫林大桥今年年底前建成通车。", dt.date(2021, 12, 1)),
        # negatives: a bracket of names only; an event's day in a later bracket, also without a reporter's bracket
        ("本报讯（记者 王明）枫林水库今年开工建设,计划2026年建成。", None),
        ("本报讯（记者 王明）枫林水库（2019年5月12日开工）今年建成。", None),
        ("枫林网讯 记者从市交通局获悉,枫林大桥（2023年5月12日开工）年底建成。", None),
    ],
)
def test_a_dateline_with_its_date_in_the_bracket(text: str, date: dt.date | None) -> None:
    assert _date(text) == date
