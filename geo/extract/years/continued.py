"""A later sentence of the item's paragraph that carries its year on: "X全长50公里…。计划明年上半年通航".

Reads the sentences after the one naming the item, within its paragraph, up to :data:`REACH` of them: the
first whose subject is the item by a referring head ("该项目预计2025年投运", "项目计划明年建成通车") or that has
no subject and opens with a word of intent ("…X飞行区已开始道面施工。计划明年上半年通航") or with the item's
route told from its start ("起点甲镇,途经乙镇接已建成的丁高速,计划2021年6月通车") or with the whole line as its
subject ("X举行开工活动。全线预计2026年建成通车"), or whose clause
names it by the tail of its name and 项目/工程 ("X铁路专用线项目建设正酣…。…,确保铁路专用线项目今年下半年
建成投用"), and that dates a milestone. Hands its span on to :func:`geo.extract.years.mention.mention_years`, which reads its year.

A name standing alone on its line heads a section about it (:func:`section_sentence`): "X\\n由甲站引出,经乙区。\\n预计
2025年前建成。" — the lines under it, up to the next such heading, go on about the item, and the first sentence of
them that opens with a referring head or a word of intent and dates a milestone ahead gives its year.

The item must be the one item its sentence names (its parts aside: "X甲至乙段"; so is the whole it is told to be
a part of: "X…,为A高速的一段") and its clause's subject (not "某地可经X到达"), and no sentence up to the one read may
name an item (the subject could be that one) other than an existing one its route joins; a new paragraph or heading
ends the walk.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from geo.extract.linking.name_forms import variant_key
from geo.extract.patterns import Cand
from geo.extract.stages import spans
from geo.extract.stages.references import same_item
from geo.extract.year_words import (
    CARRY_ON_HEAD,
    CARRY_ON_INTENT,
    CARRY_ON_LEAD,
    DEMONSTRATIVE,
    YEAR_MILESTONE_RE,
)

#: The whole an item is told to be a part of, after it in its sentence: "X是…,为A高速的一段", "X是A的重要组成部分".
_WHOLE_OF_RE = re.compile(r"\s*的(?:一段|一部分|重要组成部分|组成部分|重要路段|重要一段)")
#: What tells the item to be a part of the whole, opening the whole's clause: 为, 是, 系.
_PART_VERB_RE = re.compile(r"(?:为|是|系)[^,，。;；]*$")


def whole_of_item(work: str, other: Cand, item: Cand) -> bool:
    """Return whether ``other``, named after ``item`` in its sentence, is the whole the sentence tells the item to be
    a part of ("X…,为A高速的一段", "A高速B段…,是A高速最后开工的路段": a part by its words, or by the item's name
    opening with the whole's): a later clause or sentence going on about the item is not about that whole."""
    if other.start < item.end or not other.name:
        return False
    named = item.name is not None and len(item.name) > len(other.name) and item.name.startswith(other.name)
    if not (named or _WHOLE_OF_RE.match(work, other.end)):
        return False
    a = spans.clause(work, other.start, other.end)[0]
    return _PART_VERB_RE.search(work[max(a, item.end) : other.start]) is not None


#: How many sentences after the item's own its paragraph may go on about it before the year.
REACH = 3

#: A sentence without a subject telling the item's route from its start ("起点甲镇,途经乙…", "起于甲镇,…"):
#: its subject is the item before it, as a referring head's is.
_ROUTE_OPENING = r"(?:路线|线路|全线|主线)?(?:起点|起于|起自|始于)"
#: A sentence opening with the whole line as its subject ("X举行开工活动。全线预计2026年建成通车"): the line is the
#: item before it, as a referring head's is (not a section of it: "全线A段…" names its own subject, an item).
_WHOLE_LINE = r"全线(?![贯长])"
#: The opening of a sentence going on about the item: a lead-in, then a referring head, a route told from
#: its start or a word of intent.
_CARRY_ON_RE = re.compile(
    rf"\s*(?:{CARRY_ON_LEAD})?\s*(?:(?P<head>{CARRY_ON_HEAD}|{_ROUTE_OPENING}|{_WHOLE_LINE})|(?P<intent>{CARRY_ON_INTENT}))"
)
#: What may stand before the item in its clause when it is the clause's subject: a time or a source
#: ("目前", "据了解"), an attribute closed by 的 ("位于某区的").
_SUBJECT_RE = re.compile(rf"\s*(?:{CARRY_ON_LEAD})?\s*(?:[^,，。;；!！?？\n]{{0,20}}的)?\s*")
#: A word of intent anywhere before the milestone (a referring sentence telling a fact gives no target).
_INTENT_RE = re.compile(CARRY_ON_INTENT)


def _dated_completion(work: str, m: re.Match[str], b: int) -> re.Match[str] | None:
    """Return the first dated completion of the sentence opened by ``m`` (its head or word of intent), up to ``b``.

    A start planned before it is passed over: "该工程计划今年9月开工,明年6月投产" dates the completion after it.
    """
    lo = m.end() if m.group("intent") else m.start()
    return next((d for d in YEAR_MILESTONE_RE.finditer(work, lo, b) if not d.group("start")), None)


def continued_sentence(
    work: str, cand: Cand, cands: list[Cand], *, context: Callable[[str, Cand, list[Cand]], bool] | None = None
) -> tuple[int, int] | None:
    """Return the span of the later sentence of the item's paragraph that goes on about it and dates a
    milestone still ahead, or None.

    "X正加快建设。该线预计2025年建成通车", "…目前X飞行区已开始道面施工。计划明年上半年通航": the item is the
    one item its sentence names; the sentences after it, on the same line, name no item; the one read opens
    (after a lead-in such as "目前,") with a referring head or a word of intent, and a word of intent stands
    before its dated milestone. Not "A开工,B完工。预计明年通车" (two items), not "X…。Y预计明年通车" (another
    item), not across a paragraph ("X…\\n计划明年通车").
    """
    if not cand.name:
        return None
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    # nothing after it on its line (the loop below would stop there too), asked first: most items of a plan end
    # their line, and the checks of the items beside it were half of this reader's cost (issue 16 item 5)
    if _paragraph_ends(work, s1):
        return None
    # not its clause's subject ("某地可经X到达。该项目…": the later sentence may be about another work), unless that
    # sentence refers back by the item's own kind ("在X铁路施工现场,工人们…。该铁路计划2025年建成": the one railway)
    by_kind = not _SUBJECT_RE.fullmatch(work, spans.clause(work, cand.start, cand.end)[0], cand.start)
    key = variant_key(cand.name)
    if any(c.name and not same_item(variant_key(c.name), key) and not whole_of_item(work, c, cand)
           and not (context and context(work, c, cands))
           for c in spans.near(cands, s0, s1)):
        return None  # its sentence names another item (not its whole, not an existing one): either could be meant
    pos = s1
    for _ in range(REACH):
        while pos < len(work) and work[pos] in " \t\u3000":
            pos += 1
        if pos >= len(work) or work[pos] == "\n":
            return None  # a new paragraph or heading: the text has moved on
        a, b = spans.sentence(work, pos, pos + 1)
        b = max(b, pos + 1)
        if any(c.name and not (context and context(work, c, cands)) for c in spans.near(cands, a, b)):
            return None  # it names an item (not an existing one its route joins): its subject may be that one
        m = _CARRY_ON_RE.match(work, a, b)
        tail = None if m else _tail_clause(work, a, b, cand.name)
        m = m or tail
        if m and by_kind and not _names_kind(m.group("head"), cand.name):
            m = None
        if m:
            done = _dated_completion(work, m, b)
            if done and (m.group("intent") or _INTENT_RE.search(work, m.start(), done.start())):
                # (the milestone of a tail's clause is read after the tail, its subject: "铁路专用线项目今年下半年建成")
                return (tail.end(), b) if tail else (a, b)
        pos = b
    return None


def _paragraph_ends(work: str, pos: int) -> bool:
    """Return whether the paragraph ends at ``pos``, spaces and tabs aside (a line break or the text's end)."""
    while pos < len(work) and work[pos] in " \t\u3000":
        pos += 1
    return pos >= len(work) or work[pos] == "\n"


#: A referring head naming a kind of works ("该铁路", "这座水库"): its noun, which the item's name must hold.
_KIND_HEAD_RE = re.compile(DEMONSTRATIVE + r"(?P<noun>(?!项目|工程)[\u4e00-\u9fff]{1,4})")


def _names_kind(head: str | None, name: str) -> bool:
    """Return whether the referring ``head`` names the kind of works the item's ``name`` is ("该铁路" for "X铁路";
    not "该项目", which any work may be)."""
    k = _KIND_HEAD_RE.fullmatch(head) if head else None
    return k is not None and k.group("noun") in name


#: How many sentences of the section under a heading (:func:`section_sentence`) may come before the year.
SECTION_REACH = 6
#: What may stand around a name that heads its section: a list number before it ("一、", "(1)", "2."), a colon after.
_HEADING_BEFORE_RE = re.compile(r"[ \t\u3000]*(?:(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[①-⑳])[ \t\u3000]*)?")
_HEADING_AFTER_RE = re.compile(r"[ \t\u3000:：]*")
#: A line that heads the next section: short, without the marks of a sentence.
_NEXT_HEADING_RE = re.compile(r"[^,，。;；!！?？:：\n]{1,30}")


def section_sentence(
    work: str, cand: Cand, cands: list[Cand], *, context: Callable[[str, Cand, list[Cand]], bool] | None = None
) -> tuple[int, int] | None:
    """Return the span of a sentence of the section the item's name heads that dates a milestone still ahead, or None.

    "长宁至永安高速公路\\n由长宁东站引出,…进入永安县。\\n预计2025年前建成。", "某高铁\\n\\n某高速铁路线路规划东起…。该项目
    计划2025年完成建设。": the item's name fills its line (after a list number, before a colon); the lines under it,
    blank ones skipped, up to the next line that is itself a heading, are about it. The sentence read opens (after a
    lead-in) with a referring head or a word of intent, names no item before its milestone (other than one
    ``context`` tells is context), and a word of intent stands before its dated milestone, as :func:`continued_sentence`
    reads one. Not a name within a sentence ("X\\n" after "…建设" on the line), not past the next heading.
    """
    if not cand.name:
        return None
    line_a = work.rfind("\n", 0, cand.start) + 1
    line_b = work.find("\n", cand.end)
    line_b = len(work) if line_b < 0 else line_b
    if (_HEADING_BEFORE_RE.fullmatch(work, line_a, cand.start) is None
            or _HEADING_AFTER_RE.fullmatch(work, cand.end, line_b) is None):
        return None
    pos = line_b
    for _ in range(SECTION_REACH):
        while pos < len(work) and work[pos] in " \t\u3000\n":
            pos += 1
        if pos >= len(work):
            return None
        if work[pos - 1] == "\n" and _NEXT_HEADING_RE.fullmatch(work, pos, _line_end(work, pos)):
            return None  # the next section's heading
        a, b = spans.sentence(work, pos, pos + 1)
        b = max(b, pos + 1)
        m = _CARRY_ON_RE.match(work, a, b)
        if m:
            done = _dated_completion(work, m, b)
            if (done
                    and (m.group("intent") or _INTENT_RE.search(work, m.start(), done.start()))
                    and not any(c.name and not (context and context(work, c, cands))
                                for c in spans.near(cands, a, done.start()))):
                return a, b
        pos = b
    return None


def _line_end(work: str, pos: int) -> int:
    end = work.find("\n", pos)
    return len(work) if end < 0 else end


#: The shortest tail of an item's name that refers back to it with 项目/工程 ("铁路专用线项目" after "X铁路专用线").
TAIL_MIN = 4


def _tail_clause(work: str, a: int, b: int, name: str) -> re.Match[str] | None:
    """Return the opening of a clause of ``work[a:b]`` that names the item by the tail of its ``name`` and
    项目/工程, after a word of intent or none: ",确保铁路专用线项目今年下半年建成投用" after "X铁路专用线"."""
    tail_re = _tail_re(name)
    return tail_re.search(work, a, b) if tail_re else None


@functools.lru_cache(maxsize=1024)
def _tail_re(name: str) -> re.Pattern[str] | None:
    """Return the pattern of :func:`_tail_clause` for an item's ``name`` (built once per name: up to
    :data:`REACH` sentences of each item without a year ask it), or None when the name is too short."""
    tails = [re.escape(name[-k:]) for k in range(len(name) - 1, TAIL_MIN - 1, -1)]
    if not tails:
        return None
    return re.compile(
        rf"(?:\A|(?<=[,，;；:：。!！?？\n]))\s*[“”\"]?\s*(?:{CARRY_ON_INTENT})?\s*(?P<head>(?:{'|'.join(tails)})(?:项目|工程))(?P<intent>)"
    )
