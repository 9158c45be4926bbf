"""The spaces between a plain-text table row's cells are kept (issue 11 item 2, part-s43).

A project table set in plain text writes each row as a serial number and cells between spaces ("3 X铁路 前期 全长92
公里 2026—2030年"); the reader drops a stray space between two CJK characters, but in such a row the spaces are the
cells' bounds, so a stage cell ("前期") stays apart from the next cell ("全长92公里") and the stage column can be read
(:mod:`geo.extract.stages.stage_columns`). Negatives: a numbered line of prose with fewer cells, a line without a
serial number.
"""

from __future__ import annotations

import pytest

from geo.documents.clean import normalize_whitespace


def _normalized(raw: str) -> str:
    return normalize_whitespace(raw, list(range(len(raw))))[0]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("3 甲乙铁路 前期 全长92公里 2026—2030年", "3 甲乙铁路 前期 全长92公里 2026—2030年"),
        ("序号 项目名称\n12 丙丁水库 续建 总库容 市水利局", "序号项目名称\n12 丙丁水库 续建 总库容 市水利局"),
        # negatives: a numbered line with two cells, a line of cells without a serial number
        ("1 甲乙港 新建码头", "1 甲乙港新建码头"),
        ("甲乙港 新建 泊位 四个", "甲乙港新建泊位四个"),
    ],
)
def test_a_table_rows_cells_stay_apart(raw: str, text: str) -> None:
    assert _normalized(raw) == text
