"""Detection classes found on several tuning splits at once (issue #11 items 1 and 4; part-11n).

Each class is seen in documents of at least two annotators; every sentence here is invented for its
class (made-up places), with negatives of nearby shape where the rule must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_counts
from extract_helpers import core_names as _core_names


def core_names(text: str) -> list[str]:
    """Return the core names of ``text``, sorted (``extract_helpers``)."""
    return sorted(_core_names(text))


# A. A toll station named as a landmark: the place of an event, of a reporter's visit or of a car's way
#    (fresh4 i_16, j_07; fresh5 m_08; fresh6 o_01, q_17): no item. The road named before it is one.
LANDMARK_STOPS = [
    ("为了避开梅溪收费站，又修了一条路。", []),
    ("车辆可通过青岭收费站、白石收费站驶出梅溪高速。", ["梅溪高速"]),
    ("4月9日,记者在梅溪高速公路青岭收费站看到,该收费站主色调为黄色。", ["梅溪高速公路"]),
    ("上午11时,通车仪式在青岭东收费站举行。", []),
    ("县城有梅溪高速青岭西收费站、白石高速摩岭收费站,交通便利。", ["梅溪高速", "白石高速"]),
]
# Negatives: works said of the stop in its own clause, or a route ending at it.
BUILT_STOPS = [
    ("新建青岭东收费站，改造梅溪收费站。", ["梅溪收费站", "青岭东收费站"]),
    ("青岭收费站改扩建工程完工。", ["青岭收费站"]),
    ("路线经甲镇、乙镇连接青岭东收费站。", ["青岭东收费站"]),
    ("今年将开工建设梅溪收费站。", ["梅溪收费站"]),
]


@pytest.mark.parametrize(("sentence", "names"), LANDMARK_STOPS + BUILT_STOPS, ids=lambda c: str(c)[:14])
def test_toll_stations_named_as_landmarks(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == sorted(names)


# B. One document writing an item again with more words before its name: its line, hub, port or owner
#    (fresh3 h_10; fresh4 i_01; fresh6 o_08, o_12; fresh7 r_21, s_01, s_14, s_17): one item, two mentions (a rail hub before a station is no part of its name: part-n27).
REPEATS_WITH_LEADS = [
    ("线路引入青岭枢纽梅溪西站。梅溪西站已建成。", [("梅溪西站", 2)]),
    ("白石港罗家坝作业区项目获批复。罗家坝作业区位于白石县。", [("白石港罗家坝作业区", 2)]),
    ("梅岭高速青溪隧道贯通。青溪隧道全长3公里。", [("梅岭高速青溪隧道", 2)]),
]
# Negatives: words before the name that extend a route ("A至B至C铁路" is longer than "B至C铁路", "A至G93Y高速"
# is a way to Y), or one more place's abbreviation ("川渝黔铁路", "渝黔铁路"): two items. ("A互通转换至G93Y高速"
# is a turn at a junction, no route: tests/extract/names/test_glued_boundaries.py.)
ROUTES_LONGER = [
    ("青岭至梅溪至白石铁路开工,梅溪至白石铁路同步建设。", [("梅溪至白石铁路", 1), ("青岭至梅溪至白石铁路", 1)]),
    ("川渝黔铁路规划建设,渝黔铁路已建成。", [("川渝黔铁路", 1), ("渝黔铁路", 1)]),
    ("青岭至G93梅溪高速开工。梅溪高速通车。", [("梅溪高速", 1), ("青岭至G93梅溪高速", 1)]),
]


@pytest.mark.parametrize(("text", "expected"), REPEATS_WITH_LEADS + ROUTES_LONGER, ids=lambda c: str(c)[:14])
def test_an_item_written_again_with_words_before_it(text: str, expected: list[tuple[str, int]]) -> None:
    assert core_counts(text) == sorted(expected)


def test_the_same_name_in_two_documents_stays_apart() -> None:
    """A bare name in one document and a longer one in another may be two places' items: not joined."""
    from geo.extract import link
    from geo.model import Entity, EntityType, Mention

    def ent(name: str, doc: str) -> Entity:
        return Entity(name=name, type=EntityType.RAIL_STATION, mentions=[Mention(doc=doc, text=name, quote=name, start=0, end=len(name))])

    assert len(link([ent("青岭枢纽梅溪西站", "a.txt"), ent("梅溪西站", "b.txt")])) == 2
    assert len(link([ent("青岭枢纽梅溪西站", "a.txt"), ent("梅溪西站", "a.txt")])) == 1


# C. A one-character preposition, modal or adverb right before a head word: the head is a kind in a clause
#    about it, no name (fresh3 h_18 借港; fresh4 j_09 给机场; fresh5 m_03 光铁路; fresh6 q_04 可高铁).
FUNCTION_WORD_BEFORE_HEAD = [
    ("特殊的气候条件给机场、铁路、高速公路等交通格局建设带来极大困难。", []),
    ("届时青岭、梅溪至白石可高铁直达。", []),
    ("梅县是库区的交通枢纽,光铁路这一条理由就够了。", []),
    ("要打通借港出海通道。", []),
]
# Negatives: the same characters inside a name's own word ("给水厂", "阳光大道", "春光路", "可乐大道"), or
# with more words between them and the head.
FUNCTION_WORD_NEGATIVES = [
    ("城南给水厂扩建工程开工。", ["城南给水厂"]),
    ("阳光大道建成通车。", ["阳光大道"]),
    ("春光路改造完成。", ["春光路"]),
    ("梅溪至白石高铁建成后可直达青岭。", ["梅溪至白石高铁"]),
]


@pytest.mark.parametrize(("sentence", "names"), FUNCTION_WORD_BEFORE_HEAD + FUNCTION_WORD_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_function_word_before_a_head_names_no_item(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == sorted(names)


# D. A quoted slogan counting kinds of works (fresh5 n_04 "“一航两港…”"; fresh7 s_10 "“五港六中心”物流枢纽"):
#    no name inside it, nor a name carrying it.
COUNT_SLOGANS = [
    ("初步形成“一航两港四环四铁九高多快”现代立体综合交通体系。", []),
    ("项目是梅州市“五港六中心”物流枢纽布局之一。", []),
]
# Negatives: a quoted name, a quoted place nickname that counts no kind of works, a plan period in quotes.
COUNT_SLOGAN_NEGATIVES = [
    ("加快“梅溪港”建设。", ["梅溪港"]),
    ("推进梅州“两江四岸”滨江路改造。", ["梅州两江四岸滨江路"]),
    ("加快“十四五”重点项目梅溪港建设。", ["梅溪港"]),
]


@pytest.mark.parametrize(("sentence", "names"), COUNT_SLOGANS + COUNT_SLOGAN_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_quoted_count_slogan_names_no_item(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == sorted(names)


# E. One document naming a line's section by its ends in full and by their first characters (fresh5 n_18
#    "…内江至自贡至泸州段" / "…内自泸段"; fresh7 s_16 "…武汉至宜昌段" / "…汉宜段", s_11): one section.
SECTION_SHORT_FORMS = [
    ("梅岭高铁内江至自贡至泸州段开工。梅岭高铁内自泸段全长120公里。", [("梅岭高铁内江至自贡至泸州段", 2)]),
    ("新建沪渝梅溪高铁武汉至宜昌段开工,标志着梅溪高铁汉宜段正式开工。", [("沪渝梅溪高铁武汉至宜昌段", 2)]),
    ("梅溪铁路隆昌至叙永段已建成,梅溪铁路隆叙段扩能改造加快实施。", [("梅溪铁路隆昌至叙永段", 2)]),
    # the same ends on the line written in full and by its short form (part-n27)
    ("合川至长寿高速公路(合川至北碚段)今日开工。合长高速公路合川至北碚段全长30公里。", [("合川至长寿高速公路合川至北碚段", 2)]),
]
# Negatives: the short form on another line, or other ends' characters: two sections.
SECTION_SHORT_NEGATIVES = [
    ("梅溪高铁武汉至宜昌段开工,白石高铁汉宜段通车。", [("梅溪高铁武汉至宜昌段", 1), ("白石高铁汉宜段", 1)]),
    ("梅溪高铁武汉至宜昌段开工,梅溪高铁汉荆段通车。", [("梅溪高铁武汉至宜昌段", 1), ("梅溪高铁汉荆段", 1)]),
    ("合川至长寿高速公路合川至北碚段开工,合长高速公路北碚至长寿段通车。",
     [("合川至长寿高速公路合川至北碚段", 1), ("合长高速公路北碚至长寿段", 1)]),
]


@pytest.mark.parametrize(("text", "expected"), SECTION_SHORT_FORMS + SECTION_SHORT_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_section_by_its_ends_and_by_their_initials(text: str, expected: list[tuple[str, int]]) -> None:
    assert core_counts(text) == sorted(expected)


def test_lines_named_by_their_code_alone_stay_apart() -> None:
    """"S3线", "S5线", "G5515线" are three lines: a code is dropped before a road's own name ("G75兰海高速" is
    兰海高速), not before 线, the code's own line word (fresh7 s_04 and s_20 were joined into one line)."""
    from geo.extract import link
    from geo.extract.linking.name_forms import variant_key
    from geo.model import Entity, EntityType, Mention

    def ent(name: str, doc: str, typ: EntityType = EntityType.RAILWAY) -> Entity:
        return Entity(name=name, type=typ, mentions=[Mention(doc=doc, text=name, quote=name, start=0, end=len(name))])

    assert len(link([ent("S3线", "a.txt"), ent("S5线", "a.txt"), ent("S11线", "b.txt")])) == 3
    assert len(link([ent("G5515线", "a.txt", EntityType.HIGHWAY), ent("G4216线", "b.txt", EntityType.HIGHWAY)])) == 2
    assert variant_key("G75兰海高速") == variant_key("兰海高速")
    assert variant_key("G4216线屏山至金阳段") != variant_key("G5515线屏山至金阳段")


# F. Verbs of a report or a meeting, a span of past years or a quantity, right before a sector's noun (fresh8
#    r_02, r_05; s_06, s_08, s_09, s_12, s_16): the sector, no item (data/language/name_words.toml, left_stops).
SECTOR_PHRASES = [
    "会议听取了全省近年来铁路建设基本情况汇报。",
    "过去五年四川铁路运营里程新增1700公里。",
    "要进一步深刻把握铁路建设在全省经济社会发展大局中的重要地位。",
    "全力推动更多重大铁路项目纳入国家规划。",
    "新增入规公路水路项目31个,涵盖高速公路、普通国省道、内河水运等领域。",
    "共同做好产业园顶层设计。",
    "多修路、修好路。",
]
# The verb is cut off a name it stands before; whether the rest is an item is judged as any name ("青岭铁路"
# of an unknown place stays one, "贵州铁路" is a known place's network), and before a name it leaves the name.
SECTOR_PHRASE_NEGATIVES = [
    ("持续掀起青岭铁路建设热潮。", ["青岭铁路"]),
    ("持续掀起贵州铁路建设热潮。", []),
    # an area with a line's own name ("梅溪地区铁路" alone is the area's lines: tests/extract/names/test_region_area_before_a_kind.py)
    ("省委、省政府高度重视梅溪地区宣开铁路建设发展。", ["梅溪地区宣开铁路"]),
    ("近年来梅溪高速建成通车。", ["梅溪高速"]),
    ("高度重视梅溪铁路建设。", ["梅溪铁路"]),
    ("涵盖梅溪港、白石港。", ["梅溪港", "白石港"]),
    ("做好梅溪水库移民工作。", ["梅溪水库"]),
]


@pytest.mark.parametrize("sentence", SECTOR_PHRASES, ids=lambda c: c[:14])
def test_report_verbs_before_a_sector_name_no_item(sentence: str) -> None:
    assert core_names(sentence) == []


@pytest.mark.parametrize(("sentence", "names"), SECTOR_PHRASE_NEGATIVES, ids=lambda c: str(c)[:14])
def test_report_verbs_before_a_name_leave_it(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == sorted(names)


# Dams and reservoir works (part-n27): the dam named after its works ("X水库大坝", "X水利枢纽工程大坝") is the works'
# part, the item is the works; one document naming a reservoir's works as "X水利工程" (maybe after its city) and
# as "X水库" names one item. Negatives: a dam named alone stays; two reservoirs stay two.
DAMS_AND_RESERVOIRS = [
    ("青岭水利枢纽工程大坝封顶。", [("青岭水利枢纽工程", 1)]),
    ("青岭水库大坝封顶。", [("青岭水库", 1)]),
    ("新建白石大坝。", [("白石大坝", 1)]),
    ("重庆青岭水利工程完成大坝填筑。青岭水利工程位于梅溪河上游。青岭水库坝高104米。", [("重庆青岭水利工程", 3)]),
    ("青岭水利工程开工。白石水库建成。", [("白石水库", 1), ("青岭水利工程", 1)]),
]


@pytest.mark.parametrize(("text", "expected"), DAMS_AND_RESERVOIRS, ids=lambda c: str(c)[:14])
def test_a_dam_and_its_reservoirs_works(text: str, expected: list[tuple[str, int]]) -> None:
    assert core_counts(text) == sorted(expected)


# A suburban line named by the initials of its ends after its kind ("市郊铁路甲乙线", "城轨快线甲乙线"), and one
# document naming it with and without the kind: one line (part-n27). Negatives: the kind alone, or with a role word
# ("市郊铁路沿线", "市域铁路支线"), names none; initials that are not the region's abbreviations name none.
SUBURBAN_LINES = [
    ("市郊铁路永荣线正式通车。永荣线全长37公里。", [("市郊铁路永荣线", 2)]),
    ("城轨快线涪丰线已进入试运行。", [("城轨快线涪丰线", 1)]),
    ("市郊铁路沿线开发。", []),
    ("市域铁路支线建设。", []),
]


@pytest.mark.parametrize(("text", "expected"), SUBURBAN_LINES, ids=lambda c: str(c)[:14])
def test_a_suburban_line_by_its_initials(text: str, expected: list[tuple[str, int]]) -> None:
    assert core_counts(text) == sorted(expected)
