"""Sections and phases of a line written without the line's name, named for the line before them.

News reports name a line once and then its parts alone (issue #11): "自X至Y港公路全长123公里,其中
甲段约100公里…目前,乙段项目已完成45%", "但除丙至丁段开工建设外,…", "X立交分两期实施,一期工程已
建成通车". Each such part is an item of its own (tests/data/gold/README.md, "Nested names"), named
with the line it belongs to: the line (railway, highway, waterway) named last before it within
:data:`REACH` characters; a phase belongs to the item named last before its "分N期" cue. A stretch told only as
a share of its line's length ("全长122公里,其中甲段59公里、乙段63公里") and named nowhere else is no item.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.names import section_ok, split_places
from geo.extract.patterns import (
    CJK,
    CUE_RE,
    HEAD_RE,
    LIST_SEP,
    STOP_RE,
    Cand,
    inside_span,
    place_re,
)
from geo.model import EntityType

#: How far before a bare part its line may be named, in characters (a news report's few paragraphs).
REACH = 600

#: A part written alone is "A至B段" or "A段" after a clause break or a stop word, not followed by a
#: head of its own ("甲至乙段三级公路" is a road's name).
_OWN_HEAD_RE = re.compile(rf"[{CJK}]{{0,3}}?(?:公路|铁路|高速|大道|(?<!线)路(?![基面]))")

#: A structure on a line, typed as its line ("X隧道", "Y大桥", "Z互通"): the part of a region ("标志着重庆段14座隧道
#:全线贯通") is a section of the line, not of the structure named last.
_STRUCTURE_END_RE = re.compile("(?:隧道|隧洞|桥|互通|立交|站)$")

#: A count of items of a kind right before a part ("两个高速公路项目", "3条铁路"): the part is theirs together.
_COUNTED_OWNERS_RE = re.compile(rf"(?:\d+|[两二三四五六七八九十几多]+)(?:个|条|座|项)[{CJK}]{{0,8}}?"
                                r"(?:项目|工程|线路|铁路|高速公路|高速|公路)$")

#: The opening of a breakdown of a line's length into its stretches, right before a bare part: "其中", and the
#: stretches listed before it with their lengths ("其中甲段59.3公里、").
_BREAKDOWN_LEAD_RE = re.compile(
    rf"其中[,，:：]?(?:[{CJK}—]{{1,12}}段(?:全长|长|约)*\d+(?:\.\d+)?(?:公里|千米|km)[、,，])*$"
)
#: A stretch's length right after its 段 ("段59.3公里", "段全长约86公里", "段约232公里").
_LENGTH_AFTER_RE = re.compile(r"(?:全长|长|约)*\d+(?:\.\d+)?(?:公里|千米|km)")


def _in_breakdown(work: str, s: int, e: int) -> bool:
    """Return whether the bare part ``work[s:e]`` + 段 is a share of its line's length: "其中甲段59公里", "其中
    甲段59公里、乙段63公里" (the line's length split by region or stretch, each share told by its length)."""
    return bool(_LENGTH_AFTER_RE.match(work, e + 1) and _BREAKDOWN_LEAD_RE.search(work, max(0, s - 80), s))


#: A plan to build an item in phases: "分两期实施", "分三期建设".
_PHASED_RE = re.compile(r"分(?:[两二三四五六七八九十]|\d)期(?:建设|实施|推进|开发)?")

#: A phase written alone in the sentences after the plan, as works: "一期工程", "二期项目" ("一期实施道路
#:为…" describes the plan's first step, not an item).
_PHASE_RE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=的))(?P<phase>[一二三四五六七八九十]期)(?P<works>工程|项目)?")
#: What a phase alone is told: its extent ("一期为A至B段") or its state ("二期已开工", "二期年内将建成").
_PHASE_TOLD_RE = re.compile(r"为|是|已|正在|将|计划|预计|于|在建|目前|年内|今年|明年|\d")

#: The end of a sentence.
_SENTENCE_RE = re.compile(r"[。!！?？\n]")


def bare_parts(work: str, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Return the sections and phases written without their line, each named with it.

    Parameters
    ----------
    work : str
        The work text of a document.
    cands : list of Cand
        The candidates found so far (the lines a part may belong to).
    taken : list of (int, int)
        Spans already given to other candidates; a part inside one is not bare.

    Returns
    -------
    list of Cand
        One candidate per bare part, ``part_of`` its line, the bare form kept as an alias.
    """
    lines = sorted((c for c in cands if c.type in lx.LINE_LIKE and c.name and not _STRUCTURE_END_RE.search(c.name)),
                   key=lambda c: c.start)
    out: list[Cand] = []
    at = work.find("段")
    while at >= 0:
        lo, end = _run_start(work, at), at
        at = work.find("段", at + 1)
        if end - lo < 2 or _OWN_HEAD_RE.match(work, end + 1):
            continue
        # a stretch that starts or ends where a section of a line named before it ends or starts is
        # the next stretch of that line ("其中A至B段…,B至C段…"), whatever its ends' places
        chained = _chained_from(work, [*cands, *out], lo, end)
        known = frozenset(chained.name[len(chained.part_of or "") : -1].split("至")) if chained else frozenset()
        s, e = _part_span(work, lo, end, known=known)
        if s is None or inside_span(taken, s, e + 1) or any(c.start <= s < c.end for c in cands):
            continue
        sec = work[s:e]
        shared = _shared_by(work, lines, s)
        if len(shared) > 1:
            # "A、B、C等线路的X段": the stretch of each line of the list, one item per line
            for line in shared:
                if any(c.name == line.name + sec + "段" for c in [*out, *cands]):
                    continue
                cand = Cand(s, e + 1, line.name + sec + "段", line.type, part_of=line.name)
                cand.places = split_places(sec)
                out.append(cand)
            continue
        if _COUNTED_OWNERS_RE.search(work, max(0, s - 16), s):
            continue  # "两个高速公路项目南充段总投资139亿元": the parts of several items together, no one section
        if _in_breakdown(work, s, e) and work.count(sec + "段") == 1:
            continue  # "全长122公里(其中甲段59公里、乙段63公里)": a share of the line's length, no item of its own
        line = _line_before(lines, s, sec)
        if chained is not None and any(p in known for p in sec.split("至")):
            line = next((c for c in reversed(lines) if c.name == chained.part_of and c.end <= s),
                        Cand(chained.start, chained.end, chained.part_of or "", chained.type))
        if line is None or line.name.endswith(sec + "段") or sec + "境" in line.name:
            # "A至B(四川境)高速…四川段尚未建成": the line named for that region is the part itself
            continue
        ends = frozenset(split_places(sec))
        # the same stretch written the other way round ("甲至乙段" … "乙至甲段") or with a dash ("甲—乙段")
        # is the same section
        same = next((c for c in [*out, *cands] if c.part_of == line.name and frozenset(c.places) == ends), None)
        name = same.name if same else line.name + sec + "段"
        cand = Cand(s, e + 1, name, line.type, part_of=line.name)
        cand.aliases.append(sec + "段")
        cand.places = split_places(sec)
        out.append(cand)
        if work[line.end : s] in _WORKS_WORDS:
            # "甲至乙项目丙至丁段": the line is named only as the section's owner (tests/data/gold/README.md, "Nested names")
            line.implied = True
        out.extend(_listed_with(work, cand, line, [*cands, *out], taken))
    out.extend(_phases(work, [*cands, *out], taken))
    out.extend(_phases_by_head(work, [*cands, *out], taken))
    out.extend(_trunks(work, [*cands, *out], taken))
    return out


#: A phase of works written after the head word of an item alone ("灌区一期工程", "物流园二期工程", "机场三期工程").
_HEAD_PHASE_RE = re.compile(r"(?P<phase>[一二三四五六七八九十]期)(?P<works>工程|项目)")


def _phases_by_head(work: str, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Phases written after the head word of an item named before, the item's name left out ("X物流园位于…。目前,
    物流园二期工程正有序推进" → X物流园二期工程): each named for the item named last before it within :data:`REACH`
    characters whose name ends with that head word. A head word no item before it ends with names no item."""
    out: list[Cand] = []
    for m in _HEAD_PHASE_RE.finditer(work):
        s, e = m.start(), m.end()
        if inside_span(taken, s, e) or any(c.start <= s < c.end for c in [*cands, *out]):
            continue
        for size in (3, 2):
            head = work[max(0, s - size) : s]
            if len(head) < size or not HEAD_RE.fullmatch(head):
                continue
            owner = max((c for c in cands if c.end <= s - size and s - c.end <= REACH and c.name.endswith(head)
                         and not c.part_of), key=lambda c: c.end, default=None)
            if owner is None:
                break
            cand = Cand(s - size, e, owner.name + m.group("phase") + m.group("works"), owner.type, part_of=owner.name)
            cand.aliases.append(head + m.group("phase") + m.group("works"))
            out.append(cand)
            break
    return out


#: A water system's trunk canal written alone after a clause break ("总干线长133千米", "南干线", "东干线、
#: X江干线全线贯通"): by its rank or direction, or by the river it draws on when listed beside one such.
_TRUNK_RE = re.compile(rf"(?P<part>(?P<rank>总|[东南西北中])干线|[{CJK}]{{2,4}}?[江河]干线)")
#: A water system named before its trunks: a works of supply, diversion or allocation ("X水资源配置工程",
#: "引A济B工程"), not one of its reservoirs.
_SYSTEM_RE = re.compile("(?:工程|引[\u4e00-\u9fff][济入补][\u4e00-\u9fff])$")


#: The works word a line's name may end with right before a part of it ("甲至乙项目丙至丁段").
_WORKS_WORDS = frozenset({"项目", "工程"})
#: A part named by one place right after a stretch of the same line and a list word ("…段以及丙段", "…段、丁段").
_NEXT_PART_RE = re.compile(rf"(?:以及|及|和|与|、)(?P<sec>[{CJK}]{{2,4}}?)段")


def _listed_with(work: str, part: Cand, line: Cand, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Return the parts of ``line`` listed with a bare ``part``: stretches before it sharing its 段 ("其中甲至乙、
    乙至丙段…": 甲至乙 is a stretch of its own) and a part named by one place right after it ("甲至乙段以及丙段")."""
    out: list[Cand] = []
    s = part.start
    while s > 1 and work[s - 1] == "、":
        lo = _run_start(work, s - 1)
        if s - 1 - lo < 2 or "至" not in work[lo : s - 1]:
            break
        a, b = _part_span(work, lo, s - 1, known=frozenset(part.places))
        if a is None or inside_span(taken, a, b) or any(c.start <= a < c.end for c in cands) \
                or not all(_place_end(p) or p in part.places for p in split_places(work[a:b])):
            break  # both ends places: nothing glued before the first ("分甲至乙、乙至丙两段")
        listed = _part_of(line, work[a:b], a, b)
        listed.end = b  # its 段 is the last one's
        out.append(listed)
        s = a
    nxt = _NEXT_PART_RE.match(work, part.end)
    if nxt and _JOINED_PART_RE.fullmatch(nxt.group("sec")) and not (
            STOP_RE.search(nxt.group("sec")) or CUE_RE.search(nxt.group("sec")) or HEAD_RE.search(nxt.group("sec"))) \
            and not any(c.start <= nxt.start("sec") < c.end for c in cands):
        out.append(_part_of(line, nxt.group("sec"), nxt.start("sec"), nxt.end("sec")))
    return out


#: A part named by one place after another part: CJK characters, no digit nor a stretch's joiner.
_JOINED_PART_RE = re.compile(rf"[{CJK}]{{2,4}}")


def _part_of(line: Cand, sec: str, s: int, e: int) -> Cand:
    """Return the part ``sec`` (written at ``work[s:e]``, 段 after it) of ``line``, the bare form as an alias."""
    cand = Cand(s, e + 1, line.name + sec + "段", line.type, part_of=line.name)
    cand.aliases.append(sec + "段")
    cand.places = split_places(sec)
    return cand


def _trunks(work: str, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Trunk canals written alone after a water system named before them, each named for the system."""
    systems = sorted((c for c in cands if c.type is EntityType.WATER and c.name and not c.part_of
                      and _SYSTEM_RE.search(c.name)), key=lambda c: c.start)
    if not systems:
        return []
    found = [m for m in (_TRUNK_RE.finditer(work) if "干线" in work else ())  # every trunk is a 干线
             if not inside_span(taken, m.start(), m.end()) and not any(c.start <= m.start() < c.end for c in cands)]
    # the trunks open their clause, as its subject ("，东干线、X江干线全线贯通", "：总干线长133千米"); a
    # verb's object ("正在开展东干线、西干线…安装") tells works on them, no trunk of its own
    opening: list[re.Match[str]] = []
    for m in found:
        if m.start() == 0 or work[m.start() - 1] in _CLAUSE_OPENERS \
                or (work[m.start() - 1] == "、" and opening and opening[-1].end() + 1 == m.start()):
            opening.append(m)
    found = opening
    out: list[Cand] = []
    for k, m in enumerate(found):
        if not m.group("rank"):
            # a river's trunk counts only beside a ranked one in the same list ("东干线、嘉陵江干线")
            beside = [f for f in found[max(0, k - 1) : k + 2] if f is not m and f.group("rank")
                      and (f.end() + 1 == m.start() or m.end() + 1 == f.start())]
            if not beside:
                continue
        system = next((c for c in reversed(systems) if c.end <= m.start() and m.start() - c.end <= REACH), None)
        if system is None:
            continue
        cand = Cand(m.start(), m.end(), system.name + m.group("part"), EntityType.WATER, part_of=system.name)
        cand.aliases.append(m.group("part"))
        out.append(cand)
    return out


def part_owners(work: str, cands: list[Cand]) -> list[Cand]:
    """Return the lines named only as the owners of a part after 的 ("成兰铁路的成德段", "A、B等线路的X段").

    Written together ("A高铁B段") the line is no item of its own (tests/data/gold/README.md, "Nested
    names"); with 的 between them it is the same: the part is the item, the line's name is in it.
    """
    parts = [c for c in cands if c.part_of and work[c.start - 1 : c.start] == "的"]
    if not parts:
        return []
    lines = sorted((c for c in cands if c.type in lx.LINE_LIKE and c.name and not c.part_of), key=lambda c: c.start)
    out: list[Cand] = []
    for part in parts:
        shared = _shared_by(work, lines, part.start)
        owners = shared or [c for c in lines if c.end == part.start - 1 and c.name == part.part_of]
        out.extend(c for c in owners if c.name == part.part_of or len(shared) > 1)
    return out


#: A list closed by 等, its kind and 的 before a part ("A、B等线路的X段", "A和B等高铁的Y段").
_LIST_OF_RE = re.compile(rf"等[{CJK}]{{0,4}}的$")
#: What joins the lines of such a list.
_LIST_JOINS = frozenset(LIST_SEP)


def _shared_by(work: str, lines: list[Cand], pos: int) -> list[Cand]:
    """Return the lines of a list closed by "等…的" right before a part at ``pos``, in order, or []."""
    tail = _LIST_OF_RE.search(work, max(0, pos - 7), pos)
    if tail is None:
        return []
    out: list[Cand] = []
    end = tail.start()
    for c in reversed(lines):
        if c.end == end and not c.part_of:
            out.append(c)
            end = c.start - 1
            if work[end : end + 1] not in _LIST_JOINS:
                break
        elif c.end < end:
            break
    return out[::-1]


def _run_start(work: str, at: int) -> int:
    """Return where the run of at most 14 CJK characters ending before ``work[at]`` starts; one dash
    between two of them joins a stretch's ends ("巴中—南充段", "巴中-南充段"), a double dash opens an apposition."""
    i = at
    while i > 0 and at - i < 14 and (_CJK_RE.match(work, i - 1) or work[i - 1] in "—-" and i < at
                                     and _CJK_RE.match(work, i - 2) and _CJK_RE.match(work, i)):
        i -= 1
    return i


_CJK_RE = re.compile(f"[{CJK}]")
_CJK_RUN_RE = re.compile(f"[{CJK}]+")


def _inside_end(work: str, lo: int, end: int, at: int, known: frozenset[str]) -> bool:
    """Return whether ``work[at]`` (a stop word's start) lies inside an end of the stretch ``work[lo:end]`` that is a
    place, a place's station by its side, a town or a ``known`` end ("百和" with 和, "宜昌北" before the 至 of 北至)."""
    a = work.rfind("至", lo, at) + 1 or lo
    b = work.find("至", at, end)
    piece = work[a : b if b >= 0 else end]
    return any(_place_end(piece[k:]) or piece[k:] in known
               for k in range(max(0, len(piece) - 5), len(piece) - 1) if a + k <= at)


def _chained_from(work: str, cands: list[Cand], lo: int, end: int) -> Cand | None:
    """Return the section of a line, named in this sentence or the one before, that a stretch "A至B段"
    in ``work[lo:end]`` continues ("G209甲至乙段…,乙至丙段") or leads into, or None."""
    run = work[lo:end]
    if run.count("至") != 1:
        return None
    first, last = run.split("至")
    s0 = _sentence_start(work, lo)
    floor = _sentence_start(work, s0 - 1) if s0 > 0 else 0  # the sentence before
    for c in reversed(cands):
        if not (floor <= c.start and c.end <= lo and c.part_of and c.type in lx.LINE_LIKE and c.name.endswith("段")
                and c.name.startswith(c.part_of)):
            continue
        ends = c.name[len(c.part_of) : -1].split("至")
        if len(ends) != 2 or min(len(p) for p in ends) < 2:
            continue
        # it goes on where that one stops, or stops where that one starts (not the same stretch backwards,
        # nor another stretch from the same end: "A至B段…A至C段" may run on two lines)
        if (first.endswith(ends[1]) and last != ends[0]) or (last == ends[0] and not first.endswith(ends[1])):
            return c
    return None


def _sentence_start(work: str, pos: int) -> int:
    """Return where the sentence holding ``work[pos]`` starts (after the last sentence end before it)."""
    return max(work.rfind(ch, 0, pos) for ch in "。!！?？\n") + 1


def _part_span(work: str, lo: int, end: int, *, known: frozenset[str] = frozenset()) -> tuple[int | None, int]:
    """Return where a bare part before 段 at ``end`` starts, or None when it is no stretch; an end in
    ``known`` (an end of the section before it) counts as a place."""
    # the part starts after the last stop word or break before it ("除四川甲至乙段", "建成通车乙段")
    cut = lo
    for sm in STOP_RE.finditer(work, lo, end):
        if _inside_end(work, lo, end, sm.start(), known):
            continue  # "云锦至百和段", "宜昌北至长寿北段": a word inside a town's name or a station's side, no stop
        cut = max(cut, sm.end())
    if cut == lo and lo > 0 and work[lo - 1] not in _OPENERS:
        return None, end  # glued on the left to a longer word, a bracket or a range ("乐山~宜宾段")
    if work[cut - 1 : cut] in "到至—-~" or work.startswith("的", end + 1):
        # "隆昌到叙永段": the end of a route written with 到; "项目乐山段的主线": a modifier
        return None, end
    sec = work[cut:end]
    # an end at a junction of the line ("甲至乙互通段") is read by its place; one end must be a place
    core = _JUNCTION_END_RE.sub("", sec).replace("-", "—")  # an ASCII dash joins ends as a long one does
    if "至" in core or "—" in core:
        ends, sec_ends = split_places(core), split_places(sec.replace("-", "—"))  # a junction is no place end
        if len(ends) != 2 or not (section_ok(core) or any(_town(p) or p in known for p in ends)) \
                or not any(_place_end(p) or p in known for p in ends if p in sec_ends) \
                or not all(_end_ok(p) or p in known for p in ends):
            return None, end
    elif not (place_re().fullmatch(sec) and len(sec) >= 2 or _initials_after_of(work, cut, sec)):
        return None, end
    if HEAD_RE.search(core):
        return None, end
    return cut, end


#: A junction as an end of a stretch ("甲至乙互通段", "甲枢纽至乙段", "甲至乙立交段"), after a name of its own.
_JUNCTION_END_RE = re.compile("(?<=[\u4e00-\u9fff]{2})(?:枢纽互通|互通|枢纽|立交)(?=[至—-]|$)")


#: Clause breaks: what stands before a trunk that opens its clause.
_CLAUSE_OPENERS = frozenset(",，。;；:：\n")

#: What may stand right before a bare part: a clause break or the start of the text.
_OPENERS = frozenset(",，。;；:：、\n 　")


def _initials_after_of(work: str, cut: int, sec: str) -> bool:
    """Return whether ``sec`` is a stretch named by the initials of its two ends right after a line's
    的 ("成兰铁路的成德段": 成都–德阳), where nothing else but a line's part stands."""
    return work[cut - 1 : cut] == "的" and len(sec) == 2 and all(ch in lx.ABBREVIATIONS for ch in sec) \
        and any(work.endswith(h, 0, cut - 1) for h in _LINE_ENDS)


#: Heads and list kinds a line's 的 may follow ("X铁路的", "Y高铁的", "A、B等线路的").
_LINE_ENDS = ("铁路", "高铁", "高速", "公路", "线路", "线", "城际", "航道")


def _place_end(end: str) -> bool:
    """Return whether an end is a place, or a place's station by its direction ("海东西", "成都东"), or a town."""
    return bool(place_re().fullmatch(end) or end[-1:] in "东南西北" and place_re().fullmatch(end[:-1])
                or _locality(end) or _town(end))


#: A town's suffix as written after its name ("甲镇", "乙乡", "丙街道").
_TOWN_SUFFIX_RE = re.compile("(?:镇|乡|街道)$")


def _town(end: str) -> bool:
    """Return whether an end is a town: one of the region's by its short form ("福集"), or any written with its
    suffix ("甲乙镇", "丙丁街道"; a town outside the region's table)."""
    stem = _TOWN_SUFFIX_RE.sub("", end)
    return stem in lx.TOWN_SHORTS or (stem != end and 2 <= len(stem) <= 4 and _CJK_RUN_RE.fullmatch(stem) is not None
                                      and not STOP_RE.search(stem) and not CUE_RE.search(stem))


def _locality(end: str) -> bool:
    """Return whether an end is a known place and a spot in it of one to three characters ("米易垭口",
    "通江县城", "盐边桐子林"), no word of a clause ("万州开工")."""
    first = place_re().match(end)
    return bool(first) and first.end() >= 2 and 1 <= len(end) - first.end() <= 3 \
        and not STOP_RE.search(end, first.end()) and not CUE_RE.search(end, first.end())


def _end_ok(end: str) -> bool:
    """Return whether one end of a stretch is a place, places one inside the other ("四川巴中"), or
    a short name the gazetteer may lack ("樊哙", "海东西"); not a verb glued to a place ("签订樊哙")."""
    if len(end) <= 3 or place_re().fullmatch(end) or _locality(end) or _town(end):
        return True
    first = place_re().match(end)
    return bool(first) and place_re().fullmatch(end, first.end()) is not None


def _line_before(lines: list[Cand], pos: int, sec: str) -> Cand | None:
    """Return the line a part ``sec`` at ``pos`` belongs to, as the whole line.

    Of the lines named before ``pos`` within :data:`REACH`, the one whose name holds the most of the
    part's ends' first characters (a line is named by its ends: "甲乙铁路" runs from 甲… to 乙…, so
    "乙丙段" is more likely a section of "乙丙…" named earlier than of "甲乙…" named last); among
    equals the shortest name (fewest other ends), then the last named.
    """
    before = [c for c in lines if c.end <= pos and pos - c.end <= REACH]
    if not before:
        return None
    initials = {p[:1] for p in split_places(sec) if p}
    last = max(reversed(before), key=lambda c: (sum(ch in (c.part_of or c.name) for ch in initials),
                                                -len(c.part_of or c.name)))
    if last.part_of:
        whole = next((c for c in reversed(before) if c.name == last.part_of), None)
        return whole or Cand(last.start, last.end, last.part_of, last.type)
    return last


def _phases(work: str, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Phases written alone after a "分N期" plan, each named for the item the plan is about."""
    out: list[Cand] = []
    for plan in _PHASED_RE.finditer(work):
        owner = max((c for c in cands if c.end <= plan.start() and plan.start() - c.end <= 40 and c.name),
                    key=lambda c: c.end, default=None)
        if owner is None:
            continue
        stop = _SENTENCE_RE.search(work, plan.end())
        # the phases follow in the plan's sentence and the next one ("一期工程已建成。本次开工的二期…")
        stop2 = _SENTENCE_RE.search(work, stop.end()) if stop else None
        end = stop2.start() if stop2 else len(work)
        for m in _PHASE_RE.finditer(work, plan.end(), end):
            s, e = m.start(), m.end()
            if inside_span(taken, s, e) or any(c.start <= s < c.end for c in [*cands, *out]):
                continue
            # a phase alone (no 工程/项目) opens its clause and tells its extent or its state: "此次通车的一期为
            # A至B", "二期A段至B年内将建成" ("一期实施道路为X" tells the works of the plan's first step)
            if m.group("works") and work[s - 1 : s] == "的" \
                    or not m.group("works") and not (_PHASE_TOLD_RE.match(work, e) or place_re().match(work, e)):
                continue
            works = m.group("works") or ""
            cand = Cand(s, e, owner.name + m.group("phase") + works, owner.type, part_of=owner.name)
            cand.aliases.append(m.group("phase") + works)
            out.append(cand)
    return out
