"""Items placed wrong or only at their document's unit although their name writes the place, issue 12 (part p48's classes).

- a line named by the place it serves and a word of whose traffic it carries (甲疏港铁路, 乙进港铁路专用线,
  丙货运铁路): the place before that word is the line's (a point at it when it is its only place), the word
  is neither a place nor an initial of the line; a name of two ends keeps both, a role word alone reads no
  place, and a role word inside the stem (not closing it) is left as it was.

Each class on invented sentences, positives and negatives.
"""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import place_names as _names
from geocode_helpers import said as _said

from geo.geocode import geocode
from geo.model import EntityType
from geo.places.line_words import LINE_ROLES

T = EntityType


# ------------------------------------------------------------ a line named by the place it serves and its traffic

@pytest.mark.parametrize(("name", "type_", "quote", "context", "unit"), [
    ("枝江疏港铁路", T.RAILWAY, "枝江疏港铁路完成年度投资的六成。", ["宜昌市交通运输局"], "420583"),
    ("涪陵进港铁路专用线", T.RAILWAY, "涪陵进港铁路专用线建设稳步推进。", ["重庆市交通局"], "500102"),
    ("綦江货运铁路", T.RAILWAY, "綦江货运铁路前期工作加快开展。", ["重庆市交通局"], "500110"),
    ("宜都疏港公路", T.HIGHWAY, "宜都疏港公路年内建成通车。", ["宜昌市交通运输局"], "420581"),
])
def test_the_place_before_a_traffic_word_is_the_lines(gaz, name: str, type_: EntityType, quote: str,
                                                      context: list[str], unit: str) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=context)
    assert feature.geometry is not None and _in(gaz, unit, feature.geometry)
    assert "document is about" not in feature.note  # read from its name, not its document's unit


def test_a_traffic_word_is_no_place_of_the_line(gaz) -> None:
    ctx = ["宜昌市交通运输局"]
    assert _names("枝江疏港铁路", gaz, ctx) == _names("枝江铁路", gaz, ctx)
    assert _names("枝江客货运铁路", gaz, ctx) == _names("枝江铁路", gaz, ctx)


def test_a_line_of_two_ends_keeps_both(gaz) -> None:
    # the two ends are read as before: the traffic word closes the stem of the last one
    assert _names("江津至綦江货运铁路", gaz, ["重庆市交通局"]) == _names("江津至綦江铁路", gaz, ["重庆市交通局"])
    assert len(_names("江津至綦江货运铁路", gaz, ["重庆市交通局"])) == 2


@pytest.mark.parametrize("name", ["进港大道", "疏港公路", "货运铁路"])
def test_a_traffic_word_alone_reads_no_place(gaz, name: str) -> None:
    assert _names(name, gaz, ["宜昌市交通运输局"]) == []


def test_only_a_word_closing_the_stem_is_taken() -> None:
    assert LINE_ROLES.sub("", "枝江疏港") == "枝江"
    assert LINE_ROLES.sub("", "疏港枝江") == "疏港枝江"  # not closing the stem: the name's own words
