"""A line's name with its two ends spelled out in a note inside it, "X(甲省A至乙省B)高速…", beside the same name
without the note (issue 11 item 1; :func:`geo.extract.linking.name_forms.variant_key`): one item (fresh30 ye_08 wrote one
road both ways; gold lists the noted form as the plain name's alias). A note of up to eight characters was already
dropped; a note of the ends with their provinces is longer. Not a note naming a section ("(A至B段)"), nor the
plain name of another section or another line.

Every sentence is invented (made-up line and town names).
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

CASES = [
    ("琼岚(湖南琼山至贵州岚木)高速湖南段今年开工。琼岚高速湖南段全长80公里。", ["琼岚(湖南琼山至贵州岚木)高速湖南段"]),
    ("琼岚(湖南琼山至贵州岚木)高速公路已建成。琼岚高速公路通车后客流大增。", ["琼岚(湖南琼山至贵州岚木)高速公路"]),
]
NEGATIVES = [
    ("琼岚(湖南琼山至贵州岚木)高速湖南段今年开工。琼岚高速贵州段全长80公里。",
     ["琼岚(湖南琼山至贵州岚木)高速湖南段", "琼岚高速贵州段"]),
    ("琼岚(湖南琼山至贵州岚木)高速湖南段今年开工。琼梅高速湖南段全长80公里。",
     ["琼岚(湖南琼山至贵州岚木)高速湖南段", "琼梅高速湖南段"]),
    ("北岚至梅坪(湖南北岚梅岭镇至梅坪段)高速公路今年开工。北岚至梅坪高速公路全长80公里。",
     ["北岚至梅坪(湖南北岚梅岭镇至梅坪段)高速公路", "北岚至梅坪高速公路"]),
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=lambda c: str(c)[:14])
def test_name_with_its_ends_noted_is_the_plain_name(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), NEGATIVES, ids=lambda c: str(c)[:14])
def test_other_sections_and_lines_stay_apart(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
