"""Stage cues of works told by their site: a part built or a step taken, the share done, the closing stage, works resumed.

Part of the stage vocabulary :data:`geo.extract.stages.cues.NEWS_CUES` (its docstring lists the classes of text,
each tested on invented sentences); the verbs of progress and pace are :mod:`geo.extract.stages.pace_cues`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.stages.cue_parts import IN_CLAUSE, NEGATIONS, NOT_AFTER_USE
from geo.model import Stage

#: The works in service or done, told in the clause after an impoundment (part s51): power generated so far, the running
#: found normal, the final acceptance awaited; not a trial run nor a stage's acceptance.
IMPOUNDED_IN_SERVICE = (
    f"(?:目前|现)?{IN_CLAUSE}{{0,6}}?(?:累计{IN_CLAUSE}{{0,8}}?发电|运行(?:指标|情况|状况)?(?:正常|良好)|正常运行|(?:等待|迎接|待)竣工验收)"
)

#: (cue, stage, specific), in the form of :data:`geo.extract.lexicon.STAGE_CUES`.
WORKS_CUES: tuple[tuple[str, Stage, bool], ...] = (
    # a part of the works done or a report from the site: the project is being built
    ("铺轨", Stage.UNDER_CONSTRUCTION, True),
    ("架梁", Stage.UNDER_CONSTRUCTION, True),
    ("合龙", Stage.UNDER_CONSTRUCTION, True),
    ("封顶", Stage.UNDER_CONSTRUCTION, True),
    ("填筑", Stage.UNDER_CONSTRUCTION, True),
    ("下闸蓄水", Stage.UNDER_CONSTRUCTION, True),
    # an impoundment told with the works in service or done in the next clause ("X已下闸蓄水,累计发电量突破1亿千瓦时",
    # "X于9月下闸蓄水,目前各项运行指标正常", "X下闸蓄水,等待竣工验收"): the reservoir works, 建成; alone, or with a trial
    # run or a stage's acceptance after it ("正处在试运行阶段", "通过下闸蓄水阶段验收"), a milestone of works going on (part s51)
    (f"下闸蓄水(?=[^,，。;；]{{0,4}}[,，]{IMPOUNDED_IN_SERVICE})", Stage.COMPLETED, True),
    ("安装完成", Stage.UNDER_CONSTRUCTION, True),
    ("安装就位", Stage.UNDER_CONSTRUCTION, True),
    ("吊装完成", Stage.UNDER_CONSTRUCTION, True),
    ("施工现场", Stage.UNDER_CONSTRUCTION, True),
    ("进展顺利", Stage.UNDER_CONSTRUCTION, True),
    ("发起总攻", Stage.UNDER_CONSTRUCTION, True),
    ("建设正酣", Stage.UNDER_CONSTRUCTION, True),
    ("完成(?:年度|全年|当年|今年|累计)?(?:计划)?投资", Stage.UNDER_CONSTRUCTION, True),
    # the works told by their site: a construction report ("加紧施工", "收尾施工"), the works'
    # progress as a share ("完成总体施工进度的87%", "总体进度完成超过90%"), a tunnel's advance
    # ("累计掘进1200米"), the site itself ("建设现场一派繁忙", "建设如火如荼"); a condition
    # ("具备施工条件") or a meeting held on site ("建设现场会") is no report of works
    *((f"{w}施工", Stage.UNDER_CONSTRUCTION, True) for w in ("加紧", "加快", "正在", "全面", "进场", "紧张", "收尾", "主体")),
    # the crews entering the site told as the event ("施工单位已于3月初正式进场施工", "施工队伍正式进场"): the works begin,
    # as 开工; not the works since then ("正式进场施工以来": going on) (part s51)
    ("正式进场(?:施工)?(?!以来)", Stage.STARTING, True),
    ("施工进度", Stage.UNDER_CONSTRUCTION, True),
    # the share of the works done (issue #11 item 2): "形象进度分别达98%、70%", "总体工程已完成45%",
    # "可完成总工程量的60%以上" (not a year's investment: "完成投资占总投资的45%" is the cue above)
    (f"形象进度{IN_CLAUSE}{{0,6}}?\\d", Stage.UNDER_CONSTRUCTION, True),
    (f"工程(?:量)?(?:已|已经)?完成{IN_CLAUSE}{{0,4}}?\\d+(?:\\.\\d+)?%", Stage.UNDER_CONSTRUCTION, True),
    (f"完成(?:至)?(?:总)?工程(?:总)?量{IN_CLAUSE}{{0,3}}?\\d", Stage.UNDER_CONSTRUCTION, True),
    # a bare share done ("X主桥已完成80%", "X已完成约65%"); not the share of a preparation ("已完成80%的
    # 征地拆迁", "征地已完成90%"; "已完成征地80%" is read by preparation_cues' 征地, 投资
    # by the cue above)
    *((f"{w}{''.join(f'(?<!{p}{w})' for p in ('征地', '拆迁', '用地', '设计', '前期'))}完成了?(?:约|近|超过|逾)?\\d+(?:\\.\\d+)?%(?![^,，。;；]{{0,2}}?(?:征地|拆迁|用地|前期|设计|勘察|可研|投资))",
       Stage.UNDER_CONSTRUCTION, True) for w in ("已", "已经")),
    (f"进度完成{IN_CLAUSE}{{0,4}}?\\d", Stage.UNDER_CONSTRUCTION, True),
    # the same told with 进度 reaching a share ("总体建设进度已至40%", "建设进度已达六成"), a share of a part's
    # quantity done ("船闸混凝土完成总量的50%"), or half the works passed ("控制性工程施工即将过半"); not the
    # progress of the preparation or the money ("征地拆迁进度已达90%", "投资进度达到80%") (part-t36)
    *((f"{w}(?:已|已经)?(?:至|达到?|超过){IN_CLAUSE}{{0,2}}?[\\d一二三四五六七八九半]", Stage.UNDER_CONSTRUCTION, True)
      for w in ("建设进度", "工程进度", "总体进度")),
    (f"完成(?:总)?量的{IN_CLAUSE}{{0,2}}?\\d+(?:\\.\\d+)?%", Stage.UNDER_CONSTRUCTION, True),
    *((f"{w}(?:即将|已经|已)?过半", Stage.UNDER_CONSTRUCTION, True) for w in ("施工", "建设", "工程")),
    (f"完成{IN_CLAUSE}{{0,6}}?进度{IN_CLAUSE}{{0,3}}?\\d", Stage.UNDER_CONSTRUCTION, True),
    ("建设现场(?!会)", Stage.UNDER_CONSTRUCTION, True),
    # physical works going on now ("正在铺设路面", "正在架设钢箱梁", "正在进行钢结构吊装") or near their end
    # ("施工接近尾声", "建设进入尾声")
    (f"正在{IN_CLAUSE}{{0,6}}?(?:铺设|架设|浇筑|吊装|安装|摊铺|开挖|掘进|填筑|砌筑|拼装|焊接|铺轨|架梁)", Stage.UNDER_CONSTRUCTION, True),
    *((f"{w}(?:已)?(?:接近|进入|步入|临近)尾声", Stage.UNDER_CONSTRUCTION, True) for w in ("施工", "建设", "工程")),
    # the worksite named after the works ("X工地一派繁忙", "在X工地上", "奋战X建设一线", "X施工一线"); not a
    # former site ("原工地") nor a meeting about sites
    ("工地(?<![原旧老]工地)(?!会|管理制度)", Stage.UNDER_CONSTRUCTION, True),
    *((f"{w}一线", Stage.UNDER_CONSTRUCTION, True) for w in ("建设", "施工")),
    ("如火如荼", Stage.UNDER_CONSTRUCTION, True),
    # workers racing the schedule on site ("工人干劲十足抢抓工期")
    ("抢抓工期", Stage.UNDER_CONSTRUCTION, True),
    ("掘进", Stage.UNDER_CONSTRUCTION, True),
    # a step of the works told done or going on ("轨道全线铺通", "首台风机吊装"): the works are going on, as 铺轨 and
    # 架梁; not negated ("尚未铺通") nor a condition ("铺通后") (part-s42)
    *((re.escape(w) + "".join(f"(?<!{n}{re.escape(w)})" for n in NEGATIONS) + "(?!后|之后)", Stage.UNDER_CONSTRUCTION, True)
      for w in lx.WORKS_STEP_WORDS),
    # the steps of a rail line before its opening ("已于7月轨通电通", "预计8月底电通", "开始热滑试验") and a phase or a shape
    # of the works reached ("项目建设进入后半段", "X新城初具雏形"): the works are going on (part s51); not a power line's
    # corridor ("输电通道", "供电通道") nor a company's name, nor a condition ("轨通后"); cues open with a literal character
    ("轨通(?![道勤行后])", Stage.UNDER_CONSTRUCTION, True),
    ("电通" + "".join(f"(?<!{w}电通)" for w in "输供配送用发") + "(?![道讯信后])", Stage.UNDER_CONSTRUCTION, True),
    *((f"{w}滑(?:试验)?(?!后)", Stage.UNDER_CONSTRUCTION, True) for w in "热冷"),
    *((f"{w}(?:已|已经)?进入(?:了)?后半(?:段|程)", Stage.UNDER_CONSTRUCTION, True) for w in ("建设", "施工", "工程")),
    ("初具雏形", Stage.UNDER_CONSTRUCTION, True),
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
    *((f"{w}(?:工程)?{IN_CLAUSE}{{0,8}}?(?:已经|已)?(?:顺利|全面|基本)?(?:完工|完成|竣工)(?!通车|投用|运营|开通)", Stage.UNDER_CONSTRUCTION, True)
      for w in ("路面", "路基")),
    # the steps of the works before an opening ("联调联试", "动态验收") and a pace of works ("加紧建设",
    # "建设提速", "全面展开")
    *((w, Stage.UNDER_CONSTRUCTION, True) for w in ("联调联试", "动态验收", "静态验收", "加紧建设", "抓紧建设", "全力建设", "加速建设", "全面展开")),
    # works resumed ("X项目复工"), a pace of works told verb first ("提速建设X"), a power line's towers
    # and wires going up ("开展抱杆组塔工作", "架线施工"), the civil works under way ("均在开展土建施工")
    *((w, Stage.UNDER_CONSTRUCTION, True) for w in ("复工", "提速建设", "组塔", "架线施工", "土建施工")),
    # the works told going on with a manner or a verb between 正在 and 施工 ("各标段正在忙碌施工", "正在紧锣密鼓地
    # 施工", "正在同步施工", "正在对道岔进行施工"); not the steps before works ("正在办理施工许可", "正在编制施工图")
    (f"正在{IN_CLAUSE}{{1,8}}?施工(?!图|招标|准备|许可|单位|条件|前期|组织|方案|手续|合同|设计)", Stage.UNDER_CONSTRUCTION, True),
    # a trial run without passengers ("已进入不载客试运行", "无载客试运行阶段"): the line is tested before it
    # opens, the works go on (tuning gold: fresh6 o_19, fresh22 zo_01); not a trial run alone (service_cues)
    *((f"{w}试运行", Stage.UNDER_CONSTRUCTION, True) for w in lx.UNLOADED_TRIAL_LEADS),
    # the mobilisation of the works ("X建设动员大会在Y举行", "X施工动员会"): the works start
    *((f"{w}动员(?:大)?会", Stage.STARTING, True) for w in ("建设", "施工")),
    ("启动调试", Stage.UNDER_CONSTRUCTION, True),
    # works told by the physical state of the site (issue #11): a part of the structure poured or
    # finished ("大坝已浇筑至61米", "幕墙及金属屋面基本完成", "三期围堰截流成功"), a site's works under
    # way ("正在进行交通导改", "正在进行管网工程、堤防建设"; not the studies: "正在进行可研"), the
    # checks before an opening ("飞行校验", "试飞") → 在建
    ("浇筑", Stage.UNDER_CONSTRUCTION, True),
    *(
        (f"{w}{IN_CLAUSE}{{0,10}}?(?:完成|完工|截流|到顶)", Stage.UNDER_CONSTRUCTION, True)
        # (主干渠: the main canal of a water scheme, "主干渠基本修建完成"; a canal that is an item is named, "东干渠")
        for w in ("幕墙", "屋面", "路基", "桥面", "桩基", "主塔", "主拱", "墩柱", "钢结构", "围堰", "坝体", "主干渠")
    ),
    (
        f"正在进行(?!{IN_CLAUSE}{{0,12}}?(?:前期|可研|可行性|设计|勘察|规划|研究|论证|招标|征地|征拆|方案|审查|评审))"
        f"(?={IN_CLAUSE}{{0,12}}?(?:施工|导改|工程|建设|浇筑|安装|铺设|架设|填筑|开挖))",
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
    (f"线下工程{IN_CLAUSE}{{0,4}}?(?:完成|完工|竣工)", Stage.UNDER_CONSTRUCTION, True),
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
    # the same told with 扫尾 ("做好X剩余路段建设及扫尾工作", "正在进行扫尾"): works going on (part-s37)
    ("扫尾", Stage.UNDER_CONSTRUCTION, True),
    # a status closing its sentence or leading a bracket of the items it holds ("X二期工程建设中。", "二期工程建设中(A站、
    # B站)"), as 在建 is; not "在X建设中,…" (in the building of X), which a comma follows, nor 建设中国
    ("建设中(?=[(（。;；])", Stage.UNDER_CONSTRUCTION, True),
    ("试飞" + NOT_AFTER_USE, Stage.UNDER_CONSTRUCTION, True),
)
