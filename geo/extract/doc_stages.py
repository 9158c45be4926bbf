"""One document's own word on an item's stage over a frame's guess at it (issue #11 item 2).

The clause rules read each mention alone. Some readings are guesses from a frame of existing context,
with no milestone of the item in the clause: a route's end ("止于X终点"), lines a new work joins ("连接A与B
干线"), the stations a line sets, a line a new one forms a corridor with ("与X形成东西大动脉") — all read
建成. Where the same document says in so many words that the item is being built ("在建X", "X在建",
"X正在建设中", "A、B等在建高速"), that statement is the document's stage of the item, and the frame's
guess gives way (the tuning gold codes such items 在建 in four documents of four splits). The guess
becomes 未说明, not 在建: the clause it stands in says nothing of the works.

Two settlements are of years: a completion the document tells as done meets the goal a frame set
(:func:`settle_done`), and a headline's year gives way to the one the body states for the item
(:func:`settle_headline_years`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from geo.extract.patterns import Cand
from geo.extract.stages import item_lists, spans, status_marks
from geo.extract.stages.cues import stage_of as cue_at
from geo.extract.years.facts import planned
from geo.model import Entity, Mention, Stage

__all__ = [
    "BUILDING_AFTER_RE", "framed_done", "in_headline", "said_building", "settle", "settle_done", "settle_goals",
    "settle_headline_years", "told_done",
]

#: A status word right after the item (its note in brackets and 等 of its list between): "X在建",
#: "X正在建设中", "X目前正在施工", "A、B等在建高速". Not "在建设时期"/"在建设期间" (a time, maybe past:
#: :data:`geo.extract.stages.existing_traits.BUILT_PERIOD_AFTER_RE`), "在建成后", nor "X正在建设的Y" (X builds Y).
BUILDING_AFTER_RE = re.compile(
    r"(?:[(（][^()（）,，。;；]{0,12}[)）])?(?:等)?(?:目前|现)?"
    r"(?:正在(?:建设|施工)中?(?![的中])|仍在建设|在建(?!设(?:时期|期间|时)|成))"
)


def said_building(work: str, cand: Cand, cands: list[Cand], stage: Stage) -> bool:
    """Return whether the item's clause says by a status word that its works are under way.

    ``stage`` is the stage the rules read for the mention: only a mention read 在建 counts.
    """
    if stage is not Stage.UNDER_CONSTRUCTION:
        return False
    a = spans.clause(work, cand.start, cand.end)[0]
    listed = spans.words_before(work, a, cand, cands).rstrip("、 ")
    return bool(status_marks.BUILDING_MODIFIER_RE.search(listed) or BUILDING_AFTER_RE.match(work, cand.end))


def framed_done(work: str, cand: Cand, stage: Stage) -> bool:
    """Return whether a 建成 reading came from a frame of context: no cue of a completion in the item's clause."""
    if stage is not Stage.COMPLETED:
        return False
    a, b = spans.clause(work, cand.start, cand.end)
    return not any(cue_at(m)[0] is Stage.COMPLETED for m in spans.cues_in(work, a, b))


#: A completion told as done right after the item in its clause: "X已于9月建成通车", "X已经全线通车", "X业已投用";
#: not one done in part ("X已基本完工").
_DONE_ADVERBS = r"(?:正式|全线|顺利|胜利|全面)*"
#: A name's short form or note in brackets right after it: "(以下简称X)".
_BRACKETED = r"(?:[(（][^()（）,，。;；]{0,12}[)）])?"
_DONE_WORDS = r"(?:建成|通车|开通|通航|投用|投运|投产|竣工)"
#: The time of day after a date: "上午10时", "零时", "晚".
_DAY_TIME = r"(?:上午|下午|中午|晚上?|凌晨|零时|\d{1,2}[时点](?:\d{1,2}分)?)*"
_TOLD_DONE_RE = re.compile(
    r"(?:[(（][^()（）,，。;；]{0,12}[)）])?\s*(?:已经|已|业已)(?:于|在)?[^,，。;；!！?？\n]{0,10}?"
    # (not done in part: "已基本完工,…即将通车", "主体已完工")
    r"(?<!基本)(?<!初步)(?<!主体)(?<!部分)(?:建成|通车|开通|投用|投运|投产|竣工|完工|通航)"
)


#: What a headline that is the news of the item's completion says after it, and nothing more: "X正式通车",
#: "X建成通车!" (no time and no word of intent: "X年底通车", "X将于明年建成" are goals).
_HEADLINE_DONE_RE = re.compile(
    rf"\s*(?:今天|今日|昨日)?{_DONE_ADVERBS}(?:建成)?(?:通车|开通|通航|投用|投运|投产|竣工|建成)(?:运营|投用|啦|了)?\s*[!！]*\s*"
)
#: A completion dated by a day right after the item: "X于9月29日正式通车", "X19日建成通车" (a day of the month
#: the report is of when the month is not written).
_DAY_DONE_RE = re.compile(
    rf"{_BRACKETED}\s*(?:于|在)?(?:(?P<month>\d{{1,2}})月)?(?P<day>\d{{1,2}})日{_DAY_TIME}{_DONE_ADVERBS}{_DONE_WORDS}"
)
#: A day heading the item's clause ("9月29日,X建成"): the clause before it is the date alone, after a news dateline
#: if the report opens with one ("某网重庆9月29日电 29日,X建成", "本报讯(记者某某) 29日,").
_DAY_LEAD_RE = re.compile(
    r"\s*(?:[^\s,，。;；:：]{0,16}?(?:\d{1,2}月\d{1,2}日)?(?:电|讯|消息)\s*(?:[(（][^()（）]{0,20}[)）])?\s*)?"
    rf"(?:(?P<month>\d{{1,2}})月)?(?P<day>\d{{1,2}})日{_DAY_TIME}\s*"
)
#: The item's completion right after it in its clause: "X建成", "X正式通车".
_DONE_AFTER_RE = re.compile(rf"{_BRACKETED}\s*{_DONE_ADVERBS}{_DONE_WORDS}")


def told_done(work: str, cand: Cand, stage: Stage, *, doc_year: int | None = None,
              cands: list[Cand] | None = None) -> bool:
    """Return whether the item's clause tells its completion as done, a fact, no goal.

    "X已于9月建成通车"; and the news of the completion itself: a headline saying only that the item opened ("X正式
    通车"), or a completion dated by a day the report (``doc_year``, a :class:`~geo.extract.years.DocYear` with its
    month and day) has reached, without a word of intent ("X于9月29日建成", "9月29日,X建成", "X19日正式通车"; when the
    report's day is unknown, only a day heading the clause). Not a day still ahead ("10月28日,X正式通车" in a report
    of 27 October: announced), nor a goal ("X将于9月29日通车", "计划9月29日,X建成").

    With ``cands``, an item of a list is read from the list's start to its end: the completion after the list is
    every item's ("9月29日,A和B建成通车", "A、B已建成").
    """
    if stage is not Stage.COMPLETED:
        return False
    first, end = cand.start, cand.end
    if cands is not None:
        first, end = item_lists.list_start_of(work, cand, cands), item_lists.list_end_of(work, cand, cands)
    if _TOLD_DONE_RE.match(work, end):
        return True
    if in_headline(work, cand):
        return _HEADLINE_DONE_RE.fullmatch(work, end, spans.first_line(work)[1]) is not None
    s0 = spans.sentence(work, cand.start, cand.end)[0]
    day = _DAY_DONE_RE.match(work, end)
    lead_day = False
    if day is None and _DONE_AFTER_RE.match(work, end):
        a = spans.clause(work, cand.start, cand.end)[0]
        lead = spans.clause(work, a - 2, a - 1)[0] if a >= 2 and work[a - 1] in ",，" else None
        day = _DAY_LEAD_RE.fullmatch(work, lead, a - 1) if lead is not None and work[a:first].strip() == "" else None
        lead_day = day is not None
    if day is None or planned(work, s0, end) or planned(work, day.start(), day.end()):
        return False
    month, today = getattr(doc_year, "month", None), getattr(doc_year, "day", None)
    if month is None or today is None:
        # a report without its day: a day heading the clause dates the news of a fact, as the years read it
        # (geo.extract.years.news_days: "1月3日,X建成通车" gives no target); a day after the item may be ahead
        # ("X8月31日正式开通运营" keeps its year, tests/extract/years/test_years_of_lead_dates_and_work_meetings.py)
        return lead_day
    return (int(day.group("month") or month), int(day.group("day"))) <= (month, today)


def settle_done(entities: Iterable[Entity], done: set[int], doc_year: int | None) -> None:
    """Drop, in place, a goal year the document's own word on the item's completion has met.

    "今年计划建成的4个项目之一,其中X已于9月建成通车": a frame set a target of the report's year, and the item's
    own clause says it is built. ``done`` holds the ``id`` of the mentions :func:`told_done` found; the target
    years of the item's other mentions up to the report's year are a goal met (a completion told as done has
    no target year: the reference's convention), a later one (a second phase's) is left.
    """
    if doc_year is None:
        return
    for e in entities:
        if not any(id(m) in done for m in e.mentions):
            continue
        for m in e.mentions:
            if m.target_year is not None and m.target_year <= doc_year:
                m.target_year = None
                m.year_basis = None if m.start_year is None else m.year_basis


def in_headline(work: str, cand: Cand) -> bool:
    """Return whether the item is named in the document's headline: its first non-empty line, short and
    without a full stop (as :func:`geo.extract.stages.spans.headline_stage` reads it)."""
    lead, end = spans.first_line(work)
    return cand.end <= end and end - lead <= spans.HEADLINE_MAX and "。" not in work[lead:end]


def settle_headline_years(entities: Iterable[Entity], headline: set[int]) -> None:
    """Give a headline's mention, in place, the target year the body states for the item when they differ.

    "A隧道明年通车 B隧道扩容…" over "B隧道扩容改造工程计划明年一季度贯通、2018年通车": a headline condenses (two
    titles run together, one milestone for several items, a part's opening told for the whole), and the body's
    own sentence about the item is its word on the year. ``headline`` holds the ``id`` of the mentions
    :func:`in_headline` found. Only a body that states one year overrides; a headline year the body agrees with,
    or does not date, stays (the mention keeps its place and stage: only the year is the body's).
    """
    for e in entities:
        body = {m.target_year for m in e.mentions if id(m) not in headline and m.target_year}
        if len(body) != 1:
            continue
        year = body.pop()
        for m in e.mentions:
            if id(m) in headline and m.target_year and m.target_year != year:
                m.target_year = year


def settle(entities: Iterable[Entity], said: set[int], framed: set[int]) -> None:
    """Give way, in place, to a document's statement that an item is being built.

    ``said`` and ``framed`` hold the ``id`` of the mentions :func:`said_building` and
    :func:`framed_done` found; a framed mention of an item some mention of which is said to be
    under construction becomes unspecified.
    """
    for e in entities:
        if not any(id(m) in said for m in e.mentions):
            continue
        guesses: list[Mention] = [m for m in e.mentions if id(m) in framed]
        for m in guesses:
            m.stage, m.stage_step = Stage.UNSPECIFIED, "said_building"


def settle_goals(entities: Iterable[Entity]) -> None:
    """Give a completion set as a goal the present status the same document states, in place.

    "力争2025年建成X" reads 建成 with its target year; where the document also says X is being built
    ("加快建设X", "X正在建设"), the item is under construction and 2025 is when it is to be finished:
    the goal's mention becomes 在建 and keeps its year (present status beats a goal; the tuning gold
    codes such items 在建 9 times in 11, in seven splits). The 在建 mention states no year: one with a
    year is the goal read again. A completion told as done has no target year and is not touched; nor is
    a goal where no other mention says the works are under way.
    """
    for e in entities:
        if not any(m.stage is Stage.UNDER_CONSTRUCTION and not m.target_year for m in e.mentions):
            continue  # (a 在建 read with a year of its own is the goal again: "X预计通车时间为9月29日")
        for m in e.mentions:
            if m.stage is Stage.COMPLETED and m.target_year:
                m.stage, m.stage_step = Stage.UNDER_CONSTRUCTION, "goal"
