"""A route of three waypoints or more written in brackets after a line's name is the part drawn (issue 12).

甲乙高速(丙-丁-戊) in a plan's list is the part of the line through 丙, 丁 and 戊 the document means: drawn
through them, not from 甲 to 乙; two ends or a section in brackets leave the line as it is drawn
(:func:`geo.geocode.lines.draw_line`). Invented sentences about a real corridor.
"""

from __future__ import annotations

import pytest
from geocode_helpers import ends, inside, said
from shapely.geometry import LineString, MultiLineString

from geo.geocode import geocode
from geo.model import EntityType
from geo.places import Gazetteer, distance_m, gap_m


def test_a_route_in_brackets_is_the_part_of_the_line_drawn(gaz: Gazetteer) -> None:
    quote = "规划建设沪渝高速(石柱-忠县-垫江)扩容工程。"
    feature = geocode(said("沪渝高速", EntityType.HIGHWAY, quote), gaz, context=["重庆市交通局"])
    assert isinstance(feature.geometry, LineString | MultiLineString)
    first, last = ends(feature.geometry)
    assert inside(gaz, "500240", first) and inside(gaz, "500231", last)   # 石柱 … 垫江
    assert gap_m(gaz.unit_geometry("500233"), feature.geometry) <= 2_000   # through 忠县


@pytest.mark.parametrize("quote", [
    "规划建设沪渝高速(石柱-垫江)扩容工程。",      # two ends: the line is drawn as it is
    "规划建设沪渝高速(石柱至忠县段)扩容工程。",    # a section in brackets
])
def test_two_ends_or_a_section_in_brackets_leave_the_line_as_drawn(gaz: Gazetteer, quote: str) -> None:
    feature = geocode(said("沪渝高速", EntityType.HIGHWAY, quote), gaz, context=["重庆市交通局"])
    first, last = ends(feature.geometry)
    assert distance_m(first, last) > 1_000_000   # 上海 … 重庆, the whole corridor
