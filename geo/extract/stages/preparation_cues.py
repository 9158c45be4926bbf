"""Stage cues of the preparation before a start: studies, designs, approvals and reviews, permits, surveys, tenders.

Part of the stage vocabulary :data:`geo.extract.stages.cues.NEWS_CUES` (its docstring lists the classes of text,
each tested on invented sentences).
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.stages.cue_parts import IN_CLAUSE, NOT_AFTER_USE
from geo.model import Stage

#: The studies and route choices a report may tell done ("已完成X线路方案研究", "已完成路线确定方案").
_DONE_STUDY = f"(?:研究论证|论证|方案研究|(?:路线|线路|走向|选址){IN_CLAUSE}{{0,4}}?方案(?:研究)?)"

#: No word of intent or deadline right before 完成 ("力争年内完成", "将完成", "尽快完成"): it tells a fact (read
#: after its 完, as a cue opens with a literal character).
_NO_INTENT_BEFORE = "".join(f"(?<!{w}完)" for w in ("将", "要", "争", "划", "内", "底", "前", "快", "需", "应", "于", "未"))

#: The tasks before a start (data/language/name_words.toml's pre_start_tasks): "启动招商", "前期和招商工作";
#: a park's search for tenants ("招商引资") is none.
_PRE_START_TASK = lx.PRE_START_TASKS + "(?!引资)"

#: (cue, stage, specific), in the form of :data:`geo.extract.lexicon.STAGE_CUES`.
PREPARATION_CUES: tuple[tuple[str, Stage, bool], ...] = (
    # the land taken for the works (征地, 征地拆迁) is part of the preparation before a start
    # (generic: a specific cue of the clause, "主体工程加快建设", wins; 用地报批 is a permit, read below)
    ("征地(?!补偿标准)", Stage.PRELIMINARY, False),
    # the choice of a site ("完成规划选址", "推进项目选址工作"; its permit, 选址意见书, is read below): a task before the works, as 征地 (generic:
    # "选址于某村" tells where the site lies, no stage; part-s42)
    (f"选址(?!{lx.SITE_CHOICE_NOT_BEFORE})", Stage.PRELIMINARY, False),
    # an approval obtained from an office named in between ("X获民航局批复", "X获得民航局选址批复",
    # "X获国家发改委核准"): the approval is the item's, however far the office puts the word
    (f"获得?{IN_CLAUSE}{{0,10}}?(?:批复|批准|核准)", Stage.PRELIMINARY, True),
    # a review passed before the approval ("X已通过交通运输厅审核", "X选址评审通过"): the preparation, as 批复; not the
    # review of a finished project's accounts ("X决算审核通过", "通过竣工审计")
    (f"通过(?!{IN_CLAUSE}{{0,10}}?{lx.REVIEW_NOT_AFTER}){IN_CLAUSE}{{0,10}}?(?:{'|'.join(lx.REVIEW_WORDS)})", Stage.PRELIMINARY, True),
    *(
        (f"{re.escape(w)}(?<!{lx.REVIEW_NOT_AFTER}{re.escape(w)})(?:已|已经)?(?:顺利)?通过", Stage.PRELIMINARY, True)
        for w in lx.REVIEW_WORDS
    ),
    # a reply consenting to the works ("同意建设X", "原则同意实施X", "批准新建X"): approved, as 批复
    *((f"{w}(?:建设|实施|新建|扩建|改扩建|迁建|开展)", Stage.PRELIMINARY, True) for w in ("同意", "批准")),
    # the approval of the project itself (立项, 备案): its preparation is going on
    ("立项", Stage.PRELIMINARY, True),
    # the preparation before the works, told as a stage of its own ("等项目前期准备工作", "进入前期准备阶段")
    ("前期准备", Stage.PRELIMINARY, True),
    # the studies of the preliminary work ("推动X等重大项目前期研究论证", "X前期论证已取得成果",
    # "开展X建设前期研究"): the preliminary work, not a study of whether to build (研究论证 alone)
    # (with the project or its works named between: "正在开展前期项目论证工作", "前期工程研究")
    ("前期(?:项目|工程)?(?:研究|论证|研究论证|论证研究)", Stage.PRELIMINARY, True),
    # 启动 of something other than the works (issue #11 item 2): the preliminary work of a list
    # ("启动A、B(某某高铁)前期工作") is preparation; a line's commissioning ("生产线启动调试") is works
    # going on (works_cues); a maintenance job ("启动A、B等县道修复养护工作") says nothing of the works' stage
    # (unstaged_cues)
    (f"启动(?={IN_CLAUSE}{{0,40}}?前期)", Stage.PRELIMINARY, True),
    # (and so are the other tasks before a start it names, "已启动工可报告编制工作", "项目启动招商"; the
    # studies it names are planned only, "正启动方案研究工作"; not the works, "启动建设X…工可线路")
    (f"启动(?!建设|实施|施工)(?={IN_CLAUSE}{{0,20}}?{_PRE_START_TASK})", Stage.PRELIMINARY, True),
    # the same task told before the verb launching it ("X站选址工作正式启动", "X项目招商工作启动"; part s51): the cue
    # runs from the task to 启动, so it is read whole over 启动's start; not the works launched after the task's end
    # ("可研批复后启动X建设": a 后 between) nor a park's search for tenants (招商引资)
    *((f"{re.escape(w)}(?!引资)(?:(?!后){IN_CLAUSE}){{0,8}}?启动(?!建设|实施|施工)", Stage.PRELIMINARY, True)
      for w in lx.PRE_START_TASK_WORDS),
    # the preliminary work named with another task before a start ("加快A、B项目前期和招商工作")
    (f"前期(?:和|及|与|、){_PRE_START_TASK}", Stage.PRELIMINARY, True),
    # the readiness for a start set as a task ("力争X早日具备开工条件", "做好X开工准备"): not the start; not a
    # list's modifier ("具备开工条件的6个项目…开工建设") nor a condition ("待项目具备开工条件后")
    # (a cue opens with a literal character: :func:`geo.extract.stages.cues.find_cues` tries cues by their first one)
    *((f"{re.escape(w)}(?![^,，。;；]{{0,2}}后|的)", Stage.PRELIMINARY, True) for w in lx.START_READINESS),
    # the approval documents of a project ("已完成所有批文"), as 批复
    ("批文", Stage.PRELIMINARY, True),
    ("备案", Stage.PRELIMINARY, True),
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
    # (a cue opens with a literal character: :func:`geo.extract.stages.cues.find_cues` tries cues by their first one)
    *((f"{w}{_PRE_START_TASK}", Stage.PRELIMINARY, True) for w in ("进行", "开展")),
    # the design's papers submitted for review or approval ("初设送审稿已上报省交通运输厅审查", "X已上报省政府待批",
    # "可研报批工作"): the preparation, as 批复 and 通过…审查 (用地报批 is read above)
    ("送审", Stage.PRELIMINARY, True),
    ("设计工作", Stage.PRELIMINARY, True),
    ("报审", Stage.PRELIMINARY, True),
    ("报批", Stage.PRELIMINARY, True),
    (f"上报{IN_CLAUSE}{{0,16}}?(?:审查|审批|审核|待批|批复|核准)", Stage.PRELIMINARY, True),
    # the construction drawings are the last step of the design: preparation
    ("施工图(?:设计|审查|编制)", Stage.PRELIMINARY, True),
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
    ("前期(?:审批)?手续" + NOT_AFTER_USE, Stage.PRELIMINARY, True),  # (not "办结前期手续后,…开工")
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
    # a study or the route told done ("X方案研究工作已完成", "已完成X线路方案研究", "X完成线路走向论证,进入工可环节"):
    # the studies are behind, the works before their start; not a study still to do ("将完成X论证", "力争年内完成
    # 方案研究"): without 已 the study follows 完成 right away and no word of intent or deadline stands before it
    *((f"{w}{IN_CLAUSE}{{0,2}}?(?:工作)?已(?:经)?(?:基本)?完成", Stage.PRELIMINARY, True) for w in ("方案研究", "研究论证", "论证", "研究")),
    (f"已(?:经)?(?:基本)?完成{IN_CLAUSE}{{0,20}}?{_DONE_STUDY}", Stage.PRELIMINARY, True),
    (f"完{_NO_INTENT_BEFORE}成(?:线路|路线|工程|项目)?(?:走向|选址|方案)?(?:研究论证|论证|方案研究)", Stage.PRELIMINARY, True),
)
