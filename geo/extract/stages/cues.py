"""Stage vocabulary of news reports and work reports, on top of the plan cues of the lexicon.

Classes of text (issue #11), each tested on invented sentences in tests/extract/years/test_timeline.py and
tests/extract/stages/test_stages.py:

* **works going on**: a milestone of a part of the works (铺轨, 架梁, 合龙, 封顶, 大坝填筑,
  下闸蓄水, 机组安装完成), a report from the site (施工现场, 进展顺利, 有序推进, 发起总攻), a step
  that "lays the ground" for the opening ("为X年底通车奠定了基础") or the
  generic "推进X建设", "实施X工程" of a work report → 在建;
* **a list counted by kind**: "A、B等4个新建项目" → 开工, "5个续建项目" → 在建;
* **planned only**: "拟投资…建设X", "再储备X等9个项目", works left to a moment to be chosen ("也将适时开展
  建设", "择机实施X") → 研究论证;
* **done, told in the past**: "架设了…等231座桥梁", "修建了X" → 建成;
* **existing infrastructure as context**: a service run between facilities ("开行A至B班轮"),
  a reach ("可直达X"), a join ("顺接X", "北起X站"), a place inside one ("位于X内"), an inventory
  ("共有水库N座,…分别是A和B") → 建成;
* **the document's subject**: a clause that refers back to the line of a news report ("全线共设
  A、B等12座车站", "该项目…") takes the stage of the report's headline ("成自宜高铁今日开通运营").

* **a list document's headings** ("一、续建项目", "（二）新开工项目", "②收尾项目", "储备项目",
  "计划2025年建成项目"): the heading's kind (:data:`HEADING_KINDS`) is the stage of every item under
  it until the next heading of the same or a higher level, unless the item's clause names one;
* **a note in brackets** after an item ("X(在建)", "Y(已建成)", "Z(规划)"): the item's own stage;
* **partners of a whole** ("A与B将组成环线", "A将与B、C形成互补") and lines a new road strings
  together ("串联A、B等多条高速"): built; a milestone a sentence follows on from ("继X通车之后") is past;
* **the works told by their site** (加紧施工, 收尾施工, 施工进度, 完成总体进度的87%, 建设现场,
  如火如荼, 掘进) and **a milestone aimed at** ("向9月底完工发起总攻") → 在建;
* **the design's studies and approvals** (可研报告, 工可报告, 开展可研研究工作, 初步设计) → 前期工作;
* **a motion** ("《关于新建X的建议》", 提案, 议案): an item of its title is proposed (or the upgrade
  it asks for) whatever verb the title uses;
* **lines a new one links** ("衔接A、B及C三大干线") and **a landmark a route starts beside**
  ("起点为X附近"): built, whatever else the clause says;
* **the item's own upgrade under a verb of progress** ("有序推进A、B航道扩能提升") → 改扩建;
* **a generic verb over a list closed by 等 and its kind** ("推进实施A、B等高速公路,") → 在建;
* **a counted list as its sentence's subject** ("A、B等42个项目,较计划提前开工") takes the next
  clause's stage.
* **the works told by the physical state of the site** ("大坝已浇筑至61米", "幕墙及屋面基本完成",
  "围堰截流成功", "正在进行交通导改", "飞行校验") → 在建; **in service told by its working**
  ("开始发电运行", "累计发电量", "已具备供水条件", "2022年旅客吞吐量120万人次") → 建成;
* **a station a new line relates to** (brought in: "引入X站"; joined or ended at: "连接X站",
  "东至X站") → 建成; an area as the place of another item ("位于X新区") → no stage;
* **a facility told by what it holds or carries now**, opening its sentence ("X机场…,现有1条跑道…,
  2020年旅客吞吐量54.9万人次", "X日均车流量超过5万辆"), and **a line used now** ("乘坐X高铁只需1小时")
  → 建成, unless the sentence looks ahead ("建成后", "预计", "将");
* **news of the works' steps**: a part done told verb first ("已完成路面铺设"), the substructure done
  ("线下工程基本完工"), the closing stage ("进入收尾阶段", "冲刺阶段", "通车倒计时"), works since their
  start ("开工建设以来"), a tunnel entered ("进洞") → 在建; the construction drawings ("施工图设计"),
  a comparison of routes ("线位比选"), the permits and surveys before a start (项目建议书, 用地手续,
  施工许可, 地质勘察; not a visit: 实地勘察) → 前期工作; a year's investment done ("完成年度投资") → 在建; listed in a plan ("已列入…规划") → 研究论证;
* **a start dated two years or more before the document** ("于2015年12月开工建设" in a report of
  2019): the works go on → 在建 (:data:`geo.extract.clauses.STARTED_LONG_AGO`);
* **a completion planned for a date** ("X计划于2025年与Y同步建成投用"): a forecast, 在建 for X and for
  Y inside it; the route or scheme of a feasibility study (工可线路, 工可方案) → 前期工作;
* **existing infrastructure described in the present**: the whole an item is part of ("是国家高速公路网
  A、B的重要段落", "是X的重要支流"), an item ranked among those in service ("X是四川第三大航空港"),
  a traffic problem shared by coordinated lines ("A及B现状交通压力") → 建成;
* **parts of the report's subject**: a structure named after it ("X高速梅江特大桥"), and, when the
  headline says it is open, the items of its route ("X高速公路…,起于A隧道,经…连接B收费站").

* **existing infrastructure told by its relations and use** (issue #11 item 2, classes of the
  blind split fresh3): places linked through lines ("经A、B等路线连接", "与X(甲至乙)连接"), the lines a
  route joins or ends at ("顺接A扩容", "止于B") and lines meeting at a structure ("A、B相交的立交",
  "串联起A、B等区域"), an item marked existing ("起于既有X"), an asset drawn on ("充分利用X等优势资源"),
  a service run at it ("A机场等枢纽场站的接驳客运班线"), a measure of its traffic or trade ("A和B进出口
  货值…增长至…"), an inventory itemised in a bracket, a line crossed ("涉及跨X铁路") → 建成;
* **what a verb governs**: 启动 of the preliminary work (前期) → 前期工作, of a commissioning (调试) → 在建,
  of a maintenance job → nothing; 规划 as the verb of a list → 研究论证; 拓宽/扩宽 → 改扩建; the
  formalities (前期手续, 施工准备, 投资招商) → 前期工作; a purpose ("对加快建设X具有重要意义"), a
  completion still ahead ("X建成投用前"), no works planned ("暂无…计划") → nothing; a whole built in
  phases (:data:`PHASED_RE`) does not take its phases' milestones.

* **the classes of the blind split fresh7** (issue #11 item 2): an item marked existing before it or
  its list ("已有的A、B", "解决现有X短板", "接已建X"), a destination a train or a ship is bound for or
  leaves ("开往X站", "抵达X站", "从X港区发出的货船"; not on a test run), an item in an archive photo
  ("X(资料图)", "X实景") → 建成; the studies of the preliminary work (前期研究论证), the design's phase
  ("进入初设阶段"), 正在加快 over the preliminary work → 前期工作; works resumed (复工), 提速建设, 组塔,
  土建施工, a first flight planned for a date ("计划2018年底通航") → 在建; the works' mobilisation
  (建设动员大会) → 开工; a corridor reserved (预留…通道) and an item of a plan ("X是《…规划》中的重大
  项目") → 研究论证; a station where a line's works start is the venue ("X建设在Y站正式启动").

* **held-out classes of the eleven tuning splits** (issue #11 item 2, session 18g; tests/extract/stages/test_stage_lists_past_own_works_and_held_stations.py):
  progress told in the present ("正在推进X") → 在建, unless a task is pushed on ("正在推进前期工作"). A verb of
  progress closing the clause after its items ("A、B等项目也在…大力推进") is not read: it lost on the validation split.

* **held-out classes of session 20s** (tests/extract/stages/test_stage_of_water_schemes_and_lines_across_a_place.py): a water facility the water of a scheme flows
  out of or into ("将A水库的蓄水引入B水库", "汇入A、B水库", "为A、B等水源工程补水", "A、B等水库…正在溢洪", "从为某区供水的X取水")
  and a line running across a place now ("贯穿全域", "贯穿市区南北", lexicon.CONTEXT_AFTER) → 建成.

* **existing items named without a stage word, session 20u** (tests/extract/stages/test_stage_of_existing_items_without_a_stage_word.py): a place's assets
  ("县城有A收费站", "东北部已有X高铁"), a vehicle on or leaving it now ("车辆行驶在X高速", "由X站发往某地"), its
  building told as done or past ("又修了X大道", "1958年X铁路建设时期", "X从无到有"; "在建设时期" is no 在建) → 建成;
  a development zone (X新区, X开发区) is an area: no frame of existing context makes it 建成.

* **the works launched over the whole item, session 28s** (tests/extract/stages/test_stage_works_launched_over_the_whole.py): "X全面启动建设" → 在建, as
  the reference codes it; "X启动建设" and "全面启动X建设" stay a start. A verb of the item's own between a generic
  verb of pace and the item governs it ("加快推动X建设", "加快A建设和打造X": :data:`UNSTAGED_VERB_RE`, no stage;
  tests/extract/stages/test_works_steps_and_pace.py).

* **the tasks before a start, session s25** (tests/extract/stages/test_preparation_before_works.py; words in ``data/language/name_words.toml``):
  启动 over a task before the works ("已启动工可报告编制工作", "项目启动招商") → 前期工作, over a study ("正启动方案研究")
  → 研究论证; the preliminary work named with another task ("前期和招商工作"), a phase with a word of its course
  ("处于前期推进阶段"), the readiness for a start set as a task ("具备开工条件", "开工准备"), approval documents (批文)
  → 前期工作; a trial run without passengers ("不载客试运行") → 在建.
* **an item's works told done, verb first, part-t25** (tests/extract/stages/test_stage_works_told_done_and_history.py): in a list of works ("完成A路面改造
  工程、B规范化整治工程"), of a kind beside 改造 ("完成A大修等8个大中修工程", name_words.toml done_works_kinds) or new ("完成X
  新建项目") → 建成.

* **works going on told by their status or pace, part-t31** (tests/extract/stages/test_works_status_as_object.py,
  tests/extract/stages/test_works_steps_and_pace.py; words in
  ``data/language/name_words.toml``): the works' status as the object of a visit or a briefing ("调研X的建设情况", "了解X
  项目推进情况"; not "前期工作推进情况") and the pace told after the items ("A、B等项目正快速推进", "A、B等全速推进", "也在紧锣
  密鼓的开发建设之中", "火力全开") → 在建.

* **the works carried on over the whole item, part-t32** (tests/extract/stages/test_list_predicate.py; words in
  ``data/language/name_words.toml``): "全面建设X", "A、B等6条高铁全面建设" → 在建; not "全面建设小康社会" nor 全面建成.

* **推进 over a list closed by 等, its kind and 项目, part-t34** (tests/extract/stages/test_list_reach.py): "推进A、B等
  运输服务项目", "统筹推进X等市政项目" → 在建, as "推进…建设"; not "推进A、B等项目前期工作" nor "…等招商引资项目".

* **the tender's later steps and the design's papers in review, part-s34** (tests/extract/stages/test_preparation_before_works.py,
  tests/extract/stages/test_stage_new_districts_and_works_since_a_start.py):
  开标, 评标, 定标, 中标, "进行招商", 送审, 报审, 报批, "上报…审查/待批", 设计工作 → 前期工作, as 招标 and 批复; works since a
  start told with 动工 or 开建 ("自2013年11月动工以来") → 在建, as 开工以来.

These cues are read by :mod:`geo.extract.stages.clause_stage` (and the year reading); they do not cut names (the
name boundaries are :data:`geo.extract.lexicon.LEFT_STOPS`). The frames around an item that overrule or
replace a cue (a route's ends, an inventory, a caption, a motion…) are :mod:`geo.extract.stages.stage_context`.
"""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.model import Stage

#: Clause end: a cue's lookahead does not reach past it.
_C = r"[^,，。;；!！?？\n]"

#: After a milestone: the sentence says a step "lays the ground" for it ("为X年底通车奠定了基础",
#: "为X早日开通运营,奠定坚实基础", "为X通车提供保障"), so the milestone is still ahead.
GROUNDWORK = r"(?=[^,，。;；]{0,4}?[,，]?(?:奠定|打下|提供保障|提供支撑|创造条件))"

#: Words denying a milestone: "尚未开工", "还未建成", "暂未通车".
#: The cue of an intent whose object is the item or list right after it, not an item further on (拟将).
INTENT_OBJECT = "拟"

_NEGATIONS = ("尚未", "还未", "暂未", "仍未", "未", "没有")

#: The designation an approval gives ("获批(设立)国家级X示范区", "批复为X口岸", "批复X客运枢纽之一"): a kind of zone, a
#: port of entry or a hub of a programme, after at most 16 characters of its name.
_DESIGNATION = (
    f"(?:设立|成为|为|创建)?{_C}{{0,16}}?"
    "(?:示范区|试验区|实验区|先行区|先导区|开放口岸|航空口岸|口岸|物流枢纽|客运枢纽之一|枢纽之一)"
)

#: The approvals a designation follows ("获国务院批复为", "获批", "批复").
_DESIGNATION_APPROVALS = (f"获得?{_C}{{0,10}}?(?:批复|批准)", "获批", "批复")
#: An approval of a designation, not of works (:func:`geo.extract.stages.approvals.designated`).
DESIGNATION_APPROVAL_RE = re.compile(f"(?:{'|'.join(_DESIGNATION_APPROVALS)}){_DESIGNATION}")

#: The studies and route choices a report may tell done ("已完成X线路方案研究", "已完成路线确定方案").
_DONE_STUDY = f"(?:研究论证|论证|方案研究|(?:路线|线路|走向|选址){_C}{{0,4}}?方案(?:研究)?)"

#: No word of intent or deadline right before 完成 ("力争年内完成", "将完成", "尽快完成"): it tells a fact (read
#: after its 完, as a cue opens with a literal character).
_NO_INTENT_BEFORE = "".join(f"(?<!{w}完)" for w in ("将", "要", "争", "划", "内", "底", "前", "快", "需", "应", "于", "未"))

#: "投入使用后,将…" is a condition about the future, as for the lexicon's completions.
_NOT_AFTER_USE = "(?![^,，。;；]{0,2}后)"

#: A region as the object of 贯通: a whole area ("全境", "某县全境", "全市") or its parts ("城乡", "境内").
_REGION_OBJECT = "[^,，。;；]{0,4}?全境|境内|城乡|全[省市区县域]|[省市区县]域"

#: No part of the works before a 全线贯通 ("X隧道全线贯通", "X隧道已全线贯通"): data/language/name_words.toml's
#: breakthrough_parts, with the breakthrough_adverbs between (look-behinds after the word: a cue opens with it);
#: nor the years of works told before it ("X,在历经三年建设后全线贯通": the works' own milestone, told as news).
_NO_PART_BEFORE = "".join(
    f"(?<!{part}{adverb}全线贯通)"
    for part in (*lx.BREAKTHROUGH_PARTS, "后")
    for adverb in ("", *lx.BREAKTHROUGH_ADVERBS)
)

#: No status of the works told later in the sentence ("…之一,已于2019年建成通车", "…其中B已开工建设"): a plan's
#: mention of an item yields to what the sentence says of the item itself.
_NO_STATUS_AFTER = "(?![^。;；!！?？\n]{0,60}?(?:已于|已经|已建成|已通车|已开工|建成通车|开工建设(?!的?时间|的?日期)|正在|在建))"
#: No opening still ahead told later in the sentence ("全线贯通,预计年底建成通车", "为按期通车奠定基础").
_NO_FORECAST_AFTER = "(?![^。;；!！?？\n]{0,40}?(?:预计|即将|有望|将于|将在|力争|确保|奠定|打下))"

#: A word of service used as a modifier says nothing of the item: "按500吨级通航标准建设X", "通航能力",
#: "X1000吨级通航设施工程" (the navigation structures: a kind of works, not a service begun).
_NOT_A_MODIFIER = "(?!标准|能力|条件|等级|里程|环境|效率|水平|规模|吨位|水深|尺度|保证率|净空|设施|建筑物)"

#: Manners of a verb of progress (加快推进, 大力推进): :data:`NEWS_CUES` reads them in the present ("正在加快推进").
_PUSH_MANNERS = ("加快", "加紧", "积极", "大力", "全力", "按时", "按期", "顺利")
#: The steps before works a verb of progress may govern ("推进前期工作", "推进规划研究", "推进招商").
_BEFORE_WORKS = "(?:前期|规划|研究|论证|招商|可研|工可|立项|报批|审批|设计|勘察)"

#: The tasks before a start (data/language/name_words.toml's pre_start_tasks): "启动招商", "前期和招商工作";
#: a park's search for tenants ("招商引资") is none.
_PRE_START_TASK = lx.PRE_START_TASKS + "(?!引资)"

#: The works a verb of action may govern ("实施X铁路", "开展X建设", "推进A、B等河道综合治理"), not a measure
#: ("实施交通管制") nor a service ("开通航线").
_WORKS = "(?:建设|工程|项目|治理|扩建|改建|迁建|改造|铁路|高铁|公路|高速|机场|港|码头|大桥|隧道|水库|航道|枢纽)"

#: (cue, stage, specific), in the form of :data:`geo.extract.lexicon.STAGE_CUES`.
NEWS_CUES: tuple[tuple[str, Stage, bool], ...] = (
    # a table's stage column (建设性质, 项目类别): a cell holding only 前期 / 预备 (the preparation
    # before a start, as a list's "预备项目" heading) or 拟建, between spaces or pipes or at the line's end
    # (not "前期工作已完成" in prose, which other cues read)
    *((f"{w}(?<=[ \t\u3000|｜]{w})(?=[ \t\u3000|｜]|\n|$)", stage, True)
      for w, stage in (("前期", Stage.PRELIMINARY), ("预备", Stage.PRELIMINARY), ("拟建", Stage.PROPOSED))),
    # a milestone as a condition ("X一旦建成,将…", "如能在年底前通车", "若能如期投用"): says nothing
    # of the item's stage (as "建成后"); the longer cue keeps the milestone inside from being read
    *(
        (f"{w}{_C}{{0,10}}?(?:建成|通车|开通|投用|投运|投产|竣工|完工)(?:并?(?:正式)?(?:通车|投用|投运|运营|投产|开通))?", Stage.UNSPECIFIED, False)
        for w in ("一旦", "如能", "若能", "如果", "假如", "倘若", "倘能")
    ),
    # the phase the works are in ("尚处于规划阶段", "处于前期阶段", "已进入初设阶段", "已进入施工阶段",
    # "转入主体施工阶段")
    *(
        # (a word of its course may stand between: "处于前期推进阶段", "进入前期工作阶段")
        (f"{w}{_C}{{0,6}}?{phase}{lx.PHASE_TAILS}?阶段", stage, True)
        for w in ("处于", "进入", "转入")
        for phase, stage in (
            ("(?:规划|研究|论证)", Stage.PROPOSED),
            ("(?:前期|初设|初步设计|可研|工可)", Stage.PRELIMINARY),
            ("(?:施工|建设)", Stage.UNDER_CONSTRUCTION),
        )
    ),
    # planned, with the kind of works after 规划 ("规划新建X", "规划拟建X", "规划修建X"), as 规划建设;
    # not a plan followed ("按规划新建完成", "根据规划新建")
    ("规划(?<![按照据]规划)(?:拟新建|拟建|新建|修建|拟修建)(?!完成|成)", Stage.PROPOSED, True),
    # a part of the works done or a report from the site: the project is being built
    ("铺轨", Stage.UNDER_CONSTRUCTION, True),
    ("架梁", Stage.UNDER_CONSTRUCTION, True),
    ("合龙", Stage.UNDER_CONSTRUCTION, True),
    ("封顶", Stage.UNDER_CONSTRUCTION, True),
    ("填筑", Stage.UNDER_CONSTRUCTION, True),
    ("下闸蓄水", Stage.UNDER_CONSTRUCTION, True),
    ("安装完成", Stage.UNDER_CONSTRUCTION, True),
    ("安装就位", Stage.UNDER_CONSTRUCTION, True),
    ("吊装完成", Stage.UNDER_CONSTRUCTION, True),
    ("施工现场", Stage.UNDER_CONSTRUCTION, True),
    ("进展顺利", Stage.UNDER_CONSTRUCTION, True),
    # (not when the tasks before works are what is pushed on: "正有序推进前期工作", part-s47)
    (f"有序推进(?!{_C}{{0,2}}{_BEFORE_WORKS})", Stage.UNDER_CONSTRUCTION, True),
    # progress told without its object ("随着X项目逐步推进"); generic, as 推进 before an item
    *((f"{w}推进", Stage.UNDER_CONSTRUCTION, False) for w in ("逐步", "逐渐", "持续", "扎实", "加速")),
    ("全力推进", Stage.UNDER_CONSTRUCTION, True),
    ("稳步推进", Stage.UNDER_CONSTRUCTION, False),
    ("发起总攻", Stage.UNDER_CONSTRUCTION, True),
    ("建设正酣", Stage.UNDER_CONSTRUCTION, True),
    ("完成(?:年度|全年|当年|今年|累计)?(?:计划)?投资", Stage.UNDER_CONSTRUCTION, True),
    # the works told by their site: a construction report ("加紧施工", "收尾施工"), the works'
    # progress as a share ("完成总体施工进度的87%", "总体进度完成超过90%"), a tunnel's advance
    # ("累计掘进1200米"), the site itself ("建设现场一派繁忙", "建设如火如荼"); a condition
    # ("具备施工条件") or a meeting held on site ("建设现场会") is no report of works
    *((f"{w}施工", Stage.UNDER_CONSTRUCTION, True) for w in ("加紧", "加快", "正在", "全面", "进场", "紧张", "收尾", "主体")),
    ("施工进度", Stage.UNDER_CONSTRUCTION, True),
    # the share of the works done (issue #11 item 2): "形象进度分别达98%、70%", "总体工程已完成45%",
    # "可完成总工程量的60%以上" (not a year's investment: "完成投资占总投资的45%" is the cue above)
    (f"形象进度{_C}{{0,6}}?\\d", Stage.UNDER_CONSTRUCTION, True),
    (f"工程(?:量)?(?:已|已经)?完成{_C}{{0,4}}?\\d+(?:\\.\\d+)?%", Stage.UNDER_CONSTRUCTION, True),
    (f"完成(?:至)?(?:总)?工程(?:总)?量{_C}{{0,3}}?\\d", Stage.UNDER_CONSTRUCTION, True),
    # a bare share done ("X主桥已完成80%", "X已完成约65%"); not the share of a preparation ("已完成80%的
    # 征地拆迁", "征地已完成90%"; "已完成征地80%" and 投资 are read by the cues above)
    *((f"{w}{''.join(f'(?<!{p}{w})' for p in ('征地', '拆迁', '用地', '设计', '前期'))}完成了?(?:约|近|超过|逾)?\\d+(?:\\.\\d+)?%(?![^,，。;；]{{0,2}}?(?:征地|拆迁|用地|前期|设计|勘察|可研|投资))",
       Stage.UNDER_CONSTRUCTION, True) for w in ("已", "已经")),
    (f"进度完成{_C}{{0,4}}?\\d", Stage.UNDER_CONSTRUCTION, True),
    # the same told with 进度 reaching a share ("总体建设进度已至40%", "建设进度已达六成"), a share of a part's
    # quantity done ("船闸混凝土完成总量的50%"), or half the works passed ("控制性工程施工即将过半"); not the
    # progress of the preparation or the money ("征地拆迁进度已达90%", "投资进度达到80%") (part-t36)
    *((f"{w}(?:已|已经)?(?:至|达到?|超过){_C}{{0,2}}?[\\d一二三四五六七八九半]", Stage.UNDER_CONSTRUCTION, True)
      for w in ("建设进度", "工程进度", "总体进度")),
    (f"完成(?:总)?量的{_C}{{0,2}}?\\d+(?:\\.\\d+)?%", Stage.UNDER_CONSTRUCTION, True),
    *((f"{w}(?:即将|已经|已)?过半", Stage.UNDER_CONSTRUCTION, True) for w in ("施工", "建设", "工程")),
    (f"完成{_C}{{0,6}}?进度{_C}{{0,3}}?\\d", Stage.UNDER_CONSTRUCTION, True),
    ("建设现场(?!会)", Stage.UNDER_CONSTRUCTION, True),
    # works that repair or strengthen an existing item ("对X水库进行除险加固", "X大桥维修加固", "X大桥大修工程"):
    # an upgrade of what is there, as 改造 is
    ("除险加固", Stage.UPGRADE, True),
    ("维修加固", Stage.UPGRADE, True),
    ("大修(?!厂|车间)", Stage.UPGRADE, True),
    # the land taken for the works (征地, 征地拆迁, 用地报批) is part of the preparation before a start
    # (generic: a specific cue of the clause, "主体工程加快建设", wins)
    ("征地(?!补偿标准)", Stage.PRELIMINARY, False),
    # the choice of a site ("完成规划选址", "推进项目选址工作", "取得选址意见书"): a task before the works, as 征地 (generic:
    # "选址于某村" tells where the site lies, no stage; part-s42)
    (f"选址(?!{lx.SITE_CHOICE_NOT_BEFORE})", Stage.PRELIMINARY, False),
    ("用地报批", Stage.PRELIMINARY, False),
    # an approval of a designation, not of works ("X获批国家级临空经济示范区", "X获国务院批复为对外开放航空口岸",
    # "联合批复X客运枢纽之一"): a status given to the item, no stage of its works (gold 未说明 in fresh2 g_13 and
    # fresh32 xb_11; the item's other words may still say where it stands) (part s39)
    *((f"{w}{_DESIGNATION}", Stage.UNSPECIFIED, False) for w in _DESIGNATION_APPROVALS),
    # an approval obtained from an office named in between ("X获民航局批复", "X获得民航局选址批复",
    # "X获国家发改委核准"): the approval is the item's, however far the office puts the word
    (f"获得?{_C}{{0,10}}?(?:批复|批准|核准)", Stage.PRELIMINARY, True),
    # a review passed before the approval ("X已通过交通运输厅审核", "X选址评审通过"): the preparation, as 批复; not the
    # review of a finished project's accounts ("X决算审核通过", "通过竣工审计")
    (f"通过(?!{_C}{{0,10}}?{lx.REVIEW_NOT_AFTER}){_C}{{0,10}}?(?:{'|'.join(lx.REVIEW_WORDS)})", Stage.PRELIMINARY, True),
    *(
        (f"{re.escape(w)}(?<!{lx.REVIEW_NOT_AFTER}{re.escape(w)})(?:已|已经)?(?:顺利)?通过", Stage.PRELIMINARY, True)
        for w in lx.REVIEW_WORDS
    ),
    # a reply consenting to the works ("同意建设X", "原则同意实施X", "批准新建X"): approved, as 批复
    *((f"{w}(?:建设|实施|新建|扩建|改扩建|迁建|开展)", Stage.PRELIMINARY, True) for w in ("同意", "批准")),
    # physical works going on now ("正在铺设路面", "正在架设钢箱梁", "正在进行钢结构吊装") or near their end
    # ("施工接近尾声", "建设进入尾声")
    (f"正在{_C}{{0,6}}?(?:铺设|架设|浇筑|吊装|安装|摊铺|开挖|掘进|填筑|砌筑|拼装|焊接|铺轨|架梁)", Stage.UNDER_CONSTRUCTION, True),
    *((f"{w}(?:已)?(?:接近|进入|步入|临近)尾声", Stage.UNDER_CONSTRUCTION, True) for w in ("施工", "建设", "工程")),
    # the worksite named after the works ("X工地一派繁忙", "在X工地上", "奋战X建设一线", "X施工一线"); not a
    # former site ("原工地") nor a meeting about sites
    ("工地(?<![原旧老]工地)(?!会|管理制度)", Stage.UNDER_CONSTRUCTION, True),
    *((f"{w}一线", Stage.UNDER_CONSTRUCTION, True) for w in ("建设", "施工")),
    ("如火如荼", Stage.UNDER_CONSTRUCTION, True),
    # a line's 贯通 told with what it brought ("X的贯通,让…成为日常", "X贯通带动…驶入动车时代"): the line runs,
    # as 通车 (a breakthrough of works alone, "X隧道顺利贯通,标志着…", is 在建: lexicon.STAGE_CUES)
    *((f"{w}贯通(?=(?:[,，])?(?:让|使得?|带动|结束了?))", Stage.COMPLETED, True) for w in ("", "全线", "全面")),
    # workers racing the schedule on site ("工人干劲十足抢抓工期")
    ("抢抓工期", Stage.UNDER_CONSTRUCTION, True),
    ("掘进", Stage.UNDER_CONSTRUCTION, True),
    # a step of the works told done or going on ("轨道全线铺通", "首台风机吊装"): the works are going on, as 铺轨 and
    # 架梁; not negated ("尚未铺通") nor a condition ("铺通后") (part-s42)
    *((re.escape(w) + "".join(f"(?<!{n}{re.escape(w)})" for n in _NEGATIONS) + "(?!后|之后)", Stage.UNDER_CONSTRUCTION, True)
      for w in lx.WORKS_STEP_WORDS),
    # a part of the works done: "主体结构工程顺利完工", "主体完工", "主体工程已经完工", "A等项目主体建成",
    # "航站楼的主体结构已完成" (the whole is still being built; a goal of the main works on time, "主体工程
    # 如期竣工", is the plan's completion); the longer cue keeps 已经完工 and 建成 inside from being read. Not 主体 as
    # the agent ("以企业为主体建成X", "作为实施主体建成X"), nor the works opened ("主体工程已建成通车": the item runs)
    # (cues are indexed by their first character: the look-behind goes after the word)
    ("主体" + "".join(f"(?<!{w}主体)" for w in ("为", "实施", "投资", "建设", "市场", "责任"))
     + "(?:结构)?(?:工程)?(?:已经|已)?(?:顺利|全面|基本)?(?:完工|完成|竣工|建成)(?!通车|投用|投运|运营|投产|开通)",
     Stage.UNDER_CONSTRUCTION, True),
    # the same of a road's layers ("X路面工程于11月底基本完工", "路基工程已完成"): the road is still being built, its
    # other works and its opening ahead (part-s47); not the road opened ("路面工程完工通车")
    *((f"{w}(?:工程)?{_C}{{0,8}}?(?:已经|已)?(?:顺利|全面|基本)?(?:完工|完成|竣工)(?!通车|投用|运营|开通)", Stage.UNDER_CONSTRUCTION, True)
      for w in ("路面", "路基")),
    # the steps of the works before an opening ("联调联试", "动态验收") and a pace of works ("加紧建设",
    # "建设提速", "全面展开")
    *((w, Stage.UNDER_CONSTRUCTION, True) for w in ("联调联试", "动态验收", "静态验收", "加紧建设", "抓紧建设", "全力建设", "加速建设", "全面展开")),
    # the works launched over the whole item after it ("X全面启动建设"): the reference codes them going on
    # (CONVENTIONS.md, 启动), not the start "启动建设" alone or "全面启动X建设" gives
    ("全面启动建设", Stage.UNDER_CONSTRUCTION, True),
    # the works carried on over the whole item, before it or after its list ("全面建设X", "A、B等6条高铁全面建设"): the
    # reference codes them going on (part-t32, tests/extract/stages/test_list_predicate.py); not a goal of a society
    # or a region ("全面建设小康社会", name_words.toml whole_works_not_before), nor 全面建成 (a goal of completion)
    (f"全面建设(?!{lx.WHOLE_WORKS_NOT_BEFORE})", Stage.UNDER_CONSTRUCTION, True),
    # the pace told with an adverb between ("建设不断提速", "建设持续提速") or by the news idioms of speed
    # ("X建设按下“加速键”", "X建设跑出“加速度”"): the works are going on
    (f"建设(?:{'|'.join(('不断', '持续', '全面', '再次', '进一步'))})?提速", Stage.UNDER_CONSTRUCTION, True),
    # (the idiom of the works, not of what an item opened brings: "建成后,将为经济按下加速键")
    *((f"{w}(?:也|又|再次|全面)?(?:按下了?[“\"]?加速键|跑出了?[“\"]?加速度)", Stage.UNDER_CONSTRUCTION, True) for w in ("建设", "施工")),
    # works resumed ("X项目复工"), a pace of works told verb first ("提速建设X"), a power line's towers
    # and wires going up ("开展抱杆组塔工作", "架线施工"), the civil works under way ("均在开展土建施工")
    *((w, Stage.UNDER_CONSTRUCTION, True) for w in ("复工", "提速建设", "组塔", "架线施工", "土建施工")),
    # the works told going on with a manner or a verb between 正在 and 施工 ("各标段正在忙碌施工", "正在紧锣密鼓地
    # 施工", "正在同步施工", "正在对道岔进行施工"); not the steps before works ("正在办理施工许可", "正在编制施工图")
    (f"正在{_C}{{1,8}}?施工(?!图|招标|准备|许可|单位|条件|前期|组织|方案|手续|合同|设计)", Stage.UNDER_CONSTRUCTION, True),
    # the works reported moving after the items named ("A、B等项目建设抓紧推进", "X建设有序推进", "X建设顺利
    # 推进"), and a year of works told as their peak ("今年将掀起建设高潮"): the works are going on (the
    # verb before the items, "加快推进X建设", is a wish read by the generic cues; 前期工作 after the items wins)
    (f"建设(?:正在)?(?:{'|'.join(('抓紧', '加快', '加紧', '全力', '有序', '稳步', '扎实', '顺利', '强力'))})推进(?!{_C}{{0,6}}?前期)",
     Stage.UNDER_CONSTRUCTION, True),
    ("建设高潮", Stage.UNDER_CONSTRUCTION, True),
    # the pace of the works closing their clause, with no object ("X项目正在加速", "X建设正加紧"): going on (part-s47);
    # not a goal being reached ("正在加速实现", "正在加速成型": the pace has an object)
    *((rf"{w}(?:正在|正|也在)(?:加速|加紧|提速)(?=\s*(?:[,，。;；!！]|$))", Stage.UNDER_CONSTRUCTION, False) for w in ("建设", "项目", "工程")),
    # progress told in the present ("正在推进X", "正在加快推进A、B"): the works are going on; not the steps
    # before works the verb governs ("正在推进前期工作", "正在加紧推进X规划研究")
    (f"正在(?:{'|'.join(_PUSH_MANNERS)})?推进(?!{_C}{{0,10}}?{_BEFORE_WORKS})", Stage.UNDER_CONSTRUCTION, True),
    # the same with 正 alone before a manner, often after the items ("A、B等项目正快速推进", "X正加快推进"); not 真正, 公正
    (f"正(?<![真公纠修端]正){lx.PRESENT_PUSH_MANNERS}推进(?!{_C}{{0,10}}?{_BEFORE_WORKS})", Stage.UNDER_CONSTRUCTION, True),
    # the pace of works going on told after the items ("A、B等项目全速推进", "也在紧锣密鼓的开发建设之中", "X也是火力全开"),
    # as 全力推进 and 如火如荼; not the pace of the tasks before works ("前期工作全速推进": the longer cue of 前期工作 wins
    # as a specific cue of the clause)
    *((f"{re.escape(w)}(?!{_C}{{0,10}}?{_BEFORE_WORKS})", Stage.UNDER_CONSTRUCTION, True) for w in lx.WORKS_PACE_WORDS),
    # the works' status as the object of a visit, an inquiry or a briefing ("调研X的建设情况", "关注X建设情况", "了解X项目
    # 推进情况", "通报X建设推进情况"): the works are going on; not the status of a plan or of the tasks before works
    # ("规划建设情况", "前期工作推进情况", "选址及建设情况") (part-t31, tests/extract/stages/test_works_status_as_object.py)
    *((f"{re.escape(w)}" + "".join(f"(?<!{re.escape(b + w)})" for b in lx.WORKS_STATUS_NOT_AFTER)
       + _NOT_AFTER_USE, Stage.UNDER_CONSTRUCTION, True) for w in lx.WORKS_STATUS_NOUNS),
    # a trial run without passengers ("已进入不载客试运行", "无载客试运行阶段"): the line is tested before it
    # opens, the works go on (tuning gold: fresh6 o_19, fresh22 zo_01); not a trial run alone (below)
    *((f"{w}试运行", Stage.UNDER_CONSTRUCTION, True) for w in lx.UNLOADED_TRIAL_LEADS),
    # in service, told by its first use: "正式通航", "试运行", "并网发电", "通水", "交工验收", "启用"
    # ("通航后" is a condition about the future; "互联互通水平", "连通水系" hold no 通水)
    *(
        (f"{w}{_NOT_AFTER_USE}{_NOT_A_MODIFIER}", Stage.COMPLETED, True)
        # (navigation resumed, "X航道实现全线复航", a line run at its design speed, "X高铁10月11日达速运营";
        # not the works named so, "涪江复航等项目", "复航工程", "启动X枢纽复航建设")
        for w in ("通航", "试运行", "试运营", "并网发电", "通水(?<![互连贯畅]通水)", "交工验收", "启用", "首航",
                  "复航(?![^,，。;；]{0,2}(?:工程|项目|建设))", "达速运营")
    ),
    # "现在" (now) before 建: the time word, not the status 在建 ("现在建成的X" is built, "现在建设X"
    # says nothing of the item): consumed so that 在建 is not read inside it
    ("现在(?=建)", Stage.UNSPECIFIED, False),
    # an opening achieved or set as a goal ("X顺利实现通车", "力争X年底实现全线通车", "已实现正式通航"): the
    # completion, as 建成通车; not a goal of service with a class or a manner ("将实现常年通航3000吨级船舶")
    (f"实现(?:全线|全面|正式|整体|双向|主线)?(?:通车|通航|通水)(?!{_C}{{0,4}}?\\d)", Stage.COMPLETED, True),
    # a goal of service ("将实现常年通航3000吨级船舶") says nothing of the item's works
    (f"实现{_C}{{0,4}}?(?:通航|通水|通车|发电|复航|达速运营)", Stage.UNSPECIFIED, False),
    # a completion planned for a date ("X计划于2025年与Y同步建成投用", "计划2025年修建完成"), as a forecast: the works are
    # going on, for the item before it and for a partner inside it
    (f"计划(?:于|在|到)?(?:\\d{{4}}年|年底|年内|明年|今年){_C}{{0,14}}?(?:建成|(?:建设|修建)完成|通车|开通|完工|竣工|投用|投运|通航)(?:投用|投运|通车|运营)?", Stage.UNDER_CONSTRUCTION, True),
    # a forecast of the opening, as the lexicon's forecasts of completion ("预计年内通航")
    # (and of the start of production, "预计2024年三季度陆续投产")
    *((f"{w}(?={_C}{{0,14}}?(?:通航|投产))", Stage.UNDER_CONSTRUCTION, True) for w in ("预计", "有望", "可望")),
    # the approval of the project itself (立项, 备案): its preparation is going on
    ("立项", Stage.PRELIMINARY, True),
    # included in the plan of the state or a province told as its "basket" ("纳入国家“盘子”", "把X项目列入到省级计划
    # 盘子"), as 纳入…规划
    *((f"{w}{_C}{{0,6}}?盘子", Stage.PROPOSED, True) for w in ("纳入", "列入")),
    # entered into a plan ("X等4条高速进入规划", "进入国家中长期铁路网规划"), as 纳入…规划 (进入规划阶段 is read above
    # with the same stage); not a zone or a line of a plan entered ("进入规划区", "车辆进入规划路")
    (f"进入{_C}{{0,16}}?规划(?!区|路|红线|范围内)", Stage.PROPOSED, True),
    # "入规" (entered the plan), as 纳入规划: "入规的高速公路项目包括:新增A、B" (not 进入规划阶段, read above)
    ("入规(?<![出进纳列]入规)(?!定|范|则|矩|律)", Stage.PROPOSED, True),
    # the preparation before the works, told as a stage of its own ("等项目前期准备工作", "进入前期准备阶段")
    ("前期准备", Stage.PRELIMINARY, True),
    # the mobilisation of the works ("X建设动员大会在Y举行", "X施工动员会"): the works start
    *((f"{w}动员(?:大)?会", Stage.STARTING, True) for w in ("建设", "施工")),
    # a corridor reserved in a plan ("规划A、B两条高速铁路,预留X高速铁路通道"): planned
    (f"预留(?={_C}{{0,20}}?通道)", Stage.PROPOSED, True),
    # the studies of the preliminary work ("推动X等重大项目前期研究论证", "X前期论证已取得成果",
    # "开展X建设前期研究"): the preliminary work, not a study of whether to build (研究论证 alone)
    # (with the project or its works named between: "正在开展前期项目论证工作", "前期工程研究")
    ("前期(?:项目|工程)?(?:研究|论证|研究论证|论证研究)", Stage.PRELIMINARY, True),
    # an outlook line of a plan ("A、B等国家高速公路远期展望线项目前期研究"): planned for the far future,
    # whatever study the clause tells (it is read before the study's cue)
    ("远期展望", Stage.PROPOSED, True),
    # a completion about to come ("即将建成通航", "即将完工通车", "即将通车!", "即将投入使用"): the works are closing, still
    # going on (as a forecast, 预计…建成); the completion words are consumed so that none is read alone
    (
        f"即将{_C}{{0,4}}?(?:建成|完工|竣工|通车|开通|通航|投用|投运|投产|投入(?:使用|运营|运行))(?:投用|投运|通车|通航|运营)?",
        Stage.UNDER_CONSTRUCTION,
        True,
    ),
    # a whole road, line or canal joined through end to end ("截至目前,X高速全线贯通", "A大道、B大道全线贯通",
    # "A、B等国省干线全线贯通"): built, as the tuning gold codes it in five documents of four splits (fresh7, fresh13,
    # fresh19, fresh20; fresh4 codes two 在建). Not a part's breakthrough ("X隧道全线贯通": the works go on,
    # lexicon.STAGE_CUES), not one followed by a forecast or a groundwork ("全线贯通,预计年底通车", "为通车奠定基础"), not
    # a condition ("全线贯通后,将…"), nor a breakthrough denied ("尚未全线贯通")
    (
        "全线贯通" + _NO_PART_BEFORE + "".join(f"(?<!{n}全线贯通)" for n in _NEGATIONS)
        + "(?![^,，。;；]{0,2}[后倒奠])(?!运营|运行)" + _NO_FORECAST_AFTER,
        Stage.COMPLETED,
        True,
    ),
    # a line joined through and in service ("全线贯通运营", "贯通运行"), or one running across a region now
    # ("京昆高速、新成昆铁路贯通南北", "A、B等3条高速公路贯通某县全境", "贯通城乡"): built, unlike the works' milestone
    # 全线贯通 (not "贯通运营后,将…"); a place as 贯通's object is a route, as with 贯穿 (lexicon.CONTEXT_AFTER)
    # (a cue opens with a literal character: :func:`find_cues` tries cues by their first one)
    *(
        (f"{w}(?:运营|运行|南北|东西|{_REGION_OBJECT}){_NOT_AFTER_USE}", Stage.COMPLETED, True)
        for w in ("全线贯通", "贯通")
    ),
    # 启动 of something other than the works (issue #11 item 2): the preliminary work of a list
    # ("启动A、B(某某高铁)前期工作") is preparation; a line's commissioning ("生产线启动调试") is works
    # going on; a maintenance job ("启动A、B等县道修复养护工作") says nothing of the works' stage
    (f"启动(?={_C}{{0,40}}?前期)", Stage.PRELIMINARY, True),
    # (and so are the other tasks before a start it names, "已启动工可报告编制工作", "项目启动招商"; the
    # studies it names are planned only, "正启动方案研究工作"; not the works, "启动建设X…工可线路")
    (f"启动(?!建设|实施|施工)(?={_C}{{0,20}}?{_PRE_START_TASK})", Stage.PRELIMINARY, True),
    (f"启动(?!建设|实施|施工)(?=(?!{_C}{{0,20}}?前期){_C}{{0,20}}?{lx.LAUNCHED_STUDIES})", Stage.PROPOSED, True),
    # the preliminary work named with another task before a start ("加快A、B项目前期和招商工作")
    (f"前期(?:和|及|与|、){_PRE_START_TASK}", Stage.PRELIMINARY, True),
    # the readiness for a start set as a task ("力争X早日具备开工条件", "做好X开工准备"): not the start; not a
    # list's modifier ("具备开工条件的6个项目…开工建设") nor a condition ("待项目具备开工条件后")
    # (a cue opens with a literal character: :func:`find_cues` tries cues by their first one)
    *((f"{re.escape(w)}(?![^,，。;；]{{0,2}}后|的)", Stage.PRELIMINARY, True) for w in lx.START_READINESS),
    # a project sought from a higher level ("积极争取X、Y等重大项目落地", "争取X向某市延伸", "X已向某部争取"): not yet
    # decided, as the reference's 争取 (研究论证); generic, so that what is sought wins ("争取开工X", "争取X纳入规划"),
    # and not a service or a join sought on an existing item nor money for works ("争取X动车继续加密", "争取A、B早日
    # 联通", "争取中央资金用于X建设"; a cue opens with a literal character: :func:`find_cues` tries cues by their first one)
    *((f"{re.escape(w)}(?!{_C}{{0,30}}?{lx.SOUGHT_NOT_PROJECT})", Stage.PROPOSED, False) for w in lx.SEEKING_VERBS),
    # the approval documents of a project ("已完成所有批文"), as 批复
    ("批文", Stage.PRELIMINARY, True),
    ("启动调试", Stage.UNDER_CONSTRUCTION, True),
    (f"启动(?={_C}{{0,30}}?(?:养护|修复|维修|整治工作))", Stage.UNSPECIFIED, False),
    ("备案", Stage.PRELIMINARY, True),
    # a milestone denied ("尚未开工", "还未建成"): the works are before it. Not yet started is
    # preparation (前期工作); not yet done is works going on
    *((f"{neg}{verb}", Stage.PRELIMINARY, True) for neg in _NEGATIONS for verb in ("开工", "动工", "开建")),
    # (and an opening put off, "暂不通车", "暂不开放通行")
    *((f"{neg}{verb}", Stage.UNDER_CONSTRUCTION, True) for neg in (*_NEGATIONS, "暂不") for verb in ("建成", "完工", "竣工", "通车", "开放通行")),
    # no works planned ("短期暂无扩宽改建计划", "尚无建设计划"): the works named inside are denied
    *((f"{w}{_C}{{0,10}}?计划", Stage.UNSPECIFIED, False) for w in ("暂无", "尚无", "并无")),
    # the conditions of a start: awaited ("待X具备开工条件后") is preparation, met ("具备开工条件的A")
    # is the threshold of the start (generic: any specific cue wins); the steps before a start
    # (勘察设计, 环评, 用地预审, 招标) are preparation
    ("具备(?:开工|施工|建设)条件(?=[^,，。;；]{0,2}后)", Stage.PRELIMINARY, True),
    ("具备(?:开工|施工|建设)条件", Stage.STARTING, False),
    ("勘察设计", Stage.PRELIMINARY, True),
    ("环评", Stage.PRELIMINARY, True),
    ("环境影响评价", Stage.PRELIMINARY, True),
    ("用地预审", Stage.PRELIMINARY, True),
    ("施工招标", Stage.PRELIMINARY, True),
    ("招标", Stage.PRELIMINARY, True),
    # the works being prepared ("X积极筹备", "正在筹备X建设", "X筹备工作有序推进"): the preparation, as 前期工作; not a
    # meeting's or a body's preparation ("筹备会", "筹备组"), nor the preparation of a paper ("筹备X方案研究报告编制": its
    # study is read), nor of a service between items in service ("A机场至B机场货运航线筹备工作") (part-s44)
    (
        "筹备(?<!航线筹备)(?<!航班筹备)(?<!班列筹备)(?!会|组|委|处)(?![^,，。;；]{0,12}?(?:研究|报告|方案))",
        Stage.PRELIMINARY, True,
    ),
    # the tender's later steps ("施工监理已开标", "定于下月开标", "已完成评标", "总承包单位已中标"), as 招标; not a mark on a
    # map ("示意图中标注的X") (part-s34, tests/extract/stages/test_preparation_before_works.py)
    *((w, Stage.PRELIMINARY, True) for w in ("开标", "评标", "定标")),
    ("中标(?!注|记|识|志|明)", Stage.PRELIMINARY, True),
    # the search for the investor told with a verb of doing ("定于下月进行招商", "正在开展招商"), as 投资招商
    # (a cue opens with a literal character: :func:`find_cues` tries cues by their first one)
    *((f"{w}{_PRE_START_TASK}", Stage.PRELIMINARY, True) for w in ("进行", "开展")),
    # the design's papers submitted for review or approval ("初设送审稿已上报省交通运输厅审查", "X已上报省政府待批",
    # "可研报批工作"): the preparation, as 批复 and 通过…审查 (用地报批 is read above)
    ("送审", Stage.PRELIMINARY, True),
    ("设计工作", Stage.PRELIMINARY, True),
    ("报审", Stage.PRELIMINARY, True),
    ("报批", Stage.PRELIMINARY, True),
    (f"上报{_C}{{0,16}}?(?:审查|审批|审核|待批|批复|核准)", Stage.PRELIMINARY, True),
    # in service told by its use
    ("投入使用" + _NOT_AFTER_USE, Stage.COMPLETED, True),
    # works told by the physical state of the site (issue #11): a part of the structure poured or
    # finished ("大坝已浇筑至61米", "幕墙及金属屋面基本完成", "三期围堰截流成功"), a site's works under
    # way ("正在进行交通导改", "正在进行管网工程、堤防建设"; not the studies: "正在进行可研"), the
    # checks before an opening ("飞行校验", "试飞") → 在建
    ("浇筑", Stage.UNDER_CONSTRUCTION, True),
    *(
        (f"{w}{_C}{{0,10}}?(?:完成|完工|截流|到顶)", Stage.UNDER_CONSTRUCTION, True)
        # (主干渠: the main canal of a water scheme, "主干渠基本修建完成"; a canal that is an item is named, "东干渠")
        for w in ("幕墙", "屋面", "路基", "桥面", "桩基", "主塔", "主拱", "墩柱", "钢结构", "围堰", "坝体", "主干渠")
    ),
    (
        f"正在进行(?!{_C}{{0,12}}?(?:前期|可研|可行性|设计|勘察|规划|研究|论证|招标|征地|征拆|方案|审查|评审))"
        f"(?={_C}{{0,12}}?(?:施工|导改|工程|建设|浇筑|安装|铺设|架设|填筑|开挖))",
        Stage.UNDER_CONSTRUCTION,
        True,
    ),
    ("飞行校验", Stage.UNDER_CONSTRUCTION, True),
    # a part of the works done, told with the verb first ("已完成路面铺设", "完成桩基施工"), and the
    # substructure of a line finished ("线下工程基本完工"): the rest is still being built
    (
        "完成(?:了)?(?:全部|全线|全线路基|主线)?(?:路基|路面|桥面|桩基|主塔|墩柱|钢结构|幕墙|屋面|大坝|坝体|隧道|桥梁|箱梁|T梁)"
        "(?!宽|长|高)",
        Stage.UNDER_CONSTRUCTION,
        True,
    ),
    (f"线下工程{_C}{{0,4}}?(?:完成|完工|竣工)", Stage.UNDER_CONSTRUCTION, True),
    # the works carried on with a verb of effort ("也将继续加强建设", "继续加快建设"): going on, as 续建; not the
    # management of works ("继续加强建设管理") (part-s42)
    ("继续(?:加强|加快|加紧|推进)建设(?!管理|监管|资金|力度)", Stage.UNDER_CONSTRUCTION, True),
    # the civil works done ("X土建工程已基本完成", "土建施工全部完工"): the fitting out is still ahead, as after 线下工程
    # (part-s42); not a tender of them ("土建施工监理招标已完成")
    ("土建(?:工程|施工)?(?:已经|已|均已|现已|全部|基本|已基本|已全部)?(?:完成|完工|竣工)", Stage.UNDER_CONSTRUCTION, True),
    # works told since their start ("开工建设以来,已完成投资30亿元"), a tunnel entered ("隧道进洞"),
    # the last push before an opening ("冲刺阶段", "通车倒计时")
    ("开工(?:建设)?以来", Stage.UNDER_CONSTRUCTION, True),
    # (and with the other verbs of a start: "自2013年11月动工以来", "开建以来")
    *((f"{w}(?:建设)?以来", Stage.UNDER_CONSTRUCTION, True) for w in ("动工", "开建")),
    ("进洞", Stage.UNDER_CONSTRUCTION, True),
    ("冲刺阶段", Stage.UNDER_CONSTRUCTION, True),
    *((f"{w}倒计时", Stage.UNDER_CONSTRUCTION, True) for w in ("通车", "开通", "通航", "投用", "投运")),
    # the works closing ("进入收尾阶段", "收尾工作", "施工进入尾声")
    ("进入尾声", Stage.UNDER_CONSTRUCTION, True),
    ("收尾阶段", Stage.UNDER_CONSTRUCTION, True),
    ("进入收尾", Stage.UNDER_CONSTRUCTION, True),
    # the same told with 扫尾 ("做好X剩余路段建设及扫尾工作", "正在进行扫尾"), and the pace of named works as the
    # object of a verb ("加快A、B等项目进度"): works going on (part-s37); not a payment ("工程进度款")
    ("扫尾", Stage.UNDER_CONSTRUCTION, True),
    # a status closing its sentence or leading a bracket of the items it holds ("X二期工程建设中。", "二期工程建设中(A站、
    # B站)"), as 在建 is; not "在X建设中,…" (in the building of X), which a comma follows, nor 建设中国
    ("建设中(?=[(（。;；])", Stage.UNDER_CONSTRUCTION, True),
    *((f"{w}(?:建设)?进度(?!款)", Stage.UNDER_CONSTRUCTION, False) for w in ("项目", "工程")),
    # the construction drawings are the last step of the design: preparation
    ("施工图(?:设计|审查|编制)", Stage.PRELIMINARY, True),
    # listed in a plan ("已列入国家中长期铁路网规划"), as the lexicon's 纳入…规划
    (f"列入{_C}{{0,16}}?规划", Stage.PROPOSED, True),
    # an item of a plan ("X是国家发改委批复的《…城际铁路建设规划(2015-2020年)》中的重大项目", "X是《…布局规划》中
    # Y的重要组成部分"): planned, as 列入…规划
    (f"是{_C}{{0,16}}?《[^》\n]{{1,40}}?规划[^》\n]{{0,20}}》中", Stage.PROPOSED, True),
    # an item one of a plan's network ("X是省加密规划网中12条高速之一"), not one it says is built ("是规划网中已建成的
    # 8条高速之一"); the items a plan names ("在该规划中涉及某市的铁路项目有A、B"); a route told as planned ("X,规划由A经
    # B至C"): planned, as 列入…规划
    (f"是{_C}{{0,16}}?{lx.PLANNED_NETWORKS}中(?!{_C}{{0,6}}?(?:已|建成|通车|运营|既有|现有)){_NO_STATUS_AFTER}", Stage.PROPOSED, True),
    (f"规划中{lx.PLAN_CONTENTS}{_NO_STATUS_AFTER}", Stage.PROPOSED, True),
    (f"规划由{_C}{{1,12}}?经(?={_C}{{1,20}}?(?:至|到)){_NO_STATUS_AFTER}", Stage.PROPOSED, True),
    ("试飞" + _NOT_AFTER_USE, Stage.UNDER_CONSTRUCTION, True),
    # in service told by its working (issue #11): generating ("开始发电运行", "累计上网发电量突破1亿
    # 千瓦时"), ready for its use ("已具备供水条件", "具备通车条件"; "待…具备通车条件后" is a condition),
    # a year's traffic ("2020年旅客吞吐量54.9万人次"; not a design figure: "按旅客吞吐量…设计")
    ("发电运行" + _NOT_AFTER_USE, Stage.COMPLETED, True),
    ("开始发电" + _NOT_AFTER_USE, Stage.COMPLETED, True),
    (f"累计{_C}{{0,4}}?发电量", Stage.COMPLETED, True),
    ("具备(?:通车|通航|供水|发电|运营|投用|使用)条件" + _NOT_AFTER_USE, Stage.COMPLETED, True),
    # readiness as a goal ("力争年底具备通车条件", "年底将具备通航条件"): the works go on
    *(
        (f"{w}{_C}{{0,10}}?具备(?:通车|通航|供水|发电|运营|投用|使用)条件", Stage.UNDER_CONSTRUCTION, True)
        for w in ("力争", "确保", "争取", "将", "计划", "预计", "有望")
    ),
    *(
        (f"{w}吞吐量(?:达到?|突破|超过|为)?[\\d.]+万(?:人次|吨|标箱)(?!{_C}{{0,8}}?(?:设计|目标|需求))", Stage.COMPLETED, True)
        for w in ("旅客", "货物", "集装箱")
    ),
    # a year's throughput without its kind ("X港年吞吐量达500万吨", "2022年吞吐量突破800万吨"); not a
    # capacity of works to build or designed ("建设年吞吐量500万吨的码头", "设计年吞吐量")
    (
        f"年(?<!设计年)(?<!建设年)(?<!新增年)(?<!形成年)(?<!新建年)吞吐量(?:达到?|突破|超过|为)?[\\d.]+万(?:人次|吨|标箱)"
        f"(?!{_C}{{0,8}}?(?:设计|目标|需求))",
        Stage.COMPLETED,
        True,
    ),
    # a milestone aimed at ("向9月底完工发起总攻", "向年底通车冲刺"): the works are going on
    (f"向{_C}{{0,12}}?(?:完工|竣工|建成|通车|开通|投用|投运)(?:目标)?{_C}{{0,4}}?(?:发起总攻|冲刺|迈进|挺进)", Stage.UNDER_CONSTRUCTION, True),
    # the studies and approvals of the design: feasibility ("可研报告", "工可", "开展可研研究工作"),
    # the preliminary design; "可研究" (may study) is no feasibility study
    ("可研(?!究)(?:研究)?(?:报告)?(?:工作)?", Stage.PRELIMINARY, True),
    ("工可(?:研究)?(?:报告|批复|线路|方案|编制)", Stage.PRELIMINARY, True),
    # a comparison of routes or schemes ("线位比选", "方案比选") and the scheme's design ("已完成方案设计")
    # are steps of the design
    ("比选", Stage.PRELIMINARY, True),
    ("方案设计", Stage.PRELIMINARY, True),
    # the permits and surveys before a start: a project proposal ("项目建议书获批"), the land and
    # planning permits ("办理用地手续", "用地报批", "施工许可"), the site's survey ("地质勘察")
    ("项目建议书", Stage.PRELIMINARY, True),
    # the search for the investor of a project ("正在开展投资招商工作", "项目招商"): before a start (not
    # a park's search for tenants, "园区招商引资")
    *((f"{w}招商", Stage.PRELIMINARY, True) for w in ("投资", "项目")),
    # the formalities before a start ("完善A、B可研等前期手续", "前期审批手续全部办结") and the
    # preparation of the works themselves ("项目建设进入施工准备阶段")
    ("前期(?:审批)?手续" + _NOT_AFTER_USE, Stage.PRELIMINARY, True),  # (not "办结前期手续后,…开工")
    ("施工准备", Stage.PRELIMINARY, True),
    ("用地(?:手续|审批|报批|批复)", Stage.PRELIMINARY, True),
    ("施工许可", Stage.PRELIMINARY, True),
    ("规划许可", Stage.PRELIMINARY, True),
    ("选址意见", Stage.PRELIMINARY, True),
    # (a visit, "实地勘察", "现场勘察", is no survey of the works)
    *((f"{w}勘察", Stage.PRELIMINARY, True) for w in ("地质", "工程", "外业", "详细", "初步")),
    ("勘察(?:工作|测量|报告)", Stage.PRELIMINARY, True),
    ("勘测", Stage.PRELIMINARY, True),
    ("可行性研究(?:报告)?", Stage.PRELIMINARY, True),
    # the preliminary work's studies by their own names ("已完成预可报告编制", "已完成前期专题报告17个")
    *((w, Stage.PRELIMINARY, True) for w in lx.PRELIMINARY_STUDIES),
    ("初步设计", Stage.PRELIMINARY, True),
    # the preliminary works of a project ("加快开展X航道整治前期工程"), as its 前期工作
    ("前期工程", Stage.PRELIMINARY, True),
    # "为X年底开通奠定了基础": the works toward the milestone are going on
    *((f"{w}{GROUNDWORK}", Stage.UNDER_CONSTRUCTION, True) for w in ("开通运营", "开通", "通车", "通航", "建成", "投用", "投运")),
    # a work report's generic verbs: "推进X建设", "实施X工程"; any specific cue wins over them. A list closed by 等, its
    # kind and 项目 is the works too ("推进A、B等运输服务项目", "统筹推进X等市政项目": the reference's 在建; part-t34), not
    # the steps before works ("推进A、B等项目前期工作", "推进A、B等招商引资项目")
    (f"推进(?={_C}{{0,200}}?(?:建设|工程|等\\d+[个条座项](?!{_C}{{0,12}}?{_BEFORE_WORKS}){_C}{{0,12}}?(?:项目|[,，。;；]|$)"
     f"|等(?!{_C}{{0,12}}?{_BEFORE_WORKS}){_C}{{0,12}}?项目(?!{_C}{{0,12}}?{_BEFORE_WORKS})))", Stage.UNDER_CONSTRUCTION, False),
    (f"实施(?!了)(?={_C}{{0,200}}?(?:工程|项目|建设))", Stage.UNDER_CONSTRUCTION, False),
    ("推进实施", Stage.UNDER_CONSTRUCTION, False),
    # a wish that it be done soon: "推动X早日建成发电" is a milestone still ahead
    ("早日(?:建成|通车|开通|投用|投运|完工|竣工)", Stage.UNDER_CONSTRUCTION, True),
    # a road widened ("拓宽X", "关于扩宽X的提案", "X拓宽改造"): an upgrade, as 加宽
    # (not a figure of speech: "拓宽增收渠道", "拓宽发展空间"; nor an extent: "陆域扩宽至X路", "拓宽到6米")
    *((f"{w}(?![至到])(?!{_C}{{0,8}}?(?:渠道|空间|领域|视野|思路|范围|市场|途径|路子|覆盖面))", Stage.UPGRADE, True) for w in ("拓宽", "扩宽")),
    # the works of an existing irrigation district: "灌区续建配套和现代化改造"
    ("续建配套", Stage.UPGRADE, True),
    # a list counted by kind of project
    ("新建项目", Stage.STARTING, True),
    ("新开工项目", Stage.STARTING, True),
    ("续建项目", Stage.UNDER_CONSTRUCTION, True),
    # planned only
    ("拟(?=投资|建设|新建|实施|规划)", Stage.PROPOSED, True),
    # planned before a verb of works ("积极谋划实施A、B等项目", "谋划推进X建设"): still planned, as 谋划 and 谋划建设;
    # the verb after it is no stage of its own (tests/extract/stages/test_stage_planning_verbs_traffic_and_transit_streets.py)
    ("谋划(?:推进实施|推动实施|实施|推进)", Stage.PROPOSED, True),
    # a study or the route told done ("X方案研究工作已完成", "已完成X线路方案研究", "X完成线路走向论证,进入工可环节"):
    # the studies are behind, the works before their start; not a study still to do ("将完成X论证", "力争年内完成
    # 方案研究"): without 已 the study follows 完成 right away and no word of intent or deadline stands before it
    *((f"{w}{_C}{{0,2}}?(?:工作)?已(?:经)?(?:基本)?完成", Stage.PRELIMINARY, True) for w in ("方案研究", "研究论证", "论证", "研究")),
    (f"已(?:经)?(?:基本)?完成{_C}{{0,20}}?{_DONE_STUDY}", Stage.PRELIMINARY, True),
    (f"完{_NO_INTENT_BEFORE}成(?:线路|路线|工程|项目)?(?:走向|选址|方案)?(?:研究论证|论证|方案研究)", Stage.PRELIMINARY, True),
    # an intent about the item, as its object ("拟将X纳入Y升级改造项目实施") or its subject joined to another
    # ("X拟与Y路线相接"): both planned only; not a date ("拟将于2025年开工": the milestone's) nor a place ("拟在X建设")
    ("拟(?=将(?!于|在)|与)", Stage.PROPOSED, True),  # (拟将: :data:`INTENT_OBJECT`)
    ("储备", Stage.PROPOSED, True),
    # works left to a moment still to be chosen ("A、B等通用机场也将适时开展建设", "择机实施X铁路", "适时推进A、B等
    # 河道综合治理"): planned, not decided; not the preliminary work the verb governs ("适时启动前期工作") nor
    # something other than works ("适时实施交通管制", "适时开通国际航线")
    # (a cue opens with a literal character: :func:`find_cues` tries cues by their first one)
    *((f"{w}(?!{_C}{{0,12}}?{_BEFORE_WORKS})(?:(?:开展|启动|推进|实施)(?={_C}{{0,30}}?{_WORKS})|建设|新建|扩建|开工)",
       Stage.PROPOSED, True) for w in ("适时", "择机")),
    # built, told in the past ("开工建设了X" is a start: the longer cue is matched first)
    *((f"{verb}了", Stage.COMPLETED, True) for verb in ("架设", "修建", "建设", "新建", "建成", "实施")),
    # the whole works done, told verb first with the works closing the clause ("完成A、B等机场改扩建",
    # "完成X机场迁建", "2025年完成Y建设", a list closed by 等: "完成A和B改扩建等"): built (a goal of a plan, or past). Not a part of the works
    # ("完成路基施工"), a year's investment or progress, nor the studies ("完成X建设前期工作"). The works may close an
    # item of a list of works ("完成A路面改造工程、B国道规范化整治工程"), and be of the kinds of lexicon.DONE_WORKS_KINDS
    # ("完成A大修等8个国省干线大中修工程") (issue 11 item 2, tests/extract/stages/test_stage_works_told_done_and_history.py)
    (
        f"完成(?!了?(?:全部|全线|主线)?(?:路基|路面|桥面|桩基|主塔|墩柱|钢结构|幕墙|屋面|大坝|坝体|隧道|桥梁|箱梁|T梁"
        f"|年度|全年|当年|今年|累计|计划|总体|前期|可研|初步))"
        f"(?={_C}{{0,40}}?(?:改扩建?|改建|迁建|扩建|扩能改造|升级改造|改造|建设|{lx.DONE_WORKS_KINDS})(?:工程|项目|任务)?"
        f"(?:等(?:工程|项目)?)?(?:[,，。;；、\n]|$))",
        Stage.COMPLETED,
        True,
    ),
    # new works told done, verb first ("完成X新建项目"): built; the cue takes in the works so that the count of new
    # projects inside ("新建项目" → a start) is not read after the item
    (f"完成{_C}{{0,30}}?{lx.DONE_NEW_WORKS}(?:工程|项目)", Stage.COMPLETED, True),
    # included in a plan, told in the perfect ("已纳入国家《中长期铁路网规划》"): as the lexicon's 纳入…规划
    # (the lexicon's bare "已纳入" would otherwise start first and say nothing)
    (f"已(?:经)?(?:纳入|列入){_C}{{0,20}}?规划", Stage.PROPOSED, True),
    # a start or an opening as a condition ("A、B开工后,在建高速将达到4条"): says nothing of the item
    # (generic: any other cue wins, and "继A开工后" is read by the series of milestones)
    *((f"{w}后", Stage.UNSPECIFIED, False) for w in ("开工", "开工建设", "动工", "开建")),
    # a greater effort on works going on ("加大A、B等工程建设力度")
    (f"加大(?={_C}{{0,40}}?建设力度)", Stage.UNDER_CONSTRUCTION, True),
    # a network or layout formed ("全面形成“三横两纵”高速公路网,为A、B", "建成“1高铁5普铁”格局"): its
    # lines are built (generic: any cue of the item's own wins)
    (f"形成{_C}{{0,14}}?(?:网|格局)(?!建设|规划)", Stage.COMPLETED, False),
    # the significance of a goal ("对加快建设X、打造Y具有重要意义"): the verbs inside name a purpose,
    # not the works' stage (generic, consuming the verbs so that none of them is read)
    (f"对{_C}{{0,30}}?具有{_C}{{0,6}}?(?:意义|作用)", Stage.UNSPECIFIED, False),
    # before a completion ("作为X建成投用前的替代方案"): the completion is still ahead and says nothing
    # of the item's stage (the lexicon's 建成 reads 建成后 so; 建成前 is its twin)
    *((f"{w}(?:投用|投运|通车|运营)?(?:之)?前", Stage.UNSPECIFIED, False) for w in ("建成", "竣工", "完工", "通车", "投用")),
)

#: The generic cues above, which speak of the item only when their 建设/工程 closes the item's
#: own noun phrase: "推进A、B等项目建设", not "推进A港区铁路集疏运体系建设" (A is only a place there),
#: or when the item is in a list the verb governs, closed by 等 and its kind ("推进实施A、B等高速公路,").
GENERIC = frozenset({"推进", "实施", "推进实施", "逐步推进", "逐渐推进", "持续推进", "扎实推进", "加速推进"})
#: Verbs that give their object no stage (the reference: "推动X建设" and "打造X" are 未说明); standing between a
#: generic verb of pace and the item, they govern it (:func:`geo.extract.stages.clause_stage.read_stage`).
UNSTAGED_VERB_RE = re.compile("推动|打造")

GENERIC_OBJECT_RE = re.compile(
    r"(?:[(（][^()（）,，。;；]{0,20}[)）])?(?:[、和及与](?:[^,，。;；、()（）]|[(（][^()（）,，。;；]{0,20}[)）]){0,30}?)*"
    r"(?:(?:等[^,，。;；、]{0,12}?)?[^,，。;；、]{0,4}?(?:建设|工程|项目)|等[^,，。;；、]{0,16}(?=[,，。;；]|$))"
)

# longest first, except that a milestone still ahead (GROUNDWORK) is tried before the milestone itself
_ALL = sorted((*lx.STAGE_CUES, *NEWS_CUES), key=lambda c: (GROUNDWORK not in c[0], -len(c[0])))

#: Every stage cue, plan and news, longest first.
STAGE_RE = re.compile(
    "(?=[" + "".join(sorted({c[0] for c, _s, _sp in _ALL})) + "])(?:"
    + "|".join(f"(?P<c{i}>{c})" for i, (c, _s, _sp) in enumerate(_ALL)) + ")"
)


def _by_first_char() -> dict[str, re.Pattern[str]]:
    """Return, per first character, the cues starting with it (in :data:`STAGE_RE`'s order and groups)."""
    out: dict[str, list[str]] = {}
    for i, (c, _s, _sp) in enumerate(_ALL):
        out.setdefault(c[0], []).append(f"(?P<c{i}>{c})")
    return {ch: re.compile("|".join(alts)) for ch, alts in out.items()}


_BY_FIRST = _by_first_char()
_FIRST_RE = re.compile("[" + "".join(sorted(_BY_FIRST)) + "]")


def find_cues(work: str) -> list[re.Match[str]]:
    """Return the non-overlapping :data:`STAGE_RE` matches of ``work``, left to right.

    The same matches as ``STAGE_RE.finditer(work)``, found faster: at a position only
    the cues starting with its character are tried (ingest stays faster than jieba, issue #11).
    """
    out: list[re.Match[str]] = []
    pos = 0
    for f in _FIRST_RE.finditer(work):
        i = f.start()
        if i < pos:
            continue
        m = _BY_FIRST[f.group()].match(work, i)
        if m:
            out.append(m)
            pos = m.end() if m.end() > i else i + 1
    return out


@functools.lru_cache(maxsize=1 << 14)
def name_stages(name: str) -> tuple[Stage, ...]:
    """Return the stages of the cues written in an item's name ("供水改扩建工程"), in order; memoised.

    The stages of ``STAGE_RE.finditer(name)``, found by :func:`find_cues` (the same matches,
    faster) once per name: a name is asked about for each of its mentions (issue 16).
    """
    return tuple(stage_of(m)[0] for m in find_cues(name))


def stage_of(m: re.Match[str]) -> tuple[Stage, bool]:
    """Return (stage, specific) of a :data:`STAGE_RE` match."""
    _c, stage, specific = _ALL[int(m.lastgroup[1:])]
    return stage, specific
