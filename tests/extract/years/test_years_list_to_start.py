"""A list of the works to start, told with no year, gives them the report's year (issue 11 item 3).

"铁路方面将新开工A、B等五个项目", "今年计划新开工的项目包括:A、B", "即将开始建设,分别为A、B": a report or a news
story of the year's plan names the works to start; they start in the year of the report, as an annual plan's starts
do. Every sentence is invented; the report is dated 2023-06-12. Negatives: a plan over several years, a year of the
list's own, a review of last year, a single item, a completion opening the list, a span of
years in words (三年内), a start without a word of intent.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("记者了解到,铁路方面将新开工竹园至甲乙铁路、枫林至丙丁铁路等两个项目。", "竹园至甲乙铁路", (None, 2023)),
        ("记者了解到,铁路方面将新开工竹园至甲乙铁路、枫林至丙丁铁路等两个项目。", "枫林至丙丁铁路", (None, 2023)),
        ("据悉,其中8个交通项目即将开始建设,分别为枫林机场、竹园至甲乙高速公路。", "竹园至甲乙高速公路", (None, 2023)),
        ("全市计划新开工的重点项目包括:枫林水库、竹园至甲乙高速公路。", "枫林水库", (None, 2023)),
        ("其中5个项目即将开始建设,分别为枫林机场三期改扩建工程、竹园至甲乙铁路、枫林至丙丁铁路、甲乙港、丙丁水库。",
         "丙丁水库", (None, 2023)),
        # negatives: a plan over several years, a year of the list's own, a review, one item, a completion
        ("“十四五”期间,全市将新开工竹园至甲乙铁路、枫林至丙丁铁路。", "枫林至丙丁铁路", (None, None)),
        ("2025年全市将新开工竹园至甲乙铁路、枫林至丙丁铁路。", "枫林至丙丁铁路", (None, 2025)),
        ("过去一年,全市新开工竹园至甲乙铁路、枫林至丙丁铁路。", "枫林至丙丁铁路", (None, None)),
        ("铁路方面将新开工竹园至甲乙铁路。", "竹园至甲乙铁路", (None, None)),
        ("铁路方面将建成竹园至甲乙铁路、枫林至丙丁铁路。", "枫林至丙丁铁路", (None, None)),
        ("根据规划,三年内全市力争新开工竹园至甲乙铁路、枫林至丙丁铁路。", "枫林至丙丁铁路", (None, None)),
        ("根据规划,三年内全市将建成枫林大道;力争新开工竹园至甲乙铁路、枫林至丙丁铁路。", "枫林至丙丁铁路", (None, None)),
        # a start told as done or bid without a word of intent: not a list to start
        ("一季度,全市新开工竹园至甲乙铁路、枫林至丙丁铁路等12个项目。", "枫林至丙丁铁路", (None, None)),
        ("加快推进枫林大道建设,开工建设竹园至甲乙铁路、枫林至丙丁铁路。", "枫林至丙丁铁路", (None, None)),
        ("力争具备开工条件的2个项目(竹园至甲乙铁路、枫林至丙丁铁路)开工建设。", "枫林至丙丁铁路", (None, None)),
    ],
)
def test_a_list_of_works_to_start(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years
