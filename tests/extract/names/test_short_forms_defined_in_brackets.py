"""A short form defined in a bracket is the item it shortens (issue 11 item 4), on invented sentences.

A numbered road's section with its short form in a bracket ("国道319线甲过境段(简称G319甲段)") is one item, and so is a
line's second line defined by its ends' initials ("甲至乙高速公路复线(以下简称甲乙复线)"), the short form written
before its definition too (a headline). A phase or places in the bracket are no short form.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_counts


@pytest.mark.parametrize(("text", "items"), [
    ("国道319线黔江过境段（简称G319黔江段）今年开工建设。", [("国道319线黔江过境段", 2)]),
    ("省道205线綦江至万盛段（简称S205綦万段）已建成通车。", [("省道205线綦江至万盛段", 2)]),
    ("垫江至忠县高速公路复线（以下简称垫忠复线）今年开工。垫忠复线全长60公里。", [("垫江至忠县高速公路复线", 2)]),
    ("垫忠复线开工\n垫江至忠县高速公路复线（以下简称垫忠复线）今年开工。", [("垫江至忠县高速公路复线", 2)]),
])
def test_a_short_form_defined_in_a_bracket_is_the_same_item(text: str, items: list[tuple[str, int]]) -> None:
    assert core_counts(text) == items


@pytest.mark.parametrize(("text", "items"), [
    # a phase in a bracket stays the phase; a bracket of places names no short form
    ("成渝高速公路复线（二期）今年开工。", [("成渝高速公路复线二期", 1)]),
    ("国道319线黔江过境段（黔江至正阳）今年开工建设。", [("国道319线黔江过境段", 1)]),
])
def test_other_brackets_are_no_short_forms(text: str, items: list[tuple[str, int]]) -> None:
    assert core_counts(text) == items
