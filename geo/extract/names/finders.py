"""Candidates found without a head word of their own: numbered roads, rivers of river works,
sections listed after "分为N段" or counted after them ("分为A至B、C至D2个路段"), roads named by their
ends ("A至B道路", a counted list of them: "A至B、C至D等9个道路建设项目", "A至B改线工程")."""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.names.aliases import is_alias
from geo.extract.names.sections import joined_ends, section_ok, split_places
from geo.extract.patterns import (
    ALIAS_RE,
    CJK,
    CODE_ROAD_RE,
    GENERIC_RE,
    HEAD_RE,
    SECTION_RE,
    SENTENCE_BREAK,
    STOP_RE,
    Cand,
    inside_span,
    place_re,
)
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


#: A count of lines of one kind, then in the same sentence the list of their short names after
#: 包括 / 分别为: "这6条高速公路,除X高速外,还包括A、B、C,共计1000公里" (each item takes the head).
_COUNTED_HEAD_RE = re.compile(
    lx.COUNT_NUMBER + r"条(?P<head>高速公路|高速铁路|高速|高铁|铁路|城际铁路)"
)
_COUNTED_LIST_RE = re.compile(rf"(?:包括|分别为|分别是)(?P<items>[{CJK}]{{2,4}}(?:、[{CJK}]{{2,4}})+)(?=[,，。;；等])")
_ITEM_NOT_RE = re.compile(rf"[{lx.ADMIN_SUFFIX}]$|[段线路]$")


def counted_lists(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Short names listed after 包括 in the sentence that counts their kind: each is a line of that kind.

    Items are two to four characters with no head of their own, no place's suffix and not only
    generic words; one failing item drops the whole list (it is not a list of lines), and so do
    items that are all places.
    """
    out: list[Cand] = []
    for m in _COUNTED_HEAD_RE.finditer(work):
        end = SENTENCE_BREAK.search(work, m.end())
        stop = end.end() if end else len(work)
        lst = _COUNTED_LIST_RE.search(work, m.end(), stop)
        if lst is None:
            continue
        head = m.group("head")
        typ = EntityType.HIGHWAY if "公路" in head or head == "高速" else EntityType.RAILWAY
        items, pos = [], lst.start("items")
        for item in lst.group("items").split("、"):
            s = work.index(item, pos)
            pos = s + len(item)
            if (HEAD_RE.search(item) or _ITEM_NOT_RE.search(item) or GENERIC_RE.fullmatch(item)
                    or place_re().fullmatch(item) and len(item) > 2 or inside_span(taken, s, pos)):
                items = []
                break
            cand = Cand(s, pos, item + head, typ)
            cand.aliases.append(item)
            items.append(cand)
        if all(place_re().fullmatch(c.aliases[0]) for c in items):
            continue  # "3条铁路包括重庆、成都": the places the lines serve, not their names
        out.extend(items)
    return out


def code_roads(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Numbered roads written without a name: "省道213、214" → 省道213, 省道214."""
    out = []
    for m in CODE_ROAD_RE.finditer(work):
        if m.group("kind") is None or inside_span(taken, m.start(), m.end()) or _length_after(work, m.end()):
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
                ends = joined_ends(sec.group("sec"))  # "国道321线甲到乙段" is the road's section 甲至乙
                cand = Cand(cand.start, sec.end(), cand.name + "线" + ("至".join(ends) or sec.group("sec")) + "段",
                            EntityType.HIGHWAY)
                cand.part_of = kind + num
                cand.places = split_places(sec.group("sec"))
            bracket = ALIAS_RE.match(work, cand.end)
            if bracket and is_alias(bracket.group("alias"), EntityType.HIGHWAY):
                cand.aliases.append(bracket.group("alias"))  # "国道319线甲过境段(简称G319甲段)": its short form
            out.append(cand)
    return out


def _length_after(work: str, at: int) -> bool:
    """Return whether the number of a road ending at ``at`` is a length in metres ("改造国道200米"): 米 after it,
    unless a place of the gazetteer opens with that 米 ("国道227米易段": the road's section in 米易)."""
    return work.startswith("米", at) and not place_re().match(work, at)


#: Codes of county, township and village roads ("X804", "Y012", "C105"): a road only where a road word
#: follows the run of codes ("X804、X806等五条县道", "X806线"). A bare code may be a route's file number
#: ("路线代码X904-019"), and one after its kind ("…为乡道Y074") is often the number of a road the text
#: names in words, so neither is an item of its own. The letter comes before the look-behind at it, so the
#: engine finds the letters by a scan of a character set, not a match tried at every position (issue 16).
_LOCAL_CODES_RE = re.compile(
    r"(?P<run>[XYC](?<![A-Za-z\d\-][XYC])\d{3}(?:[、和及][XYC]\d{3})*)(?![\d\-A-Za-z])"
    rf"(?P<post>线|等?[{CJK}]{{0,3}}?(?:县道|乡道|村道|县乡道))"
)


def local_code_roads(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """County, township and village roads named by their codes: "X804、X806等五条县道" → X804, X806."""
    out = []
    for m in _LOCAL_CODES_RE.finditer(work):
        for code in re.finditer(r"[XYC]\d{3}", m.group("run")):
            s, e = m.start("run") + code.start(), m.start("run") + code.end()
            if not inside_span(taken, s, e):
                out.append(Cand(s, e, code.group(), EntityType.HIGHWAY))
    return out


#: A river's stretch named by its ends or by the province it crosses ("X江A至B段", "X江川境段").
#: (Anchored on the river's 江/河, so the engine skips the many positions where no stretch starts.)
_STRETCH_RE = re.compile(rf"[江河](?P<sec>[{CJK}]{{2,6}}?至[{CJK}]{{2,6}}?|[川渝黔滇鄂湘陕甘藏桂]境)段")
_RIVER_TEXT_RE = re.compile(rf"[{CJK}]{{1,6}}$")
#: Words of shipping in the stretch's sentence: only then is the stretch a waterway.
_SHIPPING_RE = re.compile(r"通航|通行[^。;；]{0,8}船|船舶|吨级|航道|航运")


def river_stretches(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Stretches of a river named in a sentence about shipping: "实现金沙江攀枝花至水富段通行3000吨级船舶".

    The river is what is left of the text before the stretch after the last stop word ("实现"), two
    to four characters; a stretch in a sentence without shipping words is a place, not a waterway.
    """
    out = []
    for m in _STRETCH_RE.finditer(work):
        lead = _RIVER_TEXT_RE.search(work, max(0, m.start() - 6), m.start() + 1)
        if lead is None:
            continue
        text = lead.group()
        cut = max((w.end() for w in STOP_RE.finditer(text)), default=0)
        river = text[cut:]
        s, e = lead.start() + cut, m.end()
        if not 2 <= len(river) <= 4 or GENERIC_RE.fullmatch(river[:-1]) or inside_span(taken, s, e):
            continue
        sec = m.group("sec")
        if "至" in sec and not section_ok(sec) or sec.endswith(("江", "河")) or "岸" in sec:
            continue  # "长江北岸A至B江段": a stretch of a bank, not of the channel
        lo = max(0, work.rfind("。", 0, s) + 1)
        hi = work.find("。", e)
        if not _SHIPPING_RE.search(work, lo, hi if hi >= 0 else len(work)):
            continue
        cand = Cand(s, e, river + sec + "段", EntityType.WATERWAY, part_of=river)
        cand.places = split_places(sec) if "至" in sec else []
        out.append(cand)
    return out


#: A river with its nickname quoted after it ("乌江“黄金水道”"): the river's golden waterway, as written
#: without quotes ("长江黄金水道", a name of the reference); a length before it ("拥有127公里长江…") measures
#: a district's share of the river, no item.
_QUOTED_GOLDEN_RE = re.compile(r"(?P<river>[\u4e00-\u9fff]{1,4}[江河])[“\"]黄金水道[”\"]")
_LENGTH_BEFORE_RE = re.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千]+)余?(?:公里|千米|米)$")
_LENGTH_RE = re.compile("公里|千米|米")


def quoted_golden_waterways(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """A river named with the quoted nickname of shipping: "推动乌江“黄金水道”全面复航" → 乌江黄金水道."""
    out = []
    for m in _QUOTED_GOLDEN_RE.finditer(work):
        lead, e = m.group("river"), m.end()
        river = lead[max((w.end() for w in STOP_RE.finditer(lead)), default=0):]  # "打通乌江" → 乌江
        s = m.end("river") - len(river)
        measured = _LENGTH_RE.search(river) or _LENGTH_BEFORE_RE.search(work, max(0, s - 10), s)
        if len(river) < 2 or measured or GENERIC_RE.fullmatch(river[:-1]) or inside_span(taken, s, e):
            continue
        cand = Cand(s, e, river + "黄金水道", EntityType.WATERWAY)
        cand.aliases = [river + "“黄金水道”"]
        out.append(cand)
    return out


#: Roads of a plan numbered with "#" after the area they serve: "X枢纽1#、2#路", "X片区1#2#3#路".
_HASH_ROADS_RE = re.compile(r"(?P<nums>(?:\d{1,2}#[、和及]?){1,8})路")
_HASH_AREA_RE = re.compile(rf"[{CJK}]{{2,10}}$")


def hash_roads(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Roads numbered with "#" after their area: "西区枢纽1#2#路" → 西区枢纽1#路, 西区枢纽2#路.

    The area is the text before the numbers after the last stop word, at least two characters and
    not only generic words; numbers without an area ("1#路") name no road.
    """
    out = []
    for m in _HASH_ROADS_RE.finditer(work):
        lead = _HASH_AREA_RE.search(work, max(0, m.start() - 10), m.start())
        if lead is None:
            continue
        area = lead.group()
        # a one-character stop inside an area's word ("换乘枢纽") is no stop; a copula is ("…为X枢纽1#路")
        cut = max((w.end() for w in STOP_RE.finditer(area) if len(w.group()) > 1 or w.group() in "为是"), default=0)
        area = area[cut:]
        if len(area) < 2 or not GENERIC_RE.sub("", area) or inside_span(taken, lead.start() + cut, m.end()):
            continue
        for num in re.finditer(r"\d{1,2}#", m.group("nums")):
            s = m.start("nums") + num.start()
            cand = Cand(s, s + len(num.group()), area + num.group() + "路", EntityType.HIGHWAY)
            out.append(cand)
    return out


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


#: A water hub and its supply or distribution works named as one project: "X水利枢纽及Y供水工程",
#: "X水库及灌区工程". Two hubs or two reservoirs joined by 及 stay two items.
_HUB_END_RE = re.compile("(?:水利枢纽|水库|水利工程)$")
_SUPPLY_END_RE = re.compile("(?:供水|输水|引水|灌区|配套)工程$")


def joined_water_works(work: str, cands: list[Cand]) -> list[Cand]:
    """Return ``cands`` (in text order) with each water hub "及" its supply works joined into one."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (prev is not None and prev.type is EntityType.WATER and c.type is EntityType.WATER
                and work[prev.end : c.start] == "及" and _HUB_END_RE.search(prev.name)
                and _SUPPLY_END_RE.search(c.name) and not prev.part_of and not c.part_of):
            whole = Cand(prev.start, c.end, prev.name + "及" + c.name, EntityType.WATER, group=prev.group)
            whole.aliases = [prev.name, *prev.aliases]
            whole.places = prev.places or c.places
            out[-1] = whole
            continue
        out.append(c)
    return out
