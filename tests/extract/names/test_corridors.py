"""A line's name before a corridor word names a corridor, no item (issue 11 items 1 and 4; part-q32).

Class: a line's head followed by 通道, maybe after a word of the corridor's kind (``corridor_modifiers`` of
data/language/name_words.toml: 新, 快运, 货运, 双, 主…): "出渝北上高铁快运通道" (fresh17 ze_08), "滇藏公路新通道" (fresh9
u_07), and a list sharing such a head, "A、B、C等铁路通道" (fresh6 q_10). The reference lists corridors among the
negatives (tests/data/gold/README.md, "西部陆海新通道, 成渝主轴…"). A route by its ends before a plain or new corridor
word is one line, as the tuning gold codes it ("绵阳至达州铁路新通道", fresh17 zf_02; "武汉至贵阳高铁通道", fresh8
s_16); not a route described with 的 or called a double or main corridor ("A至B的高铁双通道", "A至B高速公路双通道",
fresh2 g_16, fresh5 n_12, fresh26 zw_03), nor the corridor's works ("通道项目"). Sentences are invented (made-up
places).
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names as _core_names


def core_names(text: str) -> list[str]:
    """Return the core names of ``text``, sorted."""
    return sorted(_core_names(text))


CASES = [
    ("形成出梅北上高铁快运通道。", []),
    ("白石高速公路也是梅青公路新通道和南亚国际大通道。", ["白石高速公路"]),
    ("梅城连接白石—青岭、甲山—乙水—丙河等铁路通道,加快形成通道群。", []),
    ("构建起梅城至白石高速公路双通道。", []),
    ("将形成梅城经青岭至白石的高铁双通道。", []),
    # negatives: a route by its ends before a plain or new corridor word, the corridor's works, a list of lines
    ("规划建设梅城至白石铁路新通道。", ["梅城至白石铁路"]),
    ("争取梅城至白石高铁通道纳入规划。", ["梅城至白石高铁"]),
    ("梅青铁路、白石铁路等铁路通道项目开工。", ["梅青铁路", "白石铁路"]),
    ("加快建设梅城至白石铁路、青岭至白石铁路等铁路。", ["梅城至白石铁路", "青岭至白石铁路"]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_corridor(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == sorted(expected)
