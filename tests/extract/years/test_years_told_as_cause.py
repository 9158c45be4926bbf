"""A completion told as the cause of a state after it ("随着今年X投运,全县形成…") is news of a fact: no target year.

"随着" opens a clause whose completion brought what the sentence goes on to tell; told in the present ("形成",
"有效保障"), the completion is done, as "X投运,标志着…" is. A consequence still ahead ("…将更方便"), a year after
the report's, or a part of the year that may lie ahead ("随着年底X投运") leaves it a goal.
Every sentence here is invented; none is copied from a document of the blind sets.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of

NAME = "枫林220千伏输变电工程"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("随着今年枫林220千伏输变电工程投运,全县形成以枫林变电站为中心的电网结构。", (None, None)),
        ("随着今年枫林220千伏输变电工程建成投运,竹园工业园区用电需求得到有效保障。", (None, None)),
        ("随着2023年枫林220千伏输变电工程投运,全县供电可靠性大幅提升。", (None, None)),
        # near negatives: a consequence ahead, a later year, a part of the year, no cause
        ("随着今年枫林220千伏输变电工程投运,全县将形成以枫林变电站为中心的电网结构。", (2023, None)),
        ("随着明年枫林220千伏输变电工程投运,全县形成以枫林变电站为中心的电网结构。", (2024, None)),
        ("随着年底枫林220千伏输变电工程投运,全县形成以枫林变电站为中心的电网结构。", (2023, None)),
        ("今年枫林220千伏输变电工程投运,全县供电可靠性大幅提升。", (2023, None)),
    ],
)
def test_a_completion_told_as_a_cause(text: str, years: tuple) -> None:
    assert years_of(text, NAME) == years


# a date heading the sentence before the cause's clause is read by the readers of dated news, not by this one
def test_a_date_before_the_cause_is_left_to_the_news_readers() -> None:
    text = "2023年3月30日,随着首批车辆驶入新通车的枫林至竹园高速公路,两地实现高速直达。"
    assert years_of(text, "枫林至竹园高速公路") == years_of(text.replace("随着", ""), "枫林至竹园高速公路")
