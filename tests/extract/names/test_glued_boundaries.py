"""Name boundaries of news and report prose: words glued to a head or a list (issue #11 item 1; part-16g).

Classes found among the spurious items of the tuning splits fresh8, fresh9 and fresh13 (A–D, part-16g;
E–I, part-16i: verbs, interrogatives and prepositions glued before a name, words a stop would cut in two, a
station at the end of a line's way, places before a line named by its initials, a section after 的 of one
line or of a list of lines and a region's section after a tunnel): a road's head 路
that opens a longer word (路灯, 路衍, 路率, 山高路远), a list before a head that is the subject of a figure
("X等路率"), a verb ending in a list joiner (涉及), a name, an adverb and the preposition 与 ("X拟与Y相接"), a
count made an ordinal by 又 ("又一条铁路"), a length told of the item before ("高速路200公里高铁…"), and a
head that is part of a village's or a town's name ("大桥村"). Every sentence is invented for its class
(made-up places and items), and each class has negatives of nearby shape.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

# A. 路 opening a longer word, or a head before a statistic of its kind: no road, no list of items.
ROAD_WORD_CASES = [
    ("新增背街小巷路灯2210盏。", []),
    ("打造千亿级路衍经济产业链。", []),
    ("白石山高路远,出行不便。", []),
    ("全省高速公路优等路率达到95%以上,农村公路优良中等路率达到80%。", []),
    ("岚坪、梅岭等高速公路数量达到12条。", []),
]
# Negatives: a street, an adverb 率先 after a line, a list before a network still name items.
ROAD_WORD_NEGATIVES = [
    ("岚坪路建成通车。", ["岚坪路"]),
    ("岚坪铁路率先建成通车。", ["岚坪铁路"]),
    ("岚坪、梅岭等铁路率先建成通车。", ["岚坪铁路", "梅岭铁路"]),
    ("项目将有效串联岚坪、梅岭等高速路网。", ["岚坪高速", "梅岭高速"]),
]


@pytest.mark.parametrize(("sentence", "names"), ROAD_WORD_CASES + ROAD_WORD_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_head_opening_a_longer_word_or_a_figure(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# B. A joiner that is no separator of a list: the last character of a verb (涉及), or the preposition 与
#    after a name and an adverb of the clause (拟与, 也与).
JOINER_CASES = [
    ("今年主要涉及岚坪、梅岭、白石3条高速公路。", ["岚坪高速公路", "梅岭高速公路", "白石高速公路"]),
    ("工程惠及岚坪、梅岭两条铁路。", ["岚坪铁路", "梅岭铁路"]),
    ("岚坪至梅岭高速公路拟与白石高速北段路线相接。", ["岚坪至梅岭高速公路", "白石高速北段"]),
    ("岚坪至梅岭高速公路也与白石高速相接。", ["岚坪至梅岭高速公路", "白石高速"]),
]
# Negatives: real lists joined by 及, 与, 和, items of two initials ending in an adverb's character.
JOINER_NEGATIVES = [
    ("岚坪、梅岭及白石高速公路开工。", ["岚坪高速公路", "梅岭高速公路", "白石高速公路"]),
    ("万正和道正高速开工。", ["万正高速", "道正高速"]),
    ("岚坪、梅岭、白石3条高速公路开工。", ["岚坪高速公路", "梅岭高速公路", "白石高速公路"]),
]


@pytest.mark.parametrize(("sentence", "names"), JOINER_CASES + JOINER_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_joiner_that_is_a_verb_or_a_preposition(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# C. A count made an ordinal ("又一条": another), a length told of the item before: no name.
COUNT_CASES = [
    ("岚州又一条铁路全面开工建设。", []),
    ("岚州又一条高速公路建成通车。", []),
    ("今年力争新开工高速路200公里高铁300公里。", []),
    ("新开工的梅岭至白石段正线全长478公里高铁。", []),
]
# Negatives: a length after a route's ends names the stretch; a line after its own length is still named.
COUNT_NEGATIVES = [
    ("实施龙溪口至合江门81公里航道整治。", ["龙溪口至合江门81公里航道整治"]),
    ("岚坪高速公路全长48公里梅岭隧道贯通。", ["岚坪高速公路", "梅岭隧道"]),
    ("岚坪、梅岭2条铁路开工。", ["岚坪铁路", "梅岭铁路"]),
]


@pytest.mark.parametrize(("sentence", "names"), COUNT_CASES + COUNT_NEGATIVES, ids=lambda c: str(c)[:12])
def test_an_ordinal_count_or_a_told_length_before_a_head(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# D. A head that is part of a village's or a town's name ("大桥村", "隧道乡"): the route's end, no item.
PLACE_CASES = [
    ("推进武都至梅岭、彭阳至大桥村等24条高速公路。", ["武都至梅岭高速公路", "彭阳至大桥村高速公路"]),
    ("线路经过白石县大桥镇、梅岭镇。", []),
]
# Negatives: the bridge before 村民 (its villagers), a route ending at a town named with its suffix.
PLACE_NEGATIVES = [
    ("梅岭大桥村民出行更方便了。", ["梅岭大桥"]),
    ("岚坪大桥建成通车。", ["岚坪大桥"]),
    ("岚坪至石桥镇公路开工。", ["岚坪至石桥镇公路"]),
]


@pytest.mark.parametrize(("sentence", "names"), PLACE_CASES + PLACE_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_head_inside_a_place_name(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# E. A verb, an adverb, an interrogative or a preposition glued before a kind or a name (part-16i): a question
#    about kinds (哪些), a verb of receiving or comparing (荣获, 相较, 受), 所 and a verb of speech (所提), a verb
#    of carrying out or of ships' traffic (进行, 进出, 北上), a train's service and a turn at a junction (始发,
#    转换至), an idiom of groups (兵分), a verb before a place (创), the preposition of a route's way (经).
VERB_LEAD_CASES = [
    ("请问哪些公路、铁路今年建成通车?", []),
    ("岚坪港荣获国家综合货运枢纽称号。", ["岚坪港"]),
    ("相较公路运输,水运可降低成本。", []),
    ("对委员所提高速公路建设的必要性进行研究。", []),
    ("按照规划进行园区整体规划。", []),
    ("车辆受定向立交的限制需绕行。", []),
    ("巨轮进出港区、班列往来穿行。", []),
    ("畅通北上长江水运通道。", ["长江水运通道"]),
    ("乘客可换乘梅岭东站始发至岚坪机场的动车。", ["梅岭东站", "岚坪机场"]),
    ("通过白石枢纽互通转换至S55岚坪高速。", ["白石枢纽互通", "S55岚坪高速"]),
    ("会上决定兵分三路,视察岚坪港。", ["岚坪港"]),
    ("桥隧比近91%,创四川省高铁建设纪录。", []),
    ("谋划地铁进城、经隧道连通岚坪机场。", ["岚坪机场"]),
]
# Negatives: names opening with the same characters (受降, 创业, 经纬), 经 inside a route's name, 进出口 of
# trade inside a park's name.
VERB_LEAD_NEGATIVES = [
    ("受降大桥建成通车。", ["受降大桥"]),
    ("创业大道建成通车。", ["创业大道"]),
    ("经纬大道建成通车。", ["经纬大道"]),
    ("南宁经桂林至衡阳高铁开工。", ["南宁经桂林至衡阳高铁"]),
    ("岚坪进出口物流园开工。", ["岚坪进出口物流园"]),
    ("打通进出渝高速公路。", []),
    ("推进岚州经开区建设。", ["岚州经开区"]),
]


@pytest.mark.parametrize(("sentence", "names"), VERB_LEAD_CASES + VERB_LEAD_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_verb_or_preposition_glued_before_a_name(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# F. A word written whole that a shorter stop would cut in two: 如今 (如 is a conjunction, 今 no initial),
#    该省 (该 is a stop, 省 no name's first character).
WHOLE_WORD_CASES = [
    ("如今岚坪港铁路专用线开通后,货物可直达。", ["岚坪港铁路专用线"]),
    # (an area with a line's own name: "岚坪流域公路" alone is the area's roads, tests/extract/names/test_region_area_before_a_kind.py)
    ("还将完善该省岚坪流域宣开公路水路交通网络。", ["岚坪流域宣开公路"]),
]
# Negatives: 如 before a name of two characters and more is still a conjunction; 如意 opens a name.
WHOLE_WORD_NEGATIVES = [
    ("如岚坪港铁路专用线能如期开通,货物可直达。", ["岚坪港铁路专用线"]),
    ("如意大道建成通车。", ["如意大道"]),
]


@pytest.mark.parametrize(("sentence", "names"), WHOLE_WORD_CASES + WHOLE_WORD_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_stop_never_splits_a_word_written_whole(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# G. A station after a line's way ("经A、B至C站"): the station is named by its place, the places before 至 are
#    the way. A station named on its line, or a track to a station, keeps the route.
STATION_WAY_CASES = [
    ("线路自梅岭东站引出,经商洛、郧西至十堰东站。", ["梅岭东站", "十堰东站"]),
    ("线路经商洛至十堰东站。", ["十堰东站"]),
]
STATION_WAY_NEGATIVES = [
    ("西宁至成都铁路唐尕昂站建成。", ["西宁至成都铁路唐尕昂站"]),
    # (the line before its new works is their owner, no item: tests/extract/names/test_owner_parts.py)
    ("抓紧岚坪铁路新建高溪市至永州站三线前期工作。", ["高溪市至永州站"]),
    ("梅岭北站至岚坪东站段开工。", ["梅岭北站", "岚坪东站"]),
    ("新建商洛、郧西站。", ["商洛站", "郧西站"]),
]


@pytest.mark.parametrize(("sentence", "names"), STATION_WAY_CASES + STATION_WAY_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_station_at_the_end_of_a_way(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# H. Places with their suffixes written before a line named by its initials ("X省Y州吉恩高速"): the line's
#    own name is the initials and the head. A line named by its role for the place keeps the place.
PLACE_PREFIX_CASES = [
    ("支持湖南省湘西州吉恩高速建设。", ["吉恩高速"]),
    ("航拍贵阳市乌当区沪昆高铁的隧道。", ["沪昆高铁"]),
    ("山西省运风高速建成通车。", ["运风高速"]),
]
PLACE_PREFIX_NEGATIVES = [
    ("铜仁市环城高速公路开工。", ["铜仁市环城高速公路"]),
    ("黔江区过境高速公路开工。", ["黔江区过境高速公路"]),
    ("鄂州市机场高速公路开工。", ["鄂州市机场高速公路"]),
    ("贵州盘州兴义高铁通车。", ["贵州盘州兴义高铁"]),
    ("重庆市渝北区兴科大道建成。", ["重庆市渝北区兴科大道"]),
]


@pytest.mark.parametrize(("sentence", "names"), PLACE_PREFIX_CASES + PLACE_PREFIX_NEGATIVES, ids=lambda c: str(c)[:12])
def test_places_before_a_line_named_by_initials(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


# I. A section after 的: of one line ("X铁路的成德段"), or of every line of a list ("A、B等线路的成资段": one
#    item per line, the lines no items of their own); a region's section after a tunnel belongs to the line.
SECTION_CASES = [
    ("成兰铁路的成德段开工。", ["成兰铁路成德段"]),
    ("成达万高铁、成自宜高铁等铁路的成资段开工。", ["成达万高铁成资段", "成自宜高铁成资段"]),
    ("项目包括:成达万高铁、成渝中线高铁等线路的成资段、成兰铁路的成德段。",
     ["成达万高铁成资段", "成渝中线高铁成资段", "成兰铁路成德段"]),
    ("白石山隧道于1月30日顺利贯通,标志着重庆段14座隧道全线贯通。", ["白石山隧道"]),
]
# Negatives: a line named alone stays an item; a region's section after a line is the line's; a word of
# works before 段 is no section.
SECTION_NEGATIVES = [
    ("成兰铁路开工。成兰铁路的成德段开工。", ["成兰铁路", "成兰铁路成德段"]),
    ("岚坪至梅岭高速开工。其中江津段已建成。", ["岚坪至梅岭高速", "岚坪至梅岭高速江津段"]),
    ("成兰铁路的建设段开工。", ["成兰铁路"]),
    ("推进成达万高铁、成自宜高铁等项目建设。", ["成达万高铁", "成自宜高铁"]),
]


@pytest.mark.parametrize(("sentence", "names"), SECTION_CASES + SECTION_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_section_after_its_lines(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names
