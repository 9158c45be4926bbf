"""Stops of a name's lead that the line around them reads: a verb adding or reserving a part of the line
named before it ("X高速新增甲互通": :func:`line_part_after`, :func:`adds_line_part`), a direction and 至 that name a
station at a route's end rather than a boundary ("万州北至长沙南城际铁路": :data:`BOUND_STOPS`,
:func:`station_by_direction`), and a line's preposition of origin before the site it leaves from ("X铁路自Y站引出":
:data:`LINE_FROM_RE`, :func:`origin_lead`).

Asked by :func:`geo.extract.names.leads.left_start`; :func:`adds_line_part` and :data:`LINE_FROM_RE` also by
:mod:`geo.extract.names.candidates`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.patterns import HEAD_RE, STOP_RE, head_type, place_re

#: A line's head and a preposition of origin after it ("X铁路自", "X高速从", "X线由", "线路自": the line itself).
LINE_FROM_RE = re.compile("(?:铁路|高铁|城际|轻轨|公路|高速|大道|线路|线)(?:自|从|由)")

#: Prepositions of origin ("自", "从", "由") and what a line does at the site after them ("自X站引出", "从Y站接出",
#: "由Z站始发"): read by :func:`origin_lead`.
_ORIGIN_PREPOSITIONS = frozenset("自从由")
_LEAVES_FROM_RE = re.compile("引出|接出|发车|始发|出发")


def origin_lead(span: str, cut: int, work: str, hs: int) -> bool:
    """Return whether the lead left at ``span[cut:]`` opens with a preposition of origin before the site a line leaves
    from ("…,自X站引出", the clause's subject told before the comma): a place follows the preposition, the
    preposition is no place's first character ("自贡站引出" keeps its name) and the item's head is followed by a
    verb of leaving (:data:`_LEAVES_FROM_RE`)."""
    if span[cut : cut + 1] not in _ORIGIN_PREPOSITIONS or place_re().match(span, cut) or not place_re().match(span, cut + 1):
        return False
    head = HEAD_RE.match(work, hs)
    return head is not None and _LEAVES_FROM_RE.match(work, head.end()) is not None


#: A boundary told by direction ("东至长江,西至X高速", "东止Y立交"): a stop, unless one character before it makes the
#: direction part of a place's name (江东, 城东, 河西) that opens a route "A至B".
BOUND_STOPS = frozenset({"东至", "西至", "南至", "北至", "东起", "西起", "南起", "北起", "东止", "西止", "南止", "北止"})


def line_part_after(span: str, cut: int, at: int, end: int, work: str, hs: int) -> bool:
    """Return whether the verb at ``span[at:end]`` adds or reserves a part of the line named before it: the head at
    ``hs`` is a line's part (interchange, branch, connecting road), a line's head ends before the verb, and the
    part's place stands between the line and the verb or between the verb and the part ("厦蓉高速新增龙溪互通",
    "X高速甲预留互通"). Not a part written alone ("新增龙溪互通"), nor one with no place ("X高速新增互通": a kind)."""
    head = HEAD_RE.match(work, hs)
    if head is None or head.group() not in lx.LINE_PART_HEADS:
        return False
    return any(head_type(m) in lx.LINE_LIKE and m.group() not in lx.LINE_PART_HEADS and m.start() > cut
               and _part_place(span[m.end():at] + span[end:])
               for m in HEAD_RE.finditer(span, cut, at))


def adds_line_part(gap: str, part_head: str) -> bool:
    """Return whether ``gap``, the text between a line's head and the head ``part_head`` of a later item, holds a
    verb of adding or reserving a part of that line and otherwise only a place's name ("新增龙溪", "甲预留"): the
    line's name goes on to its part (:func:`line_part_after` reads the same shape from the part's side)."""
    verb = _PART_VERB_RE.search(gap) if part_head in lx.LINE_PART_HEADS else None
    return verb is not None and _part_place(gap[:verb.start()] + gap[verb.end():])


def _part_place(words: str) -> bool:
    """Return whether ``words`` (the text around a verb of adding, between a line and its part) is a place's name:
    two to :data:`_PLACE_LEN` characters, no stop, head or count ("新增2个互通", "预留两处互通" count parts)."""
    return (2 <= len(words) <= _PLACE_LEN and not STOP_RE.search(words) and not HEAD_RE.search(words)
            and not _COUNTED_RE.search(words))


#: The verbs of adding or reserving a line's part, longest first ("新增设" reads 新增, never the set's order).
_PART_VERB_RE = re.compile("|".join(sorted(map(re.escape, lx.PART_VERBS), key=lambda w: (-len(w), w))))

#: A count of parts rather than a part's place ("新增2个互通", "预留两处互通").
_COUNTED_RE = re.compile(r"[\d一二两三四五六七八九十几多数]+[个座处条]?$")


def station_by_direction(span: str, cut: int, at: int) -> bool:
    """Return whether a place's name ends at ``at``, right before a direction and 至 or 起, and what follows 至 opens
    with a place too: the place and the direction name a station at a route's end ("建成万州北至长沙南城际铁路",
    "X铁路长沙南至万州北段"), not a boundary told by direction ("园区东至长江", "万州东至梅青高速": a line reached,
    no other end); a place with its unit's suffix ("梅溪县东至") is a boundary's place."""
    if place_re().match(span, at + 2) is None:
        return False
    return any(place_re().fullmatch(span, k, at) and span[at - 1] not in lx.PLACE_SUFFIX
               for k in range(max(cut, at - _PLACE_LEN), at - 1))


#: The longest place's name :func:`station_by_direction` looks for before a direction.
_PLACE_LEN = 6
