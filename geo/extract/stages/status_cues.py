"""Stage cues naming an item's status outright: a table's stage cell, the phase the works are in, a list's kind, a milestone denied.

Part of the stage vocabulary :data:`geo.extract.stages.cues.NEWS_CUES` (its docstring lists the classes of text,
each tested on invented sentences).
"""

from __future__ import annotations

from geo.extract import lexicon as lx
from geo.extract.stages.cue_parts import IN_CLAUSE, NEGATIONS
from geo.model import Stage

#: (cue, stage, specific), in the form of :data:`geo.extract.lexicon.STAGE_CUES`.
STATUS_CUES: tuple[tuple[str, Stage, bool], ...] = (
    # a table's stage column (建设性质, 项目类别): a cell holding only 前期 / 预备 (the preparation
    # before a start, as a list's "预备项目" heading) or 拟建, between spaces or pipes or at the line's end
    # (not "前期工作已完成" in prose, which other cues read)
    *((f"{w}(?<=[ \t\u3000|｜]{w})(?=[ \t\u3000|｜]|\n|$)", stage, True)
      for w, stage in (("前期", Stage.PRELIMINARY), ("预备", Stage.PRELIMINARY), ("拟建", Stage.PROPOSED))),
    # the phase the works are in ("尚处于规划阶段", "处于前期阶段", "已进入初设阶段", "已进入施工阶段",
    # "转入主体施工阶段")
    *(
        # (a word of its course may stand between: "处于前期推进阶段", "进入前期工作阶段")
        (f"{w}{IN_CLAUSE}{{0,6}}?{phase}{lx.PHASE_TAILS}?阶段", stage, True)
        for w in ("处于", "进入", "转入")
        for phase, stage in (
            ("(?:规划|研究|论证)", Stage.PROPOSED),
            ("(?:前期|初设|初步设计|可研|工可)", Stage.PRELIMINARY),
            ("(?:施工|建设)", Stage.UNDER_CONSTRUCTION),
        )
    ),
    # a milestone denied ("尚未开工", "还未建成"): the works are before it. Not yet started is
    # preparation (前期工作); not yet done is works going on
    *((f"{neg}{verb}", Stage.PRELIMINARY, True) for neg in NEGATIONS for verb in ("开工", "动工", "开建")),
    # (and an opening put off, "暂不通车", "暂不开放通行")
    *((f"{neg}{verb}", Stage.UNDER_CONSTRUCTION, True) for neg in (*NEGATIONS, "暂不") for verb in ("建成", "完工", "竣工", "通车", "开放通行")),
    # a list counted by kind of project
    ("新建项目", Stage.STARTING, True),
    ("新开工项目", Stage.STARTING, True),
    ("续建项目", Stage.UNDER_CONSTRUCTION, True),
)
