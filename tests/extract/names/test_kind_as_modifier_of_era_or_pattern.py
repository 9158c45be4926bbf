"""A mode word qualifying an era or a pattern of a place (issue 11 item 1), on invented sentences.

"开启甲县高铁时代" (the county's era of high-speed rail), "乙地区高铁格局重塑" (the area's pattern of high-speed
lines): the head word qualifies 时代 or 格局, as it does 网 ("X高铁网"), and names no line.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text", [
    "一县两站,开启柳江高铁时代。",
    "未来五年广西桂北高铁格局重塑。",
    "柳州铁路格局再升级。",
])
def test_an_era_or_a_pattern_of_a_kind_is_no_item(text: str) -> None:
    assert not [n for n in core_names(text) if n.endswith(("高铁", "地铁", "铁路"))]


@pytest.mark.parametrize("text, name", [
    ("柳衡高铁建成通车,开启柳江高铁时代。", "柳衡高铁"),  # the line named on its own stays
    ("柳衡高铁时速350公里。", "柳衡高铁"),  # 时速, not 时代
    ("柳衡高铁全线贯通,区域交通格局持续优化。", "柳衡高铁"),
])
def test_a_line_beside_an_era_or_a_pattern_stays(text: str, name: str) -> None:
    assert name in core_names(text)
