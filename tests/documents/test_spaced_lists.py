"""A space after the head word that closes a name separates two names (issue 11 item 1 recall).

Plans list their items separated by spaces ("4条高速通道 A高速 B高速 C高速"), and headings run into their
clause after a space ("建X隧道 连接Y"). The reader drops a stray space between two CJK characters (one inside
a name), but a space right after a name's closing head word (高速, 铁路, 大道, 隧道, 通道, …) is a separator:
kept, so the names stay apart. Negatives: a stray space elsewhere, a section or the rest of a head after the
space ("A高速 B段", "A高速 公路").
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

from geo.documents.clean import normalize_whitespace


def _normalized(raw: str) -> str:
    return normalize_whitespace(raw, list(range(len(raw))))[0]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("4条高速通道 青山高速 白水高速 红岩铁路", "4条高速通道 青山高速 白水高速 红岩铁路"),
        ("建青龙隧道 连接东西两岸", "建青龙隧道 连接东西两岸"),
        ("快速通道: 东城大道 南湖快速", "快速通道: 东城大道 南湖快速"),
        # negatives: stray spaces inside a name, a section or the rest of the head after the space
        ("江津 区", "江津区"),
        ("青山至白水 高速", "青山至白水高速"),
        ("青山至白水高速 江北段今年开工", "青山至白水高速江北段今年开工"),
        ("青山高速 公路", "青山高速公路"),
    ],
)
def test_a_space_after_a_closing_head_separates(raw: str, text: str) -> None:
    assert _normalized(raw) == text


def test_items_of_a_spaced_list_are_found_apart() -> None:
    names = core_names(_normalized("十四五期间规划3条铁路通道 青山高铁 白水铁路 4条高速通道 青山高速 红岩至白水高速"))
    assert {"青山高铁", "白水铁路", "青山高速", "红岩至白水高速"} <= set(names)
