"""Read the stations a line sets ("设A、B、C9座车站") and the stage they take from the line (issue #11 item 2).

:func:`sets_stations` is asked by :func:`geo.extract.clauses.read_mention` (such a station's stage is held
unspecified), :func:`stations_of_line` by :func:`geo.extract.stages.clause_stage.read_stage` late in its chain,
after the headline's stage and before a batch's. :func:`set_by_named_line` (the line named before them in the
sentence) is asked by :func:`geo.extract.stages.later_clauses.later_milestone` and
:func:`geo.extract.years.mention.mention_years`: the clauses after such stations are the line's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geo.extract.lexicon import COUNT_NUMBER
from geo.extract.patterns import Cand
from geo.extract.stages import spans
from geo.extract.stages.cues import stage_of as cue_at
from geo.model import EntityType, Stage


def sets_stations(work: str, cand: Cand, cands: list[Cand], a: int) -> bool:
    """Return whether the item is a station in the list of those a line sets, its clause starting at ``a``.

    The clause opens with the line's verb of setting ("设A、B、C9座车站", "沿线共设A、B等6个车站"), or with
    新建 and closes with their count ("其中A为既有车站,新建B、C9座车站"), or opens with 分别为 after a clause
    counting them ("全线共设10个车站,分别为A、B").
    """
    if cand.type is not EntityType.RAIL_STATION:
        return False
    words = re.sub(r"[、和及与\s]", "", spans.words_before(work, a, cand, cands))
    new = _NEW_STATIONS_RE.search(words) and _STATIONS_COUNT_AFTER_RE.match(work, cand.end)
    if new or _SETS_STATIONS_RE.search(words):
        return True
    if words not in ("分别为", "分别是") or a < 2 or work[a - 1] not in ",，":
        return False
    pa, _pb = spans.clause(work, a - 2, a - 1)
    return _STATIONS_COUNTED_RE.search(work[pa : a - 1].strip()) is not None


def set_by_named_line(work: str, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether the item is a station a line named before it in its sentence sets.

    "X高铁全长200公里,全线设A、B3座车站,计划2025年建成通车": the line is the sentence's subject, and the
    clauses after the stations go on about it (its forecast, its stage), not about them. Not when the line is
    only referred to ("该线路东起A站,设B站、C站,2024年开工建设": the stations are the named works).
    """
    a = spans.clause(work, cand.start, cand.end)[0]
    if not sets_stations(work, cand, cands, a):
        return False
    s0 = spans.sentence(work, cand.start, cand.end)[0]
    return any(c.name and c.type is EntityType.RAILWAY and c.end <= a for c in spans.near(cands, s0, a))


#: The stations a line sets, opening the item's clause: "设A、B、C9座车站", "共设置A、B等6个车站", maybe after
#: another kind it sets counted first ("设车站10座、A车辆段1个"), or after the place they are set in ("在某市设A、B",
#: "分别在甲市设A、B,在乙市设C", "在某县设A站").
#: (设 alone: "建设X站", "增设X站" are works on the station itself; so is "在建设X站", no place before 设)
_SETS_STATIONS_RE = re.compile(
    r"(?:^|全线|沿线|[,，])(?:分别)?(?:在[\u4e00-\u9fff]{1,8}?(?:境内)?(?<![建增新开铺改]))?(?:共)?设(?:置|有)?"
    r"(?:[\u4e00-\u9fff]{1,4}" + COUNT_NUMBER + r"[座个处])?$")


#: The count of stations a line sets, as the clause before a list opening with 分别为: "全线共设10个车站",
#: "设车站5座".
_STATIONS_COUNTED_RE = re.compile(
    r"(?:全线|沿线)?(?:共)?设(?:置|有)?(?:" + COUNT_NUMBER + r"(?:座|个)(?:车)?站|(?:车)?站" + COUNT_NUMBER + r"(?:座|个))$"
)


#: The new stations among those a line sets, opening a clause closed by their count: "新建A、B…9座车站".
_NEW_STATIONS_RE = re.compile(r"(?:^|[,，;；])(?:其中)?新建$")


#: The count closing a list of stations, within its clause: "…、宜宾东9座车站", "…等13座客运车站".
_STATIONS_COUNT_AFTER_RE = re.compile(r"[^,，。;；]*?" + COUNT_NUMBER + r"(?:座|个)(?:客运|高铁)?(?:车)?站(?=[,，。;；]|$)")


#: Stations of the list marked existing in a clause after it: "…11座车站,其中重庆西为既有车站".
_EXISTING_AMONG_RE = re.compile(r"[,，]\s*其中(?P<names>[^,，。;；]{1,40}?)(?:为|是|均为|系)既有(?:车站|站)")


def stations_of_line(work: str, cand: Cand, cands: list[Cand], a: int, *, stage_of: Callable[[Cand], Stage]) -> Stage | None:
    """Return the stage of the line whose stations the item's clause lists (issue #11 item 2).

    "此次开通运营的X段长240公里,设A、B、C9座车站": the stations are the line's, open with it. The
    clause lists the stations the line sets (:func:`sets_stations`); the line is the last railway named
    before the clause, in the same sentence or the one before, and its own clause states a stage, else its
    other mentions one of works begun (:func:`_works_stage_elsewhere`). A station a later clause marks
    existing ("其中A为既有车站") is built.
    """
    if not sets_stations(work, cand, cands, a):
        return None
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    if _marked_existing(work, cand, s1):
        return Stage.COMPLETED
    p0 = spans.sentence(work, s0 - 2, s0 - 1)[0] if s0 >= 2 else s0
    lines = [c for c in spans.near(cands, p0, a) if c.name and c.type is EntityType.RAILWAY and c.end <= a]
    # the line told by its section alone ("此次开通运营的甲至乙段长240公里,设…"): its clause's cue; an opening told
    # there wins over a line named only in the sentence before ("X高铁全长482公里。此次开通的甲乙段…,设…")
    cues = [cue_at(m) for m in spans.cues_in(work, s0, a)]
    own_cue = next((st for st, spec in reversed(cues) if spec), Stage.UNSPECIFIED)
    if lines and (lines[-1].start >= s0 or own_cue not in _WORKS_STAGES):
        line = max(lines, key=lambda c: (c.start, c.end))  # the last named, the whole name of nested ones
        stage = stage_of(line)
        if stage in (Stage.UNSPECIFIED, Stage.UPGRADE):
            stage = _works_stage_elsewhere(line, cands, stage_of)
    else:
        stage = own_cue
    return stage if stage not in (Stage.UNSPECIFIED, Stage.UPGRADE) else None


def _marked_existing(work: str, cand: Cand, s1: int) -> bool:
    """Return whether a clause after the station's list marks it existing ("…11座车站,其中重庆西为既有车站")."""
    short = cand.name.removesuffix("站")
    m = _EXISTING_AMONG_RE.search(work, cand.end, s1)
    return m is not None and short in re.split(r"[、和及与]|站", m.group("names"))


#: The stages of a line its stations take: open, they are in service (a line started, being built, in
#: design or planned leaves the stations it lists unspecified: the tuning annotators disagree there).
_WORKS_STAGES = (Stage.COMPLETED,)


#: The stages a report tells a line's works by: the first of them among its mentions is its news.
_BEGUN = (Stage.STARTING, Stage.UNDER_CONSTRUCTION, Stage.COMPLETED)


def _works_stage_elsewhere(line: Cand, cands: list[Cand], stage_of: Callable[[Cand], Stage]) -> Stage:
    """Return the stage the document gives a line in its other mentions, when its works have begun.

    "X高铁安康至重庆段开工建设。…X高铁安康至重庆段自A站起,…,共设A、B、C11座车站": the clause
    setting the stations tells no stage, the news of the line does: the first stage of works begun
    (:data:`_BEGUN`) that the line's other mentions (a name or alias in common) state, in the
    document's order (a report tells its news first), if it is one the stations take
    (:data:`_WORKS_STAGES`: the line open); else unspecified.
    """
    names = {line.name, *line.aliases}
    for c in cands:
        if c is not line and not c.implied and names & {c.name, *c.aliases}:
            stage = stage_of(c)
            if stage in _BEGUN:
                return stage if stage in _WORKS_STAGES else Stage.UNSPECIFIED
    return Stage.UNSPECIFIED
