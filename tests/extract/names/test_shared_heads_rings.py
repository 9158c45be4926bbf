"""Recall classes of unseen text (issue 11 item 1; part-r30, found on fresh32 and checked on the tuning splits).

Classes: a counted list whose count is followed by a branch word before the shared head ("甲、乙和丙5个支线机场":
支线 qualifies 机场 as after 等); a river's waterway written with the grade word 高等级 ("甲江高等级航道",
where 等 is no list's 等), while a place's high-grade waterways, a total or their absence stay no item; a section of a
city's numbered ring expressway by its short name ("二绕东段", "甲市三绕北段"). Sentences are invented (made-up
places, common town names).
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names as _core_names


def core_names(text: str) -> list[str]:
    """Return the core names of ``text``, sorted."""
    return sorted(_core_names(text))


COUNTED_BRANCH = [
    ("省里将建成梅县、白沙、龙潭和青石4个支线机场。", ["梅县机场", "白沙机场", "龙潭机场", "青石机场"]),
    ("推动梅县、白沙2个支线机场前期工作。", ["梅县机场", "白沙机场"]),
    ("推动梅县、白沙2个通用机场前期工作。", ["梅县机场", "白沙机场"]),
]

# Negative: a count of the province's airports, no list before it.
COUNTED_BRANCH_NEGATIVE = [
    ("全省共有11个支线机场。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), COUNTED_BRANCH + COUNTED_BRANCH_NEGATIVE)
def test_counted_list_before_branch_word(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == sorted(expected)


GRADED_WATERWAYS = [
    ("加快规划梅江高等级航道提等升级。", ["梅江高等级航道"]),
    ("建成梅江四级高等级航道40公里。", ["梅江四级高等级航道"]),
    ("建成白沙河甲镇至乙镇高等级航道56公里。", ["白沙河甲镇至乙镇高等级航道"]),
]

# Negatives: the kind alone, a place's network, a total, the absence of the kind.
GRADED_WATERWAYS_NEGATIVE = [
    ("今年新增高等级航道110公里。", []),
    ("全省高等级航道里程达1000公里。", []),
    ("改写了本省无高等级航道的历史。", []),
    ("结束了梅县没有高等级公路的历史。", []),
    ("加快白沙高等级公路建设。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), GRADED_WATERWAYS + GRADED_WATERWAYS_NEGATIVE)
def test_graded_waterway(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == sorted(expected)


RING_SECTIONS = [
    ("二绕东段路基已完成82%。", ["二绕东段"]),
    ("包括梅州三绕东段在内的9个项目于昨日集中开工。", ["梅州三绕东段"]),
    ("第二绕城西段已经全线贯通。", ["第二绕城西段"]),
]

# Negatives: sides counted together name no section; a ring with its head is left to the head's rules.
RING_SECTIONS_NEGATIVE = [
    ("三绕东西两段开工。", []),
    ("至此,三绕东西南北四段已有三段开工。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), RING_SECTIONS + RING_SECTIONS_NEGATIVE)
def test_ring_section_short_name(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == sorted(expected)
