"""A list filling its clause with no verb is the subject of the next clause, and takes its stage (issue 11 item 2).

A group cut by a comma from the rest of its list ("A、B,C、D等项目正抓紧开展工可报告编制") and a list set as the topic by 方面
("另外A、B方面,本省也将继续加强建设", with 继续加强建设 read as works going on) take the next clause's stage. Not after a
verb ("建成A、B,C、D等项目…"), nor when the next clause is another item's own ("A、B,C已建成通车"; "A方面,C已建成通车").
"""

from __future__ import annotations

import pytest
from extract_helpers import case, doc_stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # a group of a list cut by a comma from the rest, which closes by 等…项目 and its stage
        case("今年,甲乙大道、丙丁大道,戊己隧道、庚辛大桥等项目将完成初步设计审查。", "甲乙大道", "preliminary"),
        case("今年,甲乙大道、丙丁大道,戊己隧道、庚辛大桥等项目将完成初步设计审查。", "丙丁大道", "preliminary"),
        # a list set as the topic by 方面: the next clause's stage, whatever its subject
        case("此外,在甲乙铁路、丙丁高速公路方面,全市将继续加快建设。", "丙丁高速公路", "under_construction"),
        case("在甲乙高铁方面,本省正在加紧施工。", "甲乙高铁", "under_construction"),
        # negatives: a verb before the group, the next clause another item's own, a topic whose next clause names an
        # item, management of works
        case("建成甲乙高速、丙丁高速,戊己快速通道、庚辛大道等项目正在加紧施工。", "甲乙高速", "completed"),
        case("甲乙高速、丙丁高速,戊己快速通道已建成通车。", "甲乙高速", "unspecified"),
        case("甲乙高速方面,戊己快速通道已建成通车。", "甲乙高速", "unspecified"),
        case("甲乙高铁将继续加强建设管理。", "甲乙高铁", "unspecified"),
    ],
)
def test_a_list_filling_its_clause_is_the_next_clauses_subject(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage
