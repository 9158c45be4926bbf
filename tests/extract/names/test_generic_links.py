"""A link named only by the kind of site it serves is no item (issue 11 item 1).

Class: a link head (快速通道, 快捷通道, 连接线, 连接道, 联络线, 支线) after kinds of sites and generic words alone:
"机场快速通道", "高铁连接线" (fresh8 s_09: "区域性高铁连接线"), "港区连接线": the link to some site of that kind. A
link named by a place, a line or a site keeps its name. Sentences are invented.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names as _core_names


def core_names(text: str) -> list[str]:
    """Return the core names of ``text``, sorted."""
    return sorted(_core_names(text))


GENERIC_LINKS = [
    ("加快机场连接线建设。", []),
    ("加快港区连接线建设。", []),
    ("建设机场快速通道。", []),
    ("取得了具有区域性高铁连接线和城际功能的铁路评审意见。", []),
    ("开工建设高铁站连接道。", []),
]

# Negatives: a link named by its site, its line or its place.
NAMED_LINKS = [
    ("加快青岭机场连接线建设。", ["青岭机场连接线"]),
    ("建设梅溪高速白石支线。", ["梅溪高速白石支线"]),
    ("建设黄石新港快速通道。", ["黄石新港快速通道"]),
    ("加快奉节机场连接道建设。", ["奉节机场连接道"]),
]


@pytest.mark.parametrize(("sentence", "expected"), GENERIC_LINKS + NAMED_LINKS)
def test_generic_link(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected
