"""A document naming a line whole and its part inside one unit, and no other section of it, names one item: the part
(issue 12 item 3, part p54). A news item tells "X高速公路四川境段全线通车" and then "开车上X高速"; the line's
mentions are the part's. Another section of the line in the document, or a part by its ends, keeps them apart."""

from __future__ import annotations

import pytest

from geo.extract import extract
from tests.extract_helpers import plain


def _items(text: str) -> list[list[str]]:
    return sorted(sorted([e.name, *e.aliases]) for e in extract(plain(text)) if e.type != "other_facility")


@pytest.mark.parametrize("text", [
    "甲乙高速公路四川境段今年全线通车。甲乙高速通车后,半小时可到丙县。",
    "甲乙铁路(四川境内段)今年开工。甲乙铁路全长300公里。",
])
def test_a_line_and_its_one_units_part_are_one_item(text: str) -> None:
    items = _items(text)
    assert len(items) == 1 and any("境" in n for n in items[0])


@pytest.mark.parametrize("text", [
    # two parts of the line: the line is more than either
    "甲乙高速公路四川境段今年通车,甲乙高速公路云南境段明年通车。甲乙高速全长300公里。",
    # a part by its ends is no unit's part
    "甲乙高速公路丙镇至丁镇段今年通车。甲乙高速全长300公里。",
])
def test_the_line_stays_apart(text: str) -> None:
    assert any(names == ["甲乙高速"] or "甲乙高速" in names and not any("段" in n for n in names)
               for names in _items(text))
