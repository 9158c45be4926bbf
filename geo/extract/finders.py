"""Candidates found without a head word of their own: numbered roads, rivers of river works,
sections listed after "分为N段"."""

from __future__ import annotations

import re

from geo.extract.names import section_ok, split_places
from geo.extract.patterns import (
    CJK,
    CODE_ROAD_RE,
    GENERIC_RE,
    SECTION_RE,
    STOP_RE,
    Cand,
    inside_span,
    place_re,
)
from geo.model import EntityType

#: "线路共分为五段——A至B、C至D…": the sections of the line the text is about, listed without its name.
_SECTION_LIST_RE = re.compile(r"分为(?:\d+|[一二三四五六七八九十]+)[段部分]+[:：—\s]*")
_LISTED_SECTION_RE = re.compile(rf"(?P<sec>[{CJK}]{{2,6}}?至[{CJK}]{{2,6}}?)段?(?:[(（][^)）\n]{{0,8}}[)）])?(?=[、,，。;；和及]|$)")


def listed_sections(work: str, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Sections listed after "分为N段", named for the line most often named before the list.

    Each item is "A至B" (maybe with a note: "(在建)"); the line is the railway or highway named
    most often before the list ("隆黄铁路是…线路共分为五段——隆昌至泸州、泸州至纳溪…").
    """
    out: list[Cand] = []
    for m in _SECTION_LIST_RE.finditer(work):
        counts: dict[str, int] = {}
        kind: dict[str, EntityType] = {}
        for c in cands:
            if c.end <= m.start() and c.type in (EntityType.RAILWAY, EntityType.HIGHWAY) and not c.part_of and not c.implied:
                counts[c.name] = counts.get(c.name, 0) + 1
                kind[c.name] = c.type
        if not counts:
            continue
        line = max(counts, key=lambda n: (counts[n], -min(c.start for c in cands if c.name == n)))
        pos = m.end()
        while item := _LISTED_SECTION_RE.match(work, pos):
            s, e = item.start("sec"), item.end("sec")
            sec = item.group("sec")
            # in such a list one known place is enough: small stations' towns are not all in the gazetteer
            if any(place_re().fullmatch(p) for p in sec.split("至")) and not inside_span(taken, s, e):
                cand = Cand(s, item.end(), line + sec + "段", kind[line], part_of=line)
                cand.aliases.append(sec)
                cand.places = split_places(sec)
                out.append(cand)
            pos = item.end()
            if work[pos : pos + 1] not in "、,，和及":
                break
            pos += 1
    return out


def code_roads(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Numbered roads written without a name: "省道213、214" → 省道213, 省道214."""
    out = []
    for m in CODE_ROAD_RE.finditer(work):
        if m.group("kind") is None or inside_span(taken, m.start(), m.end()):
            continue
        kind = m.group("kind")
        pos = m.start("nums")
        for num in re.findall(r"\d+", m.group("nums")):
            s = work.index(num, pos)
            pos = s + len(num)
            cand = Cand(m.start() if s == m.start("nums") else s, pos, kind + num, EntityType.HIGHWAY)
            # "国道318线雅安至康定段": the road's section
            at = pos + (work[pos : pos + 1] == "线")
            sec = SECTION_RE.match(work, at)
            if sec and not sec.group("open") and section_ok(sec.group("sec")):
                out.append(Cand(cand.start, cand.end, cand.name, EntityType.HIGHWAY, implied=True))
                cand = Cand(cand.start, sec.end(), cand.name + "线" + sec.group("sec") + "段", EntityType.HIGHWAY)
                cand.part_of = kind + num
                cand.places = split_places(sec.group("sec"))
            out.append(cand)
    return out


#: Behind a lookahead of the characters the words start with, so the engine skips the others (issue 16).
_RIVER_WORK_RE = re.compile(r"(?=[流生水综防治整重修])(?:流域)?(?:生态|水环境|综合|防洪)?(?:治理|整治|重塑|修复)")
_RIVER_LIST_RE = re.compile(rf"(?:[{CJK}]{{1,4}}?(?:河|江|溪)、)*[{CJK}]{{1,4}}?(?:河|江|溪)$")


def rivers(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Rivers named as the object of river works: "玉带河、饮马河流域生态重塑"."""
    out = []
    for w in _RIVER_WORK_RE.finditer(work):
        lo = max(0, w.start() - 40)
        m = _RIVER_LIST_RE.search(work[lo : w.start()])
        if not m:
            continue
        pos = lo + m.start()
        for item in m.group().split("、"):
            s = work.index(item, pos)
            pos = s + len(item)
            cut = 0
            for sm in STOP_RE.finditer(item):
                cut = max(cut, sm.end())
            name = item[cut:]
            if inside_span(taken, s + cut, pos) or any(a < pos and s + cut < b for a, b in taken):
                continue
            if len(name) >= 2 and not GENERIC_RE.fullmatch(name[:-1] or "x") and name[:-1] not in ("长", "大", "小"):
                out.append(Cand(s + cut, pos, name, EntityType.WATER))
    return out
