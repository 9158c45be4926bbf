"""What the words before a head make of a name: a count, a rank, a scope, a grade, a slogan, a figure.

A modifier made of these names a kind or a policy, no item ("第四条高速公路", "全县铁路", "四级公路",
"县县通高速"). Read by :mod:`geo.extract.names` (judge, nonitems, leads, lists, sites).
"""

from __future__ import annotations

import re

from geo.extract.lexicon.sources import NAME_WORDS, alternatives

#: Words just before a name that make it a class of items ("布局一批多式联运型物流基地").
QUANTIFIERS: tuple[str, ...] = ("一批", "一些", "若干", "多个", "各类", "各种")

#: A modifier opening with a class of settlement names a kind of works ("农村铁索桥改公路桥",
#: "乡村旅游公路"), not one item.
NEGATIVE_PREFIX = re.compile(r"^(?:农村|乡村|城乡|村组|镇村|县乡|村道|乡道|县道)")

#: A modifier holding a rank or an ordinal describes an item's standing, not its name:
#: "位列全国内河十大码头", "第四条高速公路", "首个万吨级码头", "最长的跨江大桥", "最美高速".
#: An ordinal alone is part of a name ("第四跑道"); with a measure word it counts ("第四条").
RANK_RE = re.compile(
    r"十大|百强|前列|首个|首条|首座|第?[一二三四五六七八九十两几多数\d]+[条座段]|第[一二三四五六七八九十\d]+[个站大]|最[\u4e00-\u9fff]|唯一"
    # a batch of a programme ("第四批骨干水源工程", "首批10个…", "一大批中小型水库"): many items, none named
    r"|第?[一二三四五六七八九十\d]+批|[首末]批|大批"
)

#: The nation before a network's head ("中国高铁"): its network (data/language/name_words.toml).
NATION_WORDS: frozenset[str] = frozenset(NAME_WORDS["nation_words"])
#: The nation's macro-regions alone before a network's head ("西南电网"): the region's network (name_words.toml).
MACRO_REGIONS: frozenset[str] = frozenset(NAME_WORDS["macro_regions"])
#: A category's scope opening a modifier: the nation, or a macro-region's land ("国内…", "西南地区…", "西南艰险山区…";
#: name_words.toml nation_scopes, macro_region_lands).
SCOPE_CATEGORY_RE = re.compile(
    "(?:" + "|".join(NAME_WORDS["nation_scopes"]) + ")"
    + "|(?:" + "|".join(sorted(MACRO_REGIONS)) + ")[^(（)）]{0,4}?(?:" + "|".join(NAME_WORDS["macro_region_lands"]) + ")"
)

#: A five-year plan named in a modifier ("省“十四五”公路", "十五五铁路"): a chapter of a plan, not an item.
PLAN_PERIOD_RE = re.compile(r"十[一二三四五六七八九]五")

#: Three or more counts of modes strung together ("四高三铁一江一机场", "四环二十二射六十联"): a plan's
#: slogan. Two are still a name ("两江四岸").
COUNT_SLOGAN_RE = re.compile(
    r"(?:[一二三四五六七八九十两多\d]+[^一二三四五六七八九十两多\d\W]){3,}"
    # a grid of lines counted both ways ("八纵八横", "三纵四横骨架公路"): the plan's network
    r"|[一二三四五六七八九十]+纵[一二三四五六七八九十]+横"
)

#: A quoted slogan counting two kinds of works or more ("“一航两港四环…”", "“五港六中心”"): the kinds are
#: data/language/name_words.toml's slogan_kinds.
_SLOGAN_KIND = "|".join(sorted(map(re.escape, NAME_WORDS["slogan_kinds"]), key=len, reverse=True))
QUOTED_COUNT_SLOGAN_RE = re.compile(rf"(?:[一二三四五六七八九十两多\d]+(?:{_SLOGAN_KIND})){{2,}}")

#: A scope alone before a head ("全县铁路", "该市高速路", "本省机场"): the scope's network, no item.
SCOPE_RE = re.compile(r"(?:全|本|该|我|各)?[省市州县区镇乡]")

#: A grade, class or lane count before a head ("四级公路", "4C级民航机场", "A3级通用机场", "双向八车道"): a kind.
GRADE_RE = re.compile(r"(?:双向)?(?:[一二三四五六七八九十两]|\d{1,2}[A-F]?|[A-F]\d|[IVⅠⅡⅢⅣ]{1,3})(?:级|车道)")

#: A count or an ordinal of vehicles or runs as the whole modifier of a mode word ("一辆高铁列车", "第一班高铁",
#: "首班高铁"): trains counted, no line named (data/language/name_words.toml vehicle_classifiers).
VEHICLE_COUNT_RE = re.compile(
    r"(?:第?(?:[一二三四五六七八九十两]+|\d+)|[首末头])(?:" + alternatives("vehicle_classifiers") + ")"
)

#: What a road's grade may stand with as the whole of a modifier and still name no road: a verb or a
#: preposition of a standard, a class of road, a slogan of places connected ("拟三级公路", "省道达标三级路",
#: "县区通二级公路"; data/language/name_words.toml grade_leads).
GRADE_LEAD_RE = re.compile(r"(?:" + alternatives("grade_leads") + r"|[省市县区乡镇村]{1,2}通)+")

#: A modifier ending in "(not) connected to" (the slogans "县县通高速", "市市通高铁", "结束不通高速公路的
#: 历史") or made of directions only ("东西向高速公路"), or opening with settlements "connected" by a kind
#: of road ("乡镇通硬油路", "村村通水泥路"), or the kind of road that reaches a settlement ("通村公路",
#: "通组公路", "通村通组公路"): no road is named. Also the absence of a kind ("为解决X无铁路问题", "X无高等级航道", "X无500千伏变电站") and the
#: shape of a network ("构建“十”字型铁路骨架", "米字形高铁网"); a voltage may name the absent kind ("X无500千伏变电站"). A class of settlements reached by a surface
#: or a kind of road, after a count or a share ("96%建制村通沥青(水泥)路", "建制村全部通硬化路", "30户以上自然村
#: 通组路"): a goal of coverage, no road. So are rural roads named by the settlements they reach and their
#: surface ("通县油路", "通乡油路", "全州通县油路", "行政村实现通油路"); a name holding 通 stays ("通江大道").
SLOGAN_RE = re.compile(
    r"(?:不通|[省市县乡镇村]通)$|^(?:没有|未|尚未)?通$|^(?:[东西南北]+向)+$|^[省市县乡镇村]{2}通"
    r"|(?:^|\d年|^[全本该各]?[省市州县区乡镇])(?:通(?:[县村组户乡镇]|学校))+(?:油|水泥|沥青|硬化)?$|^通(?:油|水泥|沥青|硬化)$"
    r"|(?:无|没有|缺少|缺乏)(?:高等级|\d+千伏)?$|字[型形]$"
    r"|(?:(?:建制|自然|行政|贫困|撤并)村|乡镇)(?:全部|全面|基本|均|都|已|100%)?通[\u4e00-\u9fff]{0,3}(?:[(（][\u4e00-\u9fff]{1,3}[)）])?$"
)

#: Words that name an area of a region ("川渝地区", "黄河流域", "成都都市圈"), and the words that after one only
#: say which of the area's lines ("东向", "市域(郊)", "专用线"): data/language/name_words.toml.
REGION_WORDS: tuple[str, ...] = tuple(sorted(NAME_WORDS["region_words"], key=len, reverse=True))

REGION_NETWORK_WORDS: tuple[str, ...] = tuple(sorted(NAME_WORDS["region_network_words"], key=len, reverse=True))

#: Figures of speech about roads ("像‘康庄大道’", "一条条民生路、幸福路", "铺就腾飞路") and the verbs of
#: building before 路 ("先修路", "逢山开路"): data/language/name_words.toml, read by geo/extract/names/sites.py.
FIGURE_MARKERS: tuple[str, ...] = tuple(sorted(NAME_WORDS["figure_markers"], key=len, reverse=True))
ROAD_FIGURE_HEADS: frozenset[str] = frozenset(NAME_WORDS["road_figure_heads"])

ROAD_VERBS: str = "".join(NAME_WORDS["road_verbs"])
#: Slogan names of roads ("“两用路”", "“脱贫攻坚幸福公路”", "成为沿线群众的致富路"): the heads, the words of a wish,
#: a benefit or a figure that make one, and the verbs of becoming or naming before one (data/language/name_words.toml,
#: read by geo/extract/names/sites.py).
SLOGAN_ROAD_RE = re.compile(alternatives("slogan_road_words") + "+" + alternatives("slogan_road_heads"))
SLOGAN_ROAD_VERBS = alternatives("slogan_road_verbs")
#: Verbs after 一路 that make it an adverb ("一路畅通"), not a street (data/language).
ALL_THE_WAY_VERBS: tuple[str, ...] = tuple(NAME_WORDS["all_the_way_verbs"])

#: Words that make a modifier of places a role ("渝南黔北区域间铁路"), not a name.
ROLE_WORDS = re.compile(r"区域|重要|商贸|中心|知名|优质|地区|上游|中游|下游|内陆")
