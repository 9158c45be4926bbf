"""A section written after its line's name without 段 (甲高速乙至丙高速公路改扩建, 甲国道乙至丙二级公路): the stretch
between its two ends, not the whole corridor; a section whose two ends both lie off the curated corridor is
drawn between them (issue 12). Invented names on real corridors, and near negatives."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString, Point

from geo.geocode import geocode
from geo.model import Entity, EntityType
from geo.places import Gazetteer, distance_m, length_m, unmarked_section


@pytest.mark.parametrize(
    ("line", "name", "section"),
    [
        ("京昆高速", "京昆高速西昌至攀枝花改扩建工程", "京昆高速西昌至攀枝花段"),
        ("京昆高速", "京昆高速绵阳至广元高速公路扩容", "京昆高速绵阳至广元段"),
        ("渝昆高铁", "渝昆高铁永川至泸州扩能改造工程", "渝昆高铁永川至泸州段"),
        ("210国道", "210国道石泉至汉阴二级公路", "210国道石泉至汉阴段"),
        # near negatives: a section with 段 is read as such already; no ends; three ends; works only
        ("京昆高速", "京昆高速西昌至攀枝花段", None),
        ("京昆高速", "京昆高速扩容工程", None),
        ("京昆高速", "京昆高速西昌至会理至攀枝花改扩建", None),
        ("渝昆高铁", "新建渝昆高铁永川至泸州", None),  # the corridor's name does not open it
    ],
)
def test_a_section_without_its_mark(gaz: Gazetteer, line: str, name: str, section: str | None) -> None:
    corridor = gaz.corridor(line)
    assert corridor is not None
    assert unmarked_section(name, corridor) == section


def _ends(feature_line: LineString) -> tuple[Point, Point]:
    return Point(feature_line.coords[0]), Point(feature_line.coords[-1])


def test_the_stretch_between_its_ends_not_the_whole_line(gaz: Gazetteer) -> None:
    corridor = gaz.corridor("渝昆高铁")
    feature = geocode(Entity(name="渝昆高铁永川至泸州扩能改造工程", type=EntityType.RAILWAY), gaz)
    assert isinstance(feature.geometry, LineString)
    assert length_m(feature.geometry) < 0.5 * length_m(corridor.line)
    ends = sorted(_ends(feature.geometry), key=lambda p: p.x, reverse=True)  # 永川 lies east of 泸州
    for end, town in zip(ends, ("永川", "泸州"), strict=True):
        assert distance_m(end, gaz.lookup(town)[0].point) < 5_000


def test_a_section_off_its_curated_corridor_is_drawn_between_its_ends(gaz: Gazetteer) -> None:
    # the curated 210国道 runs 重庆 → 贵阳; 石泉 and 汉阴 (陕西) lie on a stretch it does not reach
    feature = geocode(Entity(name="210国道石泉至汉阴二级公路", type=EntityType.HIGHWAY), gaz)
    assert isinstance(feature.geometry, LineString)
    ends = _ends(feature.geometry)
    assert {round(distance_m(e, gaz.lookup(t)[0].point)) for e, t in zip(ends, ("石泉", "汉阴"), strict=True)} == {0}
