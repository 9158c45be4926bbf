"""Stage of a network's items, credited captions, news verbs of service, plans' items and site reports (issue 11 item 2).

Stage classes found on several tuning splits at once (issue #11 item 2).

Every sentence here is invented (real-sounding places, made-up projects); none is copied from a
document of the blind sets. Each class was seen in at least two splits annotated by different
people, and has negatives: nearby shapes where the rule must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import case, stage_of

# works built along with a project ("同步建设A连接线", "A、B等5条高速公路同步建设"): the project's stage,
# the nearest item before them in their sentence with a stage of works, else the report's subject
BUILT_ALONG = [
    case("枫林高铁今日开工建设。枫林高铁全长200公里,同步建设竹园至石门连接线、柳溪联络线。", "柳溪联络线", "starting"),
    case("枫林至竹园一级公路今日开工。该项目全长56公里,同步建设东乡、和政连接线30公里。", "和政连接线", "starting"),
    case("枫林高速公路可行性研究报告获批。该项目全长43公里,同步建设竹园互通连接线10公里。", "竹园互通连接线", "preliminary"),
    case("枫林高铁今日全线开工。枫林高铁分两段建设,同步建设竹园站与石门站联络线。", "石门站联络线", "starting"),
    case("枫林高铁建设如火如荼;与此同时,竹园至石门高速、柳溪至青山高速等2条高速公路同步建设,路网更密。",
         "竹园至石门高速", "under_construction"),
    # negatives: pushed on together (同步推进), a shared goal (同步建成), a project already built,
    # no project with a stage of works before them
    case("竹园至石门高速、柳溪至青山高速同步推进。", "竹园至石门高速", "unspecified"),
    case("枫林高铁已建成通车。同步建设竹园至石门连接线。", "竹园至石门连接线", "unspecified"),
    case("某市交通发展很快。同步建设竹园至石门连接线。", "竹园至石门连接线", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), BUILT_ALONG)
def test_works_built_along_take_the_project_stage(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# the items a network in place is made of ("形成了以A、B组成的综合立体交通网", "由A和B(C)组成,是…唯一交通命脉",
# "与A、B一起,形成…外环高速路网"): built, unless the sentence looks ahead or plans
NETWORK_MADE_OF = [
    case("近年来,某县形成了以竹园港、枫林高速、石门高铁组成的综合立体交通网。", "枫林高速", "completed"),
    case("从某县到某镇,在境内由枫林公路和竹园公路组成,是沿线乡镇联通县城的唯一交通命脉。", "竹园公路", "completed"),
    case("枫林绕城高速南段,与枫林绕城高速东段、竹园高速、石门高速一起,形成枫林首条外环高速路网。", "竹园高速", "completed"),
    # negatives: the network ahead, planned, being built, or a project's own parts (no network)
    case("竹园高速、石门高速建成后,将共同构成环城高速路网。", "竹园高速", "unspecified"),
    case("拟新建竹园高速、石门高速,共同组成环城高速路网。", "竹园高速", "proposed"),
    case("由竹园高速和石门高速组成的快速路网正在加快建设。", "竹园高速", "under_construction"),
    case("该工程由竹园水库和石门渠道组成,总投资10亿元。", "竹园水库", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), NETWORK_MADE_OF)
def test_the_items_a_network_in_place_is_made_of_are_built(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# an opening held at a place ("X通车仪式在Y站举行", "专列首发暨X通车活动在Y园区举行"): the place is in service
OPENING_VENUE = [
    case("12月26日上午,枫林港铁路集疏运中心通车仪式在竹园港站举行。", "竹园港站", "completed"),
    case("4月14日,汽车专列首发暨枫林高新区铁路专用线通车活动在枫林高新区竹园产业园举行。", "枫林高新区竹园产业园", "completed"),
    # negatives: an event of works, a meeting held there
    case("枫林高速集中开工活动在竹园产业园举行。", "竹园产业园", "unspecified"),
    case("枫林高速项目推进会在竹园产业园召开。", "竹园产业园", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), OPENING_VENUE)
def test_the_place_of_an_opening_is_in_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# a photo caption naming the item with its credit closing the line, spaced or glued once the spaces
# between Chinese characters are dropped ("X大桥 通讯员 某某 摄", "X大桥某某摄"), also right after another
# caption whose line break was joined: the item pictured is there
CAPTION_CREDIT = [
    case("竹园特大桥 通讯员 李文圣 摄\n某县召开交通工作会议。", "竹园特大桥", "completed"),
    case("竹园特大桥       韩毅  摄\n某县召开交通工作会议。", "竹园特大桥", "completed"),
    case("竹园特大桥通讯员李文圣摄\n某县召开交通工作会议。", "竹园特大桥", "completed"),
    case("国道351线路况良好,车流不息韩毅摄\n竹园特大桥韩毅摄\n织密交通网\n某县召开交通工作会议。", "竹园特大桥", "completed"),
    # negatives: a view of a plan or of works, a line without a credit
    case("竹园特大桥效果图韩毅摄\n某县召开交通工作会议。", "竹园特大桥", "unspecified"),
    case("竹园公路通车,市民出行更方便某某摄\n枫林特大桥效果图某某摄\n织密交通网", "枫林特大桥", "unspecified"),
    case("竹园特大桥施工现场韩毅摄\n某县召开交通工作会议。", "竹园特大桥", "under_construction"),
    case("竹园特大桥\n某县召开交通工作会议。", "竹园特大桥", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), CAPTION_CREDIT)
def test_a_caption_with_its_credit_pictures_an_item_in_place(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# the items a subject follows on from in a counted series, each with its bracket ("继A(甲—乙)、B(丙—丁)和C
# 三条铁路后,建设的第四条"): there already, as in "继A、B后的第3条"
SERIES_COUNTED = [
    case("枫竹铁路是我省继枫林(枫林北—枫林)、竹园(竹园—石门)和柳溪(柳溪—青山)三条铁路后,建设的第四条城际铁路。",
         "竹园铁路", "completed"),
    case("枫竹高速是两地继枫林高速、竹园高速后的第3条高速大通道。", "竹园高速", "completed"),
    # negatives: a milestone after the series (a start: the clause's own cue), no rank after the series
    case("继枫林高速建成后,竹园高速也将开工。", "竹园高速", "starting"),
    case("继枫林高速、竹园高速后,我市还将建设第三条高速。", "竹园高速", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), SERIES_COUNTED)
def test_the_items_of_a_counted_series_are_there(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# a shipment about to leave for a port or a station ("产品将发往X港", "将运往某国的X港"): the 将 is the
# goods', the destination is in service
SHIPMENT_BOUND = [
    case("同一时间,位于新区的某科技公司一批产品将发往枫林竹园港。", "枫林竹园港", "completed"),
    case("今天发车的班列中,有6个集装箱装载着150吨产品,将运往柬埔寨的竹园港。", "竹园港", "completed"),
    case("开往竹园站的列车今日加开。", "竹园站", "completed"),
    # negatives: the sentence looks ahead before the shipment, a test run
    case("枫林高铁开通后,列车将开往竹园站。", "竹园站", "unspecified"),
    case("枫林港建成后,货物将运往竹园港。", "竹园港", "unspecified"),
    case("检测车今日开往竹园站。", "竹园站", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), SHIPMENT_BOUND)
def test_a_shipment_bound_for_an_item_tells_it_in_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# news verbs of service not read before: navigation resumed (复航), a line run at its design speed (达速运营);
# as 通航, a goal of them ("实现全线复航", "尽快实现达速运营") says nothing, nor do works named so ("复航工程")
SERVICE_VERBS = [
    case("石门航道全面复航,货船往来。", "石门航道", "completed"),
    case("枫林铁路8月31日正式开通运营,竹园至石门高铁(某某段)10月11日达速运营。", "竹园至石门高铁某某段", "completed"),
    # negatives
    case("推动竹园高铁尽快实现达速运营。", "竹园高铁", "unspecified"),
    case("枫林二线、竹园高速等项目相继建成通车,石门航道实现全线复航。", "石门航道", "unspecified"),
    case("竹园高速扩容工程、石门航道复航工程有序推进。", "石门航道", "under_construction"),
]


@pytest.mark.parametrize(("text", "name", "stage"), SERVICE_VERBS)
def test_news_verbs_of_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# the whole an item is told a (重要)组成部分 of ("柳梧铁路为A铁路的重要组成部分", "作为A高速的重要组成部分"):
# the corridor of a plan, not all of it built, says nothing; the whole is built when the copula says now
# ("现为A公路的组成部分") or the part is a 段落 or a 支流 of it (tests/extract/stages/test_stages.py DESCRIBED)
PART_OF_A_CORRIDOR = [
    case("柳梧铁路为柳州至广州铁路的重要组成部分,是一条客货兼顾的区域性干线铁路。", "柳州至广州铁路", "unspecified"),
    case("作为罗甸至望谟高速的重要组成部分,该项目全长8.692公里。", "罗甸至望谟高速", "unspecified"),
    case("该段道路现为竹园至石门公路的组成部分。", "竹园至石门公路", "completed"),
    case("北河大桥改造工程是国家高速公路网G65包茂高速、G69银百高速的重要段落。", "G69银百高速", "completed"),
]


@pytest.mark.parametrize(("text", "name", "stage"), PART_OF_A_CORRIDOR)
def test_the_corridor_an_item_is_part_of(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# items a plan holds, told by 规划有 ("并规划有A、B等项目") or 入规 ("入规的高速公路项目包括:新增A、B"), as 规划A、B and
# 纳入规划: proposed; not a plan followed (按照规划) nor 出入规定
PLAN_HOLDS = [
    case("目前水库区域内已形成双向通道,并规划有枫林至竹园高速、S215石门至柳溪段新建以及S311升级改造等项目。",
         "S215石门至柳溪段", "proposed"),
    case("入规的高速公路项目包括:新增枫林至竹园高速、石门经柳溪至青山高速、竹园互通4个项目。", "石门经柳溪至青山高速", "proposed"),
    # negatives
    case("按照规划,枫林至竹园高速今年通车。", "枫林至竹园高速", "completed"),
    case("车辆出入规定:枫林至竹园高速禁止货车通行。", "枫林至竹园高速", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), PLAN_HOLDS)
def test_items_a_plan_holds_are_proposed(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# a report from the item's site in the next clauses of its sentence ("X隧道焊花飞溅,快速掘进", "在X项目(简称:Y)
# 工程车辆往来穿梭,工人有序施工,场面如火如荼", "首个…工程---X,正在…开展抱杆组塔工作"): the works go on
SITE_REPORT = [
    case("枫林高铁开州段石门隧道焊花飞溅,快速掘进。", "石门隧道", "under_construction"),
    case("枫林高铁开州段石门隧道焊花飞溅,快速掘进。", "枫林高铁开州段", "under_construction"),
    case("连日来,西南地区首个特高压交流输电工程---枫林1000千伏特高压交流输电工程,正在竹园镇开展左右双回线路的抱杆组塔工作。",
         "枫林1000千伏特高压交流输电工程", "under_construction"),
    case("在枫林数字经济产业园项目(简称:枫林项目)工程车辆往来穿梭,工人有序施工,场面如火如荼。", "枫林数字经济产业园", "under_construction"),
    # negatives: the item object of another verb, described with works around it named, a status of the next item
    case("依托竹园港,物流园建设如火如荼。", "竹园港", "unspecified"),
    case("竹园港货运繁忙,周边多个项目建设如火如荼。", "竹园港", "unspecified"),
    case("竹园港位于某县,物流园建设如火如荼。", "竹园港", "unspecified"),
    case("竹园至石门高速(重庆段)位于某县南部,工可线路推荐方案起于在建枫林高速安稳互通,经打通镇至某县。",
         "竹园至石门高速重庆段", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), SITE_REPORT)
def test_a_report_from_the_site_tells_works_going_on(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# the last items of an itemising list joined by 以及 ("包括A、B以及C、D"): of the list, as the items before
ITEMISED_AND_ALSO = [
    case("规划8条快速铁路,设计速度250km/h,包括枫林铁路、竹园铁路以及石门至柳溪、青山至绿水联络线。", "青山至绿水联络线", "proposed"),
    case("计划于2025年新开工的9个高速公路项目总投入超过900亿元,其中包括枫林至竹园高速、石门至柳溪高速以及青山至绿水高速等重大项目。",
         "青山至绿水高速", "starting"),
    # negative: a count without a stage
    case("某市有8条铁路,包括枫林铁路、竹园铁路以及石门至柳溪铁路。", "竹园铁路", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), ITEMISED_AND_ALSO)
def test_items_joined_by_yiji_are_of_the_itemised_list(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# a predicate of lines in service after the item is not the item's when it looks ahead ("A、B将在某区交汇") or
# tells the place the item lies in ("X位于A与B的交汇口"); lines crossing or meeting now stay built
CONTEXT_PREDICATE_NOT_ITEMS = [
    case("境内枫林、竹园铁路纵横交错,国家“八纵八横”之石门高铁、柳溪高铁将在某区“十字”交汇。", "柳溪高铁", "unspecified"),
    case("枫林产业园位于长江与綦河的交汇口,建议纳入统一规划。", "枫林产业园", "unspecified"),
    case("境内枫林铁路、竹园铁路纵横交错。", "竹园铁路", "completed"),
    case("某县境内的枫林高速和竹园高速交汇处,云遮雾罩。", "竹园高速", "completed"),
]


@pytest.mark.parametrize(("text", "name", "stage"), CONTEXT_PREDICATE_NOT_ITEMS)
def test_a_context_predicate_ahead_or_of_a_place_is_not_the_items(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# a line's 贯通 told with what it brought ("X的贯通,让…成为日常", "X贯通带动…驶入动车时代"): the line runs;
# a breakthrough of works alone stays 在建
BREAKTHROUGH_WITH_EFFECT = [
    case("作为国家高速铁路网的重要组成部分,枫林高铁竹园至石门段的贯通,让武陵山区百姓的同城化生活成为日常。",
         "枫林高铁竹园至石门段", "completed"),
    case("过去五年来,枫林铁路复线贯通带动大小凉山地区驶入动车时代。", "枫林铁路复线", "completed"),
    # negatives
    case("枫林高铁竹园隧道顺利贯通,标志着全线隧道贯通。", "枫林高铁竹园隧道", "under_construction"),
    case("枫林高速全线贯通,为年底通车奠定基础。", "枫林高速", "under_construction"),
    # a whole line joined through end to end with nothing ahead is built (part-t24: tests/extract/stages/test_stage_joined_through_and_start_done.py)
    case("枫林高速全线贯通。", "枫林高速", "completed"),
]


@pytest.mark.parametrize(("text", "name", "stage"), BREAKTHROUGH_WITH_EFFECT)
def test_a_line_joined_up_with_its_effect_runs(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# a visit to a facility ("某某来到X站,观看专题片", "视察团前往A、B、X站,开展视察调研"; the places before it may be
# unread): the place is in service; not a visit to a works site, nor one the sentence looks ahead to
VISITED = [
    case("上午8时30分,某某来到轨道交通10号线竹园站,观看城市交通重大项目建设专题片。", "轨道交通10号线竹园站", "completed"),
    case("5月4日,市政协副主席率领视察团,前往枫林铁路集装箱中心站、竹园物流园、石门西站,重点围绕对外开放大通道建设情况开展了视察调研。",
         "石门西站", "completed"),
    # negatives
    case("市人大代表先后来到轨道交通一号线某段、枫林隧道、竹园隧道等项目现场,认真听取情况介绍。", "枫林隧道", "unspecified"),
    case("记者来到枫林隧道施工现场,工人们正在作业。", "枫林隧道", "under_construction"),
    case("枫林高铁开通后,游客将来到竹园站换乘。", "竹园站", "unspecified"),
    case("走进竹园产业园。", "竹园产业园", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), VISITED)
def test_a_visited_facility_is_in_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage
