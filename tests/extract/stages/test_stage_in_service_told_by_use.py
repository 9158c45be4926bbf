"""Items told in service by their use, their picture, a count referred to or a reservoir's area (issue 11 item 2).

Stage classes found on several tuning splits at once (issue #11 item 2).

Every sentence here is invented (real place names, made-up projects); none is copied from a
document of the blind sets. Each class was seen in at least two splits annotated by different
people, and has negatives: nearby shapes where the rule must not fire.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import case, plain, stage_of

from geo.extract import extract

# a count referring back to one told before ("这3条高速公路分别是A、B和C"): the items are the ones
# the earlier count told of, with its stage, also across a line break and a short name in brackets
REFERRED_COUNT = [
    case("24日,某市3条高速公路同时迎来正式通车。\n据介绍,这3条高速公路分别是枫林至竹园高速公路(以下简称枫竹高速)、"
         "柳溪至石门高速公路和青山至绿水高速公路,均为出省通道。", "柳溪至石门高速公路", "completed"),
    case("某州正在加快推进6条高速公路建设和3条高速公路项目投资招商工作。\n\n这6条高速公路,除枫林高速外,还包括竹园、"
         "柳溪、石门,共计1000余公里。", "柳溪高速公路", "under_construction"),
    case("今年开工3条高速公路、建成2条铁路。这3条高速公路分别是枫林至竹园高速公路、柳溪至石门高速公路和青山至绿水高速公路。",
         "青山至绿水高速公路", "starting"),
    # negatives: the earlier count tells no stage, another count, or the count is not referred to
    case("某市有3条高速公路。据介绍,这3条高速公路分别是枫林至竹园高速公路、柳溪至石门高速公路和青山至绿水高速公路。",
         "柳溪至石门高速公路", "unspecified"),
    case("某市今年开工4条高速公路。据介绍,这3条高速公路分别是枫林至竹园高速公路、柳溪至石门高速公路和青山至绿水高速公路。",
         "柳溪至石门高速公路", "unspecified"),
    case("某市3条高速公路今年开工。据介绍,3条高速公路分别是枫林至竹园高速公路、柳溪至石门高速公路和青山至绿水高速公路。",
         "柳溪至石门高速公路", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), REFERRED_COUNT)
def test_a_count_referred_to_gives_its_stage(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# a line in service told by a problem of its service: its capacity freed by a new line ("释放X货运能力"),
# its traffic jammed with its code in brackets ("缓解X(G75)交通拥堵"), cut by a disaster ("X一度中断")
SERVICE_PROBLEM = [
    case("枫林高铁通车后将大幅释放竹园铁路货运能力。", "竹园铁路", "completed"),
    case("枫林高铁开通后,将极大缓解竹园高速(G75某某高速)交通拥堵现状。", "竹园高速", "completed"),
    case("去年特大山洪泥石流灾害发生后,竹园高速公路一度中断,进出某州只能绕行。", "竹园高速公路", "completed"),
    # negatives: works interrupted, a potential freed, a capacity raised by new works
    case("竹园高速公路施工中断两个月。", "竹园高速公路", "unspecified"),
    case("竹园高速公路建设中断。", "竹园高速公路", "unspecified"),
    case("枫林高铁的建设将提升竹园铁路的运输能力。", "竹园铁路", "unspecified"),
    case("释放竹园铁路建设的发展潜能。", "竹园铁路", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), SERVICE_PROBLEM)
def test_a_problem_of_service_tells_a_line_in_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# a line told as passing a place now ("A及B经过彭水", "X铁路贵州段经过某县并设立Y站"): in service
PASSES = [
    case("铁路方面,枫林铁路及枫林铁路二线经过彭水,竹园高铁通车后将大幅释放运力。", "枫林铁路二线", "completed"),
    case("20世纪90年代,竹园铁路贵州段经过威宁县并设立草海站。", "竹园铁路贵州段", "completed"),
    # negatives: a span of effort, a new or planned line's route, a route still ahead, works done to it
    case("柳溪高速经过8年艰苦卓绝的努力实现开工建设。", "柳溪高速", "starting"),
    case("新建枫林高铁经过璧山、铜梁,设站5座。", "枫林高铁", "unspecified"),
    case("规划的枫林高铁经过璧山区。", "枫林高铁", "proposed"),
    case("枫林高铁将经过璧山区。", "枫林高铁", "unspecified"),
    case("枫林高铁线位经过璧山区。", "枫林高铁", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), PASSES)
def test_a_line_passing_a_place_now_is_in_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# the lines one travels by now: "通过A实现了B通高铁", a quoted list ("通过“A”和“B”及C直达"), a road
# a new one's opening lets drivers reach ("项目建成通车后,车辆可通过A直达": the condition is the new one's)
TRAVELLED_BY = [
    case("加快县县通高铁建设,通过枫林高铁实现了镇雄和威信通高铁。", "枫林高铁", "completed"),
    case("项目全线建成通车后,车辆可经柳溪高速,通过“一横线”和“二横线”及渝遂高速直达重庆。", "二横线", "completed"),
    case("竹园市可通过枫林高速和柳溪高速直达重庆。", "柳溪高速", "completed"),
    # negatives: the way ahead ("下步通过X将实现…"), a measure carried out ("通过实施X工程")
    case("下步通过竹园高铁将实现盐津通高铁。", "竹园高铁", "unspecified"),
    case("下一步通过竹园高铁实现了联网。", "竹园高铁", "unspecified"),
    case("通过实施竹园港二期工程,形成大宗散货中转能力。", "竹园港二期", "under_construction"),
]


@pytest.mark.parametrize(("text", "name", "stage"), TRAVELLED_BY)
def test_lines_travelled_by_now_are_in_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


def doc_stage(text: str, name: str) -> str:
    """Return the stage of the first mention of ``name`` in a document of several lines."""
    return stage_of("关于交通建设的情况\n" + text, name)


# a photo caption naming only the item on a line of its own, with a full stop or a credit: the item
# pictured is there (as an archive photo, "X(资料图)")
CAPTIONS = [
    ("枫林高速涪江特大桥。市交通局供图\n24日,某市3条高速公路同时迎来正式通车。", "枫林高速涪江特大桥", "completed"),
    ("繁忙的竹园港集装箱码头。某某摄\n竹园港今年吞吐量大增。", "竹园港集装箱码头", "completed"),
    ("柳溪机场内部。(某某网 某某摄)\n12月5日,柳溪机场正式通航。", "柳溪机场", "completed"),
    # negatives: a view of works or of a plan, a heading or a numbered line naming the item
    ("石门水库工程枢纽区远景。\n石门水库正在加快建设。", "石门水库", "unspecified"),
    ("建设中的石门水库。\n石门水库正在加快建设。", "石门水库", "under_construction"),
    ("枫林高速公路效果图。某某供图\n枫林高速公路今日开工。", "枫林高速公路", "unspecified"),
    ("枫林高速公路\n一、项目概况", "枫林高速公路", "unspecified"),
    ("1.枫林高速公路。\n2.竹园高速公路。", "竹园高速公路", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), CAPTIONS)
def test_an_item_pictured_alone_is_there(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage


def test_a_bare_line_naming_the_item_is_no_caption() -> None:
    assert doc_stage("枫林高速梅子溪特大桥。\n枫林高速全长80公里。", "枫林高速梅子溪特大桥") == "unspecified"
    assert doc_stage("柳溪机场一角\n柳溪机场全长80公里。", "柳溪机场") == "completed"


# the reservoir area of a dam, plant or hub ("以X水电站库区为水源起点", "解决X水电站库区移民交通不便"): impounded
RESERVOIR_AREA = [
    case("从工程布局来看,引水工程以大渡河枫林水电站库区为水源起点,构建输水体系。", "大渡河枫林水电站", "completed"),
    case("您提出的《关于解决枫林水电站库区移民交通不便的建议》收悉。", "枫林水电站", "completed"),
    # negatives: a status before it, a reservoir ahead, works in the area, a river's reach
    case("该项目地处在建的竹园航电枢纽库区内柳溪河航道右岸。", "竹园航电枢纽", "under_construction"),
    case("枫林水库建成后,库区将形成大片水面。", "枫林水库", "unspecified"),
    case("规划的枫林水库库区淹没线已划定。", "枫林水库", "proposed"),
    case("枫林水库库区建设稳步推进。", "枫林水库", "under_construction"),
    case("实现金沙江攀枝花至水富段库区常态化通行3000吨级以上船舶。", "金沙江攀枝花至水富段", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), RESERVOIR_AREA)
def test_a_reservoir_area_tells_an_impounded_dam(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


def target_of(text: str, name: str, date: dt.date) -> int | None:
    """Return the target year of the first mention of ``name`` in a report of ``date``."""
    text = "关于交通建设的情况\n" + text
    src = plain(text, date=date)
    ents = {e.name: e for e in extract(src)}
    assert name in ents, f"{name} not in {sorted(ents)}"
    return ents[name].mentions[0].target_year


# a completion whose meaning the sentence goes on to tell ("…,标志着X接入了高铁网") is news of a fact, no
# target year, even when the report's date does not say the day has passed (the reference's convention)
MARKED = [
    ("今年6月20日,枫林高铁全线通车运行,标志着某板块全面接入了国家高速铁路网。", None),
    # negatives: a word of intent before the milestone, no meaning told, a landmark (标志性) project
    ("今年6月20日,枫林高铁将全线通车运行,标志着某板块将全面接入国家高速铁路网。", 2022),
    ("力争今年底枫林高铁建成通车,标志着某板块全面接入国家高速铁路网。", 2022),
    ("今年6月20日,枫林高铁全线通车运行。", 2022),
]


@pytest.mark.parametrize(("text", "year"), MARKED)
def test_a_completion_whose_meaning_is_told_is_a_fact(text: str, year: int | None) -> None:
    assert target_of(text, "枫林高铁", dt.date(2022, 3, 9)) == year


# the way one travels now, told step by step ("需要通过X借道某地,…再走Y"): both are roads in service
WAY_TAKEN = [
    case("从主城前往某县,需要通过枫林高速借道四川万源,在石塘下道后,再走竹园快速通道。", "枫林高速", "completed"),
    case("从主城前往某县,需要通过枫林高速借道四川万源,在石塘下道后,再走竹园快速通道。", "竹园快速通道", "completed"),
    # negatives: the way ahead in the item's own clause, a visit (走进)
    case("项目建成后,将通过枫林高速借道四川万源。", "枫林高速", "unspecified"),
    case("代表们再走进竹园快速通道建设工地。", "竹园快速通道", "under_construction"),
]


@pytest.mark.parametrize(("text", "name", "stage"), WAY_TAKEN)
def test_the_way_taken_now_is_in_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# an itemised list whose earlier items leave words unread ("包括A西延线、B", "其中包括A的扩容工程、B以及C"): the
# later items are still itemised, and take the count's stage
ITEMISED_LEFTOVERS = [
    case("今年新开工9个高速公路项目,其中包括枫林高速某段的扩容工程、竹园至柳溪高速以及石门至青山高速等重大项目。",
         "竹园至柳溪高速", "starting"),
    case("某市集中开工27个重点项目,总投资约150亿元,包括枫林大道西延线、竹园路、柳溪自来水厂等。", "竹园路", "starting"),
    # negatives: no list word, a count without a cue
    case("某市集中开工27个重点项目,总投资约150亿元,推进枫林大道西延线、竹园路、柳溪自来水厂等。", "柳溪自来水厂", "unspecified"),
    case("某市有27个重点项目,总投资约150亿元,包括枫林大道西延线、竹园路、柳溪自来水厂等。", "竹园路", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), ITEMISED_LEFTOVERS)
def test_an_itemised_list_with_words_left_unread(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage
