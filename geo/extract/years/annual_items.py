"""The items an annual plan completes or starts: "2022年…工作安排: 建成A、B等9个项目", "新开工A、B".

In a plan of one year (``period`` of one year) whose sentence speaks of that year
(:func:`geo.extract.years.annual.annual_frame`), the milestone the item's line, the clause introducing its list,
or the line introducing its entries sets is the plan's: a completion targets the plan's year, a start starts in
it (:func:`annual_plan_years`, a step of :func:`geo.extract.years.mention.mention_years`). Not an existing work
the item joins, a completion told as a condition, nor what another verb governs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.extract.stages import spans
from geo.extract.years.annual import annual_frame, not_the_plans_completion
from geo.extract.years.clause_years import THROUGH_RE, told_as_condition
from geo.extract.years.entries import list_intro_line
from geo.extract.years.milestones import as_condition
from geo.extract.years.own import MILESTONE_RE
from geo.extract.years.scope import Found, Scope
from geo.model import Stage


def annual_plan_years(s: Scope, f: Found) -> None:
    """Read an annual plan's completion of the item as its target year, its start as the start year.

    The milestone is looked for on the item's line, in the clause introducing its list ("确保建成的12个项目包括,A、B")
    or the line introducing its entries ("建成通车4条高速公路:\\nA高速:全长…"); else the item (or its list) is
    the subject of the milestone right after it ("力争A实现通航", "争取A、B全线贯通", "A、B开工建设").
    """
    work, cand, period = s.work, s.cand, s.period
    if not (f.target is None and period and period[0] == period[1] and annual_frame(work, s.s0, period[0])
            and not told_as_condition(work, cand.end, s.c_end) and not s.lists.is_context(work, cand, s.cands)):
        # (not an existing work the plan's item joins: "新建成的A与X相连")
        return
    found = _plan_milestone(s)
    done, own = found.done, found.own
    if done and not done.group("begin") and own is Stage.COMPLETED:
        f.target, f.basis = period[0], "explicit"
        f.rule = "annual_intro" if found.intro else "annual_entries" if found.entries else "annual"
    elif done and done.group("begin") and own is Stage.STARTING:
        # "新开工A、B", "力争开工C": the plan's starts are its year's, as its completions are (a start year only)
        f.start, f.basis = f.start or period[0], f.basis or "explicit"
    elif not found.aside and (done is None or done.start() >= s.end):
        # the item (or its list) is the subject of the milestone right after it, whatever stage another clause
        # gives it: "力争A实现通航", "争取A、B全线贯通" (贯通 of a whole line closes its works here)
        subject = _SUBJECT_DONE_RE.match(work, s.end, s.c_end)
        after = subject and (MILESTONE_RE.match(work, subject.end()) or THROUGH_RE.match(work, subject.end()))
        if after and not (after.re is MILESTONE_RE and after.group("begin")):
            f.target, f.basis, f.rule = period[0], "explicit", "annual_subject"
        elif after and s.stage is Stage.STARTING:  # "A、B开工建设": the plan's start of its year
            f.start, f.basis = f.start or period[0], f.basis or "explicit"


@dataclass(frozen=True, slots=True)
class _PlanMilestone:
    """The plan's milestone of an item (``done``), the stage it gives (``own``), and where it was found."""

    done: re.Match[str] | None
    own: Stage
    intro: tuple[int, int] | None
    entries: tuple[int, int] | None
    aside: bool


def _plan_milestone(s: Scope) -> _PlanMilestone:
    """Return the milestone the plan sets for the item: on its line, in the clause introducing its list, or on the
    line introducing its entries (``done`` None where it is a review's or a condition's, another verb governs the
    item, or it is no completion of the item's, :func:`~geo.extract.years.annual.not_the_plans_completion`)."""
    work, cand, a, c_end, period = s.work, s.cand, s.a, s.c_end, s.period
    # the milestone is looked for on the item's own line (a list's lines may lack a full stop)
    lo = max(a, work.rfind("\n", 0, cand.start) + 1)
    done = MILESTONE_RE.search(work, lo, c_end)
    if done is None:
        # a verb-first completion before the item whose works close the clause after the list's next item
        # ("完成A候机楼和B改扩建等"): its object is read up to the clause's end
        wide = MILESTONE_RE.search(work, lo, s.a_end)
        done = wide if wide and wide.end() <= cand.start else None
    own = s.stage
    intro = None
    if done is None and own in (Stage.UNSPECIFIED, Stage.COMPLETED) and lo >= 2 and work[lo - 1] in ",，":
        pa = spans.clause(work, lo - 2, lo - 1)[0]
        intro = s.lists.intro_clause(work, lo, cand) or ((pa, lo - 1) if _LIST_END_RE.search(work, pa, lo - 1) else None)
    # (the item may already have the introducing clause's stage: the intro rule of the stages)
    if intro:  # "确保建成的12个项目包括,A、B": the milestone of the clause introducing the list
        done = MILESTONE_RE.search(work, *intro)
        own = Stage.COMPLETED if done else own
    begun = _BEGUN_RE.match(work, done.end()) if done and done.group("begin") else None
    if begun and begun.group("not"):
        done = None  # "具备开工条件的A", "开工建设了A" (a review): no start the plan sets
    verb_end = begun.end() if begun else done.end() if done else 0  # ("开工建设A": 建设 names the works begun)
    if done and done.end() <= cand.start and _OTHER_VERB_RE.search(work, verb_end, cand.start):
        done = None  # "建成A、B加快推进C" (lines run together): C is the object of another verb
    aside = bool(done and not intro and not_the_plans_completion(work, done, cand.start, cand.end))
    if aside:
        done = None  # "依托建成的X", "建成连接X的Y", "做好X开通运营准备工作": not the plan's completion of X
    if done and done.end() <= cand.start and as_condition(work, done.end()):
        # "A大桥…竣工后将大大减轻B大桥的交通压力": a completion told as a condition is the clause's subject's;
        # an item after it is the consequence's object, not what the plan completes
        done = None
    entries = list_intro_line(work, cand.start) if done is None and intro is None else None
    if entries and not annual_frame(work, entries[0], period[0]):
        entries = None  # "上年建成通车2条高速公路:\nA高速:…": the list a review introduces
    if entries:
        # "建成通车4条高速公路:\nA高速:全长…\nB高速:…": the completion of the line introducing the
        # item's list (its entries named line by line) is the item's, in the plan's year
        done = MILESTONE_RE.search(work, *entries)
        own = Stage.COMPLETED if done and own in (Stage.UNSPECIFIED, Stage.COMPLETED) else own
    return _PlanMilestone(done, own, intro, entries, aside)


#: A clause ending with the word that opens its list after the comma: "确保建成的12个项目包括,A、B".
_LIST_END_RE = re.compile(r"(?:包括|分别为|分别是|主要有|有)\s*$")
#: What follows a start's verb in an annual plan: the works it names (建设), and what tells no start of the plan's
#: year (``not``): a start done (了), a condition or a step before it ("具备开工条件", "开工前期准备").
_BEGUN_RE = re.compile(r"(?:建设)?(?P<not>了|条件|前|准备)?")
#: Verbs of works going on or begun, standing between a completion and an item it does not govern.
_OTHER_VERB_RE = re.compile(r"加快|推进|开工|实施|启动|开展|续建|新建|建设")
#: What may stand between an item (or its list) and the milestone it is the subject of: "实现", "全线",
#: "正式", "顺利", "年内"; no other verb or object.
_SUBJECT_DONE_RE = re.compile(r"\s*(?:将|要)?(?:年内|年底前?)?(?:实现|正式|顺利|全面|基本)*")
