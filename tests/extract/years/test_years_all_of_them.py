"""A year stated once for the items before it with 均/都/皆 (issue 11 item 3: target years).

"A、B开工建设,均计划2025年建成", "A、B进展顺利,都将于2025年建成", "…,以上项目均将于2025年建成": the later clause
has no subject of its own but the items taken together, and its year is each item's (it was left unread: 均 and 都
were not among the words that may open a subjectless clause, :func:`geo.extract.years.milestones.milestone_years`).

Every sentence here is invented; none is copied from a document of the blind sets. Negatives: a completion told
done ("均已于2020年建成"), a clause with a subject of its own before 都 ("沿线群众都盼望…"), another item's year
after them, a statistic's year.
"""

from __future__ import annotations

import pytest
from extract_helpers import source

from geo.extract import extract


def _targets(text: str) -> dict[str, int | None]:
    """Return each extracted item's target year (its first listed mention's)."""
    return {e.name: e.mentions[0].target_year for e in extract(source(text))}


@pytest.mark.parametrize(
    "text",
    [
        "枫竹高速、松林大桥开工建设,均计划2025年建成。",
        "枫竹高速、松林大桥目前进展顺利,都将于2025年建成通车。",
        "枫竹高速和松林大桥已进场施工,皆力争2025年底前完工。",
        "枫竹高速、松林大桥开工建设,以上项目均将于2025年建成。",
        "枫竹高速、松林大桥开工建设。以上项目均将于2025年建成。",
    ],
)
def test_a_year_for_them_all_is_each_items(text: str) -> None:
    got = _targets(text)
    assert got["枫竹高速"] == 2025
    assert got["松林大桥"] == 2025


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # told done: no goal
        ("枫竹高速、松林大桥均已于2020年建成通车。", "枫竹高速"),
        # a subject of its own before 都: the people's wish, not a forecast of the works
        ("枫竹高速开工建设,沿线群众都盼望2025年通车。", "枫竹高速"),
        # a statistic's year: money spent, no milestone of the items
        ("枫竹高速、松林大桥开工建设,2022年均完成投资10亿元。", "枫竹高速"),
    ],
)
def test_no_year_for_them_all_without_a_goal(text: str, name: str) -> None:
    assert _targets(text)[name] is None


def test_another_items_year_after_them_is_its_own() -> None:
    got = _targets("枫竹高速、松林大桥均已建成通车,柏杨铁路计划2025年建成。")
    assert got["柏杨铁路"] == 2025
    assert got["枫竹高速"] is None
