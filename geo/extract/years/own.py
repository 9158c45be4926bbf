"""The item's own milestone in its clause, which a year framing the clause from outside dates.

"2023年底前,X水库下闸蓄水", "到2025年,X有望建成通车", "明年,X开工": a year heading the sentence, the paragraph,
a list or 届时 (:mod:`geo.extract.years.frames`) dates the milestone of the item's own clause only when that
milestone is the item's stage (:func:`own_milestone`): "…泸州港与重庆港开通集装箱航线" opens a service, not the
port. :data:`MILESTONE_RE` is the vocabulary of such milestones, a start (``begin``) or a completion (``closing``
for those closing works still going on). Split out of :mod:`geo.extract.years.mention`; its steps read them.
"""

from __future__ import annotations

import re

from geo.extract.year_words import CEREMONY_START, NOT_MILESTONE, OPENS_SERVICE, RUN_NOT_OPENING
from geo.model import Stage

#: The milestones of the item's clause a framing year dates: a start (``begin``), a completion, a milestone
#: closing works still going on (``closing``).
MILESTONE_RE = re.compile(
    rf"(?:(?P<begin>开工|开建|动工|开始(?:建设|施工)|启动建设|进场施工|{CEREMONY_START})|建成|通车(?!总?里程)|完工|竣工|投用|投运|投产|开港|运营{RUN_NOT_OPENING}"
    # the works put to use ("今年,X将投入使用", "确保A和B投入使用"): a completion, as 投用 is (not money put to
    # use, "投入使用资金")
    r"|(?:投入|交付)使用(?!资金|经费)|投入运营"
    # (开通 of a service is no milestone of the hub: "X机场新开通3条航线")
    rf"|开通{OPENS_SERVICE}"
    # a service begun (通航), and the milestones ending a water or power project's works, or a road handed
    # over (下闸蓄水, 通水, 并网发电, 交工), which close works still going on
    r"|通航(?!能力|条件|标准|等级|里程)|(?P<closing>下闸蓄水|通水(?!量|能力|流量)|并网发电|交工(?!期))"
    # a road opened to traffic, as the years read it ("向社会车辆开放通行", "开放交通"; not 暂不开放, 对外开放)
    r"|(?<![不未])(?:(?:向|对|面向)社会(?:车辆)?(?:正式)?开放|开放(?:交通|通行))"
    # the whole works done, told verb first ("2023年底前,完成X建设", "到2025年,完成X改扩建"): read as
    # a completion only when the clause's stage is (the stage cue leaves out parts, money and studies); a
    # list of such works may close with 等 ("完成A和B改扩建等")
    r"|完成(?=[^,，。;；]{0,40}?(?:建设|改造|改扩建|扩建|迁建|改建)(?:工程|项目|任务)?(?:等(?:工程|项目)?)?(?:[,，。;；\n]|$)))"
    + NOT_MILESTONE  # (not an anniversary, "今年,X建成通车一周年", nor a step before it, "开通前的安全评估")
)


#: A completion forecast, right before its milestone in the item's clause ("即将全线开通", "预计年底建成", "有望
#: 正式通车"): the works go on (the stage cue's reading) and the completion is still the item's own.
_FORECAST_RE = re.compile(r"(?:即将|预计|有望|可望)[^,，。;；!！?？\n]{0,6}$")


def own_milestone(work: str, a: int, c_end: int, stage: Stage, *, forecast: bool = False) -> re.Match[str] | None:
    """Return the milestone in the item's clause ``work[a:c_end]`` when it is the item's own ``stage``.

    A year framing the clause from outside (a sentence's or a list's heading) dates only that: "…泸州港
    与重庆港开通集装箱航线" opens a service, not the port. With ``forecast`` (the year heads the item's own
    clause), a completion forecast ("即将全线开通", "有望建成通车") is the item's own under works going on.
    """
    done = MILESTONE_RE.search(work, a, c_end)
    if done is None:
        return None
    own = {Stage.STARTING} if done.group("begin") else {Stage.COMPLETED}
    if done.group("closing"):
        own.add(Stage.UNDER_CONSTRUCTION)  # "2023年底前,X水库下闸蓄水": the stage cue reads works going on
    if forecast and not done.group("begin") and _FORECAST_RE.search(work, a, done.start()):
        # "2022年底,X即将全线开通", "到2025年,X有望建成通车": the stage cue reads a forecast completion as works
        # going on, and the year framing the clause is that completion's
        own.add(Stage.UNDER_CONSTRUCTION)
    return done if stage in own else None


#: The item named as the place of what its clause builds, right after it: "X沿线将建成5个物流园区", "X站点周边".
_PLACE_AFTER_RE = re.compile(r"(?:沿线|沿途|周边|两侧|两岸|沿岸)")
#: The item named as the means or the frame of what its clause builds: "依托X建成…", "以X为骨架的…".
_MEANS_BEFORE_RE = re.compile(r"(?:依托|借助|围绕)\s*$")
_FRAME_AROUND_RE = re.compile(r"以\s*$")
_FRAME_AFTER_RE = re.compile(r"为(?:骨架|主轴|主骨架|依托|核心|纽带|支撑|主体|重点)")


def named_aside(work: str, start: int, end: int) -> bool:
    """Return whether the item at ``work[start:end]`` is named only as the place, means or frame of what its clause
    builds, never its subject or object: "到2025年,X沿线将建成5个物流园区", "十四五期间,依托X建成一批物流园区",
    "建成以X为骨架的综合交通网" (a year of the clause is the other works')."""
    if _PLACE_AFTER_RE.match(work, end):
        return True
    before = work[max(0, start - 4) : start]
    if _MEANS_BEFORE_RE.search(before):
        return True
    return bool(_FRAME_AROUND_RE.search(before) and _FRAME_AFTER_RE.match(work, end))
