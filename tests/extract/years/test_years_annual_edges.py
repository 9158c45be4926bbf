"""The annual plan's reader, tightened to its class (issue 11 item 3: target-year precision).

An annual plan ("2023年全市交通运输工作要点") sets its year's goals (:mod:`geo.extract.years.annual`); probing it with
invented sentences found two kinds of text outside that class it gave the plan's year:

* a sentence set in a five-year plan that does not hold the plan's year ("“十三五”期间,建成X" in a plan of 2023):
  the review of a past plan, not the year's goal;
* a completion told as a condition ("X建成后将有力推动发展", "X全线贯通后,…"): what follows the completion, not one set
  for the year;
* a list introduced by a line reviewing the year before ("上年建成通车2条高速公路:\nA高速:全长…").

Every sentence here is invented; none is copied from a document of the blind sets. Positives: the year's completions
in a list, with a consequence after them in another clause, and a five-year plan holding the year with no
completion of its own (left to the five-year plan's reader).
"""

from __future__ import annotations

import pytest
from extract_helpers import file_years

TITLE = "2023年全市交通运输工作要点\n"


@pytest.mark.parametrize(
    ("body", "name", "target"),
    [
        ("一、重点任务\n建成枫竹铁路、甲乙高速公路。", "枫竹铁路", 2023),
        ("全年建成枫竹铁路等5个项目。", "枫竹铁路", 2023),
        ("建成枫竹铁路,全市铁路里程达到500公里。", "枫竹铁路", 2023),
        ("“十三五”期间,建成枫竹铁路。", "枫竹铁路", None),
        ("枫竹铁路建成后将有力推动发展。", "枫竹铁路", None),
        ("枫竹铁路建成通车以后,两地将实现1小时通达。", "枫竹铁路", None),
        ("2022年,全市建成枫竹铁路。2023年,将建成甲乙高速公路。", "枫竹铁路", None),
        ("枫竹铁路全线贯通后,将带动沿线发展。", "枫竹铁路", None),
        ("力争枫竹铁路实现通车。", "枫竹铁路", 2023),
        ("建成通车2条高速公路:\n甲乙高速公路:全长80公里。\n丙丁高速公路:全长60公里。", "丙丁高速公路", 2023),
        ("上年建成通车2条高速公路:\n甲乙高速公路:全长80公里。\n丙丁高速公路:全长60公里。", "丙丁高速公路", None),
    ],
)
def test_annual_plan_goals(body: str, name: str, target: int | None) -> None:
    assert file_years("plan.txt", TITLE + body, name)[0] == target
