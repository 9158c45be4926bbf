"""Roads named by their two ends without a kind of road: "A至B道路" between places (:func:`route_roads`), a counted
list of routes sharing 道路 ("A至B、C至D等9个共217公里道路建设项目": :func:`route_list_roads`), and works on a road
named by its ends alone ("A至B改线工程": :func:`route_works`).

Run by :func:`geo.extract.names.candidates.find_candidates`.
"""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.patterns import CJK, GENERIC_RE, HEAD_RE, STOP_RE, Cand, inside_span, place_re
from geo.model import EntityType

#: A road named by its two ends and the plain word 道路 ("两江新区至长寿道路项目"); 道路 alone is generic.
_ROUTE_ROAD_RE = re.compile(rf"至(?P<b>[{CJK}]{{2,6}}?)道路")
_ROUTE_START_RE = re.compile(rf"[{CJK}]{{2,12}}$")


def _place_end(text: str) -> bool:
    """Return whether ``text`` is places with an optional administrative or zone suffix ("两江新区")."""
    return _place_end_re().fullmatch(text) is not None


@functools.cache
def _place_end_re() -> re.Pattern[str]:
    """Return :func:`_place_end`'s pattern, compiled once (made for each call, it fell out of :mod:`re`'s cache)."""
    return re.compile(rf"(?:{place_re().pattern})+(?:新区|经开区|高新区|[{lx.ADMIN_SUFFIX}])?")


def route_roads(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Roads named "A至B道路" where A and B are places: "建设两江新区至长寿道路项目" → 两江新区至长寿道路."""
    out = []
    for m in _ROUTE_ROAD_RE.finditer(work):
        lead = _ROUTE_START_RE.search(work, max(0, m.start() - 12), m.start())
        if lead is None:
            continue
        a = lead.group()
        cut = max((w.end() for w in STOP_RE.finditer(a)), default=0)
        a = a[cut:]
        s = lead.start() + cut
        if _place_end(a) and _place_end(m.group("b")) and not inside_span(taken, s, m.end()):
            cand = Cand(s, m.end(), a + "至" + m.group("b") + "道路", EntityType.HIGHWAY)
            cand.places = [a, m.group("b")]
            out.append(cand)
    return out


#: Routes named by their ends, listed before 等, a count and the plain word 道路 ("A至B、C至D等9个共217公里道路
#: 建设项目"): the count of roads makes each route a road, "A至B道路", whatever its ends (hamlets the gazetteer lacks);
#: 道路 closing the works, not a word of a service ("等3条道路运输线路").
_ROUTE_LIST_ROAD_RE = re.compile(
    rf"(?P<items>[{CJK}]{{2,12}}?至[{CJK}]{{2,6}}(?:、[{CJK}]{{2,6}}至[{CJK}]{{2,6}})+)"
    rf"等{lx.COUNT_NUMBER}[个条](?:共?[\d.]+公里)?道路(?=建设|工程|项目|改造|[^{CJK}]|$)"
)


def route_list_roads(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Roads of a counted list of routes sharing 道路: "推进A至B、C至D等9个共217公里道路建设项目" → A至B道路, C至D道路."""
    out = []
    for m in _ROUTE_LIST_ROAD_RE.finditer(work):
        pos = m.start("items")
        for item in m.group("items").split("、"):
            cut = max((w.end() for w in STOP_RE.finditer(item)), default=0)
            a, _, b = item[cut:].partition("至")
            s = pos + cut
            pos += len(item) + 1
            if len(a) >= 2 and not inside_span(taken, s, s + len(item) - cut):
                cand = Cand(s, s + len(item) - cut, a + "至" + b + "道路", EntityType.HIGHWAY)
                cand.places = [a, b]
                out.append(cand)
    return out


#: Works on a road named by its two ends alone, with no kind of road ("A至B改线工程", "C至D升级改造工程"):
#: the ends may be small places the gazetteer lacks (a maintenance depot, a hamlet).
_ROUTE_WORKS_RE = re.compile(rf"至(?P<b>[{CJK}]{{2,6}}?)(?P<works>改线|升级改造|改扩建|扩能改造|提质改造)(?:工程|项目)")
#: What opens such a route: a clause break, a list's separator or the start of the text.
_ROUTE_OPENERS = frozenset(",，。;；:：、\n")


def route_works(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Roads named "A至B" + works + 工程 at the start of a clause or a list item ("哨路道班至龙王淌改线工程开工
    建设"): a road project; ends holding a head of their own ("A至B高速改扩建工程") are found by it."""
    out = []
    for m in _ROUTE_WORKS_RE.finditer(work):
        lead = _ROUTE_START_RE.search(work, max(0, m.start() - 12), m.start())
        if lead is None:
            continue
        a = lead.group()
        cut = max((w.end() for w in STOP_RE.finditer(a)), default=0)
        s = lead.start() + cut
        a = a[cut:]
        opened = cut > 0 or s == 0 or work[s - 1] in _ROUTE_OPENERS
        b = m.group("b")
        # a line named in the lead ("X铁路甲至乙段扩能改造工程") or a section's end: the line's works, found on it
        ends_head = any(h.end() == len(a) or len(h.group()) > 1 for h in HEAD_RE.finditer(a)) or HEAD_RE.search(b) \
            or b.endswith("段")
        if not (opened and 2 <= len(a) <= 6) or ends_head or GENERIC_RE.fullmatch(a) \
                or inside_span(taken, s, m.end()):
            continue
        cand = Cand(s, m.end(), work[s : m.end()], EntityType.HIGHWAY)
        cand.places = [a, b]
        out.append(cand)
    return out
