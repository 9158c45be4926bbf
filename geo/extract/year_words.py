"""The words years are read by: milestones that end or start works, an explicit year, a relative one.

Reads nothing of a document itself: it holds the patterns the modules of :mod:`geo.extract.years`
build on (:data:`DONE`, :data:`START`, :data:`EXPLICIT_YEAR`, :data:`RELATIVE_YEAR`, :data:`YEAR_MILESTONE_RE`,
:data:`LABELLED_MILESTONE_RE`), the end of a sentence they read up to, and hands on :class:`Years`, the
record of one mention's years every reader returns. It is part of the shared base, beside
:mod:`geo.extract.lexicon` and :mod:`geo.extract.patterns`, because the stage rules read a year bound to a
milestone too (:data:`YEAR_MILESTONE_RE`: :mod:`geo.extract.stages.later_clauses`,
:mod:`geo.extract.stages.references`) and :mod:`geo.extract.years` builds on :mod:`geo.extract.stages`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Not a milestone but its anniversary ("X建成通车一周年", "开通运营十周年之际": the year is the anniversary's, the
#: completion lies years before it), or a time before it naming a step ("开通运营前的联调联试", "开通前的安全评估").
#: Closes :data:`DONE` and the framed milestones of :mod:`geo.extract.years.own`.
NOT_MILESTONE = r"(?!(?:通车|运营|开通|投运|投用|通航)?(?:[一二两三四五六七八九十百\d]*周年|之?前的))"
#: A service opened at a hub, not the hub opened: "开通至北京的航线", "年内开通3条公交线路".
OPENS_SERVICE = r"(?![^,，。;；]{0,12}(?:航线|班列|列车|线路|航班|班轮|班线))"
#: 运营 as the service run, not its opening: "运营服务水平", "运营平稳有序", "运营管理" (a noun of the line in use).
RUN_NOT_OPENING = r"(?!服务|管理|安全|平稳|良好|有序|情况|水平|质量|效率|效益|里程|收入|成本|模式|主体|单位|公司|维护|保障|调度|组织|能力)"
#: Milestones that end works (the year before them is the target) and that start them.
DONE = (
    rf"(?:建成|通车(?!总?里程)|完工|竣工|投用|投运|投产|开通{OPENS_SERVICE}|运营{RUN_NOT_OPENING}|通航|达到开通条件|实现通车|投入使用|交付使用|投入运营"
    r"|完成(?![^,，。;；]{0,6}(?:投资|任务|产值|工作量|工程量|进度|目标|计划|前期|工可|可研|初步设计|设计|征地|拆迁"
    r"|主体|土建|路基|招标|审批|核准|立项|用地|选址|环评|移民|安置|铺轨|架梁|联调))"
    # the milestones that end a water or power project's works: a dam closes its gates to store water,
    # a canal carries water, a plant feeds the grid (not a quantity: 通水量, 蓄水量)
    r"|下闸蓄水|通水(?!量|能力|流量)|并网发电"
    # ready for its use, the milestone a work in progress names ("预计今年9月底具备发电条件", "具备通车条件"):
    # the vocabulary of the stage cue (stages: 具备…条件)
    r"|具备(?:通车|通航|供水|发电|运营|投用|使用)条件"
    # a road or bridge opened to traffic ("将于9月29日0点向社会车辆开放", "开放交通"): not a refusal
    # ("暂不开放交通") nor an opening of another kind (对外开放)
    r"|(?<![不未])(?:(?:向|对|面向)社会(?:车辆)?(?:正式)?开放|开放(?:交通|通行))"
    # a road handed over by its builder: "2024年底交工验收"
    r"|交工(?!期)"
    # a line or tunnel joined through end to end ("力争2027年全线贯通", "2025年双线贯通后"): not 贯通 of a
    # region (贯通南北, 贯通全境)
    r"|(?:全线|双线|全面)?贯通(?!南北|东西|全境|境内|城乡|[省市区县]域)"
    # a terminal, plant or port put to use ("T3航站楼计划2025年启用", "水厂预计明年投入运行", "新港区年底开港"), a
    # plant fed to the grid in full ("预计2025年全容量并网"; 并网发电 above, not an amount: 并网容量, 并网量), and all of
    # the works done ("计划6月前完成全部建设任务"; not a share of them: 完成年度建设任务, 完成主体施工任务)
    r"|启用|投入运行|开港|(?:全容量|全部机组|全面)?并网(?!发电|容量|规模|量)|完成(?:全部|所有)的?(?:建设|施工|工程)任务"
    # a trial run, the step before a line, port or plant opens ("预计2025年底投入试运行", "力争年底前实现X试运行"):
    # a step of the works (:data:`STEP_DONE_RE`), not a stage of it ("试运行阶段") nor a trial's length ("试运行一年")
    r"|(?:投入)?试运行(?!阶段|期|[一二两三四五六七八九十半\d]+[个年月天日周]))"
    + NOT_MILESTONE
)
#: Milestones of :data:`DONE` that are a step of the works, not the opening: a tunnel or line broken through end to
#: end, a road handed over by its builder, ready for use, a dam closing its gates to store water, a trial run (a later 竣工 or 建成
#: of the clause stands over it: "计划2025年下闸蓄水,2026年竣工").
STEP_DONE_RE = re.compile(r"(?:全线|双线|全面)?贯通|交工|具备|下闸蓄水|(?:投入)?试运行")
#: Milestones that open the works to their use.
OPENING_RE = re.compile(r"通车|开通|通航|运营|投用|投运|投入使用|投入运营|交付使用|启用|投入运行|开港")

#: A start told in the words of its ceremony: the foundation stone laid ("X在某镇奠基", "举行奠基仪式"; not a
#: founder or a figure of speech, 奠基人, 奠基之作, nor the stone itself), the first pile bored or cast ("首桩开钻",
#: "首根桩基浇筑"), as the stage cues read them (:data:`~geo.extract.lexicon.stage_words.STAGE_CUES`). (破土动工
#: ends in 动工.)
CEREMONY_START = r"奠基(?![人者之石性])|首根?桩基?(?:顺利)?(?:开钻|浇筑|施工)"
#: Milestones that start works: the year before them is the start year, never the target.
START = rf"开工|开建|动工|开始建设|启动建设|开始施工|进场施工|{CEREMONY_START}"

#: What may stand between a year and its milestone: up to ten characters, no clause mark ("2025年底前全线建成").
GAP = r"[^,，。;；!！?？\n]{0,10}?"
#: An explicit year, with the month, day and "end of / before" words that may follow it.
EXPLICIT_YEAR = (
    r"(?P<year>(?:19|20)\d\d)年(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?:\d{1,2}日)?)?"
    r"(?:年底|年末|底|末|上半年|下半年|左右)?(?:前|以前|内|之前)?"
)
#: A year relative to the document date, or a month and day of the document's year ("向6月30日完工"). Not a count
#: of years: "5年内建成", "两年内完工" (a span from a time the text may not name).
RELATIVE_YEAR = (
    r"(?P<rel>今年|全年|明年|后年|去年|前年|当年|本年度?|(?<![\d一二两三四五六七八九十几多半])年内|年底|年末|上半年|下半年|今日|今天|昨日|昨天|近日|日前|本月|下个?月"
    r"|(?<![\d一二三四五六七八九十个本上下年每])月(?:底|末)"
    r"|(?:国庆节?|五一|元旦|端午节?|中秋节?|春节)前"
    # a quarter or the middle of the year without a year ("三季度", "第四季度末", "年中")
    r"|(?<![\d年])第?[一二三四1-4]季度(?:末|底)?|(?<![\d])年中"
    # the year's goal of a milestone ("为年度竣工通车目标奠定基础", "冲刺年度通车目标"): not a year's amount or
    # works without a milestone ("年度投资目标", "年度建设目标"), nor another year's (上年度, 2023年度)
    r"|(?<![\d上下本跨])年度(?=[\u4e00-\u9fff]{1,8}?目标)"
    # (an hour may follow the day: "9月29日0点", "10月1日14时")
    r"|(?<![\d年—\-–~～])\d{1,2}月(?:\d{1,2}日(?![—\-–~～])|(?:底|末|份)?(?![\d—\-–~～])))"
    # the month and day of a relative year ("将于明年10月30日前实现全线建成通车"): part of the time, not of the gap
    # between it and its milestone
    r"(?:(?<=年)\d{1,2}月份?(?:\d{1,2}日)?(?:上旬|中旬|下旬)?)?"
    r"(?:年内|年底|年末|底)?(?:前|以前|之前)?"
)
#: A length of the line a milestone opens: "通车50公里", "明年约90公里长的道路将全线通车".
LENGTH = r"(?:约|近|超过?|逾)?\d+(?:\.\d+)?(?:余|多)?(?:公里|千米)"
#: A year (explicit or relative) and the milestone it dates, ``start`` set for a start: "力争2026年建成通车"; a
#: length after the year (``length``) is the stretch it opens, not part of the gap ("明年约90公里长道路将全线通车").
YEAR_MILESTONE_RE = re.compile(
    rf"(?:{EXPLICIT_YEAR}|{RELATIVE_YEAR})(?P<length>{LENGTH}长?的?)?{GAP}(?P<kind>(?P<start>{START})|{DONE})"
)
#: A milestone labelled with its time in running text: "建成时间为2025年", "计划开工时间:2024年",
#: "通车时间预计为2025年", "建成通车的时间预计在2025年", "建成于2019年".
LABELLED_MILESTONE_RE = re.compile(
    rf"(?P<kind>(?P<start>{START})|{DONE})(?:仪式|典礼|活动|动员会|动员大会)?(?:的?(?:时间|日期|年份)\s*(?:预计|计划|拟|定)?\s*(?:为|是|[:：])?"
    rf"|\s*(?:预计|计划)?\s*(?:于|在))\s*(?:于|在)?(?:{EXPLICIT_YEAR}|{RELATIVE_YEAR})"
)
#: Words putting a milestone ahead.
AHEAD_WORDS = "将|预计|计划|有望|可望|力争|争取|拟"


@dataclass(frozen=True, slots=True)
class Years:
    """The years one mention's clause gives."""

    target: int | None = None
    start: int | None = None
    basis: str | None = None
    #: a completion was read whose year is relative and the document has none ("今年底建成" in an undated
    #: text): the item's target is unknown, and a later milestone of its sentence is not to stand for it
    unread: bool = False
    #: the target is that of a step of the works (:data:`STEP_DONE_RE`: a bore broken through, a road handed over),
    #: which an opening later in the sentence stands over ("今年将实现贯通,2026年正式通车")
    step: bool = False
    #: the target is carried on by a later sentence of the item's paragraph, without a subject or with a referring
    #: head (:mod:`geo.extract.years.continued`: "X是某规划的重点项目。起点甲镇,…,计划2025年通车"), not by the
    #: item's own clause, whose stage it leaves unread (a completion still ahead: not before the document's year)
    carried: bool = False
    #: the reader of :func:`~geo.extract.years.mention.mention_years` that set the target (a diagnostic:
    #: :mod:`geo.extract.years.trace`, ``bench/year_audit.py``; never exported)
    rule: str | None = None

    def __post_init__(self) -> None:
        # plain years out (a :class:`~geo.extract.years.relative.DocYear` returned as is carries its month no
        # further); the two fields tested in line: 12,000 of these are made in an ingest of 50 documents (issue 16)
        if self.target is not None and type(self.target) is not int:
            object.__setattr__(self, "target", int(self.target))
        if self.start is not None and type(self.start) is not int:
            object.__setattr__(self, "start", int(self.start))


#: The years of a text that gives none: one shared record (it is frozen), not one made per question. Why so:
#: of the 14,400 records an ingest of the 50 documents of the bench made, 14,300 were this empty one, each a
#: few microseconds of a frozen dataclass's construction (issue 16).
NO_YEARS = Years()


def sentence_start(work: str, lo: int, pos: int) -> int:
    """Return where the sentence holding ``pos`` starts, not before ``lo``."""
    cut = max(work.rfind(ch, lo, pos) for ch in "。;；!！?？\n")
    return cut + 1 if cut >= 0 else lo


#: A demonstrative referring back to an item named before, maybe with a classifier: "该", "这一", "这条", "上述".
DEMONSTRATIVE = r"(?:该|此|这一?|上述)(?:条|座|个|段|批)?"
#: The head of a sentence whose subject refers back to the item named before it (issue #11 item 3): a
#: demonstrative and a kind of work ("该项目", "该线", "此工程", "这条高速", "该站"), or a bare 项目/工程 (not
#: 项目部, 工程师, 项目建设单位, 项目方面).
CARRY_ON_HEAD = (
    DEMONSTRATIVE +
    r"(?:项目|工程|路段|线路?|铁路|高铁|高速(?:公路)?|公路|大桥|桥梁?|隧道|枢纽|互通|机场|水库|电站|港区?|码头|站)"
    r"|(?:项目|工程)(?![师院局部处])(?!建设(?:管理|单位|指挥部))(?!方面)"
)
#: A sentence without a subject going on about the item before it: it opens with a word of intent
#: ("计划明年上半年通航", "预计2025年投运", "力争年底建成").
CARRY_ON_INTENT = r"预计|计划|力争|争取|有望|可望|确保|拟|将"
#: A short attribution, a hedge or a source opening a sentence before its time ("报告指出,", "不出意外的话,",
#: "据悉,", "按计划,"), or a source named at length after 据 ("据市住房城乡建委相关负责人介绍,"): the time
#: after it is still the sentence's.
ATTRIBUTION = (r"(?:据[^,，。;；:：\n\d]{1,24}(?:介绍|透露|了解|消息|获悉)"
               r"|[^,，。;；:：\n\d]{0,8}(?:指出|明确|提出|强调|表示|透露|介绍|的话|据悉|据了解|按计划|按照计划))[,，:：]")

#: What may open such a sentence before its head: a time or a source ("目前,", "据介绍,", "按照计划,").
CARRY_ON_LEAD = r"(?:目前|当前|现在|眼下|如今|同时|此外|另外|据介绍|据了解|据悉|按照?计划|根据计划)[,，]?"
