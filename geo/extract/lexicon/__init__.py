"""Word lists used by extraction: places, head words, cue words, generic and negative words.

Everything here is plain data (no I/O). The rules that use it live in
:mod:`geo.extract`. The lists are general to Chinese regional-cooperation
policy documents of Chongqing, Sichuan and Guizhou (issue #3); they name no
project, only places, head words and function words.

This ``__init__`` is the package's interface: the rules read every list as ``lx.NAME``
(``from geo.extract import lexicon as lx``), whichever module below keeps it.

* ``sources`` — the lists of ``data/language/name_words.toml`` and how one becomes a pattern
* ``region_words`` — place words of the region (read on first use) and place suffixes
* ``boundaries`` — words that end a name on its left: verbs and function words of the clause
* ``heads`` — the head words a name ends with, by kind (:data:`HEADS`)
* ``head_kinds`` — classes of heads: roles, structures, branches, networks, links

No rule imports a module of the package itself: its names are the package's.
"""

from __future__ import annotations

import re

from geo.extract.lexicon import region_words
from geo.extract.lexicon.boundaries import (
    ALONE_BEFORE_HEAD,
    CAUSATIVE_STOPS,
    CROSSING_VERBS,
    FUNCTION_BEFORE_HEAD,
    FUNCTION_WORDS,
    FUNCTION_WORDS_PATH,
    INCLUSION_WORDS,
    KIND_OBJECT_VERBS,
    LEFT_STOPS,
    PLACE_LINE_ROLES,
    PLACE_ONLY_STOPS,
    QUALITY_WORDS,
    RESULT_COMPLEMENTS,
    RING_ITEM_ROLES,
    ROUTE_END_RE,
    SENTENCE_PRONOUNS,
    SPEED_QUALIFIERS,
    STOP_COMPOUNDS,
    VERB_ADVERBS,
    VERBS,
    VIA_LEADS,
    WEAK_STOPS,
    WORD_SUFFIXES,
)
from geo.extract.lexicon.head_kinds import (
    BARE_KINDS,
    BRANCH_HEADS,
    CHAIN_HEADS,
    CITY_WORKS_HEADS,
    CORRIDOR_AFTER_RE,
    DESCRIPTORS,
    DISTINCTIVE_HEADS,
    GENERIC_STREET_HEADS,
    INTERCHANGE_HEADS,
    LINE_LIKE,
    LINE_PART_HEADS,
    LINK_HEADS,
    LOGISTICS_ROLE_HEADS,
    LOGISTICS_SITE_MODE_RE,
    MIN_MODIFIER,
    NATIONAL_PARK_HEADS,
    NETWORK_HEADS,
    OWNED_PART_ENDS,
    OWNER_PART_LINKS,
    PART_VERBS,
    PLACE_HEADS,
    PLAN_NETWORKS,
    PLAN_NETWORKS_RE,
    RING_HEADS,
    ROLE_HEADS,
    SERVICE_STOP_HEADS,
    SERVICE_STOP_WORKS_RE,
    STRUCTURE_HEADS,
    TRAIN_SERVICE_RE,
    TRAIN_SITE_HEADS,
    VERB_NAMED_HEADS,
    WIDENING_HEADS,
    plan_network,
)
from geo.extract.lexicon.heads import DIVERSION_HEAD, GRID_LINE_HEAD, HEADS, NEGATIVE_SUFFIX
from geo.extract.lexicon.region_words import ADMIN_SUFFIX, PLACE_SUFFIX
from geo.extract.lexicon.sources import NAME_WORDS, NAME_WORDS_PATH, alternatives
from geo.model import EntityType, Stage

__all__ = [
    "ADMIN_SUFFIX", "ALL_THE_WAY_VERBS", "ALONE_BEFORE_HEAD", "APPROVAL_GAP", "AREA_HEADS", "BARE_KINDS", "BELT_RE",
    "BOARD_VERBS", "BRANCH_HEADS", "BREAKTHROUGH_ADVERBS", "BREAKTHROUGH_PARTS", "CAUSATIVE_STOPS", "CHAIN_HEADS",
    "CITY_WORKS_HEADS", "CODE_BYPASS_WORDS", "CODE_LINE_WORDS", "CONTEXT_AFTER", "CONTEXT_AFTER_REACH",
    "CONTEXT_BEFORE", "CONTEXT_LINK", "CONTEXT_NEAR", "COPULA_RE", "CORRIDOR_AFTER_RE", "COUNTED_PLACE_NOT_BEFORE",
    "COUNTED_PLACE_NOUNS", "COUNT_NUMBER", "COUNT_SLOGAN_RE", "CROSSING_VERBS", "DESCRIPTIVE_WORD_RE",
    "DESCRIPTORS", "DISTINCTIVE_HEADS", "DIVERSION_HEAD", "DONE_NEW_WORKS", "DONE_WORKS_KINDS", "FIGURE_MARKERS",
    "FORECAST_LEADS", "FUNCTION_BEFORE_HEAD", "FUNCTION_WORDS", "FUNCTION_WORDS_PATH", "GENERIC_STREET_HEADS",
    "GENERIC_WORDS", "GRADE_LEAD_RE", "GRADE_RE", "GRID_LINE_HEAD", "HEADS", "HEAD_INSIDE_WORDS", "INCLUSION_WORDS",
    "INTERCHANGE_HEADS", "JOINER_ADVERBS", "JOINER_VERBS", "KIND_OBJECT_VERBS", "LAUNCHED_STUDIES", "LEFT_STOPS",
    "LINE_LIKE", "LINE_PART_HEADS", "LINE_ROLES_BEFORE_XIAN", "LINE_WORKS", "LINK_HEADS", "LIST_FILLERS",
    "LOGISTICS_ROLE_HEADS", "LOGISTICS_SITE_MODE_RE", "MACRO_REGIONS", "MIN_MODIFIER", "NAME_WORDS_PATH",
    "NATIONAL_PARK_HEADS", "NATION_WORDS", "NEGATIVE_AFTER", "NEGATIVE_AFTER_NOT", "NEGATIVE_PREFIX",
    "NEGATIVE_SUFFIX", "NEGATIVE_WORDS", "NETWORK_HEADS", "OWNED_PART_ENDS", "OWNER_PART_LINKS", "PART_VERBS",
    "PERSON_TITLES", "PHASE_TAILS", "PLACE_HEADS", "PLACE_LINE_ROLES", "PLACE_ONLY_STOPS",
    "PLACE_SHARED_HEAD_TYPES", "PLACE_SUFFIX", "PLANNED_NETWORKS", "PLAN_CONTENTS", "PLAN_NETWORKS",
    "PLAN_NETWORKS_RE", "PLAN_PERIOD_RE", "POWER_WORKS_NOUNS", "PREDICATE_OPENERS", "PRELIMINARY_STUDIES",
    "PRESENT_PUSH_MANNERS", "PRE_START_TASKS", "QUALITY_WORDS", "QUANTIFIERS", "QUOTED_COUNT_SLOGAN_RE",
    "RAIL_KIND_LEADS", "RAIL_KIND_LEAD_RE", "RANK_RE", "REGION_NETWORK_WORDS", "REGION_WORDS", "RESULT_COMPLEMENTS",
    "REVIEW_NOT_AFTER", "REVIEW_WORDS", "RING_HEADS", "RING_ITEM_ROLES", "ROAD_FACILITY_WORDS", "ROAD_FIGURE_HEADS",
    "ROAD_VERBS", "ROLE_FILLERS", "ROLE_HEADS", "ROLE_WORDS", "ROUTE_END_RE", "SCOPE_CATEGORY_RE", "SCOPE_RE",
    "SECTION_JOINERS", "SEEKING_VERBS", "SENTENCE_PRONOUNS", "SERVICE_STOP_HEADS", "SERVICE_STOP_WORKS_RE",
    "SERVICE_WORDS", "SHARED_HEAD_TYPES", "SITE_CHOICE_NOT_BEFORE", "SITE_COMPANY_WORDS", "SLOGAN_RE",
    "SLOGAN_ROAD_RE", "SLOGAN_ROAD_VERBS", "SOUGHT_NOT_PROJECT", "SPEECH_VERBS", "SPEED_QUALIFIERS", "STAGE_CUES",
    "STAND_AT", "START_READINESS", "STATISTIC_AFTER", "STOP_COMPOUNDS", "STRETCH_WORDS", "STRUCTURE_HEADS",
    "SUBJECT_CONNECTIVES", "TAIL_NEGATIVE", "TOPIC_OPENERS", "TRAIN_SERVICE_RE", "TRAIN_SITE_HEADS",
    "UNLOADED_TRIAL_LEADS", "VEHICLE_COUNT_RE", "VERBS", "VERB_ADVERBS", "VERB_NAMED_HEADS", "VIA_LEADS",
    "WATERWAY_FORM_RE", "WEAK_STOPS", "WHOLE_SHARE_WORDS", "WHOLE_WORKS_NOT_BEFORE", "WIDENING_HEADS",
    "WORD_SUFFIXES", "WORKS", "WORKS_GOING_ON_WORDS", "WORKS_PACE_WORDS", "WORKS_STATUS_NOT_AFTER",
    "WORKS_STATUS_NOUNS", "WORKS_STEP_WORDS", "negative_after", "plan_network",
]

T = EntityType

#: A river's waterway written with an epithet ("长江黄金水道", "乌江干线航道"; ``name_words.toml``: waterway_epithets,
#: waterway_words): the river's waterway, however written (:func:`geo.extract.linking.name_forms.variant_key`).
WATERWAY_FORM_RE = re.compile(
    rf"^(?P<river>[\u4e00-\u9fff]{{1,3}}[江河])(?:{alternatives('waterway_epithets')})*{alternatives('waterway_words')}$"
)

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

#: A number of items, written in figures or in Chinese numerals ("3座", "十二条", "两个"): the count before a
#: classifier, in the patterns of every reader that counts.
COUNT_NUMBER = r"(?:\d+|[一二三四五六七八九十两]+)"

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
#: "通组公路", "通村通组公路"): no road is named. Also the absence of a kind ("为解决X无铁路问题", "X无高等级航道") and the
#: shape of a network ("构建“十”字型铁路骨架", "米字形高铁网"). A class of settlements reached by a surface
#: or a kind of road, after a count or a share ("96%建制村通沥青(水泥)路", "建制村全部通硬化路", "30户以上自然村
#: 通组路"): a goal of coverage, no road. So are rural roads named by the settlements they reach and their
#: surface ("通县油路", "通乡油路", "全州通县油路", "行政村实现通油路"); a name holding 通 stays ("通江大道").
SLOGAN_RE = re.compile(
    r"(?:不通|[省市县乡镇村]通)$|^(?:没有|未|尚未)?通$|^(?:[东西南北]+向)+$|^[省市县乡镇村]{2}通"
    r"|(?:^|\d年|^[全本该各]?[省市州县区乡镇])(?:通(?:[县村组户乡镇]|学校))+(?:油|水泥|沥青|硬化)?$|^通(?:油|水泥|沥青|硬化)$"
    r"|(?:无|没有|缺少|缺乏)(?:高等级)?$|字[型形]$"
    r"|(?:(?:建制|自然|行政|贫困|撤并)村|乡镇)(?:全部|全面|基本|均|都|已|100%)?通[\u4e00-\u9fff]{0,3}(?:[(（][\u4e00-\u9fff]{1,3}[)）])?$"
)

#: Approval cues ("获批", "批复") belong to the noun just before them: "X获批", "X可研批复";
#: "争取X进境粮食指定监管场地获批" approves the longer noun, not X. Maximum gap in characters.
APPROVAL_GAP = 3

#: Type words a coordinated list may share after 等 ("等5个高铁项目", "等航电枢纽工程").
LIST_FILLERS = re.compile(
    r"^(?:" + COUNT_NUMBER + r"?个?(?:[\u4e00-\u9fff]{0,4}|连接[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{1,6}通道)"
    r"|(?:多|数|几|\d+|[一二三四五六七八九十两]+)[条座个]、?(?:\d+(?:\.\d+)?公里)?[\u4e00-\u9fff]{0,6})$"  # "等多条大流量射线高速", "等6条400公里高速公路", "等4个、312公里高速公路项目"
)

#: Fillers between 等 and a head that make the list a list of roles, not items ("等区域性物流中心",
#: "永川、江津等方向市郊铁路"), and a filler of manner ("以A、B等方式参与X建设": the list names the means, part-e35).
ROLE_FILLERS = re.compile(r"方向|方式|上游|下游|区域|国家(?!高速|铁路|高铁)|国际|重要|知名|全国|世界(?!级)|一批|(?<![新])的|于一体|为一体|功能")

#: Words that name an area of a region ("川渝地区", "黄河流域", "成都都市圈"), and the words that after one only
#: say which of the area's lines ("东向", "市域(郊)", "专用线"): data/language/name_words.toml.
REGION_WORDS: tuple[str, ...] = tuple(sorted(NAME_WORDS["region_words"], key=len, reverse=True))
#: Nouns of places a list's count may count ("四座城市", "14个乡镇"), and the words of kind after which such a noun
#: is a modifier ("城市轨道") (data/language, read by geo/extract/names/lists.py): patterns of alternatives, longest first.
COUNTED_PLACE_NOUNS = alternatives("counted_place_nouns")
COUNTED_PLACE_NOT_BEFORE = alternatives("counted_place_not_before")
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

#: Parts of the works joined through before 全线贯通 and the words between them (data/language, read by
#: geo/extract/stages/cues.py): "X隧道全线贯通" is the part's milestone, not the whole line's.
BREAKTHROUGH_PARTS: tuple[str, ...] = tuple(NAME_WORDS["breakthrough_parts"])
BREAKTHROUGH_ADVERBS: tuple[str, ...] = tuple(NAME_WORDS["breakthrough_adverbs"])

#: Words telling works going on after a start told as done ("已于2021年开工建设,建设工期5年"), and the words
#: opening a forecast of a completion ("预计", "有望") (data/language, read by geo/extract/stages/later_clauses.py).
WORKS_GOING_ON_WORDS: tuple[str, ...] = tuple(NAME_WORDS["works_going_on_words"])
FORECAST_LEADS: tuple[str, ...] = tuple(NAME_WORDS["forecast_leads"])

#: The tasks before a start a verb of launching or the preliminary work names ("启动招商", "前期和招商工作"), the
#: studies 启动 may name ("启动方案研究") and the words between a phase and 阶段 ("处于前期推进阶段"): patterns of
#: alternatives, longest first; and the readiness for a start set as a task ("具备开工条件", "开工准备"), each word
#: a cue of its own (data/language, read by geo/extract/stages/cues.py).
PRE_START_TASKS = alternatives("pre_start_tasks")
#: The preliminary work's studies told by their own names ("已完成预可报告编制", "前期专题报告"): 前期工作.
PRELIMINARY_STUDIES: tuple[str, ...] = tuple(NAME_WORDS["preliminary_studies"])
LAUNCHED_STUDIES = alternatives("launched_studies")
#: A plan's contents told by what it names ("规划中涉及…项目有A、B") and a plan's network an item is one of
#: ("是省规划网中12条高速之一"): patterns of alternatives (data/language, read by geo/extract/stages/cues.py).
PLAN_CONTENTS = alternatives("plan_contents")
PLANNED_NETWORKS = alternatives("planned_networks")
#: Connectives that may open a sentence before its subject ("但X,…"; data/language, read by
#: geo/extract/stages/later_clauses.py).
SUBJECT_CONNECTIVES = alternatives("subject_connectives")
PHASE_TAILS = alternatives("phase_tails")
START_READINESS: tuple[str, ...] = tuple(NAME_WORDS["start_readiness"])
#: The words before a trial run without passengers ("不载客试运行"): the line is tested before it opens (data/language).
UNLOADED_TRIAL_LEADS: tuple[str, ...] = tuple(NAME_WORDS["unloaded_trial_leads"])
#: The verbs of seeking a project ("积极争取X落地"), each a cue of its own, and what they may ask other than the
#: project ("争取X动车继续加密", "争取资金用于X建设"), a pattern of alternatives (data/language, read by
#: geo/extract/stages/cues.py).
SEEKING_VERBS: tuple[str, ...] = tuple(NAME_WORDS["seeking_verbs"])
SOUGHT_NOT_PROJECT = alternatives("sought_not_project")
#: The reviews a project passes before its approval ("通过交通运输厅审核", "评审通过"), each a cue of its own, and the
#: accounts of a finished project whose review is no approval ("决算审核"), a pattern of alternatives (data/language,
#: read by geo/extract/stages/cues.py).
REVIEW_WORDS: tuple[str, ...] = tuple(NAME_WORDS["review_words"])
REVIEW_NOT_AFTER = alternatives("review_not_after")
#: The works' status as a noun, the object of a visit or a briefing ("调研X的建设情况"), words of pace of works going on
#: told after the items ("A、B等项目全速推进"), each a cue of its own, the words making such a noun a plan's status
#: ("规划建设情况", "选址及建设情况"), and the manners of a verb of progress after 正
#: ("正快速推进"), a pattern of alternatives (data/language, read by geo/extract/stages/cues.py; part-t31).
WORKS_STATUS_NOUNS: tuple[str, ...] = tuple(NAME_WORDS["works_status_nouns"])
WORKS_STATUS_NOT_AFTER: tuple[str, ...] = tuple(NAME_WORDS["works_status_not_after"])
WORKS_PACE_WORDS: tuple[str, ...] = tuple(NAME_WORDS["works_pace_words"])
#: Steps of the works told done or going on ("轨道全线铺通", "首台风机吊装"), and the words after 选址 that tell where a site
#: lies ("选址于某村") rather than its choice, a task before the works (data/language, read by geo/extract/stages/cues.py;
#: part-s42): patterns of alternatives.
WORKS_STEP_WORDS: tuple[str, ...] = tuple(NAME_WORDS["works_step_words"])
SITE_CHOICE_NOT_BEFORE = alternatives("site_choice_not_before")
#: Words that may open a list set as the topic of what follows ("另外A、B方面,"; data/language, read by
#: geo/extract/stages/later_clauses.py; part-s42): a pattern of alternatives.
TOPIC_OPENERS = alternatives("topic_openers")
PRESENT_PUSH_MANNERS = alternatives("present_push_manners")
#: The adverbs opening a predicate with no subject of its own ("A、B等项目,也在…建设之中"; data/language, read by
#: geo/extract/stages/later_clauses.py; part-t32) and the goals 全面建设 may govern that are no item ("全面建设小康社会";
#: read by geo/extract/stages/cues.py): patterns of alternatives.
PREDICATE_OPENERS = alternatives("predicate_openers")
WHOLE_WORKS_NOT_BEFORE = alternatives("whole_works_not_before")
#: Kinds of works told done besides 改造 and 建设 ("完成X整治工程"), and new works told done
#: ("完成X新建项目") (data/language, read by geo/extract/stages/cues.py): patterns of alternatives, longest first.
DONE_WORKS_KINDS = alternatives("done_works_kinds")
DONE_NEW_WORKS = alternatives("done_new_works")

#: A stretch or share of a whole after a copula ("为A高速的一段", "是A的一部分") (data/language, read by
#: geo/extract/stages/existing.py): a pattern of alternatives, longest first.
WHOLE_SHARE_WORDS = alternatives("whole_share_words")

#: Words that name a stretch of works by its role ("施工段", "试验段", "先行段"): no section's place.
STRETCH_WORDS: frozenset[str] = frozenset(NAME_WORDS["stretch_words"])

#: Words closing a numbered road's part written right after its code without 段: a place's bypass ("G347青岭绕镇")
#: and a local line ("S343丁标线") (data/language/name_words.toml, read by geo/extract/names/code_parts.py).
#: Each as alternatives of a pattern, longest first.
CODE_BYPASS_WORDS: str = alternatives("code_bypass_words")
CODE_LINE_WORDS: str = alternatives("code_line_words")
#: Facilities of a road named by their place right after the road ("X高速甲服务区", "Y高速乙匝道";
#: data/language/name_words.toml, read by geo/extract/names/code_parts.py).
ROAD_FACILITY_WORDS: str = alternatives("road_facility_words")
#: Words a project's name may be written with or without (name_words.toml, read by geo/extract/linking/name_forms.py): a
#: power project's verb-noun before its works word, a rail line's kind before its ends (each as alternatives of a
#: pattern, longest first), and the parts or roles before 线 that make it no line's short form.
POWER_WORKS_NOUNS: str = alternatives("power_works_nouns")
RAIL_KIND_LEADS: str = alternatives("rail_kind_leads")
#: The same, compiled: a line's kind opening a name ("市郊铁路璧铜线").
RAIL_KIND_LEAD_RE = re.compile(RAIL_KIND_LEADS)
#: A descriptive word before a kind word of two to four characters closing a name ("甲乙滨江快速路", "丁铁路综合物流枢纽";
#: name_words.toml descriptive_words, read by geo/extract/linking/link.py), after at least two characters of the name.
DESCRIPTIVE_WORD_RE = re.compile(f"(?<=[\u4e00-\u9fff]{{2}}){alternatives('descriptive_words')}(?=[\u4e00-\u9fff]{{2,4}}$)")
LINE_ROLES_BEFORE_XIAN: tuple[str, ...] = tuple(NAME_WORDS["line_roles_before_xian"])
#: Words joining a section's two ends as 至 does ("甲镇到乙镇段"; data/language/name_words.toml).
SECTION_JOINERS: tuple[str, ...] = tuple(NAME_WORDS["section_joiners"])

#: A copula after an item's name ("X水库属中型水库"): what follows is the item's kind (data/language).
COPULA_RE = re.compile("|".join(sorted(NAME_WORDS["copulas"], key=len, reverse=True)))

#: Words that make a name generic when they are all a name has besides its head.
GENERIC_WORDS: tuple[str, ...] = tuple(
    sorted(
        set(
            """
            一批 一些 若干 多个 各类 各种 相关 其他 其它 有关 主要 重要 重大 重点 区域 区域性 城市
            农村 乡村 城乡 国家 国家级 省级 市级 区级 县级 镇级 村级 现代 现代化 综合 综合性 特色 大型
            中型 小型 大中型 中小 中小型 新型 智慧 智能 绿色 生态 高端 高等级 高品质 高标准 专业 专业化
            国际 国内 跨境 跨区域 跨省 省际 市域 市政 城际 干线 支线 骨干 枢纽 货运 客运 公共 公用 基础
            配套 新 老 旧 既有 现有 拟建 在建 沿线 周边 高效 区域间 陆海新通道 新通道 防洪 毗邻 边界 重庆市 四川省 贵州省 全国 全市
            全省 西部 东部 南部 北部 中部 东南 东北 西北 物流 产业 工业 农业 商贸 示范 服务 保障
            集聚 合作 协作 融合 共建 开放 创新 科技 文化 旅游 体育 健康 康养 教育 医疗 城市轨道 轨道
            美丽 断头 瓶颈 出境 出海 通道 运输 交通 道路 公路 铁路 航运 水运 港口 水利 能源 电力
            清洁 天然气 页岩气 风电 光伏 储备 充装 飞地 特色产业 冷链 仓储 保鲜 批发 市场 交易 进口
            出口 保税 加工 制造 装备 电子 信息 数字 数据 大数据 网络 安全 应急 救援 养老 社区 街镇 乡镇
            跨江 跨河 跨线 关键 民航 普速 商业 文体 4A级 5A级 风景名胜 知名 度假 城市群 病险 控制性 往返 普惠性 三甲 区属 中小学 星级 农产品 经济技术 高新技术 高新技术产业
            地区 多式联运 县乡 国省 国省道 县乡道 城乡路 中心 功能 片区 新区 园 区 县 镇 乡 村 大 小 高 低 多 双 三
            两 主 副 内 外 上 下 中 前 后 第 二期 三期 一期 先进 优质 优势 知名 品牌 标准化 规模化
            进港 出港 进出港 疏港 进场 进站 出站 进城 出城 连接 支流 干流 内河 深水 万吨级 千吨级 全线 级 单线 双线
            普通 普铁 柏油 水泥 沥青 脱贫 众多 源头 客货共线 每小时 时速 东西向 南北向 国铁 多式联运型 引提 提灌 输配水 干渠 骨架 循环利用 综合利用 资源化利用 再生资源
            向 能力 水平 效率 效益 质量 作用 条件 贫困 偏远 边远 山区 货场 集装箱 联运 散货 件杂货 散堆装 滚装 工厂 坝后 坝后式 渠道 特长 省界 长大 水源 灌区 上游 中游 下游 站前 沿岸 岸线
            """.split()
        )
        | set(QUALITY_WORDS)
        | set(NAME_WORDS["generic_words"]),
        key=lambda s: (-len(s), s),
    )
)

#: A candidate whose name contains one of these is not an infrastructure item.
NEGATIVE_WORDS: tuple[str, ...] = (
    "机制", "联盟", "平台", "品牌", "节", "论坛", "协会", "商会", "班列", "口岸", "试验区", "示范区",
    "先行区", "合作区", "联合体", "共同体", "集团", "公司", "政策", "制度", "计划", "规划", "方案",
    "服务网", "经济圈", "生活圈", "通勤圈", "交通圈", "消费圈", "走廊", "经济带", "产业带", "工作", "会议", "港澳", "博览会", "交易会",
    "新通道建设", "利益", "贸易港", "人才港", "创新港", "科创港", "国家物流枢纽", "合作示范园",  "体系", "领域", "标准", "模式", "试点", "商圈", "走向",
)

#: The one-character belt word of a plan ("发展带物流园", "城镇带") as a negative word, except inside a place's own
#: name, where a landform or water follows it ("玉带山站", "X带溪大桥"; ``name_words.toml``: belt_name_landforms).
BELT_RE = re.compile("带(?![" + "".join(NAME_WORDS["belt_name_landforms"]) + "])")

#: Names made only of these are train services or policies, not lines.
SERVICE_WORDS: tuple[str, ...] = ("班列", "公交化", "客运公交", "列车", "动车", "开行")

#: Lookahead after a completion cue: "建成后", "建成投用后" state a condition, not a stage.
_NOT_AFTER = "(?![^,，。;；]{0,2}[后倒奠])"  # …后, …倒计时, …奠定基础; no inner group (STOP_RE strips it)

#: Lookahead after 有望/预计: a completion forecast later in the clause.
_FORECAST = "(?=[^,，。;；]{0,14}?(?:建成|通车|开通|完工|竣工|投用|投运|蓄水|开放通行))"

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
    # a line that came to be ("X从无到有"; its building told as a past time: stage_context.BUILT_PERIOD_AFTER_RE)
    r"|从无到有"
)
#: How far after the last item of its clause such a predicate may stand ("…等纵横交错", "…3条高速公路在此交汇").
CONTEXT_AFTER_REACH = 12

#: (cue, stage, specific). Longest cues first when matching. ``specific`` cues beat generic ones.
STAGE_CUES: tuple[tuple[str, Stage, bool], ...] = (
    ("争取纳入", Stage.PROPOSED, True),
    ("规划研究", Stage.PROPOSED, True),
    ("研究论证", Stage.PROPOSED, True),
    ("研究推动", Stage.PROPOSED, True),
    ("研究建设", Stage.PROPOSED, True),
    ("研究储备", Stage.PROPOSED, True),
    ("规划建设", Stage.PROPOSED, True),
    ("谋划", Stage.PROPOSED, True),
    ("论证", Stage.PROPOSED, True),
    ("研究(?![院所会生中])", Stage.PROPOSED, True),
    ("探索", Stage.PROPOSED, True),
    ("拟建(?=的)", Stage.PROPOSED, True),
    (r"纳入[^,，。;；]{0,16}?规划", Stage.PROPOSED, True),
    ("已纳入", Stage.UNSPECIFIED, False),
    ("前期工作", Stage.PRELIMINARY, True),
    # the preparation named by a project's 前期 closing its clause ("完成A、B3个码头项目前期。"; not the time
    # word opening a clause, "前期,X已完成可研")
    *((f"{w}前期(?=\\s*(?:[,，。;；]|$))", Stage.PRELIMINARY, True) for w in ("项目", "工程")),
    # news verbs of approval (issue #11): the works are approved, not yet started
    ("启动前期", Stage.PRELIMINARY, True),
    ("可研批复", Stage.PRELIMINARY, True),
    ("获批", Stage.PRELIMINARY, True),
    ("批复", Stage.PRELIMINARY, True),
    ("核准", Stage.PRELIMINARY, True),
    ("力争开工", Stage.STARTING, True),
    ("开工建设", Stage.STARTING, True),
    ("启动建设", Stage.STARTING, True),
    ("开工", Stage.STARTING, True),
    ("开建", Stage.STARTING, True),
    ("动工", Stage.STARTING, True),
    ("开始建设", Stage.STARTING, True),
    ("启动", Stage.STARTING, True),
    ("力争", Stage.PROPOSED, False),
    ("加快建设", Stage.UNDER_CONSTRUCTION, True),
    # a forecast of completion ("有望在年底前建成", "预计明年通车") says the works are going on
    ("有望" + _FORECAST, Stage.UNDER_CONSTRUCTION, True),
    ("可望" + _FORECAST, Stage.UNDER_CONSTRUCTION, True),
    ("建成倒计时", Stage.UNDER_CONSTRUCTION, True),
    ("预计" + _FORECAST, Stage.UNDER_CONSTRUCTION, True),
    # (a verb of effort over an earlier milestone is that milestone's: "正在加快前期工作" is preparation)
    ("正在加快(?![^,，。;；]{0,4}?(?:推进)?(?:前期|开工|可研|工可|初步设计|规划|研究|论证))", Stage.UNDER_CONSTRUCTION, True),
    ("正在稳步推进", Stage.UNDER_CONSTRUCTION, True),
    ("加快推进", Stage.UNDER_CONSTRUCTION, False),
    ("加快实施", Stage.UNDER_CONSTRUCTION, False),
    ("在建(?!设时期)", Stage.UNDER_CONSTRUCTION, True),  # ("在建设时期" is a time: stage_context.BUILT_PERIOD_AFTER_RE)
    ("续建", Stage.UNDER_CONSTRUCTION, True),
    ("加快(?=[^,，。;；]{0,80}建设)", Stage.UNDER_CONSTRUCTION, False),
    # a tunnel or the whole line joined through: works still going on ("全线贯通,预计明年开通")
    ("全线贯通", Stage.UNDER_CONSTRUCTION, True),
    ("贯通", Stage.UNDER_CONSTRUCTION, True),
    # "建成后/投用后,将…" is a condition about the future, not a completion (lookahead _NOT_AFTER)
    ("建成" + _NOT_AFTER, Stage.COMPLETED, True),
    # completions one after another ("A、B段已陆续建成投产"), read before the 续建 inside them (works continued)
    ("陆续建成" + _NOT_AFTER, Stage.COMPLETED, True),
    # the works finished, told with 建设 first ("X一期建设完成并向Y供水"); not a sum or share done
    # (and told with 修建: "X公路于“十三五”期间修建完成", "1958年,X公路修建完成")
    *((f"{w}完成(?![^,，。;；]{{0,3}}(?:投资|\\d|[一二三四五六七八九十]))" + _NOT_AFTER, Stage.COMPLETED, True) for w in ("建设", "修建")),
    ("投用" + _NOT_AFTER, Stage.COMPLETED, True),
    ("投运" + _NOT_AFTER, Stage.COMPLETED, True),
    ("投产" + _NOT_AFTER, Stage.COMPLETED, True),
    ("竣工" + _NOT_AFTER, Stage.COMPLETED, True),
    ("完工" + _NOT_AFTER, Stage.COMPLETED, True),
    ("开港", Stage.COMPLETED, True),
    ("投入运营", Stage.COMPLETED, True),
    ("开通运营" + _NOT_AFTER, Stage.COMPLETED, True),
    ("通车" + _NOT_AFTER, Stage.COMPLETED, True),
    # a road opened to traffic, told as the opening ("正式向社会车辆开放通行"); not a denial ("暂不开放通行":
    # the works' negations, stages.py) nor a lane or a bridge reopened after repairs (恢复)
    ("开放通行(?<!恢复开放通行)" + _NOT_AFTER, Stage.COMPLETED, True),
    # "开通…航线/班列" opens a service, not the facility named before it
    ("开通(?![^,，。;；]{0,12}(?:航线|班列|列车|线路))" + _NOT_AFTER, Stage.COMPLETED, True),
    ("扩能改造", Stage.UPGRADE, True),
    ("提质改造", Stage.UPGRADE, True),
    ("改扩建", Stage.UPGRADE, True),
    ("扩容改造", Stage.UPGRADE, True),
    ("扩能提升", Stage.UPGRADE, True),
    ("改造增效", Stage.UPGRADE, True),
    ("升级改造", Stage.UPGRADE, True),
    ("扩能", Stage.UPGRADE, True),
    ("扩容", Stage.UPGRADE, True),
    ("扩建", Stage.UPGRADE, True),
    # a track added beside an existing line ("X铁路增建二线", "增建第二线"): the line's capacity upgraded
    ("增建(?:第?二线|复线)", Stage.UPGRADE, True),
    ("加宽", Stage.UPGRADE, True),
    ("改线", Stage.UPGRADE, True),
    ("提档升级", Stage.UPGRADE, True),
    ("升级", Stage.UPGRADE, True),
    ("改造", Stage.UPGRADE, True),
)

#: Types whose head headless list items may share without 等 ("雅安、城口支线机场").
SHARED_HEAD_TYPES: frozenset[EntityType] = frozenset(
    {T.RAILWAY, T.HIGHWAY, T.WATERWAY, T.AIRPORT, T.WATER, T.ENERGY, T.PORT, T.RAIL_STATION}
)

#: Types whose head a list of places alone shares without 等 ("泸州、宜宾综合保税区", "甲县、乙县物流园"): each place's
#: park or hub (issue 11 item 1, part-e35).
PLACE_SHARED_HEAD_TYPES: frozenset[EntityType] = frozenset({T.INDUSTRIAL_PARK, T.LOGISTICS_HUB})

#: Words naming a statistic of the head's kind ("路率", "数量"; data/language): a list before the head is
#: the subject of the figure, no list of items ("高速公路优等路率"); a network ("A、B等高速路网") still names
#: its lines.
STATISTIC_AFTER: tuple[str, ...] = tuple(NAME_WORDS["negative_after"])

#: A head directly followed by one of these names a group or a policy, not an item.
NEGATIVE_AFTER: tuple[str, ...] = (
    "商圈", "联盟", "集群", "群", "网", "城市", "片区", "经济",
    # a network of the head's kind around places ("X、Y旅游环线交通网", "X公路路网")
    "交通网", "路网",
    # a train service between places ("实现A、B至C高铁直达的新通道"), not a line
    "直达的", "直达列车", "直达车",
    # the head word used as a modifier: "铁路集装箱运输", "港区铁路集疏运体系", "铁路乘降点", "城际公交"
    "集装箱运输", "集疏运", "乘降", "公交线", "公交车", "运输服务",
    # a measure of the head word ("下距宜昌航道里程437公里")
    "里程",
    # an era or a pattern of the head's kind in a place ("开启甲县高铁时代", "乙地区高铁格局重塑"): the kind, no line
    "时代", "格局",
    # the history or the dream of the head's kind ("新中国铁路史上的开篇之作", "百年铁路梦终圆"): the kind, no line
    "史", "梦",
    # a policy about the head word's kind ("川渝电网一体化", "铁路港口一体化")
    "一体化",
    # an institution named after an item ("川藏铁路技术创新中心", "X港研究院")
    "技术创新", "创新中心", "研究院", "研究中心", "实验室", "重点实验室",
    # the subject of a statistic of its kind ("X快速路通车里程…", "X大桥数量…"): data/language/name_words.toml
    *STATISTIC_AFTER,
)

#: Where one stands after 站在 ("既站在前列", "站在新起点"): 站 is the verb, no station (data/language).
STAND_AT: tuple[str, ...] = tuple(NAME_WORDS["stand_at"])

#: Words opening with a word of :data:`NEGATIVE_AFTER` that do not make the head a modifier ("率先").
NEGATIVE_AFTER_NOT: tuple[str, ...] = tuple(NAME_WORDS["negative_after_not"])

#: Verbs of getting on or off a road ("上下", "上"; data/language): closing the words before a highway
#: head, they say where one drives onto it ("县城上高速"), no road is named.
BOARD_VERBS: tuple[str, ...] = tuple(NAME_WORDS["board_verbs"])

#: Job titles and roles before a person's name, verbs of speech after it, and fixed words a head opens or closes inside
#: ("一站式", "开发区域"): text a name runs through that is no name (data/language; geo/extract/names/non_names.py).
PERSON_TITLES: tuple[str, ...] = tuple(NAME_WORDS["person_titles"])
SPEECH_VERBS: tuple[str, ...] = tuple(NAME_WORDS["speech_verbs"])
HEAD_INSIDE_WORDS: tuple[str, ...] = tuple(NAME_WORDS["head_inside_words"])

#: Verbs ending in a list joiner ("涉及", "参与"): the joiner is no separator of a list.
JOINER_VERBS: tuple[str, ...] = tuple(NAME_WORDS["joiner_verbs"])

#: One-character adverbs and modals that make a 与/和/同 after a name a preposition ("X高速拟与Y相接").
JOINER_ADVERBS: frozenset[str] = frozenset(NAME_WORDS["joiner_adverbs"])


def negative_after(text: str, pos: int, words: tuple[str, ...] = NEGATIVE_AFTER) -> bool:
    """Return whether one of ``words`` (by default :data:`NEGATIVE_AFTER`) opens ``text`` at ``pos``, and
    no word of :data:`NEGATIVE_AFTER_NOT` ("率先"): the head before ``pos`` qualifies that word."""
    return text.startswith(words, pos) and not text.startswith(NEGATIVE_AFTER_NOT, pos)


#: Words that make a modifier of places a role ("渝南黔北区域间铁路"), not a name.
ROLE_WORDS = re.compile(r"区域|重要|商贸|中心|知名|优质|地区|上游|中游|下游|内陆")

#: Words of a company that develops, runs or owns a site ("X工业园区开发建设有限公司", "X园区投资集团"): after a park, such a
#: company is the park's own, any other is a tenant (geo/extract/names/nonitems.py; ``name_words.toml``: site_company_words).
SITE_COMPANY_WORDS = alternatives("site_company_words")

#: Works on a line written between its head and a section: "渝黔高速原路加宽(南环至綦江段)".
WORKS = r"(?:原路加宽|加宽|改线|梯级渠化|航道整治|扩能改造|升级改造|改扩建|建设工程|建设项目)"

#: Works only a line has, longest first: closing a list item ("G93宜泸渝扩容、渝叙筠等高速公路", "包茂扩能"), after
#: an item's name before 等 ("X客专提质改造等…"), closing a bare project's item ("甲乙扩容、丙丁大修项目").
LINE_WORKS = "扩能改造|提质改造|升级改造|改扩建|扩能|扩容"

#: A list whose shared noun is one of these lists non-items ("…等世界知名商圈", "…博物馆合作联盟").
TAIL_NEGATIVE = re.compile(r"商圈|联盟|机制|品牌|节庆|活动|展会|集团|公司")

#: Zone heads that also name an administrative area; in a list of places they are places.
AREA_HEADS: frozenset[str] = frozenset({"新区", "经开区", "高新区", "开发区", "经济开发区", "经济技术开发区", "开区"})


def __getattr__(name: str) -> object:
    """Return one of the region's place words (:data:`region_words.LAZY_NAMES`), read on first access."""
    if name not in region_words.LAZY_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value = getattr(region_words, name)
    return value
