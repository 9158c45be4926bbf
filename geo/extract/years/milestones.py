"""Years bound to a milestone in running text: "力争2026年建成通车", "计划2024年开工", "建成时间为2025年".

Reads a span of the text (the item's clause, the clauses after it, a clause referring back) for a year or
relative word followed by a milestone that ends works (the target) or starts them (the start), leaving out
steps done (完成投资), histories, plans given up and completions reported as facts
(:mod:`geo.extract.years.facts`): :func:`milestone_years`. Of several dated milestones in a span, a step of the
works ("2025年下闸蓄水", "主体完工", "贯通") gives way to a later completion ("…,2026年竣工"), and a part's milestone
("2025年实现桥梁主体完工", "路基完工") is not the whole's. Also a completion whose object is the item
(:func:`object_milestone`), a milestone two items share (:func:`joint_years`), a year opening the clause
the item is the subject of (:func:`subject_years`) and a completion as a condition (:func:`done_after`).
A month told without its year after a clause dated by year and month takes that year (:func:`run_on_year`).
Hands on :class:`~geo.extract.year_words.Years`.
"""

from __future__ import annotations

import re

from geo.extract.stages.cues import GROUNDWORK
from geo.extract.stages.references import LIST_REF
from geo.extract.year_words import (
    DONE,
    EXPLICIT_YEAR,
    GAP,
    LABELLED_MILESTONE_RE,
    LENGTH,
    NO_YEARS,
    START,
    STEP_DONE_RE,
    YEAR_MILESTONE_RE,
    Years,
    sentence_start,
)
from geo.extract.years.facts import reported
from geo.extract.years.relative import lead_year

#: The works' body or a part of them named between a year and its milestone ("2025年实现桥梁主体完工", "年底路基
#: 完工", "2025年主体完工"), right after the time or a word of intent (not an item's own name ending in 隧道:
#: "2025年青山隧道完工"): a part's milestone (``part``) is not the whole's; the body's is a step of the works.
_PART_DONE_RE = re.compile(
    r"(?:(?<=[年底末前内日月])|实现|完成|将|可|要|力争|争取|确保|有望|预计|计划)"
    r"(?:全线|全部|全面|基本)?(?:(?P<part>桥梁|桥面|路基|路面|隧道|土建|站房|房建)(?:主体)?|主体)(?:工程|结构)?(?:全部|全面|基本)?$"
)


#: A step of the works, their studies or money done with an item named between 完成 and it ("2024年完成X前期工作",
#: "明年完成X路基施工", "完成X征地拆迁", "今年完成移民安置", "年内完成招商工作"): not the item's completion. The works themselves named
#: first close the object ("完成X建设,…", "完成A建设和B前期工作": A's works are done).
_STEP_OBJECT_RE = re.compile(
    r"(?:(?!建设|改造|改扩建|扩建|迁建|改建)[^,，。;；!！?？\n]){0,40}?"
    r"(?:前期|工可|可研|可行性研究|初步设计|施工图|设计|勘察|征地|拆迁|用地|选址|环评|招标|招商|论证|评审|报批|审批|核准|立项|批复"
    r"|主体|土建|路基|路面|桥面|桩基|隧道掘进|投资|产值|工作量|工程量|进度|移民|安置|铺轨|架梁|联调)"
)

#: What follows a milestone up to the clause end, and how long it may be without being an object.
_OBJECT_RE = re.compile(r"[^,，。;；!！?？\n]*")
_BARE_TAIL = 4
#: Milestones joined to the first one ("完工并投入使用", "建成并正式通车运营", or run on without a word between:
#: "建设完成投入试运行"): more of the same milestone, not an object of it.
_CONJOINED_RE = re.compile(rf"(?:(?:并且|并|和|及|、)?\s*(?:正式|全面|全线|顺利|同步)?(?:{DONE}))+")


#: A milestone closed by "后" ("预计2028年建成后可降低…"): what follows is its consequence, not its object.
_AFTER_RE = re.compile(r"(?:之|以)?后(?![续期])")


#: The item's completion as a condition, right after it: "X全线建成后", "X建成通车以后".
_DONE_AFTER_RE = re.compile(
    r"\s*(?:将|要)?(?:全线|全面|整体|正式|顺利)?(?:建成|通车|完工|竣工|投用|投运|开通)(?:通车|运营|投用|投运)?(?:之|以)?后(?![续期])"
)


def done_after(work: str, pos: int, hi: int) -> bool:
    """Return whether the item ending at ``pos`` is completed as a condition ("X全线建成后,…") before ``hi``."""
    return _DONE_AFTER_RE.match(work, pos, hi) is not None


def as_condition(work: str, pos: int) -> bool:
    """Return whether the milestone ending at ``pos`` is told as a condition, closed by "后" after the milestones
    run on to it ("竣工后将减轻…", "建成通车以后"): what follows is its consequence, not its object."""
    return _AFTER_RE.match(work, _RUN_ON_RE.match(work, pos).end()) is not None


#: A milestone named as a goal ("朝着年底建成通车目标冲刺", "向年内通车的目标发起冲刺"): the words after it are
#: the goal's noun, not the milestone's object.
_GOAL_NOUN_RE = re.compile(
    r"(?:的)?(?:目标|节点目标|时间节点)(?=[,，。;；!！?？\n]|$|[^,，。;；]{0,2}?(?:冲刺|迈进|奋进|前进|挺进|努力|全力|加快|推进|倒排|而))"
)


def _goal_named(work: str, pos: int) -> bool:
    """Return whether the milestone ending at ``pos`` (milestones run on to it left out: 建成通车) is followed by a goal's noun."""
    return _GOAL_NOUN_RE.match(work, _RUN_ON_RE.match(work, pos).end()) is not None


def _object_len(work: str, pos: int) -> int:
    """Return the length of the object after a milestone ending at ``pos``, joined milestones left out."""
    m = _CONJOINED_RE.match(work, pos)
    pos = m.end() if m else pos
    if _AFTER_RE.match(work, pos):
        return 0  # "…,预计2028年建成后可降低物流成本": the milestone is the clause's time, without an object
    return len(_OBJECT_RE.match(work, pos).group())
#: A milestone the clause lays the ground for is no object's: "…,为年内正式通航打下坚实基础".
_GROUNDWORK_RE = re.compile(GROUNDWORK)
#: A history told from its first milestone ("从1994年建成…,到2010年…").
_HISTORY_RE = re.compile(r"从\s*$")
#: A length right after a milestone ("年内通车50公里", "建成通车约30余公里"): a stretch of the line opened, a step a
#: later completion of the whole stands over ("…,明年5月全线通车"), not the line's own completion.
_LENGTH_OPENED_RE = re.compile(LENGTH)
#: The whole line named before its milestone ("约90公里将全线通车"): a length before it is the line's, no stretch.
_WHOLE_LINE_RE = re.compile(r"全线|全部|全面")
#: A plan given up for a later one ("原计划2024年建成,现预计2025年建成"): no target of its own.
_SUPERSEDED_RE = re.compile(r"(?:原计划|原定|原预计|原本计划|原规划)(?:于|在)?\s*$")


def object_milestone(work: str, a: int, first: int) -> re.Match[str] | None:
    """Return the dated completion in the clause ``work[a:first]`` whose object is the item (or the list it
    belongs to) starting at ``first``: the milestone ends right before it ("2023年建成通车A段", "力争2025年
    建成A、B"); None otherwise, or for a start ("2023年开工A,2026年建成": the later clause has the target).
    """
    last = None
    for m in YEAR_MILESTONE_RE.finditer(work, a, first):
        last = m
    if last is None or last.group("start") or first - _object_end(work, last.end()) > 0:
        return None
    return last


def _object_end(work: str, pos: int) -> int:
    """Return where the object of a milestone ending at ``pos`` starts, the milestones it runs on with skipped
    ("建成通车A", "建成并投用A")."""
    return _RUN_ON_RE.match(work, pos).end()


_RUN_ON_RE = re.compile(rf"(?:(?:并且|并|和|及|、)?\s*(?:正式|全面|全线|顺利|同步)?(?:{DONE}))*")


#: Two items sharing one milestone: "A计划于2025年与B同步建成投用", "A和B同时开工".
_JOINT_RE = re.compile(
    rf"(?:与|和|同)(?P<other>[^,，。;；!！?？\n]{{2,40}}?)(?:同步|同时|一并|一同|一起)(?=[^,，。;；]{{0,4}}?(?:{START}|{DONE}))"
)


def joint_years(work: str, lo: int, hi: int, start: int, end: int, doc_year: int | None) -> Years:
    """Return the years of a milestone two items share in the clause ``work[lo:hi]``.

    "A计划于2025年与B同步建成投用": the item at ``start:end`` is A (before 与) or B (between 与 and
    同步), and both take the year and milestone of the clause read without "与B".
    """
    for m in _JOINT_RE.finditer(work, lo, hi):
        if end <= m.start() or m.start("other") <= start < m.end("other"):
            return _without_other(work, lo, hi, m, doc_year)
    return NO_YEARS


def _without_other(work: str, lo: int, hi: int, joint: re.Match[str], doc_year: int | None, *, bare: bool = False) -> Years:
    """Return the years of the clause ``work[lo:hi]`` read without the item a :data:`_JOINT_RE` match joins ("与B")."""
    joined = work[lo : joint.start()] + work[joint.end("other") : hi]
    return milestone_years(joined, 0, len(joined), doc_year, bare=bare)


def joined_later(work: str, lo: int, nxt: int, hi: int, doc_year: int | None) -> Years:
    """Return the years a later clause without a subject of its own sets for the item before it and the item it
    joins to: "A已开工建设,2024年有望与B同步建成通车" (``lo`` the end of A's clause, ``nxt`` where B starts,
    ``hi`` the end of the sentence). Nothing when the clause names a subject of its own ("…,二期工程有望与B
    同步建成") or when B is not what 与…同步 joins.
    """
    for m in _JOINT_RE.finditer(work, lo, hi):
        if m.start("other") == nxt:
            return _without_other(work, lo, hi, m, doc_year, bare=True)
    return NO_YEARS


#: A year opening the clause of which the item is the subject: "2022年X建成通车以来", "今年X开工建设",
#: after a word of intent ("预计年底前X有望通车"), or with the milestone's verb before the item ("力争今年12月底前实现X
#: 通航": 实现 the item's milestone), or as the time of a condition ("待2026年X建成通车后,…", "随着2026年X的建成通车,…").
#: (A month and day without a year is an event's date: :func:`~geo.extract.years.relative.event_year` reads it.)
_SUBJECT_YEAR_RE = re.compile(
    rf"\s*(?:[,，、]\s*)?(?:待|随着|等到)?(?:预计|计划|力争|争取|确保|有望|可望)?(?:在|于|自)?(?:{EXPLICIT_YEAR}|(?P<rel>今年|明年|后年|去年|前年|年内|今日|今天|昨日|昨天|近日|日前"
    r"|年底|年末|上半年|下半年|本年度?|本月)(?:\d{1,2}月份?)?(?:年底|年末|底|末|上半年|下半年)?(?:前|以前|之前)?)\s*(?:实现)?\s*$"
)
_SUBJECT_MILESTONE_RE = re.compile(rf"{GAP}(?P<kind>(?P<start>{START})|{DONE})")


def subject_years(work: str, a: int, start: int, end: int, hi: int, doc_year: int | None) -> Years:
    """Return the year of a clause "<year> <item> <milestone>" when the item at ``start:end`` is its subject.

    ``a`` is the clause start and ``hi`` its end; only a time word may stand between ``a`` and the item,
    and the milestone must follow the item within a few characters ("2019年X开工建设", "今年X建成通车").
    """
    m = _SUBJECT_YEAR_RE.fullmatch(work, a, start)
    done = _SUBJECT_MILESTONE_RE.match(work, end, hi) if m else None
    if done is None:
        return NO_YEARS
    year, how = lead_year(m, doc_year)
    if year is None:
        return NO_YEARS
    if done.group("start"):
        return Years(None, year, how)
    if reported(work, sentence_start(work, 0, a), a, done.end(), year, doc_year, rel=m.group("rel")):
        return NO_YEARS  # "2022年X建成通车以来": a completion reported
    return Years(year, None, how)


#: A time of the year told without its year, opening what it dates: a month ("12月", "12月底前"), the year's end,
#: half, quarter or middle ("年底", "下半年", "三季度", "年中"), 年内 (not 今年, 明年: years of the report's own).
_YEARLESS_RE = re.compile(r"(?:(?P<month>\d{1,2})月|年底|年末|年内|上半年|下半年|第?[一二三四1-4]季度|年中)")
#: A year and month dating a clause: "2026年3月", "2018年 6月" (a PDF copy's spaces).
_YEAR_MONTH_RE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月")
#: What separates the clauses of a run of dates in one sentence.
_RUN_MARKS = ",，、"


def run_on_year(work: str, pos: int, rel: str) -> int | None:
    """Return the year a time of the year told without it (``rel``, at ``pos``: "12月", "年底") takes from the
    clause right before its own when that clause is dated by year and month: "计划2026年3月下闸蓄水,10月竣工",
    "于2025年4月开工,计划年底建成" (2026, 2025: the sentence's run of dates, not the report's year).

    None when the clause before names no year and month or lies in another sentence, and when it dates a later
    month than ``rel``'s ("2025年11月开工,6月…": a month of the next year, which the words do not say).
    """
    m = _YEARLESS_RE.match(rel)
    if m is None:
        return None
    s0 = sentence_start(work, 0, pos)
    cut = max(work.rfind(ch, s0, pos) for ch in _RUN_MARKS)
    if cut < 0:
        return None
    before = max(work.rfind(ch, s0, cut) for ch in _RUN_MARKS)
    a = before + 1 if before >= 0 else s0  # the clause right before ``rel``'s own: from its mark, else the sentence's start
    dates = _YEAR_MONTH_RE.findall(work, a, cut)
    if not dates:
        return None
    year, month = (int(x) for x in dates[-1])
    if m.group("month") and int(m.group("month")) < month:
        return None
    return year


def milestone_years(work: str, lo: int, hi: int, doc_year: int | None, *, bare: bool = False) -> Years:
    """Return the target and start years of the year-and-milestone phrases in ``work[lo:hi]``.

    With ``bare``, only milestones without an object of their own count: "…,今年内建成通车"
    speaks of the item before it, "…,到2010年建成'二环八射'" of something else.
    """
    target = start = None
    basis = None
    unread = step = False
    found = [*YEAR_MILESTONE_RE.finditer(work, lo, hi), *LABELLED_MILESTONE_RE.finditer(work, lo, hi)]
    for m in found:
        tail = _object_len(work, m.end()) if bare else 0
        if bare and ((tail > _BARE_TAIL and not _GROUNDWORK_RE.match(work, m.end()) and not _goal_named(work, m.end()))
                     or _own_subject(work, lo, m.start())
                     or m.end() + tail > hi  # its object runs into the next item
                     or _SECTION_SUBJECT_RE.search(work, m.end("year") if m.group("year") else m.end("rel"), m.start("kind"))):
            continue  # "…,力争2025年底A段建成通车": the milestone of a section, not of the whole line
        # "计划2026年3月下闸蓄水,10月竣工": a month after a clause dated by year and month is that year's, not the
        # report's (a year before the report's is a history's: "A已于2016年5月建成,B将于12月建成")
        run_on = run_on_year(work, m.start("rel"), m.group("rel")) if m.group("rel") else None
        if run_on and (doc_year is None or run_on >= doc_year):
            year, how = run_on, "explicit"
        else:
            year, how = lead_year(m, doc_year)
        if year is None:
            # "将于今年年底建成,2021年初将正式通航" in a text without a year of its own: the first completion is
            # the item's target, and its year unknown; a later milestone of the clause (its opening) is not it
            unread = unread or not m.group("start")
            continue
        if not m.group("start") and _HISTORY_RE.search(work, max(lo, m.start() - 2), m.start()):
            continue  # "从1994年建成X,到2010年建成…": the opening of a history, not a goal
        if _SUPERSEDED_RE.search(work, max(lo, m.start() - 6), m.start()):
            continue  # "原计划2024年建成,现预计2025年建成": the plan the text says has changed
        if m.group("kind").startswith("完成") and _STEP_OBJECT_RE.match(work, m.end("kind")):
            continue  # "力争2024年完成X前期工作": a step done, read past ``hi`` (the item may end the span)
        if not m.group("start") and reported(work, sentence_start(work, 0, m.start()), m.start(), m.end(), year,
                                             doc_year, rel=m.group("rel")):
            continue  # "X已于2021年建成通车": a fact reported, not a target
        body = None if m.group("start") else _PART_DONE_RE.search(work, m.start(), m.start("kind"))
        if body and body.group("part"):
            continue  # "X2025年实现桥梁主体完工": a part's milestone, not the whole's
        part = body is not None or _stretch(work, m)
        if m.group("start"):
            start = start or year
        elif target is None and not unread:
            # (the body of the works done, "2025年主体完工", is a step a later completion stands over)
            target, step = year, part or STEP_DONE_RE.match(m.group("kind")) is not None
        elif step and not part and not STEP_DONE_RE.match(m.group("kind")) and year >= target:
            # "今年将实现隧道贯通,2026年正式通车", "2025年下闸蓄水,2026年竣工": the completion, not the step
            target, step = year, False
        basis = "explicit" if "explicit" in (basis, how) else how
    if target is None and start is None and basis is None and not unread:
        return NO_YEARS  # (the common answer: no year-and-milestone phrase in the span)
    return Years(target, start, basis, unread=unread and target is None, step=step and target is not None)


#: What may open a later clause before its milestone when the clause has no subject of its own:
#: adverbs of intent and time, and words referring back ("…,该项目力争年内建成").
_BARE_LEAD_RE = re.compile(
    r"\s*(?:为|并|将|也|还|再|要|冲刺|全力|努力|积极|加快|尽快|尽早|早日|即将|已经|已|顺利|力争|争取|确保|预计|计划|有望|可望|预期|拟|全线|全面|整体|项目|工程|该项目|该工程"
    r"|同时|届时|目前|现|正|于|在|到|至|实现|计划于|预计于|力争于|将于"
    # the schedule the milestone keeps ("…,按计划将于年底开通", "…,如期建成")
    r"|按照?(?:计划|规划|进度|工期|预期)|根据计划|按期|按时|如期"
    # a course set toward the milestone as a goal ("…,并朝着年底建成通车目标发起冲刺", "…,瞄准年内通车"; 著 is
    # traditional text's 着, a character simplified text has too, so left as written by the folding)
    r"|朝[着著]|向[着著]|朝|向|瞄准|对标|锚定|紧盯"
    # the items before it taken together ("A、B开工建设,均计划2025年建成", "…,两地都将于年底通车"): a year stated
    # once for them all
    r"|均|都|皆"
    # a word referring back to the item ("该物流园", "该线", "本项目", "这条高速", "这座大桥") is no subject of its own,
    # nor one referring back to the list the item closes ("A、B加快建设,以上项目力争2025年建成": the year stated once
    # for the list)
    r"|(?:该|此|本|这[条座个项处一])[\u4e00-\u9fff]{0,4}"
    rf"|{LIST_REF}"
    r")*\s*"
)


#: A section named between a later clause's year and its milestone is that clause's own subject.
_SECTION_SUBJECT_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?<![阶手])段(?!落)")


def _stretch(work: str, m: re.Match[str]) -> bool:
    """Return whether the milestone ``m`` opens a stretch of the line, its length named ("年内通车50公里", "明年
    约40公里将通车"), not the whole line ("明年约90公里将全线通车")."""
    if _LENGTH_OPENED_RE.match(work, m.end()):
        return True
    # (a milestone labelled with its time, "建成时间为2025年", names no length)
    return bool(m.groupdict().get("length")) and not _WHOLE_LINE_RE.search(work, m.end("length"), m.start("kind"))


def _own_subject(work: str, lo: int, pos: int) -> bool:
    """Return whether the clause holding ``pos`` (after ``lo``) names a subject of its own before it.

    "…,二期工程年内将建成通车" speaks of the 二期, not of the item before it; "…,力争年内建成通车"
    and "…,该项目预计2025年建成" have no subject of their own.
    """
    cut = max(work.rfind(ch, lo, pos) for ch in ",，;；")
    a = cut + 1 if cut >= 0 else lo
    return _BARE_LEAD_RE.fullmatch(work, a, pos) is None
