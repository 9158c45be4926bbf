"""A section with an end off its curated corridor, and streets read as far counties (issue 12).

Places of lines drawn wrong on the newest splits, issue 12.

- a section of a curated corridor whose one end lies off the schematic corridor (甲高速乙至丙段 with 丙 beyond
  the waypoints' straight stretches): drawn between its two ends, not as the whole line from end to end; ends
  farther apart than a section spans keep the whole line (one of them is a misreading);
- a street whose initials read as two counties far from every unit its document names (甲乙大道 of a 重庆
  district read as two counties of 云南): a street's own name, placed by its document, not a road between them.

Each class on invented sentences, positives and negatives.
"""

from __future__ import annotations

import pytest
from geocode_helpers import ends as _ends
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import Basis, geocode
from geo.model import EntityType

T = EntityType


# ------------------------------------------------------------ a section with one end off its corridor

@pytest.mark.parametrize(("name", "first", "last"), [
    ("沪渝高速石柱至万州段", "500240", "500101"),   # 万州 lies ~60 km off the corridor's 忠县–垫江 stretch
    ("厦蓉高速隆昌至永川段", "511083", "500118"),   # 永川 ~60 km off its 隆昌–内江 stretch
])
def test_a_section_with_one_end_off_its_corridor_runs_between_its_ends(gaz, name: str, first: str,
                                                                      last: str) -> None:
    feature = geocode(_said(name, T.HIGHWAY, f"{name}改扩建工程开工。"), gaz, context=["重庆市交通运输委员会"])
    start, end = _ends(feature.geometry)
    assert _in(gaz, first, start) and _in(gaz, last, end)  # not the line from 上海 or 厦门


def test_a_section_with_both_ends_on_its_corridor_is_cut_from_it(gaz) -> None:
    feature = geocode(_said("沪渝高速忠县至长寿段", T.HIGHWAY, "沪渝高速忠县至长寿段扩容。"), gaz,
                      context=["重庆市交通运输委员会"])
    assert feature.basis is Basis.CORRIDOR  # along the corridor through 垫江, as before
    start, end = _ends(feature.geometry)
    # one end in each unit, either way round (not both ends in one of them)
    assert (_in(gaz, "500233", start) and _in(gaz, "500115", end)) or (_in(gaz, "500115", start) and _in(gaz, "500233", end))


def test_section_ends_too_far_apart_keep_the_whole_line(gaz) -> None:
    feature = geocode(_said("沪渝高速垫江至广元段", T.HIGHWAY, "沪渝高速垫江至广元段开工。"), gaz,
                      context=["重庆市交通运输委员会"])
    assert feature.basis is Basis.CORRIDOR and "whole line" in feature.note


# ------------------------------------------------------------ a street's initials read far away

def test_a_street_read_as_far_counties_is_placed_by_its_document(gaz) -> None:
    quote = "城区腾龙大道二期建成通车。"  # 腾 and 龙 read as 腾冲 and 龙陵, 700 km away in 云南
    feature = geocode(_said("腾龙大道", T.HIGHWAY, quote), gaz, context=["重庆市铜梁区人民政府"])
    assert feature.geometry is not None and _in(gaz, "500151", feature.geometry)


def test_a_street_read_as_counties_near_its_document_joins_them(gaz) -> None:
    quote = "城区腾龙大道二期建成通车。"  # a document of 保山: the road from 腾冲 to 龙陵 it may be
    feature = geocode(_said("腾龙大道", T.HIGHWAY, quote), gaz, context=["保山市人民政府"])
    assert feature.geometry.geom_type == "LineString"
    start, end = _ends(feature.geometry)
    # one end in each unit, either way round (not both ends in one of them)
    assert (_in(gaz, "530581", start) and _in(gaz, "530523", end)) or (_in(gaz, "530523", start) and _in(gaz, "530581", end))


def test_a_road_between_far_counties_is_no_street(gaz) -> None:
    quote = "腾龙公路改建工程开工。"  # a 公路 is no street: its initials stay its ends, however far
    feature = geocode(_said("腾龙公路", T.HIGHWAY, quote), gaz, context=["重庆市铜梁区人民政府"])
    assert feature.geometry is None or not _in(gaz, "500151", feature.geometry)
