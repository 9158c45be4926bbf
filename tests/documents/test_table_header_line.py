"""The spaces between a plain-text table's header cells are kept (issue 11 item 3, part y41).

A project table set in plain text heads its rows with a line of column names between spaces ("序号 项目名称 建设性质
建设年限 牵头单位"); the reader drops a stray space between two CJK characters, which ran the header's cells into one
and left the table's year columns (建设年限, 完成时限) unread. The line right above a table's first row, of three cells or
more and no sentence's punctuation, keeps its spaces as the rows do (tests/documents/test_table_rows.py). Negatives: a
header of two cells, a line of prose above a row, a line of cells with no row under it.
"""

from __future__ import annotations

import pytest

from geo.documents.clean import normalize_whitespace


def _normalized(raw: str) -> str:
    return normalize_whitespace(raw, list(range(len(raw))))[0]


ROW = "1 枫林至竹园高速公路 续建 全长38公里，双向四车道 2023—2026年 市交通运输局"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (f"序号 项目名称 建设性质 建设内容 建设年限 牵头单位\n{ROW}", f"序号 项目名称 建设性质 建设内容 建设年限 牵头单位\n{ROW}"),
        (f"序号 任务名称 工作内容 完成时限 牵头单位\n{ROW}", f"序号 任务名称 工作内容 完成时限 牵头单位\n{ROW}"),
        (f"项目名称 建设年限 责任单位\n{ROW}", f"项目名称 建设年限 责任单位\n{ROW}"),
        # negatives: a header of two cells, prose above the row, cells without a row under them
        (f"序号 项目名称\n{ROW}", f"序号项目名称\n{ROW}"),
        (f"各项目进展如下，请 各单位 抓紧 落实。\n{ROW}", f"各项目进展如下，请各单位抓紧落实。\n{ROW}"),
        ("枫林 竹园 甲乙 丙丁\n各单位抓紧落实。", "枫林竹园甲乙丙丁\n各单位抓紧落实。"),
    ],
)
def test_a_table_headers_cells_stay_apart(raw: str, text: str) -> None:
    assert _normalized(raw) == text
