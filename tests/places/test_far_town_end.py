"""A town at a line's end, by the grammar of its X至Y name, lies near the line's other end however far from the
document's own area (issue 12: lines to their real ends).

A bare town far from the units a document names is refused as a word of a longer name (tests/places/test_far_town.py),
and a line's ends are read in order, each near the one before: the near end of "甲镇至乙市铁路" in a document
about 乙市 was read first with nothing to be near, refused, and the line collapsed to a point at 乙市. A side of an
X至Y name is a place by its grammar, so a town there is kept when it lies within
:data:`geo.places.resolving.TOWN_END_REACH_M` of the other end, read again by that end. A town farther than that, or a
bare town in a sentence rather than a name's side, is still refused. Real towns of the gazetteer, named in no
document of the corpus: 代家坝 of 宁强 (陕西, ~270 km from 安康), 汉王 of 陇南 (甘肃, ~380 km).
"""

from __future__ import annotations

from geocode_helpers import ends, inside, said

from geo.geocode import geocode
from geo.model import EntityType
from geo.places import Context, Level, distance_m
from geo.places.resolving import TOWN_END_REACH_M, resolve, resolve_all

_ANKANG = "610902"  # 汉滨区, the seat of 安康市
_DOC = Context(["安康交通规划", "安康市"], named=("610900",))


def test_the_towns_lie_on_either_side_of_the_reach(gaz) -> None:
    ankang = gaz.lookup("安康")[0]
    near = next(p for p in gaz.lookup("代家坝") if p.level is Level.TOWN)
    far = next(p for p in gaz.lookup("汉王") if p.level is Level.TOWN)
    assert distance_m(near.point, ankang.point) < TOWN_END_REACH_M < distance_m(far.point, ankang.point)


def test_a_far_town_met_bare_is_still_refused(gaz) -> None:
    assert resolve("代家坝", gaz, _DOC) is None


def test_the_near_end_is_read_by_the_far_end_it_runs_to(gaz) -> None:
    places = resolve_all(["代家坝", "安康"], gaz, _DOC, endpoint=True)
    assert [p.level for p in places] == [Level.TOWN, Level.CITY]
    assert places[0].adcode.startswith("6107")  # 汉中's 宁强县, not refused as foreign


def test_a_town_beyond_the_reach_stays_unknown(gaz) -> None:
    places = resolve_all(["汉王", "安康"], gaz, _DOC, endpoint=True)
    assert [p.level for p in places] == [Level.CITY]


def test_the_line_runs_from_the_town_to_the_city(gaz) -> None:
    entity = said("代家坝至安康铁路", EntityType.RAILWAY, "规划建设代家坝至安康铁路。", ["代家坝", "安康"])
    feature = geocode(entity, gaz, context=_DOC)
    assert feature.geometry.geom_type in ("LineString", "MultiLineString")
    first, last = ends(feature.geometry)
    assert inside(gaz, "610726", first) and inside(gaz, _ANKANG, last) or (
        inside(gaz, _ANKANG, first) and inside(gaz, "610726", last))


# ------------------------------------------------- 快速铁路, a line's kind like 高速铁路 and 城际铁路

def test_a_rapid_railway_reads_its_initials_as_its_ends(gaz) -> None:
    from geocode_helpers import place_names

    ctx = ["某省交通规划", "四川省"]
    # 快速铁路 is the kind, as 高速铁路 is: the stem before it is the line's initials (绵阳, 遂宁), not "绵遂快速"
    assert place_names("绵遂快速铁路", gaz, ctx) == ["绵阳市", "遂宁市"]
    assert place_names("绵遂高速铁路", gaz, ctx) == ["绵阳市", "遂宁市"]
    assert place_names("巴中至汉中快速铁路", gaz, ctx) == ["巴中市", "汉中市"]
    # the kind alone names no place
    assert place_names("快速铁路", gaz, ctx) == []
