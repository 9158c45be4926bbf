"""How an item is described as there already: its role, rank, problems, a whole or an inventory it belongs to.

A part of a whole in service, a rank among facilities, the role it plays now, a problem of its service or its
capacity freed, an asset drawn on or a plan builds on, a network it makes up, an inventory counting it, a list
of existing kinds, a reservoir area, its building told as a time past; and what is no work of its own (a zone of
government, an area locating another item). Read by :mod:`geo.extract.stages.existing`,
:mod:`geo.extract.stages.clause_frames` (a problem, a capacity freed, a zone), :mod:`geo.extract.stages.cued_stage`
(a zone is no route's end) and
:mod:`geo.extract.stages.list_intros` (an inventory).
"""

from __future__ import annotations

import re

from geo.extract.lexicon import COUNT_NUMBER
from geo.model import EntityType

#: A development zone or a new district named by its kind ("X新区", "X经济技术开发区", "X高新区", "X经开区"): an area
#: of government, not a work, so no frame of existing context makes it built (issue #11 item 2: the tuning gold codes
#: such zones 未说明 22 times of 24, "串联起X新区", "俯瞰X新区"); a cue of its own still counts ("X新区获批设立").
ZONE_NAME_RE = re.compile(r"(?:新区|开发区|高新区|经开区)$")

#: Areas (a park, a new district, a logistics park) named as the place of something ("Y项目位于X新区",
#: "位于X新区的Y项目"): the clause locates the other item and says nothing of the area's own works.
#: An item inside an area ("位于X物流园内") and a route through one ("经X工业园") keep the area built.
AREA_TYPES = frozenset({EntityType.INDUSTRIAL_PARK, EntityType.LOGISTICS_HUB})
PLACE_VERB_RE = re.compile(r"位于$")
INSIDE_RE = re.compile(r"\s*(?:内|之内|境内|园内|区内)")

#: The reservoir area of a dam, plant or navigation-power hub ("以X水电站库区为水源起点", "解决X水电站库区移民交通
#: 不便"): the reservoir is impounded, the item is there (a status before it, "在建的X库区", is read first).
RESERVOIR_AREA_RE = re.compile(r"(?:的)?库区(?!建设|规划)")
RESERVOIR_TYPES = frozenset({EntityType.WATER, EntityType.ENERGY})
#: (a navigation-power hub is a waterway item with a dam; a river's reach "X至Y段库区" is not one)
RESERVOIR_HEADS = ("枢纽", "电站", "水库", "大坝")

#: An item followed by a problem of its service ("X碍航问题", "缓解X常态化拥堵", "X通过能力饱和",
#: "缓解X交通拥堵状况", "X现状交通压力"): the item is in service; the verb before it governs the
#: problem, not the item.
PROBLEM_RE = re.compile(
    # (a short name or code in brackets may stand between: "缓解X(G75兰海高速)交通拥堵现状"; a line cut by
    # a disaster, "一度造成X中断", was in service)
    r"(?:[(（][^()（）,，。;；]{0,16}[)）])?"
    r"(?:的|段)?(?:现状)?(?:常态化|长期|严重|日益|季节性)?(?:交通)?"
    r"(?:碍航|拥堵|拥挤|堵点|瓶颈|卡脖子|超负荷|(?:通过|通行)能力(?:饱和|不足)|(?<=交通)压力|(?:一度|曾经?|多次)?(?<![建施工])中断)"
)
#: The capacity of a line in service freed by a new one ("渝厦高铁通车后将大幅释放X货运能力", "释放X的运输能力"):
#: the verb right before the item and its capacity right after it.
RELEASED_BEFORE_RE = re.compile(r"释放(?:出)?$")
CAPACITY_AFTER_RE = re.compile(r"(?:[(（][^()（）,，。;；]{0,16}[)）])?(?:的)?(?:既有)?(?:货运|客运|运输|通行|通过)?(?:能力|运能)")

#: Another short name coordinated with the item before a shared predicate ("X及四横线现状交通压力",
#: "X和Y的重要段落"): the predicate is the item's too.
COORDINATED_RE = re.compile(r"(?:[及和与、][^,，。;；、及和与的]{1,8}?)?")

#: The item described as a part of a whole in service, after a copula ("是国家高速公路网A、B的重要段落",
#: "岷江是X的重要支流", "现为县道X的组成部分"): the whole is built.
PART_OF_RE = re.compile(r"(?:[(（][^()（）,，。;；]{0,12}[)）])?的(?:重要|主要)?(?:支流|段落|组成部分)")
PART_OF_WORDS = ("支流", "段落", "组成部分")
#: A whole told as the item's (重要)组成部分 is built only when the copula says now ("现为县道X的组成部分"):
#: "是/为/作为A的重要组成部分" names the corridor of a plan, not all of it built (issue #11: unspecified in
#: fresh4 j_07, fresh6 q_03, fresh7 s_03, fresh8 r_08 and r_16).
NOW_COPULA_RE = re.compile(r"现(?:为|是|属于?)[^,，。;；]{0,12}$")
COPULA_RE = re.compile(r"(?:是|为|属于)[^,，。;；]{0,12}$")

#: The item ranked among those in service, as the subject of a copula ("X是四川第三大航空港", "X是
#: 全省最繁忙的机场"): it is built. A ranking of investment or of works ("是全省投资最大的项目") or
#: a future one ("建成后将是…") is not.
RANKED_RE = re.compile(
    r"(?:目前|现已|现)?是(?![^,，。;；]{0,10}(?:投资|规模))[^,，。;；将]{0,8}?(?:第[一二三四五六七八九十\d]+大|最大|最繁忙)"
    r"(?:的)?[^,，。;；]{0,6}?(?:机场|枢纽|站|水库|电站|铁路|高速|公路|航道|港口|港)(?!口|项目|工程|建设)"
)

#: The item (or its list) described in the present by the role it plays now (issue #11 item 2): "A、B、C是
#: 重庆中心城区重要的交通干道", "X水库是城区的主要供水水源之一", "X物流基地主要承担铁路大宗物资作业":
#: built. Not a future role ("建成后将是…", "拟作为…") nor a route's role ("是…重要通道", said of new lines too).
ROLE_AFTER_RE = re.compile(
    r"(?:等)?(?:目前|现在|现)?(?:(?:是|为)[^,，。;；将拟]{0,14}?(?:重要|主要)(?:的)?(?:交通干道|干道|供水水源|水源)(?:之一)?"
    r"|主要承担)"
)

#: A problem of the item's service, maybe shared with a short name coordinated with it.
PROBLEM_AFTER_RE = re.compile(COORDINATED_RE.pattern + PROBLEM_RE.pattern)
#: A whole the item is a part of, maybe shared with a short name coordinated with it.
PART_OF_AFTER_RE = re.compile(COORDINATED_RE.pattern + PART_OF_RE.pattern)

#: An inventory introducing a list of existing items: "共有水库3043座,…仅两座,分别是A和B".
INVENTORY_RE = re.compile(r"(?:共有|现有|已有|拥有|仅有|仅)[^,，。;；]{0,12}?" + COUNT_NUMBER + r"(?:座|条|个|处|家)")

#: Items drawn on as assets now (issue #11): "充分利用X港等优势资源", "借助X新区与Y的优势", "依靠X的
#:带动作用": the verb before the list and the asset word after it (:func:`geo.extract.stages.existing.is_context`).
LEVERAGE_NEAR = re.compile(r"(?:充分利用|利用好|借助|依靠|依托现有)$")
LEVERAGE_AFTER_RE = re.compile(r"[^,，。;；]{0,10}?(?:优势|资源|区位|带动作用|辐射作用)")

#: A list closed by 等 and a word marking its kind as existing ("利用A、B等既有铁路", "A、B等现有港口", "A、B等
#: 已建成的高速"): every item of the list is built, as the word before the list would make it ("既有的A、B").
#: Read at the list's end (:func:`geo.extract.stages.existing.is_context`).
EXISTING_AFTER_RE = re.compile(r"等(?:既有|现有|現有|已建成|已通车|已通車)")

#: An inventory of a length or a count with its items in a bracket right after it: "全县共有通航里程
#: 70.95公里,(A21公里、B18公里)", "全区现有水库12座(A、B…)": the items are built.
INVENTORY_BRACKET_RE = re.compile(
    r"(?:共有|现有|已有|拥有)[^,，。;；()（）]{0,12}?[\d.]+(?:公里|千米|座|条|个|处)[,，]?\s*[(（]$"
)

#: An asset a plan builds on ("以X水库为骨干,规划建设…灌区", "以X港为依托,发展临港产业", "以X机场为核心"):
#: the item is there already (a planned one is marked so: "以规划建设的X为中心" reads the mark first). Only
#: as a clause of its own: "以X水库为核心的旅游产业" qualifies an industry, and says nothing of X.
BASIS_NEAR = re.compile(r"以$")
BASIS_AFTER_RE = re.compile(r"为(?:骨干|依托|核心|中心|龙头|支撑|基础|纽带|支点)(?=[,，])")

#: The items a network in place is made of (issue #11 item 2, existing infrastructure as context): "形成了以A、B、
#: C组成的综合立体交通网", "境内由A和B(C)组成,是…唯一交通命脉", "与A、B一起,形成X首条外环高速路网",
#: "基本形成A、B组成的“一纵三横”高速骨架" (a backbone is a network's frame).
#: Read after the item's list (one more item may stand between, joined by 和/及/与); a network still
#: ahead ("建成后将与A、B共同形成…路网", "规划由A、B组成的路网") is read by the caller.
NETWORK_AFTER_RE = re.compile(
    r"[)）]?(?:[及和与、][^,，。;；、及和与的]{1,14}?)?(?:等)?"
    r"(?:(?:一起|一道|共同)[,，]?(?:形成|构成|组成)了?|(?:所)?(?:组成|构成)了?)"
    r"[^。;；\n]{0,24}?(?:网|体系|命脉|格局|骨架)"
)

#: The item's building told as a time now past, right after it or its list (issue #11 item 2, existing items named
#: without a stage word): "最早可追溯至1958年X铁路建设时期", "A、B两处收费站在建设时期设计均为半互通立交" → built. Not a
#: period still going on ("X正处于建设时期", "X目前在建设时期") nor one ahead (:data:`geo.extract.stages.frame_words.FUTURE_RE` in the sentence).
BUILT_PERIOD_AFTER_RE = re.compile(r"(?:[^,，。;；、]{0,6}?处)?(?:的)?(?:在)?建设时期")
BUILT_PERIOD_NOT_RE = re.compile(r"正|目前|当前|现|仍|处")
