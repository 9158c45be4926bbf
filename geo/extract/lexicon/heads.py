"""The head words a name ends with, by kind of infrastructure: :data:`HEADS`.

Each pattern is one kind's heads, most specific first; :mod:`geo.extract.patterns` compiles them into the head
pattern. Also the generic road and line endings that name no item (:data:`NEGATIVE_SUFFIX`).
"""

from __future__ import annotations

import re

from geo.extract.lexicon.sources import NAME_WORDS, alternatives
from geo.model import EntityType

T = EntityType

#: A water diversion named by its source and target rivers ("引大济岷", "引江济淮"), or written with 入
#: (into) or 补 (to replenish) and 工程 ("引X入Y工程", "引X补Y二期工程"): a head of :data:`HEADS` that is the
#: whole name (:data:`geo.extract.patterns.SELF_NAMED_RE`). Only with 工程 after 入/补, since "引X入Y" alone is
#: also a phrase; talent, capital, firms and trade drawn into a park ("引才入园工程", "引资入园") are no water.
DIVERSION_HEAD = r"引[\u4e00-\u9fff]济[\u4e00-\u9fff](?:工程)?|引(?![才资智商外])[\u4e00-\u9fff][入补][\u4e00-\u9fff](?:[一二三四五]期)?工程"
#: A city's grid of expressways numbered by direction ("六纵线", "四横线"): a head that is the whole name.
GRID_LINE_HEAD = r"[一二三四五六七八九十]{1,2}[纵横]线"

#: Heads of waterways, water works, rail yards and power lines kept as data (``name_words.toml``: waterway_heads,
#: water_heads, rail_yard_heads, voltage_heads), the last only after a voltage ("500千伏线路补强工程"; a closing head only before a
#: character that is no Chinese word's: "1000千伏特高压,").
_WATERWAY_WORDS = alternatives("waterway_heads", not_before="new_heads_not_before")

_WATER_WORDS = alternatives("water_heads", not_before="new_heads_not_before")
_RAIL_YARD_WORDS = alternatives("rail_yard_heads")
_LOGISTICS_WORDS = alternatives("logistics_heads")
#: Heads of an economic zone around an airport or a port, an industrial park (``name_words.toml``: park_heads).
_PARK_WORDS = alternatives("park_heads")
#: Heads of roads and airports the patterns lacked (``name_words.toml``: road_heads, airport_heads).
_ROAD_WORDS = alternatives("road_heads")
_AIRPORT_WORDS = alternatives("airport_heads")
_ENERGY_WORDS = alternatives("energy_heads", not_before="new_heads_not_before")
_VOLTAGE_WORDS = "(?<=千伏)" + alternatives("voltage_heads") + "|(?<=千伏)" + alternatives("voltage_closing_heads") + r"(?![\u4e00-\u9fff])"
#: A road's plain word after a word of its kind, right after it or after one more word of two characters ("X山旅游
#: 道路", "X山环山旅游健康道路"; ``name_words.toml``: kind_road_words, kind_road_heads); 道路 alone is generic.
_KIND_ROAD_WORDS = "|".join(
    f"(?<={kind}){head}|(?<={kind}[\u4e00-\u9fff]{{2}}){head}"
    for kind in map(re.escape, NAME_WORDS["kind_road_words"]) for head in map(re.escape, NAME_WORDS["kind_road_heads"])
)
#: Not right after such a kind word (the generic 道路 of :data:`NEGATIVE_SUFFIX` is that road's head there).
_NOT_KIND_ROAD = "".join(
    f"(?<!{kind})(?<!{kind}[\u4e00-\u9fff]{{2}})" for kind in map(re.escape, NAME_WORDS["kind_road_words"]))

#: (pattern, type) pairs; the pattern is the head a name ends with. Order matters: the
#: first pattern matching at a position wins, so longer heads come first.
HEADS: tuple[tuple[str, EntityType], ...] = (
    # logistics before ports/parks ("物流港", "物流园区")
    (r"批发市场|集配中心|中转中心|集并中心|储配基地|货运枢纽(?!站)|集疏运中心|物流枢纽园区|物流园区|物流产业园|物流园|物流基地|物流港|铁路港|公路港|陆港|物流配送中心|物流中心|物流枢纽|集货站场|冷链物流基地|组货基地|集结中心|" + _LOGISTICS_WORDS, T.LOGISTICS_HUB),
    # water before energy/highway ("输水管道工程", "供水改扩建工程")
    (
        _ENERGY_WORDS + r"|储运基地|抽水蓄能电站|区块页岩气|水电站|电站|电厂|变电站|输变电工程|输电工程|特高压(?:交流|直流)工程|储气库|输气管道|天然气管道|页岩气区块|长输管道|输油管道|成品油输送管道|页岩气示范区|"
        r"能源保障基地|开发基地|风电基地|光伏基地|风电场|风力发电场|风电项目|光伏项目|光伏发电项目|储备基地|产能基地|主网架|目标网架|电网|"
        # a power transmission named by its source and target: "疆电入渝", "藏电入川" (the source
        # in a lookbehind, so the head still opens with one character: HEAD_RE's first-character filter)
        r"(?<=[\u4e00-\u9fff])电入[\u4e00-\u9fff](?:工程)?|"
        # a substation written short after its voltage and its two- or three-character name ("220千伏甲乙变",
        # "500千伏甲乙丙變"), closing the noun; not a change (转变, 演变: the verb's first character before 变)
        r"(?<=千伏[\u4e00-\u9fff]{2})(?<![转改突演蜕剧渐骤多巨应压])[变變](?=[^\u4e00-\u9fff]|$|等|和|及|与|扩建|增容|改造|工程|项目)|"
        r"(?<=千伏[\u4e00-\u9fff]{3})(?<![转改突演蜕剧渐骤多巨应压])[变變](?=[^\u4e00-\u9fff]|$|等|和|及|与|扩建|增容|改造|工程|项目)|"
        + _VOLTAGE_WORDS + "|"
        # a base that develops or converts a gas resource ("X县页岩气就地转化综合利用基地", "X煤层气产业化
        # 基地"): an energy site, not a park of industry; named only with a place before it (a modifier)
        r"(?:页岩气|煤层气|天然气)[\u4e00-\u9fff]{0,8}?(?:利用基地|产业化基地|转化基地)",
        T.ENERGY,
    ),
    (
        # a phase may stand before 工程 ("城区防洪二期工程"), and embankments are water works ("场镇堤防工程",
        # "X河防洪护岸工程", "X河Y段防洪治理工程")
        # a canal or a link of river systems named by the chain of rivers, reservoirs and towns it joins
        # ("A河—B水库—C镇输水干渠", "A河—B河—C水库的水系联通工程": geo/extract/names/head_names.py, CHAIN_HEADS)
        r"水系[联连]通工程|输水干渠|"
        # a diversion: "引大济岷", "引X入Y工程"
        + DIVERSION_HEAD + r"|生态修复项目|生态修复工程|水资源配置工程|水资源配置|引水工程|供水一体化(?:工程|项目)|供水一体化[一二三四五]期(?:工程|项目)?|供水一体化(?=[、，,])|供水(?:[一二三四五]期)?工程|补水(?:枢纽)?(?:[一二三四五]期)?工程|(?:引水|供水|提水|取水|调水|输水)项目|提水工程|取水工程|引调水工程|调水工程|渡槽|输水工程|输水管道工程|供水改扩建工程|"
        r"防洪治理工程|防洪护岸工程|护岸(?:综合整治)?工程|防洪(?:[一二三四五]期)?工程|堤防(?:加固|整治|维修|除险){0,2}(?:[一二三四五]期)?工程|防洪整治|防护工程|提灌站|泵站|水利水电枢纽工程|水利水电枢纽|水电枢纽工程|水电枢纽|水利枢纽工程|水利枢纽|水利工程|大坝|污水处理厂|水厂|综合治理工程|"
        # a river basin's treatment named as works without 工程, with its aspect or its section ("X江流域水环境综合
        # 治理", "X河流域(Y段)综合治理"): works of one item; a basin's treatment alone ("长江流域综合治理") or a
        # pilot of it ("深化A、B流域水环境综合治理与可持续发展试点") is policy.
        # The same for a water supply joining town and country ("X县城乡供水一体化一期", "X区城乡供水一体化、…"):
        # with a phase or as an item of a list; alone it is a goal ("推进全县城乡供水一体化")
        r"(?<=流域水环境)综合治理(?!与|和|及|试点|示范)|(?<=流域水生态)综合治理(?!与|和|及|试点|示范)|(?<=流域[(（][\u4e00-\u9fff]{2}段[)）])综合治理(?!与|和|及|试点|示范)|(?<=流域[(（][\u4e00-\u9fff]{3}段[)）])综合治理(?!与|和|及|试点|示范)|河道治理工程|河道治理|整治工程|水源工程|引水|灌区|水库|"
        + _WATER_WORDS,
        T.WATER,
    ),
    (
        # (an office or a base of a waterway's or a lock's upkeep is no waterway: "X航道维护基地", "X航道处", "X船闸处")
        r"航道整治工程|航道整治|航道(?!维护|养护|管理|处|局)|船闸(?!处|管理)|升船机(?:改造工程)?|通航建筑物|航运建设工程|通航设施工程|库区航运工程|航运工程|通航设施|航运枢纽|航电枢纽工程|航电枢纽|梯级渠化|"
        # a river's trunk line with its section ("提升长江干线川境段航运能级"); before 航道 the 航道 is the head
        r"水运新通道工程|水运新通道|水运通道|黄金水道|(?<=江)干线(?=[\u4e00-\u9fff]{1,4}段(?!航道))|"
        # the dams of one river listed with the river written once before a bare 枢纽 ("A、B等X江枢纽项目"):
        # 枢纽 alone is no head (铁路枢纽, 交通枢纽 are others'); after 等 and a river, closing the noun, it is the
        # river's works ("等X江枢纽城市", "等X江枢纽港" are roles and ports)
        r"(?<=等[\u4e00-\u9fff][江河])枢纽(?=项目|工程|建设|[^\u4e00-\u9fff]|$)"
        r"|(?<=等[\u4e00-\u9fff]{2}[江河])枢纽(?=项目|工程|建设|[^\u4e00-\u9fff]|$)"
        # a dam of a river's navigation-and-power series named by its site after the series ("X江航电Y枢纽"), a
        # river's hub at a city ("X江Y城综合枢纽"), or a bare 枢纽 whose works are shipping ("Y枢纽生态航运论证",
        # "Y枢纽通航设施", "Y枢纽复航建设"), or below or above its dam ("Y枢纽坝下", "Y枢纽下游10公里"): a waterway's
        # works, where 枢纽 alone is a role (铁路枢纽, 交通枢纽)
        r"|(?<=航电[\u4e00-\u9fff]{2})枢纽|(?<=航电[\u4e00-\u9fff]{3})枢纽"
        r"|(?<=[江河](?!沿|上游|中游|下游|干流|流域|重要|经济)[\u4e00-\u9fff]{2})综合枢纽"
        r"|(?<![交通运输纽物流铁路客货空港陆])枢纽(?=[\u4e00-\u9fff]{0,3}(?:航运|通航|复航)|坝下|坝上|下游|上游)"
        r"|" + _WATERWAY_WORDS,
        T.WATERWAY,
    ),
    (r"直升机停机坪|停机坪|直升机起降场地|直升机起降点|" + _AIRPORT_WORDS + r"|国际机场|机场|航站楼|航站区|卫星厅|跑道", T.AIRPORT),
    (_RAIL_YARD_WORDS + r"|(?:中欧|中亚)班列枢纽节点|铁路枢纽|(?<=站)综合交通枢纽|(?<=站铁路)综合交通枢纽|(?<=站)综合客运枢纽|综合交通换乘枢纽站|换乘枢纽站|动车所|动车运用所", T.RAIL_STATION),
    # (城际 before a word of a road or rail service, "A至B城际公交", "城际快巴", "城际列车", names the
    # service, not a line; "A至B线" is a suburban line of a plan, "成都至眉山线", when A and B are known
    # places: geo/extract/names/judge.py acceptable; not "A至B线高速", "A至B北线重庆段" of a list of roads,
    # "X至Y接线道路", "线路")
    (
        r"客运专线|(?<![A-Za-z\d])S\d{1,2}线(?=[^。;；\n]{0,40}?(?:铁路|轨道|地铁|市域|城际))|(?<![\u4e00-\u9fff]{2}[省市县区])客专|高速铁路|高铁(?!站(?!点))|城际铁路|市域\(郊\)铁路|市域（郊）铁路|市域铁路|环线铁路|货运铁路|铁路|"
        r"铁路专用线|铁专线|专用线|(?<!公路)(?<!高速)联络线|直通线|疏解线|(?:城轨|市域)快线\d{1,2}号线|城轨快线|轨道交通(?!经济|骨干)\w{1,4}?线(?!路)|轨道交通(?=项目|工程)|(?<=至[\u4e00-\u9fff]{2})(?<!接)线(?![路上下内外性索缆圈条型网长段高公铁道]|[\u4e00-\u9fff]{2,3}段)|(?<=至[\u4e00-\u9fff]{3})(?<!接)线(?![路上下内外性索缆圈条型网长段高公铁道]|[\u4e00-\u9fff]{2,3}段)|(?<=市郊铁路[\u4e00-\u9fff]{2})线(?![路上下内外性索缆圈条型网长段])|(?<=市域铁路[\u4e00-\u9fff]{2})线(?![路上下内外性索缆圈条型网长段])|(?<=城轨快线[\u4e00-\u9fff]{2})线(?![路上下内外性索缆圈条型网长段])|轨道\d{1,2}号线|[A-FH-RT-Z]\d{1,3}线|(?:\d{1,2}|(?<!第)[一二三四五六七八九十]{1,3})号线|城际(?!公交(?!化)|快巴|班车|班线|客车|巴士|列车|客运|专线)",
        T.RAILWAY,
    ),
    (r"(?:车辆段|货运枢纽站|编组站|集结站|北站|南站|东站|西站|火车站|高铁站|(?<=[座个处])车站|(?<=[座个处])客运车站|(?<=[座个处])货运车站|(?<=[座个处])站点|(?<!航)站)(?![镇点台长房]|位(?!于))", T.RAIL_STATION),
    (
        # 国高 is 国家高速 after its line's name ("沪昆国高贵阳至安顺段"), not "全国高…", "我国高…"
        r"(?<![A-Za-z\d])[GS]\d{2,4}线|(?<![A-Za-z\d])[GS]\d{2,4}(?![\d国省线次])|高速公路|高速|(?<![全我中该本])国高(?=[\u4e00-\u9fff]{2,8}?(?:段|扩容)|扩容|[^\u4e00-\u9fff]|$)|快速路|快速通道|快捷通道|" + _ROAD_WORDS + r"|(?<=[\u4e00-\u9fff]{2})快速(?=[、，,。；;+\-—－\s]|等|[一二三四五六]期|$)|过江通道(?:工程)?|(?:国道|省道)(?!\d)|大道|连接线|连接道|延伸线|延长线|[东西南北]延线|支线|大桥|隧道|枢纽互通|互通立交|(?<![联相])互通(?!换乘|共享|有无)|(?<!互通)立交|收费站|渡改(?:公路)?桥|(?<=[\u4e00-\u9fff])[江河][一二三四五六七八九十]+桥|(?<=[\u4e00-\u9fff])(?:[一二三四五六七八九十]{1,3}|\d{1,2})号桥(?!梁)|(?<=[\u4e00-\u9fff]{2})复线桥(?!梁)|出境公路|旅游环线|旅游通道|沿江通道|" + _KIND_ROAD_WORDS + r"|(?<![大游旅铁速])环线(?!铁路|高速|公路)|"
        # a city's grid of expressways numbered by direction ("六纵线", "四横线")
        + GRID_LINE_HEAD + "|"
        # an expressway's widening named by its route alone ("成绵扩容项目", "G5甲至乙扩容项目")
        r"扩容(?:工程|项目)|"
        # a road's link line ("甲至乙高速公路联络线", "X高速联络线"): a highway, as 连接线 is; 联络线 alone is a railway's
        r"(?<=公路)联络线|(?<=高速)联络线|"
        # 路 opening a word of its own is no road's head: its surface, state or upkeep ("路容路貌", "路政", "路肩"),
        # a saying ("路难行", "开路先锋")
        r"公路|环路|北路|南路|东路|西路|中路|(?<![电线思道出网之新陆铁公马原径封修让好])路(?![面网径线口段过况灯衍远容貌政肩难先]|基(?!础))",
        T.HIGHWAY,
    ),
    (r"指定监管场地|翻坝转运设施|翻坝转运中心|翻坝转运体系建设工程|翻坝转运体系|无水港|港区|作业区|码头|港口(?!岸)|(?<![开出进离到靠])港(?!澳|经济|口(?!岸))|作业场所", T.PORT),
    (
        # a zone's head before 段 names the section of a line crossing the zone ("甲高速乙新城段", "丙环线高新区段"),
        # not the zone
        r"(?:合作园区|产业园区|产业园|软件园|工业园区|工业园|科技园|示范园区|示范园|农业园区|园区|高新区|经开区|综保区|"
        r"综合保税区|经济技术开发区|经济开发区|开发区|产业城|新城(?![区镇])|科技城(?!管)|科学城|生物城|(?<![创验])新区)(?!段)|农高区|信息安全谷|总部基地|"
        r"产业合作区|协同创新区|创新园|"
        # an area of a pilot free trade zone, named by its place ("自贸试验区X片区"): a zone of industry and trade,
        # not a planning area; a count or a scope ("三个片区", "各片区") names none
        r"(?:自由贸易|自贸)试验区(?![一二三四五六七八九十两各多几\d])[\u4e00-\u9fff]{2,6}?片区|"
        r"创新区|民品园|(?<!首)开区|产业化基地|产业基地|生产基地|深加工基地|" + _PARK_WORDS,
        T.INDUSTRIAL_PARK,
    ),
    (
        r"博物馆|博物院|纪念馆|展览馆|美术馆|音乐厅|图书馆|文化公园|遗址公园|体育公园|森林公园|"
        # stations of other services than rail (issue #11: not core)
        r"客运站|检查站|检测站|水文站|气象站|消防站|公交站|公交首末站|垃圾中转站|中转站|救助站|景区|公园(?!城市)|小镇|综合体|主题馆|救援基地|医疗中心|医学中心|赛事中心|竞训基地|职教基地|旅游中心|"
        r"集散中心|步行大道|保健院|疾控中心|古寨|长廊|(?<![市小])街(?![道镇区巷])|院区|医院|学校|小学|中学|幼儿园|学院|大学|校区|职教城|职教园|广场|酒庄|古镇|美食街|商业街|"
        r"街区|旅游度假区|度假区|漂流项目|康养项目|主题乐园|文化馆|剧院|体育馆",
        T.OTHER_FACILITY,
    ),
)

#: Names ending like this are generic road/line words, not named items.
NEGATIVE_SUFFIX = re.compile(r"(" + _NOT_KIND_ROAD + r"道路|断头路|农村路|乡村路|农村公路|干线公路|国省道|县乡道|城乡路网|配送站|充装站|监测站|服务站|加油站|工作站|(?<!铁路)场站|站点|基站|充电站|换电站|加气站|港口|良港|硬化路|配套公路|配套道路|通路|网站)$")
