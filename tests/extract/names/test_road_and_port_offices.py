"""An office of roads or ports named after its area is no road or port (issue 11 item 1).

Class: a kind's word followed by an office's unit (事务中心, 养护中心, 管理中心, 管理处, 管理所; 港 followed by
航中心, 航务中心): "合川公路事务中心主任" (fresh16 zc_01), "乐山市港航中心" (fresh6 o_08), like the bureaus and
companies the extractor already reads as organisations. Sentences are invented.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names as _core_names


def core_names(text: str) -> list[str]:
    """Return the core names of ``text``, sorted."""
    return sorted(_core_names(text))


OFFICES = [
    ("梅溪公路事务中心主任提出,建议加快推进梅青快速路建设。", ["梅青快速路"]),
    ("记者从青岭市港航中心获悉,青岭港白石作业区获批。", ["青岭港白石作业区"]),
    ("梅溪航道管理处负责日常养护。", []),
    ("青岭公路养护中心主任介绍了情况。", []),
]

# Negatives: a hub or a centre that is the works, a port's logistics centre, a bureau's own rule unchanged.
WORKS = [
    ("建设梅溪港物流中心。", ["梅溪港物流中心"]),
    ("梅溪港航道整治工程开工。", ["梅溪港航道整治工程"]),
    ("加快青岭公路建设,服务中心城区。", ["青岭公路"]),
]


@pytest.mark.parametrize(("sentence", "expected"), OFFICES + WORKS)
def test_road_office(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected
