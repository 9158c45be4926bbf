"""A line named only as the opening of its section's name, where the section opens (issue 11 item 2).

"A高铁B段正式通车", "随着A高速B段、C段建成通车": the news of a section's completion is not the whole line's, which the
tuning gold codes 未说明; the rules read no stage for the line there and none is guessed for it
(:attr:`geo.model.Mention.stage_held`). Not a section's start ("A高铁B段开工建设": the gold codes the line's start
too), nor a completion told before the section in a history ("相继开通了A高铁B段"), nor a phase or works area of a
port, nor a numbered road (its new section leaves the road in service); the line's own clause keeps its stage.
"""

from __future__ import annotations

import pytest
from extract_helpers import case, doc_stage, stage_held_of


@pytest.mark.parametrize(
    ("text", "name", "held"),
    [
        # the section's completion told after it: no guess for the line
        ("甲乙高铁丙丁段正式通车。甲乙高铁全长400公里。", "甲乙高铁", True),
        ("随着甲乙高速公路丙丁段、戊己段建成通车,全市高速公路通车里程突破4000公里。甲乙高速公路全长200公里。",
         "甲乙高速公路", True),
        # two lines, each named by its opened section: both held
        ("甲乙高铁丙丁段和戊己高速公路庚辛段同步建成通车。甲乙高铁全长400公里,戊己高速公路全长100公里。", "甲乙高铁", True),
        ("甲乙高铁丙丁段和戊己高速公路庚辛段同步建成通车。甲乙高铁全长400公里,戊己高速公路全长100公里。",
         "戊己高速公路", True),
        # negatives: a section's start, a history told before the section, a port's works area, a numbered road
        ("甲乙高铁丙丁段正式开工建设。甲乙高铁全长400公里。", "甲乙高铁", False),
        ("近年来,本省相继开通了甲乙高铁丙丁段、戊己铁路。甲乙高铁全长400公里。", "甲乙高铁", False),
        ("甲乙港丙丁作业区一期工程竣工。甲乙港是长江上游的重要港口。", "甲乙港", False),
        ("G555丙丁过境段于10月建成。G555全长300公里。", "G555", False),
    ],
)
def test_a_line_named_by_its_opened_section_is_held(text: str, name: str, held: bool) -> None:
    assert stage_held_of(text, name) == ("unspecified", held)


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # the section keeps its completion; the line's own clause keeps its stage; a line joined stays in service
        case("甲乙高铁丙丁段建成通车。甲乙高铁全线预计2026年建成通车。", "甲乙高铁丙丁段", "completed"),
        case("甲乙高铁丙丁段建成通车。甲乙高铁全线预计2026年建成通车。", "甲乙高铁", "under_construction"),
        case("甲乙高铁丙丁段建成通车,与戊己高铁相连。甲乙高铁全长400公里。", "戊己高铁", "completed"),
    ],
)
def test_the_section_and_the_lines_own_clause_keep_their_stage(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage
