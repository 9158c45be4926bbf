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
* ``modifiers`` — counts, ranks, scopes, grades and slogans before a head that name no item
* ``generic`` — generic and negative words a name may not be made of, hold or stand before
* ``lists`` — list and count words: numbers, fillers, joiners, shared heads

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
from geo.extract.lexicon.generic import (
    BELT_RE,
    BOARD_VERBS,
    GENERIC_WORDS,
    HEAD_INSIDE_WORDS,
    NEGATIVE_AFTER,
    NEGATIVE_AFTER_NOT,
    NEGATIVE_WORDS,
    PERSON_TITLES,
    SERVICE_WORDS,
    SITE_COMPANY_WORDS,
    SPEECH_VERBS,
    STAND_AT,
    STATISTIC_AFTER,
    negative_after,
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
from geo.extract.lexicon.lists import (
    AREA_HEADS,
    COUNT_NUMBER,
    COUNTED_PLACE_NOT_BEFORE,
    COUNTED_PLACE_NOUNS,
    JOINER_ADVERBS,
    JOINER_VERBS,
    LIST_FILLERS,
    PLACE_SHARED_HEAD_TYPES,
    ROLE_FILLERS,
    SHARED_HEAD_TYPES,
    TAIL_NEGATIVE,
)
from geo.extract.lexicon.modifiers import (
    ALL_THE_WAY_VERBS,
    COUNT_SLOGAN_RE,
    FIGURE_MARKERS,
    GRADE_LEAD_RE,
    GRADE_RE,
    MACRO_REGIONS,
    NATION_WORDS,
    NEGATIVE_PREFIX,
    PLAN_PERIOD_RE,
    QUANTIFIERS,
    QUOTED_COUNT_SLOGAN_RE,
    RANK_RE,
    REGION_NETWORK_WORDS,
    REGION_WORDS,
    ROAD_FIGURE_HEADS,
    ROAD_VERBS,
    ROLE_WORDS,
    SCOPE_CATEGORY_RE,
    SCOPE_RE,
    SLOGAN_RE,
    SLOGAN_ROAD_RE,
    SLOGAN_ROAD_VERBS,
    VEHICLE_COUNT_RE,
)
from geo.extract.lexicon.region_words import ADMIN_SUFFIX, PLACE_SUFFIX
from geo.extract.lexicon.sources import NAME_WORDS, NAME_WORDS_PATH, alternatives
from geo.model import Stage

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

#: A river's waterway written with an epithet ("长江黄金水道", "乌江干线航道"; ``name_words.toml``: waterway_epithets,
#: waterway_words): the river's waterway, however written (:func:`geo.extract.linking.name_forms.variant_key`).
WATERWAY_FORM_RE = re.compile(
    rf"^(?P<river>[\u4e00-\u9fff]{{1,3}}[江河])(?:{alternatives('waterway_epithets')})*{alternatives('waterway_words')}$"
)

#: Approval cues ("获批", "批复") belong to the noun just before them: "X获批", "X可研批复";
#: "争取X进境粮食指定监管场地获批" approves the longer noun, not X. Maximum gap in characters.
APPROVAL_GAP = 3

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

#: Works on a line written between its head and a section: "渝黔高速原路加宽(南环至綦江段)".
WORKS = r"(?:原路加宽|加宽|改线|梯级渠化|航道整治|扩能改造|升级改造|改扩建|建设工程|建设项目)"

#: Works only a line has, longest first: closing a list item ("G93宜泸渝扩容、渝叙筠等高速公路", "包茂扩能"), after
#: an item's name before 等 ("X客专提质改造等…"), closing a bare project's item ("甲乙扩容、丙丁大修项目").
LINE_WORKS = "扩能改造|提质改造|升级改造|改扩建|扩能|扩容"


def __getattr__(name: str) -> object:
    """Return one of the region's place words (:data:`region_words.LAZY_NAMES`), read on first access."""
    if name not in region_words.LAZY_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value = getattr(region_words, name)
    return value
