"""Compact line names closed by a kind word of their own (issue 12 item 2, placement).

客专 (客运专线, a passenger-dedicated railway) and 快速公路 end a line's name as 铁路 and 公路 do:
the initials before them are read (甲乙客专: 甲–乙), never 客, 专 or 快, 速 as two more initials,
which left the whole name unread. Invented names between real places, positives and negatives.
"""

from __future__ import annotations

import pytest
from geocode_helpers import ends as _ends
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import geocode
from geo.model import EntityType
from geo.places import Context, Gazetteer, name_places

SICHUAN = ["四川省交通运输厅"]
CHONGQING = ["重庆市交通局"]


def _names(name: str, gaz: Gazetteer, context: list[str]) -> list[str]:
    return [p.name for p in name_places(name, gaz, Context(context))]


@pytest.mark.parametrize(("name", "context", "places"), [
    ("遂内客专", SICHUAN, ["遂宁市", "内江市"]),
    ("泸内客运专线", SICHUAN, ["泸州市", "内江市"]),
    ("绵遂客专", SICHUAN, ["绵阳市", "遂宁市"]),
    ("永泸快速公路", CHONGQING, ["永川区", "泸州市"]),
    ("璧铜快速公路", CHONGQING, ["璧山区", "铜梁区"]),
])
def test_a_compact_name_closed_by_its_kind_word_reads_its_initials(
        gaz: Gazetteer, name: str, context: list[str], places: list[str]) -> None:
    assert _names(name, gaz, context) == places


@pytest.mark.parametrize(("name", "context"), [
    ("北滨快速公路", CHONGQING),   # a street's name: 北京–滨州 reaches no place of the region
    ("沿江快速公路", CHONGQING),   # along the river: no initials
    ("滨江快速公路", CHONGQING),
])
def test_a_kind_word_after_no_initials_gives_no_line(gaz: Gazetteer, name: str, context: list[str]) -> None:
    assert _names(name, gaz, context) == []


@pytest.mark.parametrize(("name", "places"), [
    ("遂内城际铁路", ["遂宁市", "内江市"]),   # the kinds read before stay as they were
    ("遂内铁路", ["遂宁市", "内江市"]),
])
def test_the_other_kind_words_read_as_before(gaz: Gazetteer, name: str, places: list[str]) -> None:
    assert _names(name, gaz, SICHUAN) == places


def test_a_passenger_line_of_initials_runs_between_its_ends(gaz: Gazetteer) -> None:
    feature = geocode(_said("遂内客专", EntityType.RAILWAY, "遂内客专开工建设。"), gaz, context=SICHUAN)
    start, end = _ends(feature.geometry)
    assert _in(gaz, "510900", start) and _in(gaz, "511000", end)
