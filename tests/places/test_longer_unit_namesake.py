"""A county read by a bare word that opens a longer unit its document names, or a line's one place, is a namesake (issue 12, part-p40).

九龙 is the short form of 九龙县 (甘孜) and the opening of 九龙坡区 (重庆), 龙泉 of 龙泉市 (浙江) and of
龙泉驿区 (成都): a park, a station or a street named 九龙园 in a text naming 九龙坡区 is that
district's, not a county a province away, however near the text's other units lie. And a street or tunnel
drawn at the one place its name reads (某龙大道) is judged as a point is (:func:`far_namesake`): a
county far from every unit its document names is no place of it, unless the text reads the county on
its own (a county's report writing it bare). A text about the county itself keeps it. Invented sentences.
"""

from __future__ import annotations

import pytest

from geo.geocode import document_context, geocode
from geo.geocode.namesakes import far_namesake, longer_unit_named
from geo.model import Entity, EntityType, Mention
from geo.places import Gazetteer, Level, Place, gap_m

T = EntityType


def _unit(gaz: Gazetteer, name: str, province: str = "") -> Place:
    return next(p for p in gaz.lookup(name) if p.level is Level.DISTRICT and p.adcode.startswith(province))


@pytest.mark.parametrize(("county", "named", "longer"), [
    ("九龙县", ("九龙坡区",), True),
    ("龙泉市", ("龙泉驿区", "锦江区"), True),
    ("九龙县", ("康定市", "雅江县"), False),     # negative: no unit of a longer name
    ("龙泉市", ("庆元县",), False),              # negative: its neighbour
])
def test_longer_unit_named(gaz: Gazetteer, county: str, named: tuple[str, ...], longer: bool) -> None:
    others = [_unit(gaz, n) for n in named]
    assert longer_unit_named(_unit(gaz, county), others) is longer


def test_negative_a_unit_of_the_same_name_elsewhere_is_no_longer_unit(gaz: Gazetteer) -> None:
    ningbo, chongqing = _unit(gaz, "江北区", "33"), _unit(gaz, "江北区", "50")
    assert not longer_unit_named(ningbo, [chongqing])


@pytest.mark.parametrize(("name", "text", "far"), [
    # the text's other units lie within 300 km of 九龙县, but it names 九龙坡区
    ("九龙园大道", "九龙坡区推进九龙园大道建设,宜宾市和雅安市同步推进港口建设。", True),
    ("九龙园大道", "九龙坡区与江津区合作推进九龙园大道建设。", True),
    ("九龙园大道", "康定市和雅江县推进九龙园大道建设。", False),                 # negative: a text of its neighbours
    ("九龙园大道", "甘孜州与九龙坡区结对推进九龙园大道建设,宜宾市同步推进。", False),  # negative: it names its city
    ("九龙县城大道", "九龙坡区推进九龙县城大道建设,宜宾市同步推进。", False),     # negative: written as a unit
])
def test_far_namesake_by_a_longer_unit(gaz: Gazetteer, name: str, text: str, far: bool) -> None:
    ctx = document_context(["", ""], text, gaz)
    assert far_namesake(_unit(gaz, "九龙县"), (name,), gaz, ctx) is far


def _placed(gaz: Gazetteer, name: str, text: str, kind: EntityType = T.HIGHWAY):  # type: ignore[no-untyped-def]
    ctx = document_context(["", ""], text, gaz)
    start = text.index(name)
    mention = Mention(doc="d.txt", text=name, quote=text, start=start, end=start + len(name))
    return geocode(Entity(name=name, type=kind, mentions=[mention]), gaz, context=ctx)


@pytest.mark.parametrize(("name", "text", "kind"), [
    ("九龙园站", "九龙坡区至江津区轨道线设九龙园站,宜宾市和雅安市同步推进港口建设。", T.RAIL_STATION),
    # streets and tunnels are lines; in a list of works the text's scan does not read the word as a unit
    ("九龙大道", "綦江区、江津区和璧山区合作推进滨河路、九龙大道、发展大道改造。", T.HIGHWAY),
    ("九龙隧道", "九龙坡区与大渡口区合作推进新建工程,包括隧道2座(九龙隧道、巴山隧道)。", T.HIGHWAY),
])
def test_not_placed_in_the_far_county(gaz: Gazetteer, name: str, text: str, kind: EntityType) -> None:
    feature = _placed(gaz, name, text, kind)
    far = gaz.unit_geometry(_unit(gaz, "九龙县").adcode)
    assert feature.geometry is None or gap_m(far, feature.geometry) > 300_000


@pytest.mark.parametrize(("name", "text", "kind"), [
    ("九龙园站", "康定市至雅江县铁路设九龙园站,九龙县同步推进。", T.RAIL_STATION),
    ("九龙大道", "康定市、雅江县和泸定县合作推进九龙大道改造。", T.HIGHWAY),
])
def test_negative_a_text_of_the_county_keeps_it(gaz: Gazetteer, name: str, text: str, kind: EntityType) -> None:
    feature = _placed(gaz, name, text, kind)
    assert feature.geometry is not None
    assert gap_m(gaz.unit_geometry(_unit(gaz, "九龙县").adcode), feature.geometry) <= 2_000


def test_negative_a_county_report_writing_it_bare_keeps_its_line(gaz: Gazetteer) -> None:
    # its other "units" are words (南岸片区, 旅游新城), each far from it: the county is the text's own
    text = "巫山交委将建设机场巫山连接道,启动南岸片区旅游环线和旅游新城客运站建设。"
    feature = _placed(gaz, "机场巫山连接道", text)
    assert feature.geometry is not None
    assert gap_m(gaz.unit_geometry(_unit(gaz, "巫山县").adcode), feature.geometry) <= 2_000
