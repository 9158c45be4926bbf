"""Stage cues of an item planned only: a plan's mention or list, an intent, a reserve, works left to a moment to be chosen.

Part of the stage vocabulary :data:`geo.extract.stages.cues.NEWS_CUES` (its docstring lists the classes of text,
each tested on invented sentences).
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.stages.cue_parts import BEFORE_WORKS, IN_CLAUSE
from geo.model import Stage

#: The cue of an intent whose object is the item or list right after it, not an item further on (拟将).
INTENT_OBJECT = "拟"

#: No status of the works told later in the sentence ("…之一,已于2019年建成通车", "…其中B已开工建设"): a plan's
#: mention of an item yields to what the sentence says of the item itself.
_NO_STATUS_AFTER = "(?![^。;；!！?？\n]{0,60}?(?:已于|已经|已建成|已通车|已开工|建成通车|开工建设(?!的?时间|的?日期)|正在|在建))"

#: The works a verb of action may govern ("实施X铁路", "开展X建设", "推进A、B等河道综合治理"), not a measure
#: ("实施交通管制") nor a service ("开通航线").
_WORKS = "(?:建设|工程|项目|治理|扩建|改建|迁建|改造|铁路|高铁|公路|高速|机场|港|码头|大桥|隧道|水库|航道|枢纽)"

#: (cue, stage, specific), in the form of :data:`geo.extract.lexicon.STAGE_CUES`.
PLAN_CUES: tuple[tuple[str, Stage, bool], ...] = (
    # planned, with the kind of works after 规划 ("规划新建X", "规划拟建X", "规划修建X"), as 规划建设;
    # not a plan followed ("按规划新建完成", "根据规划新建")
    ("规划(?<![按照据]规划)(?:拟新建|拟建|新建|修建|拟修建)(?!完成|成)", Stage.PROPOSED, True),
    # included in the plan of the state or a province told as its "basket" ("纳入国家“盘子”", "把X项目列入到省级计划
    # 盘子"), as 纳入…规划
    *((f"{w}{IN_CLAUSE}{{0,6}}?盘子", Stage.PROPOSED, True) for w in ("纳入", "列入")),
    # entered into a plan ("X等4条高速进入规划", "进入国家中长期铁路网规划"), as 纳入…规划 (进入规划阶段 is read by
    # status_cues with the same stage); not a zone or a line of a plan entered ("进入规划区", "车辆进入规划路")
    (f"进入{IN_CLAUSE}{{0,16}}?规划(?!区|路|红线|范围内)", Stage.PROPOSED, True),
    # "入规" (entered the plan), as 纳入规划: "入规的高速公路项目包括:新增A、B" (not 进入规划阶段, read by status_cues)
    ("入规(?<![出进纳列]入规)(?!定|范|则|矩|律)", Stage.PROPOSED, True),
    # a corridor reserved in a plan ("规划A、B两条高速铁路,预留X高速铁路通道"): planned
    (f"预留(?={IN_CLAUSE}{{0,20}}?通道)", Stage.PROPOSED, True),
    # an outlook line of a plan ("A、B等国家高速公路远期展望线项目前期研究"): planned for the far future,
    # whatever study the clause tells (it is read before the study's cue)
    ("远期展望", Stage.PROPOSED, True),
    # 启动 of a study ("正启动方案研究工作"): planned only; not of the preliminary work or another task before a start
    # (preparation_cues), nor of the works ("启动建设X…工可线路")
    (f"启动(?!建设|实施|施工)(?=(?!{IN_CLAUSE}{{0,20}}?前期){IN_CLAUSE}{{0,20}}?{lx.LAUNCHED_STUDIES})", Stage.PROPOSED, True),
    # a project sought from a higher level ("积极争取X、Y等重大项目落地", "争取X向某市延伸", "X已向某部争取"): not yet
    # decided, as the reference's 争取 (研究论证); generic, so that what is sought wins ("争取开工X", "争取X纳入规划"),
    # and not a service or a join sought on an existing item nor money for works ("争取X动车继续加密", "争取A、B早日
    # 联通", "争取中央资金用于X建设"; a cue opens with a literal character: :func:`geo.extract.stages.cues.find_cues` tries cues by their first one)
    *((f"{re.escape(w)}(?!{IN_CLAUSE}{{0,30}}?{lx.SOUGHT_NOT_PROJECT})", Stage.PROPOSED, False) for w in lx.SEEKING_VERBS),
    # listed in a plan ("已列入国家中长期铁路网规划"), as the lexicon's 纳入…规划
    (f"列入{IN_CLAUSE}{{0,16}}?规划", Stage.PROPOSED, True),
    # an item of a plan ("X是国家发改委批复的《…城际铁路建设规划(2015-2020年)》中的重大项目", "X是《…布局规划》中
    # Y的重要组成部分"): planned, as 列入…规划
    (f"是{IN_CLAUSE}{{0,16}}?《[^》\n]{{1,40}}?规划[^》\n]{{0,20}}》中", Stage.PROPOSED, True),
    # an item one of a plan's network ("X是省加密规划网中12条高速之一"), not one it says is built ("是规划网中已建成的
    # 8条高速之一"); the items a plan names ("在该规划中涉及某市的铁路项目有A、B"); a route told as planned ("X,规划由A经
    # B至C"): planned, as 列入…规划
    (f"是{IN_CLAUSE}{{0,16}}?{lx.PLANNED_NETWORKS}中(?!{IN_CLAUSE}{{0,6}}?(?:已|建成|通车|运营|既有|现有)){_NO_STATUS_AFTER}", Stage.PROPOSED, True),
    (f"规划中{lx.PLAN_CONTENTS}{_NO_STATUS_AFTER}", Stage.PROPOSED, True),
    (f"规划由{IN_CLAUSE}{{1,12}}?经(?={IN_CLAUSE}{{1,20}}?(?:至|到)){_NO_STATUS_AFTER}", Stage.PROPOSED, True),
    # planned only
    ("拟(?=投资|建设|新建|实施|规划)", Stage.PROPOSED, True),
    # planned before a verb of works ("积极谋划实施A、B等项目", "谋划推进X建设"): still planned, as 谋划 and 谋划建设;
    # the verb after it is no stage of its own (tests/extract/stages/test_stage_planning_verbs_traffic_and_transit_streets.py)
    ("谋划(?:推进实施|推动实施|实施|推进)", Stage.PROPOSED, True),
    # an intent about the item, as its object ("拟将X纳入Y升级改造项目实施") or its subject joined to another
    # ("X拟与Y路线相接"): both planned only; not a date ("拟将于2025年开工": the milestone's) nor a place ("拟在X建设")
    ("拟(?=将(?!于|在)|与)", Stage.PROPOSED, True),  # (拟将: :data:`INTENT_OBJECT`)
    ("储备", Stage.PROPOSED, True),
    # works left to a moment still to be chosen ("A、B等通用机场也将适时开展建设", "择机实施X铁路", "适时推进A、B等
    # 河道综合治理"): planned, not decided; not the preliminary work the verb governs ("适时启动前期工作") nor
    # something other than works ("适时实施交通管制", "适时开通国际航线")
    # (a cue opens with a literal character: :func:`geo.extract.stages.cues.find_cues` tries cues by their first one)
    *((f"{w}(?!{IN_CLAUSE}{{0,12}}?{BEFORE_WORKS})(?:(?:开展|启动|推进|实施)(?={IN_CLAUSE}{{0,30}}?{_WORKS})|建设|新建|扩建|开工)",
       Stage.PROPOSED, True) for w in ("适时", "择机")),
    # included in a plan, told in the perfect ("已纳入国家《中长期铁路网规划》"): as the lexicon's 纳入…规划
    # (the lexicon's bare "已纳入" would otherwise start first and say nothing)
    (f"已(?:经)?(?:纳入|列入){IN_CLAUSE}{{0,20}}?规划", Stage.PROPOSED, True),
)
