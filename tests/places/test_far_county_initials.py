"""A line's stem that is one far county's short name, read as initials in the document's province (issue 12 item 2).

甲乙高速 in a report of 甲市, where 甲乙县 is a county a province away: the county is refused as far
from the document, and the stem is the initials of two units of the document's own province (甲市–乙县),
when they read so (:func:`geo.places.read_compact`). Left unread: a reading that leaves the
document's province, a stem a town of the region bears too, and any reading in the county's own
area (there the stem is the county). Invented names between real places, positives and negatives.
"""

from __future__ import annotations

import pytest

from geo.places import Context, Gazetteer, name_places

DAZHOU = ["达州市人民政府"]
YIBIN = ["宜宾市交通运输局"]


def _names(name: str, gaz: Gazetteer, context: list[str]) -> list[str]:
    return [p.name for p in name_places(name, gaz, Context(context))]


@pytest.mark.parametrize(("name", "context", "places"), [
    ("南开高速", DAZHOU, ["南充市", "开江县"]),        # 南开区 of 天津: far; 南充–开江 in 四川
    ("屏南高速公路", YIBIN, ["屏山县", "南溪区"]),     # 屏南县 of 福建: far; 屏山–南溪 in 宜宾
])
def test_a_far_county_name_is_the_initials_of_the_documents_units(
        gaz: Gazetteer, name: str, context: list[str], places: list[str]) -> None:
    assert _names(name, gaz, context) == places


@pytest.mark.parametrize(("name", "context", "places"), [
    ("江宁高速", YIBIN, []),                   # 江安–宁夏 leaves the document's province: not guessed
    ("长白高速", YIBIN, []),                   # 长宁–白云区 (贵阳): the same
    ("南开高速", ["重庆市交通局"], []),          # no reading in the document's province
    ("高阳高速", ["合川区交通局"], []),          # a town of the region (云阳's 高阳) bears the name too
    ("南乐高速", ["濮阳市交通运输局"], ["南乐县"]),  # in its own city's report the stem is the county
    ("屏山高速", YIBIN, ["屏山县"]),             # a county of the document's area is that county
])
def test_what_is_no_far_county_read_as_initials(
        gaz: Gazetteer, name: str, context: list[str], places: list[str]) -> None:
    assert _names(name, gaz, context) == places
