"""A list counted as places before a head names no works (issue 11 item 4: noise out of the core).

"甲、乙、丙四座城市主要依靠高速公路连通" counts cities, and the head after the clause is what they rely on: not four
highways named 甲高速公路 …. So "A、B等14个乡镇公路全部硬化" (the roads of fourteen townships) and "A、B和C三个区县高速
公路实现全覆盖". A place noun that modifies a kind of works after the count ("2座城市轨道车站", "3条城市快速路",
"两个城镇污水处理厂") keeps the list of works; so does a count of works ("3条高速公路", "2座大型水库").
Invented sentences; the nouns are data (data/language/name_words.toml: counted_place_nouns).
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names


@pytest.mark.parametrize("text", [
    "目前,红岩、白岩、青岩、黄岩四座城市主要依靠高速公路连通。",
    "红岩、白岩两座城市之间已建成高速公路5条。",
    "红岩县、白岩县和青岩县三个区县高速公路实现全覆盖。",
    "红岩乡、白岩乡等14个乡镇公路全部硬化。",
    "红岩镇、白岩镇两个街镇铁路货运需求旺盛。",
    # a county counted alone (part-n44)
    "新增红岩、白岩、青岩3个县高速公路通车。",
])
def test_a_list_counted_as_places_names_no_works(text: str) -> None:
    assert core_names(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("红岩、白岩、青岩3条高速公路全面建成。", ["红岩高速公路", "白岩高速公路", "青岩高速公路"]),
    ("红岩、白岩2座大型水库建成蓄水。", ["红岩水库", "白岩水库"]),
    # a place noun modifying the kind of works counted
    ("红岩路、白岩路3条城市快速路全面建成。", ["红岩路", "白岩路"]),
    ("红岩、白岩两座城市轨道车站建成。", ["红岩站", "白岩站"]),
    # a county's level before the kind (part-n44)
    ("建成红岩、白岩、青岩3个县级物流中心。", ["红岩物流中心", "白岩物流中心", "青岩物流中心"]),
])
def test_a_count_of_works_keeps_its_list(text: str, names: list[str]) -> None:
    assert core_names(text) == names
