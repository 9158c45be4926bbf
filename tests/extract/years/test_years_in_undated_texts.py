"""Target years in texts that give no year of their own (issue 11 item 3, eighteenth round).

Every sentence here is invented. The files are named "新闻.txt", as the hidden set's may be: no year in
the name, and none in the text, so the document's year is unknown. Then a year the text dates a
completion with cannot be told ahead of the present or behind it; told without a word of intent, a
deadline or "到…年" ("2022年,A建成投运", "1972年通航", "2018年1月28日,A试通水成功") it is a fact
reported, as the reference codes past completions: no target year. The noyear measure of the tuning
splits found the class (a county's review, a history of an airport, a reply's background).
Negatives: goals in the same undated texts keep their years, and a dated text still reads its own
year's completions as it did.
"""

from __future__ import annotations

import pytest
from extract_helpers import file_years

UNDATED = "新闻.txt"
DATED = "2024年交通新闻.txt"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("某州交通综述\n近年来,某州加快交通建设。2022年,枫林铁路建成投运,竹园高速公路建成通车。", "枫林铁路"),
        ("某州交通综述\n近年来,某州加快交通建设。2022年,枫林铁路建成投运,竹园高速公路建成通车。", "竹园高速公路"),
        ("某机场史话\n1958年,枫林机场破土动工,1972年通航。如今航线通达19个城市。", "枫林机场"),
        ("某工程纪实\n2018年1月28日,枫林水利枢纽工程试通水成功,一路奔涌直达某市。", "枫林水利枢纽工程"),
        ("建议背景\n2021年7月,本市第一条高速公路——竹园至石桥高速公路才建成通车,目前没有高铁经过本市。",
         "竹园至石桥高速公路"),
        ("某县政府工作报告\n报告指出,2022年,全县城市品位全面提升,枫林高铁竹园站开通运营。", "枫林高铁竹园站"),
    ],
)
def test_an_undated_texts_dated_completion_told_as_a_fact_is_no_target(text: str, name: str) -> None:
    assert file_years(UNDATED, text, name)[0] is None


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        # goals keep their years in an undated text: a word of intent, a deadline, a year the goal is set for
        ("某规划\n到2025年,建成枫林铁路,竹园高速公路建成通车。", "竹园高速公路", 2025),
        ("某规划\n到2025年,建成枫林铁路,竹园高速公路建成通车。", "枫林铁路", 2025),
        ("某复函\n枫林铁路计划2025年建成通车。", "枫林铁路", 2025),
        ("某复函\n竹园高速公路力争2026年建成。", "竹园高速公路", 2026),
        ("某复函\n石桥水库2027年底前建成。", "石桥水库", 2027),
        ("某复函\n预计2025年,枫林铁路建成通车。", "枫林铁路", 2025),
        ("某复函\n2026年,竹园高速公路将建成通车。", "竹园高速公路", 2026),
    ],
)
def test_an_undated_texts_goals_keep_their_years(text: str, name: str, target: int) -> None:
    assert file_years(UNDATED, text, name)[0] == target


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        # a text dated 2024 (its file name): its own year's completion and a later one are targets as before,
        # an earlier one is history
        ("某州交通综述\n2024年,枫林铁路建成投运,竹园高速公路建成通车。", "枫林铁路", 2024),
        ("某州交通综述\n2025年,枫林铁路建成投运,竹园高速公路建成通车。", "竹园高速公路", 2025),
        ("某州交通综述\n2022年,枫林铁路建成投运,竹园高速公路建成通车。", "枫林铁路", None),
    ],
)
def test_a_dated_text_reads_its_completions_as_before(text: str, name: str, target: int | None) -> None:
    assert file_years(DATED, text, name)[0] == target
