"""Places beyond the frame (issue 12): China's districts, province abbreviations, far line ends."""

from __future__ import annotations

from pathlib import Path

import pytest
from shapely.geometry import LineString, Point

from geo.evaluation.geocoding import evaluate_geocoding, format_report
from geo.geocode import geocode
from geo.model import Entity, EntityType, Mention
from geo.places import (
    Context,
    Gazetteer,
    Level,
    buffer_m,
    name_places,
    read_compact,
    region,
    rival_readings,
    route_words,
)

T = EntityType
ROOT = Path(__file__).resolve().parents[2]
JOINT = ["中共重庆市委、中共四川省委、重庆市人民政府、四川省人民政府"]
QIJIANG = ["重庆市綦江区人民政府办公室"]


def test_every_province_has_its_districts(gaz: Gazetteer) -> None:
    provinces = set(gaz.provinces["adcode"].str[:2]) - {""}
    with_districts = set(gaz.districts["adcode"].str[:2]) - {""}
    # 台湾, 香港, 澳门 have no county level in the source.
    assert provinces - with_districts <= {"71", "81", "82"}
    assert len(gaz.districts) > 2_800


def test_towns_of_the_provinces_lines_run_to(gaz: Gazetteer) -> None:
    prefixes = set(gaz.towns["adcode"].astype(str).str[:2])
    assert set(region.region().town_provinces) <= prefixes


@pytest.mark.parametrize(
    ("query", "name", "level"),
    [("豫", "河南省", Level.PROVINCE), ("陇", "甘肃省", Level.PROVINCE), ("秦", "陕西省", Level.PROVINCE),
     ("湘", "湖南省", Level.PROVINCE), ("鄂", "湖北省", Level.PROVINCE), ("蜀", "四川省", Level.PROVINCE),
     ("津", "江津区", Level.DISTRICT)],  # the region's table overrides the national one
)
def test_province_abbreviations_come_from_the_table(gaz: Gazetteer, query: str, name: str,
                                                     level: Level) -> None:
    best = gaz.lookup(query)[0]
    assert (best.name, best.level) == (name, level)


def test_the_national_table_is_cited_and_complete() -> None:
    table = region.province_abbreviations()
    assert len(set(table.values())) == 34
    assert {table[c] for c in "川蜀"} == {"四川省"} and {table[c] for c in "甘陇"} == {"甘肃省"}


@pytest.mark.parametrize("text", ["某合作园区", "资源综合利用基地", "山城公园", "新建东乡大道"])
def test_bare_names_of_far_counties_are_not_read_inside_names(gaz: Gazetteer, text: str) -> None:
    places = [gaz.lookup(n)[0] for _, _, n in gaz.index.scan(text)]
    assert not [p for p in places if p.level is Level.DISTRICT and not p.adcode.startswith("5")]


def test_a_far_county_written_in_full_is_read(gaz: Gazetteer) -> None:
    names = [n for _, _, n in gaz.index.scan("新建山城区物流园")]
    assert "山城区" in names


@pytest.mark.parametrize(
    ("name", "last"),
    [("重庆至镇巴高速公路", "610728"),  # a county of 陕西, in a provincial plan (a district plan
     # refuses a bare far county: 马龙 there is a reservoir, not 马龙区 of 云南)
     ("綦江至兰州铁路", "620100"),
     ("江津至林芝铁路", "540400"),
     ("重庆至郑州高铁", "410100")],
)
def test_a_line_to_a_far_place_reaches_it(gaz: Gazetteer, name: str, last: str) -> None:
    context = JOINT if name.startswith("重庆") else QIJIANG
    line = geocode(Entity(name=name, type=T.RAILWAY), gaz, context=context).geometry
    assert isinstance(line, LineString)
    end = Point(line.coords[-1])
    assert buffer_m(gaz.unit_geometry(last), 2_000).contains(end)


# ------------------------------------------------------------------ compact names (item 2)

@pytest.mark.parametrize(
    ("stem", "via"),
    [("郑万", ["郑州市", "万州区"]),  # 郑: the one city of that initial; 万: the region's default, ~700 km off
     ("丰忠", ["丰都县", "忠县"]),  # the one district of each initial, neighbours
     ("郑忠", ["郑州市", "忠县"]),  # 郑: the one city of that initial; 忠: the one district (~600 km off)
     ("豫渝", ["河南省", "重庆市"]),  # a province by the national table
     ("陇泸", ["甘肃省", "泸州市"]),
     ("沪泸", ["上海市", "泸州市"]),  # 沪: the region's table gives 上海 (G50 沪渝 was left unread)
     ("渝郑", ["重庆市", "郑州市"]),
     ("南潼泸", ["南充市", "潼南区", "泸州市"]),  # 南 near 潼南: the city, not 南岸区 or 南部县
     ("城宣大邻", ["城口县", "宣汉县", "大竹县", "邻水县"])],  # no table entry: read by nearness
)
def test_a_compact_name_reads_as_its_ordered_places(gaz: Gazetteer, stem: str, via: list[str]) -> None:
    reading = read_compact(stem, gaz, Context(JOINT))
    assert [p.name for p in reading.places] == via
    assert not reading.doubtful


@pytest.mark.parametrize(("stem", "doubtful", "both"),
                         [("渝巫", "巫", {"巫山县", "巫溪县"}), ("泸武", "武", {"武胜县", "武隆区"})])
def test_an_ambiguous_initial_is_left_for_review(gaz: Gazetteer, stem: str, doubtful: str,
                                                 both: set[str]) -> None:
    reading = read_compact(stem, gaz, Context(JOINT))
    assert reading.places == []
    assert both <= {p.name for p in reading.doubtful[doubtful]}
    feature = geocode(Entity(name=f"{stem}高速公路", type=T.HIGHWAY), gaz, context=JOINT)
    assert feature.geometry is None
    assert feature.review.startswith(stem) and doubtful in feature.review


@pytest.mark.parametrize(
    ("stem", "via"),
    [("成自宜", ["成都市", "自贡市", "宜宾市"]),  # 宜 beside 自贡: 宜宾, far nearer than 宜昌
     ("乐宜", ["乐山市", "宜宾市"]),
     ("兰西", ["兰州市", "西宁市"]),  # 西 beside 兰州: 西宁, not the table's 西安
     ("汉西", ["汉中市", "西安市"]),  # beside 汉中: 西安
     ("泸永", ["泸州市", "永川区"]),  # 永: 永川 beside 泸州, not 永州
     ("合安", ["合川区", "安岳县"])],  # neither beside a read one: 合 near the document's area first
)
def test_a_short_form_of_several_cities_is_the_one_clearly_nearest(gaz: Gazetteer, stem: str,
                                                                   via: list[str]) -> None:
    reading = read_compact(stem, gaz, Context(JOINT))
    assert [p.name for p in reading.places] == via
    assert not reading.doubtful


@pytest.mark.parametrize(("stem", "doubtful", "both"),
                         [("宜达", "宜", {"宜昌市", "宜宾市"}),  # 宜昌 and 宜宾 about as near 达州
                          ("西成", "西", {"西安市", "西宁市"}),
                          ("西某", "西", set())])  # nothing beside it: no reading at all
def test_a_short_form_of_several_cities_not_clearly_placed_is_left_for_review(
        gaz: Gazetteer, stem: str, doubtful: str, both: set[str]) -> None:
    reading = read_compact(stem, gaz, Context(JOINT))
    assert reading.places == []
    assert both <= {p.name for p in reading.doubtful.get(doubtful, [])}
    if both:
        feature = geocode(Entity(name=f"{stem}铁路", type=T.RAILWAY), gaz, context=JOINT)
        assert feature.geometry is None and doubtful in feature.review


def test_the_readings_of_a_short_form_come_from_the_gazetteer(gaz: Gazetteer) -> None:
    assert {"宜宾市", "宜昌市", "宜春市"} <= {p.name for p in rival_readings("宜", gaz)}
    assert {"西安市", "西宁市"} <= {p.name for p in rival_readings("西", gaz)}
    assert rival_readings("成", gaz) == []  # 成都 is the one city of 成
    assert rival_readings("渝", gaz) == []  # a fixed abbreviation


def test_the_document_s_own_area_settles_a_short_form_only_when_clear(gaz: Gazetteer) -> None:
    tongnan = ["重庆市潼南区人民政府"]
    assert [p.name for p in read_compact("合安", gaz, Context(tongnan)).places] == ["合川区", "安岳县"]
    # A document about 万州: 万 is its own district; 宜 beside it is no clearer.
    wanzhou = read_compact("宜万", gaz, Context(["重庆市万州区人民政府"]))
    assert wanzhou.places == [] and "宜" in wanzhou.doubtful


def test_xiyu_is_the_line_to_xian(gaz: Gazetteer) -> None:
    corridor = gaz.corridor("西渝高铁")
    assert corridor is not None and corridor.waypoints[-1] == "西安"
    feature = geocode(Entity(name="西渝高铁", type=T.RAILWAY), gaz, context=JOINT)
    assert isinstance(feature.geometry, LineString)


@pytest.mark.parametrize("name", ["北滨大道", "东西大道"])
def test_initials_that_reach_no_place_of_the_region_are_not_a_line(gaz: Gazetteer, name: str) -> None:
    assert name_places(name, gaz, Context(JOINT)) == []


def test_the_review_is_listed_by_the_evaluation(gaz: Gazetteer) -> None:
    entity = Entity(name="渝巫高速公路", type=T.HIGHWAY)
    entity.id = "x:0"
    report = evaluate_geocoding([entity], gaz, contexts={"x:0": JOINT})
    assert report.review and "for review" in format_report(report)


# ------------------------------------------------------------------ sections and routes (item 3)

@pytest.mark.parametrize(
    ("text", "words"),
    [("该公路起于赶水镇，经打通镇、石壕镇，止于贵州坭坝。", ["赶水镇", "打通镇", "石壕镇", "贵州坭坝"]),
     ("线路起于江津区白沙镇，途经石门、吴滩，终点位于油溪镇附近。", ["江津区白沙镇", "石门", "吴滩", "油溪镇"]),
     ("项目起点位于永川区陈食街道，终点为江津区油溪镇互通。", ["永川区陈食街道", "江津区油溪镇"]),
     ("推动经济发展至2025年。", None)],
)
def test_route_sentences_are_read_in_order(text: str, words: list[str] | None) -> None:
    found = route_words(text)
    assert (found[0] if found else None) == words


def _with_quote(name: str, quote: str, type_: EntityType = T.HIGHWAY) -> Entity:
    return Entity(name=name, type=type_, mentions=[Mention(doc="x.txt", text=name, quote=quote,
                                                          start=0, end=0)])


def test_a_route_sentence_gives_the_waypoints(gaz: Gazetteer) -> None:
    entity = _with_quote("南部旅游快速通道", "南部旅游快速通道起于赶水镇，经打通镇，止于石壕镇。")
    feature = geocode(entity, gaz, context=QIJIANG)
    assert isinstance(feature.geometry, LineString) and len(feature.geometry.coords) == 3
    for town, point in zip(("赶水", "打通", "石壕"), feature.geometry.coords, strict=True):
        assert gaz.lookup(town, context=QIJIANG)[0].point.equals(Point(point))


_ROUTE_AFTER = "起于赶水镇，经打通镇，止于石壕镇，全长30公里。"


@pytest.mark.parametrize(("text", "told"), [
    ("新建彩虹旅游快速通道。该项目" + _ROUTE_AFTER, True),
    ("新建彩虹旅游快速通道。线路" + _ROUTE_AFTER, True),
    ("新建彩虹旅游快速通道。项目总投资8亿元，" + _ROUTE_AFTER, True),
    ("新建彩虹旅游快速通道。\n其起点位于赶水镇，经打通镇，止于石壕镇。", True),
    # two items before it: the route could be either one's
    ("新建彩虹旅游快速通道、东环大道。该项目" + _ROUTE_AFTER, False),
    # the next sentence names its own line, or does not refer back at all
    ("新建彩虹旅游快速通道。北环大道" + _ROUTE_AFTER, False),
    ("新建彩虹旅游快速通道。全区公路" + _ROUTE_AFTER, False),
    # a referring sentence that tells no route
    ("新建彩虹旅游快速通道。该项目全长30公里，起点附近设服务区。", False),
])
def test_a_route_told_in_the_sentence_after_its_item_gives_its_waypoints(gaz: Gazetteer, text: str,
                                                                         told: bool) -> None:
    from geo.extract import extract
    from geo.model import DocumentMeta, SourceText

    source = SourceText.plain("x.txt", text, DocumentMeta("綦江区某某规划"))
    entity = next(e for e in extract(source, learned=False, boundary=False) if e.name == "彩虹旅游快速通道")
    assert ("起于" in entity.mentions[0].quote or "起点" in entity.mentions[0].quote) is told
    feature = geocode(entity, gaz, context=QIJIANG)
    assert feature.note.startswith("its sentence gives the route") is told
    if told:
        for town, point in zip(("赶水", "打通", "石壕"), feature.geometry.coords, strict=True):
            assert gaz.lookup(town, context=QIJIANG)[0].point.equals(Point(point))


def test_a_route_sentence_about_other_ends_does_not_move_a_named_line(gaz: Gazetteer) -> None:
    entity = _with_quote("赶水至石壕公路", "另一条公路起于打通镇，止于三江街道。")
    feature = geocode(entity, gaz, context=QIJIANG)
    start = Point(feature.geometry.coords[0])
    assert start.equals(gaz.lookup("赶水", context=QIJIANG)[0].point)


def test_a_route_with_an_unknown_place_is_not_used(gaz: Gazetteer) -> None:
    entity = _with_quote("某某通道", "某某通道起于赶水镇，经某某某村，止于石壕镇。")
    feature = geocode(entity, gaz, context=QIJIANG)
    assert "its sentence gives the route" not in feature.note


def test_a_waterway_section_named_by_its_ends_follows_its_river(gaz: Gazetteer) -> None:
    river = gaz.corridor("长江")
    feature = geocode(Entity(name="江津至涪陵段航道整治", type=T.WATERWAY), gaz, context=JOINT)
    line = feature.geometry
    assert isinstance(line, LineString) and len(line.coords) > 2
    assert buffer_m(river.line, 1_000).contains(line)


def test_a_section_of_a_line_drawn_through_towns_is_cut_from_it(gaz: Gazetteer) -> None:
    entity = Entity(name="某某高速綦江至石壕段", type=T.HIGHWAY, part_of="綦江至打通至石壕至习水高速")
    feature = geocode(entity, gaz, context=QIJIANG)
    line = feature.geometry
    parent = LineString([gaz.lookup(n, context=QIJIANG)[0].point for n in ("綦江", "打通", "石壕", "习水")])
    assert isinstance(line, LineString)
    assert buffer_m(parent, 100).contains(line)
    # It runs on the parent through 打通, not straight from 綦江 to 石壕.
    assert Point(line.coords[1]).equals(gaz.lookup("打通", context=QIJIANG)[0].point)
    assert len(line.coords) == 3


@pytest.mark.parametrize("stem", ["赤水河", "芙蓉江", "某某溪"])
def test_a_river_name_is_not_a_row_of_initials(gaz: Gazetteer, stem: str) -> None:
    assert read_compact(stem, gaz, Context(JOINT)).places == []


# ------------------------------------------------------------------ line ends as written (issue 12)

RONGCHANG, DAZU, YONGCHUAN, QIJIANG_CODE = "500153", "500111", "500118", "500110"


@pytest.mark.parametrize(
    ("name", "context", "first", "last"),
    [("綦江至镇巴高速公路", QIJIANG, QIJIANG_CODE, "610728"),  # a far county as a line's end, in a district plan
     ("6月18日荣昌至大足高速公路", JOINT, RONGCHANG, DAZU),  # a date the sentence ran into the name
     ("2025年荣昌至大足高速公路", JOINT, RONGCHANG, DAZU),
     ("泸(州)永(川)铁路", JOINT, "510500", YONGCHUAN),  # short forms completed in brackets
     ("大足至内江重庆段高速公路", JOINT, DAZU, "511000"),  # the province section run into the end
     ("甲乙高速綦江赶水至县城段", QIJIANG, QIJIANG_CODE, QIJIANG_CODE),  # 县城: the seat of the unit before
     ("甲乙高速永川东互通至荣昌北段", JOINT, YONGCHUAN, RONGCHANG),  # a node of its unit
     ("甲乙高速荣昌城南枢纽至大足西段", JOINT, RONGCHANG, DAZU),
     ("荣昌至大足普速铁路", JOINT, RONGCHANG, DAZU),  # a railway's class (普速, 重载) is no part of its end
     ("荣昌至大足重载铁路", JOINT, RONGCHANG, DAZU),
     # each end written as its county and a landmark no gazetteer holds: the counties
     ("荣昌区某某路口至大足区某某村公路", JOINT, RONGCHANG, DAZU),
     ("永川区某某村至大足区某某桥道路", JOINT, YONGCHUAN, DAZU)],
)
def test_line_ends_are_read_as_written(gaz: Gazetteer, name: str, context: list[str], first: str,
                                       last: str) -> None:
    line = geocode(Entity(name=name, type=T.HIGHWAY), gaz, context=context).geometry
    assert isinstance(line, LineString), name
    ends = Point(line.coords[0]), Point(line.coords[-1])
    assert buffer_m(gaz.unit_geometry(first), 2_000).contains(ends[0])
    assert buffer_m(gaz.unit_geometry(last), 2_000).contains(ends[1])


@pytest.mark.parametrize(
    "name",
    ["甲乙高速某某湖至县城段",  # the seat of an unknown unit is unknown
     "荣昌某某路口至某某县某某村公路",  # a county without its suffix, or no county at all: not read
     "某某县某某村至某某乡公路",
     "甲乙高速荣昌湖至某某段",  # a unit with a word that is not a node of it is not that unit
     "马龙水库"],  # a bare far county met outside a line's X至Y stays unread in a district plan
)
def test_ends_not_written_as_places_are_not_guessed(gaz: Gazetteer, name: str) -> None:
    feature = geocode(Entity(name=name, type=T.HIGHWAY if "高速" in name else T.WATER), gaz,
                      context=QIJIANG)
    assert not isinstance(feature.geometry, LineString)
    if name.endswith("水库"):
        assert feature.geometry is None or gaz.index.district_at(feature.geometry) == QIJIANG_CODE


def test_a_bracket_that_completes_no_short_form_stays_a_waypoint(gaz: Gazetteer) -> None:
    places = name_places("南(潼)泸高速", gaz, JOINT)
    assert [p.adcode[:4] for p in places] == ["5113", "5001", "5105"]


@pytest.mark.parametrize(
    ("name", "first", "province"),
    [("大足至内江高速公路重庆段", DAZU, "500000"),  # the part of 大足—内江 in 重庆
     ("大足至内江重庆段高速公路", DAZU, "500000"),  # the section run into the end
     ("内江至大足高速公路四川境内段", "511000", "510000")],
)
def test_a_province_section_keeps_to_its_province(gaz: Gazetteer, name: str, first: str,
                                                   province: str) -> None:
    feature = geocode(Entity(name=name, type=T.HIGHWAY), gaz, context=JOINT)
    line = feature.geometry
    assert isinstance(line, LineString) and feature.note.startswith("clipped")
    assert buffer_m(gaz.unit_geometry(first), 2_000).contains(Point(line.coords[0]))
    assert buffer_m(gaz.unit_geometry(province), 500).contains(line)
    assert not buffer_m(gaz.unit_geometry("511000" if province == "500000" else DAZU), -2_000
                        ).contains(Point(line.coords[-1]))  # stops at the border, not in the far end


def test_a_section_named_by_places_only_is_not_a_province_section(gaz: Gazetteer) -> None:
    feature = geocode(Entity(name="荣昌至大足高速公路", type=T.HIGHWAY), gaz, context=JOINT)
    assert feature.note.startswith("straight segments")


def test_a_town_the_document_writes_after_its_district_is_that_districts(gaz: Gazetteer) -> None:
    from geo.geocode import document_context

    text = "甲港区位于万州新田。乙物流园在建。新田港站明年投用。"
    context = document_context(["某报道"], text, gaz)
    feature = geocode(Entity(name="新田港站", type=T.RAIL_STATION), gaz, context=context)
    assert feature.precision.value == "town"
    assert gaz.index.district_at(feature.geometry) == "500101"
    # written after nothing, or after two districts: the document does not say which 新田
    for other in ("新田港站明年投用。", "万州新田和彭水新田。新田港站明年投用。"):
        bare = geocode(Entity(name="新田港站", type=T.RAIL_STATION), gaz,
                       context=document_context(["某报道"], other, gaz))
        assert bare.geometry is None or bare.precision.value != "town"


@pytest.mark.parametrize("name", ["某某普速铁路", "某某至某某重载铁路"])
def test_a_railway_s_class_word_reads_no_place(gaz: Gazetteer, name: str) -> None:
    """普速/重载 is the kind of the line: without places before it, the name gives none."""
    assert name_places(name, gaz, Context(JOINT)) == []
