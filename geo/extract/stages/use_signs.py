"""Signs that an item is used now: services run at it, vehicles and shipments, traffic, visits, water drawn or moved.

A service run at a hub or a hub's new routes, a measure or a year's traffic through it, a vehicle leaving or
reaching it, a shipment bound for it, a line one takes or rides, a visit or a study visit, what a facility holds
and can do, a water or power facility at work, water moved into or out of it. Each makes the item in service
unless its sentence looks ahead (:data:`geo.extract.stages.frame_words.FUTURE_RE`). Read by
:mod:`geo.extract.stages.existing`, :mod:`geo.extract.stages.clause_frames` (a hub) and
:mod:`geo.extract.stages.later_clauses` (holdings and traffic).
"""

from __future__ import annotations

import re

from geo.extract.lexicon import COUNT_NUMBER
from geo.model import EntityType

#: A train or a shipment bound for an item, one arriving there, a way leading to it ("开往X站的列车",
#: "发往X港", "运送至X港实施江海联运", "磷矿石运抵X港", "抵达X站", "通往X大桥的滨江路"): the item is in
#: service, unless the sentence looks ahead ("通车后,半小时可抵达X") or tells a test run of a line not yet open
#: ("检测车…开往X站").
#: A visit to a facility (issue #11, existing infrastructure as context): "袁某来到X站,观看专题片", "视察团前往A、
#: B、X,开展视察调研" (the places before it in the list may be unread): the place is in service, unless the
#: visit is to a works site ("来到A、B等项目现场": 现场, 工地, 一线 later in the clause). ("走进X" opens a feature story: no visit.)
VISIT_NEAR = re.compile(r"(?:来到|前往)(?:[^,，。;；、]{0,14}、)*$")
VISIT_SITE_RE = re.compile(r"现场|工地|一线")
#: An official's study visit to it ("某某还调研了A、B和C", "实地调研X航道", "考察了X港"): the place is in service,
#: unless the visit is to works or a plan ("调研X建设情况", "考察X前期工作推进", "考察X施工现场"; read later in
#: the clause). Not 视察 alone: deputies inspect works as often as places in service ("代表们视察了X站").
STUDY_VISIT_NEAR = re.compile(r"(?:调研|考察)了?(?:[^,，。;；、]{0,14}[、和及])*$")
STUDY_VISIT_WORKS_RE = re.compile(VISIT_SITE_RE.pattern + r"|建设|施工|进展|推进|规划|前期|选址|工程|项目")

#: A shipment about to leave for it ("产品将发往X港", "将运往某国的X港"): the 将 is the goods', not the item's
#: (the country or city of the item may stand between: "运往某国的X港").
DESTINATION_NEAR = re.compile(r"(?P<ahead>即将|将)?(?:开往|发往|运往|抵达|通往|运至|运送至|送至|转运至|运抵)(?:[^\s,，。;；、的]{1,6}的)?$")
TEST_RUN_RE = re.compile(r"检测车|试验车|试运行|联调联试|试跑")

#: What a facility holds now: "现有1条长2800米的跑道", "已有5个千吨级泊位" (not a time: "个月").
HOLDINGS_RE = re.compile(r"(?:现有|已有|拥有|建有)[^,，。;；]{0,6}?" + COUNT_NUMBER + r"(?:座|条|个(?!月)|处|台)")

#: A hub's capacity in place, right after it or its list (issue 11 item 2): "A港区、B港区分别具备1000吨级轮船直达
#: 甲地的能力", "X码头已具备年吞吐200万吨的能力" → in service; not one ahead ("建成后将具备…": :data:`geo.extract.stages.frame_words.FUTURE_RE`), nor
#: one just reached ("已初步具备": works still closing).
CAPABLE_AFTER_RE = re.compile(r"(?:分别|均|都|已|现已|已经|目前)?具备[^,，。;；]{0,30}?能力")

#: A service run at items ("大力发展A机场、B机场等枢纽场站的接驳客运班线", "X港的集装箱航线"): the items
#: are in service. Read after the item's list.
SERVICE_AT_RE = re.compile(r"(?:等)?[^,，。;；的]{0,8}的(?:接驳|直达|集装箱|国际|国内)?(?:客运|货运)?(?:班线|航线|班轮|班列|航班)")

#: A hub running new services, told right after it as its subject ("X机场新开通3条航线", "X站开行首趟货运班列",
#: "X港今年新开航线5条"): the hub is in service. Not a service still ahead ("X机场建成后将开通10条航线",
#: "计划开行").
HUB_TYPES = frozenset({EntityType.AIRPORT, EntityType.PORT, EntityType.RAIL_STATION, EntityType.LOGISTICS_HUB})
HUB_SERVICE_AFTER_RE = re.compile(
    r"(?:(?!将|计划|预计|拟|力争|争取|有望|后)[^,，。;；、与和及同]){0,6}?(?:新?开通|开行|新增|新开|开辟|加密)"
    r"[^,，。;；]{0,12}?(?:航线|班列|航班|班轮|列车|班线)"
)

#: A measure of the traffic or trade through the items, right after their list ("A和B进出口货值,由2016年的
#: 0.96亿元增长至2021年40.05亿元", "X火车站客流稳居全省首位", "X站就累计发送旅客1.5万人次", "X物流园
#: 社会物流总额突破千亿元"): in service, unless the figure is
#: a forecast or a design ("X旅客吞吐量将达到…", "设计吞吐量").
MEASURE_AFTER_RE = re.compile(
    # (after the list's count or kind: "A港、B港两个港口吞吐量", "A站、B站等车站旅客发送量")
    r"(?:(?:等|" + COUNT_NUMBER + r"[个座处])(?:港口|港区|机场|车站|码头|作业区|物流园区?|枢纽)?)?"
    r"(?:的)?(?:进出口(?:货值|额|总值|总额)|(?:货物|集装箱|旅客)?吞吐量|客流量?|车流量|货运量|客运量|旅客发送量"
    r"|(?:就|已)?(?:累计|单日|日均)?发送旅客|(?:社会)?物流(?:总额|业务量))"
    r"(?![^,，。;；]{0,8}?(?:将|预计|可达|设计|目标|预测|有望))"
)

#: A line used now: "乘坐X高铁只需1小时", "搭乘X".
USE_NEAR = re.compile(r"(?:乘坐|搭乘)$")

#: A vehicle leaving, reaching or running on an item, told as happening (issue #11 item 2: "a station
#: trains leave from", "a road one drives on now"): "动车从X站缓缓驶出", "由X站始发的公交", "航班在X机场
#:降落", "在国道X上一路飞驰", "X站均有开往Y的列车" → in service, unless the sentence looks ahead
#: (:data:`geo.extract.stages.frame_words.FUTURE_RE`: "开通后将从X站始发"). A new line's start ("自X站引出") is no vehicle.
VEHICLE_NEAR = re.compile(r"(?:从|由|在)$")
VEHICLE_AFTER_RE = re.compile(
    r"(?:上|内)?[^,，。;；]{0,6}?(?:驶出|驶离|驶入|出发|始发|发车|开出|起飞|降落|抵达|停靠|靠泊|飞驰|行驶|开往|发往|发出的"
    # people setting off by boat from a wharf ("一行从X码头乘船调研Y航道"); not a way of shipping told as a
    # possibility ("货物从X港区登船后,可…")
    r"|乘船(?!后)|坐船(?!后))"
)
#: A water or power facility doing its work now (issue #11 item 2, existing infrastructure as context): "X水库正在溢洪",
#: "X水库向Y河增补生态用水300万立方米", "从X提水工程取水", "X电站发电量…" → in service, unless the sentence looks
#: ahead; a port with ships coming and going ("X港区船舶穿梭"). Not works on a site ("工程车辆往来穿梭").
IN_USE_AFTER_RE = re.compile(
    r"(?:[^,，。;；]{0,4}?(?:溢洪|泄洪|开闸|蓄水量|供水量|发电量)"
    r"|(?:一直|持续|长期|仍然|仍)?向[^,，。;；]{1,12}?(?:供水|补水|增补|调水|输水|送水|送电|供电)"
    r"|(?:一直|持续)?(?:供水|供电|发电)(?:[,，。;；]|$)"
    r"|[^,，。;；]{0,2}?(?:船舶|船只|货船|客船)(?:往来)?穿梭)"
)
#: "从X取水": a water facility drawn on now.
DRAWN_FROM_RE = re.compile(r"[^,，。;；]{0,2}?(?:取水|引水|调水)")
#: The verb before it: "从X取水", also past a short attribute of X ("一直从为某区供水的X取水").
DRAWN_FROM_NEAR = re.compile(r"从(?:[^,，。;；从]{1,16}的)?$")
#: Water facilities the water of a scheme flows into or out of (issue #11 item 2, "the water a scheme moves"):
#: "将A水库的蓄水引入B水库", "最终分别汇入A、B及C水库", "连通A水库、B水库为县城供水", "为A、B等水源工程补水",
#: "A、B等中小型水库…共有24座正在溢洪" → in service, unless the item's own clause looks ahead or marks it new
#: ("建成后将水引入X", "引入新建的X"; the scheme's own "该工程建成后,可将…" is another clause's). Only water facilities:
#: "引入X站" is a line's, read by :data:`geo.extract.stages.route_relations.RELATIONS`.
WATER_INTO_NEAR = re.compile(r"(?:引入|汇入|注入|流入|调入|补入|连通)$")
WATER_OUT_AFTER_RE = re.compile(r"的(?:蓄水|来水|库水|水)[^,，。;；]{0,6}?(?:引入|调入|调往|引至|调至|输送|送往|送入)")
WATER_FOR_NEAR = re.compile(r"为$")
WATER_FOR_AFTER_RE = re.compile(r"(?:等[^,，。;；]{0,8}?)?(?:补水|供水)")
WATER_SPILL_AFTER_RE = re.compile(r"[^,，。;；]{0,40}?正在(?:溢洪|泄洪)")
#: Words of the item's own clause that put the flow ahead or the item among new works (not :data:`geo.extract.stages.frame_words.FUTURE_RE`'s bare
#: 将, which is the disposal marker of these sentences: "可将A水库的蓄水引入B").
WATER_NOT_NOW_RE = re.compile(r"建成后|投用后|通水后|届时|预计|有望|力争|未来|将来|计划|拟|新建|规划|在建")
IN_USE_TYPES = frozenset({EntityType.WATER, EntityType.ENERGY, EntityType.PORT})

#: A line one takes now ("目前最快的方式仍是走X高速", "只能走X国道"); not 走进/走出 (a visit).
ROAD_TAKEN_NEAR = re.compile(r"(?:是|仍是|只能|可以|可|就|要|再|先|还得|需要)走$")

VEHICLE_TYPES = frozenset({EntityType.RAIL_STATION, EntityType.AIRPORT, EntityType.PORT, EntityType.HIGHWAY, EntityType.RAILWAY})

#: A year's traffic of a facility in service: "2020年旅客吞吐量54.9万人次", "货物吞吐量突破300万吨"
#: (not a design figure: "按旅客吞吐量800万人次设计").
TRAFFIC_RE = re.compile(
    r"(?:(?:旅客|货物|集装箱)吞吐量(?:达到?|突破|超过|为)?[\d.]+万(?:人次|吨|标箱)"
    r"|(?:日均|年均|累计)?(?:车流量|客流量|旅客发送量|通行车辆)(?:达到?|突破|超过|为)?[\d.]+万?(?:辆|人次|架次))"
    r"(?![^,，。;；]{0,8}?(?:设计|目标|需求))"
)
