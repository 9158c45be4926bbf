"""Phases written after an item's head word alone, the item named before them (issue 11 item 1 recall).

Invented sentences: a report names an item ("X物流园", "X国际机场", "X水库灌区") and then one of its phases
with the head word alone ("物流园二期工程", "机场三期工程", "灌区一期工程"): each phase is an item of its own,
named for the item and kept as its part. Negatives: a head word no item before it ends with, a phase with
its own full name, a phase with no works word.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names, plain

from geo.extract import extract


def _parts(text: str) -> dict[str, str | None]:
    """Return name → parent item of the core items extracted from ``text``."""
    return {e.name: e.part_of for e in extract(plain(text)) if e.type != "other_facility"}


@pytest.mark.parametrize(
    ("text", "phase", "owner"),
    [
        ("青木综合物流园位于白沙镇。目前,物流园二期工程正有序推进,预计年内建成。",
         "青木综合物流园二期工程", "青木综合物流园"),
        ("近年来全力推进红石国际机场建设,随着机场三期工程加快建设,客货运能力将大幅提升。",
         "红石国际机场三期工程", "红石国际机场"),
        ("为发挥龙潭水库的灌溉作用,配套建设龙潭水库灌区工程。灌区设计灌溉面积20万亩。灌区二期工程于2021年开工。",
         "龙潭水库灌区二期工程", "龙潭水库灌区"),
        ("北岸港区物流园投用后效果明显,物流园二期项目计划明年开工。",
         "北岸港区物流园二期项目", "北岸港区物流园"),
    ],
)
def test_a_phase_after_the_head_word_is_a_part_of_the_item_before(text: str, phase: str, owner: str) -> None:
    assert _parts(text).get(phase) == owner


def test_each_phase_of_a_list_of_sentences_is_an_item() -> None:
    text = ("配套建设龙潭水库灌区工程,分三期建设。灌区总供水量较大。灌区一期工程已建成,灌区二期工程正在建设,"
            "灌区三期工程已列入规划。")
    names = core_names(text)
    assert {"龙潭水库灌区一期工程", "龙潭水库灌区二期工程", "龙潭水库灌区三期工程"} <= set(names)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # no item before ends with the head word: no owner, no phase
        ("物流园二期工程正有序推进。", "物流园二期工程"),
        ("红石国际机场运行平稳。物流园二期工程正有序推进。", "红石国际机场二期工程"),
        # a head word that is no item's head ("项目二期工程")
        ("青木综合物流园位于白沙镇。项目二期工程正有序推进。", "青木综合物流园项目二期工程"),
    ],
)
def test_no_phase_without_an_item_ending_with_its_head(text: str, absent: str) -> None:
    names = core_names(text)
    assert absent not in names
    assert not any(n.startswith("物流园") for n in names)


def test_a_phase_with_its_own_name_keeps_it() -> None:
    names = core_names("红石国际机场已建成。蓝湾国际机场三期工程正在建设。")
    assert any(n.startswith("蓝湾国际机场三期") for n in names)
    assert not any(n.startswith("红石国际机场三期") for n in names)


def test_a_phase_without_a_works_word_is_left_to_the_plan_rules() -> None:
    # "机场三期" alone, no 工程 or 项目 after it: no phase named for the airport before it
    assert "红石国际机场三期" not in core_names("红石国际机场运行平稳,机场三期正在研究。")
