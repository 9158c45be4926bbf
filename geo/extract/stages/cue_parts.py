"""The pieces the stage cues are built of: a clause's reach, the words denying a milestone, the contexts a cue is not read in.

Shared by the cue lists of :mod:`geo.extract.stages.cues`' topic modules (``status_cues``, ``works_cues``,
``pace_cues``, ``preparation_cues``, ``plan_cues``, ``service_cues``, ``unstaged_cues``).
"""

from __future__ import annotations

#: Clause end: a cue's lookahead does not reach past it.
IN_CLAUSE = r"[^,，。;；!！?？\n]"

#: After a milestone: the sentence says a step "lays the ground" for it ("为X年底通车奠定了基础",
#: "为X早日开通运营,奠定坚实基础", "为X通车提供保障"), so the milestone is still ahead.
GROUNDWORK = r"(?=[^,，。;；]{0,4}?[,，]?(?:奠定|打下|提供保障|提供支撑|创造条件))"

#: Words denying a milestone: "尚未开工", "还未建成", "暂未通车".
NEGATIONS = ("尚未", "还未", "暂未", "仍未", "未", "没有")

#: "投入使用后,将…" is a condition about the future, as for the lexicon's completions.
NOT_AFTER_USE = "(?![^,，。;；]{0,2}后)"

#: The steps before works a verb of progress may govern ("推进前期工作", "推进规划研究", "推进招商").
BEFORE_WORKS = "(?:前期|规划|研究|论证|招商|可研|工可|立项|报批|审批|设计|勘察)"
