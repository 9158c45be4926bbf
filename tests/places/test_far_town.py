"""A town read inside a name, in a province that neither its document's strings nor its text name, is not the
place meant (issue 12: no point at a far namesake).

A bare town is a word of many places: a reservoir of a 会理 report is no reservoir of a town of 重庆 that
shares its first word, a road of a district's report no road of a town in another province, however near
the province lies (the far check in metres, :data:`geo.geocode.lines.FAR_POINT_M`, lets 500 km pass). When
the document names any unit, a town outside all their provinces is far: the item falls back to what its
document says. A document that names nothing keeps the town; a county is still judged by distance.
Invented sentences, real towns of the gazetteer (贾嗣 of 江津, a focus district, ~500 km from 会理).
"""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import geocode
from geo.geocode.lines import far_from_document
from geo.model import EntityType
from geo.places import Context, Level, distance_m

T = EntityType
_QUOTE = "全市水库包括甲乙水库(已建)、贾嗣水库(在建)。"


def test_the_town_is_within_the_metric_reach() -> None:
    # the class is about near provinces: the distance check alone would keep the town
    from geo.geocode.lines import FAR_POINT_M
    from geo.places import gazetteer

    gaz = gazetteer.load()
    town = next(p for p in gaz.lookup("贾嗣") if p.level is Level.TOWN)
    huili = gaz.index.unit("513402")
    assert distance_m(town.point, huili.point) < FAR_POINT_M


def test_a_town_in_a_province_the_document_never_names_is_far(gaz) -> None:
    town = next(p for p in gaz.lookup("贾嗣") if p.level is Level.TOWN)
    assert far_from_document(town, gaz, Context(["会理市水利局"], named=("513402",)))
    assert not far_from_document(town, gaz, Context(["会理市水利局"], named=("513402", "500116")))
    assert not far_from_document(town, gaz, Context(["某某日报"]))  # a document that names nothing


@pytest.mark.parametrize(("type_", "name", "quote", "places", "doc"), [
    (T.WATER, "贾嗣水库", _QUOTE, ["贾嗣"], ["会理市水利局"]),
    # a report whose strings name no unit: its text's provinces alone
    (T.HIGHWAY, "贾嗣大道延伸段", "启动贾嗣大道延伸段建设。", [], ["某某日报"]),
])
def test_a_far_town_does_not_place_the_item(gaz, type_: EntityType, name: str, quote: str,
                                            places: list[str], doc: list[str]) -> None:
    feature = geocode(_said(name, type_, quote, places), gaz, context=Context(doc, named=("513402",)))
    assert feature.geometry is None or _in(gaz, "513402", feature.geometry)


@pytest.mark.parametrize(("doc", "named"), [
    (["会理市水利局"], ("513402", "500116")),   # the text names the town's province too
    (["某某日报"], ()),                         # the document names nothing: every reading kept
])
def test_a_town_of_a_named_province_still_places_it(gaz, doc: list[str], named: tuple[str, ...]) -> None:
    feature = geocode(_said("贾嗣水库", T.WATER, _QUOTE, ["贾嗣"]), gaz, context=Context(doc, named=named))
    assert feature.precision.value == "town" and _in(gaz, "500116", feature.geometry)


def test_a_county_is_still_judged_by_distance(gaz) -> None:
    feature = geocode(_said("綦江水库", T.WATER, "全市水库包括甲乙水库(已建)、綦江水库(在建)。"), gaz,
                      context=Context(["会理市水利局"], named=("513402",)))
    assert _in(gaz, "500110", feature.geometry)
