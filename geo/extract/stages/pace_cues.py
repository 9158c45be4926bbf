"""Stage cues of works going on told by a verb of progress or pace, or by a milestone still ahead; the generic verbs.

Part of the stage vocabulary :data:`geo.extract.stages.cues.NEWS_CUES` (its docstring lists the classes of text,
each tested on invented sentences). The generic verbs ("推进X建设", "实施X工程") speak of an item only in the frames
:data:`GENERIC_OBJECT_RE` allows (read by :func:`geo.extract.stages.clause_stage.read_stage`).
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.stages.cue_parts import BEFORE_WORKS, GROUNDWORK, IN_CLAUSE, NOT_AFTER_USE
from geo.model import Stage

#: Manners of a verb of progress (加快推进, 大力推进): :data:`PACE_CUES` reads them in the present ("正在加快推进").
_PUSH_MANNERS = ("加快", "加紧", "积极", "大力", "全力", "按时", "按期", "顺利")

#: (cue, stage, specific), in the form of :data:`geo.extract.lexicon.STAGE_CUES`.
PACE_CUES: tuple[tuple[str, Stage, bool], ...] = (
    # the works pushed on in order ("X建设有序推进"), as a report from the site
    # (not when the tasks before works are what is pushed on: "正有序推进前期工作", part-s47)
    (f"有序推进(?!{IN_CLAUSE}{{0,2}}{BEFORE_WORKS})", Stage.UNDER_CONSTRUCTION, True),
    # progress told without its object ("随着X项目逐步推进"); generic, as 推进 before an item
    *((f"{w}推进", Stage.UNDER_CONSTRUCTION, False) for w in ("逐步", "逐渐", "持续", "扎实", "加速")),
    ("全力推进", Stage.UNDER_CONSTRUCTION, True),
    ("稳步推进", Stage.UNDER_CONSTRUCTION, False),
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
    # the works reported moving after the items named ("A、B等项目建设抓紧推进", "X建设有序推进", "X建设顺利
    # 推进"), and a year of works told as their peak ("今年将掀起建设高潮"): the works are going on (the
    # verb before the items, "加快推进X建设", is a wish read by the generic cues; 前期工作 after the items wins)
    (f"建设(?:正在)?(?:{'|'.join(('抓紧', '加快', '加紧', '全力', '有序', '稳步', '扎实', '顺利', '强力'))})推进(?!{IN_CLAUSE}{{0,6}}?前期)",
     Stage.UNDER_CONSTRUCTION, True),
    ("建设高潮", Stage.UNDER_CONSTRUCTION, True),
    # the pace of the works closing their clause, with no object ("X项目正在加速", "X建设正加紧"): going on (part-s47);
    # not a goal being reached ("正在加速实现", "正在加速成型": the pace has an object)
    *((rf"{w}(?:正在|正|也在)(?:加速|加紧|提速)(?=\s*(?:[,，。;；!！]|$))", Stage.UNDER_CONSTRUCTION, False) for w in ("建设", "项目", "工程")),
    # progress told in the present ("正在推进X", "正在加快推进A、B"): the works are going on; not the steps
    # before works the verb governs ("正在推进前期工作", "正在加紧推进X规划研究")
    (f"正在(?:{'|'.join(_PUSH_MANNERS)})?推进(?!{IN_CLAUSE}{{0,10}}?{BEFORE_WORKS})", Stage.UNDER_CONSTRUCTION, True),
    # the same with 正 alone before a manner, often after the items ("A、B等项目正快速推进", "X正加快推进"); not 真正, 公正
    (f"正(?<![真公纠修端]正){lx.PRESENT_PUSH_MANNERS}推进(?!{IN_CLAUSE}{{0,10}}?{BEFORE_WORKS})", Stage.UNDER_CONSTRUCTION, True),
    # the pace of works going on told after the items ("A、B等项目全速推进", "也在紧锣密鼓的开发建设之中", "X也是火力全开"),
    # as 全力推进 and 如火如荼; not the pace of the tasks before works ("前期工作全速推进": the longer cue of 前期工作 wins
    # as a specific cue of the clause)
    *((f"{re.escape(w)}(?!{IN_CLAUSE}{{0,10}}?{BEFORE_WORKS})", Stage.UNDER_CONSTRUCTION, True) for w in lx.WORKS_PACE_WORDS),
    # the works' status as the object of a visit, an inquiry or a briefing ("调研X的建设情况", "关注X建设情况", "了解X项目
    # 推进情况", "通报X建设推进情况"): the works are going on; not the status of a plan or of the tasks before works
    # ("规划建设情况", "前期工作推进情况", "选址及建设情况") (part-t31, tests/extract/stages/test_works_status_as_object.py)
    *((f"{re.escape(w)}" + "".join(f"(?<!{re.escape(b + w)})" for b in lx.WORKS_STATUS_NOT_AFTER)
       + NOT_AFTER_USE, Stage.UNDER_CONSTRUCTION, True) for w in lx.WORKS_STATUS_NOUNS),
    # a completion planned for a date ("X计划于2025年与Y同步建成投用", "计划2025年修建完成"), as a forecast: the works are
    # going on, for the item before it and for a partner inside it
    (f"计划(?:于|在|到)?(?:\\d{{4}}年|年底|年内|明年|今年){IN_CLAUSE}{{0,14}}?(?:建成|(?:建设|修建)完成|通车|开通|完工|竣工|投用|投运|通航)(?:投用|投运|通车|运营)?", Stage.UNDER_CONSTRUCTION, True),
    # a forecast of the opening, as the lexicon's forecasts of completion ("预计年内通航")
    # (and of the start of production, "预计2024年三季度陆续投产")
    *((f"{w}(?={IN_CLAUSE}{{0,14}}?(?:通航|投产))", Stage.UNDER_CONSTRUCTION, True) for w in ("预计", "有望", "可望")),
    # a completion about to come ("即将建成通航", "即将完工通车", "即将通车!", "即将投入使用"): the works are closing, still
    # going on (as a forecast, 预计…建成); the completion words are consumed so that none is read alone
    (
        f"即将{IN_CLAUSE}{{0,4}}?(?:建成|完工|竣工|通车|开通|通航|投用|投运|投产|投入(?:使用|运营|运行))(?:投用|投运|通车|通航|运营)?",
        Stage.UNDER_CONSTRUCTION,
        True,
    ),
    # the works carried on with a verb of effort ("也将继续加强建设", "继续加快建设"): going on, as 续建; not the
    # management of works ("继续加强建设管理") (part-s42)
    ("继续(?:加强|加快|加紧|推进)建设(?!管理|监管|资金|力度)", Stage.UNDER_CONSTRUCTION, True),
    # the pace of named works as the object of a verb ("加快A、B等项目进度"): works going on (part-s37); not a payment
    # ("工程进度款")
    *((f"{w}(?:建设)?进度(?!款)", Stage.UNDER_CONSTRUCTION, False) for w in ("项目", "工程")),
    # readiness as a goal ("力争年底具备通车条件", "年底将具备通航条件"): the works go on
    *(
        (f"{w}{IN_CLAUSE}{{0,10}}?具备(?:通车|通航|供水|发电|运营|投用|使用)条件", Stage.UNDER_CONSTRUCTION, True)
        for w in ("力争", "确保", "争取", "将", "计划", "预计", "有望")
    ),
    # a milestone aimed at ("向9月底完工发起总攻", "向年底通车冲刺"): the works are going on
    (f"向{IN_CLAUSE}{{0,12}}?(?:完工|竣工|建成|通车|开通|投用|投运)(?:目标)?{IN_CLAUSE}{{0,4}}?(?:发起总攻|冲刺|迈进|挺进)", Stage.UNDER_CONSTRUCTION, True),
    # "为X年底开通奠定了基础": the works toward the milestone are going on
    *((f"{w}{GROUNDWORK}", Stage.UNDER_CONSTRUCTION, True) for w in ("开通运营", "开通", "通车", "通航", "建成", "投用", "投运")),
    # a work report's generic verbs: "推进X建设", "实施X工程"; any specific cue wins over them. A list closed by 等, its
    # kind and 项目 is the works too ("推进A、B等运输服务项目", "统筹推进X等市政项目": the reference's 在建; part-t34), not
    # the steps before works ("推进A、B等项目前期工作", "推进A、B等招商引资项目")
    (f"推进(?={IN_CLAUSE}{{0,200}}?(?:建设|工程|等\\d+[个条座项](?!{IN_CLAUSE}{{0,12}}?{BEFORE_WORKS}){IN_CLAUSE}{{0,12}}?(?:项目|[,，。;；]|$)"
     f"|等(?!{IN_CLAUSE}{{0,12}}?{BEFORE_WORKS}){IN_CLAUSE}{{0,12}}?项目(?!{IN_CLAUSE}{{0,12}}?{BEFORE_WORKS})))", Stage.UNDER_CONSTRUCTION, False),
    (f"实施(?!了)(?={IN_CLAUSE}{{0,200}}?(?:工程|项目|建设))", Stage.UNDER_CONSTRUCTION, False),
    ("推进实施", Stage.UNDER_CONSTRUCTION, False),
    # a wish that it be done soon: "推动X早日建成发电" is a milestone still ahead
    ("早日(?:建成|通车|开通|投用|投运|完工|竣工)", Stage.UNDER_CONSTRUCTION, True),
    # a greater effort on works going on ("加大A、B等工程建设力度")
    (f"加大(?={IN_CLAUSE}{{0,40}}?建设力度)", Stage.UNDER_CONSTRUCTION, True),
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
