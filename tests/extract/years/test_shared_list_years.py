"""A list's shared stage and year reaching all its items (issue 11 items 2 and 3, session l22), on invented sentences.

* **items named by bare stems before a count of size and a head** ("甲、乙两大枢纽港将投入运营"): each stem is an item
  of the head (甲港, 乙港), the count is no part of any name, and the sentence's year is every item's. A count of size
  before a region ("两大经济区高速公路") counts regions, no items.
* **a site named by a place and a short kind, written again with a wider place before it** ("乙港" … "丙县乙港"): one
  item in one document, when the document writes only one such wider name.
"""

from __future__ import annotations

import pytest

from geo.extract import extract
from tests.extract_helpers import core_names, source, years_of


@pytest.mark.parametrize("text, names", [
    ("预计到今年底,东洲、丰田、石门、河口四大枢纽港将全部投入运营。", ["东洲港", "丰田港", "石门港", "河口港"]),
    ("目前有蓬安、营山两大物流港。", ["蓬安物流港", "营山物流港"]),
    ("甲县建成东洲、丰田三大作业港。", ["东洲港", "丰田港"]),
])
def test_bare_stems_before_a_count_of_size_are_items_of_the_head(text: str, names: list[str]) -> None:
    got = core_names(text)
    assert all(n in got for n in names), got
    assert not any(count in n for n in got for count in ("两大", "三大", "四大")), got  # a count is in no name


def test_the_sentences_year_reaches_every_stem() -> None:
    text = "预计到今年底,东洲、丰田、石门、河口四大枢纽港将全部投入运营。"
    for name in ("东洲港", "丰田港", "石门港", "河口港"):
        assert years_of(text, name)[0] == 2023


@pytest.mark.parametrize("text", [
    "以及川南、成都平原两大经济区高速公路。",  # regions counted, whose roads they are
    "连接成渝、长江中游两大城市群铁路。",
])
def test_a_count_of_size_before_a_region_names_no_items(text: str) -> None:
    assert core_names(text) == []


def _entities(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(source(text))}


def test_a_stem_links_to_the_one_wider_name_of_its_document() -> None:
    text = "市里加快推进港口群建设,重点有合江白沙港、泸县兆雅港和纳溪大渡港。预计到今年底,白沙、兆雅两大枢纽港将全部投入运营。"
    ents = _entities(text)
    assert ents["合江白沙港"] == ["合江白沙港", "白沙"]
    assert ents["泸县兆雅港"] == ["泸县兆雅港", "兆雅"]
    assert "白沙港" not in ents


def test_the_joined_site_keeps_the_wider_names_place() -> None:
    # the bare stem comes first; the wider name's county places the site (a town of the stem's name may lie far off)
    ents = {e.name: e for e in extract(source("线路设合江、白沙、石棚等5个站。终点设在江安白沙站。"))}
    assert [m.text for m in ents["江安白沙站"].mentions] == ["白沙", "江安白沙站"]
    assert ents["江安白沙站"].places == ["江安"]


def test_two_wider_names_leave_the_short_one_apart() -> None:
    ents = _entities("合江白沙港和江安白沙港正在建设,白沙港今年建成。")
    assert {"合江白沙港", "江安白沙港", "白沙港"} <= set(ents)
