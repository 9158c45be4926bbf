"""A line's stops listed by bare names with a road among them (issue 11 item 1), on invented sentences.

"10号线二期经甲岗、乙堂、丙寿路、丁湖,止于戊站": the list closes its clause with a short item of no head, so its
items are bare names (the line's stops); the road's head in their midst is its own item's and is not spread over
the names before it (no "乙堂路"). A list closed by the headed item shares its head as before ("新建甲岗、乙堂、
丙坪路": 甲岗路, 乙堂路, 丙坪路), and so does one whose last item is long or carries a head of its own.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


def test_a_head_amid_bare_stops_is_not_shared() -> None:
    names = core_names("某市轨道交通建设情况。10号线二期工程起于甲站,经丙岗、丁堂、戊坪、己寿路、庚湖,止于辛花路站。")
    assert not {"丙岗路", "丁堂路", "戊坪路"} & set(names)
    assert "10号线二期" in names and "辛花路站" in names


@pytest.mark.parametrize("text, names", [
    ("新建丙岗、丁堂、戊坪路。", ["丙岗路", "丁堂路", "戊坪路"]),
    ("9号线二期起于甲站,经春晓大道、兰亭大道,至花石站。", ["春晓大道", "兰亭大道"]),
    ("推进甲坝、乙滩航电枢纽工程、丙江某某翻坝转运体系建设工程、丁江某某升船机改造工程、戊江某某航电枢纽工程、"
     "己港某某货物转运中心等6个项目前期工作。", ["甲坝航电枢纽", "乙滩航电枢纽"]),  # a long list closed by a headed item
])
def test_a_list_closed_by_a_headed_or_a_long_item_shares_its_head(text: str, names: list[str]) -> None:
    found = core_names(text)
    assert all(n in found for n in names), found
