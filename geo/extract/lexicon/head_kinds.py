"""Classes of heads and what they need or make of a name: roles, structures, branches, networks, links.

Which heads need a modifier of their own (:data:`MIN_MODIFIER`), name a place's network (:data:`NETWORK_HEADS`), a role
rather than a site (:data:`ROLE_HEADS`), a structure on a line (:data:`STRUCTURE_HEADS`) and the like. Read by
:mod:`geo.extract.names` (head_names, judge, nonitems, candidates) and :mod:`geo.extract.linking`.
"""

from __future__ import annotations

import re

from geo.extract.lexicon.sources import NAME_WORDS, alternatives
from geo.model import EntityType

T = EntityType

#: The network a numbered grid plan lays out ("“六横六纵”的高速路网", "“一纵三横”高速骨架", "铁路网"), with the kind
#: and the head its lines take (geo/extract/names/plan_grids.py), most specific first.
PLAN_NETWORKS: tuple[tuple[str, EntityType, str], ...] = (
    ("高速公路网", T.HIGHWAY, "高速公路"), ("高速路网", T.HIGHWAY, "高速公路"), ("高速公路骨架", T.HIGHWAY, "高速公路"),
    ("高速骨架", T.HIGHWAY, "高速公路"), ("高速铁路网", T.RAILWAY, "高铁"), ("高铁网", T.RAILWAY, "高铁"),
    ("铁路网", T.RAILWAY, "铁路"), ("铁路骨架", T.RAILWAY, "铁路"),
)
PLAN_NETWORKS_RE = "|".join(n for n, _t, _h in PLAN_NETWORKS)


def plan_network(word: str) -> tuple[EntityType, str]:
    """Return the kind and the head of the lines of a plan's network word ("高速路网" → highway, 高速公路)."""
    return next((t, h) for n, t, h in PLAN_NETWORKS if n == word)


#: Heads that need a proper modifier of at least this many characters (the heads of water supply and diversion
#: works with 提水工程: "龙引水工程" names none).
MIN_MODIFIER: dict[str, int] = {
    "环线": 2, "旅游通道": 2, "沿江通道": 2, "提水工程": 2, "取水工程": 2, "补水工程": 2, "引水工程": 2, "调水工程": 2, "输水工程": 2,
    "引调水工程": 2, "水源工程": 2, "供水工程": 2, "输水管道工程": 2, "引水项目": 2, "供水项目": 2, "提水项目": 2, "取水项目": 2, "调水项目": 2,
    "输水项目": 2, "供水一体化工程": 2, "供水一体化项目": 2, "供水改扩建工程": 2, "堤防工程": 2, "堤防加固工程": 2, "渡槽": 2, "延伸线": 2, "延长线": 2, "东延线": 2, "西延线": 2, "南延线": 2, "北延线": 2,
    "支线": 2, "路": 2, "站": 2, "港": 2, "基地": 2, "园区": 2, "城际": 2, "省道": 2, "国道": 2, "街": 2,
    # a mode of transport after one character ("集铁路运输", "就铁路线路"): the mode, no line (name_words.toml)
    **dict.fromkeys(NAME_WORDS["mode_heads"], 2),
}

#: Road and rail heads that, after a single place name, name the place's network ("四川高速",
#: "遵义市高速公路", "泸州公路", "云南省铁路"), not a line; two abbreviations are a line's name (成渝高速).
NETWORK_HEADS: frozenset[str] = frozenset(
    {"高速公路", "高速", "公路", "铁路", "高速铁路", "高铁", "电网", "水利工程", "水资源配置", "轨道交通", *NAME_WORDS["network_heads"]}
)

#: Heads of a link named by a dash-joined chain of the sites it joins ("A河—B水库输水干渠"): data/language.
CHAIN_HEADS: frozenset[str] = frozenset(NAME_WORDS["chain_heads"])

#: Whole names that are a kind of facility ("航空港", "内河港"): data/language/name_words.toml.
BARE_KINDS: frozenset[str] = frozenset(NAME_WORDS["bare_kinds"])

#: Heads of a city's street a generic word may name where the text shows a street ("站前大道、产业大道", "工业大道北段"):
#: data/language/name_words.toml, read by geo/extract/names/street_names.py.
GENERIC_STREET_HEADS: frozenset[str] = frozenset(NAME_WORDS["generic_street_heads"])

#: Stops of a road's service named as a landmark unless their clause builds them (data/language,
#: read by geo/extract/names/sites.py).
SERVICE_STOP_HEADS: frozenset[str] = frozenset(NAME_WORDS["service_stop_heads"])
SERVICE_STOP_WORKS_RE = re.compile("|".join(sorted(map(re.escape, NAME_WORDS["service_stop_works"]), key=len, reverse=True)))

#: Heads of a yard or a base where an international freight train's cargo is gathered ("中欧班列X组货基地",
#: "X中欧班列集结中心"): the train's name in the modifier names the site's service, no negative.
TRAIN_SITE_HEADS: frozenset[str] = frozenset({"组货基地", "集结中心"})
#: A freight train service opening a modifier ("中欧班列广元…"): see TRAIN_SITE_HEADS.
TRAIN_SERVICE_RE = re.compile("^(?:中欧|中亚)班列")

#: Types whose heads can take a section ("…段") or a bracketed alias.
LINE_LIKE: frozenset[EntityType] = frozenset({T.RAILWAY, T.HIGHWAY, T.WATERWAY})

#: Words right after a head that end the name: kinds of national logistics hubs, and the designation
#: itself ("果园港国家物流枢纽": the port is the item, the designation names none).
DESCRIPTORS: tuple[str, ...] = ("港口型",  "陆港型", "空港型", "生产服务型", "商贸服务型", "国家物流枢纽")

#: Heads a verb alone may name ("解放路", "团结水库"): before others a verb alone is the sentence's (data/language).
VERB_NAMED_HEADS: frozenset[str] = frozenset(NAME_WORDS["verb_named_heads"])

#: Heads of works on a line named by the line's route alone ("成绵扩容"); after a line's own head
#: ("成乐高速扩容项目") they are the works, not a name of their own.
WIDENING_HEADS: frozenset[str] = frozenset({"扩容工程", "扩容项目"})

#: Heads that name a role more often than a site; they need a proper (non-place) modifier.
ROLE_HEADS: frozenset[str] = frozenset(
    {"物流中心", "物流枢纽", "集结站", "编组站", "铁路枢纽", "航运枢纽", "综合交通枢纽", "综合客运枢纽"}
)

#: Role heads of logistics that a mode of transport after a place makes a site ("X铁路综合物流枢纽", "X铁路物流中心";
#: ``name_words.toml``: logistics_site_modes): the hub of that mode at the place. (A hub named for its modes,
#: "X多式联运枢纽", is no role head: it needs a place, :data:`PLACE_HEADS`.)
LOGISTICS_ROLE_HEADS: frozenset[str] = frozenset({"物流中心", "物流枢纽"})
LOGISTICS_SITE_MODE_RE = re.compile(alternatives("logistics_site_modes"))

#: Role heads that, after a city's name alone, are that city's works ("广元铁路枢纽", "六盘水铁路枢纽": its
#: stations, yards and connecting lines, planned and built as one; the reference and four tuning splits code
#: them so). With a word of role they stay a role ("全国重要铁路枢纽", "区域性铁路枢纽").
CITY_WORKS_HEADS: frozenset[str] = frozenset({"铁路枢纽"})

#: Heads of a base of an industry: a site only where a place is named and no role is ("石洞优质酒生产
#: 基地"); a product alone names a sector ("竹产业基地", "零部件生产基地", "国家原料药生产基地"). So are the heads of a
#: hub named for the modes it joins ("X多式联运枢纽"; "公铁水多式联运枢纽" alone is a kind).
PLACE_HEADS: frozenset[str] = frozenset({"产业基地", "生产基地", "产业化基地", "深加工基地"} | set(NAME_WORDS["logistics_heads"]))

#: Heads of a park that, after the nation and a sector ("国家网络安全产业园", "国家级X产业园"), name one
#: site though every word of the modifier is generic (issue #11: the reference gold counts them). Bases
#: and demonstration parks are left out: "国家原料药生产基地", "创建国家X示范园" are titles of a sector
#: to be won, not sites (with a place they are named as any park is: "綦江国家X示范园").
NATIONAL_PARK_HEADS: frozenset[str] = frozenset({"产业园", "产业园区"})

#: Heads distinctive enough that a region word alone names the item ("西部科学城").
DISTINCTIVE_HEADS: frozenset[str] = frozenset({"科学城", "科技城", "信息安全谷", "生物城", "软件园", "职教城", "职教基地"})

#: A street's or a line's extension told by its direction ("X大道北延线", "Y路西延线"), as 延长线.
_EXTENSION_HEADS: tuple[str, ...] = ("东延线", "西延线", "南延线", "北延线")

#: Heads of a structure on a line (issue #11): a named tunnel, bridge, interchange or toll
#: station, a line's extension or branch is an item of its own ("子母岩隧道", "G65包茂高速高竹互通",
#: "X高速公路延伸线", "澄江支线"); after a line's name it needs a proper word of its own
#: ("…高速公路省界收费站" is a kind, not a name); its type is its line's.
STRUCTURE_HEADS: frozenset[str] = frozenset(
    {"隧道", "大桥", "枢纽互通", "互通立交", "互通", "立交", "收费站", "渡改桥", "渡改公路桥", "延伸线", "延长线", "支线",
     *_EXTENSION_HEADS}
)

#: A ring line ("巴城东环线", "X铁路枢纽环线"; not a tour or a network's loop: "旅游大环线", "高铁环线"):
#: a road unless its name or its sentence says railway, as a structure's type is its line's.
RING_HEADS: frozenset[str] = frozenset({"环线"})

#: Interchange heads: one named right after a route's start or end ("起于X立交") is a landmark.
INTERCHANGE_HEADS: frozenset[str] = frozenset({"立交", "互通", "枢纽互通", "互通立交"})

#: Heads of a line's own extension or branch, or of a hub's through or relief line ("X枢纽直通线", "Y站疏解线"):
#: they name one item and share no head with the items listed before them ("A至B、广安绕城及渝广支线、C至D等
#: 高速公路": 渝广支线 is one item of the list; "A至B、X枢纽直通线、C至D 4个项目": so is X枢纽直通线).
BRANCH_HEADS: frozenset[str] = frozenset({"支线", "延伸线", "延长线", "直通线", "疏解线", *_EXTENSION_HEADS})

#: Heads of a line's part that a verb of adding or reserving may stand before, after the line's name ("X高速新增
#: 甲互通", "X高铁预留甲支线", "X高速甲预留互通"): interchanges, branches, connecting roads.
LINE_PART_HEADS: frozenset[str] = INTERCHANGE_HEADS | BRANCH_HEADS | {"连接线", "连接道"}

#: Heads of a road or line that links a site to the network: before a kind of site alone ("机场快速通道", "高铁连接线",
#: "港区连接线") the link to some site of that kind, no named item.
LINK_HEADS: frozenset[str] = frozenset({"快速通道", "快捷通道", "连接线", "连接道", "联络线", "支线"})

#: Words between an owner and a part of it written right after it ("X高铁控制性工程甲隧道"), and the name endings of
#: such a part (data/language/name_words.toml, owner_part_links, owned_part_ends; read by geo/extract/names/candidates.py).
OWNER_PART_LINKS = alternatives("owner_part_links")
OWNED_PART_ENDS: tuple[str, ...] = tuple(NAME_WORDS["owned_part_ends"])

#: A corridor word after a line's head ("X高速公路省际通道", "X高铁快运通道", "A、B等铁路通道"; data/language/name_words.toml,
#: corridor_modifiers): the line's name is a corridor's, unless it is the corridor's works ("通道项目").
CORRIDOR_AFTER_RE = re.compile(rf"(?:{alternatives('corridor_modifiers')})?通道(?!项目|工程|建设)")

#: Verbs of adding or reserving a line's part (data/language/name_words.toml, part_verbs).
PART_VERBS: frozenset[str] = frozenset(NAME_WORDS["part_verbs"])
