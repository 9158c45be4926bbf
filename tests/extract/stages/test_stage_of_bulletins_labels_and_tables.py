"""Stages of items in lists, bulletins and tables: each line or row tells its own item's stage (issue 11 item 2).

Three structure classes of the timeline probe bank, on invented text:

* a **numbered progress bulletin** ("一、A：6月正式通车" / "二、B：施工单位已进场施工" / "三、C：初步设计获批复"): the
  words after a line's colon are the news of the item (or names) before it, line by line;
* **labelled lists** ("续建项目：A、B" / "新开工项目：C" / "前期项目：D" / "储备项目：E"): each label decides the items
  of its own line, the lines are not joined as wrapped text;
* **a table with a stage column right after the name column** ("项目名称 建设性质": 续建 / 新建 / 前期 / 储备): the
  row's cell is its item's stage.
"""

from __future__ import annotations

import pytest
from extract_helpers import doc_stage

BULLETIN = (
    "某区重点项目进展通报\n"
    "一、甲乙高速公路：5月20日正式通车，全长30公里。\n"
    "二、丙丁旅游公路：施工单位已进场施工，完成路基工程量四成。\n"
    "三、戊己水库：初步设计获省水利厅批复。\n"
    "四、庚辛铁路：启动前期工作，已委托开展预可研。\n"
)


@pytest.mark.parametrize(
    ("name", "stage"),
    [
        ("甲乙高速公路", "completed"),
        ("丙丁旅游公路", "under_construction"),
        ("戊己水库", "preliminary"),
        ("庚辛铁路", "preliminary"),
    ],
)
def test_each_bulletin_line_tells_its_own_items_stage(name: str, stage: str) -> None:
    assert doc_stage(BULLETIN, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # a label of two names: the line's news is both items'
        ("一、甲乙高速公路、丙丁高速公路：两个项目正在进行路面施工。", "丙丁高速公路", "under_construction"),
        # a line naming two items: the news after the second name is the second's, the first keeps its own
        ("三、甲乙高速公路：已建成通车，丙丁铁路正在开展前期工作。", "甲乙高速公路", "completed"),
        ("三、甲乙高速公路：已建成通车，丙丁铁路正在开展前期工作。", "丙丁铁路", "preliminary"),
        # negatives: the words before the colon are not the item alone (a section's title), or the item's own
        # news after the colon names another item first
        ("二、项目进展：甲乙高速公路正式通车。", "甲乙高速公路", "completed"),
        ("三、甲乙高速公路：丙丁铁路已建成通车。", "甲乙高速公路", "unspecified"),
    ],
)
def test_bulletin_lines_of_two_names_and_near_negatives(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage


LABELLED = (
    "某县交通重点项目\n"
    "续建项目：甲乙高速公路、丙丁航道整治工程\n"
    "新开工项目：戊己快速路、庚辛港二期\n"
    "前期项目：壬癸城际铁路、子丑水库\n"
    "储备项目：寅卯通用机场、辰巳公路\n"
)


@pytest.mark.parametrize(
    ("name", "stage"),
    [
        ("甲乙高速公路", "under_construction"),
        ("丙丁航道整治工程", "under_construction"),
        ("戊己快速路", "starting"),
        ("庚辛港二期", "starting"),
        ("壬癸城际铁路", "preliminary"),
        ("子丑水库", "preliminary"),
        ("寅卯通用机场", "proposed"),
        ("辰巳公路", "proposed"),
    ],
)
def test_each_label_decides_the_list_on_its_own_line(name: str, stage: str) -> None:
    assert doc_stage(LABELLED, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # numbered labels, and a label after a sentence naming the four kinds
        ("一、续建项目：甲乙高速公路\n二、前期项目：丙丁铁路\n", "丙丁铁路", "preliminary"),
        ("续建项目要加快建设，前期项目要加快推进，储备项目要做深论证。\n前期项目：丙丁铁路、戊己水库\n", "戊己水库",
         "preliminary"),
        # the item's own words after the list win over its label
        ("续建项目：甲乙高速公路，丙丁铁路已建成通车\n", "丙丁铁路", "completed"),
        # negatives: a kind named inside a sentence is no label; a heading counting its items leaves the lines under it
        # to the heading
        ("今年要加快推进前期项目建设，甲乙高速公路年内建成通车。", "甲乙高速公路", "completed"),
        ("（一）前期项目：2个\n1.甲乙铁路\n2.丙丁水库\n", "丙丁水库", "preliminary"),
    ],
)
def test_labels_numbered_after_a_sentence_and_near_negatives(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage


TABLE = (
    "某市重大交通项目表\n"
    "序号 项目名称 建设性质 建设内容及规模 建设年限\n"
    "1 甲乙高速公路 续建 全长40公里，双向四车道 2023—2026年\n"
    "2 丙丁港戊己作业区 新建 新建500吨级泊位4个 2025—2027年\n"
    "3 庚辛铁路 前期 全长90公里 2026—2030年\n"
    "4 壬癸通用机场 储备 A1级通用机场 —\n"
)


@pytest.mark.parametrize(
    ("name", "stage"),
    [
        ("甲乙高速公路", "under_construction"),
        ("丙丁港戊己作业区", "starting"),
        ("庚辛铁路", "preliminary"),
        ("壬癸通用机场", "proposed"),
    ],
)
def test_a_tables_stage_column_is_its_rows_stage(name: str, stage: str) -> None:
    assert doc_stage(TABLE, name) == stage


def test_a_table_whose_column_after_the_name_is_another_gives_no_stage() -> None:
    # the content column ("新建500吨级泊位") is no stage cell
    text = "序号 项目名称 建设内容 建设年限\n1 丙丁港戊己作业区 新建500吨级泊位4个 2025—2027年\n"
    assert doc_stage(text, "丙丁港戊己作业区") == "unspecified"


def test_a_row_below_a_paragraph_is_not_under_the_header() -> None:
    text = (
        "序号 项目名称 建设性质 建设年限\n1 甲乙高速公路 续建 2023—2026年\n\n"
        "丙丁港戊己作业区新建500吨级泊位4个。\n"
    )
    assert doc_stage(text, "丙丁港戊己作业区") != "starting"
