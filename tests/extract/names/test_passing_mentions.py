"""Named works a sentence passes by: which ones are items (issue 11 item 1, part-k42).

Gold codes a named line a route joins or a trip goes by as an item of its own, with the existing-context stage
(tests/data/blind/CONVENTIONS.md, part-k42). The extractor kept most; these are the shapes it lost.

* A joined line's stretch named by a region ("与X高速公路云南境段相接", "接Y高速四川境段") or by a small place's
  side ("与Z高速甲乙东段相接"): the stretch is the item; where nothing joins, such words stay with the whole line.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize(("text", "name"), [
    ("该公路止于甲县,与安宁高速公路云南境段相接。", "安宁高速公路云南境段"),
    ("项目终点位于乙镇,接安宁高速公路贵州境段。", "安宁高速公路贵州境段"),
    ("该路止于甲县,与在建的安宁高速公路云南境段相连。", "安宁高速公路云南境段"),
    ("终点位于田家附近,与宜安高速鹤峰东段相接。", "宜安高速鹤峰东段"),
])
def test_a_joined_lines_stretch_is_the_item(text: str, name: str) -> None:
    assert name in core_names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("安宁高速公路四川境段全线通车。", "安宁高速公路"),       # nothing joins: the news's line, told with its stretch
    ("宜安高速鹤峰东段开工建设。", "宜安高速"),
    ("该路与安宁高速公路相接。", "安宁高速公路"),             # a joined line without a stretch keeps its name
])
def test_a_stretch_nothing_joins_stays_with_its_line(text: str, name: str) -> None:
    assert core_names(text) == [name]
