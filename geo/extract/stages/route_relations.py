"""The lines and places a route or a new line relates to: what it starts at, joins, crosses, passes or is linked through.

A route's existing ends ("顺接A", "止于B"), the line or station a new line leaves from, the stations, airports and
trunk lines a new work joins, a new link's far end, a street a route runs along, lines meeting at a structure, a
line passing a place, the ways a place is linked today, distances to reference points, a junction station, and an
item joined to another. The items so related are there already (issue #11 item 2). Read by
:mod:`geo.extract.stages.existing` (its readers of lines), :mod:`geo.extract.stages.cued_stage` (a route's end),
:mod:`geo.extract.stages.clause_frames` (a context governing the item) and :mod:`geo.extract.stages.headlines` (a route's clause).
"""

from __future__ import annotations

import re

from geo.model import EntityType

#: A verb naming the existing line a route starts at, ends at or joins ("顺接A、B", "止于C", "接入D",
#: "西起A", "东接B、C", "终点接D"): stronger than a milestone later in the sentence, which is the route's own.
ROUTE_END_NEAR = re.compile(r"(?:顺接|起于|止于|起自|终于|终到|接入|[东南西北](?:起|接)|(?:起点|终点)顺?接)$")
#: A line or station a new line leaves from ("线路自A站引出", "从B铁路C站接出"): the preposition before the
#: item (:data:`ROUTE_FROM_NEAR`) and the verb after it (:data:`ROUTE_FROM_AFTER_RE`); the station is there already.
ROUTE_FROM_NEAR = re.compile(r"(?:自|从|由)$")
ROUTE_FROM_AFTER_RE = re.compile(r"(?:引出|接出)")

#: A line crossed, its crossing verb still read as a part of the name ("涉及跨襄渝铁路", "跨越X高速"):
#: the line crossed is there already (a bridge named for what it spans, "跨江大桥", ends otherwise).
CROSSED_NAME_RE = re.compile(r"跨越?[^跨]{2,12}?(?:铁路|高铁|高速公路|高速|国道|省道|轻轨|轨道交通\S{0,4}线)")

#: A station a new line relates to (issue #11): a line brought into it ("引入X站"), joining it
#: ("连接X站") or ending at it ("东至X站") → in service. Read for stations only (:data:`RELATIONS`):
#: a road's end named so may be its own new toll station or interchange, a park or a district is a
#: place. A status word between the verb and the item ("引入新建X站", "东至规划X站") ends the
#: match, so a planned end keeps its own stage. (A line crossed, "跨越X铁路", is one too, but the
#: crossing verb is still read as a part of the name: "跨X铁路".)
STATION_NEAR = re.compile(r"(?:引入|连接|[东南西北]至)$")
#: An airport a new road or line links ("连接A新区和B国际机场的直达通道", "直达X机场") is in service too.
AIRPORT_NEAR = re.compile(r"(?:连接|直达|通达|直通)$")
#: Trunk lines a new work joins together ("连接A高铁和B高铁的重要纽带", "连接A与B干线的关键工程") are in service:
#: the verb before the list and 的 after it (a work described by what it joins); a route told end by end
#: ("起于X,连接A,经…后连接B") says nothing of A's stage.
LINES_JOINED_NEAR = re.compile(r"(?:连接|连通|串联起?|联通)$")
LINES_JOINED_AFTER_RE = re.compile(r"(?:[与和及][^,，。;；的]{2,14}?)?(?:两大|主)?(?:干线)?的")
LINE_TYPES = frozenset({EntityType.RAILWAY, EntityType.HIGHWAY})
#: Lines a work has joined, told as done (issue #11 item 2, existing lines as references of a new item):
#: "连接了A、B、C" (a perfective verb right before the list), and the lines a link line serves, after a copula
#: ("X是A、B、C的联络线", "也是D安全运营的保障线"). Not when the item's sentence looks ahead before it
#: ("建成后将连接A") nor a line marked planned ("是规划A的连接线": :data:`geo.extract.stages.status_marks.PLANNED_MODIFIER_RE`).
LINES_JOINED_DONE_NEAR = re.compile(r"(?:连接|连通|联通|串联|衔接|沟通)了$")
LINK_LINE_AFTER_RE = re.compile(r"[^,，。;；的]{0,6}的(?:关键|重要|主要)?(?:联络线|连接线|保障线|联系通道)")
#: The far end of a new line, link or circuit the clause builds ("新建联络线经A站连接B、C线", "新建2回长约23千米的线路
#: 至X变"): the lines or the substation it is built to reach are there already (issue #11 item 2, part s37). The verb
#: must end right before the item, so a status word in between ("连接规划的X") keeps the item's own stage.
NEW_LINK_TO_RE = re.compile(r"新建[^,，。;；]{0,30}?(?:线路|联络线|连接线)[^,，。;；]{0,20}?(?:连接|至|接入)$")
RELATIONS: tuple[tuple[frozenset[EntityType], re.Pattern[str]], ...] = (
    (frozenset({EntityType.RAIL_STATION}), STATION_NEAR),
    (frozenset({EntityType.AIRPORT}), AIRPORT_NEAR),
)

#: A street by its name ("X大道", "Y路", "Z街"; not a railway, highway or trunk road: "X铁路", "Y公路", "Z高速路").
STREET_NAME_RE = re.compile(r"(?<!铁)(?<!公)(?<!高速)(?<!国道)(?<!省道)(?:路|大道|大街|街)$")

#: A route told to pass or run along the item, the verb right before it or its list ("经A路", "途经B大道", "沿C路").
ALONG_ROUTE_RE = re.compile(r"(?:途经|经过?|沿着?)$")

#: A rail transit line ("轨道交通5号线", "地铁1号线", "S1线", "轻轨", "有轨电车").
TRANSIT_LINE_RE = re.compile(r"轨道交通|地铁|轻轨|有轨电车|单轨|\d+号线|[Ss]\d+线")

#: Verbs that make the items of their list existing infrastructure whatever else the clause says
#: (issue #11): lines a new one links ("是衔接A、B及C三大干线的联络线"), a landmark a route starts
#: or ends beside ("起点为X附近"). Read on the words before the item's list with the other items
#: removed; one short noun phrase of the list may stand between, an attribute with 的 may not.
#: (依托, "built on", is not one: the independent gold reads "依托X建设Y" as saying nothing of X.)
#: A structure stringing existing items together ("X立交串联起A、B区、C大桥等区域") is one too.
CONTEXT_GOVERNING_WORDS = ("衔接", "点为", "点位于", "串联", "串起")
CONTEXT_GOVERNS = re.compile(r"(?:衔接|[起终]点为|[起终]点位于|串联起?|串起)(?:[^,，。;；的]{0,10}[和及与、])?$")

#: Lines meeting at a structure ("X立交是A、B、C相交的五路交叉立交"), as the lexicon's 交汇: in service.
MEET_AFTER_RE = re.compile(r"[^,，。;；将拟]{0,2}?相交(?:的|处|于)")

#: A line told as passing a place now, right after it or its list ("A及B经过彭水", "X铁路经过某县并设立Y站"):
#: in service unless the sentence looks ahead (:data:`geo.extract.stages.frame_words.FUTURE_RE`) or plans (规划, 拟, 新建). Not a span of
#: time or effort ("X经过8年努力实现开工") nor works done to it ("经过整修的X").
PASSES_AFTER_RE = re.compile(
    r"(?:均|都|也|仅)?经过(?![\d一二三四五六七八九十几多两数]|整修|改造|改建|扩建|建设|施工|努力|审批|论证|批准|研究|规划|设计)"
)

#: Lines a place is linked through now ("洪江至武冈可通过A、B、C高速公路相连", "与X相接"): the verb before
#: the list and the predicate after it (:func:`geo.extract.stages.existing.is_context`); not when the sentence
#: looks ahead (:data:`geo.extract.stages.frame_words.FUTURE_RE`).
LINKED_VIA_RE = re.compile(r"(?:通过|经由|经|与|同)$")
LINKED_AFTER_RE = re.compile(
    r"[^,，。;；]{0,8}?(?:相连|相接|相通|连通|连接(?!线|起来)|互联互通|换乘"
    # "通过A和B高速直达主城", "经X可达": the way one travels now; a change of road at an interchange
    # ("可通过X互通转换至Y高速"); a link achieved ("通过X高铁实现了A、B通高铁"); a detour ("需要通过X借道某地")
    r"|直达|可达|通达|到达|转换至|转至|实现了|借道)"
)
#: Lines a stretch links places through now (issue 11 item 2): "东端通过X铁路分别衔接甲地、乙地". Only after
#: 通过/经由: "与X衔接" names a route's end, coded both ways (CONVENTIONS.md).
LINKED_THROUGH_RE = re.compile(r"(?:通过|经由)$")
LINKED_THROUGH_AFTER_RE = re.compile(r"[^,，。;；]{0,6}?衔接(?!线)")
#: The ways a place is linked today (issue 11 item 2): "目前,甲市与乙市的联系主要是通过A高速公路和B铁路",
#: "货物运输主要依靠A港和B站": the verb right before the list (the clause must not look ahead: :data:`geo.extract.stages.frame_words.FUTURE_RE`).
MAIN_VIA_NEAR = re.compile(r"主要(?:是|仍是|还是)?(?:通过|依靠|依赖|经由|靠|走)$")
#: Distances from a place to items named as its reference points (issue 11 item 2): "距甲城区40公里,至A站25公里、
#: B机场60公里": the clause opens with the verb of distance and a distance follows the item.
DISTANCE_LEAD_RE = re.compile(r"\s*(?:东|西|南|北|直线)?(?:距离?|离|至|到)")
DISTANCE_AFTER_RE = re.compile(r"(?:约|仅|只有|不足|不到|大约)?[\d.]+多?(?:公里|千米|km|KM)")

#: A station where a line joins another ("并在X站与Y铁路连接", "在X站与Y铁路相连/衔接"): the station is there
#: already, as where lines meet (接轨, 交汇: lexicon.CONTEXT_AFTER). Not a junction still ahead ("将在X站与Y连接").
JUNCTION_NEAR = re.compile(r"在$")
JUNCTION_AFTER_RE = re.compile(r"与[^,，。;；将]{1,20}?(?:连接|相连|衔接|相接|接轨|交汇)")

#: A clause of a route opening with its verb: "起于A隧道", "经A镇、B镇连接C收费站", "止于D".
ROUTE_RE = re.compile(r"\s*(?:起于|起自|起点|止于|终于|终点|途经|经|连接|接入|穿越|跨越)")

#: An item joined to another as the existing end of the join: "将新港与宜万铁路连接起来", "与G50相连".
#: Also the partners a subject forms a whole with: "A与B将组成高铁环线", "A将与B、C形成功能互补".
#: A line the new one crosses is one too ("在某镇与G59呼北高速相交", "与G42沪蓉高速立体交叉"); a bare 交叉
#: ("在某县境内与X交叉并向西延伸") is left alone: dev's gold codes the line crossed so unspecified.
JOINED_RE = re.compile(r"(?:将|共同|一起|一同|一道)?(?:连接起来|连接|相连|相接|衔接|接轨|组成|形成|构成|相交|立体交叉)")
JOINED_BEFORE = "与和同"
