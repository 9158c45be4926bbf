"""Stage per mention on invented sentences of the classes of text missed on unseen documents (issue #11 item 2).

Every sentence here is invented (real place names, made-up projects); none is copied from a
document of the blind sets. Each class has positives and negatives: the negatives are the
nearby text the rule must leave alone.
"""

from __future__ import annotations

import pytest
from extract_helpers import case as _case
from extract_helpers import plain, stage_of

from geo.extract import extract


def case(text: str, name: str, stage: str) -> object:
    return _case(text, name, stage, width=6)


# works going on, told by the site: a construction report, its progress as a share, tunnelling
WORKS = [
    case("秀山至印江高速公路加紧施工。", "秀山至印江高速公路", "under_construction"),
    case("目前,酉阳至沿河高速公路正在进行路面、交安等收尾施工。", "酉阳至沿河高速公路", "under_construction"),
    case("垫江至丰都高速公路已完成总体施工进度的65%。", "垫江至丰都高速公路", "under_construction"),
    case("江津至泸州北线高速公路总体进度完成超过80%。", "江津至泸州北线高速公路", "under_construction"),
    case("小南海水利枢纽建设现场一派繁忙。", "小南海水利枢纽", "under_construction"),
    case("万州新田港三期工程建设如火如荼。", "万州新田港三期", "under_construction"),
    case("城口至开州高速公路大巴山隧道累计掘进1200米。", "城口至开州高速公路大巴山隧道", "under_construction"),
    # negatives: a condition of the works or a difficulty is no report of works going on
    case("研究论证彭水至酉阳高速公路,待具备施工条件后再议。", "彭水至酉阳高速公路", "proposed"),
    case("石柱至黔江高速公路已建成通车,施工单位已撤场。", "石柱至黔江高速公路", "completed"),
    case("巫山港二期工程建设现场会在巫山召开。", "巫山港二期", "unspecified"),
]

# studies and approvals of the design: feasibility (可研, 工可), preliminary design, an expert review
DESIGN = [
    case("合川至安岳高速公路工可报告已通过专家审查。", "合川至安岳高速公路", "preliminary"),
    case("南川至道真铁路可研报告已上报国家发展改革委。", "南川至道真铁路", "preliminary"),
    case("綦江至桐梓铁路目前已开展可研研究工作。", "綦江至桐梓铁路", "preliminary"),
    case("长寿至垫江高速公路初步设计已获省交通运输厅批复。", "长寿至垫江高速公路", "preliminary"),
    case("梁平至忠县铁路可行性研究报告编制完成。", "梁平至忠县铁路", "preliminary"),
    # negatives: 可研究 ("may study") is a study, not a feasibility report
    case("下一步可研究将铜梁至安岳铁路纳入规划。", "铜梁至安岳铁路", "proposed"),
    case("忠县至石柱铁路已建成通车。", "忠县至石柱铁路", "completed"),
]

# done, told in the past with 了 ("实施了X项目")
PAST = [
    case("2022年已投资3000万元实施了大足至双桥连接线项目。", "大足至双桥连接线", "completed"),
    case("今年将实施荣昌至泸县高速公路项目。", "荣昌至泸县高速公路", "under_construction"),
]

# a milestone aimed at: "向…完工发起总攻", "向年底通车冲刺": the works are going on
AIMED = [
    case("璧山至铜梁高速公路正全力向9月底完工发起总攻。", "璧山至铜梁高速公路", "under_construction"),
    case("永川至江津高速公路向年底建成通车全力冲刺。", "永川至江津高速公路", "under_construction"),
    case("永川至江津高速公路于去年年底完工。", "永川至江津高速公路", "completed"),
]

# a generic "推进实施" governing a list closed by 等 and its kind: every item is being built
IMPLEMENT = [
    case("推进实施铜梁至潼南、大足至内江等高速公路,完善路网。", "铜梁至潼南高速公路", "under_construction"),
    case("推进实施铜梁至潼南、大足至内江等高速公路,完善路网。", "大足至内江高速公路", "under_construction"),
    # negative: the item is only a place in the noun the verb governs
    case("推进实施垫江港区铁路集疏运体系,完善路网。", "垫江港区", "unspecified"),
]

# a motion (建议, 提案, 议案) asks for the item: it is proposed, whatever verb the motion uses;
# an existing line the motion builds on is context
MOTION = [
    case("您提出的《关于新建奉节至巫溪铁路的建议》收悉。", "奉节至巫溪铁路", "proposed"),
    case("贵团提出的《关于加快推进武隆至道真高速公路建设的建议》收悉。", "武隆至道真高速公路", "proposed"),
    case("关于修建秀山至酉阳高速公路的提案。", "秀山至酉阳高速公路", "proposed"),
    case("您提出的《关于尽快对秀山至酉阳公路进行升级改造的建议》收悉。", "秀山至酉阳公路", "upgrade"),
    case("关于修建衔接渝怀铁路的联络线的建议收悉。", "渝怀铁路", "completed"),
    # the reply's body says where the works stand: that is their stage
    case("《关于加快武隆至道真高速公路建设的建议》收悉。武隆至道真高速公路工可报告已批复。", "武隆至道真高速公路", "preliminary"),
    case(
        "《关于加快武隆至道真高速公路建设的建议》收悉。武隆至道真高速公路扩容工程是纳入国家规划的项目,该项目可研报告已批复。",
        "武隆至道真高速公路",
        "preliminary",
    ),
    case("《关于新建奉节至巫溪铁路的建议》收悉。奉节至巫溪铁路沿线人口密集。", "奉节至巫溪铁路", "proposed"),
    # negatives: a report, not a motion, keeps its verb; the reply's own sentence keeps its cue
    case("关于加快推进武隆至道真高速公路建设情况的报告。", "武隆至道真高速公路", "under_construction"),
    case("您的建议收悉。武隆至道真高速公路已开工建设。", "武隆至道真高速公路", "starting"),
    # the reply's body refers back to the motion's one item (该项目, 该工程): that clause is its stage
    case("关于加快枫林至竹园高速公路建设的建议收悉。经研究,现答复如下:该项目已完成工可编制。", "枫林至竹园高速公路", "preliminary"),
    case("关于尽快修建柳溪大桥的建议收悉。现答复如下:\n该工程正在加紧施工。", "柳溪大桥", "under_construction"),
    case("您提出的关于将梓潼至青莲铁路纳入规划的提案收悉。目前,该项目正在开展前期工作。", "梓潼至青莲铁路", "preliminary"),
    # negatives: a motion naming two items (which one is 该项目?); another item named before the
    # reference; a reply saying nothing of the works
    case("关于加快枫林至竹园高速公路和青莲大桥建设的建议收悉。该项目已开工建设。", "枫林至竹园高速公路", "proposed"),
    case("关于加快枫林至竹园高速公路建设的建议收悉。松岗至白马高速公路已开工,该项目预计2025年建成。", "枫林至竹园高速公路", "proposed"),
    case("关于加快枫林至竹园高速公路建设的建议收悉。感谢您对交通工作的关心。", "枫林至竹园高速公路", "proposed"),
]

# existing lines a new work links (衔接) or starts beside (起点为): built
CONTEXT = [
    case("该线是衔接渝怀、襄渝及兰渝铁路三大干线的联络线。", "渝怀铁路", "completed"),
    case("该线是衔接渝怀、襄渝及兰渝铁路三大干线的联络线。", "兰渝铁路", "completed"),
    case("一期道路起点为国道G319龙门大桥附近,止于石门镇。", "国道G319龙门大桥", "completed"),
    # negatives: an item the work is based on (依托) says nothing of its own stage (the independent
    # gold of the bundled documents reads it so); one still being built keeps its cue
    case("依托涪陵港建设多式联运枢纽。", "涪陵港", "unspecified"),
    case("依托在建的渝西高铁,谋划建设站前广场。", "渝西高铁", "under_construction"),
    case("规划建设衔接线,推进渝怀铁路扩能改造。", "渝怀铁路", "upgrade"),
]

# lines and facilities one travels on, through or to now (issue #11: existing infrastructure as context is
# built): a way told by its verb before the item (驶出, 驶入, 转换至, 降落在, 前往, 往返, 可经) or a link after
# it (与X相连/互联互通/换乘, 通过X直达), lines crossing the area (从境内通过, 纵贯全境), a road's traffic now
TRAVEL_CONTEXT = [
    case("车辆可经青岭高速,在安平境内实现与东川高速、南丘高速的互联互通。", "青岭高速", "completed"),
    case("车辆可经青岭高速,在安平境内实现与东川高速、南丘高速的互联互通。", "南丘高速", "completed"),
    case("该线在白石站与城市轨道交通9号线东段换乘。", "城市轨道交通9号线东段", "completed"),
    case("新建道路与北岭城市大道紧密相连。", "北岭城市大道", "completed"),
    case("驾乘人员可由此驶入东岭高速。", "东岭高速", "completed"),
    case("随着一架客机平稳降落在青石机场,新航线正式开通。", "青石机场", "completed"),
    case("东岭高速、南山铁路从境内通过。", "南山铁路", "completed"),
    case("G99东山高速、西河高速公路纵贯全境。", "西河高速公路", "completed"),
    case("国道999线路况良好,车流不息。", "国道999", "completed"),
    # negatives: a link the sentence puts ahead, a planned partner, the item's own works, a new line's start
    case("该项目建成后将与东岭高速相连。", "东岭高速", "unspecified"),
    case("新建道路将与规划的东河大道相连。", "东河大道", "proposed"),
    case("加快建设青岭高速,力争与东川高速同步建成。", "青岭高速", "under_construction"),
    case("东岭高速从境内通过,力争年内开工建设。", "东岭高速", "starting"),
    # trunk lines a new work joins (连接A和B的纽带): there already; a route told end by end is not
    case("该线将成为连接东岭高铁和西河高铁的重要纽带。", "西河高铁", "completed"),
    case("更是连接南山高铁与北岭高铁干线的关键工程。", "南山高铁", "completed"),
    case("新建连接东岭高速的连接线。", "东岭高速", "completed"),
    case("规划建设连接规划东岭高铁的联络线。", "东岭高铁", "proposed"),
    case("项目起于南山镇,连接东岭高速,经北河镇后连接西河高速。", "东岭高速", "unspecified"),
    # a water or power facility doing its work now, a port with ships coming and going, a road one takes,
    # a line a new one joins (接轨), a facility closed down, works told finished (建设完成)
    case("受降雨影响,东岭水库正在溢洪。", "东岭水库", "completed"),
    case("东岭水库向桃花溪增补生态用水300万立方米。", "东岭水库", "completed"),
    case("该区一直从东岭提水工程取水。", "东岭提水工程", "completed"),
    case("东岭港区船舶穿梭,货物奔赴四面八方。", "东岭港区", "completed"),
    case("目前最快的方式仍是走东岭高速公路。", "东岭高速公路", "completed"),
    case("线路接轨东岭、西河联络线,止于南山存车场。", "西河联络线", "completed"),
    case("关停东岭码头货运功能。", "东岭码头", "completed"),
    case("东岭水利枢纽一期建设完成并向北山供水。", "东岭水利枢纽一期", "completed"),
    # negatives: a supply the sentence puts ahead, a sum spent, a visit, a condition
    case("东岭水库建成后将向北山供水。", "东岭水库", "unspecified"),
    case("东岭水库建设完成投资5亿元。", "东岭水库", "under_construction"),
    case("东岭水库建设完成后,将新增供水能力。", "东岭水库", "unspecified"),
    case("走进东岭产业园。", "东岭产业园", "unspecified"),
]

# an upgrade named right after the item (its own works) under a progress verb: the works are an upgrade
OWN_WORKS = [
    case("正在有序推进嘉陵江、渠江航道扩能提升。", "嘉陵江航道", "upgrade"),
    case("正在有序推进嘉陵江、渠江航道扩能提升。", "渠江航道", "upgrade"),
    case("有序推进乌江航道扩能。", "乌江航道", "upgrade"),
    case("渝黔高速公路、朝天门大桥加宽改造工程、万州港三期全力推进。", "朝天门大桥", "upgrade"),
    case("渝黔高速公路、朝天门大桥加宽改造工程、万州港三期全力推进。", "渝黔高速公路", "under_construction"),
    # negatives: the upgrade is another item's; the progress verb is the item's own
    case("有序推进乌江航道建设和涪江航道提升。", "乌江航道", "under_construction"),
    case("加快建设南川至两江新区高速公路。", "南川至两江新区高速公路", "under_construction"),
]

# a counted list as the subject of its sentence: the next clause is its predicate
COUNTED_SUBJECT = [
    case("铜梁至合川快速通道等42个项目,较计划提前开工建设。", "铜梁至合川快速通道", "starting"),
    case("綦江东站、万盛经开区物流园等12个项目,已建成投用。", "綦江东站", "completed"),
    case("万盛经开区物流园建设工程二期等30个项目,较原计划提前开工。", "万盛经开区物流园", "starting"),
    # negative: an object of a verb is no subject
    case("建设綦江东站等12个项目,总投资50亿元。", "綦江东站", "unspecified"),
]

# an item opening its clause with an adverbial (经过, 在…前提下, 目前): the next clauses are its predicate
CLAUSE_SUBJECT = [
    case("南川至贵阳高速公路经过两年多建设,目前总体进度完成超过85%。", "南川至贵阳高速公路", "under_construction"),
    case("南川至贵阳高速公路在确保安全的前提下,加紧施工。", "南川至贵阳高速公路", "under_construction"),
    # negatives: no adverbial (a description); another item named before the cue
    case("南川至贵阳高速公路全长90公里,总投资120亿元。", "南川至贵阳高速公路", "unspecified"),
    case("南川至贵阳高速公路经过多年努力,綦江至习水高速公路已开工。", "南川至贵阳高速公路", "unspecified"),
]

# an existing line with a problem of its service: the verb before it governs the problem
SERVICE_PROBLEM = [
    case("研究制定方案,尽可能缓解万州长江大桥常态化拥堵。", "万州长江大桥", "completed"),
    case("尽快缓解渝黔高速拥堵。", "渝黔高速", "completed"),
    # negative: a new line that will relieve the congestion of others
    case("规划建设渝黔高速复线,缓解通行压力。", "渝黔高速复线", "proposed"),
]

# the place an event is held is not the works the event is about
VENUE = [
    case("重大项目集中开工活动在万州经开区举行。", "万州经开区", "unspecified"),
    case("万州经开区新材料产业园正式开工。", "万州经开区新材料产业园", "starting"),
]

# progress told without its object: the item being advanced is being built
PROGRESS = [
    case("随着藻渡水库项目逐步推进,库区移民工作有序开展。", "藻渡水库", "under_construction"),
    # negative: the generic verb before an item governs the item's noun phrase, not the item
    case("持续推进万州港区铁路集疏运体系建设。", "万州港区", "unspecified"),
]

# an upgrade counted among a kind of projects: the kind is the stage, the upgrade the works' kind
COUNTED_UPGRADE = [
    case("包括綦江至习水高速公路(重庆境)扩容工程、南川至贵阳高速公路2个续建项目。", "綦江至习水高速公路重庆境", "under_construction"),
]

# a clause referring back to the item ("该项目", "该互通"), in its sentence or opening the next one
BACK_REFERENCE = [
    case("我局会同区发展改革委对接綦江至桐梓铁路相关事宜,目前该项目已完成可研报告编制。", "綦江至桐梓铁路", "preliminary"),
    case("万州北枢纽互通位于万州区高梁镇。该互通正在加紧施工。", "万州北枢纽互通", "under_construction"),
    case("綦江至桐梓铁路全长90公里,该线已于去年建成通车。", "綦江至桐梓铁路", "completed"),
    case(
        "位于万州区的万州北枢纽互通,是万州至达州高速公路的起点工程。今年8月,该互通迎来重要节点,主体结构顺利完工。",
        "万州北枢纽互通",
        "under_construction",
    ),
    # negatives: another item named between; a clause not referring back; the item's own cue wins
    case("綦江至桐梓铁路位于綦江区,江津至泸州铁路位于江津区,该项目已开工。", "綦江至桐梓铁路", "unspecified"),
    case("綦江至桐梓铁路位于綦江区,沿线群众已开工种植。", "綦江至桐梓铁路", "unspecified"),
    case("海拔从綦江东站的300米升至桐梓站的900米。该项目2019年开工建设。", "綦江东站", "unspecified"),
    case("研究论证綦江至桐梓铁路,该项目建成后将缩短时空距离。", "綦江至桐梓铁路", "proposed"),
    case("綦江至桐梓铁路已纳入国家规划,该项目正在开展前期工作。", "綦江至桐梓铁路", "preliminary"),
    case("綦江至桐梓铁路是纳入国家规划的项目,江津至泸州铁路正在开展前期工作。", "綦江至桐梓铁路", "proposed"),
]

# the whole named right before its part whose works are going on
WHOLE_BEFORE_PART = [
    case("在万州区,万州至达州高速公路全线最长隧道铁峰山隧道,在历经三年建设后双洞贯通。", "万州至达州高速公路", "under_construction"),
    # negative: a part done says little of the whole
    case("万州至达州高速公路全线最长隧道铁峰山隧道,已建成通车。", "万州至达州高速公路", "unspecified"),
]

# a milestone denied, the conditions of a start and the steps before it, a facility in use
NEGATION = [
    case("南川至贵阳高速公路尚未开工。", "南川至贵阳高速公路", "preliminary"),
    case("南川至贵阳高速公路目前还未开工建设。", "南川至贵阳高速公路", "preliminary"),
    case("南川至贵阳高速公路尚未建成。", "南川至贵阳高速公路", "under_construction"),
    case("待南川至贵阳高速公路具备开工条件后,给予补助。", "南川至贵阳高速公路", "preliminary"),
    case("南川至贵阳高速公路正在开展勘察设计。", "南川至贵阳高速公路", "preliminary"),
    case("南川至贵阳高速公路已完成施工招标。", "南川至贵阳高速公路", "preliminary"),
    case("綦江东站已投入使用。", "綦江东站", "completed"),
    # negatives: the milestone itself, a plan to start, a condition about the future
    case("南川至贵阳高速公路已开工。", "南川至贵阳高速公路", "starting"),
    case("南川至贵阳高速公路计划今年开工。", "南川至贵阳高速公路", "starting"),
    case("綦江东站投入使用后,将方便群众出行。", "綦江东站", "unspecified"),
    case("力争具备开工条件的南川至贵阳高速公路年内开工建设。", "南川至贵阳高速公路", "starting"),
]

# the steps of the works before an opening and a pace of works; a planned milestone keeps the
# milestone's stage with its year (the team's convention, as "计划开工" is 开工 and the independent
# gold reads "力争…开工建设" so), a forecast (预计, 有望) is works going on
AHEAD = [
    case("綦江至习水铁路开始联调联试。", "綦江至习水铁路", "under_construction"),
    case("南川至贵阳高速公路建设提速。", "南川至贵阳高速公路", "under_construction"),
    case("南川至贵阳高速公路全力建设。", "南川至贵阳高速公路", "under_construction"),
    # negatives: the completion itself, planned; a start named in the clause is the nearer news
    case("南川至贵阳高速公路于去年建成通车。", "南川至贵阳高速公路", "completed"),
    case("南川至贵阳高速公路力争今年建成通车。", "南川至贵阳高速公路", "completed"),
    case("南川至贵阳高速公路正式开工,力争2026年建成通车。", "南川至贵阳高速公路", "starting"),
]

# in service told by its first use, and the approval of a project itself
OPENED = [
    case("綦江机场正式通航。", "綦江机场", "completed"),
    case("綦江抽水蓄能电站首台机组并网发电。", "綦江抽水蓄能电站", "completed"),
    case("藻渡水库正式通水。", "藻渡水库", "completed"),
    case("南川至贵阳高速公路完成交工验收。", "南川至贵阳高速公路", "completed"),
    case("綦江东站今日启用。", "綦江东站", "completed"),
    case("南川至贵阳高速公路已立项。", "南川至贵阳高速公路", "preliminary"),
    # negatives: a condition about the future; an opening forecast
    case("綦江机场通航后,将开通多条航线。", "綦江机场", "unspecified"),
    case("按1000吨级船舶通航标准建设藻渡航电枢纽。", "藻渡航电枢纽", "unspecified"),
    case("綦江港二期建成后,綦江港将实现常年通航千吨级船舶。", "綦江港", "unspecified"),
    case("綦江机场预计年内通航。", "綦江机场", "under_construction"),
]

# a report of a batch: the items it counts are of the batch
BATCH = [
    case("綦江集中开工42个重大项目\n其中,綦江东站、万盛经开区物流园等5个项目总投资超10亿元。", "綦江东站", "starting"),
    case("綦江一批重点项目集中竣工\n万盛经开区物流园等8个项目总投资30亿元。", "万盛经开区物流园", "completed"),
    # negatives: an item not counted in the batch; a headline reporting no batch
    case("綦江集中开工42个重大项目\n綦江东站位于綦江区古南街道。", "綦江东站", "unspecified"),
    case("綦江东站今日开工\n万盛经开区物流园等5个项目总投资超10亿元。", "万盛经开区物流园", "unspecified"),
]

# a list after a colon that follows only its introducing word (分别是:, 包括:) takes the cue of the clause
# before that word
NAMED_AFTER_COLON = [
    case("当天,全市另外3座水库也正式开工建设,分别是:南川区龙岩水库、石柱县三星水库。", "石柱县三星水库", "starting"),
    case("今年将有两个港口作业区建成投用,包括:涪陵龙头港区、忠县新生港区。", "忠县新生港区", "completed"),
    # negatives: the clause before the word has no cue; a full stop ends the introducing sentence
    case("会议明确了今年的重点任务,包括:南川区龙岩水库、石柱县三星水库。", "石柱县三星水库", "unspecified"),
    case("全市3座水库正式开工建设。分别是:南川区龙岩水库、石柱县三星水库。", "石柱县三星水库", "unspecified"),
]

# a list counted by kind ("等N个续建项目") whose items end in a generic word (工程, 项目): every item is counted
COUNTED_WORKS = [
    case("南岭港二期工程、北河航电枢纽工程、西溪船闸工程等5个新开工项目;", "南岭港二期", "starting"),
    case("南岭港二期建设项目和北河航电枢纽工程等12个续建重点项目。", "南岭港二期", "under_construction"),
    # negatives: each item with its own clause's words
    case("加快南岭港二期工程建设、北河航电枢纽工程前期工作。", "北河航电枢纽工程", "preliminary"),
    case("加快南岭港二期工程建设、北河航电枢纽工程前期工作。", "南岭港二期", "under_construction"),
]

# a route's end or partner with a status word before it: planned ("东接规划X") — and a problem of an
# existing line's traffic ("缓解X交通拥堵状况", "X现状交通压力"): in service
ROUTE_PARTNER = [
    case("该工程西起南岭立交,东接规划北河长江大桥(不含)。", "北河长江大桥", "proposed"),
    case("新港区铁路专用线与拟建东西铁路相接。", "东西铁路", "proposed"),
    case("极大缓解内环南岭隧道交通拥堵状况。", "内环南岭隧道", "completed"),
    case("将缓解火车站周边及西环快速路现状交通压力。", "西环快速路", "completed"),
    # negatives: a plan named before the item is no status of it; pressure of a pipe is not traffic
    case("根据东山规划,北河长江大桥正在建设。", "北河长江大桥", "under_construction"),
    case("纳入规划的北河长江大桥已开工建设。", "北河长江大桥", "starting"),
    case("南岭隧道压力管道工程开工建设。", "南岭隧道", "starting"),
]


# works told by the physical state of the site: a part of the structure poured or finished, a site's
# works under way, the checks before an opening → 在建; a milestone's groundwork for navigation
PHYSICAL_STATE = [
    case("北河水库大坝已浇筑至45米。", "北河水库", "under_construction"),
    case("南岭机场T2航站楼幕墙及屋面基本完成。", "南岭机场T2航站楼", "under_construction"),
    case("西溪航电枢纽二期围堰截流成功。", "西溪航电枢纽二期", "under_construction"),
    case("东山大道下穿道正在进行管线迁改施工。", "东山大道", "under_construction"),
    case("南岭机场第二跑道飞行校验顺利完成。", "南岭机场第二跑道", "under_construction"),
    case("北河航电枢纽围堰截流成功,为年内通航打下基础。", "北河航电枢纽", "under_construction"),
    # negatives: studies under way are preparation; a part's size is no progress; navigation itself
    case("北河铁路正在进行可研编制工作。", "北河铁路", "preliminary"),
    case("东山大道路基宽24米,双向六车道。", "东山大道", "unspecified"),
    case("西溪航电枢纽已正式通航。", "西溪航电枢纽", "completed"),
]

# in service told by its working: generating, ready for its use, a year's traffic → 建成
IN_SERVICE = [
    case("西溪水库已开始发电运行。", "西溪水库", "completed"),
    case("北河水电站累计发电量突破5亿千瓦时。", "北河水电站", "completed"),
    case("东山水库已具备供水条件。", "东山水库", "completed"),
    case("南岭机场2022年旅客吞吐量120万人次。", "南岭机场", "completed"),
    # negatives: a condition about the future, a design figure, an output once built
    case("待东山大桥具备通车条件后,再行评估。", "东山大桥", "unspecified"),
    case("东山大桥力争年底具备通车条件。", "东山大桥", "under_construction"),
    case("东山大桥年底将具备通车条件。", "东山大桥", "under_construction"),
    case("新建南岭机场按旅客吞吐量800万人次设计。", "南岭机场", "unspecified"),
    case("北河水电站建成后年发电量达5亿千瓦时。", "北河水电站", "unspecified"),
    case("北河水电站力争年底实现发电运行。", "北河水电站", "proposed"),
]

# the preliminary works of a project, as its 前期工作
PRELIMINARY_WORKS = [
    case("加快开展北河至南岭段航道整治前期工程。", "北河至南岭段航道整治", "preliminary"),
    case("北河至南岭段航道整治工程开工建设。", "北河至南岭段航道整治工程", "starting"),
]

# a line or station in service that a new line or its works relate to: brought into, joined, ended at;
# an area named as the place of another item says nothing of its own works
RELATION = [
    case("该线路引入北河东站,正线长约120公里。", "北河东站", "completed"),
    case("线路经永川区城区,东至沙坪坝区北河站。", "沙坪坝区北河站", "completed"),
    case("项目西起东山立交,连接南岭西站。", "南岭西站", "completed"),
    case("该物流园项目位于南溪东部物流园内,总规划用地200亩。", "南溪东部物流园", "completed"),
    # negatives: a station named new after the verb; an area as the place of another project
    case("该线路引入新建北河东站,正线长约120公里。", "北河东站", "unspecified"),
    case("该物流园项目位于南溪新区东部产业园,总规划用地200亩。", "南溪新区东部产业园", "unspecified"),
]

# a list item whose generic word stands before its bracket ("A建设工程(某段)、B") is still in the list
COUNTED_BRACKETS = [
    case("南岭港二期工程、北河航道建设工程(东山段)、西溪船闸工程等3个新开工项目;", "南岭港二期", "starting"),
    case("南岭港二期工程、北河航道建设工程(东山段)、西溪船闸工程等3个新开工项目;", "北河航道东山段", "starting"),
    # negative: each item with its own clause's words
    case("加快北河航道建设工程(东山段)前期工作、南岭港二期工程建设。", "北河航道东山段", "preliminary"),
]


# a long counted list with an item that is not recognised in the middle: the counted tail is every item's
COUNTED_RUN = [
    case("还将有序推进南岭港三期工程、北河“左右岸”货物联运示范建设工程、西溪航电枢纽工程等3个重点项目前期工作。", "南岭港三期", "preliminary"),
    case("南岭港三期工程、北河“左右岸”货物联运示范建设工程、西溪航电枢纽工程等3个新开工项目。", "南岭港三期", "starting"),
    # negative: without a counted tail the last item's words are its own
    case("还将有序推进南岭港三期工程、北河“左右岸”货物联运示范建设工程、西溪航电枢纽前期工作。", "南岭港三期", "under_construction"),
]


# existing infrastructure described in the present: the whole an item is a part of, an item ranked
# among those in service, a traffic problem shared by coordinated lines → 建成
DESCRIBED = [
    case("北河大桥改造工程是国家高速公路网G65包茂高速、G69银百高速的重要段落。", "G65包茂高速", "completed"),
    case("北河大桥改造工程是国家高速公路网G65包茂高速、G69银百高速的重要段落。", "G69银百高速", "completed"),
    case("西溪,是嘉陵江航道的重要支流。", "嘉陵江航道", "completed"),
    case("北河机场是重庆第二大航空港。", "北河机场", "completed"),
    case("将缓解东山立交和西环路现状交通压力。", "东山立交", "completed"),
    # negatives: a planned or unfinished whole, a ranking of investment, a ranking to come
    case("该连接线是规划南岭至北河高速公路的重要组成部分。", "南岭至北河高速公路", "unspecified"),
    case("该连接线是在建南岭至北河高速公路的重要组成部分。", "南岭至北河高速公路", "under_construction"),
    case("南岭港三期是全省投资最大的港口项目。", "南岭港三期", "unspecified"),
    case("北河机场建成后将是全省第二大机场。", "北河机场", "unspecified"),
]


# a completion planned for a date is a forecast: the works are going on, for the item and for a partner
# the plan names inside it; the route and scheme of a feasibility study (工可线路, 工可方案) are preparation
PLANNED_COMPLETION = [
    case("北河东站计划于2026年与南岭至北河铁路同步建成通车。", "北河东站", "under_construction"),
    case("北河东站计划于2026年与南岭至北河铁路同步建成通车。", "南岭至北河铁路", "under_construction"),
    case("北河东站计划2026年建成投用。", "北河东站", "under_construction"),
    # an airport's first flights planned: as its completion ("计划2018年底通航")
    case("青石机场完成飞行区基础工程,航站区加快建设,计划2018年底通航。", "青石机场", "under_construction"),
    case("青石机场已于2018年底通航。", "青石机场", "completed"),
    case("南岭至北河高速公路工可线路进行优化调整。", "南岭至北河高速公路", "preliminary"),
    case("南岭至北河高速公路工可方案已完成比选。", "南岭至北河高速公路", "preliminary"),
    # negatives: a completion told in the past; 工可 inside other words (施工可以)
    case("北河东站已于2022年建成投用。", "北河东站", "completed"),
    case("南岭至北河高速公路施工可以分段进行。", "南岭至北河高速公路", "unspecified"),
]


# a facility opening its sentence, told by what it holds or carries now, and a line used now → 建成
HOLDINGS = [
    case("北河机场位于东山镇,现有2条跑道、3座航站楼。", "北河机场", "completed"),
    case("北河机场位于东山镇,2022年旅客吞吐量120万人次。", "北河机场", "completed"),
    case("据悉,北河机场现有2条跑道。", "北河机场", "completed"),
    case("游客乘坐北河至南岭高铁只需1小时即可到达。", "北河至南岭高铁", "completed"),
    case("目前,渝遂高速日均车流量超过5万辆。", "渝遂高速", "completed"),
    # negatives: holdings to come, planned, a time; a use or a traffic expected
    case("建成后,市民乘坐北河至南岭高铁只需1小时。", "北河至南岭高铁", "unspecified"),
    case("渝遂高速建成后,预计日均车流量达到5万辆。", "渝遂高速", "unspecified"),
    case("北河机场飞行区等级4C,建成后将拥有2条跑道。", "北河机场", "unspecified"),
    case("北河机场位于东山镇,规划建设2条跑道。", "北河机场", "unspecified"),
    case("据悉,北河机场仅用3个月完成主体施工。", "北河机场", "under_construction"),
]


# a start dated two years or more before the report (dated 2023 here) is no news: the works go on
STARTED_LONG_AGO = [
    case("北河航电枢纽于2019年12月开工建设,总投资104亿元。", "北河航电枢纽", "under_construction"),
    # negatives: a start of last year or of this year is the news
    case("北河航电枢纽于2022年12月开工建设,总投资104亿元。", "北河航电枢纽", "starting"),
    case("北河航电枢纽今年3月开工建设。", "北河航电枢纽", "starting"),
]


# news of the works' steps: a part done told verb first, the substructure done, the closing stage →
# 在建; construction drawings, an approval by a named body → 前期工作; listed in a plan → 研究论证
NEWS_STEPS = [
    case("北河至南岭高速公路已完成路面铺设。", "北河至南岭高速公路", "under_construction"),
    case("北河至南岭铁路线下工程基本完工。", "北河至南岭铁路", "under_construction"),
    case("北河至南岭高速公路进入收尾阶段。", "北河至南岭高速公路", "under_construction"),
    case("北河至南岭高速公路正在开展施工图设计。", "北河至南岭高速公路", "preliminary"),
    case("北河至南岭高速公路获国家发展改革委批复。", "北河至南岭高速公路", "preliminary"),
    case("北河至南岭高速公路项目获省发展改革委核准。", "北河至南岭高速公路", "preliminary"),
    case("北河至南岭铁路已列入国家中长期铁路网规划。", "北河至南岭铁路", "proposed"),
    case("北河至南岭铁路北河隧道顺利进洞。", "北河至南岭铁路北河隧道", "under_construction"),
    case("北河至南岭高速公路通车倒计时。", "北河至南岭高速公路", "under_construction"),
    case("北河至南岭高速公路建设进入冲刺阶段。", "北河至南岭高速公路", "under_construction"),
    case("北河至南岭高速公路开工建设以来,已完成投资30亿元。", "北河至南岭高速公路", "under_construction"),
    case("北河至南岭高速公路正在进行线位比选。", "北河至南岭高速公路", "preliminary"),
    case("北河至南岭高速公路已完成工可编制。", "北河至南岭高速公路", "preliminary"),
    case("北河绕城公路目前已完成方案设计。", "北河绕城公路", "preliminary"),
    case("北河至南岭铁路完成年度投资15亿元。", "北河至南岭铁路", "under_construction"),
    case("北河至南岭高速公路正在办理用地手续。", "北河至南岭高速公路", "preliminary"),
    case("北河至南岭高速公路正在开展地质勘察。", "北河至南岭高速公路", "preliminary"),
    case("北河至南岭高速公路施工许可已办理。", "北河至南岭高速公路", "preliminary"),
    case("北河至南岭高速公路项目建议书已获批复。", "北河至南岭高速公路", "preliminary"),
    # negatives: a measure of a part is no progress; the approval of a longer noun; the whole line done;
    # in service since its opening
    case("北河至南岭高速公路建成通车以来,车流量稳步增长。", "北河至南岭高速公路", "completed"),
    case("按照方案设计要求,北河绕城公路已建成通车。", "北河绕城公路", "completed"),
    case("市领导到北河至南岭高速公路现场勘察。", "北河至南岭高速公路", "unspecified"),
    case("北河至南岭高速公路完成桥梁长度测量。", "北河至南岭高速公路", "unspecified"),
    case("争取北河至南岭高速公路服务区配套设施获批。", "北河至南岭高速公路", "unspecified"),
    case("北河至南岭铁路全线完工。", "北河至南岭铁路", "completed"),
]


# a list document's heading with its count after the colon ("（一）收尾项目：12个") governs the
# numbered lines under it; a heading sentence with a verb is no heading
HEADING_COUNT = [
    case("重大项目清单\n（一）收尾项目：12个\n36.北河至南岭高速公路项目\n（二）续建项目：41个\n37.北河机场\n"
         "（三）新建项目：9个\n51.北河至南岭铁路项目\n（四）预备项目：3个\n62.南岭水库", "北河至南岭高速公路", "under_construction"),
    case("重大项目清单\n（一）收尾项目：12个\n36.北河至南岭高速公路项目\n（二）续建项目：41个\n37.北河机场\n"
         "（三）新建项目：9个\n51.北河至南岭铁路项目\n（四）预备项目：3个\n62.南岭水库", "北河机场", "under_construction"),
    case("重大项目清单\n（一）收尾项目：12个\n36.北河至南岭高速公路项目\n（二）续建项目：41个\n37.北河机场\n"
         "（三）新建项目：9个\n51.北河至南岭铁路项目\n（四）预备项目：3个\n62.南岭水库", "北河至南岭铁路", "starting"),
    case("重大项目清单\n（一）收尾项目：12个\n36.北河至南岭高速公路项目\n（二）续建项目：41个\n37.北河机场\n"
         "（三）新建项目：9个\n51.北河至南岭铁路项目\n（四）预备项目：共3项\n62.南岭水库", "南岭水库", "preliminary"),
    # negatives: a heading without a kind, and a sentence with a verb and a count, give no stage
    case("（一）交通运输：12个\n36.北河至南岭高速公路项目", "北河至南岭高速公路", "unspecified"),
    case("一、加快推进续建项目：12个\n36.北河至南岭高速公路项目", "北河至南岭高速公路", "unspecified"),
]

# a list introduced by a word closing the clause before it ("确保建成的8个项目包括,A、B") or by a bare
# 为 opening a list ("建成“两横两纵”路网,为A、B、C"): the introducing clause's cue is the items' stage
INTRO_BEFORE_LIST = [
    case("今年确保建成的8个项目包括,北河至南岭高速公路、东岭至西河高速公路。", "北河至南岭高速公路", "completed"),
    case("今年确保建成的8个项目包括,北河至南岭高速公路、东岭至西河高速公路。", "东岭至西河高速公路", "completed"),
    case("今年新开工的项目主要有,北河至南岭铁路、东岭水库。", "东岭水库", "starting"),
    case("全区建成“两横三纵”铁路格局,为北河至南岭铁路、东岭至西河铁路、南岭至北山铁路。", "东岭至西河铁路", "completed"),
    # negatives: an introducing clause without a cue; 为 before a single item (a purpose, not a list);
    # the intro word alone after a colon still reads the clause before it
    case("会议研究了有关问题,包括,北河至南岭高速公路、东岭水库。", "东岭水库", "unspecified"),
    case("全区已建成综合交通体系,为北河至南岭高速公路提供了保障。", "北河至南岭高速公路", "unspecified"),
    case("当天,另外3座水库也正式开工建设,分别是:北河水库、东岭水库、南岭水库。", "东岭水库", "starting"),
]

# the whole works done, told verb first with the works closing the clause: built
WORKS_DONE = [
    case("2019年完成北河、南岭等机场改扩建。", "北河机场", "completed"),
    case("完成东岭、西河机场迁建。", "西河机场", "completed"),
    case("2025年完成北河至南岭铁路建设。", "北河至南岭铁路", "completed"),
    # negatives: the studies, a year's investment, a part of the works
    case("完成北河机场建设前期工作。", "北河机场", "preliminary"),
    case("北河至南岭铁路完成年度投资15亿元。", "北河至南岭铁路", "under_construction"),
    case("北河至南岭高速公路已完成路面铺设。", "北河至南岭高速公路", "under_construction"),
]


# a news report writing up a published list: the kind its title names is the stage of the items its
# counted lists give ("包括A、B等重大项目"), whether the title opens the report or stands in the sentence
_PUBLISHED = "据省发改委消息,近日省里印发《2024年加快前期工作重点项目名单》,纳入200个项目。"
TITLED_LIST = [
    case(_PUBLISHED + "从行业看,基础设施项目80个,包括北河机场、南岭至东岭高速公路等重大项目。", "北河机场", "preliminary"),
    case(_PUBLISHED + "从行业看,基础设施项目80个,包括北河机场、南岭至东岭高速公路等重大项目。", "南岭至东岭高速公路", "preliminary"),
    case("省发改委公示《2023年重大项目前期工作费专项投资计划项目》,其中铁路提升工程包括北河至南岭铁路和东岭至西河铁路等。",
         "东岭至西河铁路", "preliminary"),
    case("全市印发《2024年新开工项目名单》,包括南岭至东岭高速公路、北河水库。", "北河水库", "starting"),
    # negatives: a title naming no kind, or a kind inside another word ("共建成渝…"); the item's own
    # cue wins; an item before the title; an item not in a list
    case("省里印发《2024年重点项目计划》。基础设施项目80个,包括北河机场、南岭至东岭高速公路等重大项目。", "北河机场", "unspecified"),
    case("近日印发《共建成渝地区双城经济圈重大项目清单》。其中包括北河机场、南岭至东岭高速公路。", "北河机场", "unspecified"),
    case(_PUBLISHED + "其中北河机场已建成通车。", "北河机场", "completed"),
    case("北河机场是重要枢纽。全市印发《2024年新开工项目名单》,包括南岭至东岭高速公路。", "北河机场", "unspecified"),
    case(_PUBLISHED + "北河机场位于北河区。", "北河机场", "unspecified"),
]


# existing lines as context: a place linked through them ("可通过A、B、C高速公路相连"), a series a new
# line comes after ("继A、B后的第三条通道"), a network formed ("全面形成…高速公路网,为A、B")
LINKED = [
    case("目前,北河至南岭可通过包茂、沪昆、洞新高速公路相连,已较为方便快捷。", "沪昆高速公路", "completed"),
    case("目前,北河至南岭可通过包茂、沪昆、洞新高速公路相连,已较为方便快捷。", "包茂高速公路", "completed"),
    case("北河至南岭高速公路是成渝地区继成渝高速、遂渝高速、渝蓉高速后的第四条高速公路大通道。", "遂渝高速", "completed"),
    case("全面形成“三横两纵”高速公路网,为成渝环线高速、渝蓉高速、渝昆高速,通车总里程达到34公里。", "渝昆高速", "completed"),
    case("完成南充、西昌等机场改扩\n", "西昌机场", "completed"),
    # negatives: the series' subject is the new one; a link that is only expected; a network planned;
    # 通过 a project (a means, not a line linked through)
    case("北河至南岭高速公路是成渝地区继成渝高速、遂渝高速后的第三条高速公路大通道。", "北河至南岭高速公路", "unspecified"),
    case("预计明年北河至南岭可通过东岭至西河高速公路相连。", "东岭至西河高速公路", "unspecified"),
    case("加快形成高速公路网规划,研究北河至南岭高速公路。", "北河至南岭高速公路", "proposed"),
    case("通过北河至南岭高速公路建设带动沿线发展。", "北河至南岭高速公路", "unspecified"),
]

# places linked through existing lines, told with 经/与 … 连接 (issue #11 item 2), also when a
# bracket follows the last line; a status modifying the next item of the list is that item's
LINKED_VIA_LINES = [
    case("东岭镇至西河镇经省道302、县道024、县道027等路线连接,交通较为便利。", "县道024", "completed"),
    case("东岭镇至西河镇经省道302、县道024、县道027等路线连接,交通较为便利。", "省道302", "completed"),
    case("北河铁路在北河站与西山铁路(西山至东山)连接。", "西山铁路", "completed"),
    case("北河铁路在南岭与焦山铁路(焦山至柳山)、正在建设的张山铁路连接。", "焦山铁路", "completed"),
    case("北河铁路在南岭与焦山铁路(焦山至柳山)、正在建设的张山铁路连接。", "张山铁路", "under_construction"),
    case("北河铁路与在建的东岭铁路(东岭至西河)相连。", "东岭铁路", "under_construction"),
    # negatives: the subject of the link; a link only expected; a connecting road, not a link
    case("北河铁路在北河站与西山铁路(西山至东山)连接。", "北河铁路", "unspecified"),
    case("预计明年东岭镇至西河镇可经省道302、县道024连接。", "县道024", "unspecified"),
    case("东岭镇经省道302前往西河镇,路况较差。", "省道302", "unspecified"),
]


# a verb's scope over a list: a clause opening with 以及 goes on with the list of the clause before it,
# whose governing verb (not one item's upgrade) is the stage; "加大…建设力度"; a list counted by two
# kinds does not say which item is which
LIST_SCOPE = [
    case("今年将提速实施北河至南岭铁路、东岭至西河铁路扩能改造等重大交通项目,以及西河水电站、南岭抽水蓄能电站等电源项目。",
         "南岭抽水蓄能电站", "under_construction"),
    case("今年将提速实施北河至南岭铁路、东岭机场等重大交通项目,以及西河水电站、南岭抽水蓄能电站等电源项目。", "西河水电站", "under_construction"),
    case("加大北河水库、东岭至西河引水工程等工程建设力度。", "北河水库", "under_construction"),
    case("其中新开工项目2个,包括北河水库、东岭水库等。", "东岭水库", "starting"),
    # negatives: a list counted by two kinds; a clause with 以及 after a clause without a cue; a
    # clause with its own cue
    case("基础设施项目6个,其中续建项目4个、新开工项目2个,包括北河水库、东岭水库等。", "东岭水库", "unspecified"),
    case("会议讨论了北河至南岭铁路等交通问题,以及西河水电站等能源问题。", "西河水电站", "unspecified"),
    case("今年将提速实施北河至南岭铁路等交通项目,以及研究论证西河水电站。", "西河水电站", "proposed"),
]


# included in a plan, told in the perfect ("已纳入…规划"): planned, unless a clause after it tells where
# the works stand now, or the item's own upgrade stands between it and the plan
IN_PLAN = [
    case("北河至南岭铁路的筹划已有十多年,其中东岭至西河铁路已纳入国家《中长期铁路网规划(2016-2030)》。", "东岭至西河铁路", "proposed"),
    case("东岭至西河铁路已列入省“十四五”综合交通运输发展规划。", "东岭至西河铁路", "proposed"),
    case("其中北河至南岭高速公路已纳入“十四五”交通运输综合发展规划,目前正在开展前期工作。", "北河至南岭高速公路", "preliminary"),
    case("北河至南岭高速公路改扩建工程已纳入云南省“十四五”公路发展规划。", "北河至南岭高速公路", "upgrade"),
    # negatives: a clause after it that does not tell the works' state; an inclusion in a list that is no plan
    case("东岭至西河铁路已纳入国家中长期铁路网规划,这对沿线发展意义重大。", "东岭至西河铁路", "proposed"),
    case("东岭至西河铁路已纳入省重点项目名单,目前已开工建设。", "东岭至西河铁路", "starting"),
]


# a start as a condition ("A、B开工后,…") says nothing of the items; an airport a road links is in service
CONDITION_AND_AIRPORT = [
    case("北河至南岭高速、东岭至西河高速开工后,该州在建高速达到4条。", "东岭至西河高速", "unspecified"),
    case("北河至南岭高速是连接北河新区和南岭新区、北河国际机场和南岭国际机场的直达通道。", "南岭国际机场", "completed"),
    # negatives: a start a series follows on from is past; another cue of the item wins; a planned airport
    case("继北河至南岭高速公路开工后,东岭至西河高速公路通车。", "北河至南岭高速公路", "starting"),
    case("北河至南岭高速公路开工后进展顺利。", "北河至南岭高速公路", "under_construction"),
    case("北河至南岭高速东接规划南岭机场。", "南岭机场", "proposed"),
]


# a service word as a modifier of the works ("通航设施工程") is no opening
SERVICE_MODIFIER = [
    case("今年将开工建设北河白市至南岭航道工程和东岭二线1000吨级通航设施工程。", "北河白市至南岭航道", "starting"),
    # negative: the service begun
    case("北河白市至南岭航道工程正式通航。", "北河白市至南岭航道", "completed"),
]


# an item another is ranked against ("总库容1520万立方米,仅次于X水库") is in service
RANKED_AGAINST = [
    case("据了解,北河水库总库容1520万立方米,仅次于南岭水库。", "南岭水库", "completed"),
    # negative: the ranked subject itself says nothing by the comparison
    case("据了解,北河水库总库容1520万立方米,仅次于南岭水库。", "北河水库", "unspecified"),
]


# the existing lines a route starts at, joins or ends at win over a milestone later in the sentence
# and over the works in their own name (the milestone and the works are the new route's)
ROUTE_ENDS = [
    case("该项目起于北河镇,顺接G5北河扩容、东岭高速,止于西河绕城高速公路,全长124公里,预计2025年建成通车。", "西河绕城高速公路", "completed"),
    case("该项目起于北河镇,顺接G5北河扩容、东岭高速,止于西河绕城高速公路,全长124公里,预计2025年建成通车。", "G5北河高速扩容", "completed"),
    case("该项目起于北河镇,顺接G5北河扩容、东岭高速,止于西河绕城高速公路,全长124公里,预计2025年建成通车。", "东岭高速", "completed"),
    case("该项目起于东岭镇,止于青山枢纽互通,顺接北河高速东岭至西河段扩容工程。", "北河高速东岭至西河段", "completed"),
    # negatives: the route itself takes the milestone; works of an item that is no route's end
    case("北河至南岭高速公路起于东岭镇,止于西河镇,预计2025年建成通车。", "北河至南岭高速公路", "under_construction"),
    case("推进北河高速东岭至西河段扩容工程。", "北河高速东岭至西河段", "upgrade"),
]

# a route's ends and joins told by a side ("西起A,东接B、C"), by its start or end point ("终点接D") or by the
# station a new line leaves from ("自E站引出"): there already, whatever milestone the sentence tells (issue #11)
ROUTE_SIDES = [
    case("北岭隧道西起青石路,穿东屏山,东接红枫大道、翠湖路,全长6.2公里,2015年3月动工。", "红枫大道", "completed"),
    case("北岭隧道西起青石路,穿东屏山,东接红枫大道、翠湖路,全长6.2公里,2015年3月动工。", "翠湖路", "completed"),
    case("项目起点顺接北河高速,终点接东岭国道,2024年开工。", "东岭国道", "completed"),
    case("该线路东起东岭站,经北河、南岭至西河,全长约120公里,2024年开工建设。", "东岭站", "completed"),
    case("该线路自东岭站引出,经北河、南岭至西河,全长约120公里,2024年开工建设。", "东岭站", "completed"),
    # negatives: a join its own words mark planned, under works or built along; a station
    # the line sets; a station a line only runs from (no 引出); a join that is itself the works started
    case("北岭隧道西起青石路,东接规划红枫大道,2015年3月动工。", "红枫大道", "proposed"),
    case("北岭隧道西起青石路,东接在建的红枫大道,2015年3月动工。", "红枫大道", "under_construction"),
    case("北岭隧道西起青石路,东接同步建设的红枫大道,2015年3月动工。", "红枫大道", "under_construction"),
    case("项目起点接拟建的北河高速,终点接东岭国道,2024年开工。", "北河高速", "proposed"),
    case("该线路东起东岭站,设北河站、南岭站,2024年开工建设。", "北河站", "starting"),
    case("该线路自新建东岭站引出,经北河至南岭,2024年开工建设。", "东岭站", "starting"),
    case("该线路自东岭站向南延伸,经北河至南岭,2024年开工建设。", "东岭站", "starting"),
    case("北河东接南岭铁路的工程今年开工。", "南岭铁路", "starting"),
]


# the lines meeting at a structure ("A、B、C相交的立交") and the items a structure strings together
# ("串联起A、B区、C大桥等区域") are in service
MEETING = [
    case("北河立交是三横线、内环快速路、北河大道相交的五路交叉立交,今年启动改造。", "内环快速路", "completed"),
    case("北河立交是三横线、内环快速路、北河大道相交的五路交叉立交,今年启动改造。", "北河大道", "completed"),
    case("北河立交串联起北河机场、南岸区、东岭大桥、西河大桥等区域,是内环的主要节点。", "西河大桥", "completed"),
    # negatives: the structure itself; a crossing only planned
    case("北河立交串联起北河机场、南岸区、东岭大桥、西河大桥等区域,是内环的主要节点。", "北河立交", "unspecified"),
    case("研究北河大道、东岭大道,两条道路拟相交于南岭镇。", "东岭大道", "proposed"),
]


# 启动 of something other than the works: the preliminary work of a list is preparation, a
# commissioning is works going on, a maintenance job says nothing; 启动 of the works is a start
STARTED_WHAT = [
    case("今年将启动北河铁路、东岭至西河客运专线(东西高铁)前期工作,力争开工建设北河轨道交通1号线。", "北河铁路", "preliminary"),
    case("北河至南岭铁路启动调试,各项设备运行正常。", "北河至南岭铁路", "under_construction"),
    # a start of production forecast ("预计…陆续投产") is works going on, not production begun
    case("北河医药科技产业园内,东岭制药生产线完成设备安装,预计2024年三季度陆续投产。", "北河医药科技产业园", "under_construction"),
    case("北河医药科技产业园已于去年陆续投产。", "北河医药科技产业园", "completed"),
    case("今年,我委已启动X804、X806等两条县道修复养护工作。", "X806", "unspecified"),
    # negatives: the works themselves started; the other item of the sentence keeps its own cue
    case("今年将启动北河铁路、东岭至西河客运专线(东西高铁)前期工作,力争开工建设北河轨道交通1号线。", "北河轨道交通1号线", "starting"),
    case("北河至南岭高速公路今年启动建设。", "北河至南岭高速公路", "starting"),
    case("北河至南岭高速公路于3月启动,目前进展顺利。", "北河至南岭高速公路", "starting"),
]


# a road widened (拓宽, 扩宽) is an upgrade, also when a motion's title asks for it before its list;
# a widening told done (已于2020年完成扩宽改建) is built
WIDENED = [
    case("您提出的“关于扩宽S305和北河旅游环线公路的提案”收悉。", "北河旅游环线公路", "upgrade"),
    case("您提出的“关于拓宽北河路,形成南岭大环线”的建议收悉。", "北河路", "upgrade"),
    case("北河至南岭公路拓宽改造工程有序推进。", "北河至南岭公路", "upgrade"),
    case("北河至南岭公路已于2020年完成扩宽改建,路面宽6米。", "北河至南岭公路", "completed"),
    # negatives: a motion asking for a new road; a widening of something else
    case("您提出的“关于新建北河至南岭公路的建议”收悉。", "北河至南岭公路", "proposed"),
    case("北河至南岭高速公路建成后将拓宽沿线群众增收渠道。", "北河至南岭高速公路", "unspecified"),
    case("北河港陆域向南扩宽至人民路,使泊位达17个。", "人民路", "unspecified"),
    # no works planned: the widening named inside the denial is no upgrade
    case("原S305线北河至南岭段短期暂无扩宽改建计划。", "原S305线北河至南岭段", "unspecified"),
]


# an item standing alone as its clause's subject after an attribute closed by 的 ("位于A的X,是…"):
# the next clause is its predicate
ATTRIBUTE_SUBJECT = [
    case("同时,位于北河流域的南岭水库,是全区已建成的第二座中型水库,为场镇居民提供饮用水源。", "南岭水库", "completed"),
    case("位于北河新区的南岭大桥,目前正在加紧施工。", "南岭大桥", "under_construction"),
    # negatives: an object of a verb, not a subject; a predicate naming nothing of the works
    case("同时,加快位于北河流域的南岭水库,是全区重点工作。", "南岭水库", "unspecified"),
    case("位于北河流域的南岭水库,总库容1500万立方米。", "南岭水库", "unspecified"),
]


# a list introduced by a subset (其中…, 分别为A、B) of a whole with a status, and one project a
# counted kind names with 为 ("有1个续建项目,为X项目"), take the whole's or the kind's stage
SUBSET_INTRO = [
    case("截至目前,北河在建的骨干水源工程总数达358座,其中大型4座,分别为东岭、西河、南山和北岭四大水利工程;", "西河水利工程", "under_construction"),
    case("此外,生态建设项目中有1个续建项目,为北河再生资源循环利用园区项目。", "北河再生资源循环利用园区", "under_construction"),
    case("此外,交通项目中有2个新开工项目,为北河至南岭高速公路和东岭大桥。", "东岭大桥", "starting"),
    # negatives: a whole without a status; a 为 that is no list of the counted kind
    case("截至目前,北河的骨干水源工程总数达358座,其中大型4座,分别为东岭、西河四大水利工程;", "西河水利工程", "unspecified"),
    case("北河至南岭高速公路全长80公里,为双向四车道。", "北河至南岭高速公路", "unspecified"),
]


# the formalities before a start (前期手续, 前期审批手续) and the preparation of the works (施工准备)
# are preparation; the works closing told as 施工进入尾声 are works going on
FORMALITIES = [
    case("抓紧完善北河至南岭铁路、东岭至西河铁路可研等前期手续,启动南山铁路前期工作。", "北河至南岭铁路", "preliminary"),
    case("北河至南岭铁路前期审批手续全部办结,项目建设进入施工准备阶段。", "北河至南岭铁路", "preliminary"),
    case("图为航拍北河高速南岭特大桥施工进入尾声。", "北河高速南岭特大桥", "under_construction"),
    # the search for a project's investor (投资招商) is before a start
    case("此外,北河、南岭、东岭等332公里高速公路项目正在开展投资招商工作,其中北河高速公路预计年内开工。", "东岭高速公路", "preliminary"),
    # negatives: the works started after the formalities; a speech closing is no works
    case("北河至南岭铁路办结前期手续后已于3月开工建设。", "北河至南岭铁路", "starting"),
    case("北河至南岭铁路已建成通车,通车仪式进入尾声。", "北河至南岭铁路", "completed"),
]


# a run-in heading of names ("A、B:") is described by the paragraph under it
RUN_IN = [
    case("北河轨道交通环线南半环、北河轨道交通9号线一期:\n\n2个项目正在进行主体施工,计划2020年底建成投用。", "北河轨道交通9号线一期", "under_construction"),
    case("北河至南岭高速公路:\n项目已完成工可报告编制。", "北河至南岭高速公路", "preliminary"),
    # negatives: a heading followed by another heading; a line that is a sentence, not a heading
    case("北河至南岭高速公路:\n东岭至西河高速公路:\n项目已开工建设。", "北河至南岭高速公路", "unspecified"),
    case("北河至南岭高速公路全长80公里,设计时速100公里:\n项目已开工建设。", "北河至南岭高速公路", "unspecified"),
]


# a bracket noting an item as new ("X站(新建)") says nothing of its stage; a neighbour's note is its own
NEW_NOTE = [
    case("北河铁路由北至南设东岭西站（新建）、南山西站（新建）、西河站（既有扩建）3座车站。", "南山西站", "unspecified"),
    case("北河铁路由北至南设东岭西站（新建）、南山西站（新建）、西河站（既有扩建）3座车站。", "西河站", "upgrade"),
    # negative: a note of a stage is read as before
    case("北河铁路由北至南设东岭西站（在建）、南山西站（新建）2座车站。", "东岭西站", "under_construction"),
]


# an item marked as existing right before it (既有, 现有, 已建成的) is built, whatever milestone
# the sentence tells of the new route
EXISTING_MARK = [
    case("该项目起于既有北河高速公路东岭立交,止于西河,将于2025年建成。", "北河高速公路东岭立交", "completed"),
    case("新建线路与已建成的北河至南岭铁路相接,计划明年开工。", "北河至南岭铁路", "completed"),
    # negatives: a planned end; the new item itself
    case("该项目起于规划北河高速公路东岭立交,止于西河,将于2025年建成。", "北河高速公路东岭立交", "proposed"),
    case("北河至南岭铁路已建成通车。", "北河至南岭铁路", "completed"),
]


# a sentence's subject after an enumerator (三是X…) or a short lead-in clause (从长远来看,X…) takes
# the stage of the next sentence referring back to it (目前,该项目已纳入…规划)
LEAD_IN_SUBJECT = [
    case("三是北河环线公路是我区风景名胜区的重要公路。目前,该项目已纳入《北河区农村公路网规划(2021年-2035年)》。", "北河环线公路", "proposed"),
    case("从长远发展来看,北河至南岭快速通道的建设对带动片区发展具有重要意义。目前,该项目已纳入《北河区农村公路网规划(2021年-2035年)》。", "北河至南岭快速通道", "proposed"),
    # negatives: an object of the sentence, not its subject; another item named before the reference
    case("我区将加快研究北河环线公路的方案。目前,该项目已开工建设。", "北河环线公路", "proposed"),
    case("三是北河环线公路是我区的重要公路。东岭大桥已建成,该项目已开工建设。", "北河环线公路", "unspecified"),
]


# a whole built in phases (X分两期实施): the milestones told after it are the phases'; a completion
# with 前 (X建成投用前) is still ahead and says nothing of the item
PHASES_AND_BEFORE = [
    case("北河立交分两期实施,一期工程已于2021年12月建成通车。", "北河立交", "unspecified"),
    case("北河至南岭高速公路分二期建设,此次通车的一期为东岭至西河段。", "北河至南岭高速公路", "unspecified"),
    case("作为北河水资源配置工程建成投用前的替代方案,南岭临时取水工程日供水能力可达30万立方米。", "北河水资源配置工程", "unspecified"),
    # negatives: a stage told before the phases; a completion told without 前 or with 后
    case("在建的北河立交分两期实施,一期工程已于2021年12月建成通车。", "北河立交", "under_construction"),
    case("北河水资源配置工程已建成投用。", "北河水资源配置工程", "completed"),
    case("北河水资源配置工程建成投用后,将解决渝西缺水问题。", "北河水资源配置工程", "unspecified"),
]


# existing infrastructure told by what it serves now: an asset drawn on (充分利用X等优势资源), a
# service run at it (A、B机场等枢纽场站的接驳客运班线), an inventory itemised in a bracket
IN_USE = [
    case("充分利用北河新田港等优势资源,加强合作。", "北河新田港", "completed"),
    case("大力发展北河机场、南岭机场等枢纽场站的接驳客运班线。", "南岭机场", "completed"),
    case("全县共有通航里程70.95公里,(北河库区21公里、东岭水库18.8公里、南岭水库12.7公里)船舶分布在一江三库。", "南岭水库", "completed"),
    # negatives: a planned asset; a service only planned for a new item; a bracket that is no inventory
    case("充分利用北河新田港等优势资源,加快建设南岭港。", "南岭港", "under_construction"),
    case("研究建设北河机场,开通北河机场的客运航线。", "北河机场", "proposed"),
    case("全县规划通航里程70.95公里,(北河库区21公里、东岭水库18.8公里)。", "东岭水库", "unspecified"),
]


# the significance of a goal (对加快建设X具有重要意义): its verbs name a purpose, not the works' stage
SIGNIFICANCE = [
    case("北河至南岭高速公路是重点交通项目,对加快建设北河科技城、全力打造副中心具有重要意义。", "北河科技城", "unspecified"),
    # negative: the works told outside the significance
    case("加快建设北河科技城,对打造副中心具有重要意义。", "北河科技城", "under_construction"),
]


# a measure of the traffic or trade through items, right after their list (A和B进出口货值…增长至…,
# X火车站客流稳居全省首位): in service, unless a forecast or a design
MEASURED = [
    case("”北河海关科长介绍,北河综合保税区和北河港保税物流中心进出口货值,由2016年的0.96亿元增长至2021年40.05亿元。", "北河综合保税区", "completed"),
    case("北河铁路开通运营,北河火车站客流稳居全省地级市首位。", "北河火车站", "completed"),
    # negatives: a forecast, a figure after the completion, a design figure
    case("北河机场旅客吞吐量将达到800万人次。", "北河机场", "unspecified"),
    case("北河机场建成后旅客吞吐量可达800万人次。", "北河机场", "unspecified"),
    case("北河港新港作业区设计吞吐量540万吨。", "北河港新港作业区", "unspecified"),
    case("北河至南岭铁路开通以来,仅元旦期间,东岭站就累计发送旅客15035人次。", "东岭站", "completed"),
    case("北河现代物流园社会物流总额突破千亿元大关。", "北河现代物流园", "completed"),
    # negative: a forecast of the figure
    case("北河现代物流园建成后,预计社会物流总额将突破千亿元。", "北河现代物流园", "unspecified"),
]


# 规划 as the verb right before an item's list: planned only; the noun 规划 is no verb
PLANNED_VERB = [
    case("北河航电综合开发建设任务规划东岭、西河、南山三级航电枢纽渠化81公里航道。", "西河航电枢纽", "proposed"),
    # negatives: the noun (a plan's title, a planning office), a plan followed
    # (no plan: the works' status briefed, 在建 since part-t31, tests/extract/stages/test_works_status_as_object.py)
    case("市规划编制中心通报了北河至南岭高铁建设推进情况。", "北河至南岭高铁", "under_construction"),
    case("根据《北河市综合交通规划》北河至南岭高速公路将于明年开工。", "北河至南岭高速公路", "starting"),
    case("按照规划北河至南岭高速公路已开工建设。", "北河至南岭高速公路", "starting"),
]


# a report from the site after the item's own works (X扩能改造工程…施工现场) tells the works going on
SITE_REPORT_ON_WORKS = [
    case("记者来到北河至南岭铁路扩能改造工程东岭特大桥施工现场。", "北河至南岭铁路", "under_construction"),
    # negatives: a verb of effort over the works keeps their kind; the works' kind alone
    case("北河大桥加宽改造工程、南岭大桥及连接线全力推进。", "北河大桥", "upgrade"),
    case("推进北河至南岭铁路扩能改造。", "北河至南岭铁路", "upgrade"),
]


# where the works stand now, told in the clause right after the item's (目前正在开展…前期工作),
# beats a generic verb of the item's own clause (即将实施的X)
NOW_AFTER = [
    case("三、即将实施的北河至南岭高速公路为省重点项目,目前正在开展施工图设计等前期工作。", "北河至南岭高速公路", "preliminary"),
    case("推进北河至南岭铁路建设,目前已完成可研报告编制。", "北河至南岭铁路", "preliminary"),
    # negatives: a specific cue of the item's own clause wins; the now-clause of another item
    case("北河至南岭高速公路已建成通车,目前正在开展绿化提升前期工作。", "北河至南岭高速公路", "completed"),
    case("推进北河至南岭铁路建设,东岭至西河铁路目前已完成可研报告编制。", "北河至南岭铁路", "under_construction"),
]


# a line crossed, its crossing verb still read as a part of the name (涉及跨X铁路), is there already
CROSSED = [
    case("北河路连接道涉及跨北南铁路,涉铁手续办理难度巨大。", "跨北南铁路", "completed"),
    case("鉴于项目涉及跨北南高速、基本农田占用等问题,正在商议。", "跨北南高速", "completed"),
    # negative: a bridge named for what it spans
    case("新建北河跨江大桥。", "北河跨江大桥", "unspecified"),
]


# a status written right before an item or its list, wherever the phrase stands (issue #11 item 2):
# under construction (建设中的, 在建(的), 正在建设的), planned (规划中的, "…,规划的A、B"), existing (原有)
STATUS_BEFORE = [
    case("建设中的北河至南岭铁路,三座隧道稳步推进。", "北河至南岭铁路", "under_construction"),
    case("在建东岭至西河高速公路即将完工通车。", "东岭至西河高速公路", "under_construction"),
    case("此外还有正在建设的南岭至北河铁路。", "南岭至北河铁路", "under_construction"),
    case("加上规划中的东河至西岭铁路,这些大动脉让本市成为枢纽。", "东河至西岭铁路", "proposed"),
    case("串联北岭至南河高速及在建的东河至南岭高速,规划的西河至北岭高速、南河至东岭高速,形成环线。", "南河至东岭高速", "proposed"),
    case("串联北岭至南河高速及在建的东河至南岭高速,规划的西河至北岭高速、南河至东岭高速,形成环线。", "东河至南岭高速", "under_construction"),
    case("相比原有北河至南岭铁路上的普速列车,运行时间将缩短一半。", "北河至南岭铁路", "completed"),
    # negatives: a plan named as a noun ("按照规划的要求") is no status of the item; a status of
    # another item stays that item's
    case("按照规划的要求,推动北河至东岭高速公路前期工作。", "北河至东岭高速公路", "preliminary"),
    case("东岭至南河铁路与在建的西河至北岭铁路相连。", "东岭至南河铁路", "unspecified"),
]

# the preparation before the works told as a stage of its own (前期准备工作, 前期准备阶段), and a
# completion about to come (即将建成, 即将完工通车): preparation, works going on
ABOUT_TO = [
    case("同时推进北河至东岭高速、南河至西岭高速等项目前期准备工作。", "南河至西岭高速", "preliminary"),
    case("同时推进北河至东岭高速、南河至西岭高速等项目前期准备工作。", "北河至东岭高速", "preliminary"),
    case("东河至南岭铁路进入前期准备阶段,设计单位已经落实。", "东河至南岭铁路", "preliminary"),
    case("本地第一大支线机场——北河机场即将建成通航。", "北河机场", "under_construction"),
    case("西岭至东河高速公路即将通车!", "西岭至东河高速公路", "under_construction"),
    # negatives: a completion done, or a start about to come, is no works closing
    case("西岭至东河高速公路已建成通车。", "西岭至东河高速公路", "completed"),
    case("北岭至南河高速公路即将开工建设。", "北岭至南河高速公路", "starting"),
]

# a line joined through and in service (贯通运营, 贯通运行), or running across a region (贯通南北):
# built; the works' milestone 全线贯通 alone, or before a later opening, is not
THROUGH_IN_SERVICE = [
    case("北河至南岭铁路全线贯通运营初期,将开行旅客列车4对。", "北河至南岭铁路", "completed"),
    case("以本市为中心,东河至西岭高速、北河至南岭铁路贯通南北。", "东河至西岭高速", "completed"),
    # negatives
    case("北河至东岭高速公路全线贯通,预计明年开通。", "北河至东岭高速公路", "under_construction"),
    case("待南河至西岭铁路全线贯通运营后,将大幅缩短车程。", "南河至西岭铁路", "under_construction"),
]


# a sentence's lead-in naming the set of projects it lists ("…的项目中,") gives its stage to the items of
# the later clauses; a plan's "basket" (纳入国家“盘子”) is 纳入规划
SET_LEAD_IN = [
    case("目前纳入“十四五”规划的项目中,向东由北河至南岭高铁形成沿江通道,向南由东岭至西河铁路完善新通道。", "东岭至西河铁路", "proposed"),
    case("此次集中开工的12个项目中,有北河水库、南岭水库。", "南岭水库", "starting"),
    case("推动北河至南岭高铁、东岭至西河铁路等项目纳入国家“盘子”。", "北河至南岭高铁", "proposed"),
    # negatives: a lead-in without a cue; the item's own specific cue wins; an item inside the lead-in
    case("全市重点项目中,北河至南岭高铁形成沿江通道。", "北河至南岭高铁", "unspecified"),
    case("目前纳入规划的项目中,东岭至西河铁路已开工建设。", "东岭至西河铁路", "starting"),
    case("北河至南岭高铁等在建项目中,有3个路段进度滞后。", "北河至南岭高铁", "under_construction"),
]


# the stations a line sets ("设A、B9座车站", "全线共设10个车站,分别为A、B") take the line's stage, from
# the line named in the sentence or the one before, or the clause of its section
LINE_STATIONS = [
    case("此次开通运营的北河至南岭段长240公里,设北河、东岭、西河南、南岭9座车站,均办理客货运业务。", "东岭站", "completed"),
    case("北河至南岭铁路今日开通运营。全线共设10个车站,分别为北河、东岭、西河南和南岭站。", "南岭站", "completed"),
    case("北河至南岭铁路正在加快建设,沿线设置东岭、西河南等6座车站。", "西河南站", "under_construction"),
    # negatives: a station not set by the line's clause; a line whose clause states no stage
    case("北河至南岭铁路今日开通运营。北河站设有候车室。", "北河站", "unspecified"),
    case("北河至南岭铁路全长200公里,设北河、东岭2座车站。", "东岭站", "unspecified"),
    case("北河至南岭铁路今日开通运营,高标准建设东岭站。", "东岭站", "unspecified"),
    # the line's clause states no stage, the report of its opening does: the stations it sets are built
    case("北河至南岭铁路今日开通运营。北河至南岭铁路全长200公里,设北河、东岭、南岭3座车站。", "东岭站", "completed"),
    case("北河至南岭铁路将于12月28日开通运营。北河至南岭铁路自北河站起,共设北河、东岭、南岭3座车站。", "南岭站", "completed"),
    # the new ones among them, opened by 新建 and closed by their count; one marked existing after the list
    case("北河至南岭铁路今日开通运营。北河至南岭铁路全长200公里,其中北河为既有车站,新建东岭、南岭2座车站。", "南岭站", "completed"),
    case("北河至南岭铁路开工建设。北河至南岭铁路全长200公里,共设青岭东、西河南、南岭北3座车站,其中青岭东为既有车站。", "青岭东站", "completed"),
    # negatives: a line in design or only started (its stations are a design, the text gives them no
    # stage); a new station not closed by a count; an existing one not of the list
    case("北河至南岭铁路初步设计获批复。北河至南岭铁路全长200公里,设北河、东岭、南岭3座车站。", "东岭站", "unspecified"),
    case("北河至南岭铁路开工建设。北河至南岭铁路全长200公里,共设青岭东、西河南、南岭北3座车站,其中青岭东为既有车站。", "西河南站", "unspecified"),
    case("北河至南岭铁路今日开通运营。北河至南岭铁路全长200公里,新建东岭站。", "东岭站", "unspecified"),
    case("北河至南岭铁路开工建设。北河至南岭铁路设东岭、南岭2座车站,其中西河为既有车站。", "南岭站", "unspecified"),
]


# a subject named with its short name or again in apposition before its predicate ("X(简称Y),于…全线
# 通车", "X,即Y正式开通运营"): the predicate is the subject's
APPOSITIVE_SUBJECT = [
    case("备受两地关注的北河至南岭高速公路(简称北南高速),于9月15日0时全线通车。", "北河至南岭高速公路", "completed"),
    case("6月27日,北河至南岭铁路东岭至西河段,即东西高铁正式开通运营。", "北河至南岭铁路东岭至西河段", "completed"),
    # negatives: another item named after the subject is the next item, and a verb makes it an object
    case("北河至南岭铁路,与东岭至西河铁路相接,后者正式开通运营。", "北河至南岭铁路", "unspecified"),
    case("研究北河至南岭高速公路(简称北南高速),东岭至西河高速公路已全线通车。", "北河至南岭高速公路", "proposed"),
]


# an item (or its list) described in the present by the role it plays now: built
ROLE_NOW = [
    case("北河快速路、南岭大道是北河市中心城区重要的交通干道。", "南岭大道", "completed"),
    case("北河水库是北河市城区的主要供水水源之一,总库容达到233万立方米。", "北河水库", "completed"),
    case("北河物流园主要承担集装箱作业。", "北河物流园", "completed"),
    # negatives: a future role; a route's role (said of new lines too); an object of a verb
    case("北河水库建成后将是城区的主要供水水源。", "北河水库", "unspecified"),
    case("北河至南岭铁路是西部陆海新通道的重要通道。", "北河至南岭铁路", "unspecified"),
    case("加快建设北河水库,使其成为城区的主要供水水源。", "北河水库", "under_construction"),
]


# the share of the works done ("形象进度分别达98%、70%", "总体工程已完成45%", "可完成总工程量的60%"):
# works going on, for every item of a list the figures go with (分别)
WORKS_SHARE = [
    case("北河至南岭高速、东岭至西河高速扩容工程形象进度分别达93%、85%。", "北河至南岭高速", "under_construction"),
    case("北河至南岭高速、东岭至西河高速扩容工程形象进度分别达93%、85%。", "东岭至西河高速", "under_construction"),
    case("目前,北河至南岭高速公路泸州段项目总体工程已完成45%。", "北河至南岭高速公路泸州段", "under_construction"),
    case("预计今年年底,北河大道南岭段可完成总工程量的60%以上。", "北河大道南岭段", "under_construction"),
    # negatives: an audit of quantities is no share of the works; an upgrade asked for stays one
    case("北河至南岭高速公路完成工程量的审计。", "北河至南岭高速公路", "unspecified"),
    case("推动北河至南岭高速、东岭至西河高速扩容改造。", "东岭至西河高速", "upgrade"),
]


# a list itemising a count of a clause before it ("规划8条快速铁路,…,包括A、B", "建成两座水库,分别为A和B"):
# the counting clause's stage; "现在" before 建 is a time word, not the status 在建
COUNT_ITEMISED = [
    case("规划5条快速铁路,设计速度250km/h,包括北河至南岭铁路、东岭至西河铁路。", "东岭至西河铁路", "proposed"),
    case("北河市规划3座水库,分别为北河水库、南岭水库和西河水库。", "南岭水库", "proposed"),
    case("全市建成两座大型水库,分别是北河水库和南岭水库。", "北河水库", "completed"),
    case("今年新开工3个项目,分别为北河至南岭高速公路、东岭大桥和西河水库。", "西河水库", "starting"),
    case("现在建成的北河至南岭高速公路全长50公里。", "北河至南岭高速公路", "completed"),
    case("正在建设的北河至南岭高速公路全长50公里。", "北河至南岭高速公路", "under_construction"),
    # negatives: a count without a cue, a count of items of two stages, 规划 as a noun, no count,
    # a plan before a full stop; "现在建设" as a time and a verb of a goal
    case("全市有5条高速公路,包括北河至南岭高速公路、东岭至西河高速公路。", "东岭至西河高速公路", "unspecified"),
    case("基础设施项目6个,其中续建项目4个、新开工项目2个,包括北河大桥、南岭水库等。", "南岭水库", "unspecified"),
    case("按照规划5条高速公路,包括北河至南岭高速公路、东岭至西河高速公路。", "北河至南岭高速公路", "unspecified"),
    case("交通网络主要包括北河至南岭高速公路、东岭至西河铁路。", "东岭至西河铁路", "unspecified"),
    case("规划建设5条高速铁路。其中包括北河至南岭铁路。", "北河至南岭铁路", "unspecified"),
    case("北河至南岭高速公路是现在建设的重点。", "北河至南岭高速公路", "unspecified"),
]


# a vehicle leaving, reaching or running on an item, told as happening ("a station trains leave from"):
# built, unless the sentence looks ahead
VEHICLE_AT = [
    case("近日,动车综合检测车从北河北站缓缓驶出,开往南岭东站。", "北河北站", "completed"),
    case("首架航班在北河机场顺利降落。", "北河机场", "completed"),
    case("其中,北河东站、南岭南站均有开往西河的列车。", "南岭南站", "completed"),
    # negatives: a departure after an opening still ahead, a new line's start, a station only placed
    case("北河至南岭铁路开通后,列车将从北河北站始发。", "北河北站", "unspecified"),
    case("北河至南岭铁路起自北河东站,终点接入南岭西站。", "北河至南岭铁路", "unspecified"),
    case("北河站位于城区北部。", "北河站", "unspecified"),
]


# a table's stage column: a cell holding only 前期 / 预备 (preparation) or 拟建 (planned)
_TABLE_HEAD = "序号 项目名称 建设性质 建设规模\n"
STAGE_CELL = [
    case(_TABLE_HEAD + "1 青杠至白马快速路 在建 12公里\n2 柏林港区二期 前期 3个泊位", "柏林港区二期", "preliminary"),
    case(_TABLE_HEAD + "1 金竹大桥 预备 1200米\n2 双河水库 续建 小型", "金竹大桥", "preliminary"),
    case(_TABLE_HEAD + "1 梅子水库 拟建 中型\n2 双河水库 续建 小型", "梅子水库", "proposed"),
    case(_TABLE_HEAD + "1 梅子水库 续建 中型\n2 双河水库 前期", "双河水库", "preliminary"),
    # negatives: 前期 glued to other words (前期投入, 前期费用) is no stage cell; a neighbouring row's cell is not the item's
    case("石溪大桥前期投入2亿元。", "石溪大桥", "unspecified"),
    case(_TABLE_HEAD + "1 梅子水库 前期费用 中型", "梅子水库", "unspecified"),
    case(_TABLE_HEAD + "1 青杠至白马快速路 在建 12公里\n2 柏林港区二期 前期 3个泊位", "青杠至白马快速路", "under_construction"),
]

# a year's throughput without its kind (年吞吐量达N万吨): the facility is in service
YEAR_THROUGHPUT = [
    case("石溪港年吞吐量达500万吨。", "石溪港", "completed"),
    case("石溪港2022年吞吐量突破800万吨。", "石溪港", "completed"),
    case("石溪机场年吞吐量超过200万人次。", "石溪机场", "completed"),
    # negatives: a capacity designed or to build, a figure still ahead
    case("规划建设石溪港,设计年吞吐量500万吨。", "石溪港", "proposed"),
    case("加快建设年吞吐量500万吨的石溪港。", "石溪港", "under_construction"),
    case("石溪港建成后年吞吐量可达500万吨。", "石溪港", "unspecified"),
    case("石溪港年吞吐量将达500万吨。", "石溪港", "unspecified"),
]

# a milestone as a condition (一旦建成, 如能…通车) says nothing of the stage; the phase the works are in does
CONDITION_AND_PHASE = [
    case("石溪至龙门高速公路一旦建成,将成为连接两地的快速通道。", "石溪至龙门高速公路", "unspecified"),
    case("石溪至龙门高速公路如能在年底前通车,将极大改善出行条件。", "石溪至龙门高速公路", "unspecified"),
    case("石溪大桥如果建成投用,两岸群众将告别轮渡。", "石溪大桥", "unspecified"),
    case("石溪至龙门铁路尚处于规划阶段。", "石溪至龙门铁路", "proposed"),
    case("石溪至龙门铁路项目处于前期阶段。", "石溪至龙门铁路", "preliminary"),
    case("石溪水库已进入施工阶段。", "石溪水库", "under_construction"),
    case("石溪水库转入主体施工阶段。", "石溪水库", "under_construction"),
    # negatives: a condition in a later clause about something else; a phase that is no stage
    case("石溪至龙门高速公路已建成通车,一旦遇到节假日车流量激增。", "石溪至龙门高速公路", "completed"),
    case("石溪至龙门高速公路建成通车,如果再加上龙门大桥,两地更近。", "石溪至龙门高速公路", "completed"),
    case("石溪水库建设进入关键阶段。", "石溪水库", "unspecified"),
]

# planned, the kind of works after 规划 (规划新建, 规划拟建, 规划修建), as 规划建设
PLANNED_NEW = [
    case("规划拟建石溪大桥。", "石溪大桥", "proposed"),
    case("规划新建石溪至龙门高速公路,加快建设梅林大道。", "石溪至龙门高速公路", "proposed"),
    case("区内规划修建石溪水库。", "石溪水库", "proposed"),
    # negatives: a plan followed (按规划, 按照规划), a neighbour's verb
    case("石溪大桥已按规划新建完成。", "石溪大桥", "unspecified"),
    case("按照规划新建的石溪大桥已建成通车。", "石溪大桥", "completed"),
    case("规划新建石溪至龙门高速公路,加快建设梅林大道。", "梅林大道", "under_construction"),
]
# an item as the subject of a condition (若X能如期建成, 如果X明年建成通车, 一旦X建成, 如X能顺利通航): the
# milestone is a condition and states no stage; the main clause's stage, if it states one, is the item's
CONDITION_SUBJECT = [
    case("若红桥大桥能如期建成，将大大缩短通行时间。", "红桥大桥", "unspecified"),
    case("若青岭水库能在年内完工，将解决十万人饮水问题。", "青岭水库", "unspecified"),
    case("如白石机场能顺利通航，将带动旅游发展。", "白石机场", "unspecified"),
    case("如果梅溪高速明年建成通车，到青岭只需半小时。", "梅溪高速", "unspecified"),
    case("一旦青岭铁路建成，沿线群众出行将更加便捷。", "青岭铁路", "unspecified"),
    case("假如白石港二期如期投用，吞吐量将翻番。", "白石港二期", "unspecified"),
    # the main clause states the stage
    case("若红桥大桥能如期建成，将于年底前通车。", "红桥大桥", "completed"),
    # negatives: the milestone stated, the condition about another item, 如 as "such as"
    case("红桥大桥建成通车，将大大缩短通行时间。", "红桥大桥", "completed"),
    case("若青岭铁路如期建成，白石站将同步开工。", "白石站", "starting"),
    case("如青岭港、白石港等已建成投用。", "青岭港", "completed"),
    case("红桥大桥正在加紧施工，若能如期建成，将缩短通行时间。", "红桥大桥", "under_construction"),
]
# a measure of the traffic through a list's items after its count or kind (A港、B港两个港口吞吐量增长, A站、
# B站等车站旅客发送量): in service, as after the list itself; not a forecast or a design
COUNTED_MEASURE = [
    case("青岭港、白石港两个港口吞吐量增长。", "白石港", "completed"),
    case("青岭港、白石港等港口货物吞吐量增长10%。", "青岭港", "completed"),
    case("青岭站、白石站等车站旅客发送量增长。", "青岭站", "completed"),
    case("青岭港、白石港等港口吞吐量将达到1亿吨。", "青岭港", "unspecified"),
    case("青岭港、白石港等港口设计吞吐量1亿吨。", "青岭港", "unspecified"),
]


# a station where a line joins another (并在X站与Y铁路连接, 在X站与Y铁路相连/衔接): there already, as where
# lines meet (接轨); not a junction still ahead (将在X站与Y连接) nor a meeting at a station
JUNCTION = [
    case("并在青岭站与白石铁路连接。", "青岭站", "completed"),
    case("在白石站与青岭铁路相连。", "白石站", "completed"),
    case("在红桥站与梅溪铁路衔接。", "红桥站", "completed"),
    case("新线将在青岭站与白石铁路连接。", "青岭站", "unspecified"),
    case("在青岭站与市民交流。", "青岭站", "unspecified"),
]


# an asset a plan builds on, as a clause of its own (以X水库为骨干,…; 以X港为依托,…; 以A站、B站为中心,…):
# there already; not one marked planned, nor a qualifier of something else (以X水库为核心的旅游产业)
BASIS = [
    case("以梅溪水库为骨干，规划建设中型灌区。", "梅溪水库", "completed"),
    case("以青岭港为依托，发展临港产业。", "青岭港", "completed"),
    case("以白石机场为核心，打造临空经济区。", "白石机场", "completed"),
    case("以青岭站、白石站为中心，构建综合交通枢纽。", "白石站", "completed"),
    case("以规划建设的青岭站为中心，布局物流园区。", "青岭站", "proposed"),
    case("随着梅溪水库项目逐渐推进，以梅溪水库为核心的旅游产业不断发展。", "梅溪水库", "under_construction"),
    case("以青岭至白石高速公路建设为契机，发展沿线产业。", "青岭至白石高速公路", "unspecified"),
]


# the land taken for the works (征地, 征地拆迁, 用地报批): part of the preparation (generic: a specific cue of
# the item's clause wins)
LAND = [
    case("梅溪水库完成征地拆迁。", "梅溪水库", "preliminary"),
    case("青岭至白石高速公路已全部完成征地工作。", "青岭至白石高速公路", "preliminary"),
    case("红桥大桥正在开展征地拆迁。", "红桥大桥", "preliminary"),
    case("白石机场用地报批加快推进。", "白石机场", "preliminary"),
    case("梅溪水库征地拆迁完成后正式开工。", "梅溪水库", "starting"),
]


# an approval obtained from an office named between the item and the word (X获民航局批复, X获得国铁集团批复,
# X获国家发改委核准): approved, and the office is no organisation the item belongs to (the item was lost)
OFFICE_APPROVAL = [
    case("白石机场获得民航局选址批复。", "白石机场", "preliminary"),
    case("白石机场获民航局批复。", "白石机场", "preliminary"),
    case("青岭站获得国铁集团批复。", "青岭站", "preliminary"),
    case("红桥机场选址报告获民航局批复。", "红桥机场", "preliminary"),
    case("青岭至白石高速公路获国家发改委核准。", "青岭至白石高速公路", "preliminary"),
    case("青岭至白石高速公路建成后获得广泛好评。", "青岭至白石高速公路", "unspecified"),
]


def test_a_units_own_name_stays_no_item() -> None:
    for text in ("中国铁路成都局集团有限公司负责实施。", "青岭机场管理局成立。", "白石港务集团挂牌。"):
        src = plain(text)
        assert extract(src) == [], text


# works repairing or strengthening an existing item (除险加固, 维修加固, 大修): an upgrade, as 改造 is; a
# milestone of those works is still read (…工程已完工)
REPAIR = [
    case("对青岭大桥进行维修加固。", "青岭大桥", "upgrade"),
    case("对梅溪水库进行除险加固。", "梅溪水库", "upgrade"),
    case("青岭大桥大修工程加快推进。", "青岭大桥", "upgrade"),
    case("梅溪水库除险加固工程已完工。", "梅溪水库", "completed"),
    case("青岭站大修厂搬迁。", "青岭站", "unspecified"),
]


# an item named as a landmark by nearness or reach (紧邻X, 靠近X, 临近X, 邻近X, N分钟可达X): existing works,
# and the word is no part of the name
NEAR_LANDMARK = [
    case("项目紧邻青岭至白石高速公路。", "青岭至白石高速公路", "completed"),
    case("园区靠近白石机场。", "白石机场", "completed"),
    case("园区临近青岭站。", "青岭站", "completed"),
    case("项目邻近梅溪水库。", "梅溪水库", "completed"),
    case("从青岭站出发，40分钟可达白石机场。", "白石机场", "completed"),
    # negative: a planned item named after 临近 is still planned
    case("园区临近规划建设的青岭站。", "青岭站", "proposed"),
]


# a reply consenting to the works (关于同意X立项的批复, 同意建设X, 批准新建X): approved (preliminary), and
# 同意/批准 are no part of the name; a consent to start (同意X开工建设) is the start
CONSENT = [
    case("关于同意青岭机场改扩建工程立项的批复。", "青岭机场", "preliminary"),
    case("原则同意梅溪水库工程可行性研究报告。", "梅溪水库", "preliminary"),
    case("同意建设青岭至白石高速公路。", "青岭至白石高速公路", "preliminary"),
    case("批准新建梅溪水库。", "梅溪水库", "preliminary"),
    case("同意青岭至白石高速公路开工建设。", "青岭至白石高速公路", "starting"),
]


# physical works going on now (正在铺设路面, 正在架设钢箱梁, 正在进行钢结构吊装) or near their end (施工接近
# 尾声, 建设进入尾声): works going on; not the studies or the preparation going on
WORKS_NOW = [
    case("青岭至白石高速公路正在铺设路面。", "青岭至白石高速公路", "under_construction"),
    case("红桥大桥正在架设钢箱梁。", "红桥大桥", "under_construction"),
    case("白石机场航站楼正在进行钢结构吊装。", "白石机场航站楼", "under_construction"),
    case("白石机场跑道道面施工接近尾声。", "白石机场跑道", "under_construction"),
    case("梅溪水库建设进入尾声。", "梅溪水库", "under_construction"),
    case("青岭至白石高速公路前期工作接近尾声。", "青岭至白石高速公路", "preliminary"),
    case("青岭至白石高速公路正在开展前期工作。", "青岭至白石高速公路", "preliminary"),
]


def test_a_works_verb_opens_no_name() -> None:
    text = "梅溪水库正在浇筑大坝混凝土。"
    src = plain(text)
    assert [(e.name, str(e.mentions[0].stage)) for e in extract(src)] == [("梅溪水库", "under_construction")]


# the worksite named after the works (X工地, X建设一线, X施工一线): works going on, as 建设现场; not a
# former site after the works are done
WORKSITE = [
    case("在梅溪水库工地上，工人们正在浇筑混凝土。", "梅溪水库", "under_construction"),
    case("红桥大桥工地一派繁忙。", "红桥大桥", "under_construction"),
    case("记者来到青岭至白石高速公路建设一线。", "青岭至白石高速公路", "under_construction"),
    case("青岭至白石高速公路施工一线热火朝天。", "青岭至白石高速公路", "under_construction"),
    case("青岭大桥建成后，原工地将改建为公园。", "青岭大桥", "unspecified"),
]


# a hub running new services as the subject of its clause (X机场新开通3条航线, X站开行首趟货运班列): in
# service; not a service still ahead (建成后将开通, 预计明年…), nor a line's train service
HUB_SERVICES = [
    case("青岭机场新开通3条航线。", "青岭机场", "completed"),
    case("白石港新开通2条集装箱航线。", "白石港", "completed"),
    case("青岭站开行首趟货运班列。", "青岭站", "completed"),
    case("白石机场今年新开航线5条。", "白石机场", "completed"),
    case("白石机场建成后将开通10条航线。", "白石机场", "unspecified"),
    case("预计明年，青岭机场新开通3条航线。", "青岭机场", "unspecified"),
    case("开通青岭至白石高铁公交化列车。", "青岭至白石高铁", "unspecified"),
    case("宜宾港与重庆港开通集装箱航线。", "宜宾港", "unspecified"),  # a service between two, left alone
]


def test_a_hubs_new_service_gives_it_no_year() -> None:
    text = "2023年，青岭机场新开通3条航线。"
    src = plain(text)
    assert extract(src)[0].mentions[0].target_year is None


# a bare share of the works done after the item or its part (X主桥已完成80%, X已完成约65%): works going on;
# not the share of a preparation (征地, 拆迁, 前期工作: read as the preparation)
BARE_SHARE = [
    case("青岭大桥主桥已完成80%，预计9月底合龙。", "青岭大桥", "under_construction"),
    case("青岭大桥已完成80%。", "青岭大桥", "under_construction"),
    case("白石隧道已完成约65%。", "白石隧道", "under_construction"),
    case("梅溪水库已经完成70%。", "梅溪水库", "under_construction"),
    case("梅溪水库已完成80%的征地拆迁。", "梅溪水库", "preliminary"),
    case("青岭至白石高速公路征地已完成90%。", "青岭至白石高速公路", "preliminary"),
    case("梅溪水库前期工作已完成90%。", "梅溪水库", "preliminary"),
]


# a request a reply answers (你市《关于加快X建设的请示》收悉): its title names the item, asked for (proposed)
# unless the reply refers back to it with its stage; a request about a plan names no item
REQUEST_TITLE = [
    case("你单位《关于请求支持青岭至红桥铁路建设的请示》收悉。经研究，同意将该项目纳入规划。", "青岭至红桥铁路", "proposed"),
    case("《关于梅溪水库建设有关问题的请示》收悉。现批复如下。", "梅溪水库", "proposed"),
    case("你市《关于加快白石机场建设的请示》收悉。", "白石机场", "proposed"),
    case("你市《关于加快白石机场建设的请示》收悉。经研究，该项目已完成工可编制。", "白石机场", "preliminary"),
]


def test_a_request_about_a_plan_names_no_item() -> None:
    text = "《关于青岭县综合交通规划的请示》收悉。"
    src = plain(text)
    assert extract(src) == []


# a past completion named in a subordinate time clause (X2020年建成通车后,…; X于2017年建成后; X2021年投用以来)
# in a report of 2023: existing works as context, built (and no target year); a year ahead or none is a condition
PAST_TIME_CLAUSE = [
    case("青岭大桥2020年建成通车后，两岸往来更加便捷。", "青岭大桥", "completed"),
    case("梅溪高速2018年通车后，沿线经济快速增长。", "梅溪高速", "completed"),
    case("红桥水库于2017年建成后，解决了5万人饮水问题。", "红桥水库", "completed"),
    case("青岭港2021年投用以来，吞吐量逐年攀升。", "青岭港", "completed"),
    case("自2016年白石铁路开通以来，客流持续增长。", "白石铁路", "completed"),
    # negatives: no year, a year ahead of the document
    case("青岭大桥建成通车后，将大大缩短通行时间。", "青岭大桥", "unspecified"),
    case("白石机场2025年建成后，将成为区域枢纽。", "白石机场", "unspecified"),
]


def test_a_past_completion_in_a_time_clause_has_no_target_year() -> None:
    text = "青岭大桥2020年建成通车后，两岸往来更加便捷。白石机场2025年建成后，将成为区域枢纽。"
    src = plain(text)
    years = {e.name: e.mentions[0].target_year for e in extract(src)}
    assert years == {"青岭大桥": None, "白石机场": 2025}


# existing items named as context (issue #11 item 2): marked existing before them or their list
# ("已有的A、B", "现有X", "接已建X"), a destination one travels or ships to ("开往X站", "抵达X站",
# "发往X港"), lines crossing a place ("穿镇而过"); not "已有A、B等N个项目获得…" (already, a count),
# a destination after an opening still ahead, a test run of a line not yet open
EXISTING_NAMED = [
    case("已有的东岭高速南山段、西河高速北岭段与国道G999共同构成区域循环通道。", "西河高速北岭段", "completed"),
    case("项目建成后,将彻底解决现有北河铁路慢速短板。", "北河铁路", "completed"),
    case("通车路段起于青石镇,止于白岭镇,接已建东岭高速白岭至南山段。", "东岭高速白岭至南山段", "completed"),
    case("7时许,由东岭站开往南山南站的G9999次列车发车。", "南山南站", "completed"),
    case("当日9时,列车从东岭站始发,不到两小时后抵达南山北站。", "南山北站", "completed"),
    case("一列货运专列从物流园驶出,开往东岭港。", "东岭港", "completed"),
    case("北河高速公路和南岭铁路穿镇而过,交通便利。", "南岭铁路", "completed"),
    case("已有东岭水库、西河水库等14个项目获得金融工具支持。", "西河水库", "unspecified"),
    case("东岭高铁通车后,从北河出发半小时可抵达南山机场。", "南山机场", "unspecified"),
    case("近日,动车综合检测车从东岭站缓缓驶出,开往南山东站。", "南山东站", "unspecified"),
    # a ship leaving a port ("从X港区发出的货船"), not a call issued there
    case("从东岭港区发出的14艘货船,历经6天,沿乌江而下。", "东岭港区", "completed"),
    case("东岭港区管委会从东岭港区发出倡议。", "东岭港区", "unspecified"),
]


# a cue word read across a word boundary is none: "互联互通水平" holds no 通水 (water delivered)
ACROSS_WORDS = [
    case("提升川渝毗邻地区互联互通水平的高速公路项目2个,分别是东岭至西河高速公路、南山至北岭高速公路。", "南山至北岭高速公路", "unspecified"),
    case("东岭至西河高速公路提升了两地互联互通水平。", "东岭至西河高速公路", "unspecified"),
    case("东岭水库工程昨日正式通水。", "东岭水库", "completed"),
]


# the studies of the preliminary work (前期研究, 前期论证, 前期研究论证) are the preliminary work; a study
# of whether to build (研究论证 alone) is proposed
PRELIMINARY_STUDIES = [
    case("持续推动东岭引水工程等重大项目前期研究论证。", "东岭引水工程", "preliminary"),
    case("东岭至西河水资源配置工程前期论证已取得一定成果。", "东岭至西河水资源配置工程", "preliminary"),
    case("开展东岭动车所建设前期研究。", "东岭动车所", "preliminary"),
    case("开展东岭至西河高速公路研究论证。", "东岭至西河高速公路", "proposed"),
    case("开展G9998、G9999等国家高速公路远期展望线项目前期研究。", "G9999", "proposed"),
    case("研究东岭至西河铁路前期工作的推进方式。", "东岭至西河铁路", "preliminary"),
    # a verb of effort over the preliminary work is the preliminary work ("正在加快前期工作"); alone, works
    case("东岭货运铁路、西河铁路延伸至北岭等项目正在加快前期工作。", "东岭货运铁路", "preliminary"),
    case("东岭货运铁路正在加快推进前期工作。", "东岭货运铁路", "preliminary"),
    case("东岭货运铁路正在加快建设。", "东岭货运铁路", "under_construction"),
]


# works resumed (复工), a pace of works told verb first (提速建设), a power line's towers going up (组塔),
# the phase of the design (进入初设阶段); not a resumption planned nor a design finished long ago
WORKS_RESUMED = [
    case("东岭至西河高速公路项目复工。", "东岭至西河高速公路", "under_construction"),
    case("提速建设东岭至西河铁路。", "东岭至西河铁路", "under_construction"),
    case("东岭至西河特高压交流输电工程正在开展抱杆组塔工作。", "东岭至西河特高压交流输电工程", "under_construction"),
    case("东岭至西河高速公路项目前期已进入初设阶段。", "东岭至西河高速公路", "preliminary"),
    case("东岭至西河特高压交流工程均在开展土建施工。", "东岭至西河特高压交流工程", "under_construction"),
    case("东岭至西河高速公路已建成通车,去年完成初步设计。", "东岭至西河高速公路", "completed"),
    case("东岭至西河高速公路提速降费工作有序开展。", "东岭至西河高速公路", "unspecified"),
]


# an item shown in an archive photo or a real view (资料图, 资料照片, 实景): there already; not a photo of
# its works, an artist's impression (效果图) or 实景 in prose
ARCHIVE_PHOTO = [
    case("东岭港(资料图)\n近日,东岭港开行新班轮。", "东岭港", "completed"),
    case("东岭水库实景。\n东岭水库库容1亿立方米。", "东岭水库", "completed"),
    case("航拍的东岭高速公路竹林关枢纽立交(资料照片)。", "东岭高速公路竹林关枢纽立交", "completed"),
    case("东岭站施工现场(无人机照片)\n东岭站正在建设。", "东岭站", "under_construction"),
    case("东岭水库实景效果图。", "东岭水库", "unspecified"),
    case("加快东岭水库建设,再现实景。", "东岭水库", "under_construction"),
]


# the works' mobilisation (建设动员大会) and a start at a station (the station is the venue, the line's works
# start: "X项目建设在Y站正式启动"); a corridor reserved in a plan (预留…通道) and an item of a plan
# ("X是…《…规划》中的重大项目") → planned. Negatives: a tunnel where works start is started itself, land
# reserved along a road, a document that is no plan
MOBILISED_AND_PLANNED = [
    case("11月7日,东岭引水工程建设动员大会在北河县举行。", "东岭引水工程", "starting"),
    case("3月30日上午,东岭至西河铁路项目建设在北河站正式启动。", "东岭至西河铁路", "starting"),
    case("3月30日上午,东岭至西河铁路项目建设在北河站正式启动。", "北河站", "unspecified"),
    case("东岭至西河高速公路全线首个隧道在南山隧道开工。", "南山隧道", "starting"),
    case("铁路方面,规划渝黔、泸遵怀两条高速铁路,预留东岭至西河高速铁路通道。", "东岭至西河高速铁路", "proposed"),
    case("东岭至西河高速公路预留服务区用地。", "东岭至西河高速公路", "unspecified"),
    case("新建东岭至西河铁路是国家发改委批复的《成渝地区城际铁路建设规划(2015-2020年)》中的重大项目。", "东岭至西河铁路", "proposed"),
    case("东岭至西河航道是《全国内河航道与港口布局规划》中的高等级航道之一。", "东岭至西河航道", "proposed"),
    case("东岭至西河高速公路是《交通强国建设纲要》中的重点工程。", "东岭至西河高速公路", "unspecified"),
]


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [*COUNTED_MEASURE, *JUNCTION, *BASIS, *LAND, *OFFICE_APPROVAL, *REPAIR, *NEAR_LANDMARK, *CONSENT, *WORKS_NOW, *WORKSITE, *HUB_SERVICES, *BARE_SHARE, *REQUEST_TITLE, *PAST_TIME_CLAUSE, *CONDITION_SUBJECT, *WORKS, *STAGE_CELL, *PLANNED_NEW, *YEAR_THROUGHPUT, *CONDITION_AND_PHASE, *DESIGN, *PAST, *AIMED, *IMPLEMENT, *MOTION, *CONTEXT, *TRAVEL_CONTEXT, *OWN_WORKS, *COUNTED_SUBJECT, *CLAUSE_SUBJECT, *BACK_REFERENCE, *SERVICE_PROBLEM,
     *VENUE, *PROGRESS, *COUNTED_UPGRADE, *BATCH,
     *WHOLE_BEFORE_PART, *NEGATION, *AHEAD, *OPENED, *NAMED_AFTER_COLON, *COUNTED_WORKS, *ROUTE_PARTNER,
     *PHYSICAL_STATE, *IN_SERVICE, *PRELIMINARY_WORKS, *RELATION, *COUNTED_BRACKETS, *COUNTED_RUN, *DESCRIBED, *PLANNED_COMPLETION, *HOLDINGS, *STARTED_LONG_AGO, *NEWS_STEPS,
     *HEADING_COUNT, *INTRO_BEFORE_LIST, *WORKS_DONE, *TITLED_LIST, *LINKED, *LINKED_VIA_LINES, *LIST_SCOPE, *IN_PLAN, *CONDITION_AND_AIRPORT, *SERVICE_MODIFIER, *RANKED_AGAINST, *ROUTE_ENDS, *ROUTE_SIDES, *MEETING, *STARTED_WHAT, *WIDENED, *ATTRIBUTE_SUBJECT, *SUBSET_INTRO, *FORMALITIES, *RUN_IN, *NEW_NOTE, *EXISTING_MARK, *LEAD_IN_SUBJECT, *PHASES_AND_BEFORE, *IN_USE, *SIGNIFICANCE, *MEASURED, *PLANNED_VERB, *SITE_REPORT_ON_WORKS, *NOW_AFTER, *CROSSED,
     *STATUS_BEFORE, *ABOUT_TO, *THROUGH_IN_SERVICE, *SET_LEAD_IN, *LINE_STATIONS, *APPOSITIVE_SUBJECT, *ROLE_NOW, *WORKS_SHARE, *COUNT_ITEMISED, *VEHICLE_AT, *EXISTING_NAMED, *ACROSS_WORDS, *PRELIMINARY_STUDIES, *WORKS_RESUMED, *ARCHIVE_PHOTO, *MOBILISED_AND_PLANNED],
)
def test_stage_of_a_class_of_text(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


def test_every_news_cue_opens_with_its_first_character() -> None:
    """The fast scan tries a cue only where its first character stands: a cue opening with a group is never tried."""
    from geo.extract.stages.cues import NEWS_CUES

    assert [c for c, _s, _sp in NEWS_CUES if c[0] in "([\\.?*+|"] == []


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # a generic verb governs every item of its list whose own name is works (工程, 项目)
        ("实施甲河整治工程、乙河整治工程。", "乙河整治工程", "under_construction"),
        ("实施甲口段、乙桥段整治工程。", "乙桥段整治工程", "under_construction"),
        ("实施甲县供水工程、乙县引水工程。", "乙县引水工程", "under_construction"),
        # negatives: items that are no works, and a place only qualifying a system
        ("推进甲水库、乙水库。", "乙水库", "unspecified"),
        ("推进甲港区铁路集疏运体系建设。", "甲港区", "unspecified"),
    ],
)
def test_a_generic_verb_governs_a_list_of_works(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # readiness forecast (预计, 有望) is a goal ahead: the works go on, as with 力争/将
        ("甲水利枢纽工程预计今年9月底具备发电条件。", "under_construction"),
        ("甲大桥有望年底具备通车条件。", "under_construction"),
        # negatives: readiness reached
        ("甲水库已具备供水条件。", "completed"),
        ("甲大桥具备通车条件。", "completed"),
    ],
)
def test_forecast_readiness_is_works_going_on(text: str, stage: str) -> None:
    name = "甲水利枢纽工程" if "枢纽" in text else ("甲水库" if "水库" in text else "甲大桥")
    assert stage_of(text, name) == stage
