"""Name rules that generalise (issue #11 items 1 and 4): classes of text, invented sentences.

Every case is a sentence made up for its class; each class has positives (the item that must
still be found) and negatives (no core item). The classes come from the false positives of
the blind dev split (tests/data/blind/dev), never from the frozen test split.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names, plain

from geo.extract import extract

# A. A place's, a scope's or a plan's sector of a mode ("云南省铁路", "全县铁路", "省“十四五”公路"):
#    a network or a chapter of a plan, not one item. Two abbreviations still name a line.
SECTOR_NEGATIVES = [
    "完善湖南省铁路主骨架格局。",
    "推动遵义铁路、公路、水运协调发展。",
    "认真研究全县铁路项目纳规事宜。",
    "该路已纳入省“十四五”公路发展规划。",
    "建议列入国家和省“十五五”铁路发展规划。",
    "感受该市高速路建设的开门红。",
    "全州高速公路通车里程突破800公里。",
    "加快构建江西省铁路主骨架。",  # a province written with 省: one place, even of two abbreviations
]
SECTOR_POSITIVES = [
    ("加快建设渝湘铁路。", "渝湘铁路"),
    ("黔桂铁路扩能改造工程开工。", "黔桂铁路"),
    ("推进万州至黔江铁路前期工作。", "万州至黔江铁路"),
]

# B. A kind of item described by its grade, size, lanes or parts ("四级公路", "八车道高速公路",
#    "4C级民航机场", "机场航站楼", "作业区码头"), or by a determiner or a vague quantity
#    ("整个机场", "不少高速公路", "这些高速公路"): no item is named.
KIND_NEGATIVES = [
    "新改建四级公路3.5公里。",
    "全镇完成二级公路改造20公里。",
    "建成后将成为首条八车道高速公路大通道。",
    "新机场为4C级民航机场。",
    "机场航站楼的外观如竹笋。",
    "高标准建设作业区码头。",
    "实施高速公路互通连接线38公里。",
    "整个机场设计在园林中重现自然风光。",
    "已有不少高速公路提前完成通车。",
    "记者探访多处高速公路建设现场。",
    "今年全省要建这些高速公路。",
    "该路为村道公路。",
    "建成西南地区最长的跨江大桥。",  # what it crosses describes a kind of bridge
]
KIND_POSITIVES = [
    ("万州机场航站楼改扩建工程开工。", "万州机场航站楼"),
    ("奉节港夔门作业区码头建成。", "奉节港夔门作业区码头"),
    ("綦江至万盛高速公路互通连接线开工。", "綦江至万盛高速公路互通连接线"),
    ("涪陵跨江大桥建成通车。", "涪陵跨江大桥"),
    ("建设万州新田港国家物流枢纽。", "万州新田港"),  # a designation after a site names the site
]

# C. Slogans: qualities or counts of a plan ("平安机场、绿色机场", "四高三铁一江一机场",
#    "四环二十二射"), not items.
SLOGAN_NEGATIVES = [
    "全力打造平安机场、绿色机场、智慧机场、和谐机场。",
    "加快推进平安智慧高速等项目建设。",
    "实施内容包括建设小康路1200公里、四好农村路800公里。",
    "基本建成“四高两铁一江一机场”对外大通道。",
    "到2025年形成“五纵七横两联”高速公路网。",
    "是重庆“三环十射多联线”高速路网的重要射线。",
    "实现市市通高铁、县县通高速。",
    "构建东西向高速公路大通道。",
]
SLOGAN_POSITIVES = [
    ("开工建设三环高速铜梁至永川段。", "三环高速铜梁至永川段"),
    ("万州幸福大道改造完成。", "万州幸福大道"),
    ("内环快速路改造完成。", "内环快速路"),
]

# D. A news verb, an adverb or a time span glued to the left of a name: the name starts after it.
GLUE_CASES = [
    ("泸州市强力攻坚铁路通道建设。", []),
    ("设计时兼顾公路沿线文化元素。", []),
    ("鸟瞰巫山机场。", ["巫山机场"]),
    ("记者探访涪陵至丰都高速公路建设现场。", ["涪陵至丰都高速公路"]),
    ("两段分别与成渝高铁、渝万高铁共线。", ["成渝高铁", "渝万高铁"]),
    ("2021-2023年下达城口至开州高速公路补助资金。", ["城口至开州高速公路"]),
    ("2021—2025年实施酉阳至沿河高速公路。", ["酉阳至沿河高速公路"]),
]


@pytest.mark.parametrize("sentence", SECTOR_NEGATIVES + KIND_NEGATIVES + SLOGAN_NEGATIVES, ids=lambda s: s[:10])
def test_not_one_item(sentence: str) -> None:
    assert core_names(sentence) == []


@pytest.mark.parametrize(("sentence", "name"), SECTOR_POSITIVES + KIND_POSITIVES + SLOGAN_POSITIVES, ids=lambda c: str(c)[:10])
def test_item_still_named(sentence: str, name: str) -> None:
    assert name in core_names(sentence)


@pytest.mark.parametrize(("sentence", "names"), GLUE_CASES, ids=lambda c: str(c)[:10])
def test_glued_word_is_not_part_of_the_name(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# E. One document writing one item several ways: its endpoints with their province and their
#    县/区 ("重庆万州区至湖北利川市高速公路"), bare ("万州至利川高速公路") or abbreviated ("万利高速"),
#    a national road with or without 国道 ("国道G318", "G318"): one entity, not several.
SAME_ITEM_CASES = [
    (
        "重庆万州区至湖北利川市高速公路(重庆段)开工。万州至湖北利川高速公路(重庆段)全长40公里。"
        "万利高速公路建成后将缩短两地车程。",
        "highway",
    ),
    ("该路段未纳入G318。国道G318改造工程开工。", "highway"),
]
DIFFERENT_ITEM_CASES = [
    # two routes sharing one endpoint stay two items
    ("万州至利川高速公路和万州至达州高速公路同步建设。", 2),
    # a province's own name is no endpoint to drop ("重庆至四川", not "至川")
    ("重庆至四川高速公路与重庆至贵州高速公路均已建成。", 2),
]


def _core(text: str) -> list:
    src = plain(text)
    return [e for e in extract(src) if e.type != "other_facility"]


@pytest.mark.parametrize(("text", "type_"), SAME_ITEM_CASES, ids=lambda c: str(c)[:10])
def test_one_item_written_several_ways(text: str, type_: str) -> None:
    ents = _core(text)
    assert len(ents) == 1 and ents[0].type == type_, [e.name for e in ents]


@pytest.mark.parametrize(("text", "count"), DIFFERENT_ITEM_CASES, ids=lambda c: str(c)[:10])
def test_different_items_stay_apart(text: str, count: int) -> None:
    assert len(_core(text)) == count


# F. A network noun before a code road ("国家高速公路网G85…", "国家铁路网"): the name starts after it.
NETWORK_LEAD_CASES = [
    ("是国家高速公路网G75兰海高速的重要组成部分。", ["G75兰海高速"]),
    ("纳入全省干线公路网G353改造计划。", ["G353"]),
]


@pytest.mark.parametrize(("sentence", "names"), NETWORK_LEAD_CASES, ids=lambda c: str(c)[:10])
def test_network_before_a_name(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# G. Items whose head the lexicon lacked: an interchange written 立交, a line's extension
#    (延伸线) or branch (支线), a train depot (动车所), a hydro-junction (水利水电枢纽); an
#    evaluative word alone before a head names no item ("关键联络线").
NEW_HEAD_CASES = [
    ("渝遂高速公路土主立交改造工程开工。", "渝遂高速公路土主立交"),
    ("大足至内江高速公路延伸线开工建设。", "大足至内江高速公路延伸线"),
    ("南滨大道延长线建成通车。", "南滨大道延长线"),
    ("铁路枢纽东环线建设中,南滨大道延长线建成通车。", "南滨大道延长线"),  # typed by its own road
    ("重庆北动车所扩建完成。", "重庆北动车所"),
    ("龙溪水利水电枢纽工程下闸蓄水。", "龙溪水利水电枢纽工程"),
    ("项目由主线和新建黄桷支线(长3公里)组成。", "黄桷支线"),
]
NEW_HEAD_NEGATIVES = [
    "城区新增3座立交。",
    "同步建设铁路支线和公路支线。",
    "该线是连接两条干线的关键联络线。",
    "支线机场航线不断加密。",
]


@pytest.mark.parametrize(("sentence", "name"), NEW_HEAD_CASES, ids=lambda c: str(c)[:10])
def test_new_heads(sentence: str, name: str) -> None:
    assert name in core_names(sentence)
    if "大道" in name:
        assert {e.name: e.type for e in _core(sentence)}[name] == "highway"


@pytest.mark.parametrize("sentence", NEW_HEAD_NEGATIVES, ids=lambda s: s[:10])
def test_new_heads_negative(sentence: str) -> None:
    assert core_names(sentence) == []


# H. Lists: stations listed after 分别为 share the last item's 站; an item carrying works on
#    its line ("包茂扩能", "渝湘复线") keeps them and the list's head.
LIST_CASES = [
    ("全线共设4个车站,分别为璧山、丁家、来凤和永川站。", ["璧山站", "丁家站", "来凤站", "永川站"]),
    # a station's name may hold a one-character generic word (大, 高, 新) beside a proper one
    ("全线设石大关、高川、新店和永川站。", ["石大关站", "高川站", "新店站", "永川站"]),
    ("新、老机场同步运营。", []),
    ("扩建大型、中型机场。", []),
]


def test_service_start_is_no_list_item() -> None:
    # a service's start station is named on its own, not as an item of the list of its ends
    names = core_names("开行北碚站至三汇、合川站的列车。")
    assert "合川站" in names and not [n for n in names if "至" in n]


@pytest.mark.parametrize(("sentence", "names"), LIST_CASES, ids=lambda c: str(c)[:10])
def test_station_list(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


def test_list_after_a_clause_naming_another_line() -> None:
    names = core_names("黔江至吉首铁路是衔接渝怀、渝湘及川黔铁路三大干线的联络线。")
    assert {"渝怀铁路", "渝湘铁路", "川黔铁路"} <= set(names)


def test_list_item_with_works() -> None:
    names = core_names("推进G65包茂扩能、渝湘复线、渝黔等高速公路建设。")
    assert len(names) == 3 and any("包茂" in n for n in names) and any("渝湘" in n for n in names)
    assert core_names("实施黔石高速、南两高速、渝湘扩能3条高速公路建设。")[-1].startswith("渝湘")


def test_branch_shares_no_head() -> None:
    # a branch line closing a list item is that item; the list's own head names the others
    names = core_names("加快万州至开州、梁平绕城及渝万支线、巫山至巫溪等高速公路建设。")
    assert "万州至开州高速公路" in names and not any(n.startswith("万州至开州") and "支线" in n for n in names)
    assert core_names("规划建设黔江、巫山等支线机场。") == ["黔江机场", "巫山机场"]


# I. A structure named only as where a new road starts or ends ("起于X立交", "止于Y枢纽互通") is a
#    landmark of the route, not a project; the same structure as the subject of works is one.
@pytest.mark.parametrize("sentence", [
    "项目起于渝遂高速公路土主立交,止于G93青木关枢纽互通。",
    "线路起点位于九龙坡华岩立交末端。",
], ids=lambda s: s[:10])
def test_route_end_structure_is_no_project(sentence: str) -> None:
    assert not [n for n in core_names(sentence) if n.endswith(("立交", "互通"))]


def test_branch_needs_a_name() -> None:
    assert core_names("推进鹿角隧道及东延伸线建设。") == ["鹿角隧道"]


# J. Production and supply sites the lexicon lacked: a production or industry base (产业基地,
#    生产基地), a reserve or capacity base of energy (储备基地, 产能基地), a wholesale market or a
#    collection centre of produce (批发市场, 集配中心), a power transmission named by its source and target (藏电入川), a grid's
#    target frame (目标网架). Without a proper word they name a kind, not a site.
SITE_CASES = [
    ("加快建设璧山新材料产业基地。", "璧山新材料产业基地", "industrial_park"),
    ("推进长寿精细化工生产基地技改。", "长寿精细化工生产基地", "industrial_park"),
    ("建设涪陵天然气储备基地。", "涪陵天然气储备基地", "energy"),
    ("推动万州粮油批发市场搬迁。", "万州粮油批发市场", "logistics_hub"),
    ("研究论证藏电入川工程。", "藏电入川工程", "energy"),
    ("优化成都都市圈500千伏目标网架。", "成都都市圈500千伏目标网架", "energy"),
    ("加快遂潼同城化电网建设。", "遂潼同城化电网", "energy"),
]
SITE_NEGATIVES = [
    "对接批发市场、加工企业和电商平台。",
    "共建农产品批发市场。",
    "布局一批产业基地。",
    "探索共建“区域总部+产业基地”模式。",
    "推动川渝电网一体化。",  # a policy of integration, not an item
    "重庆电网负荷创新高。",  # a place's grid
    "增强电网分布式清洁能源接纳能力。",
    "推进铁路港口一体化发展。",
    "打造茶产业、竹产业基地。",  # a product names a sector
    "探索建立反向定制(C2M)产业基地。",  # a code of a business model is no place
    "联合打造汽摩整车及零部件生产基地。",
    "加快建设国家原料药生产基地。",
    "打造川南知名绿色食品加工产业基地。",  # a role
]


@pytest.mark.parametrize(("sentence", "name", "type_"), SITE_CASES, ids=lambda c: str(c)[:10])
def test_production_and_supply_sites(sentence: str, name: str, type_: str) -> None:
    ents = {e.name: e.type for e in _core(sentence)}
    assert ents.get(name) == type_, ents


@pytest.mark.parametrize("sentence", SITE_NEGATIVES, ids=lambda s: s[:10])
def test_production_and_supply_kinds(sentence: str) -> None:
    assert core_names(sentence) == []


# K. More glue and kinds: a determiner of the occasion (此次, 本次), a passage (主通路); a stretch "A至B之间" names its end B, not a project "A至B".
MORE_GLUE_CASES = [
    ("随着此次江津至綦江高速公路开工,沿线发展提速。", ["江津至綦江高速公路"]),
    ("畅通西部陆海新通道西线主通路。", []),
    ("白沙场镇至龙潭水库之间的白龙公路全长14公里。", ["龙潭水库", "白龙公路"]),
]


@pytest.mark.parametrize(("sentence", "names"), MORE_GLUE_CASES, ids=lambda c: str(c)[:10])
def test_more_glue(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


def test_town_centre_and_road_variants_are_one_item() -> None:
    # "X场镇", "X镇" and "X" are one town's centre; "公路" and "路" one road
    text = "关于修建龙溪场镇绕城公路的建议收悉。一期实施龙溪绕城路。龙溪镇绕城公路方案正在设计。"
    assert len(_core(text)) == 1


# L. Routes listed under a bare "等项目" (no count) take the line head their paragraph last named,
#    as counted lists do ("等9个项目"); places listed so name no line.
BARE_PROJECT_LIST_CASES = [
    ("省际高速公路项目共5个,万州至开州、丰都至忠县等项目加快建设。", ["万州至开州高速公路", "丰都至忠县高速公路"]),
    ("高速公路建设提速,万州、开州等项目加快推进。", []),
    ("万州至开州、丰都至忠县等项目加快建设。", []),  # no line head in the paragraph: no type to give
]


@pytest.mark.parametrize(("sentence", "names"), BARE_PROJECT_LIST_CASES, ids=lambda c: str(c)[:10])
def test_bare_project_list(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
