"""Recall classes of unseen text (issue 11 item 1; part-k44, found on fresh16 and fresh24 and checked on the tuning
splits).

Classes: a trunk line named by the initials of the two places it joins where each initial is also a one-character
generic word (大 "big", 内 "inner", 新 "new", 三 "three"): the pair is the line's name, as any other pair of initials
is, while a size, a count of size or a generic pair before the head stays no name. Sentences are invented.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

GENERIC_INITIALS = [
    ("新内高速公路计划明年建成通车。", ["新内高速公路"]),
    ("力争年内开工内新铁路。", ["内新铁路"]),
    ("大三高速(重庆段)正在加紧施工。", ["大三高速重庆段"]),
]

# Negatives: a size and a count of size before the head, a verb of building, directions.
GENERIC_INITIALS_NEGATIVE = [
    ("全省将建设一批大型高速公路。", []),
    ("推进三大铁路通道建设。", []),
    ("今年新建高速公路120公里。", []),
    ("构建东西高速大通道。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), GENERIC_INITIALS + GENERIC_INITIALS_NEGATIVE)
def test_line_named_by_generic_initials(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected
