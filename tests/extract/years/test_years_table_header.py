"""A plain-text table's year columns are read under a header whose cells are set apart by spaces (issue 11 item 3).

"序号 项目名称 建设性质 建设内容及规模 建设年限 牵头单位" over rows "1 X 续建 全长38公里，双向四车道 2023—2026年 …": the
span column gives the row's start and target year, and a 完成时限 column the deadline of the row's completion, also a
year past the table's own ("建成蓄水 2024年12月" in a task list of 2023). Every text is invented. Negatives: a row whose
span cell is a dash, a start's deadline (a start year only), a header of two cells, which names no year column.
"""

from __future__ import annotations

import pytest

from geo.documents.read import read_document
from geo.extract import extract

SPAN_TABLE = (
    "某市2025年重大交通项目表\n发布日期：2025-01-22\n序号 项目名称 建设性质 建设内容及规模 建设年限 牵头单位\n"
    "1 枫林至竹园高速公路复线 续建 全长38公里，双向四车道 2023—2026年 市交通运输局\n"
    "2 甲乙港竹园作业区 新建 新建泊位4个，年吞吐量200万吨 2025—2027年 某县人民政府\n"
    "3 丙丁水库 续建 总库容1200万立方米，灌面5万亩 2022—2025年 市水利局\n"
    "4 竹园通用机场 储备 A1级通用机场，跑道800米 — 市发展改革委\n"
)
TASK_TABLE = (
    "某市2023年交通重点任务分解表\n发布日期：2023-02-14\n序号 任务名称 工作内容 完成时限 牵头单位\n"
    "1 枫林至竹园高速公路 建成通车 2023年12月 市交通运输局\n"
    "2 甲乙至丙丁高速公路 开工建设 2023年6月 市交通运输局\n"
    "3 丙丁水库 建成蓄水 2024年12月 市水利局\n"
)


def _years(text: str, tmp_path) -> dict[str, tuple[int | None, int | None]]:
    path = tmp_path / "doc_001.txt"
    path.write_text(text, encoding="utf-8")
    return {e.name: (e.mentions[0].target_year, e.mentions[0].start_year) for e in extract(read_document(path))}


@pytest.mark.parametrize(
    ("name", "years"),
    [
        ("枫林至竹园高速公路复线", (2026, 2023)),
        ("甲乙港竹园作业区", (2027, 2025)),
        ("丙丁水库", (2025, 2022)),
        ("竹园通用机场", (None, None)),  # negative: a dash for the span
    ],
)
def test_a_span_column_under_a_spaced_header(name: str, years: tuple, tmp_path) -> None:
    assert _years(SPAN_TABLE, tmp_path)[name] == years


@pytest.mark.parametrize(
    ("name", "years"),
    [
        ("枫林至竹园高速公路", (2023, None)),
        ("甲乙至丙丁高速公路", (None, 2023)),  # a start's deadline: the start year only
        ("丙丁水库", (2024, None)),
    ],
)
def test_a_deadline_column_under_a_spaced_header(name: str, years: tuple, tmp_path) -> None:
    assert _years(TASK_TABLE, tmp_path)[name] == years


def test_a_header_of_two_cells_names_no_year_column(tmp_path) -> None:
    text = "某市交通项目\n序号 项目名称\n1 枫林至竹园高速公路复线 续建 全长38公里，双向四车道 2023—2026年 市交通运输局\n"
    assert _years(text, tmp_path)["枫林至竹园高速公路复线"] == (None, None)
