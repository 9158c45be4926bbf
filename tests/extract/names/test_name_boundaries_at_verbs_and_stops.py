"""Name boundaries (issue 11 items 1 and 4): a name cut short or run on. Every sentence is invented
for its class (made-up places and items), each class with negatives of nearby shape."""

from __future__ import annotations

import pytest
from extract_helpers import names

# A. A verb with its result 成 (建设成, 打造成) glued before a line named by two initials, the first of which is
#    成: the initial is the line's, also when a section, a kind or a street follows the initials
#    ("建设成自铁路X机场段", "建设成德市域(郊)铁路", "建设成资临空大道"); a verb of two characters keeps its 成
#    (建成), a place opening with 成 is the place's (成都), and a goal after 建设成 is no line.
INITIALS_CASES = [
    ("今年将开工建设成眉市域(郊)铁路。", ["成眉市域(郊)铁路"]),
    ("建设成眉市域铁路。", ["成眉市域铁路"]),
    ("加快建设成乐临空大道青岭段。", ["成乐临空大道青岭段"]),
    ("新开工建设成雅铁路梅溪机场段。", ["成雅铁路梅溪机场"]),
    ("加快建设成自铁路。", ["成自铁路"]),
]
INITIALS_NEGATIVES = [
    ("已建成隆黄铁路。", ["隆黄铁路"]),
    ("打造成都东站综合枢纽。", ["成都东站"]),
    ("把青岭建设成为区域物流中心。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), INITIALS_CASES + INITIALS_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_verbs_result_before_a_lines_initials(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# B. Where a route starts or ends at a site and meets another line there ("起于X转盘接Y路", "止于X镇对岸接208国道",
#    "至X接Y高速"): the name is the line it meets, not the site and 接; words opening with 接 (接线, 接驳站,
#    接待中心), a name opening with it (接龙大道) and a street's number, which needs its place ("X县接一号大道"),
#    keep their words.
JOIN_CASES = [
    ("项目起于青岭县城北转盘接环城东路。", ["环城东路"]),
    ("线路止于白石镇对岸接208国道。", ["208国道"]),
    ("经青岭镇，至白石接雅乐高速。", ["雅乐高速"]),
    ("项目起点接G85，终点位于石门镇。", ["G85"]),
]
JOIN_NEGATIVES = [
    ("新建接龙大道。", ["接龙大道"]),
    ("止于梅溪县接一号大道。", ["梅溪县接一号大道"]),
    ("新建青岭游客接待中心。", []),
    ("新建青岭互通接线。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), JOIN_CASES + JOIN_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_line_met_where_a_route_starts_or_ends(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# C. Verbs of a route's way under or over another work, of widening, of leading straight to a site and of an
#    effect or a role, glued before the item they take as object (data/language/name_words.toml): not part
#    of its name ("下穿过X北路", "隧道下穿X编组站", "拼宽X大桥", "干渠直通X水厂", "暴雨一度造成X高速中断",
#    "X物流基地主要承担铁路大宗物资运输"). Before the head alone 下穿 and 上跨 name the work itself ("X路下穿隧道").
VERB_CASES = [
    ("线路向西下穿过梅溪北路。", ["梅溪北路"]),
    ("隧道下穿白石编组站。", ["白石编组站"]),
    ("启动拼宽梅溪大桥项目。", ["梅溪大桥"]),
    ("输水干渠直通青岭市白石水厂。", ["青岭市白石水厂"]),
    ("暴雨一度造成青白高速公路中断。", ["青白高速公路"]),
    ("青岭铁路物流基地主要承担铁路大宗物资运输。", ["青岭铁路物流基地"]),
]
VERB_NEGATIVES = [
    ("新建青岭大道下穿隧道。", ["青岭大道下穿隧道"]),
    ("新建青岭路丰富隧道。", ["青岭路丰富隧道"]),
    ("梅溪大道上跨桥建成通车。", ["梅溪大道"]),
]


@pytest.mark.parametrize(("sentence", "expected"), VERB_CASES + VERB_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_verb_of_way_widening_or_effect_before_its_object(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# D. The second end of a stretch between two structures ("A隧道至B隧道段"): the join 至 is no part of the
#    structure's name; a name of one character and the head still opens with it ("至善隧道"), and an apposition
#    after a ranked kind keeps its last name ("全线最长隧道X隧道").
STRETCH_END_CASES = [
    ("开通路段为白石隧道至青岭隧道段。", ["青岭隧道"]),
    ("白石大桥至青岭大桥段建成。", ["青岭大桥"]),
]
STRETCH_END_NEGATIVES = [
    ("新建至善隧道。", ["至善隧道"]),
    ("全线最长隧道白石隧道贯通。", ["白石隧道"]),
]


@pytest.mark.parametrize(("sentence", "expected"), STRETCH_END_CASES + STRETCH_END_NEGATIVES, ids=lambda c: str(c)[:14])
def test_the_second_end_of_a_stretch_between_structures(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# E. A name opening inside a word: the first character of a word a stop or a time lead ends on (之间: 之 is a
#    stop; 年度: "2017-2018年" is a time lead) is not the name's ("内外环之间跨江大桥", "2019年度X工程优质奖");
#    之 alone still ends a name ("“八纵八横”之X高铁"), and a year before a name is still dropped.
WORD_START_CASES = [
    ("推进内外环之间跨江大桥建设。", []),
    ("青岭水库荣获2017-2018年度中国水利工程优质奖。", ["青岭水库"]),
]
WORD_START_NEGATIVES = [
    ("“八纵八横”之青岭高铁开工。", ["青岭高铁"]),
    ("2019年青岭水库建成。", ["青岭水库"]),
    ("2019年度青岭水库建成。", ["青岭水库"]),
]


@pytest.mark.parametrize(("sentence", "expected"), WORD_START_CASES + WORD_START_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_name_does_not_open_inside_a_word(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# F. A street's or a line's extension told by its direction ("X大道北延线", "Y路西延线"), as 延长线: the whole is
#    the item's name, not the street it extends; alone it names nothing.
EXTENSION_CASES = [
    ("加快建设嘉西路北延线。", ["嘉西路北延线"]),
    ("包括青岭大道西延线、湖滨路等。", ["青岭大道西延线", "湖滨路"]),
    ("青岭大道北延线白石段主体工程已经完工。", ["青岭大道北延线白石段"]),
]
EXTENSION_NEGATIVES = [
    ("推进北延线建设。", []),
    ("加快建设青岭大道延长线。", ["青岭大道延长线"]),
]


@pytest.mark.parametrize(("sentence", "expected"), EXTENSION_CASES + EXTENSION_NEGATIVES, ids=lambda c: str(c)[:14])
def test_an_extension_told_by_its_direction(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# G. 处 right after an item's head is the place of that item ("于A大桥处沿B路向南", "在A站处接入B铁路"): the item
#    ends at its head, and the next name starts after 处 and the preposition of way after it.
LOCATIVE_CASES = [
    ("于青岭大桥处沿白石北路向南进入梅溪新港。", ["青岭大桥", "白石北路", "梅溪新港"]),
    ("线路于白石站处接入青岭铁路。", ["白石站", "青岭铁路"]),
]
LOCATIVE_NEGATIVES = [
    ("在青岭大桥处设置收费站。", ["青岭大桥"]),
    ("新建白石隧道。", ["白石隧道"]),
]


@pytest.mark.parametrize(("sentence", "expected"), LOCATIVE_CASES + LOCATIVE_NEGATIVES, ids=lambda c: str(c)[:14])
def test_an_items_place_told_by_chu(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# H. More verbs of news prose before or after an item (data/language/name_words.toml): a site's place, a service
#    on a line, speeding works up, distance and what an item makes up ("园区地处X铁路Y站附近", "运行X高铁Y段",
#    "提速X机场建设", "项目离X火车站约2公里", "X物流基地构成Y铁路枢纽"); 离 opens a name before one character and
#    the head ("离堆大桥"), and 跨 stays in a bridge's name ("X跨江大桥").
MORE_VERB_CASES = [
    ("园区地处成渝铁路白石站附近。", ["成渝铁路白石站"]),
    ("运行郑渝高铁重庆段。", ["郑渝高铁重庆段"]),
    ("提速青岭机场建设。", ["青岭机场"]),
    ("项目离白石火车站约2公里。", ["白石火车站"]),
    ("白石南铁路物流基地构成白石铁路枢纽。", ["白石南铁路物流基地", "白石铁路枢纽"]),
]
MORE_VERB_NEGATIVES = [
    ("建设离堆大桥。", ["离堆大桥"]),
    ("青岭跨江大桥通车。", ["青岭跨江大桥"]),
]


@pytest.mark.parametrize(("sentence", "expected"), MORE_VERB_CASES + MORE_VERB_NEGATIVES, ids=lambda c: str(c)[:14])
def test_more_verbs_before_or_after_an_item(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# I. A word of a kind of works that opens with a stop word (有 of 有轨电车): the stop inside it ends nothing, so the
#    name keeps the word whole; 有 elsewhere still ends a name ("有X高速").
def test_a_kind_word_opening_with_a_stop_is_whole() -> None:
    assert names("新建青岭现代有轨电车1号线一期工程。") == ["青岭现代有轨电车1号线一期"]
    assert names("境内有青白高速公路。") == ["青白高速公路"]


# J. 中 (in) after a plan's title, a network or a list ("《X规划》中S7Y高速", "“九联”路网中Z路"): no part of the
#    name; a place opening with 中 keeps it (中江), and so do names where 中 follows no such word (中山大道).
IN_CASES = [
    ("建设“九联”路网中白青路、丰青路等17个重要项目。", ["白青路", "丰青路"]),
    ("项目是《青岭省高速公路网布局规划》中S7白石至梅溪高速公路的前段。", ["S7白石至梅溪高速公路"]),
]
IN_NEGATIVES = [
    ("《规划》中江至白石高速建成。", ["中江至白石高速"]),
    ("新建中山大道。", ["中山大道"]),
    ("白石中学路建成。", ["白石中学路"]),
]


@pytest.mark.parametrize(("sentence", "expected"), IN_CASES + IN_NEGATIVES, ids=lambda c: str(c)[:14])
def test_in_after_a_plan_or_a_network(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# K. A headline's column before its title, set off by 丨 ("年终盘点丨X铁路…", "市州观察丨Y机场开工"): no part of a name.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("年终盘点丨铁路大动脉,喜讯频传来", []),
    ("市州观察丨青岭机场开工", ["青岭机场"]),
    ("青岭机场开工", ["青岭机场"]),
], ids=lambda c: str(c)[:14])
def test_a_headlines_column(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected
