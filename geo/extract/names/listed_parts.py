"""A line's parts listed after it or after one of its parts, found without a head of their own: sections listed
after "分为N段" or "分段建设" ("线路共分为五段——A至B、C至D…": :func:`listed_sections`), more sections after a named
section ("X高速A至B段、C至D段", "X环线东段、西段": :func:`more_sections`), corridors by their side ("X高铁西通道…,东通道":
:func:`side_corridors`), extensions by direction ("X号线北延、东延工程": :func:`line_extensions`) and more phases of an
item ("X港一期、二期工程", "X一期已投入运营,二期正在建设": :func:`more_phases`).

Run by :func:`geo.extract.names.candidates.find_candidates` over the candidates the heads gave.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.names.sections import section_ok, split_places
from geo.extract.patterns import CJK, SENTENCE_BREAK, Cand, inside_span, place_re
from geo.model import EntityType

#: "线路共分为五段——A至B、C至D…": the sections of the line the text is about, listed without its name.
#: ("分段建设,其中A至B、C至D段": the list's opener 其中 is no part of its first section.)
#: The count of sections may also close the list ("分为A至B、C至D、E至F3个路段", part-k40).
_SECTION_COUNT = lx.COUNT_NUMBER + r"个?(?:路段|段)"
_SECTION_LIST_RE = re.compile(r"(?:分为" + lx.COUNT_NUMBER + r"[段部分]+|分段(?:建设|实施|建成)"
                              rf"|分为(?=[^。;；]{{5,80}}?{_SECTION_COUNT}))[:：—,，\s]*"
                              r"(?:(?:其中|包括|分别为|分别是|即)[:：,，\s]*)?")
#: (An end holds no 段: "石壕至东溪段已建成" is the section 石壕至东溪, not "石壕至东溪段已建成".)
_LISTED_SECTION_RE = re.compile(rf"(?P<sec>(?:(?!段)[{CJK}]){{2,6}}?至(?:(?!段)[{CJK}]){{2,6}}?)段?"
                                rf"(?:[(（][^)）\n]{{0,8}}[)）])?(?=[、,，。;；和及]|$|{_SECTION_COUNT})")


def listed_sections(work: str, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Sections listed after "分为N段" or "分段建设", named for the line most often named before the list.

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
            # a station's town with its direction ("成都东", "海东西") is the town
            if any(place_re().fullmatch(p) or place_re().fullmatch(p[:-1]) and p[-1] in "东南西北"
                   for p in sec.split("至")) and not inside_span(taken, s, e):
                cand = Cand(s, item.end(), line + sec + "段", kind[line], part_of=line)
                cand.aliases.append(sec)
                cand.places = split_places(sec)
                out.append(cand)
            pos = item.end()
            if work[pos : pos + 1] not in "、,，和及":
                break
            pos += 1
    return out


#: More sections after a line's section: "X高速公路A至B段、C至D段" (each item "C至D段").
#: Also sections named by one place ("X高速青岭段、白石段"), which ``section_ok`` judges.
_MORE_SECTIONS_RE = re.compile(rf"[、和及](?P<sec>[{CJK}]{{2,6}}?(?:至[{CJK}]{{2,6}}?)?)段")
#: A line's part named by its side alone ("X环线东段"), and another side listed after it ("、西段", "和北段"):
#: one character of direction right after the line's head (not "X高速江东段", a place's).
_SIDE_SECTIONS = frozenset(f"{side}段" for side in "东西南北中")
_MORE_SIDES_RE = re.compile(rf"[、和及](?P<sec>[东西南北中])段(?![{CJK}]{{0,2}}(?:公路|高速|铁路)|路(?![面基]))")
_LINE_END_RE = re.compile("(?:铁路|高铁|高速|公路|环线|大道|快速路|城际|航道|线)$")


def _more_sides(work: str, c: Cand, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Other sides listed right after a line's side section ``c`` ("X环线东段、西段" → X环线西段), each
    ``part_of`` the line."""
    line, out, pos = c.part_of or c.name[:-2], [], c.end
    seen = {c.name[-2]}
    while (m := _MORE_SIDES_RE.match(work, pos)) and m.group("sec") not in seen:
        s, e = m.start("sec"), m.end()
        if inside_span(taken, s, e) or any(o.start == s for o in cands):
            break
        cand = Cand(s, e, line + m.group("sec") + "段", c.type, part_of=line)
        cand.aliases.append(m.group("sec") + "段")
        out.append(cand)
        seen.add(m.group("sec"))
        pos = e
    return out


def more_sections(work: str, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Sections listed right after a section of a named line, each of the same line.

    "渝湘复线高速公路巴南至武隆段、彭水至酉阳段建成通车" → 渝湘复线高速公路彭水至酉阳段. Each item
    is "A至B段" or "A段" of places ("section_ok"); the list stops at the first other item.
    """
    out: list[Cand] = []
    for c in cands:
        if c.type in lx.LINE_LIKE and c.name[-2:] in _SIDE_SECTIONS and _LINE_END_RE.search(c.name[:-2]):
            out.extend(_more_sides(work, c, cands, taken))
            continue
        if not c.part_of or not c.name.endswith("段") or c.type not in lx.LINE_LIKE:
            continue
        pos = c.end
        while (m := _MORE_SECTIONS_RE.match(work, pos)) and section_ok(m.group("sec")):
            s, e = m.start("sec"), m.end()
            if inside_span(taken, s, e):
                break
            cand = Cand(s, e, c.part_of + m.group("sec") + "段", c.type, part_of=c.part_of)
            cand.aliases.append(m.group("sec") + "段")
            cand.places = split_places(m.group("sec"))
            out.append(cand)
            pos = e
    return out


#: A line's corridor by its side written right after the line ("X高铁西通道"), and the other side opening a
#: later clause of the same sentence (",东通道(A至B)79公里"): each a part of the line.
_SIDE_CORRIDOR_RE = re.compile("[东西南北中]通道")
_NEXT_CORRIDOR_RE = re.compile(r"[,，;；、]\s*(?P<part>[东西南北中]通道)(?![\u4e00-\u9fff]{0,2}(?:建设|工程)?的)")


def side_corridors(work: str, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Return a line's corridors by their side: "X高铁西通道(…)458公里,东通道(…)79公里" → X高铁西通道,
    X高铁东通道, each ``part_of`` the line.

    The line's candidate before the first corridor becomes that corridor (the line written only as the
    part's owner is no item of its own: tests/data/gold/README.md, "Nested names"); the later ones are new.
    """
    out: list[Cand] = []
    for c in cands:
        m = _SIDE_CORRIDOR_RE.match(work, c.end)
        if not _owns_parts(c, m, taken):
            continue
        sides = [m]
        stop = SENTENCE_BREAK.search(work, m.end())
        for nxt in _NEXT_CORRIDOR_RE.finditer(work, m.end(), stop.start() if stop else len(work)):
            if nxt.group("part") not in {s.group() for s in sides} and not any(
                    m.end() <= o.start < nxt.start() for o in cands):
                sides.append(nxt)
        out += _line_as_parts(c, m.group(), m.end(),
                              [(n.start("part"), n.end("part"), n.group("part")) for n in sides[1:]])
    return out


#: A line's extension by its direction written right after the line, maybe with more directions listed and a
#: works word they share ("X号线北延工程", "X号线北延、东延工程"); without it 北延 is a verb ("X高速北延至Y").
_EXTENSIONS_RE = re.compile(r"(?P<dirs>[东西南北]延(?:[、和及][东西南北]延)*)(?P<works>工程|项目)")


def line_extensions(work: str, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Return a line's extensions by direction: "X地铁1号线北延、东延工程" → X地铁1号线北延工程, X地铁1号线东延工程,
    each ``part_of`` the line; the line's candidate becomes the first one (the line written only as the
    parts' owner is no item of its own)."""
    out: list[Cand] = []
    for c in cands:
        m = _EXTENSIONS_RE.match(work, c.end)
        if not _owns_parts(c, m, taken):
            continue
        works = m.group("works")
        parts = list(re.finditer("[东西南北]延", m.group("dirs")))
        out += _line_as_parts(c, parts[0].group() + works, m.end(),
                              [(m.start() + p.start(), m.start() + p.start() + 2, p.group() + works) for p in parts[1:]])
    return out


def _owns_parts(c: Cand, m: re.Match[str] | None, taken: list[tuple[int, int]]) -> bool:
    """Whether ``m``, right after the candidate ``c``, names parts of it: ``c`` a whole railway or highway
    written with its line word, ``m`` not inside a name already read."""
    return (m is not None and not c.part_of and c.type in (EntityType.RAILWAY, EntityType.HIGHWAY)
            and _LINE_END_RE.search(c.name) is not None and not inside_span(taken, m.start(), m.end()))


def _line_as_parts(c: Cand, first: str, end: int, others: list[tuple[int, int, str]]) -> list[Cand]:
    """Make the line's candidate ``c`` its first part (``first`` written after it, ending at ``end``) and
    return the other parts (start, end, their word) as new candidates; each is ``part_of`` the line."""
    line = c.name
    c.name, c.end, c.part_of = line + first, end, line
    out = []
    for s, e, word in others:
        cand = Cand(s, e, line + word, c.type, part_of=line)
        cand.aliases.append(word)
        out.append(cand)
    return out


#: More phases after an item's phase: "X港一期、二期工程", "X水库一期工程和二期工程" (each "二期").
_MORE_PHASES_RE = re.compile(
    rf"(?:工程|项目)?[、和及](?P<phase>[一二三四五六七八九十]期)(?=工程|项目|[^{CJK}]|$)"
)
_PHASE_TAIL_RE = re.compile("[一二三四五六七八九十]期$")


def more_phases(work: str, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Phases listed right after an item's phase, each an item of its own named with the item.

    "X港一期、二期工程建成" → X港二期; the list stops at the first other word.
    """
    out: list[Cand] = []
    for c in cands:
        tail = _PHASE_TAIL_RE.search(c.name)
        if not tail or tail.start() < 2:
            continue
        base, pos = c.name[: tail.start()], c.end
        while m := _MORE_PHASES_RE.match(work, pos):
            s, e = m.start("phase"), m.end("phase")
            if inside_span(taken, s, e) or any(o.start == s for o in cands):
                break
            out.append(Cand(s, e, base + m.group("phase"), c.type, part_of=c.part_of, group=c.group))
            pos = e
        # "X一期已投入运营,二期正在建设": the next clause opens with another phase of the same item
        comma = _CLAUSE_END_RE.search(work, pos)
        sep = comma.start() if comma and comma.group() in ",，;；" else -1
        # "X一期完工、二期进入招标": the first phase's own short predicate, then the next phase after 、
        dun = work.find("、", pos + 1, min(comma.start() if comma else len(work), pos + 9))
        if dun > 0 and _CJK_RUN_RE.fullmatch(work, pos, dun):
            sep = dun
        m = _NEXT_PHASE_RE.match(work, sep) if sep >= 0 else None
        if m and m.group("phase") != tail.group() and not any(pos <= o.start < sep for o in cands):
            s, e = m.start("phase"), m.end("phase")
            if not inside_span(taken, s, e) and not any(o.start == s for o in [*cands, *out]):
                out.append(Cand(s, e, base + m.group("phase"), c.type, part_of=c.part_of, group=c.group))
    return out


_CLAUSE_END_RE = re.compile(r"[,，;；。\n]")
_CJK_RUN_RE = re.compile(f"[{CJK}]+")
#: Another phase opening the next clause, with its own predicate: ",二期正在建设", ",二期工程计划明年开工".
_NEXT_PHASE_RE = re.compile(
    r"[,，;；、]\s*(?:其|该项目|项目)?(?P<phase>[一二三四五六七八九十]期)(?:工程|项目)?"
    r"(?=已|正在|正|将|计划|预计|拟|于|在建|也|同步|目前|力争|争取|建成|开工|加快|进入|主体|完成|年内|明年|今年|\d)"
)
