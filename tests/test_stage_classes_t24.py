"""Stage classes of the stage differences of the tuning splits (issue 11 item 2, part-t24).

Each class is tested on invented sentences, positives and negatives:

* **a whole road, line or canal joined through end to end** ("X高速全线贯通", "A大道、B大道全线贯通", "A、B等国省干线
  全线贯通"): built, as the tuning gold codes it in five documents of four splits (fresh7 r_04, fresh13 d_13, fresh19
  zj_05, fresh20 zl_09; fresh4 j_08 codes two 在建); not a part's breakthrough ("X隧道全线贯通", "交通洞全线贯通"),
  which is works going on, nor the works' milestone told after their years ("历经两年建设后全线贯通", as
  tests/test_timeline.py reads it), nor one followed by a forecast or a groundwork ("全线贯通,预计年底通车", "为通车奠定基础"),
  nor a condition ("全线贯通后"), nor a breakthrough denied ("尚未全线贯通"), nor another item's clause.
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("截至目前,东林高速全线贯通,西坪铁路建成通车。", "东林高速", "completed"),
        ("过去五年,青山大道、白水大道全线贯通,高速公路里程翻番。", "白水大道", "completed"),
        ("过去五年,青山大道、白水大道全线贯通,高速公路里程翻番。", "青山大道", "completed"),
        ("G999甲乙段、S888丙丁线等国省干线全线贯通。", "S888丙丁线", "completed"),
        ("今年,东林水库完成枢纽工程建设,西坪快速路全线贯通。", "西坪快速路", "completed"),
        # negatives: a part's breakthrough, a forecast or groundwork after it, a condition, a denial,
        # another item's clause, the line in service (read as before)
        ("东林高速青山隧道全线贯通。", "东林高速青山隧道", "under_construction"),
        ("西坪铁路东林隧道顺利实现全线贯通。", "西坪铁路东林隧道", "under_construction"),
        ("东林水库导流洞全线贯通。", "东林水库", "under_construction"),
        ("东林高速全线贯通,预计年底建成通车。", "东林高速", "under_construction"),
        ("东林高速全线贯通,为年底通车奠定基础。", "东林高速", "under_construction"),
        ("东林高速尚未全线贯通,西坪铁路正在建设。", "东林高速", "under_construction"),
        ("西坪铁路正在加快建设,东林高速全线贯通。", "西坪铁路", "under_construction"),
        ("东林高速,在历经两年建设后全线贯通。", "东林高速", "under_construction"),
        ("东林铁路全线贯通运营。", "东林铁路", "completed"),
    ],
)
def test_whole_line_joined_through(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage
