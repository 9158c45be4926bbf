"""A whole road or line joined through, and a start told done with works going on (issue 11 item 2).

Stage classes of the stage differences of the tuning splits (issue 11 item 2).

Each class is tested on invented sentences, positives and negatives:

* **a whole road, line or canal joined through end to end** ("X高速全线贯通", "A大道、B大道全线贯通", "A、B等国省干线
  全线贯通"): built, as the tuning gold codes it in five documents of four splits (fresh7 r_04, fresh13 d_13, fresh19
  zj_05, fresh20 zl_09; fresh4 j_08 codes two 在建); not a part's breakthrough ("X隧道全线贯通", "交通洞全线贯通"),
  which is works going on, nor the works' milestone told after their years ("历经两年建设后全线贯通", as
  tests/extract/years/test_timeline.py reads it), nor one followed by a forecast or a groundwork ("全线贯通,预计年底通车", "为通车奠定基础"),
  nor a condition ("全线贯通后"), nor a breakthrough denied ("尚未全线贯通"), nor another item's clause;
* **a start told as done with the works going on after it** ("X已于2021年6月开工建设,建设工期5年", "X已开工建设,有望
  明年建成通车", "目前已开工A、B,完成投资677亿元"): 在建, as the tuning gold codes it in four documents of three splits
  (fresh7 s_11, s_14; fresh17 ze_12; fresh19 zj_02); not a start told alone ("X已开工建设": a start, as gold codes it
  in fresh2, fresh5, fresh6, fresh9 and fresh13), nor a forecast of another item, nor a start still ahead.
"""

from __future__ import annotations

import pytest
from extract_helpers import plain, stage_of

from geo.extract import extract


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


def undated_stage(text: str, name: str) -> str:
    """Return the rules' stage of ``name`` in ``text`` read as a document without a date of its own.

    Without a date a start told with its year is not placed before the document's day, so only the
    words of the sentence say whether the works have gone on since.
    """
    src = plain(text, date=None)
    ents = {e.name: e for e in extract(src, staged=False)}
    assert name in ents, f"{name} not in {sorted(ents)}"
    return str(ents[name].mentions[0].stage)


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("东林高速已开工建设,有望明年建成通车。", "东林高速", "under_construction"),
        ("东林高速全长71公里,已于2021年6月开工建设,建设工期5年。", "东林高速", "under_construction"),
        ("东林铁路,已于2019年12月开工建设,预计2024年5月建成通车。", "东林铁路", "under_construction"),
        ("目前已开工东林高铁、西坪高铁300公里,完成投资277亿元。", "西坪高铁", "under_construction"),
        # negatives: a start told alone, a forecast of another item, a start still ahead, a start planned
        ("东林高速全长71公里,已于2021年6月开工建设。", "东林高速", "starting"),
        ("东林高速已于2019年12月开工建设。", "东林高速", "starting"),
        ("东林高速已开工建设,西坪铁路预计明年建成通车。", "东林高速", "starting"),
        ("东林高速计划明年开工建设,预计2028年建成通车。", "东林高速", "starting"),
        ("东林高速已纳入规划并力争明年开工,预计2028年建成通车。", "东林高速", "proposed"),
    ],
)
def test_a_start_told_done_with_works_going_on(text: str, name: str, stage: str) -> None:
    assert undated_stage(text, name) == stage
