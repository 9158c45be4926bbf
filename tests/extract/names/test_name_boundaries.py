"""Name classes found with invented documents (issue #11 item 1: boundaries, generic words, lists, sections, aliases): every sentence here is
invented for its class (made-up places and items), each class with negatives of nearby shape."""

from __future__ import annotations

import pytest
from extract_helpers import names

# A. A verb of route 接 (joins) before the line it joins, with or without the side of the route
#    ("线路南端接X高速", "接G85"): neither the side nor 接 is part of the line's name.
JOIN_CASES = [
    ("项目起点接G85，终点位于石门镇。", "G85"),
    ("终点接S205。", "S205"),
    ("线路西端接G75兰海高速。", "G75兰海高速"),
    ("南端接青岭高速。", "青岭高速"),
    ("北端接梅溪铁路。", "梅溪铁路"),
    ("线路北端与梅溪铁路相接。", "梅溪铁路"),
]
# Negatives: names that open with 接, 经 or 至 and one more character are whole ("接龙大道"), and a
# route's preposition before a longer name is still dropped ("经青岭高速可达").
JOIN_NEGATIVES = [
    ("接龙大道建成通车。", "接龙大道"),
    ("经开大道建成通车。", "经开大道"),
    ("至善路建成通车。", "至善路"),
    ("新建接龙大道。", "接龙大道"),
    ("经青岭高速可达。", "青岭高速"),
    ("经G75可达。", "G75"),
]


@pytest.mark.parametrize(("sentence", "name"), JOIN_CASES + JOIN_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_line_joined_at_a_routes_end(sentence: str, name: str) -> None:
    assert names(sentence) == [name]


# B. The title of one project's own paper or its approval (可研报告, 初步设计, 环评报告书, 关于…的批复)
#    names that project; a plan's title names no item and stays masked.
PAPER_CASES = [
    ("《青岭至白石高速公路工程可行性研究报告》获批。", ["青岭至白石高速公路"]),
    ("《梅溪水库初步设计》通过审查。", ["梅溪水库"]),
    ("省发改委印发《关于新建青岭至白石铁路初步设计的批复》。", ["青岭至白石铁路"]),
]
PAPER_NEGATIVES = [
    "印发《青岭县综合交通运输发展规划》。",
    "印发《青岭县高速公路网实施方案》。",
    "《关于梅溪高速公路建设规划的批复》印发。",
]


@pytest.mark.parametrize(("sentence", "expected"), PAPER_CASES, ids=lambda c: str(c)[:12])
def test_the_title_of_a_projects_paper_names_it(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize("sentence", PAPER_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_plans_title_names_no_item(sentence: str) -> None:
    assert names(sentence) == []


# C. An ordinal with a measure word before a head ("全县第二条高速公路", "第三座大型水库") counts the
#    place's works; it is no list of counted items and names no item. Negatives: a count after a list
#    ("A、B两条高速公路") still shares its head, and an ordinal without a measure word names ("第二水厂").
ORDINAL_CASES = [
    ("全县第二条高速公路正式通车。", []),
    ("全区第五条高铁开通。", []),
    ("全县第三座大型水库开工。", []),
    ("青岭、白石两条高速公路开工。", ["青岭高速公路", "白石高速公路"]),
    ("青岭、白石、红桥3座大型水库开工。", ["青岭水库", "白石水库", "红桥水库"]),
    ("青岭第二水厂建成。", ["青岭第二水厂"]),
]


@pytest.mark.parametrize(("sentence", "expected"), ORDINAL_CASES, ids=lambda c: str(c)[:12])
def test_an_ordinal_is_no_count_of_a_list(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# D. A line with a preposition of origin (自/从/由) before the site it leaves from ("X铁路自Y站引出",
#    "X线由Z站出发"): two items, the line and the site; the station is not named after the line.
#    Negatives: a place opening with 自 is a name ("自贡站"); a bare head names no line.
ORIGIN_CASES = [
    ("青白铁路自青岭站引出。", ["青白铁路", "青岭站"]),
    ("青岭至白石铁路自青岭西站接出，经白石站。", ["青岭至白石铁路", "青岭西站", "白石站"]),
    ("轨道交通3号线由红桥站出发。", ["轨道交通3号线", "红桥站"]),
    ("梅溪高速从白石互通起。", ["梅溪高速"]),
    ("梅溪城轨快线自城轨快线9号线南端青岭站引出。", ["梅溪城轨快线", "城轨快线9号线", "青岭站"]),
    ("自贡站改造。", ["自贡站"]),
    ("铁路由青岭站引出。", ["青岭站"]),
]


@pytest.mark.parametrize(("sentence", "expected"), ORIGIN_CASES, ids=lambda c: str(c)[:12])
def test_a_line_and_the_site_it_leaves_from(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# E. 城际 before a word of a road or rail service ("A至B城际公交", "城际快巴", "城际列车") names the
#    service, not a line. Negatives: an intercity line, with its head or alone, and a line run like a bus.
INTERCITY_CASES = [
    ("青岭—白石城际公交开通。", []),
    ("开通青岭至白石城际公交。", []),
    ("青岭至白石城际快巴开通。", []),
    ("青岭至白石城际列车开行。", []),
    ("青岭至白石城际铁路开工。", ["青岭至白石城际铁路"]),
    ("青岭至白石城际建成。", ["青岭至白石城际"]),
    ("青岭至白石城际公交化运营。", ["青岭至白石城际"]),
]


@pytest.mark.parametrize(("sentence", "expected"), INTERCITY_CASES, ids=lambda c: str(c)[:12])
def test_an_intercity_service_is_no_line(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# F. More sections of a line listed after its first one, named by one place ("X高速青岭段、白石段") as
#    well as by two ("A至B段"); a stretch named by its role in the works ("施工段", "试验段") is no section.
SECTION_CASES = [
    ("梅溪高速青岭段、白石段开工。", ["梅溪高速青岭段", "梅溪高速白石段"]),
    ("梅溪高速公路青岭段和白石段建成。", ["梅溪高速公路青岭段", "梅溪高速公路白石段"]),
    ("梅溪高速云台至双河段、白石段开工。", ["梅溪高速云台至双河段", "梅溪高速白石段"]),
    ("梅溪高速青岭段、双河至柳湾段开工。", ["梅溪高速青岭段", "梅溪高速双河至柳湾段"]),
    ("梅溪高速青岭段、白石大桥开工。", ["梅溪高速青岭段", "白石大桥"]),
    ("梅溪高速青岭段、试验段开工。", ["梅溪高速青岭段"]),
    ("梅溪高速青岭段、重点路段开工。", ["梅溪高速青岭段"]),
    ("梅溪高速施工段开工。", ["梅溪高速"]),
]


@pytest.mark.parametrize(("sentence", "expected"), SECTION_CASES, ids=lambda c: str(c)[:12])
def test_sections_listed_after_a_lines_first_section(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# G. Verbs of signing an agreement about the item after them ("两县签订X高速合作协议").
SIGN_CASES = [
    ("青岭县与白石县签订梅溪高速合作协议。", ["梅溪高速"]),
    ("两地签署梅溪水库建设框架协议。", ["梅溪水库"]),
    ("青岭县政府与某集团签约白石物流园项目。", ["白石物流园"]),
    ("签订仪式在梅溪大桥举行。", ["梅溪大桥"]),
]


@pytest.mark.parametrize(("sentence", "expected"), SIGN_CASES, ids=lambda c: str(c)[:12])
def test_a_verb_of_signing_ends_a_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# H. Flood-control works on a river named by the river or its stretch ("X河Y段防洪治理工程",
#    "X河护岸工程"): water works, the whole name kept (it gave the river alone or nothing).
#    Negatives: the kind alone or counted names no item.
FLOOD_CASES = [
    ("实施梅溪河青岭段防洪治理工程。", ["梅溪河青岭段防洪治理工程"]),
    ("梅溪河防洪治理工程开工。", ["梅溪河防洪治理工程"]),
    ("实施长江青岭段防洪护岸工程。", ["长江青岭段防洪护岸工程"]),
    ("梅溪河护岸工程完工。", ["梅溪河护岸工程"]),
    ("青岭城区防洪工程开工。", ["青岭城区防洪工程"]),
    ("加强防洪治理工程建设。", []),
    ("实施一批护岸工程。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), FLOOD_CASES, ids=lambda c: str(c)[:12])
def test_flood_control_works_on_a_river(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# I. A line's stretch passing by or around a place ("S205青岭过境段", "X城区过境段", "绕城段") is a
#    section of the line; the place must be a section's place (negative: a bare 城区 is no place).
BYPASS_CASES = [
    ("S205青岭过境段建成。", ["S205青岭过境段"]),
    ("国道350线白石城区过境段改造。", ["国道350线白石城区过境段"]),
    ("梅溪高速红桥绕城段开工。", ["梅溪高速红桥绕城段"]),
    ("G350城区过境段建成。", ["G350"]),
]


@pytest.mark.parametrize(("sentence", "expected"), BYPASS_CASES, ids=lambda c: str(c)[:12])
def test_a_bypass_stretch_is_a_section(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# J. A numbered line of a metropolitan express network ("城轨快线9号线", "市域快线3号线") names
#    itself, as "轨道交通9号线" does. Negatives: the network's word alone names no line.
EXPRESS_CASES = [
    ("城轨快线9号线开工。", ["城轨快线9号线"]),
    ("接入城轨快线9号线。", ["城轨快线9号线"]),
    ("市域快线3号线开工。", ["市域快线3号线"]),
    ("梅溪城轨快线开工。", ["梅溪城轨快线"]),
    ("推进城轨快线建设。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), EXPRESS_CASES, ids=lambda c: str(c)[:12])
def test_a_numbered_express_line_names_itself(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# K. A news report's opening: a paper's dateline (本报讯, X日报讯), a reporter's byline in brackets,
#    and a headline's verb of showing (直击, 走进, 实探) are no part of the item after them.
#    Negatives: a byline inside a caption after the name, and a name whose words are no such verb.
NEWS_LEAD_CASES = [
    ("本报讯（记者 王五）白石水库昨日开工。", ["白石水库"]),
    ("本报讯（记者 王五 通讯员 赵六）梅溪大桥通车。", ["梅溪大桥"]),
    ("（记者 王五）青岭港二期开港。", ["青岭港二期"]),
    ("青岭日报讯（记者 王五）梅溪大桥通车。", ["梅溪大桥"]),
    ("直击梅溪水库建设现场", ["梅溪水库"]),
    ("走进青岭港", ["青岭港"]),
    ("实探白石隧道", ["白石隧道"]),
    ("梅溪大桥（记者 王五摄）通车。", ["梅溪大桥"]),
]


@pytest.mark.parametrize(("sentence", "expected"), NEWS_LEAD_CASES, ids=lambda c: str(c)[:12])
def test_a_news_reports_opening_is_no_part_of_a_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# L. Phases listed after an item's phase ("X港一期、二期工程", "X水库一期工程和二期工程"): each phase is
#    an item named with the item, as the reference codes phases. Negatives: another item after a
#    phase is its own, and a list of a system's lines keeps each line.
PHASE_CASES = [
    ("青岭港一期、二期工程建成。", ["青岭港一期", "青岭港二期"]),
    ("梅溪水库一期工程和二期工程开工。", ["梅溪水库一期", "梅溪水库二期"]),
    ("梅溪大道一期、二期、三期工程建成。", ["梅溪大道一期", "梅溪大道二期", "梅溪大道三期"]),
    ("梅溪大道一期、白石大桥建成。", ["梅溪大道一期", "白石大桥"]),
    ("轨道交通9号线二期、10号线二期开工。", ["轨道交通9号线二期", "轨道交通10号线二期"]),
]


@pytest.mark.parametrize(("sentence", "expected"), PHASE_CASES, ids=lambda c: str(c)[:12])
def test_phases_listed_after_an_items_phase(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# M. A project word between a line and its section's bracket ("X高速公路项目（青岭段）",
#    "X铁路工程（A至B段）"): the section is the item. Negatives: other brackets after the project word.
PROJECT_SECTION_CASES = [
    ("青岭至白石高速公路项目（青岭段）开工。", ["青岭至白石高速公路青岭段"]),
    ("梅溪铁路工程（白石至红桥段）开工。", ["梅溪铁路白石至红桥段"]),
    ("梅溪高速（青岭段）建成。", ["梅溪高速青岭段"]),
    ("梅溪高速公路项目（以下简称“梅溪项目”）开工。", ["梅溪高速公路"]),
    ("梅溪铁路工程（在建）。", ["梅溪铁路"]),
]


@pytest.mark.parametrize(("sentence", "expected"), PROJECT_SECTION_CASES, ids=lambda c: str(c)[:12])
def test_a_section_in_brackets_after_a_project_word(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# N. A place's water-supply integration works ("X县城乡供水一体化工程") are a water item; the policy
#    without 工程/项目, and the works of no place, name none.
SUPPLY_CASES = [
    ("青岭县城乡供水一体化工程开工。", ["青岭县城乡供水一体化工程"]),
    ("梅溪流域城乡供水一体化项目建成。", ["梅溪流域城乡供水一体化项目"]),
    ("推进城乡供水一体化。", []),
    ("实施城乡供水一体化工程。", []),
    ("推进一批城乡供水一体化项目。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), SUPPLY_CASES, ids=lambda c: str(c)[:12])
def test_water_supply_integration_works_of_a_place(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# O. Places with their suffix listed before a shared head ("白石镇、红桥镇污水处理厂", "A区、B区水厂"):
#    each is an item (the first was lost: its suffix read as a generic word). Negatives: generic
#    areas (城区、园区; 新区、老区) name no item.
SUFFIXED_LIST_CASES = [
    ("白石镇、红桥镇污水处理厂建成。", ["白石镇污水处理厂", "红桥镇污水处理厂"]),
    ("白石乡、红桥乡水厂建成。", ["白石乡水厂", "红桥乡水厂"]),
    ("白石镇和红桥镇污水处理厂建成。", ["白石镇污水处理厂", "红桥镇污水处理厂"]),
    ("綦江区、江津区污水处理厂建成。", ["綦江区污水处理厂", "江津区污水处理厂"]),
    ("城区、园区污水处理厂建成。", []),
    ("串联起青岭机场、南岸区、梅溪大桥等区域。", ["青岭机场", "梅溪大桥"]),
    ("新区、老区水厂建成。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), SUFFIXED_LIST_CASES, ids=lambda c: str(c)[:12])
def test_places_with_their_suffix_before_a_shared_head(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# P. A second name in apposition after 又称/也称/俗称/又名 ("X高速公路，又称“Y高速”，…") is an alias of
#    the item, not a second item, and the word is no part of it. Negatives: 即 as before, and a list
#    joined by 以及 keeps two items.
APPOSITION_CASES = [
    ("青岭至白石高速公路，又称“青白高速”，建成通车。", ["青岭至白石高速公路"]),
    ("梅溪水库，俗称白石大坝水库，建于1970年。", ["梅溪水库"]),
    ("青岭至白石铁路，也称青白铁路，正在建设。", ["青岭至白石铁路"]),
    ("青岭至白石铁路，即青白铁路开工。", ["青岭至白石铁路"]),
    ("青岭至白石铁路，以及梅溪铁路开工。", ["青岭至白石铁路", "梅溪铁路"]),
]


@pytest.mark.parametrize(("sentence", "expected"), APPOSITION_CASES, ids=lambda c: str(c)[:12])
def test_a_second_name_in_apposition_is_an_alias(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# Q. Verbs of joining with their resultative 起 ("串联起X机场", "连接起A港与B港", "架起Y大桥") end a
#    name on their left. Negative: 起 opening a name ("起凤大桥").
JOINING_CASES = [
    ("串起青岭机场和梅溪大桥。", ["青岭机场", "梅溪大桥"]),
    ("连接起青岭港与白石港。", ["青岭港", "白石港"]),
    ("架起梅溪大桥。", ["梅溪大桥"]),
    ("起凤大桥建成。", ["起凤大桥"]),
]


@pytest.mark.parametrize(("sentence", "expected"), JOINING_CASES, ids=lambda c: str(c)[:12])
def test_a_verb_of_joining_with_qi_ends_a_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# R. 计划 followed by a month or another time word is the verb of the item's clause ("X计划9月建成通车"):
#    the item was lost as if it were a plan named after it; a plan named after an item stays no item.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("石溪大桥计划9月建成通车。", ["石溪大桥"]),
        ("石溪水库计划8月开工。", ["石溪水库"]),
        ("石溪大桥计划九月建成。", ["石溪大桥"]),
        ("石溪大桥计划上半年完工。", ["石溪大桥"]),
        ("编制石溪水库计划。", []),
        ("石溪港计划编制完成。", []),
    ],
)
def test_plan_verb_before_a_month(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# T. 路 followed by 基 (roadbed) or 况 (road conditions) is a word of works or state, not a road's head:
#    "完成X水库路基施工" gave a road "X水库路"; "X公路路基" gave "X公路路". 路基础设施 still ends a road.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成石溪水库路基施工。", ["石溪水库"]),
        ("完成白沙至石门公路路基施工。", ["白沙至石门公路"]),
        ("石溪路况良好。", []),
        ("加快石溪路建设。", ["石溪路"]),
        ("石溪路基础设施完善。", ["石溪路"]),
    ],
)
def test_roadbed_is_no_road(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# U. A name that opens with 和 (和平, 和顺, 和兴) after its county or at the clause's start: with one
#    character only between 和 and the head, 和 is the name's first character ("X县和平水库" gave
#    "平水库"). Negatives: 和 joining two items, or two places sharing a head, still splits.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青岭县和平水库开工建设。", ["青岭县和平水库"]),
        ("白石县和顺大桥建成通车。", ["白石县和顺大桥"]),
        ("红桥区和兴污水处理厂建成投用。", ["红桥区和兴污水处理厂"]),
        ("和平水库开工建设。", ["和平水库"]),
        ("新建和顺大桥。", ["和顺大桥"]),
        ("梅溪水库和白石水库同步开工。", ["梅溪水库", "白石水库"]),
        ("青岭大桥和白石大桥建成通车。", ["青岭大桥", "白石大桥"]),
        ("白石镇和红桥镇污水处理厂建成投用。", ["白石镇污水处理厂", "红桥镇污水处理厂"]),
        ("梅溪和白石水库开工。", ["梅溪水库", "白石水库"]),
    ],
)
def test_a_name_opening_with_he(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# V. A river a counted or 等 list's shared crossing head names ("A、B两座长江大桥", "A、B等嘉陵江隧道")
#    is part of each item's name, as the reference keeps a shared head's qualifier: the river was dropped
#    ("A大桥"). Negatives: words of crossing in general (跨江, 过江) and sizes are no river of the name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青岭、白石两座长江大桥开工。", ["青岭长江大桥", "白石长江大桥"]),
        ("青岭、白石等长江大桥开工。", ["青岭长江大桥", "白石长江大桥"]),
        ("梅溪、红桥两座嘉陵江大桥建成通车。", ["梅溪嘉陵江大桥", "红桥嘉陵江大桥"]),
        ("梅溪、红桥两座乌江特大桥建成通车。", ["梅溪乌江特大桥", "红桥乌江特大桥"]),
        ("梅溪、红桥两条长江隧道开工建设。", ["梅溪长江隧道", "红桥长江隧道"]),
        ("梅溪、红桥两座过江大桥开工建设。", ["梅溪大桥", "红桥大桥"]),
        ("青岭、白石两座跨江大桥开工。", ["青岭大桥", "白石大桥"]),
        ("梅溪、红桥2座中型水库开工建设。", ["梅溪水库", "红桥水库"]),
        ("梅溪、红桥两座大桥开工建设。", ["梅溪大桥", "红桥大桥"]),
    ],
)
def test_a_shared_crossing_head_keeps_its_river(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# W. A preposition or conjunction opening the clause before a name, told by the clause's shape
#    (自X…以来/起/后, 若/如X能/如期/顺利…, 沿X一线/两侧/布局/建设): "自X机场通航以来" gave "自X机场".
#    Not a plain stop list: names that open with the character are places (自贡, 沿滩, 若尔盖), have one
#    character before the head (沿江高速, 自来水厂, 如意大道) or come with no such clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("自青岭机场通航以来，旅客吞吐量稳步增长。", ["青岭机场"]),
        ("自白石大桥建成通车以来，两岸交通更加便捷。", ["白石大桥"]),
        ("自红桥港二期投用后，吞吐量翻番。", ["红桥港二期"]),
        ("若红桥大桥能如期建成，将大大缩短通行时间。", ["红桥大桥"]),
        ("若青岭水库能在年内完工，将解决十万人饮水问题。", ["青岭水库"]),
        ("如白石机场能顺利通航，将带动旅游发展。", ["白石机场"]),
        ("沿梅溪高速布局一批物流园区。", ["梅溪高速"]),
        ("沿青岭铁路一线建设产业带。", ["青岭铁路"]),
        ("沿白石大道两侧打造商业街区。", ["白石大道"]),
        ("成自宜高铁加快建设。", ["成自宜高铁"]),
        ("自贡机场建成通航。", ["自贡机场"]),
        ("自来水厂建成投用以来运行良好。", ["自来水厂"]),
        ("沿江高速建成通车。", ["沿江高速"]),
        ("沿江高速沿线布局产业园。", ["沿江高速"]),
        ("沿滩大桥建成以来运行良好。", ["沿滩大桥"]),
        ("如意大道建成通车。", ["如意大道"]),
        ("若尔盖机场建成通航。", ["若尔盖机场"]),
    ],
)
def test_a_lead_word_told_by_its_clause(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# X. Another phase of an item opening the next clause with its own predicate ("X一期已投入运营，二期正在
#    建设", "X港一期已建成，二期计划明年开工") is an item named with the item: it was lost. Negatives: a
#    phase's plan or money (二期的规划, 二期投资), a phase with a head of its own (三期码头), the same phase.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青岭物流园一期已投入运营，二期正在建设。", ["青岭物流园一期", "青岭物流园二期"]),
        ("白石港一期已建成，二期计划明年开工。", ["白石港一期", "白石港二期"]),
        ("梅溪水厂一期工程已投产，二期工程正在加紧施工。", ["梅溪水厂一期", "梅溪水厂二期"]),
        ("白石港一期已建成，二期的规划也在编制中。", ["白石港一期"]),
        ("白石港一期已建成，三期码头由红桥集团投资。", ["白石港一期"]),
        ("白石港二期已建成，二期投资达5亿元。", ["白石港二期"]),
    ],
)
def test_a_phase_opening_the_next_clause(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# Y. Verbs of a news headline's effort or tribute before the works (奋战, 鏖战, 冲刺, 助力, 致敬, 见证 …) end
#    a name on their left, as 直击/走进 do: "奋战X建设一线" gave "奋战X".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("奋战青岭至白石高速公路建设一线。", ["青岭至白石高速公路"]),
        ("鏖战梅溪水库工地。", ["梅溪水库"]),
        ("冲刺青岭至白石高速公路年底通车目标。", ["青岭至白石高速公路"]),
        ("助力白石机场早日通航。", ["白石机场"]),
        ("致敬青岭至白石高速公路建设者。", ["青岭至白石高速公路"]),
        ("见证青岭至白石高速公路通车时刻。", ["青岭至白石高速公路"]),
        ("打响青岭至梅溪铁路建设攻坚战。", ["青岭至梅溪铁路"]),
    ],
)
def test_a_headline_verb_of_effort_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# Z. Sentence adverbs and sources written without a comma before the item (此外, 另外, 眼下, 近期, 以来,
#    据介绍, 据了解): "此外X水库也已开工" gave "外X水库", "今年以来X" gave "来X".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("此外梅溪水库也已开工。", ["梅溪水库"]),
        ("另外青岭大桥已建成。", ["青岭大桥"]),
        ("眼下青岭至白石高速公路正在铺设路面。", ["青岭至白石高速公路"]),
        ("近期青岭至白石高速公路将全线通车。", ["青岭至白石高速公路"]),
        ("今年以来梅溪水库完成投资3亿元。", ["梅溪水库"]),
        ("据介绍青岭至白石高速公路全长45公里。", ["青岭至白石高速公路"]),
        ("2020年以来青岭港吞吐量稳步增长。", ["青岭港"]),
    ],
)
def test_a_sentence_adverb_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AA. A photo's or a text's credit in brackets before the name ("（图片来源：X融媒体中心）", "(图/张三)",
#     "（摄影 李四）", "(来源:X日报)") is no part of it, as a reporter's byline is not. Negatives: a bracket
#     after the name, a list number.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（图片来源：青岭县融媒体中心）青岭大桥夜景。", ["青岭大桥"]),
        ("(图/张三)梅溪水库全景。", ["梅溪水库"]),
        ("（摄影 李四）白石机场航站楼。", ["白石机场航站楼"]),
        ("(来源:青岭日报)青岭至白石高速公路建成通车。", ["青岭至白石高速公路"]),
        ("青岭大桥(主桥)合龙。", ["青岭大桥"]),
        ("（一）青岭至白石高速公路。", ["青岭至白石高速公路"]),
    ],
)
def test_a_credit_in_brackets_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AB. Heading for a place: 去往, 通往, 驶往, 飞往, 往来 end a name on their left; 向 and 往 alone by the
#     clause's shape (向X集聚/延伸/方向, 往X方向/的车辆), since 向 opens names (向阳大道, 向家坝).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("向白石港集聚的货物持续增加。", ["白石港"]),
        ("往青岭站方向的车辆排起长队。", ["青岭站"]),
        ("去往白石机场的旅客增多。", ["白石机场"]),
        ("通往梅溪水库的道路已硬化。", ["梅溪水库"]),
        ("往来青岭港的船舶增多。", ["青岭港"]),
        ("向阳大道建成通车。", ["向阳大道"]),
        ("向家坝水库蓄水。", ["向家坝水库"]),
    ],
)
def test_heading_for_a_place_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AC. A road closed, mended, given way or opened through (封路, 修路, 让路, 开路) is an event, no road's head: "施工期间还会封路"
#     gave a road "施工期间还会封路". Seizing the weather or the season (抢抓, 天气, 黄金期, 窗口期) written
#     without a comma ends a name on its left: "抢抓晴好天气X大桥加快施工" gave "抢抓晴好天气X大桥".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("施工期间还会封路。", []),
        ("建设者们逢山开路、遇水架桥。", []),
        ("争当开路先锋。", []),
        ("青岭县开路镇公路改造。", ["青岭县开路镇公路"]),
        ("周末将临时封路。", []),
        ("白石镇正在修路。", []),
        ("青岭县修建白石路。", ["白石路"]),
        ("红桥路改造完成。", ["红桥路"]),
        ("抢抓晴好天气青岭大桥加快施工。", ["青岭大桥"]),
        ("抢抓有利天气梅溪水库大坝加紧浇筑。", ["梅溪水库"]),
        ("抢抓施工黄金期白石机场跑道全面铺设。", ["白石机场跑道"]),
    ],
)
def test_road_events_and_the_weather_name_nothing(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AE. An item in apposition after a ranked kind ("我县首条高速公路X高速公路", "首座大型水库Y水库", "全市首个
#     通用机场Z机场") is named by what follows the kind: the item was lost. The ranked kind alone names
#     nothing; an ordinal without a measure word is part of a name (第二水厂).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我县首条高速公路青岭至白石高速公路通车。", ["青岭至白石高速公路"]),
        ("全县第二条高速公路白石至红桥高速公路开工。", ["白石至红桥高速公路"]),
        ("首座大型水库梅溪水库下闸蓄水。", ["梅溪水库"]),
        ("全市首个通用机场白石机场通航。", ["白石机场"]),
        ("全县第二条高速公路正式通车。", []),
        ("青岭第二水厂建成。", ["青岭第二水厂"]),
    ],
)
def test_an_item_after_a_ranked_kind(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AF. A phase right after a section ("X高速重庆段一期", "Y铁路四川段一期工程") is the item, named with the section:
#     the phase was dropped ("X高速重庆段"), and its year went to the whole section. Its long form links to it
#     ("X(甲)Y(乙)高速公路重庆段一期" folds to X Y高速重庆段一期).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青岭至白石高速公路青岭段一期建成通车。", ["青岭至白石高速公路青岭段一期"]),
        ("梅溪高速重庆段二期开工建设。", ["梅溪高速重庆段二期"]),
        ("白石铁路四川段一期工程开工。", ["白石铁路四川段一期"]),
        ("梅溪高速重庆段全长90公里。", ["梅溪高速重庆段"]),
    ],
)
def test_a_sections_phase(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_sections_phase_links_across_spellings() -> None:
    from geo.extract.linking.name_forms import variant_key

    assert variant_key("梅(川)溪(岳)高速公路重庆段一期") == variant_key("梅溪高速重庆段一期")
    assert variant_key("梅溪高速公路重庆段") == variant_key("梅溪高速重庆段")
    assert variant_key("青岭至白石高速公路") == "青岭至白石高速"


# AG. A development zone's head right before 段 ("X高速甲新城段", "Y公路乙高新区段") names the stretch of the line
#     crossing the zone, not the zone: one line section, no park. Negatives: the zone named alone stays a park.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加快推进梅溪高速石门新城段改线前期工作。", ["梅溪高速石门新城段"]),
        ("梅溪高速公路青岭高新区段将于年内建成。", ["梅溪高速公路青岭高新区段"]),
        ("梅溪高速公路青岭新区段和白石新城段已建成。", ["梅溪高速公路青岭新区段", "梅溪高速公路白石新城段"]),
        ("青岭新区是省级新区。", ["青岭新区"]),
        ("加快建设石门新城。", ["石门新城"]),
        ("白石经开区建成投用。", ["白石经开区"]),
    ],
)
def test_a_lines_stretch_through_a_zone(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AH. 路 opening a word of its own heads no road: a road's surface, state or upkeep ("路容路貌", "路政", "路肩") and
#     sayings ("山无好路路难行", "开路先锋"). Negatives: a road named before such a word stays ("甲乙路路面改造").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("保持公路良好的技术状态和路容路貌。", []),
        ("山无好路路难行。", []),
        ("发挥好开路先锋作用。", []),
        ("加强路政和路肩管理。", []),
        ("青岭路路面改造完成。", ["青岭路"]),
        ("加强梅溪路路政管理。", ["梅溪路"]),
        ("新建青岭路。", ["青岭路"]),
    ],
)
def test_a_word_opening_with_road_is_no_road(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AI. A station list whose item is a place with 至 in its own name (a county of the place lexicon): the 至 is the
#     place's, not a route's joiner, so the list keeps its items. Negative: 至 between two places still ends the list
#     ("A站经B至C和D站…": a route).
def test_a_station_list_keeps_a_place_named_with_zhi() -> None:
    from geo.extract import lexicon as lx

    place = next(p for p in sorted(lx.PLACES) if "至" in p)  # read from the place lexicon, not written here
    assert names(f"全线设青岭、{place}、白石3座车站。") == ["青岭站", f"{place}站", "白石站"]
    assert names("开行青岭站经白石至梅溪和铜梁东站的列车。") == ["青岭站", "铜梁东站"]


# AJ. Verbs whose object is an effect, a study or a picture of a kind ("拉动高速公路沿线经济", "深入分析铁路网布局",
#     "绘就高铁图景"), a topic before its news ("公路方面…"), a determiner of a stretch or of some sites ("那段路",
#     "相关站场") open no name. Negatives: a named item after them keeps its name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("项目建成后将拉动高速公路沿线乡镇经济发展。", []),
        ("要深入分析铁路网布局。", []),
        ("五最绘就高铁图景。", []),
        ("公路方面主城区高速成环。", []),
        ("家门口的那段路修好了。", []),
        ("调研组前往青岭市相关站场踏勘。", []),
        ("项目将拉动青岭高速沿线经济。", ["青岭高速"]),
        ("交通方面,青岭高速建成通车。", ["青岭高速"]),
    ],
)
def test_verbs_of_effect_and_determiners_open_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AK. A bracketed note of a border after a route's end ("甲至乙(川渝界)高速公路") is no part of the line's name
#     (the reference and dev code the name without it). Negative: another bracket stays as written.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青岭至白石(川渝界)高速公路建成。", ["青岭至白石高速公路"]),
        ("青岭至白石(省界)公路开工。", ["青岭至白石公路"]),
        ("青岭至白石(二期)高速公路开工。", ["青岭至白石(二期)高速公路"]),
    ],
)
def test_a_border_note_in_a_route_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AL. A city's rail hub written before one of its stations ("引入甲枢纽甲东站") is no part of the station's name;
#     the parts a line sets, listed after another list of parts the same verb sets ("设A等19处互通式立交、B等15处匝道
#     收费站"), are the line's design, no items. Negatives: a station named 枢纽站 alone; parts built ("建设…收费站").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("线路向西引入青岭枢纽青岭东站。", ["青岭东站"]),
        ("线路引入青岭铁路枢纽青岭西站。", ["青岭西站"]),
        ("全线设梅溪互通等19处互通式立交、白石等15处匝道收费站。", []),
        ("建设青岭互通等3处互通、白石等2处收费站。", ["白石收费站"]),
    ],
)
def test_a_hub_before_its_station_and_a_lines_design(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AM. A part of a month written before an item without a comma ("8月中旬船闸…", "9月上旬X大桥…") opens no name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("确保8月中旬船闸主体工程开工建设。", []),
        ("确保9月上旬青岭大桥主体工程开工建设。", ["青岭大桥"]),
        ("确保9月下旬白石大桥开工。", ["白石大桥"]),
    ],
)
def test_a_part_of_a_month_opens_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AN. A trunk road named by the places it joins ("甲至乙干线公路", "甲—乙—丙干线公路") is an item, though 干线公路 alone
#     is the kind; the works' own name in quotes right after them ("X干线公路工程“Y大道”") is the same item. Negatives:
#     a scope's or a class's trunk roads ("全县干线公路", "农村干线公路"); a quoted name of another kind stays apart.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青岭至白石干线公路建成通车。", ["青岭至白石干线公路"]),
        ("梅溪—石桥—方洞干线公路已升级为省道。", ["梅溪—石桥—方洞干线公路"]),
        ("全县干线公路建成通车。", []),
        ("完善农村干线公路。", []),
        ("投资新建青岭至白石干线公路工程“梅溪大道”。", ["青岭至白石干线公路"]),
        ("新建青岭港工程“白石大道”同步开工。", ["青岭港", "白石大道"]),
    ],
)
def test_a_trunk_road_named_by_its_places(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AO. A bare 枢纽 whose works resume shipping ("Y枢纽复航建设") or whose dam a stretch is told from ("Y枢纽坝下",
#     "Y枢纽下游10公里") is a river's navigation hub, as with 通航 after it. Negatives: a rail hub's line, a transport
#     hub, stay what they are.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("启动石门、青岭枢纽复航建设。", ["石门枢纽", "青岭枢纽"]),
        ("对白石枢纽坝下滩险进行整治。", ["白石枢纽"]),
        ("项目位于梅溪枢纽下游10公里。", ["梅溪枢纽"]),
        ("青岭交通枢纽上游。", []),
    ],
)
def test_a_navigation_hub_by_its_shipping_or_its_dam(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AP. A city's rail ring named by its mode and side or order ("铁路西环线", "市郊铁路东环线X段", "铁路二环线") or its
#     metro's ring ("轨道环线") is a railway, as a city's ring road named by its role is a road. Negatives: "铁路环线"
#     alone is a kind; a highway's ring is not a railway.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加快建设铁路西环线。", ["铁路西环线"]),
        ("轨道环线全线贯通。", ["轨道环线"]),
        ("市郊铁路东环线青岭段开工。", ["市郊铁路东环线青岭段"]),
        ("发展铁路环线旅游。", []),
        ("高速公路环线建成。", []),
    ],
)
def test_a_citys_rail_ring(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AQ. A railway's goods yard or container terminal named by its place ("X铁路货场", "X综合货场", "X铁路集装箱中心站")
#     is a rail station (a yard), not the railway before it. Negative: 货场 alone is a kind.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我市将加快建成青岭铁路货场。", ["青岭铁路货场"]),
        ("白石综合货场建成投用。", ["白石综合货场"]),
        ("梅溪铁路集装箱中心站建成。", ["梅溪铁路集装箱中心站"]),
        ("完善货场布局。", []),
    ],
)
def test_a_railways_goods_yard(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AR. A list of names counted as a line's stops ("设有A、B、C3个站点"): each a station, as before "N座车站". Negatives:
#     stops counted with no names, and a kind of stop ("公交站点") stay none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全线设青岭、白石、梅溪3个站点。", ["青岭站", "白石站", "梅溪站"]),
        ("新增3个站点。", []),
        ("全市共有公交站点300个。", []),
    ],
)
def test_stops_counted_after_their_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# AS. An office or a base of a waterway's upkeep ("X航道维护基地", "X航道处", "X航道管理站") is no waterway. Negatives:
#     the waterway and its regulation works stay.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("建设石门、白石航道维护基地。", []),
        ("青岭航道处加强管理。", []),
        ("督促石门、白石船闸处加强维护。", []),
        ("青岭船闸建成。", ["青岭船闸"]),
        ("青岭航道建成。", ["青岭航道"]),
        ("青岭航道整治工程开工。", ["青岭航道整治工程"]),
    ],
)
def test_a_waterways_office_is_no_waterway(text: str, expected: list[str]) -> None:
    assert names(text) == expected
