"""Name boundaries and generic references in news prose (issue #11 items 1 and 4; part-9f).

Classes found among the spurious entities of the tuning split fresh6: a verb, an adverb or a time word
glued to the front of a name, slogans and figures of speech with a head word, generic references. Every
sentence is invented for its class (made-up items), and each class has negatives of nearby shape.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import core_names, plain

from geo.extract import extract
from geo.model import DocumentMeta, SourceText

# A. A verb or an adverb of news prose or of a letter from the public, or a time word, before the item it
#    governs: the name starts after it (data/language/name_words.toml, left_stops).
GLUED_CASES = [
    ("备受梅岭铁路沿线群众关注的车站即将开通。", ["梅岭铁路"]),
    ("这条线路将彻底打通青岭高铁的断头路。", ["青岭高铁"]),
    ("建成后将全面打通梅溪铁路。", ["梅溪铁路"]),
    ("项目面临白石特大桥等复杂工程挑战。", ["白石特大桥"]),
    ("请问青岭县至白石乡公路何时开工？", ["青岭县至白石乡公路"]),
    ("为了避开梅溪大桥，又修了一条路。", ["梅溪大桥"]),
    ("车辆可通过青岭大桥驶出梅溪高速。", ["青岭大桥", "梅溪高速"]),
    ("该项目将为青岭补上梅溪高铁短板。", ["梅溪高铁"]),
    ("建议取消梅溪快速通道的限行。", ["梅溪快速通道"]),
    ("届时梅溪高速公路将全线通车。", ["梅溪高速公路"]),
    ("今年梅溪、白石铁路等重大交通项目要建成。", ["梅溪铁路", "白石铁路"]),
    ("三、项目历程青岭至白石高铁的规划由来已久。", ["青岭至白石高铁"]),
    ("加快建设梅溪铁路，可以丰富四川铁路交通体系。", ["梅溪铁路"]),
    ("自梅溪铁路青岭支线开工以来，没有看见实质性进展。", ["梅溪铁路青岭支线"]),
    ("自青岭高速通车以来，车流量持续增长。", ["青岭高速"]),
    ("一横是指梅河—白河的水系联通工程。", ["梅河—白河水系联通工程"]),
    ("梅溪高速建成后青岭至白石将缩短至1小时。", ["梅溪高速"]),
    ("往返梅林站的列车增至每日10对。", ["梅林站"]),
    ("可以丰富青岭铁路交通体系。", ["青岭铁路"]),
]
# Negatives: a name that opens with such a word stays whole ("丰富路": a one-character modifier), a town
# named like a verb opens a name unless an adverb stands before it, and a time lead before 底 still goes.
GLUED_NEGATIVES = [
    ("丰富路改造完成。", ["丰富路"]),
    ("打通镇至白石公路建成通车。", ["打通镇至白石公路"]),
    ("新建打通至白石公路。", ["打通至白石公路"]),
    ("为今年底梅溪水库大坝下闸蓄水打下基础。", ["梅溪水库"]),
    ("无锡至青岭高速建成通车。", ["无锡至青岭高速"]),
    ("自贡至白石高速通车以来，车流量持续增长。", ["自贡至白石高速"]),
    ("后山隧道建成通车。", ["后山隧道"]),
]


@pytest.mark.parametrize(("sentence", "names"), GLUED_CASES + GLUED_NEGATIVES, ids=lambda c: str(c)[:12])
def test_news_words_glued_before_a_name(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# B. A kind, a scope or a figure named with a head: a station's level, a link between counties, a line
#    into a park, a mode of ports, one run of a train, the absence of a kind, a network's shape, the
#    roads to villages and groups.
GENERIC_CASES = [
    "车站共9座，其中高架站3座，其余6座均为地面站。",
    "支持同步规划建设进园区铁路支线。",
    "关于构建市域县际交通快速通道的建议。",
    "加快推进铁路港、公路港、水运港建设。",
    "每小时就有一趟高铁途经青岭前往白石。",
    "为解决青岭无铁路问题，市上明确了方案。",
    "结束白石县没有铁路的历史。",
    "助力青岭构建“十”字型铁路骨架。",
    "“米”字形高铁网络逐步成型。",
    "畅通县乡道和通村通组公路。",
]
# Negatives: with a place or a proper word the same heads name items.
GENERIC_POSITIVES = [
    ("梅溪港建成。", ["梅溪港"]),
    ("青岭至白石城际铁路开工。", ["青岭至白石城际铁路"]),
    ("梅溪铁路青岭支线开通。", ["梅溪铁路青岭支线"]),
]


@pytest.mark.parametrize("sentence", GENERIC_CASES, ids=lambda s: s[:12])
def test_kinds_and_figures_name_no_item(sentence: str) -> None:
    assert core_names(sentence) == []


@pytest.mark.parametrize(("sentence", "names"), GENERIC_POSITIVES, ids=lambda c: str(c)[:12])
def test_named_items_beside_those_words(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# C. Figures of speech and sayings with a road's head (data/language/name_words.toml figure_markers,
#    road_verbs, all_the_way_verbs; geo/extract/names/sites.py): a comparison, roads of many, the road to a
#    goal, a verb of building and its object 路, the adverb 一路 "all the way", a road's surface.
FIGURE_CASES = [
    "那时候，只要有一条宽点的砂石路，都觉得像‘康庄大道’！",
    "一条条民生路、产业路、幸福路，正改变着青岭的面貌。",
    "织密交通网 铺就腾飞路",
    "群众走上致富路。",
    "要想富、先修路。",
    "逢山开路，遇水架桥。",
    "经济要发展，交通来开路。",
    "从青岭市中心一路畅通无阻，半小时可达白石。",
    "车队一路向东驶入青岭。",
]
# Negatives: the same words as real streets, with a verb of building or in a list of streets.
FIGURE_NEGATIVES = [
    ("加快建设康庄大道。", ["康庄大道"]),
    ("改造幸福路、人民路、解放路。", ["幸福路", "人民路", "解放路"]),
    ("梅林路、幸福路建成通车。", ["梅林路", "幸福路"]),
    ("新开路改造完成。", ["新开路"]),
    ("梅开路建成通车。", ["梅开路"]),
    ("梅溪一路建成通车。", ["梅溪一路"]),
]


@pytest.mark.parametrize("sentence", FIGURE_CASES, ids=lambda s: s[:12])
def test_figures_of_speech_name_no_road(sentence: str) -> None:
    assert core_names(sentence) == []


@pytest.mark.parametrize(("sentence", "names"), FIGURE_NEGATIVES, ids=lambda c: str(c)[:12])
def test_streets_named_like_figures(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# D. A port named by its mode alone ("航空港", "内河港") is a kind (data/language bare_kinds); with a place a name.
@pytest.mark.parametrize(("sentence", "names"), [
    ("加快推进铁路港、公路港、水运港、航空港建设。", []),
    ("加快建设航空港。", []),
    ("成都航空港建设。", ["成都航空港"]),
    ("青岭深水港建设。", ["青岭深水港"]),
], ids=lambda c: str(c)[:12])
def test_a_port_named_by_its_mode(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# E. A long list of metro lines by number after the system's word once: every line is an item.
def test_a_long_list_of_metro_lines() -> None:
    text = "建成青岭城市轨道交通8号线二期、10号线三期、13号线一期、17号线二期、18号线三期、19号线二期、27号线一期、30号线一期。"
    got = core_names(text)
    assert len(got) == 8 and got[-1].endswith("30号线一期") and got[-2].endswith("27号线一期")


# F. A web page's spaces around a road's number ("省道 101 线") are no boundary; a length keeps its spaces.
@pytest.mark.parametrize(("sentence", "names"), [
    ("距省道 101 线梅溪镇约 12 公里。", ["省道101"]),
    ("国道 318 线青岭段建成通车。", ["国道318线青岭段"]),
    ("省道 205 线梅溪至白石段改造完成。", ["省道205线梅溪至白石段"]),
    ("省道101线建成。", ["省道101"]),
    ("全长 101 公里。", []),
], ids=lambda c: str(c)[:12])
def test_spaces_around_a_roads_number(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


def test_spaces_closed_keep_the_quote_offsets() -> None:
    text = "距省道 101 线梅溪镇约 12 公里。"
    src = plain(text)
    (ent,) = extract(src)
    m = ent.mentions[0]
    assert text[m.start : m.end].replace(" ", "").startswith("省道101")


# G. Missed names: a line of rail transit named by its two ends before 项目/工程 (with one place it is the
#    place's network), and an interchange named after a town the clause names just before it.
@pytest.mark.parametrize(("sentence", "names"), [
    ("加快青岭至白石山轨道交通项目和梅溪高速建设。", ["青岭至白石山轨道交通", "梅溪高速"]),
    ("加快成都轨道交通项目建设。", []),
    ("城市轨道交通工程建设。", []),
    ("在梅溪县槐树镇设立了槐树互通，距白石镇约12公里。", ["槐树互通"]),
    ("白石镇与梅溪镇信息互通、资源共享。", []),
    ("梅林镇信息互通。", []),
], ids=lambda c: str(c)[:12])
def test_rail_transit_by_its_ends_and_an_interchange_by_its_town(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# H. A suburban line of a plan named "A至B线" between known places (maybe after its kind: "市郊铁路A至B线");
#    not a power line, a time ("运营至年底全线"), a road of a list ("A至B北线重庆段"), a link road ("接线道路").
@pytest.mark.parametrize(("sentence", "names"), [
    ("市域(郊)铁路方面，争取将成都至眉山线、成都至德阳线纳入国家规划。", ["成都至眉山线", "成都至德阳线"]),
    ("市郊铁路璧山至铜梁线是东西向的线路。", ["市郊铁路璧山至铜梁线"]),
    ("争取将青岭至白石线纳入国家规划。", []),
    ("500千伏自贡至雅安线建成投运。", []),
    ("该路段免费运营至年底全线。", []),
    ("从成都至眉山线路全长50公里。", []),
], ids=lambda c: str(c)[:12])
def test_a_suburban_line_named_by_its_ends(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# I. A river's trunk line with its section ("X江干线Y段") is a waterway; before 航道 the 航道 is the head;
#    干线 of roads ("国省干线公路") stays a kind.
@pytest.mark.parametrize(("sentence", "names"), [
    ("提升梅江干线白石段航运能级。", ["梅江干线白石段"]),
    ("协同推进梅江干线青白段航道扩能提升。", ["梅江干线青白段航道"]),
    ("完善国省干线公路。", []),
], ids=lambda c: str(c)[:12])
def test_a_rivers_trunk_line_with_its_section(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# J. A canal or a link of river systems named by the dash-joined chain of the sites it joins, maybe before
#    的 or as items of a counted list (data/language chain_heads); a tour route of sites stays no item.
def test_chains_joined_by_dashes_name_canals() -> None:
    text = ("一横是指梅河—白河—青河—横山水库—红星水库的水系联通工程；三纵包括青河—白水河—梅溪镇、"
            "青河引水—新华水库—白石镇—富乐—通安镇—木古镇、红星水库—大海子水库三条输水干渠(管)。")
    assert core_names(text) == [
        "梅河—白河—青河—横山水库—红星水库水系联通工程",
        "青河—白水河—梅溪镇输水干渠",
        "青河引水—新华水库—白石镇—富乐—通安镇—木古镇输水干渠",
        "红星水库—大海子水库输水干渠",
    ]


@pytest.mark.parametrize(("sentence", "names"), [
    ("建设红星水库—大海子水库输水干渠。", ["红星水库—大海子水库输水干渠"]),
    ("建设梅河—白河水系联通工程。", ["梅河—白河水系联通工程"]),
    ("推进梅溪水库的水系联通工程。", ["梅溪水库"]),
    ("建设红星水库、大海子水库两座水库。", ["红星水库", "大海子水库"]),
], ids=lambda c: str(c)[:12])
def test_chain_heads_and_their_negatives(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# K. Words of news prose glued on the left of a name (part-10n, fresh7; data/language/name_words.toml
#    left_stops): a writer asking about the item, a source, speech about it, a witness's verb, a headline's
#    test ride, a rider, a photo credit without brackets, an hour after a date, a headline's length, a count of
#    people, a causative verb before a route code. Negatives: the same characters inside names.
NEWS_LEAD_CASES = [
    ("笔者就梅溪高铁采访了专家。", ["梅溪高铁"]),
    ("据梅溪新区统计，今年引进项目20个。", ["梅溪新区"]),
    ("谈起西站的建设情况，他说。", []),
    ("这位亲历新区建设全过程的老交通，介绍起新区今年的大动作。", []),
    ("彰显着新区加快互联互通的决心。", []),
    ("[试跑梅溪高速] 青岭1小时到白石", ["梅溪高速"]),
    ("乘客坐高铁从青岭到白石只要1小时。", []),
    ("大幅缩短铁路运行时间。", []),
    ("青岭轨道集团供图S11线是重要项目。", ["S11线"]),
    ("10月1日0时青岭至白石高速公路建成通车。", ["青岭至白石高速公路"]),
    ("9月29日14时30分梅溪至白石高速公路通车。", ["梅溪至白石高速公路"]),
    ("全长313公里 梅溪高铁青白段正式开工建设", ["梅溪高铁青白段"]),
    ("几十名铁路建设工人正在铺轨。", []),
    ("300余名建设者奋战在梅溪高铁工地。", ["梅溪高铁"]),
    ("使G5515线在湖南境内实现贯通。", ["G5515线"]),
    # traditional characters read through their simplified forms, the name shown as written
    ("據梅溪新區統計，今年引進項目20個。", ["梅溪新區"]),
    ("10月1日0時青嶺至白石高速公路建成通車。", ["青嶺至白石高速公路"]),
]
NEWS_LEAD_NEGATIVES = [
    ("旅游客运码头建成。", []),
    ("梅溪旅游客运码头建成。", ["梅溪旅游客运码头"]),
    ("使君路改造完成。", ["使君路"]),
    ("梅溪至五公里公路建成。", ["梅溪至五公里公路"]),
]


def core_names_shown(text: str) -> list[str]:
    """The core names of ``text`` read as a document is (folded), each shown as the text wrote it."""
    from geo.documents import fold

    src = SourceText("t.txt", text, fold(text), list(range(len(text))), DocumentMeta("t", date=dt.date(2023, 6, 12)),
                     "", shown=text if fold(text) != text else "")
    out = []
    for e in extract(src):
        if e.type != "other_facility":
            m = e.mentions[0]
            out.append(src.display(m.start, m.end) if src.shown else e.name)
    return out


@pytest.mark.parametrize(("sentence", "names"), NEWS_LEAD_CASES + NEWS_LEAD_NEGATIVES, ids=lambda c: str(c)[:12])
def test_news_leads_glued_before_a_name(sentence: str, names: list[str]) -> None:
    assert core_names_shown(sentence) == names


# L. A kind of line named by what it reaches or covers, not one line (part-10n, fresh7): places reached by a
#    kind ("A、B、C通高铁", "X县首次通铁路"), roads to groups or schools ("3年通组公路", "通学校公路"), a
#    province's or the nation's network ("陕西高铁建设", "中国高铁"), the prefectures' ("各市州高铁全覆盖"), a
#    direction ("纵向和横向高铁骨干通道", "横向连接线"), works across basins ("跨流域、跨区域重大引调水工程"), one
#    train ("一列高铁"), a track's grade and traction ("国家Ⅱ级单线内燃铁路"), a ratio ("省道优良路率").
REACH_CASES = [
    "下步将实现梅溪、白石、青岭通高铁。",
    "实现了梅溪和白石通高铁。",
    "梅溪县首次通铁路是在1990年。",
    "今年底实现3年通组公路1年完成。",
    "已完成通学校公路30公里。",
    "陕西高铁建设取得重大突破。",
    "彰显了中国高铁建设的硬核实力。",
    "贵州实现各市州高铁全覆盖。",
    "争取每个革命老区至少建一条纵向和横向高铁骨干通道。",
    "打通两条高速之间的横向连接线。",
    "加快一批跨流域、跨区域重大引调水工程规划建设。",
    "一列高铁成功穿越溶洞。",
    "为国家Ⅱ级单线内燃铁路。",
    "普通国、省道优良路率分别达86.93%。",
    "下步將實現梅溪、白石、青嶺通高鐵。",
]
REACH_NEGATIVES = [
    ("梅溪至昭通高铁开工建设。", ["梅溪至昭通高铁"]),
    ("梅溪引调水工程开工。", ["梅溪引调水工程"]),
    ("加快滇东纵向铁路通道建设。", ["滇东纵向铁路"]),
    ("中国科技城建设提速。", ["中国科技城"]),
    ("陕西至青岭高铁开工。", ["陕西至青岭高铁"]),
]


@pytest.mark.parametrize("sentence", REACH_CASES, ids=lambda s: s[:12])
def test_a_kind_by_what_it_reaches_names_no_line(sentence: str) -> None:
    assert core_names(sentence) == []


@pytest.mark.parametrize(("sentence", "names"), REACH_NEGATIVES, ids=lambda c: str(c)[:12])
def test_lines_named_beside_those_words(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# M. Lists sharing a head after 等 or a count (part-10n, fresh7): the last item with its works before 等
#    ("…、A客专提质改造等5个高铁项目"), a route's direction line as an item ("A至B北线"), the kind 国家高速公路
#    after 等 (a role after 国家 stays none: "等国家物流枢纽"), places before a verb of building and the count
#    ("在A、B和C新建3座特高压变电站"); 客专/客运专线 is a line's head.
@pytest.mark.parametrize(("sentence", "names"), [
    ("主要包括青白、梅溪中线、白石、梅溪客专提质改造等4个高铁项目。",
     ["青白高铁", "梅溪中线高铁", "白石高铁", "梅溪客专"]),
    ("主要包括青白、梅溪中線、白石、梅溪客專提質改造等4個高鐵項目。",
     ["青白", "梅溪中線", "白石", "梅溪客專"]),  # each mention shown as written: the item's own words
    ("分别是青岭至白石、梅溪至白石北线、青岭至梅溪等高速公路项目。",
     ["青岭至白石高速公路", "梅溪至白石北线高速公路", "青岭至梅溪高速公路"]),
    ("推进青岭至白石、青岭至梅溪等国家高速公路扩容改造。", ["青岭至白石高速公路", "青岭至梅溪高速公路"]),
    ("建设梅溪、白石等国家物流枢纽。", []),
    ("工程将在甘孜、成都东和重庆铜梁新建3座特高压变电站。", ["甘孜变电站", "成都东变电站", "重庆铜梁变电站"]),
    ("工程将在梅溪、白石新建2座变电站。", []),
    ("启动青岭至白石客专前期工作。", ["青岭至白石客专"]),
    ("梅溪客运专线建成通车。", ["梅溪客运专线"]),
], ids=lambda c: str(c)[:12])
def test_lists_sharing_a_head(sentence: str, names: list[str]) -> None:
    assert core_names_shown(sentence) == names


# N. Rail lines by number (part-10n, fresh7): a bare "N号线" after a joiner in a paragraph that named the
#    system's line before ("…轨道交通9号线二期…, 与9号线一期贯通"), a list after "轨道N号线", a suburban line
#    "S3线" where the sentence speaks of rail, a depot (车辆段), and 互通换乘 (a verb,
#    no interchange). Negatives: a road's code stays a road, a bare number with no system before names none.
@pytest.mark.parametrize(("sentence", "names"), [
    ("梅溪轨道交通9号线二期起于白石大道。线路建成并与9号线一期贯通运营。",
     ["梅溪轨道交通9号线二期", "白石大道", "轨道交通9号线一期"]),
    ("完工轨道1号线梅林站、5号线白石站、9号线一期。", ["轨道1号线梅林站", "5号线白石站", "轨道9号线一期"]),
    ("将实现梅溪新区经轨道交通S1线与1号线、3号线互通换乘。", ["梅溪新区经轨道交通S1线", "轨道交通1号线", "轨道交通3号线"]),
    ("继S3线后启动建设的第三条市域(郊)铁路。", ["S3线"]),
    ("设眉山东车辆段1座。", ["眉山东车辆段"]),
    ("S11线在青岭境内全线通车。", ["S11线"]),
    ("与9号线一期贯通运营。", []),
    ("白石镇与梅溪镇信息互通换乘。", []),
], ids=lambda c: str(c)[:12])
def test_rail_lines_by_number(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


def test_a_suburban_line_by_number_is_rail_where_the_sentence_says_so() -> None:
    src = "继S3线后启动建设的第三条市域(郊)铁路。S11线在青岭境内全线通车。"
    text = src
    s = plain(text)
    assert {e.name: e.type.value for e in extract(s) if e.type.value != "other_facility"} == {"S3线": "railway", "S11线": "highway"}


# O. Numbers and quantities that name no item (part-10n, fresh7): a train's number ("G5356次列车"), a yearly
#    quantity after a head ("年引水量"), a count of areas joined to the next item ("A、B、C11个区和X高新区":
#    the places are the areas a work covers, X is one item). Negatives: a road's code, a counted list of a kind.
@pytest.mark.parametrize(("sentence", "names"), [
    ("当日9时38分，G5356次列车从成都东站始发。", ["成都东站"]),
    ("工程设计年引水量15.23亿立方米。", []),
    ("主要覆盖沙坪坝、九龙坡、北碚、荣昌11个区和重庆高新区，受益面积达1.18万平方公里。", ["重庆高新区"]),
    ("G85银昆高速建成通车。", ["G85银昆高速"]),
    ("白石、梅溪3座在线调蓄水库建成。", ["白石水库", "梅溪水库"]),
], ids=lambda c: str(c)[:12])
def test_numbers_and_quantities(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# P. A section written alone with a dash between its ends ("其中，巴中—南充段线路长148公里"), as with 至; 线路
#    after it is "the line", no head of its own; the same stretch written with 至 and with a dash is one section.
#    Negatives: a double dash opens an apposition, not a stretch.
@pytest.mark.parametrize(("sentence", "names"), [
    ("梅白铁路项目全长约312公里，其中，巴中—南充段线路长148公里，已于2020年开工。",
     ["梅白铁路", "梅白铁路巴中—南充段"]),
    ("梅白铁路项目全长约312公里，其中，巴中至南充段线路长148公里，已于2020年开工。",
     ["梅白铁路", "梅白铁路巴中至南充段"]),
    ("启动梅白铁路汉中至巴中段前期。梅白铁路全长约312公里，其中，汉中—巴中段线路长164公里。",
     ["梅白铁路汉中至巴中段", "梅白铁路"]),
    ("梅白铁路项目全长约312公里，其中，巴中——南充段线路长148公里。", ["梅白铁路"]),
], ids=lambda c: str(c)[:12])
def test_a_section_written_alone_with_a_dash(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# Q. Trunk canals written alone after the water system named before them (part-10n, fresh7): by rank or
#    direction ("总干线", "南干线") opening their clause, or by a river beside such a one ("东干线、X江干线").
#    Negatives: trunks as a verb's object (works on them), a river's trunk alone (长江干线 is a waterway), no
#    system named before.
@pytest.mark.parametrize(("sentence", "names"), [
    ("引梅济白工程建设动员大会举行。构建输水体系：总干线长133千米，串联水源区；南干线103千米；北干线25千米。",
     ["引梅济白工程", "引梅济白工程总干线", "引梅济白工程南干线", "引梅济白工程北干线"]),
    ("梅溪水资源配置工程加快建设，东干线、嘉陵江干线全线贯通。",
     ["梅溪水资源配置工程", "梅溪水资源配置工程东干线", "梅溪水资源配置工程嘉陵江干线"]),
    ("梅溪水资源配置工程正在开展东干线、西干线、嘉陵江干线及北片输水管道安装。", ["梅溪水资源配置工程"]),
    ("梅溪水资源配置工程加快建设，嘉陵江干线全线贯通。", ["梅溪水资源配置工程"]),
    ("梅溪水库加快建设，东干线全线贯通。", ["梅溪水库"]),
    ("东干线、南干线全线贯通。", []),
], ids=lambda c: str(c)[:12])
def test_trunk_canals_of_a_water_system(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# R. A line's short form with a section ("X永高速四川段") is that part, not the line: a report naming the line
#    in full ("泸州至永川高速公路"), by its short form ("泸永高速") and by its sections keeps the sections apart.
def test_short_form_sections_stay_parts() -> None:
    text = "10月1日0时泸州至永川高速公路建成通车。泸永高速是出川大通道。即将通车的泸永高速四川段全长约42公里。泸永高速重庆段已经通车。"
    src = plain(text)
    by_name = {e.name: e for e in extract(src)}
    assert set(by_name) == {"泸永高速", "泸永高速四川段", "泸永高速重庆段"}
    assert "泸州至永川高速公路" in by_name["泸永高速"].aliases


# S. Heads and leads missed on unseen news (part-10n, fresh7): a metro station named by its street ("X大道站",
#    "X路站"), 快捷通道 as 快速通道, 物流配送中心, the Nth line between two places ("A至B第二条高速公路…段"), a
#    time traced back to ("可追溯至1958年X铁路") and a cargo's arrival ("运抵X港"). Negatives: a rank in a
#    scope ("全县第二条高速公路"), stations of other services, a length alone.
@pytest.mark.parametrize(("sentence", "names"), [
    ("设车站3座，分别是春华大道站、兰桂大道站、花石沟站。", ["春华大道站", "兰桂大道站", "花石沟站"]),
    ("解放路站建成。", ["解放路站"]),
    ("和梅溪快速通道、青白快捷通道建设。", ["梅溪快速通道", "青白快捷通道"]),
    ("分别是梅溪综合物流园、青岭物流配送中心。", ["梅溪综合物流园", "青岭物流配送中心"]),
    ("成都至汶川第二条高速公路二绕至通济段开工。", ["成都至汶川第二条高速公路二绕至通济段"]),
    ("全县第二条高速公路开工。", []),
    ("最早可追溯至1958年梅溪铁路建设时期。", ["梅溪铁路"]),
    ("货物最终运抵梅溪港。", ["梅溪港"]),
    ("新建加油站、服务站。", []),
], ids=lambda c: str(c)[:12])
def test_heads_and_leads_of_unseen_news(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# T. One report naming a line with the abbreviations of the places it joins before its name and without them
#    ("沪渝蓉沿江高铁" … "沿江高铁", and their sections): one line. Negatives: lines whose names are only such
#    abbreviations stay apart ("成渝高铁", "渝昆高铁").
def test_a_line_with_and_without_its_places_abbreviations() -> None:
    text = "沪渝蓉沿江高铁汉宜段正式开工。沿江高铁汉宜段全长313公里。沪渝蓉沿江高铁将串联长江沿线城市。沿江高铁建成后。成渝高铁建成。渝昆高铁开工。"
    src = plain(text)
    got = {frozenset([e.name, *e.aliases]) for e in extract(src)}
    assert got == {frozenset({"沪渝蓉沿江高铁汉宜段", "沿江高铁汉宜段"}), frozenset({"沿江高铁", "沪渝蓉沿江高铁"}),
                   frozenset({"成渝高铁"}), frozenset({"渝昆高铁"})}


# U. A waterway named by its two ends with a dash, before its planned grade ("A—B航道规划等级由四级提升为三级"):
#    规划 there is the item's planned grade, not a plan named after it ("编制X航道规划" stays none).
@pytest.mark.parametrize(("sentence", "names"), [
    ("将梅溪渡—白石航道规划等级由四级提升为三级。", ["梅溪渡—白石航道"]),
    ("将梅溪渡至白石航道规划等级由四级提升为三级。", ["梅溪渡至白石航道"]),
    ("编制梅溪航道规划。", []),
], ids=lambda c: str(c)[:12])
def test_a_waterway_before_its_planned_grade(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# V. Kinds, many items and travel times (part-10n, fresh7): a metro's trunk line as a kind ("一条南北向轨道交通
#    骨干线路"), an area opened first ("X老街区首开区"), a pedestrian street (not a road project), many items of a
#    kind after a place ("乌江多个梯级水电枢纽"), the travel time by a kind between two places ("A至B高铁旅行时间").
#    Negatives: a metro's ring line, a development zone, an avenue.
@pytest.mark.parametrize(("sentence", "names"), [
    ("中心城区又新增一条南北向轨道交通骨干线路。", []),
    ("实现梅林老街区首开区开街运营。", []),
    ("推动梅林—白石步行大道品质提升。", []),
    ("随着梅江多个梯级水电枢纽的建成。", []),
    ("青岭至白石高铁旅行时间由4小时缩减至2小时。", []),
    ("梅溪轨道交通环线建成。", ["梅溪轨道交通环线"]),
    ("梅溪经开区建设。", ["梅溪经开区"]),
    ("梅溪大道建成通车。", ["梅溪大道"]),
], ids=lambda c: str(c)[:12])
def test_kinds_many_items_and_travel_times(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# W. A text written in traditional characters (part-10n, fresh7: 鐵路, 高鐵, 樞紐, 瀘州…) is read through its
#    simplified form (geo.documents.fold) for every head, cue word and place, and each mention is shown as the
#    text wrote it, at the same offsets.
def test_a_traditional_text_reads_heads_cues_and_places_and_shows_the_original() -> None:
    from geo.documents import fold

    text = ("近日，萬州至梅溪高鐵開工建設。瀘州至永川高速公路建成通車。白石機場、梅溪港碼頭同步規劃。"
            "梅溪水庫於2020年建成後蓄水。主要包括青白、梅溪中線等2個鐵路項目；梅溪產業園區加快建設。")
    src = SourceText("t.txt", text, fold(text), list(range(len(text))), DocumentMeta("t", date=dt.date(2023, 6, 12)),
                     "", shown=text)
    got = {e.name: e for e in extract(src)}
    assert list(got) == ["万州至梅溪高铁", "泸州至永川高速公路", "白石机场", "梅溪港码头", "梅溪水库", "青白铁路",
                         "梅溪中线铁路", "梅溪产业园区"]
    assert got["万州至梅溪高铁"].mentions[0].stage.value == "starting"
    assert got["泸州至永川高速公路"].mentions[0].stage.value == "completed"
    assert got["梅溪水库"].mentions[0].stage.value == "completed"  # 建成後 read as 建成后 in a traditional text
    assert {"万州", "泸州"} <= {p for e in got.values() for p in e.places}
    for e in got.values():
        m = e.mentions[0]
        assert src.display(m.start, m.end) == text[m.start : m.end] and fold(text[m.start : m.end]) == src.text[m.start : m.end]
    assert src.display(got["泸州至永川高速公路"].mentions[0].start, got["泸州至永川高速公路"].mentions[0].end) == "瀘州至永川高速公路"


# X. Works on a road named by its two ends alone ("A至B改线工程", "C至D升级改造工程") opening a clause or a list
#    item: a road project, its ends maybe hamlets the gazetteer lacks. Negatives: the works of a line named in
#    the lead ("X铁路甲至乙段扩能改造工程": the line's section), of a line with its own head ("A至B高速改扩建工程").
@pytest.mark.parametrize(("sentence", "names"), [
    ("梅溪绕镇路、哨口道班至龙王塘改线工程开工建设，梅坪至三合铺升级改造工程进入招标。",
     ["梅溪绕镇路", "哨口道班至龙王塘改线工程", "梅坪至三合铺升级改造工程"]),
    ("梅黄铁路梅昌至白永段扩能改造工程开工。", ["梅黄铁路梅昌至白永段"]),
    ("推进万州至开州高速改扩建工程。", ["万州至开州高速"]),
], ids=lambda c: str(c)[:12])
def test_works_on_a_road_named_by_its_ends(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# Y. A station named after the zone it lies in ("起于X新区Y站"): the station's own name is judged after the zone,
#    as after a line ("X铁路Y站"); a long modifier with no zone or line stays none.
@pytest.mark.parametrize(("sentence", "names"), [
    ("线路起于贵安新区皂角坝站，止于望城坡站。", ["贵安新区皂角坝站", "望城坡站"]),
    ("梅溪高新区白石站建成。", ["梅溪高新区白石站"]),
    ("青岭梅溪白石红星乡站建成。", []),
], ids=lambda c: str(c)[:12])
def test_a_station_after_its_zone(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
