"""A line written only as the opening of a longer name, and a site reached from a place (issue 11 item 4).

Spurious items on unseen text, by class (issue #11 item 4).

Every sentence is invented for its class (made-up lines and sites; county names from the gazetteer), with
negatives of nearby shape:

A. a line written only as the opening of a longer name of its kind that another reading takes whole (a
   section or its works in a counted list: "琼岚高速甲至乙改扩建、…等6个高速公路项目"; "琼岚高速梅溪扩容"):
   the line is that item's owner, no item of its own (tests/data/gold/README.md, "Nested names"); named
   alone elsewhere in the document it stays;
B. a site reached from a place ("宣汉到琼岚机场赶飞机", "宣汉至琼岚新区仅需半小时"): the place before 至/到
   is where the trip starts, the site is named from after the joiner; a route with a line's head after the
   site keeps its name and the site ("宣汉至琼岚机场高速公路"), and a site named with no place before the
   joiner keeps its name.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

OPENING_LINE_CASES = [
    ("琼岚高速宣汉至开江改扩建、梅溪至崇龛等6个380公里高速公路项目开工建设。",
     ["琼岚高速宣汉至开江高速公路改扩建", "梅溪至崇龛高速公路"]),
    ("宣开、琼岚高速梅溪扩容等9条高速公路建成。", ["宣开高速公路", "琼岚高速梅溪高速公路扩容"]),
    # one span read as a section and as a road of the list's head: one item (linking, one_span_read_twice)
    ("G9307宣汉至开江、梅溪至崇龛等一批干线公路开工。", ["G9307宣汉至开江公路", "梅溪至崇龛公路"]),
]
# Negatives: the line named alone in another sentence stays an item; a line followed by another item
# (not a longer name of it) stays; a line's own name standing alone in a list stays.
OPENING_LINE_NEGATIVES = [
    ("琼岚高速全线通车。琼岚高速宣汉至开江改扩建、梅溪至崇龛等6个高速公路项目开工建设。",
     ["琼岚高速", "琼岚高速宣汉至开江高速公路改扩建", "梅溪至崇龛高速公路"]),
    ("琼岚高速、梅溪大桥同步开工。", ["琼岚高速", "梅溪大桥"]),
]


@pytest.mark.parametrize(("sentence", "names"), OPENING_LINE_CASES, ids=lambda c: str(c)[:14])
def test_a_line_opening_a_longer_name_is_no_item(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), OPENING_LINE_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_line_named_alone_stays_an_item(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


TRIP_CASES = [
    ("网友提问:宣汉到琼岚机场赶飞机不方便。", "琼岚机场"),
    ("宣汉至琼岚机场能开通直达高铁吗?", "琼岚机场"),
    ("通车后,宣汉至琼岚新区仅需半小时。", "琼岚新区"),
]
# Negatives: a line's head after the site (a route named by its ends), a site with no place before the
# joiner, a site named alone.
TRIP_NEGATIVES = [
    ("宣汉至琼岚机场高速公路已建成。", ["宣汉至琼岚机场高速公路", "琼岚机场"]),
    ("琼岚国际物流港已建成。", ["琼岚国际物流港"]),
    ("宣汉琼岚机场已通航。", ["宣汉琼岚机场"]),
]


@pytest.mark.parametrize(("sentence", "site"), TRIP_CASES, ids=lambda c: str(c)[:14])
def test_a_site_reached_from_a_place_is_named_after_the_joiner(sentence: str, site: str) -> None:
    assert core_names(sentence) == [site]


@pytest.mark.parametrize(("sentence", "names"), TRIP_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_route_or_a_site_without_a_trip_keeps_its_name(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names

