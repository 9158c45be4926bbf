"""Stage and works words: the cues of a stage (:data:`STAGE_CUES`) and the words around them.

Cues of proposal, preliminary work, start, construction, completion and upgrade, with the words that tell works
going on, a forecast, a review, a task before a start. Read by :mod:`geo.extract.stages` (cues, later_clauses,
approvals, existing) and :mod:`geo.extract.patterns`.
"""

from __future__ import annotations

from geo.extract.lexicon.sources import NAME_WORDS, alternatives
from geo.model import Stage

#: Approval cues ("获批", "批复") belong to the noun just before them: "X获批", "X可研批复";
#: "争取X进境粮食指定监管场地获批" approves the longer noun, not X. Maximum gap in characters.
APPROVAL_GAP = 3

#: Parts of the works joined through before 全线贯通 and the words between them (data/language, read by
#: geo/extract/stages/service_cues.py): "X隧道全线贯通" is the part's milestone, not the whole line's.
BREAKTHROUGH_PARTS: tuple[str, ...] = tuple(NAME_WORDS["breakthrough_parts"])
BREAKTHROUGH_ADVERBS: tuple[str, ...] = tuple(NAME_WORDS["breakthrough_adverbs"])

#: Words telling works going on after a start told as done ("已于2021年开工建设,建设工期5年"), and the words
#: opening a forecast of a completion ("预计", "有望") (data/language, read by geo/extract/stages/later_clauses.py).
WORKS_GOING_ON_WORDS: tuple[str, ...] = tuple(NAME_WORDS["works_going_on_words"])
FORECAST_LEADS: tuple[str, ...] = tuple(NAME_WORDS["forecast_leads"])

#: The tasks before a start a verb of launching or the preliminary work names ("启动招商", "前期和招商工作"), the
#: studies 启动 may name ("启动方案研究") and the words between a phase and 阶段 ("处于前期推进阶段"): patterns of
#: alternatives, longest first; and the readiness for a start set as a task ("具备开工条件", "开工准备"), each word
#: a cue of its own (data/language, read by geo/extract/stages/preparation_cues.py).
PRE_START_TASKS = alternatives("pre_start_tasks")
#: The same tasks one by one, to open a cue of their own ("X选址工作正式启动": the task told before the verb launching it).
PRE_START_TASK_WORDS: tuple[str, ...] = tuple(NAME_WORDS["pre_start_tasks"])
#: The preliminary work's studies told by their own names ("已完成预可报告编制", "前期专题报告"): 前期工作.
PRELIMINARY_STUDIES: tuple[str, ...] = tuple(NAME_WORDS["preliminary_studies"])
LAUNCHED_STUDIES = alternatives("launched_studies")
#: A plan's contents told by what it names ("规划中涉及…项目有A、B") and a plan's network an item is one of
#: ("是省规划网中12条高速之一"): patterns of alternatives (data/language, read by geo/extract/stages/plan_cues.py).
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
#: geo/extract/stages/plan_cues.py).
SEEKING_VERBS: tuple[str, ...] = tuple(NAME_WORDS["seeking_verbs"])
SOUGHT_NOT_PROJECT = alternatives("sought_not_project")
#: The reviews a project passes before its approval ("通过交通运输厅审核", "评审通过"), each a cue of its own, and the
#: accounts of a finished project whose review is no approval ("决算审核"), a pattern of alternatives (data/language,
#: read by geo/extract/stages/preparation_cues.py).
REVIEW_WORDS: tuple[str, ...] = tuple(NAME_WORDS["review_words"])
REVIEW_NOT_AFTER = alternatives("review_not_after")
#: The works' status as a noun, the object of a visit or a briefing ("调研X的建设情况"), words of pace of works going on
#: told after the items ("A、B等项目全速推进"), each a cue of its own, the words making such a noun a plan's status
#: ("规划建设情况", "选址及建设情况"), and the manners of a verb of progress after 正
#: ("正快速推进"), a pattern of alternatives (data/language, read by geo/extract/stages/pace_cues.py and frame_words.py; part-t31).
WORKS_STATUS_NOUNS: tuple[str, ...] = tuple(NAME_WORDS["works_status_nouns"])
WORKS_STATUS_NOT_AFTER: tuple[str, ...] = tuple(NAME_WORDS["works_status_not_after"])
WORKS_PACE_WORDS: tuple[str, ...] = tuple(NAME_WORDS["works_pace_words"])
#: Steps of the works told done or going on ("轨道全线铺通", "首台风机吊装"), and the words after 选址 that tell where a site
#: lies ("选址于某村") rather than its choice, a task before the works (data/language, read by geo/extract/stages/works_cues.py;
#: part-s42): patterns of alternatives.
WORKS_STEP_WORDS: tuple[str, ...] = tuple(NAME_WORDS["works_step_words"])
SITE_CHOICE_NOT_BEFORE = alternatives("site_choice_not_before")
#: Words that may open a list set as the topic of what follows ("另外A、B方面,"; data/language, read by
#: geo/extract/stages/later_clauses.py; part-s42): a pattern of alternatives.
TOPIC_OPENERS = alternatives("topic_openers")
PRESENT_PUSH_MANNERS = alternatives("present_push_manners")
#: The adverbs opening a predicate with no subject of its own ("A、B等项目,也在…建设之中"; data/language, read by
#: geo/extract/stages/later_clauses.py; part-t32) and the goals 全面建设 may govern that are no item ("全面建设小康社会";
#: read by geo/extract/stages/later_clauses.py): patterns of alternatives.
PREDICATE_OPENERS = alternatives("predicate_openers")
WHOLE_WORKS_NOT_BEFORE = alternatives("whole_works_not_before")
#: Kinds of works told done besides 改造 and 建设 ("完成X整治工程"), and new works told done
#: ("完成X新建项目") (data/language, read by geo/extract/stages/service_cues.py): patterns of alternatives, longest first.
DONE_WORKS_KINDS = alternatives("done_works_kinds")
DONE_NEW_WORKS = alternatives("done_new_works")

#: A stretch or share of a whole after a copula ("为A高速的一段", "是A的一部分") (data/language, read by
#: geo/extract/stages/existing.py): a pattern of alternatives, longest first.
WHOLE_SHARE_WORDS = alternatives("whole_share_words")

#: Lookahead after a completion cue: "建成后", "建成投用后" state a condition, not a stage.
_NOT_AFTER = "(?![^,，。;；]{0,2}[后倒奠])"  # …后, …倒计时, …奠定基础; no inner group (STOP_RE strips it)

#: Lookahead after 有望/预计: a completion forecast later in the clause.
_FORECAST = "(?=[^,，。;；]{0,14}?(?:建成|通车|开通|完工|竣工|投用|投运|蓄水|开放通行))"

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
    # the works begun in ceremony (part s50): a foundation stone laid ("X在某镇奠基", "举行奠基仪式"), the first pile
    # bored or cast ("首桩开钻", "首根桩基浇筑"); not a founder or a figure of speech ("奠基人", "奠基之作", "奠基石")
    ("奠基(?![人者之石性])", Stage.STARTING, True),
    ("首(?:根)?桩(?:基)?(?:顺利)?(?:开钻|浇筑|施工)", Stage.STARTING, True),
    ("开始建设", Stage.STARTING, True),
    ("启动", Stage.STARTING, True),
    ("力争", Stage.PROPOSED, False),
    ("加快建设", Stage.UNDER_CONSTRUCTION, True),
    # a forecast of completion ("有望在年底前建成", "预计明年通车") says the works are going on
    ("有望" + _FORECAST, Stage.UNDER_CONSTRUCTION, True),
    ("可望" + _FORECAST, Stage.UNDER_CONSTRUCTION, True),
    # a countdown to a completion or an opening ("建成倒计时", "开通进入倒计时", "通车的倒计时"): still ahead, the works
    # are going on (part-s47); two words at most between, as the milestone cues' _NOT_AFTER (cues are tried longest
    # pattern first: a wider gap here would still be read first as the milestone)
    ("建成倒计时", Stage.UNDER_CONSTRUCTION, True),
    *((w + "[^,，。;；]{1,2}倒计时", Stage.UNDER_CONSTRUCTION, True) for w in ("建成", "通车", "开通", "竣工", "完工", "投用", "投运")),
    ("预计" + _FORECAST, Stage.UNDER_CONSTRUCTION, True),
    # (a verb of effort over an earlier milestone is that milestone's: "正在加快前期工作" is preparation)
    ("正在加快(?![^,，。;；]{0,4}?(?:推进)?(?:前期|开工|可研|工可|初步设计|规划|研究|论证))", Stage.UNDER_CONSTRUCTION, True),
    ("正在稳步推进", Stage.UNDER_CONSTRUCTION, True),
    ("加快推进", Stage.UNDER_CONSTRUCTION, False),
    ("加快实施", Stage.UNDER_CONSTRUCTION, False),
    ("在建(?!设时期)", Stage.UNDER_CONSTRUCTION, True),  # ("在建设时期" is a time: existing_traits.BUILT_PERIOD_AFTER_RE)
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
