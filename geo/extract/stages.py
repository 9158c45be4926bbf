"""Stage vocabulary of news reports and work reports, on top of the plan cues of the lexicon.

Classes of text (issue #11), each tested on invented sentences in tests/test_timeline.py and
tests/test_stages.py:

* **works going on**: a milestone of a part of the works (铺轨, 架梁, 合龙, 封顶, 大坝填筑,
  下闸蓄水, 机组安装完成), a report from the site (施工现场, 进展顺利, 有序推进, 发起总攻), a step
  that "lays the ground" for the opening ("为X年底通车奠定了基础") or the
  generic "推进X建设", "实施X工程" of a work report → 在建;
* **a list counted by kind**: "A、B等4个新建项目" → 开工, "5个续建项目" → 在建;
* **planned only**: "拟投资…建设X", "再储备X等9个项目" → 研究论证;
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

* **held-out classes of the eleven tuning splits** (issue #11 item 2, session 18g; tests/test_stage_classes_18.py):
  progress told in the present ("正在推进X") → 在建, unless a task is pushed on ("正在推进前期工作"). A verb of
  progress closing the clause after its items ("A、B等项目也在…大力推进") is not read: it lost on the validation split.

* **held-out classes of session 20s** (tests/test_stage_classes_20.py): a water facility the water of a scheme flows
  out of or into ("将A水库的蓄水引入B水库", "汇入A、B水库", "为A、B等水源工程补水", "A、B等水库…正在溢洪", "从为某区供水的X取水")
  and a line running across a place now ("贯穿全域", "贯穿市区南北", lexicon.CONTEXT_AFTER) → 建成.

These cues are read only by :mod:`geo.extract.clauses`; they do not cut names (the name
boundaries are :data:`geo.extract.lexicon.LEFT_STOPS`).
"""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.patterns import HEAD_RE
from geo.model import EntityType, Stage

#: Clause end: a cue's lookahead does not reach past it.
_C = r"[^,，。;；!！?？\n]"

#: After a milestone: the sentence says a step "lays the ground" for it ("为X年底通车奠定了基础",
#: "为X早日开通运营,奠定坚实基础", "为X通车提供保障"), so the milestone is still ahead.
GROUNDWORK = r"(?=[^,，。;；]{0,4}?[,，]?(?:奠定|打下|提供保障|提供支撑|创造条件))"

#: Words denying a milestone: "尚未开工", "还未建成", "暂未通车".
_NEGATIONS = ("尚未", "还未", "暂未", "仍未", "未", "没有")

#: "投入使用后,将…" is a condition about the future, as for the lexicon's completions.
_NOT_AFTER_USE = "(?![^,，。;；]{0,2}后)"

#: A word of service used as a modifier says nothing of the item: "按500吨级通航标准建设X", "通航能力",
#: "X1000吨级通航设施工程" (the navigation structures: a kind of works, not a service begun).
_NOT_A_MODIFIER = "(?!标准|能力|条件|等级|里程|环境|效率|水平|规模|吨位|水深|尺度|保证率|净空|设施|建筑物)"

#: Manners of a verb of progress (加快推进, 大力推进): :data:`NEWS_CUES` reads them in the present ("正在加快推进").
_PUSH_MANNERS = ("加快", "加紧", "积极", "大力", "全力", "按时", "按期", "顺利")
#: The steps before works a verb of progress may govern ("推进前期工作", "推进规划研究", "推进招商").
_BEFORE_WORKS = "(?:前期|规划|研究|论证|招商|可研|工可|立项|报批|审批|设计|勘察)"

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
        (f"{w}{_C}{{0,6}}?{phase}阶段", stage, True)
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
    ("有序推进", Stage.UNDER_CONSTRUCTION, True),
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
    (f"完成(?:总)?工程量{_C}{{0,3}}?\\d", Stage.UNDER_CONSTRUCTION, True),
    # a bare share done ("X主桥已完成80%", "X已完成约65%"); not the share of a preparation ("已完成80%的
    # 征地拆迁", "征地已完成90%"; "已完成征地80%" and 投资 are read by the cues above)
    *((f"{w}{''.join(f'(?<!{p}{w})' for p in ('征地', '拆迁', '用地', '设计', '前期'))}完成了?(?:约|近|超过|逾)?\\d+(?:\\.\\d+)?%(?![^,，。;；]{{0,2}}?(?:征地|拆迁|用地|前期|设计|勘察|可研|投资))",
       Stage.UNDER_CONSTRUCTION, True) for w in ("已", "已经")),
    (f"进度完成{_C}{{0,4}}?\\d", Stage.UNDER_CONSTRUCTION, True),
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
    ("用地报批", Stage.PRELIMINARY, False),
    # an approval obtained from an office named in between ("X获民航局批复", "X获得民航局选址批复",
    # "X获国家发改委核准"): the approval is the item's, however far the office puts the word
    (f"获得?{_C}{{0,10}}?(?:批复|批准|核准)", Stage.PRELIMINARY, True),
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
    # a part of the works done: "主体结构工程顺利完工", "主体完工" (the whole is still being built)
    ("主体(?:结构)?(?:工程)?(?:顺利|全面|基本)?(?:完工|完成|竣工)", Stage.UNDER_CONSTRUCTION, True),
    # the steps of the works before an opening ("联调联试", "动态验收") and a pace of works ("加紧建设",
    # "建设提速", "全面展开")
    *((w, Stage.UNDER_CONSTRUCTION, True) for w in ("联调联试", "动态验收", "静态验收", "加紧建设", "抓紧建设", "全力建设", "加速建设", "全面展开")),
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
    # progress told in the present ("正在推进X", "正在加快推进A、B"): the works are going on; not the steps
    # before works the verb governs ("正在推进前期工作", "正在加紧推进X规划研究")
    (f"正在(?:{'|'.join(_PUSH_MANNERS)})?推进(?!{_C}{{0,10}}?{_BEFORE_WORKS})", Stage.UNDER_CONSTRUCTION, True),
    # in service, told by its first use: "正式通航", "试运行", "并网发电", "通水", "交工验收", "启用"
    # ("通航后" is a condition about the future; "互联互通水平", "连通水系" hold no 通水)
    *(
        (f"{w}{_NOT_AFTER_USE}{_NOT_A_MODIFIER}", Stage.COMPLETED, True)
        # (navigation resumed, "X航道实现全线复航", a line run at its design speed, "X高铁10月11日达速运营";
        # not the works named so, "涪江复航等项目", "复航工程")
        for w in ("通航", "试运行", "试运营", "并网发电", "通水(?<![互连贯畅]通水)", "交工验收", "启用", "首航",
                  "复航(?![^,，。;；]{0,2}(?:工程|项目))", "达速运营")
    ),
    # "现在" (now) before 建: the time word, not the status 在建 ("现在建成的X" is built, "现在建设X"
    # says nothing of the item): consumed so that 在建 is not read inside it
    ("现在(?=建)", Stage.UNSPECIFIED, False),
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
    # included in the plan of the state or a province told as its "basket" ("纳入国家“盘子”"), as 纳入…规划
    (f"纳入{_C}{{0,6}}?盘子", Stage.PROPOSED, True),
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
    ("前期(?:研究|论证|研究论证|论证研究)", Stage.PRELIMINARY, True),
    # an outlook line of a plan ("A、B等国家高速公路远期展望线项目前期研究"): planned for the far future,
    # whatever study the clause tells (it is read before the study's cue)
    ("远期展望", Stage.PROPOSED, True),
    # a completion about to come ("即将建成通航", "即将完工通车", "即将通车!"): the works are closing, still
    # going on (as a forecast, 预计…建成); the completion words are consumed so that none is read alone
    (
        f"即将{_C}{{0,4}}?(?:建成|完工|竣工|通车|开通|通航|投用|投运|投产)(?:投用|投运|通车|通航|运营)?",
        Stage.UNDER_CONSTRUCTION,
        True,
    ),
    # a line joined through and in service ("全线贯通运营", "贯通运行"), or one running across a region now
    # ("京昆高速、新成昆铁路贯通南北"): built, unlike the works' milestone 全线贯通 (not "贯通运营后,将…")
    # (a cue opens with a literal character: :func:`find_cues` tries cues by their first one)
    *((f"{w}(?:运营|运行|南北|东西){_NOT_AFTER_USE}", Stage.COMPLETED, True) for w in ("全线贯通", "贯通")),
    # 启动 of something other than the works (issue #11 item 2): the preliminary work of a list
    # ("启动A、B(某某高铁)前期工作") is preparation; a line's commissioning ("生产线启动调试") is works
    # going on; a maintenance job ("启动A、B等县道修复养护工作") says nothing of the works' stage
    (f"启动(?={_C}{{0,40}}?前期)", Stage.PRELIMINARY, True),
    ("启动调试", Stage.UNDER_CONSTRUCTION, True),
    (f"启动(?={_C}{{0,30}}?(?:养护|修复|维修|整治工作))", Stage.UNSPECIFIED, False),
    ("备案", Stage.PRELIMINARY, True),
    # a milestone denied ("尚未开工", "还未建成"): the works are before it. Not yet started is
    # preparation (前期工作); not yet done is works going on
    *((f"{neg}{verb}", Stage.PRELIMINARY, True) for neg in _NEGATIONS for verb in ("开工", "动工", "开建")),
    *((f"{neg}{verb}", Stage.UNDER_CONSTRUCTION, True) for neg in _NEGATIONS for verb in ("建成", "完工", "竣工", "通车")),
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
    # works told since their start ("开工建设以来,已完成投资30亿元"), a tunnel entered ("隧道进洞"),
    # the last push before an opening ("冲刺阶段", "通车倒计时")
    ("开工(?:建设)?以来", Stage.UNDER_CONSTRUCTION, True),
    ("进洞", Stage.UNDER_CONSTRUCTION, True),
    ("冲刺阶段", Stage.UNDER_CONSTRUCTION, True),
    *((f"{w}倒计时", Stage.UNDER_CONSTRUCTION, True) for w in ("通车", "开通", "通航", "投用", "投运")),
    # the works closing ("进入收尾阶段", "收尾工作", "施工进入尾声")
    ("进入尾声", Stage.UNDER_CONSTRUCTION, True),
    ("收尾阶段", Stage.UNDER_CONSTRUCTION, True),
    ("进入收尾", Stage.UNDER_CONSTRUCTION, True),
    # the construction drawings are the last step of the design: preparation
    ("施工图(?:设计|审查|编制)", Stage.PRELIMINARY, True),
    # listed in a plan ("已列入国家中长期铁路网规划"), as the lexicon's 纳入…规划
    (f"列入{_C}{{0,16}}?规划", Stage.PROPOSED, True),
    # an item of a plan ("X是国家发改委批复的《…城际铁路建设规划(2015-2020年)》中的重大项目", "X是《…布局规划》中
    # Y的重要组成部分"): planned, as 列入…规划
    (f"是{_C}{{0,16}}?《[^》\n]{{1,40}}?规划[^》\n]{{0,20}}》中", Stage.PROPOSED, True),
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
    ("初步设计", Stage.PRELIMINARY, True),
    # the preliminary works of a project ("加快开展X航道整治前期工程"), as its 前期工作
    ("前期工程", Stage.PRELIMINARY, True),
    # "为X年底开通奠定了基础": the works toward the milestone are going on
    *((f"{w}{GROUNDWORK}", Stage.UNDER_CONSTRUCTION, True) for w in ("开通运营", "开通", "通车", "通航", "建成", "投用", "投运")),
    # a work report's generic verbs: "推进X建设", "实施X工程"; any specific cue wins over them
    (f"推进(?={_C}{{0,200}}?(?:建设|工程))", Stage.UNDER_CONSTRUCTION, False),
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
    ("储备", Stage.PROPOSED, True),
    # built, told in the past ("开工建设了X" is a start: the longer cue is matched first)
    *((f"{verb}了", Stage.COMPLETED, True) for verb in ("架设", "修建", "建设", "新建", "建成", "实施")),
    # the whole works done, told verb first with the works closing the clause ("完成A、B等机场改扩建",
    # "完成X机场迁建", "2025年完成Y建设", a list closed by 等: "完成A和B改扩建等"): built (a goal of a plan, or past). Not a part of the works
    # ("完成路基施工"), a year's investment or progress, nor the studies ("完成X建设前期工作")
    (
        f"完成(?!了?(?:全部|全线|主线)?(?:路基|路面|桥面|桩基|主塔|墩柱|钢结构|幕墙|屋面|大坝|坝体|隧道|桥梁|箱梁|T梁"
        f"|年度|全年|当年|今年|累计|计划|总体|前期|可研|初步))"
        f"(?={_C}{{0,40}}?(?:改扩建?|改建|迁建|扩建|扩能改造|升级改造|改造|建设)(?:工程|项目|任务)?(?:等(?:工程|项目)?)?(?:[,，。;；\n]|$))",
        Stage.COMPLETED,
        True,
    ),
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
GENERIC_OBJECT_RE = re.compile(
    r"(?:[(（][^()（）,，。;；]{0,20}[)）])?(?:[、和及与](?:[^,，。;；、()（）]|[(（][^()（）,，。;；]{0,20}[)）]){0,30}?)*"
    r"(?:(?:等[^,，。;；、]{0,8}?)?[^,，。;；、]{0,4}?(?:建设|工程|项目)|等[^,，。;；、]{0,8}(?=[,，。;；]|$))"
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


#: A verb naming the existing line a route starts at, ends at or joins ("顺接A、B", "止于C", "接入D"):
#: stronger than a milestone later in the sentence, which is the route's own.
ROUTE_END_NEAR = re.compile(r"(?:顺接|起于|止于|起自|终于|终到|接入)$")

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
RELATIONS: tuple[tuple[frozenset[EntityType], re.Pattern[str]], ...] = (
    (frozenset({EntityType.RAIL_STATION}), STATION_NEAR),
    (frozenset({EntityType.AIRPORT}), AIRPORT_NEAR),
)

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

#: A headline reporting a batch of projects: "集中开工354个重大项目", "42个项目集中开工", "一批项目竣工".
BATCH_RE = re.compile(r"\d+个(?:重大|重点)?项目|集中(?:开工|竣工|投产|签约)|一批(?:重大|重点)?项目")

#: A planned item named as a route's end or partner: a status word glued before it, after a
#: connecting verb or a list separator ("东接规划X大桥(不含)", "与拟建X铁路相接"): planned only.
#: An item marked as existing right before it, after a route's verb, a join or a list separator
#: ("起于既有X立交", "与已建成的Y相接", "A、现有B"): built, whatever milestone the sentence tells (the
#: new route's).
EXISTING_MODIFIER_RE = re.compile(r"(?:^|[起止于接至到连通与和及、,，])(?:既有|现有|已建成|已通车|已投用|已运营)(?:的)?$")

#: 规划 as the verb right before an item's list ("建设任务规划A、B、C四级航电枢纽", "规划A港"), read on
#: the words before the item with the other items of its list removed; not the noun ("按照规划", "《X规划》").
PLANNED_VERB_RE = re.compile(r"(?<![按照据依《和与及是为])规划(?:有|了)?$")  # ("并规划有A、B等项目")

PLANNED_MODIFIER_RE = re.compile(r"(?:^|[起止于接至到连通与和及、,，])(?:规划|拟建|待建|远期)(?:的|中的)?$|规划中的$")

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
CAPTION_BEFORE_RE = re.compile(r"[ \t\u3000]*(?:[^\s,，。;；、:：的]{1,6}的)?$")
CAPTION_AFTER_RE = re.compile(
    # a credit after a full stop ("。市交通局供图", "。(某网 某某摄)"; the next line may be joined to it) or closing
    # the line ("X大桥 某某摄"), or a view of the item closing its line ("X机场内部。"); a bare "X。" line is no
    # caption (a part of the report's subject: :func:`geo.extract.discourse.part_of_subject`)
    r"(?:内部|一角|全景|夜景|近景|俯瞰|航拍|实景)?"
    r"(?:[。.][ \t\u3000]*[(（]?[^\n,，。;；()（）]{1,16}?(?:摄|供图)[)）]?"
    # (the credit may be spaced, "X大桥   某某  摄", "X大桥 通讯员 某某 摄", or glued once the spaces between
    # Chinese characters are dropped: "X大桥通讯员某某摄")
    r"|[ \t\u3000]*(?:[^\s,，。;；()（）]{1,8}[ \t\u3000]+){0,2}[^\s,，。;；()（）]{0,8}?(?:摄|供图)(?=[ \t\u3000]*(?:\n|$)))"
    r"|(?:内部|一角|全景|夜景|近景|俯瞰|航拍|实景)[。.]?(?=[ \t\u3000]*(?:\n|$))"
)
CAPTION_NOT_RE = re.compile(r"远景|效果|示意|规划|施工|建设|设计|模型|开工|在建")

#: A photo caption longer than the item alone (issue #11 item 2, existing infrastructure as context): a sentence
#: opening its line with a caption's lead ("资料图:航拍A、B的隧道和桥梁。", "图为X的一段道路。", "这是全长882米的X。"),
#: or any sentence of a line closed by a photo credit ("游客在X站留影(2025年2月18日摄)新华社记者 某某 摄", "X附近
#: 满载集装箱的轮船。新华社记者 某某 摄"). The items pictured are there, unless the caption shows works or a plan
#: (:data:`CAPTION_NOT_RE`, 正在, a project: 工程) or looks ahead (:data:`FUTURE_RE`).
PHOTO_LEAD_RE = re.compile(r"[ \t\u3000]*(?:资料图|资料照片|图为|这是)")
#: (the credit after the caption's sentence, "。新华社记者 某某 摄" or "供图:某网记者 某某", whose line break may be
#: joined to the next line; or a dated credit in a bracket inside it, "(2025年2月18日摄)")
PHOTO_CREDIT_AFTER_RE = re.compile(r"[ \t\u3000]*[(（]?[^\n,，。;；()（）]{0,16}?(?:摄(?!影|像|制|入|取|氏)|供图)")
PHOTO_CREDIT_IN_RE = re.compile(r"[(（][^()（）\n]{0,16}摄[)）]")
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

#: A shipment about to leave for it ("产品将发往X港", "将运往某国的X港"): the 将 is the goods', not the item's
#: (the country or city of the item may stand between: "运往某国的X港").
DESTINATION_NEAR = re.compile(r"(?P<ahead>即将|将)?(?:开往|发往|运往|抵达|通往|运至|运送至|送至|转运至|运抵)(?:[^\s,，。;；、的]{1,6}的)?$")
TEST_RUN_RE = re.compile(r"检测车|试验车|试运行|联调联试|试跑")

#: A status written right before an item or its list (issue #11 item 2): under construction ("建设中的X",
#: "在建X即将完工", "正在建设的X") or existing ("原有X", "相比原有的X", "已有的A、B", "解决现有X短板",
#: "接已建X"), wherever the phrase stands;
#: "规划中的X" is :data:`PLANNED_MODIFIER_RE`'s. Not "现在建设…" (a time and a verb).
BUILDING_MODIFIER_RE = re.compile(r"(?:(?<![现正])在建(?:的|中的)?|(?:正在)?建设中的|正在(?:建设|施工)的)$")
OLD_MODIFIER_RE = re.compile(r"(?:原有(?:的)?|已有的|(?<![拥具])现有(?:的)?|已建(?:的)?)$")

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
INVENTORY_RE = re.compile(r"(?:共有|现有|已有|拥有|仅有|仅)[^,，。;；]{0,12}?(?:\d+|[一二三四五六七八九十两]+)(?:座|条|个|处|家)")

#: What a facility holds now: "现有1条长2800米的跑道", "已有5个千吨级泊位" (not a time: "个月").
HOLDINGS_RE = re.compile(r"(?:现有|已有|拥有|建有)[^,，。;；]{0,6}?(?:\d+|[一二三四五六七八九十两]+)(?:座|条|个(?!月)|处|台)")

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
#: the list and the predicate after it (:func:`geo.extract.clauses.is_context`); not when the sentence
#: looks ahead (:data:`FUTURE_RE`).
LINKED_VIA_RE = re.compile(r"(?:通过|经由|经|与|同)$")
LINKED_AFTER_RE = re.compile(
    r"[^,，。;；]{0,8}?(?:相连|相接|相通|连通|连接(?!线|起来)|互联互通|换乘"
    # "通过A和B高速直达主城", "经X可达": the way one travels now; a change of road at an interchange
    # ("可通过X互通转换至Y高速"); a link achieved ("通过X高铁实现了A、B通高铁"); a detour ("需要通过X借道某地")
    r"|直达|可达|通达|到达|转换至|转至|实现了|借道)"
)
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

#: Items drawn on as assets now (issue #11): "充分利用X港等优势资源", "借助X新区与Y的优势", "依靠X的
#:带动作用": the verb before the list and the asset word after it (:func:`geo.extract.clauses.is_context`).
LEVERAGE_NEAR = re.compile(r"(?:充分利用|利用好|借助|依靠|依托现有)$")
LEVERAGE_AFTER_RE = re.compile(r"[^,，。;；]{0,10}?(?:优势|资源|区位|带动作用|辐射作用)")

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
    r"(?:(?:等|(?:\d+|[一二三四五六七八九十两]+)[个座处])(?:港口|港区|机场|车站|码头|作业区|物流园区?|枢纽)?)?"
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
#: C组成的综合立体交通网", "境内由A和B(C)组成,是…唯一交通命脉", "与A、B一起,形成X首条外环高速路网".
#: Read after the item's list (one more item may stand between, joined by 和/及/与); a network still
#: ahead ("建成后将与A、B共同形成…路网", "规划由A、B组成的路网") is read by the caller.
NETWORK_AFTER_RE = re.compile(
    r"[)）]?(?:[及和与、][^,，。;；、及和与的]{1,14}?)?(?:等)?"
    r"(?:(?:一起|一道|共同)[,，]?(?:形成|构成|组成)了?|(?:所)?(?:组成|构成)了?)"
    r"[^。;；\n]{0,24}?(?:网|体系|命脉|格局)"
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
    r"(?:上|内)?[^,，。;；]{0,6}?(?:驶出|驶离|驶入|出发|始发|发车|开出|起飞|降落|抵达|停靠|靠泊|飞驰|行驶|开往|发出的)"
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
JOINED_RE = re.compile(r"(?:将|共同|一起)?(?:连接起来|连接|相连|相接|衔接|接轨|组成|形成|构成|相交|立体交叉)")
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
    r"(?P<kind>" + "|".join(k for k, _s in sorted(HEADING_KINDS, key=lambda k: -len(k[0]))) + ")"
    r"(?:的)?(?:重点|重大)?(?:类)?(?:项目|工程)(?:清单|名单|表|计划)?"
    r"\s*(?:[(（][^()（）。\n]{0,30}[)）])?\s*(?:[:：]\s*(?:共\s*)?\d{1,5}\s*(?:个|项|宗)?)?[:：]?\s*$"
)


#: The kinds a list's title may name, longest first ("前期工作" before "前期").
#: The kind must name the projects ("前期工作重点项目", "新开工项目", "前期工作费"): "共建成渝…" is no 建成.
_TITLE_KIND_RE = re.compile(
    "(" + "|".join(k for k, _s in sorted(HEADING_KINDS, key=lambda k: -len(k[0]))) + ")(?=(?:的)?(?:重点|重大)?(?:项目|工程|费))"
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
