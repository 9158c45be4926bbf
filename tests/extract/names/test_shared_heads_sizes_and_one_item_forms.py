"""Lists sharing a head, sizes and kind words before a head, nicknames, and one item's two forms (issue 11 items 1, 4).

Detection classes read on several splits at once (issue #11 items 1 and 4).

Each class was seen on two tuning splits annotated by different people; the sentences here are
invented for the class, with negatives of nearby shape where the rule must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

# --- a list of abbreviated lines sharing a head written after words of kind ("等新的高速公路",
# "5条国家高速公路"): the words qualify the head, each item is a line

@pytest.mark.parametrize("text, expected", [
    ("眼下,甲乙、丙丁、戊己等新的高速公路项目加快推进。", {"甲乙高速公路", "丙丁高速公路", "戊己高速公路"}),
    ("今年聚焦甲乙、丙丁、戊己3条国家高速公路项目。", {"甲乙高速公路", "丙丁高速公路", "戊己高速公路"}),
    ("开工建设甲乙、丙丁2条国家高速公路。", {"甲乙高速公路", "丙丁高速公路"}),
])
def test_a_list_shares_a_head_after_words_of_kind(text: str, expected: set[str]) -> None:
    assert expected <= set(core_names(text)), core_names(text)


@pytest.mark.parametrize("text", [
    "推进甲乙、丙丁2个国家物流枢纽建设。",     # 国家 before a hub is a role (a national hub), not a kind
    "万州、涪陵等沿江的港口加快发展。",         # 的 after other words: a list of places with a role
    "永川、江津等方向市郊铁路加快建设。",       # a direction is a role
])
def test_roles_after_the_list_still_name_no_item(text: str) -> None:
    assert core_names(text) == [], core_names(text)


# --- a size or a count opening the words before a head, no place named ("宽45米跑道", "7000平方米航站楼",
# "1-2小时高铁", "4大高速公路"): the item's size or the number of items, not a name

@pytest.mark.parametrize("text, size_led", [
    ("本期建设一条长3000米、宽60米跑道和12000平方米航站楼。", ("宽60米跑道", "12000平方米航站楼")),
    ("构建以省会为中心的“2-3小时高铁环线”。", ("2-3小时高铁",)),
    ("今年力争建成5大高速公路,共计230公里。", ("5大高速公路",)),
    ("甲港15万吨级自动化集装箱码头建成运营。", ("15万吨级自动化集装箱码头",)),
])
def test_a_size_before_a_head_names_no_item(text: str, size_led: tuple[str, ...]) -> None:
    names = core_names(text)
    assert not any(n in names for n in size_led), names


@pytest.mark.parametrize("text, expected", [
    ("东岭口至西河门81公里航道整治工程开工。", "东岭口至西河门81公里航道整治工程"),  # a size after the route
    ("川渝1000千伏特高压交流工程开工。", "川渝1000千伏特高压交流工程"),            # a voltage after the places
    ("318国道改造工程开工。", "318国道"),                                        # a road's number is no size
    ("大足至内江高速公路建成通车。", "大足至内江高速公路"),
])
def test_a_size_after_a_place_or_a_road_number_stays(text: str, expected: str) -> None:
    assert expected in core_names(text), core_names(text)


# --- a province's intercity lines ("湖南省城际", "广西城际") and the networks of places counted before a
# network head ("陕西、山西、山东三省高速公路", "川渝两地铁路"): no line named

@pytest.mark.parametrize("text", [
    "这是兼顾广西和湖南省城际客流出行的快速铁路通道。",
    "贵州省城际铁路建设全面提速。",
    "河南与陕西、山西、山东三省高速公路已通车省际出入口达到19个。",
    "川渝两地铁路互联互通水平提升。",
])
def test_a_network_of_places_names_no_line(text: str) -> None:
    assert core_names(text) == [], core_names(text)


@pytest.mark.parametrize("text, expected", [
    ("成德城际开通运营。", "成德城际"),                    # two abbreviations name a line
    ("加快建设贵阳至安顺城际。", "贵阳至安顺城际"),          # a route's ends name a line
    ("加快建设成渝城际铁路。", "成渝城际铁路"),
    ("开工建设三合高速公路。", "三合高速公路"),              # a numeral opening a line's name is no count of places
])
def test_lines_named_by_their_places_stay(text: str, expected: str) -> None:
    assert expected in core_names(text), core_names(text)


# --- a river with the quoted nickname of shipping after it ("乌江“黄金水道”"): the river's golden waterway,
# as the reference names it without quotes ("长江黄金水道")

@pytest.mark.parametrize("text, expected", [
    ("出省通道增至20个,赤江“黄金水道”全面复航。", "赤江黄金水道"),
    ("打通赤江“黄金水道”、重塑物流格局。", "赤江黄金水道"),          # the verb before the river is cut
    ("畅通嘉陵江“黄金水道”。", "嘉陵江黄金水道"),
])
def test_a_river_with_its_quoted_nickname_is_a_waterway(text: str, expected: str) -> None:
    assert expected in core_names(text), core_names(text)


@pytest.mark.parametrize("text", [
    "全区拥有127公里长江“黄金水道”。",           # a district's length of the river
    "让“黄金水道”再现百舸争流。",                 # the nickname alone
    "川渝“黄金水道”建设加快。",                   # a region's slogan, no river
])
def test_the_nickname_without_a_river_names_no_waterway(text: str) -> None:
    assert not any(n.endswith("黄金水道") for n in core_names(text)), core_names(text)


# --- a list item that drops the place its list's first item opens with ("内江国际物流港和保税物流中心",
# "甲市国际物流港铁路专用线和城区铁路搬迁工程"): the item is the place's

@pytest.mark.parametrize("text, expected", [
    ("加快建设内江国际物流港和保税物流中心(B型)。", "内江保税物流中心"),
    ("同步启动内江国际物流港铁路专用线和城区铁路搬迁工程。", "内江城区铁路"),
])
def test_a_list_item_takes_the_place_of_the_item_before(text: str, expected: str) -> None:
    assert any(n.startswith(expected) for n in core_names(text)), core_names(text)


@pytest.mark.parametrize("text, kept", [
    ("建设万州港和新田港。", "新田港"),                  # an item with a name of its own keeps it
    ("推进万州机场改扩建,建设航空物流园。", None),      # no joiner: nothing shared
])
def test_items_named_on_their_own_keep_their_names(text: str, kept: str | None) -> None:
    names = core_names(text)
    if kept:
        assert kept in names, names
    assert not any(n.startswith("万州") and n.endswith(("新田港", "航空物流园")) for n in names), names


# --- one document naming a line by its two ends (places the gazetteer may lack, 到 for 至, a border note)
# and by their first characters ("官庄至新化高速公路" … "官新高速"): one line, not two

@pytest.mark.parametrize("text, full", [
    ("力争建成甲新高速。甲庄至新化高速公路全长100公里。", "甲庄至新化高速公路"),
    ("芷铜高速开工。芷江至铜仁(湘黔界)高速公路全长60公里。", "芷江至铜仁(湘黔界)高速公路"),
    ("城开高速加快建设。城口到开州高速公路全长80公里。", "城口到开州高速公路"),
])
def test_a_line_by_its_ends_and_by_its_short_form_is_one(text: str, full: str) -> None:
    names = core_names(text)
    assert len(names) == 1, names


@pytest.mark.parametrize("text", [
    "甲新高速建成通车。甲庄至新化高速公路和甲山至新平高速公路加快建设。",  # two full lines: the short form is neither
    "甲新高速建成通车。乙庄至新化高速公路全长90公里。",                      # other first characters
])
def test_a_short_form_of_two_lines_or_of_another_stays_apart(text: str) -> None:
    assert len(core_names(text)) >= 2, core_names(text)


# --- words of how a kind of works is built, run or used before a head, no place ("配套集疏运公路",
# "半自动化码头", "快速化主干路", "单洞双线隧道", "全程高速", "扶贫路", "快递物流园区", "车辆站"): a kind

@pytest.mark.parametrize("text", [
    "同时,配套集疏运公路建设正忙。",
    "这是省内首个集装箱专用泊位和半自动化码头。",
    "内环是兼顾交通功能的快速化主干路。",
    "该隧道全长6000米,为单洞双线隧道。",
    "游客可以实现全程高速直达景区。",
    "村里修建了扶贫路。",
    "全县建设快递物流园区。",
    "关于车辆站内分类管控的建议收悉。",
    "新建开关站一座。",
])
def test_words_of_a_kind_before_a_head_name_no_item(text: str) -> None:
    assert core_names(text) == [], core_names(text)


@pytest.mark.parametrize("text, expected", [
    ("万州新田港集疏运公路建成通车。", "万州新田港集疏运公路"),   # a port's own road
    ("德阳北车辆段建成。", "德阳北车辆段"),                         # a depot named by its place
])
def test_such_words_after_a_place_stay_in_a_name(text: str, expected: str) -> None:
    assert expected in core_names(text), core_names(text)


# --- a bridge written with and without its size or kind word ("X特大桥" … "X大桥", "X公路大桥" … "X大桥"):
# one bridge

@pytest.mark.parametrize("text", [
    "磨寨乌江特大桥合龙。正在建设中的渝湘复线高速磨寨乌江大桥主体完工。",
    "河谷汉江公路大桥贯通。河谷汉江大桥全长1.2公里。",
])
def test_a_bridge_with_and_without_its_size_word_is_one(text: str) -> None:
    assert len(core_names(text)) == 1, core_names(text)


def test_two_bridges_of_one_river_stay_apart() -> None:
    names = core_names("甲江大桥建成。乙江特大桥开工。")
    assert len(names) == 2, names


# --- a reservoir's dam named after it ("X水库大坝"): the reservoir's works, one item with the reservoir

def test_a_reservoir_and_its_dam_are_one_item() -> None:
    names = core_names("凤山水库开工建设。凤山水库大坝已封顶。")
    assert len(names) == 1, names


def test_dams_of_two_reservoirs_stay_apart() -> None:
    names = core_names("凤山水库开工建设。石门水库大坝已封顶。")
    assert len(names) == 2, names
