"""A county met by its bare short form far from every unit its document names is a word (issue 12 item 3, part-p34).

A point's name or its sentence holds a county's short form as a word (a bridge, a station, a bay named
like a county 600–1,000 km away). When the document's text names at least two other units and the
county lies more than 300 km from each, the item is not placed in that county: the readers of its
sentence and document place it. A county written as a unit (某县) or in full, one near the document's
units, and one of a document naming fewer units are read as before. Invented sentences.
"""

from __future__ import annotations

import pytest

from geo.geocode import document_context, geocode
from geo.geocode.namesakes import far_namesake, written_bare
from geo.model import Entity, EntityType, Mention
from geo.places import Gazetteer, Level, gap_m

T = EntityType
JIANGJIN_NEWS = "江津区与璧山区合作推进九龙湾大桥和滨河路建设,江津区双福街道将新建一座公园。"
KANGDING_NEWS = "康定市、雅江县和九龙县联合推进九龙湾大桥建设,康定市将同步改造城区道路。"


def _county(gaz: Gazetteer, name: str):  # type: ignore[no-untyped-def]
    return next(p for p in gaz.lookup(name) if p.level is Level.DISTRICT)


@pytest.mark.parametrize(("texts", "bare"), [
    (("九龙湾大桥",), True),
    (("九龙湾大桥", "九龙"), True),
    (("九龙县城大桥",), False),      # negative: written as a unit
    (("九龙湾大桥", "九龙县"), False),  # negative: its places write it in full
    (("滨河路",), False),            # negative: not written at all
])
def test_written_bare(gaz: Gazetteer, texts: tuple[str, ...], bare: bool) -> None:
    assert written_bare(_county(gaz, "九龙县"), texts) is bare


@pytest.mark.parametrize(("issuer", "text", "far"), [
    ("", JIANGJIN_NEWS, True),       # a 江津 item: 九龙县 is ~600 km from every unit the text names
    ("", KANGDING_NEWS, False),      # negative: the text's units are its neighbours
    ("", "江津区推进九龙湾大桥建设。", False),  # negative: one other unit only, too few to judge by
    ("", "甘孜州与江津区、璧山区结对推进九龙湾大桥建设。", False),  # negative: the text names its city
    ("四川省交通运输厅", "推进九龙湾大桥建设,泸州市和广安市同步推进港口建设。", False),  # negative: its province's report
])
def test_far_namesake_by_the_documents_units(gaz: Gazetteer, issuer: str, text: str, far: bool) -> None:
    ctx = document_context([issuer, ""], text, gaz)
    assert far_namesake(_county(gaz, "九龙县"), ("九龙湾大桥",), gaz, ctx) is far


def test_a_city_is_never_judged_so(gaz: Gazetteer) -> None:
    city = next(p for p in gaz.lookup("宜昌") if p.level is Level.CITY)
    assert not far_namesake(city, ("宜昌港",), gaz, document_context(["", ""], JIANGJIN_NEWS, gaz))


def _placed(gaz: Gazetteer, name: str, text: str, issuer: str = ""):  # type: ignore[no-untyped-def]
    ctx = document_context([issuer, ""], text, gaz)
    start = text.index(name)
    mention = Mention(doc="d.txt", text=name, quote=text, start=start, end=start + len(name))
    return geocode(Entity(name=name, type=T.HIGHWAY, mentions=[mention]), gaz, context=ctx)


def test_a_bridge_of_a_news_item_is_not_placed_in_the_far_county(gaz: Gazetteer) -> None:
    feature = _placed(gaz, "九龙湾大桥", JIANGJIN_NEWS, "重庆市江津区交通局")
    far = gaz.unit_geometry(_county(gaz, "九龙县").adcode)
    assert feature.geometry is not None and gap_m(far, feature.geometry) > 300_000
    assert gap_m(gaz.unit_geometry(_county(gaz, "江津区").adcode), feature.geometry) <= 2_000
    # with nothing to place it by, it is left unlocated rather than put in the far county
    alone = _placed(gaz, "九龙湾大桥", JIANGJIN_NEWS)
    assert alone.geometry is None or gap_m(far, alone.geometry) > 300_000


def test_negative_the_same_bridge_among_its_neighbours_stays(gaz: Gazetteer) -> None:
    feature = _placed(gaz, "九龙湾大桥", KANGDING_NEWS)
    assert feature.geometry is not None
    assert gap_m(gaz.unit_geometry(_county(gaz, "九龙县").adcode), feature.geometry) <= 2_000
