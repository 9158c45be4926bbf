"""An item with no place of its own is placed at the one unit its clause or sentence names (issue 12 item 4).

Places of unseen text, issue 12 item 4 on the eleven tuning splits: an item with no
place of its own, in a document whose issuer and title name none, placed at the one city or county
its own clause (else its sentence) names, with that unit's precision (a county's point says
district). Each class is tested on invented sentences, with negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import Basis, geocode
from geo.model import EntityType, Precision

T = EntityType
QIJIANG, LESHAN, XUANHAN, GUANGAN = "500110", "511100", "511722", "511600"


@pytest.mark.parametrize(
    ("name", "type_", "quote", "adcode", "precision"),
    [
        # a county written as a unit in the item's clause
        ("快速路五横线延伸段", T.HIGHWAY, "綦江区正加快建设快速路五横线延伸段,完善区域交通。", QIJIANG,
         Precision.DISTRICT),
        # a city whose works the item is part of
        ("甲溪水库", T.WATER, "乐山市防洪工程的甲溪水库和乙坝水库基本建成。", LESHAN, Precision.CITY),
        # a city and its county: the county
        ("丙丁公路", T.HIGHWAY, "达州市宣汉县通车多年的丙丁公路急需改造。", XUANHAN, Precision.DISTRICT),
        # a line's end is one of its places (广安 names the city and its seat district: the district)
        ("丙丁快速通道", T.HIGHWAY, "丙丁快速通道北延至广安,年内开工。", GUANGAN, Precision.DISTRICT),
        # the clause names none: the sentence's one unit
        ("戊己隧道", T.HIGHWAY, "綦江区交通建设提速,戊己隧道顺利贯通。", QIJIANG, Precision.DISTRICT),
    ],
)
def test_an_item_without_a_place_is_placed_at_its_sentence_unit(
        gaz, name: str, type_: EntityType, quote: str, adcode: str, precision: Precision) -> None:
    feature = geocode(_said(name, type_, quote), gaz)
    assert feature.geometry is not None and feature.geometry.geom_type == "Point"
    assert _in(gaz, adcode, feature.geometry)
    assert feature.precision is precision  # never presented as a site or a town
    assert feature.basis is Basis.CLAUSE


@pytest.mark.parametrize(
    ("name", "type_", "quote"),
    [
        # two units apart, in one clause: which one is not said
        ("丙丁物流园", T.INDUSTRIAL_PARK, "万州区和涪陵区共建的丙丁物流园加快推进。"),
        # where something leads to is no place of the item
        ("甲乙机场", T.AIRPORT, "坚持西联成都、北接甲乙机场,建设快速交通体系。"),
        ("丙丁港", T.PORT, "企业距南充市约十公里,丙丁港已建成。"),
        # a point's 至 is where goods go, not where it is
        ("丙丁站", T.RAIL_STATION, "货物由丙丁站运至南充。"),
        # a province is no unit to place at
        ("丙丁枢纽", T.WATERWAY, "四川将配合完成丙丁枢纽生态航运论证。"),
        # a railway joins places: the sentence's one city is no place of it
        ("甲乙城际铁路", T.RAILWAY, "乐山市将加快甲乙城际铁路前期工作。"),
        # no unit at all
        ("戊己隧道", T.HIGHWAY, "全线控制性工程戊己隧道顺利贯通。"),
    ],
)
def test_an_item_whose_sentence_names_no_one_unit_stays_unlocated(
        gaz, name: str, type_: EntityType, quote: str) -> None:
    feature = geocode(_said(name, type_, quote), gaz)
    assert feature.geometry is None
    assert feature.precision is Precision.UNLOCATED


def test_the_document_unit_still_comes_first(gaz) -> None:
    # a document of 綦江 places its item there, whatever unit the sentence writes after 至
    feature = geocode(_said("丙丁快速通道", T.HIGHWAY, "丙丁快速通道北延至广安,年内开工。"), gaz,
                      context=["重庆市綦江区人民政府"])
    assert _in(gaz, QIJIANG, feature.geometry)
    assert feature.basis is Basis.ISSUER
