"""A start told as news before the list of the items it names gives them the report's year (issue 11 item 3, part y41).

"本次集中开工的12个项目包括:A、B", "其他3座水库也正式开工建设,分别是:A、B、C": the start and the word telling it as a
fact (集中, 正式, 仪式…) stand in the clause opening the list, not in the items' own clause; the items start in the year
of the report, as "A正式开工建设" does. Every sentence is invented; the report is dated 2023-06-12. Negatives: a start
not told as a fact (a plan's "计划开工的项目包括", a bare "开工建设,包括"), an item named between the start and the
list, a completion opening the list, a year of its own.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("据了解,本次集中开工的12个项目包括:枫林水库、竹园至甲乙高速公路等。", "枫林水库", (None, 2023)),
        ("据了解,本次集中开工的12个项目包括:枫林水库、竹园至甲乙高速公路等。", "竹园至甲乙高速公路", (None, 2023)),
        ("当天,除甲乙水库外,其他3座水库也正式开工建设,分别是:竹园水库、枫林水库、丙丁水库。", "枫林水库", (None, 2023)),
        ("当天,除甲乙水库外,其他3座水库也正式开工建设,分别是:竹园水库、枫林水库、丙丁水库。", "丙丁水库", (None, 2023)),
        ("6月10日举行的集中开工仪式上开工的项目分别为枫林物流园、竹园大道。", "竹园大道", (None, 2023)),
        ("全市第二批重大项目今天集中开工,包括竹园至甲乙铁路、枫林港二期等8个项目。", "枫林港二期", (None, 2023)),
        # the occasion the report tells of pointed at (本次, 此次), the list opened by 涵盖
        ("本次新开工项目涵盖枫林物流园、竹园至甲乙铁路等。", "枫林物流园", (None, 2023)),
        ("此次开工的项目包括枫林物流园、竹园大道。", "竹园大道", (None, 2023)),
        # negatives: a start not told as a fact; a completion opening the list; a year of the list's own
        ("枫林水库开工建设,包括竹园大坝、甲乙渠道。", "竹园大坝", (None, None)),
        ("本次集中建成通车的项目包括:竹园至甲乙高速公路、枫林大道。", "枫林大道", (None, None)),
        ("新开工项目涵盖枫林物流园、竹园大道。", "竹园大道", (None, None)),
        ("本次规划的项目涵盖枫林物流园、竹园大道。", "竹园大道", (None, None)),
        ("2021年集中开工的项目包括:竹园至甲乙高速公路、枫林大道。", "枫林大道", (None, 2021)),
    ],
)
def test_a_start_told_before_its_list(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years


def test_an_item_between_the_start_and_the_list_stops_it() -> None:
    text = "竹园至甲乙高速公路正式开工建设,枫林物流园同步推进,包括枫林大道、丙丁水库。"
    assert years_of(text, "丙丁水库")[1] is None



# a start told on a day named before ("当天", "同日") is of the year of the day the text writes shortly before it
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2022年的最后一天,甲乙水库开工。\n据了解,甲乙水库是大型水库。\n当天,其他3座水库也正式开工建设,分别是:竹园水库、枫林水库。",
         (None, 2022)),
        ("2022年12月30日,甲乙水库正式开工。\n甲乙水库总库容1亿立方米。\n同日,其他水库也正式开工建设,分别是:枫林水库、竹园水库。",
         (None, 2022)),
        # negatives: a year alone (not a day) before, no day written before: the report's year
        ("甲乙水库是2020年及后续重大水利项目之一。\n当天,枫林水库也正式开工建设。", (None, 2023)),
        ("甲乙水库昨日开工。\n当天,枫林水库也正式开工建设。", (None, 2023)),
    ],
)
def test_a_start_on_a_day_named_before(text: str, years: tuple) -> None:
    assert years_of(text, "枫林水库") == years
