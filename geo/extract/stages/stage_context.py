"""What the words around an item say of its stage: the patterns the clause reading checks beside the cues.

The stage cues themselves (a verb, a milestone, a status word, :data:`geo.extract.stages.cues.STAGE_RE`) are
:mod:`geo.extract.stages.cues`; these are the frames around an item that overrule or replace them: a route's
ends and the lines it joins, a station a new line relates to, a service run at a hub, an inventory, a photo
caption, a motion's title, a condition, a venue, a crossing, a water scheme. The classes of text they serve
are listed in :mod:`geo.extract.stages.cues`' docstring, each tested on invented sentences. Read by
:mod:`geo.extract.stages.clause_stage` and the modules it asks (:mod:`geo.extract.stages.clause_frames`,
:mod:`geo.extract.stages.existing`, :mod:`geo.extract.stages.later_clauses`, :mod:`geo.extract.stages.headlines`…), :mod:`geo.extract.stages.spans`
and the year reading.
"""

from __future__ import annotations

import re

from geo.extract.lexicon import COUNT_NUMBER
from geo.extract.patterns import HEAD_RE
from geo.model import EntityType, Stage

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
#: ("建成后将连接A") nor a line marked planned ("是规划A的连接线": :data:`PLANNED_MODIFIER_RE`).
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

#: A headline reporting a batch of projects: "集中开工354个重大项目", "42个项目集中开工", "一批项目竣工", "新建项目141个".
BATCH_RE = re.compile(r"\d+个(?:重大|重点)?项目|项目\d+个|集中(?:开工|竣工|投产|签约)|一批(?:重大|重点)?项目")

#: A planned item named as a route's end or partner: a status word glued before it, after a
#: connecting verb or a list separator ("东接规划X大桥(不含)", "与拟建X铁路相接"): planned only.
#: An item marked as existing right before it, after a route's verb, a join or a list separator
#: ("起于既有X立交", "与已建成的Y相接", "A、现有B"): built, whatever milestone the sentence tells (the
#: new route's); and so after a word of where new works go along or next to it ("沿已通车的X谋划布局Y", "紧邻已通车的
#: X研究建设Y", "依托已建成的X"): the verb after X is Y's (part s50).
EXISTING_MODIFIER_RE = re.compile(
    r"(?:^|[起止于接至到连通与和及、,，]|沿|紧?邻|紧靠|依托)(?:既有|现有|已建成|已通车|已投用|已运营|已投运)(?:的)?$"
)

#: 规划 as the verb right before an item's list ("建设任务规划A、B、C四级航电枢纽", "规划A港"), read on
#: the words before the item with the other items of its list removed; not the noun ("按照规划", "《X规划》").
#: Also the planned bringing in or laying out of lines ("规划引入A、B", "规划布局A、B"), and a kind of works so planned
#: opening its list with 有 ("规划引入的铁路有A和B", part-s47).
PLANNED_VERB_RE = re.compile(
    r"(?<![按照据依《和与及是为])规划(?:有|了)?$"  # ("并规划有A、B等项目")
    r"|(?<![按照据依《和与及是为])规划(?:(?:引入|布局)|(?:引入|布局|建设)的[^,，。;；:：的]{1,6}有)[、和及与]*$"
)

#: (also after a copula: "陆域后方为规划的X工业园区", "也是规划的X支线过江桥位", issue 11 item 2, session s25; and
#: "规划的X"/"拟建的X" after any other verb or owner, "通过规划的X铁路", "国家拟建的X", part-s36; not a plan followed,
#: "按照规划的", "根据规划的", nor an inclusion, "纳入规划的X", read by the inclusion rules; and "计划中的X", a plan's
#: works as "规划中的X", part-s47, not the annual or investment plan an item is listed in, "年度计划中的X")
PLANNED_MODIFIER_RE = re.compile(
    r"(?:^|[起止于接至到连通与和及、,，])(?:规划|拟建|待建|远期)(?:的|中的)?$|规划中的$|(?<![按照据依入])(?:规划|拟建)的$"
    r"|(?<![年度资设])计划中的$"
)

#: An item shown in an archive photo or a real view ("X(资料图)", "航拍的X(资料照片)", "X实景。"): there
#: already (a photo of works in progress names its works: "X施工现场(无人机照片)").
ARCHIVE_PHOTO_RE = re.compile(r"\s*[(（]?(?:资料图片?|资料照片|实景图?)(?:[)）]|[。.]?\s*$|[。.]?\n)")

#: The reservoir area of a dam, plant or navigation-power hub ("以X水电站库区为水源起点", "解决X水电站库区移民交通
#: 不便"): the reservoir is impounded, the item is there (a status before it, "在建的X库区", is read first).
RESERVOIR_AREA_RE = re.compile(r"(?:的)?库区(?!建设|规划)")
RESERVOIR_TYPES = frozenset({EntityType.WATER, EntityType.ENERGY})
#: (a navigation-power hub is a waterway item with a dam; a river's reach "X至Y段库区" is not one)
RESERVOIR_HEADS = ("枢纽", "电站", "水库", "大坝")

#: A photo caption naming only the item, on a line of its own ("X高速Y特大桥。市交通局供图", "繁忙的X港集装箱
#: 码头。某某摄", "X机场内部。(某网 某某摄)", "X机场一角"): the item pictured is there, as in an archive photo. Not a
#: view of works or of a plan ("建设中的X", "X施工现场", "X效果图", "X远景"): their words end the match.
#: A photo credit led by its word ("摄影/某某", "摄影:某报记者 某某"), the credit's form of magazines and papers.
PHOTO_BY = r"摄影[/／:：]"
CAPTION_BEFORE_RE = re.compile(r"[ \t\u3000]*(?:[^\s,，。;；、:：的]{1,6}的)?$")
CAPTION_AFTER_RE = re.compile(
    # a credit after a full stop ("。市交通局供图", "。(某网 某某摄)"; the next line may be joined to it) or closing
    # the line ("X大桥 某某摄"), or a view of the item closing its line ("X机场内部。"); a bare "X。" line is no
    # caption (a part of the report's subject: :func:`geo.extract.stages.headlines.part_of_subject`)
    r"(?:内部|一角|全景|夜景|近景|俯瞰|航拍|实景)?"
    r"(?:[。.][ \t\u3000]*[(（]?[^\n,，。;；()（）]{1,16}?(?:摄|供图)[)）]?"
    # (the credit may be spaced, "X大桥   某某  摄", "X大桥 通讯员 某某 摄", or glued once the spaces between
    # Chinese characters are dropped: "X大桥通讯员某某摄")
    r"|[ \t\u3000]*(?:[^\s,，。;；()（）]{1,8}[ \t\u3000]+){0,2}[^\s,，。;；()（）]{0,8}?(?:摄|供图)(?=[ \t\u3000]*(?:\n|$)))"
    r"|(?:内部|一角|全景|夜景|近景|俯瞰|航拍|实景)[。.]?(?=[ \t\u3000]*(?:\n|$))"
    # (or a credit led by its own word, "X公路 摄影/某某", "X大桥 摄影:某报记者 某某"; the spaces between Chinese
    # characters are dropped from the work text: "X公路摄影/某某")
    r"|[ \t\u3000]*" + PHOTO_BY + r"[ \t\u3000]*[^\s,，。;；]"
)
CAPTION_NOT_RE = re.compile(r"远景|效果|示意|规划|施工|建设|设计|模型|开工|在建")

#: A photo caption longer than the item alone (issue #11 item 2, existing infrastructure as context): a sentence
#: opening its line with a caption's lead ("资料图:航拍A、B的隧道和桥梁。", "图为X的一段道路。", "这是全长882米的X。"),
#: or any sentence of a line closed by a photo credit ("游客在X站留影(2025年2月18日摄)新华社记者 某某 摄", "X附近
#: 满载集装箱的轮船。新华社记者 某某 摄", "A、B同框,展现…功能 某某摄": :data:`PHOTO_CREDIT_GLUED_RE`). The items pictured are there, unless the caption shows works or a plan
#: (:data:`CAPTION_NOT_RE`, 正在, a project: 工程) or looks ahead (:data:`FUTURE_RE`).
PHOTO_LEAD_RE = re.compile(r"[ \t\u3000]*(?:资料图|资料照片|图为|这是)")
#: (the credit after the caption's sentence, "。新华社记者 某某 摄" or "供图:某网记者 某某", whose line break may be
#: joined to the next line; or a dated credit in a bracket inside it, "(2025年2月18日摄)")
PHOTO_CREDIT_AFTER_RE = re.compile(r"[ \t\u3000]*[(（]?[^\n,，。;；()（）]{0,16}?(?:摄(?!影|像|制|入|取|氏)|供图)")
PHOTO_CREDIT_IN_RE = re.compile(r"[(（][^()（）\n]{0,16}摄[)）]|[ \t\u3000]*" + PHOTO_BY + r"[ \t\u3000]*[^\s,，。;；]")
#: A photographer's name and 摄 closing a caption's line after the item, glued to the caption once the spaces between
#: Chinese characters are dropped, and to the next line when the caption has no full stop ("A高速、B高速同框,展现
#: 不同层级道路的运输功能 某某摄"; "X路况良好,车流不息 某某摄"). Not 拍摄, 航摄, nor 摄影, 摄像, 摄氏….
PHOTO_CREDIT_GLUED_RE = re.compile(r"(?<![拍航偷])摄(?!影|像|制|入|取|氏|政|理|食|护)")
#: (a project pictured, "拍摄的X水利枢纽工程", "是X铁路的控制性工程", may still be being built)
PHOTO_NOT_RE = re.compile(CAPTION_NOT_RE.pattern + r"|正在|进行|完成|竣工|通车|开通|尾声|工程|项目")

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

#: A status written right before an item or its list (issue #11 item 2): under construction ("建设中的X",
#: "在建X即将完工", "正在建设的X") or existing ("原有X", "相比原有的X", "已有的A、B", "解决现有X短板",
#: "接已建X", the state word before a road or line a project joins or uses: "接现状X国道", "既有线X铁路", part-k37),
#: wherever the phrase stands;
#: "规划中的X" is :data:`PLANNED_MODIFIER_RE`'s. Not "现在建设…" (a time and a verb).
BUILDING_MODIFIER_RE = re.compile(r"(?:(?<![现正])在建(?:的|中的)?|(?:正在)?建设中的|正在(?:建设|施工)的)$")
OLD_MODIFIER_RE = re.compile(r"(?:原有(?:的)?|已有的|(?<![拥具])现有(?:的)?|已建(?:的)?|现状|既有线)$")

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

#: The place of an event, after 在: "集中开工活动在X举行", "推进会在X召开"; and a station, port, airport or
#: park where a line's works start ("X项目建设在Y站正式启动", "X在Y站开工建设"; a tunnel or a bridge where
#: works start is started itself).
VENUE_RE = re.compile(r"[^,，。;；]{0,6}?(?:举行|召开|举办)")
VENUE_START_RE = re.compile(r"\s*(?:正式|隆重)?(?:启动|开工)")
#: The opening of a line or a service held at the place ("X通车仪式在Y站举行", "专列首发暨Z线通车活动在Y园区举行"):
#: the place is in service (an event of works, "开工仪式在Y举行", tells nothing of it).
OPENING_EVENT_RE = re.compile(r"(?:通车|开通|首发|通航|投用|投运|运营|启用)(?:仪式|活动|典礼)(?:现场)?\s*在\s*$")
VENUE_TYPES = frozenset({EntityType.RAIL_STATION, EntityType.PORT, EntityType.AIRPORT, EntityType.INDUSTRIAL_PARK, EntityType.LOGISTICS_HUB})

#: A motion to the people's congress or the political consultative conference (建议, 提案, 议案), or a
#: request to a higher office a reply answers (请示), and its title: "《关于新建X的建议》", "关于加快推进X
#: 建设的提案", "你市《关于加快X建设的请示》收悉". The motion asks for the works, so
#: an item named in its title is proposed whatever verb the title uses ("加快推进X建设" is a wish);
#: a report ("关于X建设情况的报告") is no motion.
MOTION_RE = re.compile(r"关于(?:(?!关于)[^。\n]){0,100}?的(?:建议|提案|议案|请示)")

#: A request told in prose (issue #11 item 2, "proposed missed"): a speaker's 建议 as the verb over the item
#: ("韦昌建议,将X纳入国家规划", "建议先期启动建设X", "建议A高铁经某市并设B站"): the item is proposed whatever
#: verb the request uses, as in a motion's title. Not the noun ("代表建议办理", "建议书", "的建议", "第12号建议",
#: "提出建议"), nor a request the text answers or follows ("根据代表建议,X已建成").
REQUEST_VERB_RE = re.compile(r"建议(?![书》的中收办答内提意人函])")
REQUEST_NOT_AFTER_RE = re.compile(r"(?:的|议|号|条|项|份|和|与|及|见|出|提|此|该|代表|委员)$")
REQUEST_FRAME_RE = re.compile(r"根据|按照|采纳|结合|针对|关于|对于|收到|感谢|办理")
#: An item named as the place, the partner or a route's end of what is asked ("建议将A接入B并在C站与D铁路并站
#: 运行": C and D are there already, the request is A's link; "建议规划的X路线起于A(接B高速止点)"): a preposition
#: or a route's verb right before it.
REQUEST_PLACE_RE = re.compile(r"(?:在|与|同|从|接|接入|连接|起于|止于|经)[(（]?\s*$")
#: A motion named by what it asks, without 关于 ("您所提到的尽快建成A、B…的相关建议", "提了要建设X建议").
PROSE_MOTION_RE = re.compile(r"(?:所提(?:到|出)?的|提了要?)(?:(?!关于)[^。\n]){0,100}?(?:的)?(?:相关)?(?:建议|提案|议案)")

#: An inventory introducing a list of existing items: "共有水库3043座,…仅两座,分别是A和B".
INVENTORY_RE = re.compile(r"(?:共有|现有|已有|拥有|仅有|仅)[^,，。;；]{0,12}?" + COUNT_NUMBER + r"(?:座|条|个|处|家)")

#: What a facility holds now: "现有1条长2800米的跑道", "已有5个千吨级泊位" (not a time: "个月").
HOLDINGS_RE = re.compile(r"(?:现有|已有|拥有|建有)[^,，。;；]{0,6}?" + COUNT_NUMBER + r"(?:座|条|个(?!月)|处|台)")

#: Words of the future in a sentence: a use or a traffic told after them is expected, not seen
#: ("建成后,乘坐X高铁只需1小时", "预计日均车流量将达到3万辆").
FUTURE_RE = re.compile(r"建成后|通车后|开通后|投用后|届时|预计|将|有望|力争")

#: A line told as passing a place now, right after it or its list ("A及B经过彭水", "X铁路经过某县并设立Y站"):
#: in service unless the sentence looks ahead (:data:`FUTURE_RE`) or plans (规划, 拟, 新建). Not a span of
#: time or effort ("X经过8年努力实现开工") nor works done to it ("经过整修的X").
PASSES_AFTER_RE = re.compile(
    r"(?:均|都|也|仅)?经过(?![\d一二三四五六七八九十几多两数]|整修|改造|改建|扩建|建设|施工|努力|审批|论证|批准|研究|规划|设计)"
)
PLANNING_RE = re.compile(r"规划|拟|新建|设计|线位|走向|方案")

#: Lines a place is linked through now ("洪江至武冈可通过A、B、C高速公路相连", "与X相接"): the verb before
#: the list and the predicate after it (:func:`geo.extract.stages.existing.is_context`); not when the sentence
#: looks ahead (:data:`FUTURE_RE`).
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
#: "货物运输主要依靠A港和B站": the verb right before the list (the clause must not look ahead: :data:`FUTURE_RE`).
MAIN_VIA_NEAR = re.compile(r"主要(?:是|仍是|还是)?(?:通过|依靠|依赖|经由|靠|走)$")
#: Distances from a place to items named as its reference points (issue 11 item 2): "距甲城区40公里,至A站25公里、
#: B机场60公里": the clause opens with the verb of distance and a distance follows the item.
DISTANCE_LEAD_RE = re.compile(r"\s*(?:东|西|南|北|直线)?(?:距离?|离|至|到)")
DISTANCE_AFTER_RE = re.compile(r"(?:约|仅|只有|不足|不到|大约)?[\d.]+多?(?:公里|千米|km|KM)")
#: A hub's capacity in place, right after it or its list (issue 11 item 2): "A港区、B港区分别具备1000吨级轮船直达
#: 甲地的能力", "X码头已具备年吞吐200万吨的能力" → in service; not one ahead ("建成后将具备…": :data:`FUTURE_RE`), nor
#: one just reached ("已初步具备": works still closing).
CAPABLE_AFTER_RE = re.compile(r"(?:分别|均|都|已|现已|已经|目前)?具备[^,，。;；]{0,30}?能力")
#: An inspection of an item's works going on (issue 11 item 2): "实地察看X建设进展", "视察了X站内装饰装修情况",
#: "查看X施工进度": the verb right before the item (its list) and the works' progress after it in its clause → in
#: construction. Not a plan's progress ("视察X规划建设情况", "考察X选址及建设情况") nor a service's ("了解X运营情况");
#: "建设情况" alone ("调研X项目建设情况", "关注X建设情况") is read by the cues of geo/extract/stages/pace_cues.py
#: (lexicon.WORKS_STATUS_NOUNS).
INSPECT_NEAR = re.compile(r"(?:察看|查看|视察|考察|调研|检查|督导|督查|了解)了?$")
INSPECT_AFTER_RE = re.compile(r"(?:的)?(?:(?!规划|运营|营运|选址|前期|筹建|可研)[^,，。;；、]){0,10}?"
                              r"(?:(?:建设|工程)(?:进展|进度)|(?:施工|装修|装饰装修)(?:进展|进度|情况))")
#: A word putting the way one travels in the future, in the item's own clause ("下步通过X将实现…").
LATER_RE = re.compile(r"下步|下一步|未来|远期|今后|将来")

#: An item as the subject of a condition ("若X大桥能如期建成,将…", "如果X明年建成通车,…", "一旦X建成,…",
#: "如X能顺利通航"): the conjunction opening the clause (maybe with a time word after it), then the
#: item and a milestone in its clause. The milestone is a condition and says nothing of the item's
#: stage (the stage of the main clause, if that states one, is the item's). 如 alone is "such as"
#: ("如A、B等") unless the item is followed by 能/如期/顺利 (a modal of the condition).
CONDITION_LEAD_RE = re.compile(r"(?P<strong>若|如果|假如|假若|倘若|倘|一旦|要是|只要)?(?P<weak>(?<![例比诸假])如)?"
                               r"(?:(?:今年|明年|年内|年底前?|\d{4}年(?:底前?)?)[,，]?)?$")
CONDITION_MODAL_RE = re.compile(r"[^,，。;；]{0,3}?(?:能够?|可以|得以|如期|顺利|按期|按时)")
CONDITION_MILESTONE_RE = re.compile(r"[^,，。;；]{0,14}?(?:建成|通车|开通|投用|投运|投产|竣工|完工|开工|通航|运营|贯通)")


#: A status modifier of the next item of a list ("与A、在建的B相连", "A和正在建设的B"): the cue is
#: B's, not a trailing cue of A (issue #11).
MODIFIER_OF_NEXT_RE = re.compile(r"[^,，。;；、]{0,2}的\s*$")
#: A status word glued to the item after it, 的 or not ("与在建B相接", "接已建B", "规划中的B"): that item's status.
STATUS_OF_NEXT_RE = re.compile(r"(?:在建|已建|拟建|规划中?)(?:中?的)?\s*")


def status_of_next(work: str, cue: re.Match[str], nxt: int) -> bool:
    """Return whether the stage cue ``cue`` is a status of the item starting at ``nxt`` after it ("与A、在建的B相连",
    "与在建B相接"), not a cue of the item before it (:data:`MODIFIER_OF_NEXT_RE`, :data:`STATUS_OF_NEXT_RE`)."""
    return bool(MODIFIER_OF_NEXT_RE.fullmatch(work, cue.end(), nxt) or STATUS_OF_NEXT_RE.fullmatch(work, cue.start(), nxt))


def opens_next_member(work: str, end: int, cue: re.Match[str]) -> bool:
    """Return whether the stage cue ``cue`` opens the next member of a list of verb phrases, the item before it
    ending at ``end`` ("建成A、开工建设B", "加快建设A、启动B前期工作"): a 、 after the item (maybe after its own
    words, :data:`NEXT_MEMBER_GAP_RE`), then the cue first.

    Such a verb is the next member's, as a status glued to the next item is (:func:`status_of_next`).
    """
    return NEXT_MEMBER_GAP_RE.fullmatch(work, end, cue.start()) is not None


#: The gap between an item and the verb opening the list's next member: the item's own works or kind words, then
#: the 、 ("A工程、开工建设B", "A高速公路建设、启动B").
NEXT_MEMBER_GAP_RE = re.compile(r"[^,，。;；、]{0,8}、\s*")

#: Items drawn on as assets now (issue #11): "充分利用X港等优势资源", "借助X新区与Y的优势", "依靠X的
#:带动作用": the verb before the list and the asset word after it (:func:`geo.extract.stages.existing.is_context`).
LEVERAGE_NEAR = re.compile(r"(?:充分利用|利用好|借助|依靠|依托现有)$")
LEVERAGE_AFTER_RE = re.compile(r"[^,，。;；]{0,10}?(?:优势|资源|区位|带动作用|辐射作用)")

#: A list closed by 等 and a word marking its kind as existing ("利用A、B等既有铁路", "A、B等现有港口", "A、B等
#: 已建成的高速"): every item of the list is built, as the word before the list would make it ("既有的A、B").
#: Read at the list's end (:func:`geo.extract.stages.existing.is_context`).
EXISTING_AFTER_RE = re.compile(r"等(?:既有|现有|現有|已建成|已通车|已通車)")

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

#: An inventory of a length or a count with its items in a bracket right after it: "全县共有通航里程
#: 70.95公里,(A21公里、B18公里)", "全区现有水库12座(A、B…)": the items are built.
INVENTORY_BRACKET_RE = re.compile(
    r"(?:共有|现有|已有|拥有)[^,，。;；()（）]{0,12}?[\d.]+(?:公里|千米|座|条|个|处)[,，]?\s*[(（]$"
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

#: A station where a line joins another ("并在X站与Y铁路连接", "在X站与Y铁路相连/衔接"): the station is there
#: already, as where lines meet (接轨, 交汇: lexicon.CONTEXT_AFTER). Not a junction still ahead ("将在X站与Y连接").
JUNCTION_NEAR = re.compile(r"在$")
JUNCTION_AFTER_RE = re.compile(r"与[^,，。;；将]{1,20}?(?:连接|相连|衔接|相接|接轨|交汇)")

#: A line used now: "乘坐X高铁只需1小时", "搭乘X".
USE_NEAR = re.compile(r"(?:乘坐|搭乘)$")

#: A vehicle leaving, reaching or running on an item, told as happening (issue #11 item 2: "a station
#: trains leave from", "a road one drives on now"): "动车从X站缓缓驶出", "由X站始发的公交", "航班在X机场
#:降落", "在国道X上一路飞驰", "X站均有开往Y的列车" → in service, unless the sentence looks ahead
#: (:data:`FUTURE_RE`: "开通后将从X站始发"). A new line's start ("自X站引出") is no vehicle.
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
#: "引入X站" is a line's, read by :data:`RELATIONS`.
WATER_INTO_NEAR = re.compile(r"(?:引入|汇入|注入|流入|调入|补入|连通)$")
WATER_OUT_AFTER_RE = re.compile(r"的(?:蓄水|来水|库水|水)[^,，。;；]{0,6}?(?:引入|调入|调往|引至|调至|输送|送往|送入)")
WATER_FOR_NEAR = re.compile(r"为$")
WATER_FOR_AFTER_RE = re.compile(r"(?:等[^,，。;；]{0,8}?)?(?:补水|供水)")
WATER_SPILL_AFTER_RE = re.compile(r"[^,，。;；]{0,40}?正在(?:溢洪|泄洪)")
#: Words of the item's own clause that put the flow ahead or the item among new works (not :data:`FUTURE_RE`'s bare
#: 将, which is the disposal marker of these sentences: "可将A水库的蓄水引入B").
WATER_NOT_NOW_RE = re.compile(r"建成后|投用后|通水后|届时|预计|有望|力争|未来|将来|计划|拟|新建|规划|在建")
IN_USE_TYPES = frozenset({EntityType.WATER, EntityType.ENERGY, EntityType.PORT})
#: The item's building told as a time now past, right after it or its list (issue #11 item 2, existing items named
#: without a stage word): "最早可追溯至1958年X铁路建设时期", "A、B两处收费站在建设时期设计均为半互通立交" → built. Not a
#: period still going on ("X正处于建设时期", "X目前在建设时期") nor one ahead (:data:`FUTURE_RE` in the sentence).
BUILT_PERIOD_AFTER_RE = re.compile(r"(?:[^,，。;；、]{0,6}?处)?(?:的)?(?:在)?建设时期")
BUILT_PERIOD_NOT_RE = re.compile(r"正|目前|当前|现|仍|处")

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

#: A whole built in phases, right after the item ("X分两期实施,一期工程已于2021年建成通车", "X分二期建设,
#: 此次通车的一期为…"): the milestones after it are its phases', not the whole's (issue #11).
PHASED_RE = re.compile(r"\s*(?:项目|工程)?(?:共)?分(?:两|二|三|四|[2-4])期(?:建设|实施|推进|开发)?")

#: Words opening a clause that refer back to the subject of a news report: "全线共设…",
#: "该项目…", "线路…" (the subject's own stage then applies).
ANAPHOR_RE = re.compile(r"\s*(?:全线|该线|该项目|该工程|线路|项目)")

#: A clause referring back to the item named just before it: "该项目", "该工程", "该路段",
#: "该互通", "此桥", "上述项目", after an optional time word ("目前该项目已开展可研"). The clause's
#: stage is the item's when the item's own clause names none (issue #11: a reply letter's "X相关
#:事宜,目前该项目已…", a news report's "X位于A。该互通正在加紧施工。").
BACK_REF_RE = re.compile(
    r"\s*(?:目前|当前|现在|同时|此外|其中|今年|去年|近日|日前)?[,，]?\s*"
    r"(?:该|此|这一?|上述)(?:项目|工程|路段|路|线路?|铁路|高速|公路|桥梁?|大桥|隧道|枢纽|互通|港区?|码头|站|机场|水库)"
)

#: A stage written in a bracket right after an item, as lists note it: "X(在建)", "Y(已建成)",
#: "Z(规划)", "W(前期)". Meaning as for :data:`HEADING_KINDS`; 规划/拟建/远期 is planned only.
STAGE_NOTES: tuple[tuple[str, Stage], ...] = (
    ("在建|续建|建设中|正在建设|施工中", Stage.UNDER_CONSTRUCTION),
    ("已?(?:建成|通车|开通|竣工|完工|投用|投运|投产)|既有|已建", Stage.COMPLETED),
    ("(?:已|新|拟|计划)?开工|开建|新开工", Stage.STARTING),
    ("前期(?:工作)?|开展前期|已批复|获批", Stage.PRELIMINARY),
    ("规划|拟建|远期|研究|谋划|储备|预留|待建", Stage.PROPOSED),
    ("改扩建|(?:既有)?扩建|扩容|改造|提升改造", Stage.UPGRADE),
    # a note that the item is new ("X站(新建)") says nothing of its stage, and keeps a neighbour's
    # note ("Y站(既有扩建)") from being read as a trailing cue of it
    ("新建|新设|新增", Stage.UNSPECIFIED),
)
STAGE_NOTE_RE = re.compile(
    r"\s*[(（](?:" + "|".join(f"(?P<n{i}>{w})" for i, (w, _s) in enumerate(STAGE_NOTES)) + r")(?:中|项目)?[)）]"
)


def note_stage(m: re.Match[str]) -> Stage:
    """Return the stage of a :data:`STAGE_NOTE_RE` match."""
    return STAGE_NOTES[int(m.lastgroup[1:])][1]


#: A clause of a route opening with its verb: "起于A隧道", "经A镇、B镇连接C收费站", "止于D".
ROUTE_RE = re.compile(r"\s*(?:起于|起自|起点|止于|终于|终点|途经|经|连接|接入|穿越|跨越)")

#: An item joined to another as the existing end of the join: "将新港与宜万铁路连接起来", "与G50相连".
#: Also the partners a subject forms a whole with: "A与B将组成高铁环线", "A将与B、C形成功能互补".
#: A line the new one crosses is one too ("在某镇与G59呼北高速相交", "与G42沪蓉高速立体交叉"); a bare 交叉
#: ("在某县境内与X交叉并向西延伸") is left alone: dev's gold codes the line crossed so unspecified.
JOINED_RE = re.compile(r"(?:将|共同|一起|一同|一道)?(?:连接起来|连接|相连|相接|衔接|接轨|组成|形成|构成|相交|立体交叉)")
JOINED_BEFORE = "与和同"

#: The stage of a heading naming a category of projects of a list document (项目清单, 年度计划):
#: "一、续建项目", "（二）新开工项目(15个)", "②收尾项目", "④预备项目", "前期工作项目", "储备项目",
#: "竣工项目", "2021年续建项目", "计划2025年建成项目". Meaning of the words:
#:
#: * 续建 / 在建 (works begun in an earlier year and continued) and 收尾 (works finishing this
#:   year, still going on) → 在建;
#: * 新开工 / 开工 / 新建 (works begun in the plan's year) → 开工;
#: * 建成 / 竣工 / 完工 / 投用 / 投产 (the plan's completions; 计划建成 says they are to be done by
#:   the heading's year) → 建成;
#: * 前期 / 前期工作 (studies and approvals under way) and 预备 (an annual plan's projects in
#:   preparation, to start once ready: their preliminary work is going on) → 前期工作;
#: * 储备 / 谋划 (kept for later, not yet in preparation) → 研究论证.
HEADING_KINDS: tuple[tuple[str, Stage], ...] = (
    ("续建", Stage.UNDER_CONSTRUCTION),
    ("在建", Stage.UNDER_CONSTRUCTION),
    ("收尾", Stage.UNDER_CONSTRUCTION),
    ("新开工", Stage.STARTING),
    ("开工", Stage.STARTING),
    ("新建", Stage.STARTING),
    ("建成", Stage.COMPLETED),
    ("竣工", Stage.COMPLETED),
    ("完工", Stage.COMPLETED),
    ("投用", Stage.COMPLETED),
    ("投产", Stage.COMPLETED),
    ("前期工作", Stage.PRELIMINARY),
    ("前期", Stage.PRELIMINARY),
    ("预备", Stage.PRELIMINARY),
    ("储备", Stage.PROPOSED),
    ("谋划", Stage.PROPOSED),
)
_HEADING_STAGE = dict(HEADING_KINDS)
#: The kinds of :data:`HEADING_KINDS` as a pattern's alternatives, longest first ("前期工作" before "前期").
HEADING_KIND_WORDS = "|".join(k for k, _s in sorted(HEADING_KINDS, key=lambda k: -len(k[0])))

#: A heading's number and its level: 一、 > （一） > 1. > （1） > ①.
HEADING_MARK_RE = re.compile(
    r"\s*(?:(?P<l1>[一二三四五六七八九十]+[、.．])|(?P<l2>[(（][一二三四五六七八九十]+[)）])"
    r"|(?P<l3>\d{1,2}[、.．](?!\d))|(?P<l4>[(（]\d{1,2}[)）])|(?P<l5>[①-⑳]))\s*"
)

#: The words of a stage heading after its number: an optional year or plan word before the kind,
#: the kind, "(重点)项目/工程", an optional count in brackets and a colon, or a count after the
#: colon ("（一）收尾项目：132个"); nothing else (a sentence
#: "加快推进续建项目。" is no heading: its verb is refused, and so is any sentence mark).
HEADING_RE = re.compile(
    r"(?P<pre>(?:(?!推进|加快|实施|抓好|确保|完成|做好|开展|推动|争取)[^,，。;；:：!！?？\n]){0,16}?)"
    r"(?P<kind>" + HEADING_KIND_WORDS + ")"
    r"(?:的)?(?:重点|重大)?(?:类)?(?:项目|工程)(?:清单|名单|表|计划)?"
    r"\s*(?:[(（][^()（）。\n]{0,30}[)）])?\s*(?:[:：]\s*(?:共\s*)?\d{1,5}\s*(?:个|项|宗)?)?[:：]?\s*$"
)


#: The kinds a list's title may name, longest first ("前期工作" before "前期").
#: The kind must name the projects ("前期工作重点项目", "新开工项目", "前期工作费"): "共建成渝…" is no 建成.
_TITLE_KIND_RE = re.compile(
    "(" + HEADING_KIND_WORDS + ")(?=(?:的)?(?:重点|重大)?(?:项目|工程|费))"
)


def title_kind(title: str) -> Stage | None:
    """Return the stage of the kind of project a published list's title names ("加快前期工作重点项目名单")."""
    m = _TITLE_KIND_RE.search(title)
    return _HEADING_STAGE[m.group(1)] if m else None


def heading(line: str) -> tuple[int | None, Stage | None, int]:
    """Return (level, stage, offset of the words) of a line of a list document, if it is a heading.

    A numbered line is a heading of its number's level (1 to 5), with the stage of its kind when
    its words name one ("（二）新开工项目") and none otherwise ("（一）交通项目"). An unnumbered line is
    a heading (level 0) only when its words name a kind ("储备项目"). Level None: no heading.
    """
    mark = HEADING_MARK_RE.match(line)
    level = int(mark.lastgroup[1]) if mark else None
    at = mark.end() if mark else len(line) - len(line.lstrip())
    m = HEADING_RE.match(line, at)
    if m and (level is not None or not HEAD_RE.search(m.group("pre"))):
        return (level or 0), _HEADING_STAGE[m.group("kind")], at
    # an unnumbered line naming a facility ("A高速公路续建工程") is an item, not a heading
    return level, None, at


#: A labelled list: a line opening with a kind of project and a colon, its items after the colon on the same
#: line ("续建项目：A、B", "二、新开工项目:C、D", "前期类项目：E"). Not a sentence naming a kind ("续建项目要加快
#: 建设"), nor a heading counting its items ("（一）收尾项目：132个": :data:`HEADING_RE`).
_LABEL_RE = re.compile(
    r"\s*(?:" + HEADING_MARK_RE.pattern + r")?"
    r"(?P<kind>" + HEADING_KIND_WORDS + ")"
    r"(?:的)?(?:重点|重大)?(?:类)?(?:项目|工程)\s*(?:[(（][^()（）。\n]{0,30}[)）])?\s*[:：]\s*(?=[^\s\d])"
)


def labelled_list(line: str) -> tuple[Stage, int] | None:
    """Return the stage of the kind a labelled list line opens with and the offset of its items, if it is one.

    "续建项目：A、B" / "新开工项目：C、D" / "前期项目：E" / "储备项目：F": each label decides the stage of the items
    on its own line (:data:`HEADING_KINDS`), as a heading decides the lines under it.
    """
    m = _LABEL_RE.match(line)
    return (_HEADING_STAGE[m.group("kind")], m.end()) if m else None
