"""Stage cues of an item done or in service: told in the past, by its first use, its working and traffic; its upgrade.

Part of the stage vocabulary :data:`geo.extract.stages.cues.NEWS_CUES` (its docstring lists the classes of text,
each tested on invented sentences).
"""

from __future__ import annotations

from geo.extract import lexicon as lx
from geo.extract.stages.cue_parts import IN_CLAUSE, NEGATIONS, NOT_AFTER_USE
from geo.model import Stage

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

#: No opening still ahead told later in the sentence ("全线贯通,预计年底建成通车", "为按期通车奠定基础").
_NO_FORECAST_AFTER = "(?![^。;；!！?？\n]{0,40}?(?:预计|即将|有望|将于|将在|力争|确保|奠定|打下))"

#: A word of service used as a modifier says nothing of the item: "按500吨级通航标准建设X", "通航能力",
#: "X1000吨级通航设施工程" (the navigation structures: a kind of works, not a service begun).
_NOT_A_MODIFIER = "(?!标准|能力|条件|等级|里程|环境|效率|水平|规模|吨位|水深|尺度|保证率|净空|设施|建筑物)"

#: (cue, stage, specific), in the form of :data:`geo.extract.lexicon.STAGE_CUES`.
SERVICE_CUES: tuple[tuple[str, Stage, bool], ...] = (
    # works that repair or strengthen an existing item ("对X水库进行除险加固", "X大桥维修加固", "X大桥大修工程"):
    # an upgrade of what is there, as 改造 is
    ("除险加固", Stage.UPGRADE, True),
    ("维修加固", Stage.UPGRADE, True),
    ("大修(?!厂|车间)", Stage.UPGRADE, True),
    # a line's 贯通 told with what it brought ("X的贯通,让…成为日常", "X贯通带动…驶入动车时代"): the line runs,
    # as 通车 (a breakthrough of works alone, "X隧道顺利贯通,标志着…", is 在建: lexicon.STAGE_CUES)
    *((f"{w}贯通(?=(?:[,，])?(?:让|使得?|带动|结束了?))", Stage.COMPLETED, True) for w in ("", "全线", "全面")),
    # in service, told by its first use: "正式通航", "试运行", "并网发电", "通水", "交工验收", "启用"
    # ("通航后" is a condition about the future; "互联互通水平", "连通水系" hold no 通水)
    *(
        (f"{w}{NOT_AFTER_USE}{_NOT_A_MODIFIER}", Stage.COMPLETED, True)
        # (navigation resumed, "X航道实现全线复航", a line run at its design speed, "X高铁10月11日达速运营";
        # not the works named so, "涪江复航等项目", "复航工程", "启动X枢纽复航建设")
        for w in ("通航", "试运行", "试运营", "并网发电", "通水(?<![互连贯畅]通水)", "交工验收", "启用", "首航",
                  "复航(?![^,，。;；]{0,2}(?:工程|项目|建设))", "达速运营")
    ),
    # an opening achieved or set as a goal ("X顺利实现通车", "力争X年底实现全线通车", "已实现正式通航"): the
    # completion, as 建成通车; not a goal of service with a class or a manner ("将实现常年通航3000吨级船舶")
    (f"实现(?:全线|全面|正式|整体|双向|主线)?(?:通车|通航|通水)(?!{IN_CLAUSE}{{0,4}}?\\d)", Stage.COMPLETED, True),
    # a whole road, line or canal joined through end to end ("截至目前,X高速全线贯通", "A大道、B大道全线贯通",
    # "A、B等国省干线全线贯通"): built, as the tuning gold codes it in five documents of four splits (fresh7, fresh13,
    # fresh19, fresh20; fresh4 codes two 在建). Not a part's breakthrough ("X隧道全线贯通": the works go on,
    # lexicon.STAGE_CUES), not one followed by a forecast or a groundwork ("全线贯通,预计年底通车", "为通车奠定基础"), not
    # a condition ("全线贯通后,将…"), nor a breakthrough denied ("尚未全线贯通")
    (
        "全线贯通" + _NO_PART_BEFORE + "".join(f"(?<!{n}全线贯通)" for n in NEGATIONS)
        + "(?![^,，。;；]{0,2}[后倒奠])(?!运营|运行)" + _NO_FORECAST_AFTER,
        Stage.COMPLETED,
        True,
    ),
    # a line joined through and in service ("全线贯通运营", "贯通运行"), or one running across a region now
    # ("京昆高速、新成昆铁路贯通南北", "A、B等3条高速公路贯通某县全境", "贯通城乡"): built, unlike the works' milestone
    # 全线贯通 (not "贯通运营后,将…"); a place as 贯通's object is a route, as with 贯穿 (lexicon.CONTEXT_AFTER)
    # (a cue opens with a literal character: :func:`geo.extract.stages.cues.find_cues` tries cues by their first one)
    *(
        (f"{w}(?:运营|运行|南北|东西|{_REGION_OBJECT}){NOT_AFTER_USE}", Stage.COMPLETED, True)
        for w in ("全线贯通", "贯通")
    ),
    # in service told by its use
    ("投入使用" + NOT_AFTER_USE, Stage.COMPLETED, True),
    # in service told by its working (issue #11): generating ("开始发电运行", "累计上网发电量突破1亿
    # 千瓦时"), ready for its use ("已具备供水条件", "具备通车条件"; "待…具备通车条件后" is a condition),
    # a year's traffic ("2020年旅客吞吐量54.9万人次"; not a design figure: "按旅客吞吐量…设计")
    ("发电运行" + NOT_AFTER_USE, Stage.COMPLETED, True),
    ("开始发电" + NOT_AFTER_USE, Stage.COMPLETED, True),
    (f"累计{IN_CLAUSE}{{0,4}}?发电量", Stage.COMPLETED, True),
    ("具备(?:通车|通航|供水|发电|运营|投用|使用)条件" + NOT_AFTER_USE, Stage.COMPLETED, True),
    *(
        (f"{w}吞吐量(?:达到?|突破|超过|为)?[\\d.]+万(?:人次|吨|标箱)(?!{IN_CLAUSE}{{0,8}}?(?:设计|目标|需求))", Stage.COMPLETED, True)
        for w in ("旅客", "货物", "集装箱")
    ),
    # a year's throughput without its kind ("X港年吞吐量达500万吨", "2022年吞吐量突破800万吨"); not a
    # capacity of works to build or designed ("建设年吞吐量500万吨的码头", "设计年吞吐量")
    (
        f"年(?<!设计年)(?<!建设年)(?<!新增年)(?<!形成年)(?<!新建年)吞吐量(?:达到?|突破|超过|为)?[\\d.]+万(?:人次|吨|标箱)"
        f"(?!{IN_CLAUSE}{{0,8}}?(?:设计|目标|需求))",
        Stage.COMPLETED,
        True,
    ),
    # a road widened ("拓宽X", "关于扩宽X的提案", "X拓宽改造"): an upgrade, as 加宽
    # (not a figure of speech: "拓宽增收渠道", "拓宽发展空间"; nor an extent: "陆域扩宽至X路", "拓宽到6米")
    *((f"{w}(?![至到])(?!{IN_CLAUSE}{{0,8}}?(?:渠道|空间|领域|视野|思路|范围|市场|途径|路子|覆盖面))", Stage.UPGRADE, True) for w in ("拓宽", "扩宽")),
    # the works of an existing irrigation district: "灌区续建配套和现代化改造"
    ("续建配套", Stage.UPGRADE, True),
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
        f"(?={IN_CLAUSE}{{0,40}}?(?:改扩建?|改建|迁建|扩建|扩能改造|升级改造|改造|建设|{lx.DONE_WORKS_KINDS})(?:工程|项目|任务)?"
        f"(?:等(?:工程|项目)?)?(?:[,，。;；、\n]|$))",
        Stage.COMPLETED,
        True,
    ),
    # new works told done, verb first ("完成X新建项目"): built; the cue takes in the works so that the count of new
    # projects inside ("新建项目" → a start) is not read after the item
    (f"完成{IN_CLAUSE}{{0,30}}?{lx.DONE_NEW_WORKS}(?:工程|项目)", Stage.COMPLETED, True),
    # a network or layout formed ("全面形成“三横两纵”高速公路网,为A、B", "建成“1高铁5普铁”格局"): its
    # lines are built (generic: any cue of the item's own wins)
    (f"形成{IN_CLAUSE}{{0,14}}?(?:网|格局)(?!建设|规划)", Stage.COMPLETED, False),
)
