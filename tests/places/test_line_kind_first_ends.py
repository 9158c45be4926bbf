"""Lines whose name writes its kind before its ends (issue 12, placement: lines drawn as one point).

- a bare kind word first (国道, 省道, with or without the road's number), then the line's ends and its own
  kind again (国道甲经乙至丙快速公路, 省道215甲至乙一级公路): the ends are read, not a point at one of them;
  a bare kind with no kind after its ends (国道318线甲至乙段) is a road's number and its section, read as before;
- a railway's short name ending in 线, then its section (甲乙线丙区至丁区段): the 线 is no part of the near end.

Invented names of each class, positives and negatives.
"""

from __future__ import annotations

import pytest
from geocode_helpers import ends as _ends
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import geocode
from geo.model import EntityType
from geo.places import Context, Gazetteer, name_places, section_places

CHONGQING = ["重庆市交通局"]
SICHUAN = ["四川省人民政府"]


def _names(name: str, gaz: Gazetteer, context: list[str]) -> list[str]:
    return [p.name for p in name_places(name, gaz, Context(context))]


@pytest.mark.parametrize(("name", "context", "places"), [
    ("国道合川经铜梁至大足快速公路", CHONGQING, ["合川区", "铜梁区", "大足区"]),  # via 经, then the far end
    ("省道215南充至蓬安一级公路", SICHUAN, ["南充市", "蓬安县"]),                 # the road's number, a grade
    ("国道G212线苍溪至阆中公路", SICHUAN, ["苍溪县", "阆中市"]),                  # a coded number with 线
    ("省道线荣昌区至隆昌市界公路", CHONGQING, ["荣昌区", "隆昌市界"]),            # 线 with no number; a border end
])
def test_the_ends_after_a_bare_kind_word_are_read(gaz: Gazetteer, name: str, context: list[str],
                                                  places: list[str]) -> None:
    assert _names(name, gaz, context) == places


@pytest.mark.parametrize("name", [
    "国道318线万州至梁平段",  # no kind after the ends: a section of a numbered road, read by the section reader
    "国道至省道连接公路",      # no place on either side
    "省道快速公路",
    "国道318线",
])
def test_what_a_bare_kind_word_first_does_not_read(gaz: Gazetteer, name: str) -> None:
    assert _names(name, gaz, CHONGQING) == []


def test_such_a_road_is_drawn_between_its_ends(gaz: Gazetteer) -> None:
    name = "国道合川经铜梁至大足快速公路"
    feature = geocode(_said(name, EntityType.HIGHWAY, f"{name}建成通车。"), gaz, context=CHONGQING)
    assert feature.geometry is not None and feature.geometry.geom_type == "LineString"
    a, b = _ends(feature.geometry)
    assert _in(gaz, "500117", a) and _in(gaz, "500111", b)  # 合川区, 大足区


@pytest.mark.parametrize(("name", "context", "ends"), [
    ("襄渝线达州至万州段", SICHUAN, ["达州市", "万州区"]),
    ("遂渝线遂宁至潼南段", CHONGQING, ["遂宁市", "潼南区"]),
    ("市郊铁路璧合线璧山—合川段", CHONGQING, ["璧山区", "合川区"]),  # the kind first, a dash between the ends
])
def test_a_railways_short_name_is_no_part_of_its_sections_near_end(
        gaz: Gazetteer, name: str, context: list[str], ends: list[str]) -> None:
    found = section_places(name, gaz, Context(context), None)
    assert [getattr(e, "name", None) for e in found or []] == ends


@pytest.mark.parametrize("name", [
    "甲乙线丙丁至江津区段",  # after the 线 no unit: the near end stays unknown
])
def test_a_near_end_after_a_short_name_is_only_a_unit(gaz: Gazetteer, name: str) -> None:
    found = section_places(name, gaz, Context(CHONGQING), None)
    assert found is not None and found[0] is None
