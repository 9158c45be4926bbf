"""A list item ending with a word of other facilities, before a shared core head (issue 11 item 1, part-r31).

"设有甲乙、某某大学、丙丁4个站点", "甲至乙景区等一批旅游公路", "A、B草街等泵站20座": the head of the list is written
once after 等 or a count, so it is every item's; an item ending in 大学, 景区 or 街 names the station, road or pump
station by the campus, scenic area or street it serves, and was read as that other facility (so the core item was
missed). Negatives: lists of other facilities themselves, a list whose words after 等 are no plain count or rank
("等高校与园区"), and a list without 等 or a count keep their items' own heads.
"""

from __future__ import annotations

import pytest

from geo.extract import extract
from tests.extract_helpers import core_names, plain


@pytest.mark.parametrize("text, names", [
    ("线路设有甲乙、某某大学、丙丁3个站点。", ["甲乙站", "某某大学站", "丙丁站"]),
    ("新建甲乙、戊己大学等6座车站。", ["甲乙站", "戊己大学站"]),
    ("新建长江甲乙、嘉陵江丙丁街等泵站12座。", ["长江甲乙泵站", "嘉陵江丙丁街泵站"]),
    ("甲乙铺至丙丁峰景区等一批旅游公路即将开工建设。", ["甲乙铺至丙丁峰景区公路"]),
])
def test_listed_item_takes_the_shared_core_head(text: str, names: list[str]) -> None:
    assert core_names(text) == names


def test_the_other_facility_reading_is_dropped() -> None:
    ents = extract(plain("线路设有甲乙、某某大学、丙丁3个站点。"))
    assert [e.name for e in ents if e.name.startswith("某某大学")] == ["某某大学站"]


@pytest.mark.parametrize("text", [
    "推进甲乙大学、丙丁大学等高校与园区合作。",
    "加快甲乙公园、丙丁医院等项目建设。",
    "建成甲乙公园、丙丁景区等一批旅游项目。",
    "建设甲乙小学、丙丁中学等3所学校。",
])
def test_lists_of_other_facilities_stay_out_of_the_core(text: str) -> None:
    assert core_names(text) == []


def test_a_plain_list_keeps_each_items_own_head() -> None:
    ents = {e.name: e.type.value for e in extract(plain("建设甲乙医院、丙丁体育中心、戊己火车北站。"))}
    assert ents.get("甲乙医院") == "other_facility"
    assert "甲乙医院站" not in ents and "戊己火车北站" in ents
