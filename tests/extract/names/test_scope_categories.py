"""A kind named by the scope of a category, the nation or a macro-region's land, is no item (issue 11 item 1, part-q39).

"跻身国内千万级大型繁忙机场行列", "西南地区机场分布密度最高", "建造西南艰险山区生态铁路": the kind of all the items in
that scope, a rank or a class. A place after the scope, a macro-region alone before a park's words, or the nation's
name 中国 opening a name leave the name as it is.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize(("text", "names"), [
    ("甲坪机场正式跻身国内千万级大型繁忙机场行列。", ["甲坪机场"]),  # not 国内千万级大型繁忙机场
    ("该省是西南地区机场分布密度最高的省份。", []),
    ("全体建设者倾力建造西南艰险山区生态铁路。", []),
    ("这是全国首条跨海高铁。", []),  # (首条, an ordinal, names none either without the scope)
])
def test_a_scope_before_a_kind_names_no_item(text: str, names: list[str]) -> None:
    """No category is read, whatever its name's left edge would be: only the items the sentence names."""
    assert core_names(text) == names


@pytest.mark.parametrize(("text", "name"), [
    ("西南商贸物流园开工建设。", "西南商贸物流园"),              # a macro-region alone opens a park's name
    ("西南地区重庆港区开港运营。", "西南地区重庆港区"),            # a place after the scope
    ("甲坪机场跻身国内千万级机场行列。", "甲坪机场"),              # the item ranked keeps its name
])
def test_a_name_after_the_scope_or_without_it_stays(text: str, name: str) -> None:
    assert name in core_names(text)
