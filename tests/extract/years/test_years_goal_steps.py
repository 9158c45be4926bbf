"""Target years in three shapes of running text (issue 11 item 3; part-z28).

* A dated goal heading the sentence as the frame of the item's clause ("按照2025年建成通车的目标,X正加快推进",
  "以2026年建成投用为目标,X…"): the goal's year is the item's (:func:`geo.extract.years.frames.goal_frame`).
* Several milestones with years in one clause: a step of the works (下闸蓄水, 贯通, the body of the works done:
  主体完工) gives way to a later completion ("计划2025年下闸蓄水,2026年竣工" → 2026).
* A part's milestone ("2025年实现桥梁主体完工", "路基完工") is not the whole's: no target year.

Every sentence here is invented; none is copied from a document of the blind sets. Negatives: a goal naming another
item, a goal over another clause's item, a goal of money, a start goal (a start year, no target), a step alone, an
earlier completion after a step, an item whose own name ends in a part's word.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("按照2025年建成通车的目标,枫竹高速公路正加快推进。", "枫竹高速公路", 2025),
        ("围绕2025年建成通车目标,枫竹高速公路建设全面提速。", "枫竹高速公路", 2025),
        ("以2026年建成投用为目标,石白铁路加快建设。", "石白铁路", 2026),
        ("据了解,按照年底建成通车的目标,枫竹高速公路正加快推进。", "枫竹高速公路", 2023),
        ("锚定2027年全线通车的节点目标,石白铁路各标段正倒排工期。", "石白铁路", 2027),
    ],
)
def test_a_goal_framing_the_clause_dates_its_item(text: str, name: str, target: int) -> None:
    assert years_of(text, name)[0] == target


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        # the goal names another item
        ("按照2025年石白铁路建成的目标,枫竹高速公路正加快推进。", "枫竹高速公路", (None, None)),
        # the goal frames the first clause only
        ("按照2025年建成通车的目标,枫竹高速公路正加快推进,石白铁路已开工。", "石白铁路", (None, None)),
        # a goal of money is no milestone
        ("围绕年度投资目标,枫竹高速公路加快推进。", "枫竹高速公路", (None, None)),
        # a goal of the start gives a start year
        ("以2024年开工为目标,枫竹高速公路加快前期工作。", "枫竹高速公路", (None, 2024)),
    ],
)
def test_a_goal_not_the_items_gives_it_no_target(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("青山水库计划2025年下闸蓄水,2026年竣工。", "青山水库", 2026),
        ("青山水库预计明年下闸蓄水,2026年全面建成。", "青山水库", 2026),
        ("枫竹高速公路力争2025年主体完工,2026年建成通车。", "枫竹高速公路", 2026),
        ("青山隧道今年实现贯通,2025年竣工。", "青山隧道", 2025),
        # a step alone is still the target
        ("青山水库计划2025年下闸蓄水。", "青山水库", 2025),
        ("枫竹高速公路力争2025年主体完工。", "枫竹高速公路", 2025),
        # an earlier year after the step does not stand over it
        ("青山隧道2025年贯通,2024年通车。", "青山隧道", 2025),
        # a completion first keeps its year
        ("枫竹高速公路力争2025年建成通车,2026年完工。", "枫竹高速公路", 2025),
    ],
)
def test_a_completion_stands_over_an_earlier_step(text: str, name: str, target: int) -> None:
    assert years_of(text, name)[0] == target


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("枫竹高速公路2025年实现桥梁主体完工。", "枫竹高速公路", None),
        ("枫竹高速公路力争2025年实现路基完工。", "枫竹高速公路", None),
        ("石白铁路预计明年站房主体工程完工。", "石白铁路", None),
        ("枫竹高速公路力争2025年桥梁主体完工,2026年建成通车。", "枫竹高速公路", 2026),
        # negatives: the whole's completion, and an item whose own name ends in 隧道
        ("枫竹高速公路力争2025年完工。", "枫竹高速公路", 2025),
        ("2025年青山隧道完工。", "青山隧道", 2025),
    ],
)
def test_a_parts_milestone_is_not_the_wholes(text: str, name: str, target: int | None) -> None:
    assert years_of(text, name)[0] == target
