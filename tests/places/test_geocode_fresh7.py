"""Places of unseen text (issue 12), classes found on the fresh7 tuning split: each tested on
invented sentences of its class (invented project names; real place names where the class is
about the gazetteer), with negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import ends as _ends
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import geocode
from geo.model import EntityType
from geo.places import Gazetteer

T = EntityType


# ------------------------------------------------- a river's name is not the unit it starts with

@pytest.mark.parametrize(("text", "prefix"), [
    ("甲乙嘉陵江大桥建成通车", None),  # 嘉陵江 (the river) holds 嘉陵 (嘉陵区 of 南充): not the district
    ("丙丁金沙江大桥合龙", None),  # a river no corridor holds: 江 after 金沙 (金沙县) glues it (issue 12,
    # data/language/glued_names.toml), so it names no unit either
    ("南充市嘉陵区甲乙大桥建成通车", "511304"),  # the district written as a unit is named
    ("嘉陵区甲乙路通车", "511304"),
    ("綦江区甲乙水库开工", "500110"),  # a river named exactly as its unit (綦江) still names it
    ("甲乙嘉陵大道通车", "511304"),  # 嘉陵 before another word is the district's short form
])
def test_a_rivers_name_does_not_name_the_unit_it_starts_with(gaz: Gazetteer, text: str,
                                                              prefix: str | None) -> None:
    found = gaz.index.context_prefixes((text,))
    if prefix is None:
        assert not found
    else:
        assert prefix in found


def test_a_news_item_on_bridges_over_a_river_is_not_about_the_unit_the_river_starts_with(
        gaz: Gazetteer) -> None:
    from geo.geocode import document_context

    text = ("甲乙嘉陵江大桥、丙丁嘉陵江大桥及戊己隧道集中建成。\n"
            "甲乙嘉陵江大桥全长1.2公里,是跨越嘉陵江的又一通道。\n"
            "丙丁嘉陵江大桥通车后,两岸市民出行更加便捷。\n"
            "市民可前往嘉陵江边观景,欣赏嘉陵江两岸风光。\n")
    context = document_context(["", "要闻"], text, gaz)
    assert not any("嘉陵" in c for c in context.doc)
    # a news item about 嘉陵区 itself (written as the unit) is still about it
    text_jl = text.replace("甲乙嘉陵江大桥全长", "南充市嘉陵区甲乙嘉陵江大桥全长").replace(
        "丙丁嘉陵江大桥通车后", "嘉陵区丙丁嘉陵江大桥通车后").replace("市民可前往", "嘉陵区市民可前往")
    assert "嘉陵区" in document_context(["", "要闻"], text_jl, gaz).doc


# ------------------------------------------------- two counties of one name: the one near the line's other end

@pytest.mark.parametrize(("name", "type_", "quote", "places", "ends"), [
    # 兴山 is 兴山县 (宜昌) and 兴山区 (鹤岗): beside 宜昌 or 万州, the county of 湖北
    ("宜昌至兴山铁路", T.RAILWAY, "在建的宜昌至兴山铁路进展顺利。", ["宜昌", "兴山"], ("420500", "420526")),
    ("兴山至宜昌公路", T.HIGHWAY, "兴山至宜昌公路开工。", ["兴山", "宜昌"], ("420526", "420500")),
    ("丙丁铁路万州至兴山段", T.RAILWAY, "丙丁铁路万州至兴山段建成。", [], ("500101", "420526")),
    # negatives: beside 鹤岗 it is 兴山区; a town of that name never replaces a county (兴义市,
    # not the 兴义 town of 重庆, though 重庆 is nearer)
    ("鹤岗至兴山公路", T.HIGHWAY, "鹤岗至兴山公路开工。", ["鹤岗", "兴山"], ("230400", "230407")),
    ("重庆至兴义铁路", T.RAILWAY, "重庆至兴义铁路开展前期工作。", ["重庆", "兴义"], ("500000", "522301")),
])
def test_a_line_ends_at_the_namesake_county_near_its_other_end(
        gaz: Gazetteer, name: str, type_: EntityType, quote: str, places: list[str],
        ends: tuple[str, str]) -> None:
    feature = geocode(_said(name, type_, quote, places), gaz, context=["新闻"])
    assert feature.geometry is not None and feature.geometry.geom_type != "Point"
    a, b = _ends(feature.geometry)
    assert _in(gaz, ends[0], a) and _in(gaz, ends[1], b)


# ------------------------------------------------- a compact name's initials spelled out in its own sentence

@pytest.mark.parametrize(("name", "quote", "context", "ends"), [
    # 合 is 合川 and 宜 doubtful by the region's table; the sentence names 合肥 and 宜昌
    ("合宜高铁", "规划中的合宜高铁将连通合肥和宜昌两座城市。", ["新闻"], ("340100", "420500")),
    # an unread pair (盘 and 罗) spelled out as the county-level city and the county it links
    ("盘罗高速", "盘罗高速所连接的盘州是六盘水市下辖的县级市,罗平县则属云南曲靖。", ["贵州日报"],
     ("520281", "530324")),
])
def test_a_compact_name_reads_the_units_its_own_sentence_names(
        gaz: Gazetteer, name: str, quote: str, context: list[str], ends: tuple[str, str]) -> None:
    feature = geocode(_said(name, T.RAILWAY if name.endswith("铁") else T.HIGHWAY, quote), gaz,
                      context=context)
    assert feature.geometry is not None and feature.geometry.geom_type == "LineString"
    a, b = _ends(feature.geometry)
    assert _in(gaz, ends[0], a) and _in(gaz, ends[1], b)


@pytest.mark.parametrize(("name", "quote", "context", "ends"), [
    # a list of lines by initials: 西宁 in it is 西昌—宁南, no city the sentence names
    ("乐西高速", "在建的西香、西宁、乐西、会禄等高速公路共计1000余公里。", ["凉山彝族自治州"],
     ("511100", "513401")),
    # a province's 简称 stays the province (青 of 川青 is 青海, not the 青白江 of its sentence)
    ("川青铁路", "川青铁路起于成都市青白江区,北上进入青海省。", ["新闻"], ("510000", "630000")),
    # a district of the city a character stands for keeps the city (成 of 成渝 is 成都, not 成华区)
    ("成渝高铁", "成渝高铁从成华区引出。", ["新闻"], ("510100", "500000")),
])
def test_a_compact_name_keeps_its_reading_when_its_sentence_says_nothing_else(
        gaz: Gazetteer, name: str, quote: str, context: list[str], ends: tuple[str, str]) -> None:
    feature = geocode(_said(name, T.RAILWAY if name.endswith(("铁", "铁路")) else T.HIGHWAY, quote), gaz,
                      context=context)
    assert feature.geometry is not None
    a, b = _ends(feature.geometry)
    assert _in(gaz, ends[0], a) and _in(gaz, ends[1], b)


def test_two_units_of_one_initial_in_the_sentence_settle_nothing(gaz: Gazetteer) -> None:
    # 宜 beside 泸州 is 宜宾; a sentence naming 宜昌 and 宜春 alike does not move it
    feature = geocode(_said("宜泸高速", T.HIGHWAY, "宜泸高速的车流多来自宜昌、宜春两地。"), gaz,
                      context=["新闻"])
    assert feature.geometry is not None
    a, b = _ends(feature.geometry)
    assert _in(gaz, "511500", a) and _in(gaz, "510500", b)


# ------------------------------------------------- a doubtful initial: the one unit of it the document names

def test_a_doubtful_initial_is_the_unit_of_it_the_document_names(gaz: Gazetteer) -> None:
    from geo.geocode import document_context

    # 开 beside 万州 is 开州 or 开江 (neither twice as near): the news item names 开州 only
    text = ("万州与开州两地同城化发展提速。\n开州区将新建甲乙大道。\n"
            "已有的丙丁高速万开段与国道共同构成区域大通道。\n")
    quote = "已有的丙丁高速万开段与国道共同构成区域大通道。"
    entity = _said("丙丁高速万开段", T.HIGHWAY, quote, ["万开"])
    entity.part_of = "丙丁高速"
    feature = geocode(entity, gaz, context=document_context(["", "同城化发布会"], text, gaz))
    assert feature.geometry is not None and feature.geometry.geom_type == "LineString"
    a, b = _ends(feature.geometry)
    assert _in(gaz, "500101", a) and _in(gaz, "500154", b)
    # a document naming 开州 and 开江 alike settles nothing: the section keeps its one known end
    both = text.replace("开州区将新建", "开江县和开州区将新建")
    feature = geocode(entity, gaz, context=document_context(["", "同城化发布会"], both, gaz))
    assert feature.geometry is None or feature.geometry.geom_type == "Point"


# ------------------------------------------------- words of a sentence run into a line's name

@pytest.mark.parametrize(("name", "ends"), [
    ("14时德阳至遂宁高速公路", ("510600", "510900")),  # an hour (9月29日14时…建成通车)
    ("9月29日14时30分德阳至遂宁高速公路", ("510600", "510900")),
    ("30公里万州至开州快速通道", ("500101", "500154")),  # a length (30公里…已全线通车)
    ("全长12.5公里万州至开州快速通道", ("500101", "500154")),
])
def test_an_hour_or_a_length_before_a_lines_name_is_no_place(gaz: Gazetteer, name: str,
                                                             ends: tuple[str, str]) -> None:
    feature = geocode(_said(name, T.HIGHWAY, f"{name}建成通车。"), gaz, context=["新闻"])
    assert feature.geometry is not None and feature.geometry.geom_type == "LineString"
    a, b = _ends(feature.geometry)
    assert _in(gaz, ends[0], a) and _in(gaz, ends[1], b)


# ------------------------------------------------- a road is not drawn along a river, nor at a province inside a word

def test_a_road_from_a_bridge_over_a_river_is_not_the_river(gaz: Gazetteer) -> None:
    entity = _said("长江大桥至甲乙景区连接道", T.HIGHWAY, "长江大桥至甲乙景区连接道即将开工建设。",
                   ["长江大桥", "甲乙景区"])
    entity.part_of = "长江大桥"
    feature = geocode(entity, gaz, context=["重庆市巫山县人民政府"])
    assert feature.geometry is not None and _in(gaz, "500237", feature.geometry)
    # the river's own waterway is still drawn along it
    river = geocode(_said("长江航道", T.WATERWAY, "长江航道整治工程开工。"), gaz, context=["新闻"])
    assert river.geometry is not None and river.geometry.length > 3


@pytest.mark.parametrize(("name", "adcode"), [
    ("甲乙湖南路改造", "500237"),  # 湖南路 holds 湖南: a street of the county, no province
    ("江西至甲乙公路", "360000"),  # a part that opens with the province names it
])
def test_a_province_inside_a_word_of_a_lines_name_is_no_place_of_it(gaz: Gazetteer, name: str,
                                                                     adcode: str) -> None:
    feature = geocode(_said(name, T.HIGHWAY, f"{name}即将开工。"), gaz, context=["重庆市巫山县人民政府"])
    assert feature.geometry is not None and _in(gaz, adcode, feature.geometry)


def test_a_street_line_in_a_county_plan_stays_in_the_county(gaz: Gazetteer) -> None:
    entity = _said("滨江西路至甲乙二桥", T.HIGHWAY, "已启动滨江西路至甲乙二桥快速公路前期。", ["滨江西路"])
    feature = geocode(entity, gaz, context=["重庆市巫山县人民政府"])
    assert feature.geometry is not None and _in(gaz, "500237", feature.geometry)


# ------------------------------------------------- a province's document: the one county an item's sentence writes

_REPLY = ["重庆市水利局关于第0101号代表建议办理情况的答复函"]  # a 直辖市's document: no city, no county


@pytest.mark.parametrize(("name", "type_", "quote", "context", "adcode"), [
    ("甲乙水库", T.WATER, "尤其是2023年帮助争取增发国债,支持梁平区实施甲乙水库、丙丁水库等项目。", _REPLY, "500155"),
    ("丙丁站", T.RAIL_STATION, "甲乙线二期起于渝北区戊己大道,止于渝北区庚辛沟,设车站3座,分别是丙丁站、"
     "壬癸站、子丑站。", ["重庆市住房城乡建委"], "500112"),
    # a county of 贵州 written with 自治县 after its short form
    ("甲乙水利枢纽工程", T.WATER, "3月25日拍摄的位于紫云自治县的甲乙水利枢纽工程。", ["贵州省水利厅"], "520425"),
])
def test_an_item_of_a_provinces_document_is_at_the_one_county_its_sentence_writes(
        gaz: Gazetteer, name: str, type_: EntityType, quote: str, context: list[str], adcode: str) -> None:
    feature = geocode(_said(name, type_, quote), gaz, context=context)
    assert feature.geometry is not None and _in(gaz, adcode, feature.geometry)
    assert feature.precision.value == "district"  # no finer than the sentence says


@pytest.mark.parametrize(("name", "type_", "quote", "context"), [
    # two counties written: nothing said
    ("甲乙水库", T.WATER, "甲乙水库、丙丁水库等项目分别在梁平区和垫江县。", _REPLY),
    # a county's short form not written as a unit (梁平 of a 梁平 deputy) says nothing either
    ("甲乙水库", T.WATER, "梁平代表提出的甲乙水库建议已收悉。", _REPLY),
    # a line is no point of one county
    ("甲乙高速", T.HIGHWAY, "甲乙高速起于梁平区,全长30公里。", _REPLY),
])
def test_a_provinces_document_says_nothing_without_one_county_written(
        gaz: Gazetteer, name: str, type_: EntityType, quote: str, context: list[str]) -> None:
    from geo.geocode.fallbacks import PROVINCE_COUNTY_NOTE

    feature = geocode(_said(name, type_, quote), gaz, context=context)
    assert not feature.note.startswith(PROVINCE_COUNTY_NOTE)  # (its own clause may still say where)


# ------------------------------------------------- a station's alias is read as its name is; 二线 is no place

@pytest.mark.parametrize(("name", "alias", "context", "adcode"), [
    # 京山南车站: 京山 heads it; 山南 (a city of 西藏) read across 京山 and 南 is no place of it
    ("京山南站", "京山南车站", ["湖北日报"], "420882"),
    ("山南站", "山南车站", ["西藏日报"], "540500"),  # the station of 山南 itself
])
def test_a_stations_alias_is_read_from_its_head(gaz: Gazetteer, name: str, alias: str,
                                                context: list[str], adcode: str) -> None:
    entity = _said(name, T.RAIL_STATION, f"新线设{name}等车站。")
    entity.aliases = [alias]
    feature = geocode(entity, gaz, context=context)
    assert feature.geometry is not None and _in(gaz, adcode, feature.geometry)


def test_a_second_line_word_before_a_sections_end_is_no_place(gaz: Gazetteer) -> None:
    entity = _said("甲乙铁路二线涪陵至怀化段", T.RAILWAY, "加快甲乙铁路二线涪陵至怀化段工程建设。",
                   ["二线涪陵", "怀化"])
    entity.part_of = "甲乙铁路"
    feature = geocode(entity, gaz, context=["新闻"])
    assert feature.geometry is not None and feature.geometry.geom_type == "LineString"
    a, b = _ends(feature.geometry)
    assert _in(gaz, "500102", a) and _in(gaz, "431200", b)


# ------------------------------------------------- a curated station whose short name is also a far town

def test_the_tianfu_station_is_in_chengdu_not_at_a_town_of_that_name(gaz: Gazetteer) -> None:
    # 天府 is also a town of 北碚 (重庆): a 重庆 news item's 天府站 is the station of 成都
    feature = geocode(_said("天府站", T.RAIL_STATION, "甲乙高铁起自成都枢纽在建天府站。", ["天府"]), gaz,
                      context=["重庆市"])
    assert feature.geometry is not None and _in(gaz, "510100", feature.geometry)
    # the town itself, written as one, stays in 北碚
    town = geocode(_said("天府镇甲乙水厂", T.WATER, "天府镇甲乙水厂建成投用。"), gaz,
                   context=["重庆市北碚区人民政府"])
    assert town.geometry is not None and _in(gaz, "500109", town.geometry)


# ------------------------------------------------- an urban rail line named without its city

@pytest.mark.parametrize(("name", "quote", "context", "adcode"), [
    # a shared head's city read into the list: 轨道交通99号线一期 of 成都
    ("轨道交通99号线一期", "要求建成成都城市轨道交通98号线二期、轨道交通99号线一期。", ["十四五规划"], "510100"),
    ("地铁97号线二期", "地铁97号线二期全线贯通,重庆又添一条南北向骨干线路。", ["新闻"], "500000"),
    # no city in its sentence: the document's one city (a 直辖市 counts)
    ("轨道96号线", "轨道96号线北延伸段同步开工。", ["重庆市住房城乡建委"], "500000"),
])
def test_an_urban_rail_line_is_in_the_one_city_its_sentence_or_document_names(
        gaz: Gazetteer, name: str, quote: str, context: list[str], adcode: str) -> None:
    feature = geocode(_said(name, T.RAILWAY, quote), gaz, context=context)
    assert feature.geometry is not None and _in(gaz, adcode, feature.geometry)


def test_an_urban_rail_line_says_nothing_of_two_cities_and_keeps_its_districts_plan(gaz: Gazetteer) -> None:
    two = geocode(_said("轨道交通99号线", T.RAILWAY, "成都、重庆两地轨道交通99号线的经验值得借鉴。"), gaz,
                  context=["新闻"])
    assert two.geometry is None
    # a district's own plan places it at the district, finer than the city
    own = geocode(_said("轨道交通99号线一期", T.RAILWAY, "加快建设轨道交通99号线一期。"), gaz,
                  context=["重庆市沙坪坝区人民政府"])
    assert own.geometry is not None and _in(gaz, "500106", own.geometry)
    # an intercity line is no urban rail of one city
    intercity = geocode(_said("甲乙城际铁路", T.RAILWAY, "成都将加快甲乙城际铁路前期工作。"), gaz,
                        context=["新闻"])
    assert intercity.geometry is None


# ------------------------------------------------- "along the river" after a line's initials

@pytest.mark.parametrize(("name", "ends"), [
    ("沪渝蓉沿江高铁", ("310000", "510100")),  # 上海—重庆—成都, not the 长江 itself
    ("宜攀沿江高速", ("511500", "510400")),  # 宜宾—攀枝花
])
def test_along_the_river_after_a_lines_initials_describes_it(gaz: Gazetteer, name: str,
                                                             ends: tuple[str, str]) -> None:
    type_ = T.RAILWAY if name.endswith("铁") else T.HIGHWAY
    feature = geocode(_said(name, type_, f"{name}加快建设。"), gaz, context=["新闻"])
    assert feature.geometry is not None and feature.geometry.geom_type == "LineString"
    a, b = _ends(feature.geometry)
    assert _in(gaz, ends[0], a) and _in(gaz, ends[1], b)


def test_a_line_named_along_the_river_alone_follows_the_river(gaz: Gazetteer) -> None:
    feature = geocode(_said("沿江高铁", T.RAILWAY, "沿江高铁加快建设。"), gaz, context=["新闻"])
    assert feature.geometry is not None and "长江" in feature.note
