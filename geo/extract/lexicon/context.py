"""Words presenting an item as existing context: "境内有X", "依托已建成的X", "距X互通", "X纵横交错".

Such an item is 建成 when no cue says otherwise (issue #11). Read by :mod:`geo.extract.stages` (existing).
"""

from __future__ import annotations

import re

#: Clauses presenting an item as existing context: "境内有X、Y纵横交错", "依托已建成的X",
#: "接G85…", "距X互通出口4公里", "经X可达" (issue #11). Such an item is 建成 when no cue says otherwise.
CONTEXT_BEFORE = re.compile(
    r"(?:境内|区内|县内|市内|辖区内?|域内|沿线|周边|附近)(?:已)?(?:有|拥有)|已(?:经)?(?:建成|通车|开通)(?:的)?|既有(?:的)?$"
    # a place's assets told as what it has (issue #11 item 2): "县城有A收费站、B收费站", "东北部已有X高铁"
    r"|(?:县城|城区|市区|全市|全县|全区|全省|全州|[东南西北]部)(?:已|现)?(?:有|拥有)(?![\d一二三四五六七八九十两几多]|规划|拟建|在建|待建)"
)
#: A connecting verb that opens the item's clause ("起于璧山,接G85…", "经G75…可达").
CONTEXT_LINK = re.compile(r"(?:接|经)")
#: A verb just before the item that presents it as existing: distance, adjacency or a route's end
#: ("新港距G50…出口4.5公里", "线路起于X站", "接入Y站"); a service run between facilities ("开行A港至B港班轮"),
#: a reach ("可直达X"), a join ("顺接X", "北起X站"), a place inside it ("位于X内"), lines a new road strings
#: together ("通车后将串联A、B等多条高速"), an item another is ranked against ("总库容1520万立方米,仅次于X水库").
CONTEXT_NEAR = re.compile(
    r"(?:距|距离|紧邻|毗邻|靠近|邻近|临近|起于|止于|起自|终到|终至|终于|接入|途经|可经|可经由|可沿|可由"
    r"|开行|直达|通达|可达|顺接|位于|[东南西北]起|[东南西北]接|串联|串连|串接|仅次于"
    # travel on or to it told as a way one goes (issue #11, existing infrastructure as context):
    # "航班降落在X机场", "驶出X高速", "通过A互通转换至X高速", "前往X港", "往返X站的车辆"
    r"|降落在|降落于|停靠在|停靠于|飞抵|驶入|驶出|驶离|驶往|驶上|前往|往返|转换至|转至|转入"
    # a vehicle running on it now ("车辆行驶在X高速"), and the item's building told as done ("又修了X大道")
    r"|行驶在|行驶于|飞驰在|驰骋在|修了|修建了|修通了"
    # a new line joining an existing one ("线路接轨A、B联络线"); a facility closed down ("关停A码头")
    r"|接轨|接轨于|关停|停用)$"
)
#: A predicate after a list of existing lines ("…纵横交错", "…穿境而过", "将X和Y连接成网").
CONTEXT_AFTER = re.compile(
    r"纵横交错|穿境而过|贯穿(?:全境|全域|全县|全市|全区|境内|城区|市区|县城)|交汇|连接成网|连成一体|连为一体|为既有"
    # a join told done ("A与B接轨"); a works noun after it ("X支线接轨工程") names the item's own works instead
    r"|接轨(?!工程|项目)"
    # lines crossing the area now ("A、B从境内通过", "X纵贯全境") and a road's traffic now ("X路况良好,车流不息",
    # "X车辆川流不息")
    r"|从境内通过|在境内通过|穿城而过|纵贯|横贯|路况良好|车流不息|川流不息"
    # lines crossing a park or a town ("A、B以及C穿园区而过")
    r"|穿(?:园区|区|镇|城区|市区|县城|境)而过"
    # a line that came to be ("X从无到有"; its building told as a past time: existing_traits.BUILT_PERIOD_AFTER_RE)
    r"|从无到有"
)
#: How far after the last item of its clause such a predicate may stand ("…等纵横交错", "…3条高速公路在此交汇").
CONTEXT_AFTER_REACH = 12
