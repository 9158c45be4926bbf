"""A national or provincial line named whole in a county's text that says the line passes there: drawn as its
stretch in the county, cut from its curated corridor (issue 12 item 2, the class "a line drawn whole where the
text means its local stretch"). Invented sentences, with negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import ends, inside

from geo.geocode import geocode
from geo.model import Entity, EntityType, Mention, Precision
from geo.places import Gazetteer

T = EntityType
PENGSHUI = ["重庆市彭水苗族土家族自治县人民政府"]
QIJIANG = ["重庆市綦江区人民政府"]
CHONGQING = ["重庆市人民政府"]


def _said(name: str, type_: EntityType, *quotes: str, docs: tuple[str, ...] = ("d.txt",)) -> Entity:
    mentions = []
    for i, quote in enumerate(quotes):
        start = max(quote.find(name), 0)
        mentions.append(Mention(doc=docs[min(i, len(docs) - 1)], text=name, quote=quote, start=start,
                                end=start + len(name)))
    return Entity(name=name, type=type_, places=[], mentions=mentions)


@pytest.mark.parametrize(
    ("name", "type_", "quote", "context", "adcode"),
    [
        # 境内 … 纵横交错: the lines across the county of the document
        ("渝怀铁路", T.RAILWAY, "县境内渝怀铁路、国省干道纵横交错,对外联系便捷。", PENGSHUI, "500243"),
        # 穿境而过, in a list of lines
        ("渝黔高速", T.HIGHWAY, "这里是南向开放的门户,川黔铁路、渝黔高速穿境而过。", QIJIANG, "500110"),
        # 贯穿 after the list
        ("川黔铁路", T.RAILWAY, "川黔铁路与两条高速公路贯穿全区,通达四方。", QIJIANG, "500110"),
    ],
)
def test_a_whole_line_its_countys_clause_says_passes_is_its_stretch_there(
        gaz: Gazetteer, name: str, type_: EntityType, quote: str, context: list[str], adcode: str) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=context)
    assert feature.precision is Precision.SCHEMATIC
    assert feature.geometry.geom_type in ("LineString", "MultiLineString")
    assert inside(gaz, adcode, feature.geometry)
    assert feature.note.startswith("stretch of corridor")


@pytest.mark.parametrize(
    ("name", "type_", "quotes", "context", "docs"),
    [
        # no word of passing: the line as a whole
        ("渝怀铁路", T.RAILWAY, ("渝怀铁路年运量大幅增长,货运能力持续提升。",), PENGSHUI, ("d.txt",)),
        # the county named beside the line, but no word of passing
        ("渝怀铁路", T.RAILWAY, ("县人大代表关注渝怀铁路扩能建设。",), PENGSHUI, ("d.txt",)),
        # 境内 of another province: where the line runs elsewhere
        ("渝怀铁路", T.RAILWAY, ("代表们考察了渝怀铁路湖南境内沿线各站。",), PENGSHUI, ("d.txt",)),
        # the text of a province-level city, not of one county
        ("渝黔高速", T.HIGHWAY, ("全市境内渝黔高速等干线纵横交错。",), CHONGQING, ("d.txt",)),
        # one project of two documents: drawn once for both
        ("渝黔高速", T.HIGHWAY, ("区境内渝黔高速纵横交错。", "渝黔高速车流量大幅增长。"), QIJIANG,
         ("a.txt", "b.txt")),
    ],
)
def test_a_whole_line_not_said_to_pass_the_county_stays_whole(
        gaz: Gazetteer, name: str, type_: EntityType, quotes: tuple[str, ...], context: list[str],
        docs: tuple[str, ...]) -> None:
    feature = geocode(_said(name, type_, *quotes, docs=docs), gaz, context=context)
    assert feature.note.startswith("corridor ")
    assert feature.geometry.equals(gaz.corridor(name).line)


# --------------------------------------------------------------------------- places its clause ties to the line

WULONG, YOUYANG, XICHANG, PANZHIHUA = "500156", "500242", "513401", "510400"


@pytest.mark.parametrize(
    ("name", "type_", "quote", "first", "last"),
    [
        # 通过 the line 衔接 two counties on it
        ("渝怀铁路", T.RAILWAY, "山区的货物通过渝怀铁路分别衔接武隆、酉阳两地的物流园。", WULONG, YOUYANG),
        # from one place by way of the line to another
        ("成昆铁路", T.RAILWAY, "旅客可以由西昌经成昆铁路到达攀枝花。", XICHANG, PANZHIHUA),
        # two places whose link the line is (the line met second in the clause's list)
        ("成昆铁路", T.RAILWAY, "攀枝花与西昌的联系主要是通过公路和成昆铁路。", PANZHIHUA, XICHANG),
    ],
)
def test_a_whole_line_is_its_stretch_between_the_places_its_clause_ties_to_it(
        gaz: Gazetteer, name: str, type_: EntityType, quote: str, first: str, last: str) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=[])
    assert feature.note.startswith("stretch of corridor")
    assert feature.geometry.length < 0.6 * gaz.corridor(name).line.length
    a, b = ends(feature.geometry)
    assert {inside(gaz, first, a), inside(gaz, last, b)} == {True} or {inside(gaz, first, b), inside(gaz, last, a)} == {True}


@pytest.mark.parametrize(
    ("name", "type_", "quotes", "docs"),
    [
        # one place only
        ("渝怀铁路", T.RAILWAY, ("通过渝怀铁路可直达酉阳。",), ("d.txt",)),
        # no 通过 or 经 before the line: the places are not a link by way of it
        ("渝怀铁路", T.RAILWAY, ("代表们考察了渝怀铁路沿线的武隆、酉阳两地。",), ("d.txt",)),
        # a section of the line written after its name (another item)
        ("渝怀铁路", T.RAILWAY, ("通过渝怀铁路武隆至酉阳段扩能改造提升运量。",), ("d.txt",)),
        # a place far from the line: the clause is about more than where it runs
        ("渝怀铁路", T.RAILWAY, ("通过渝怀铁路衔接成都、酉阳等地。",), ("d.txt",)),
        # the places of another clause of the sentence
        ("渝怀铁路", T.RAILWAY, ("渝怀铁路运量大幅增长,武隆、酉阳两地受益明显。",), ("d.txt",)),
        # two clauses that tie different places to it
        ("渝怀铁路", T.RAILWAY, ("通过渝怀铁路衔接武隆、彭水。", "通过渝怀铁路衔接黔江、酉阳。"), ("d.txt",)),
        # one project of two documents
        ("渝怀铁路", T.RAILWAY, ("通过渝怀铁路衔接武隆、酉阳。", "渝怀铁路运量大幅增长。"), ("a.txt", "b.txt")),
    ],
)
def test_a_whole_line_whose_clause_ties_no_two_places_on_it_stays_whole(
        gaz: Gazetteer, name: str, type_: EntityType, quotes: tuple[str, ...], docs: tuple[str, ...]) -> None:
    feature = geocode(_said(name, type_, *quotes, docs=docs), gaz, context=[])
    assert feature.note.startswith("corridor ")
