"""Lines between far ends bent through the unit their text puts on them (issue 12, fresh5 class
"a through line misses its county"): a one-unit section, and a county's sentence that says the
line passes it. Invented sentences, with negatives."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geo.geocode import geocode
from geo.model import Entity, EntityType, Mention, Precision
from geo.places import Context, Gazetteer, gap_m, name_places

T = EntityType
PENGSHUI = ["重庆市彭水苗族土家族自治县人民政府"]
DACHUAN = ["达州市达川区人民政府"]
QIJIANG = ["重庆市綦江区人民政府"]
YUZHONG = ["重庆市渝中区人民政府"]


def _said(name: str, type_: EntityType, quote: str) -> Entity:
    start = max(quote.find(name), 0)
    mention = Mention(doc="d.txt", text=name, quote=quote, start=start, end=start + len(name))
    return Entity(name=name, type=type_, places=[], mentions=[mention])


def _passes(gaz: Gazetteer, adcode: str, geometry) -> bool:  # type: ignore[no-untyped-def]
    return gap_m(gaz.unit_geometry(adcode), geometry) <= 2_000


@pytest.mark.parametrize(
    ("name", "quote", "context", "adcode"),
    [
        # the sentence says it passes the county the document is about
        ("重庆至怀化铁路", "重庆至怀化铁路经过彭水,年运量大幅增长。", PENGSHUI, "500243"),
        # 境内: the lines within the district of the document
        ("重庆至襄阳铁路", "区境内重庆至襄阳铁路与其他铁路纵横交错。", DACHUAN, "511703"),
        # the sentence names the county
        ("重庆至怀化铁路", "推动彭水重庆至怀化铁路扩能,年运量大幅增长。", PENGSHUI, "500243"),
    ],
)
def test_a_line_its_countys_sentence_puts_there_passes_the_county(
        gaz: Gazetteer, name: str, quote: str, context: list[str], adcode: str) -> None:
    feature = geocode(_said(name, T.RAILWAY, quote), gaz, context=context)
    assert feature.precision is Precision.SCHEMATIC
    assert feature.geometry.geom_type in ("LineString", "MultiLineString")
    assert _passes(gaz, adcode, feature.geometry)


@pytest.mark.parametrize(
    ("name", "quote", "context", "adcode"),
    [
        # nothing in the sentence puts the line in the county: drawn straight
        ("重庆至怀化铁路", "重庆至怀化铁路年运量大幅增长。", PENGSHUI, "500243"),
        # the county is named in the sentence, but in another clause or list piece
        ("重庆至怀化铁路", "彭水加快发展,重庆至怀化铁路年运量大幅增长。", PENGSHUI, "500243"),
        ("重庆至怀化铁路", "推进彭水大道、重庆至怀化铁路扩能等项目。", PENGSHUI, "500243"),
        # the county is off the way (綦江 is 60 km south of a line from 成都 to 重庆)
        ("成都至重庆高速公路", "成都至重庆高速公路过境车流量大。", QIJIANG, "500110"),
    ],
)
def test_a_line_not_put_in_the_county_is_not_bent(gaz: Gazetteer, name: str, quote: str,
                                                  context: list[str], adcode: str) -> None:
    feature = geocode(_said(name, T.HIGHWAY, quote), gaz, context=context)
    assert feature.geometry.geom_type == "LineString"
    assert len(feature.geometry.coords) == 2
    assert not _passes(gaz, adcode, feature.geometry)


def test_a_line_already_through_its_document_unit_is_unchanged(gaz: Gazetteer) -> None:
    quote = "重庆至怀化铁路经过渝中区。"
    bent = geocode(_said("重庆至怀化铁路", T.RAILWAY, quote), gaz, context=YUZHONG)
    assert len(bent.geometry.coords) == 2


@pytest.mark.parametrize(
    ("name", "adcode"),
    [("成都至兰州铁路安州段", "510705"), ("西安至重庆高铁华蓥段", "511681")],
)
def test_a_one_unit_section_is_the_line_within_that_unit(gaz: Gazetteer, name: str, adcode: str) -> None:
    feature = geocode(_said(name, T.RAILWAY, f"加快{name}建设。"), gaz, context=["四川省人民政府"])
    assert feature.note.startswith("clipped")
    assert _passes(gaz, adcode, feature.geometry)
    assert gaz.unit_geometry(adcode).buffer(0.05).contains(feature.geometry)


def test_a_one_unit_section_off_the_way_is_not_forced_onto_the_line(gaz: Gazetteer) -> None:
    # 万州 is 200 km off a line from 成都 to 重庆: the section is not clipped to it
    feature = geocode(_said("成都至重庆高速公路万州段", T.HIGHWAY, "成都至重庆高速公路万州段。"), gaz,
                      context=["重庆市人民政府"])
    assert not feature.note.startswith("clipped")
    assert not _passes(gaz, "500101", feature.geometry)


@pytest.mark.parametrize(
    ("name", "context", "places"),
    [
        # 快速通道 is a kind of line: the stem before it is a row of initials
        ("渝泸快速通道", ["重庆市江津区人民政府"], ["重庆市", "泸州市"]),
        ("达开快速通道", ["达州市人民政府"], ["达州市", "开江县"]),
        # negatives: initials of no place of the region, a word, no place at all
        ("北滨快速通道", ["重庆市人民政府"], []),
        ("沿江快速通道", ["重庆市人民政府"], []),
        ("甲乙快速通道", ["重庆市人民政府"], []),
    ],
)
def test_a_fast_corridor_is_read_like_any_line_name(gaz: Gazetteer, name: str, context: list[str],
                                                    places: list[str]) -> None:
    assert [p.name for p in name_places(name, gaz, Context(context))] == places


@pytest.mark.parametrize(("name", "corridor"), [
    ("新川黔铁路", "川黔铁路"),  # a second track along a line's corridor
    ("老川黔铁路", "川黔铁路"),  # the old line itself
    ("新渝黔高速", "渝黔高速"),
    ("新新高速公路", None),  # 新 is a place of the name here: no corridor 新高速公路
    ("新川黔", None),  # too short to be a line's name
])
def test_a_line_named_new_or_old_follows_its_corridor(gaz: Gazetteer, name: str,
                                                      corridor: str | None) -> None:
    type_ = T.HIGHWAY if "高速" in name else T.RAILWAY
    feature = geocode(_said(name, type_, f"{name}全线建成。"), gaz, context=["四川省人民政府"])
    if corridor is None:
        assert not feature.note.startswith("corridor")
    else:
        assert feature.note == f"corridor {corridor}"


@pytest.mark.parametrize(("name", "ends"), [
    # 国高 (a national expressway) is a kind of line: the section after it is read by its ends
    ("遵(义)至都(匀)国高贵阳至都匀段", ("520100", "522701")),
    ("乙(甲)至丁(丙)国高纳雍至晴隆段", ("520525", "522324")),
])
def test_a_section_of_a_national_expressway_runs_between_its_ends(gaz: Gazetteer, name: str,
                                                                  ends: tuple[str, str]) -> None:
    feature = geocode(_said(name, T.HIGHWAY, f"{name}开工建设。"), gaz, context=["贵州省交通运输厅"])
    assert feature.geometry.geom_type == "LineString"
    first, last = feature.geometry.coords[0], feature.geometry.coords[-1]
    assert _passes(gaz, ends[0], Point(first)) and _passes(gaz, ends[1], Point(last))


def test_a_national_expressway_of_no_known_place_stays_unlocated(gaz: Gazetteer) -> None:
    assert geocode(_said("甲乙国高", T.HIGHWAY, "甲乙国高开工建设。"), gaz, context=[]).geometry is None


@pytest.mark.parametrize(("name", "whole"), [
    ("G75綦遵扩容", False),  # a road code and the initials of two of its places: that part
    ("G75渝遵高速扩能", False),
    ("兰海高速", True),  # the corridor itself
    ("G75", True),
])
def test_a_coded_line_with_initials_is_the_part_between_them(gaz: Gazetteer, name: str,
                                                             whole: bool) -> None:
    feature = geocode(_said(name, T.HIGHWAY, f"推进{name}建设。"), gaz, context=["重庆市綦江区人民政府"])
    corridor = gaz.corridor(name)
    assert corridor is not None
    if whole:
        assert feature.geometry.equals(corridor.line)
    else:
        assert feature.note.startswith(f"part of corridor {corridor.name}")
        assert _passes(gaz, "520300", feature.geometry)  # 遵义
        assert feature.geometry.length < 0.8 * corridor.line.length


@pytest.mark.parametrize(("name", "type_", "corridor"), [
    ("渝黔高速", T.HIGHWAY, "渝黔高速"),
    ("渝昆高铁", T.RAILWAY, "渝昆高铁"),
    # a railway named like a road's corridor, a road like a railway's: not that corridor
    ("渝黔高速铁路", T.RAILWAY, None),
    ("渝昆高速", T.HIGHWAY, None),
])
def test_a_railway_never_follows_a_roads_corridor(gaz: Gazetteer, name: str, type_: EntityType,
                                                  corridor: str | None) -> None:
    feature = geocode(_said(name, type_, f"{name}加快建设。"), gaz, context=["重庆市人民政府"])
    if corridor is None:
        assert "corridor" not in feature.note
    else:
        assert feature.note == f"corridor {corridor}"


@pytest.mark.parametrize(("aliases", "along_river"), [
    ([], True),  # 沿江 alone: along the 长江
    (["宜攀高速"], False),  # another name gives its ends: 宜宾 → 攀枝花
])
def test_along_the_river_yields_to_a_name_giving_the_ends(gaz: Gazetteer, aliases: list[str],
                                                          along_river: bool) -> None:
    entity = _said("沿江高速", T.HIGHWAY, "加快沿江高速建设。")
    entity.aliases = aliases
    feature = geocode(entity, gaz, context=["攀枝花市人民政府"])
    assert ("长江" in feature.note) is along_river
    if not along_river:
        assert _passes(gaz, "510400", feature.geometry) and _passes(gaz, "511500", feature.geometry)
