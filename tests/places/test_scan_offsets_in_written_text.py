"""Where the scan finds a place, in the text as written (issue 12): a space or a bracket before it.

``PlaceIndex.scan`` reads a text without its bracketed parts and spaces, but its callers read the
written text around the names it returns (the glued-name check, the list-item check): the offsets
are those of the text as written. Invented sentences: a leading space, a half-width "(…)" with a
space inside, a full-width "（…）", a space inside a name; negatives without any of them.
"""

from __future__ import annotations

import pytest

from geo.geocode.document_units import units_named
from geo.places import Gazetteer
from geo.places.records import clean_name, clean_positions


@pytest.mark.parametrize(("text", "kept"), [
    ("abc", [0, 1, 2]),                   # nothing dropped: every character stands where it is
    ("  ab", [2, 3]),                     # a leading space
    ("a(b c)d", [0, 6]),                  # a half-width bracket, with a space inside
    ("a（bc）d e", [0, 5, 7]),            # a full-width bracket, a space between words
    ("", []),
])
def test_clean_positions(text: str, kept: list[int]) -> None:
    assert clean_positions(text) == kept
    assert "".join(text[i] for i in kept) == clean_name(text)


@pytest.mark.parametrize("text", [
    "  綦江至万盛高速建成通车",                       # a leading space (an indented paragraph)
    "本报讯(记者 张三 李四)綦江至万盛高速建成通车",  # a half-width bracket with spaces before the names
    "据悉（通讯员王五）,江津至泸州高速年底开工",     # a full-width bracket
    "綦江至 万盛高速建成通车",                        # a space between two names
    "綦江至万盛高速建成通车",                         # negative: nothing dropped
])
def test_scan_gives_offsets_in_the_written_text(gaz: Gazetteer, text: str) -> None:
    found = gaz.index.scan(text)
    assert found
    assert [w for _, _, w in found] == [w for _, _, w in gaz.index.scan(clean_name(text))]
    for start, end, word in found:
        assert text[start:end] == word


def test_a_name_written_across_a_space_spans_it(gaz: Gazetteer) -> None:
    text = "推进綦 江至万盛高速"
    start, end, word = gaz.index.scan(text)[0]
    assert (text[start:end], word) == ("綦 江", "綦江")


@pytest.mark.parametrize(("text", "unit", "named"), [
    # a county's name glued into a mountain's is no unit of the sentence, after a bracket or a space too
    ("本报讯(记者 张三)华蓥山隧道贯通", "华蓥市", False),
    ("  华蓥山隧道贯通", "华蓥市", False),
    ("华蓥山隧道贯通", "华蓥市", False),
    # negatives: the county written where it is meant is read
    ("本报讯(记者 张三)华蓥至广安公路贯通", "华蓥市", True),
    ("  华蓥至广安公路贯通", "华蓥市", True),
])
def test_units_named_read_around_the_names_as_written(gaz: Gazetteer, text: str, unit: str, named: bool) -> None:
    names = {u.name for c in units_named(text, gaz) if (u := gaz.index.unit(c)) is not None}
    assert (unit in names) is named
