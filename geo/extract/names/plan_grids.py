"""Read the lines of a numbered grid plan ("“六横六纵两环”高速路网", "“一纵三横”高速骨架"): each route or
compact name the plan lists under one of its labels is a line of the plan's network (issue #11 item 1).

A plan's network is named once, with its grid label ("规划形成“六横六纵”的高速路网布局"); its lines are then
listed far from that head word, in three shapes:

- before the label, joined to it by a verb of composition: "A、B、C组成的“一纵三横”高速骨架";
- after the label, inside the network: "是全省高速公路网中“三纵”甲至乙的首段";
- on a line of their own, opened by one of the plan's labels and a colon: "六横:甲至乙(甲-丙-乙)、AB(…)".

An item is a route between places ("甲至乙", its start a known place) or a compact name whose every character
the gazetteer reads as a place near the others (:func:`geo.places.read_compact`), not itself a place (乐山) nor
a pair of provinces (川渝: a region, not a line). Hands on the items as candidates to
:mod:`geo.extract.names.candidates`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.names.compact_lines import reads_as_line
from geo.extract.patterns import GENERIC_RE, MULTI_GENERIC_RE, STOP_RE, Cand, inside_span, place_re

#: A grid label of a plan: counts of directions or rings ("一纵三横", "六横六纵两环多联", "三纵").
_LABEL = r"(?:[一二三四五六七八九十两多]{1,2}[纵横环射联]){1,6}"

#: A plan's network named with its label: "“六横六纵两环”的高速路网", "“一纵三横”高速骨架".
_PLAN_RE = re.compile(rf"[“\"](?P<label>{_LABEL})[”\"]的?(?P<net>{lx.PLAN_NETWORKS_RE})")

#: Items joined to a plan by a verb of composition before its label ("A、B组成的“一纵三横”高速骨架").
_COMPOSED_RE = re.compile(rf"(?:组成|构成|形成|串联)的(?=[“\"]{_LABEL}[”\"](?:{lx.PLAN_NETWORKS_RE}))")

#: A route inside a network after one of its labels ("高速公路网中“三纵”甲至乙的首段").
_INSIDE_RE = re.compile(rf"(?P<net>{lx.PLAN_NETWORKS_RE})中的?[“\"]{_LABEL}[”\"](?P<route>[\u4e00-\u9fff]{{4,9}}?)"
                        r"(?=的|段|[,，。;；、(（]|$)")

#: A line opened by one of a plan's labels and a colon ("六横:"), its items up to the sentence's end.
_LABEL_LINE_RE = re.compile(rf"(?:^|(?<=[\n。;；]))\s*(?P<label>{_LABEL})[:：](?P<items>[^。;；\n]+)")

#: A route between two places: its start a known place, its end two to four characters.
_ROUTE_RE = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,4}?)[至到](?P<b>[\u4e00-\u9fff]{2,4})")

#: A bracket of waypoints closing an item ("(沿河-务川-道真)") or a note.
_BRACKET_RE = re.compile(r"[(（][^()（）]*[)）]$")

#: How far after a plan's definition a line of one of its labels may list its routes.
_PLAN_REACH = 600


def plan_grid_lines(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Return the lines a numbered grid plan lists far from its network's head word, in text order."""
    out: list[Cand] = []
    for m in _COMPOSED_RE.finditer(work):
        plan = _PLAN_RE.match(work, m.end())
        if plan is not None:
            out += _composed_items(work, m.start(), plan.group("net"))
    for m in _INSIDE_RE.finditer(work):
        route = m.group("route")
        if _route(route):
            out.append(_cand(m.start("route"), m.end("route"), route, m.group("net")))
    plans = [(p.end(), p.group("label"), p.group("net")) for p in _PLAN_RE.finditer(work)]
    for m in _LABEL_LINE_RE.finditer(work):
        net = next((n for end, label, n in reversed(plans)
                    if end <= m.start() <= end + _PLAN_REACH and m.group("label") in label), None)
        if net is not None:
            out += _listed_items(work, m.start("items"), m.group("items"), net)
    return [c for c in out if not inside_span(taken, c.start, c.end)]


def _composed_items(work: str, end: int, net: str) -> list[Cand]:
    """Return the items of the list ending at ``end`` ("成南、遂广、绵遂" before 组成的), two at least."""
    start = end
    while start > 0 and (work[start - 1] == "、" or re.match(r"[\u4e00-\u9fff]", work[start - 1])):
        start -= 1
    parts = work[start:end].split("、")
    if len(parts) < 2:
        return []
    items: list[Cand] = []
    read = 0
    pos = end
    for k in range(len(parts) - 1, -1, -1):
        part = parts[k]
        name = part if k else _last_item(part)
        if name is None or not (_item(name) or _initials(name)):
            return []  # one item that is no line: not a list of the plan's lines
        read += _item(name)
        items.append(_cand(pos - len(name), pos, name, net))
        pos -= len(part) + 1
    return items[::-1] if read >= 2 else []


def _last_item(text: str) -> str | None:
    """Return the list's first item at the end of the words before it ("基本形成成南" → 成南), longest first.

    An item does not open inside a word of the clause (形成乐雅: 乐雅, not 成乐雅).
    """
    inside = {i for m in STOP_RE.finditer(text) for i in range(m.start() + 1, m.end())}
    for size in range(min(9, len(text)), 1, -1):
        tail = text[-size:]
        if len(text) - size in inside:
            continue
        if "至" in tail or "到" in tail:
            if _route(tail):  # its start a known place
                return tail
        elif size <= 3 and reads_as_line(tail):
            return tail
    return None


def _listed_items(work: str, pos: int, items: str, net: str) -> list[Cand]:
    """Return the items of a label's line ("甲至乙(甲-丙-乙)、AB(…)"), two at least; none when one is no line."""
    out: list[Cand] = []
    for part in items.split("、"):
        s = work.index(part, pos)
        pos = s + len(part)
        bracket = _BRACKET_RE.search(part)
        name = part[: bracket.start()] if bracket else part
        if not _item(name) and not (bracket and len(name) <= 3 and _waypoints(bracket.group())):
            return []
        out.append(_cand(s, s + len(name), name, net))
    return out if len(out) >= 2 else []


def _waypoints(bracket: str) -> bool:
    """Return whether a bracket lists a line's places joined by dashes ("(毕节-遵义-德江)")."""
    stops = re.split("[-—–]", bracket[1:-1])
    return len(stops) >= 2 and all(place_re().fullmatch(s) for s in stops)


def _item(name: str) -> bool:
    return _route(name) or reads_as_line(name)


def _initials(stem: str) -> bool:
    """Return whether every character of a short stem is a short form of places (遂西: 西 may be 西充 or 西安).

    Such an item is taken only in a list whose other items the gazetteer reads.
    """
    return 2 <= len(stem) <= 3 and stem not in lx.PLACE_SET and all(c in lx.ABBREVIATIONS for c in stem)


def _route(name: str) -> bool:
    """Return whether ``name`` is a route from a known place to a place of two to four characters."""
    m = _ROUTE_RE.fullmatch(name)
    return m is not None and place_re().fullmatch(m.group("a")) is not None and not GENERIC_RE.fullmatch(m.group("b")) \
        and not MULTI_GENERIC_RE.search(m.group("b"))


def _cand(start: int, end: int, name: str, net: str) -> Cand:
    typ, head = lx.plan_network(net)
    cand = Cand(start, end, name + head, typ)
    cand.aliases.append(name)
    return cand

