"""A town whose name ends in a kind's word (大桥镇, 大路镇) is no bridge or road (issue 11 item 1).

Class: a name whose head is also the end of towns' names (大桥, 大路, 桥, 路), followed by the area within it
(境内, 辖区, 片区), maybe after other short places of its list: "为何璧山大路境内有2个站" (fresh16 zc_02), "为南部县
大桥、伏虎、升钟、大坪片区群众" (fresh6 q_17). A line's name before 境内 is the line ("X高速公路境内长45公里").
Sentences are invented.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names as _core_names


def core_names(text: str) -> list[str]:
    """Return the core names of ``text``, sorted."""
    return sorted(_core_names(text))


TOWNS = [
    ("为何青山大路境内有2个站?", []),
    ("为梅县大桥、伏虎、白石、大坪片区群众打通一条快速通道。", []),
    ("线路经梅县大桥辖区,全长12公里。", []),
]

# Negatives: a line before 境内, a bridge or road named as works, a province's section.
WORKS = [
    ("梅溪高速公路境内长45公里。", ["梅溪高速公路"]),
    ("推进梅溪大桥、白石隧道建设。", ["梅溪大桥", "白石隧道"]),
    ("梅溪大桥建成通车,连通两岸。", ["梅溪大桥"]),
    ("梅溪高速境内段已建成。", ["梅溪高速"]),
]


@pytest.mark.parametrize(("sentence", "expected"), TOWNS + WORKS)
def test_town_named_with_a_kind_word(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected
