"""Cues that say nothing of an item's stage: a milestone as a condition or a goal of service, a purpose, a designation.

Generic cues of :data:`geo.extract.stages.cues.NEWS_CUES` (its docstring lists the classes of text, each tested on
invented sentences): they consume the stage words inside them so that none is read alone.
"""

from __future__ import annotations

import re

from geo.extract.stages.cue_parts import IN_CLAUSE
from geo.model import Stage

#: The designation an approval gives ("获批(设立)国家级X示范区", "批复为X口岸", "批复X客运枢纽之一"): a kind of zone, a
#: port of entry or a hub of a programme, after at most 16 characters of its name.
_DESIGNATION = (
    f"(?:设立|成为|为|创建)?{IN_CLAUSE}{{0,16}}?"
    "(?:示范区|试验区|实验区|先行区|先导区|开放口岸|航空口岸|口岸|物流枢纽|客运枢纽之一|枢纽之一)"
)

#: The approvals a designation follows ("获国务院批复为", "获批", "批复").
_DESIGNATION_APPROVALS = (f"获得?{IN_CLAUSE}{{0,10}}?(?:批复|批准)", "获批", "批复")
#: An approval of a designation, not of works (:func:`geo.extract.stages.approvals.designated`).
DESIGNATION_APPROVAL_RE = re.compile(f"(?:{'|'.join(_DESIGNATION_APPROVALS)}){_DESIGNATION}")

#: (cue, stage, specific), in the form of :data:`geo.extract.lexicon.STAGE_CUES`.
UNSTAGED_CUES: tuple[tuple[str, Stage, bool], ...] = (
    # a milestone as a condition ("X一旦建成,将…", "如能在年底前通车", "若能如期投用"): says nothing
    # of the item's stage (as "建成后"); the longer cue keeps the milestone inside from being read
    *(
        (f"{w}{IN_CLAUSE}{{0,10}}?(?:建成|通车|开通|投用|投运|投产|竣工|完工)(?:并?(?:正式)?(?:通车|投用|投运|运营|投产|开通))?", Stage.UNSPECIFIED, False)
        for w in ("一旦", "如能", "若能", "如果", "假如", "倘若", "倘能")
    ),
    # an approval of a designation, not of works ("X获批国家级临空经济示范区", "X获国务院批复为对外开放航空口岸",
    # "联合批复X客运枢纽之一"): a status given to the item, no stage of its works (gold 未说明 in fresh2 g_13 and
    # fresh32 xb_11; the item's other words may still say where it stands) (part s39)
    *((f"{w}{_DESIGNATION}", Stage.UNSPECIFIED, False) for w in _DESIGNATION_APPROVALS),
    # "现在" (now) before 建: the time word, not the status 在建 ("现在建成的X" is built, "现在建设X"
    # says nothing of the item): consumed so that 在建 is not read inside it
    ("现在(?=建)", Stage.UNSPECIFIED, False),
    # a goal of service ("将实现常年通航3000吨级船舶") says nothing of the item's works
    (f"实现{IN_CLAUSE}{{0,4}}?(?:通航|通水|通车|发电|复航|达速运营)", Stage.UNSPECIFIED, False),
    # 启动 of a maintenance job ("启动A、B等县道修复养护工作"): says nothing of the works' stage (the other objects of
    # 启动 are preparation_cues')
    (f"启动(?={IN_CLAUSE}{{0,30}}?(?:养护|修复|维修|整治工作))", Stage.UNSPECIFIED, False),
    # no works planned ("短期暂无扩宽改建计划", "尚无建设计划"): the works named inside are denied
    *((f"{w}{IN_CLAUSE}{{0,10}}?计划", Stage.UNSPECIFIED, False) for w in ("暂无", "尚无", "并无")),
    # a start or an opening as a condition ("A、B开工后,在建高速将达到4条"): says nothing of the item
    # (generic: any other cue wins, and "继A开工后" is read by the series of milestones)
    *((f"{w}后", Stage.UNSPECIFIED, False) for w in ("开工", "开工建设", "动工", "开建")),
    # the significance of a goal ("对加快建设X、打造Y具有重要意义"): the verbs inside name a purpose,
    # not the works' stage (generic, consuming the verbs so that none of them is read)
    (f"对{IN_CLAUSE}{{0,30}}?具有{IN_CLAUSE}{{0,6}}?(?:意义|作用)", Stage.UNSPECIFIED, False),
    # before a completion ("作为X建成投用前的替代方案"): the completion is still ahead and says nothing
    # of the item's stage (the lexicon's 建成 reads 建成后 so; 建成前 is its twin)
    *((f"{w}(?:投用|投运|通车|运营)?(?:之)?前", Stage.UNSPECIFIED, False) for w in ("建成", "竣工", "完工", "通车", "投用")),
)
