"""Sections and phases of a line written without the line's name, named for the line before them.

News reports name a line once and then its parts alone (issue #11): "自X至Y港公路全长123公里,其中
甲段约100公里…目前,乙段项目已完成45%", "但除丙至丁段开工建设外,…", "X立交分两期实施,一期工程已
建成通车". Each such part is an item of its own (tests/data/gold/README.md, "Nested names"), named
with the line it belongs to: the line (railway, highway, waterway) named last before it within
:data:`REACH` characters; a phase belongs to the item named last before its "分N期" cue. A stretch told only as
a share of its line's length ("全长122公里,其中甲段59公里、乙段63公里") and named nowhere else is no item.
Where a bare part starts and whether its ends are places is read by :mod:`.part_spans`; phases by :mod:`.phases`. A
link road or a second line written after an item and 及 alone ("甲大桥及连接线") is the item's part too.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.names.part_spans import part_span, place_end, run_start, sentence_start
from geo.extract.names.phases import phases
from geo.extract.names.sections import split_places
from geo.extract.patterns import CJK, CUE_RE, HEAD_RE, LIST_SEP, STOP_RE, Cand, inside_span
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
        lo, end = run_start(work, at), at
        at = work.find("段", at + 1)
        if end - lo < 2 or _OWN_HEAD_RE.match(work, end + 1):
            continue
        # a stretch that starts or ends where a section of a line named before it ends or starts is
        # the next stretch of that line ("其中A至B段…,B至C段…"), whatever its ends' places
        chained = _chained_from(work, [*cands, *out], lo, end)
        known = frozenset(chained.name[len(chained.part_of or "") : -1].split("至")) if chained else frozenset()
        s, e = part_span(work, lo, end, known=known)
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
        line = _named_in_full(cands, s, sec) or _line_before(work, lines, s, sec)
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
    out.extend(phases(work, [*cands, *out], taken))
    out.extend(_phases_by_head(work, [*cands, *out], taken))
    out.extend(_trunks(work, [*cands, *out], taken))
    out.extend(_joined_parts(work, [*cands, *out], taken))
    return out


#: A part of the item before it written after 及 or 和 alone ("X大桥及连接线", "X铁路及复线"): the item's link road or
#: second line, not followed by more of a name (a head, or a route's ends: "X及连接线至Y").
_PART_AFTER_AND_RE = re.compile(rf"(?:及其?|和)(?P<part>连接线|复线)(?![{CJK}]{{0,6}}?[至到])")


def _joined_parts(work: str, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Return the parts written after an item and 及 alone ("甲大桥及连接线", "乙铁路及复线相继开通"), each named with
    the item ("甲大桥连接线", "乙铁路复线", part of it); a link road is a highway whatever it links."""
    out = []
    for c in cands:
        m = _PART_AFTER_AND_RE.match(work, c.end) if c.name and c.type in lx.LINE_LIKE and not c.implied else None
        # not where a head follows (the words open a name of their own) nor where another candidate already
        # holds them
        if m is None or HEAD_RE.match(work, m.end()) or inside_span(taken, m.start("part"), m.end()) \
                or any(o.start < m.end() and m.start("part") < o.end for o in cands):
            continue
        part = m.group("part")
        typ = EntityType.HIGHWAY if part == "连接线" else c.type
        out.append(Cand(m.start("part"), m.end(), c.name + part, typ, part_of=c.name))
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
#: X江干线全线贯通"): by its rank or direction, or by the river it draws on when listed beside one such (a list's
#: 和 or 及 is no part of the river's name).
_TRUNK_RE = re.compile(rf"(?P<part>(?P<rank>总|[东南西北中])干线|(?![和及与])[{CJK}]{{2,4}}?[江河]干线)")
#: A water system named before its trunks: a works of supply, diversion or allocation ("X水资源配置工程",
#: "引A济B工程"), not one of its reservoirs.
_SYSTEM_RE = re.compile("(?:工程|引[\u4e00-\u9fff][济入补][\u4e00-\u9fff])$")
#: Clause breaks: what stands before a trunk that opens its clause.
_CLAUSE_OPENERS = frozenset(",，。;；:：\n")
#: What joins the trunks of one list ("东干线、西干线和X江干线").
_TRUNK_JOINS = frozenset("、和及")
#: A list of trunks as the parts a system is made of ("南片由东干线、西干线和X江干线组成"): 由 opens it, a verb of
#: composition closes it within the clause.
_COMPOSED_OF_RE = re.compile(r"由(?P<list>[^,，。;；:：\n]{2,40}?)(?:组成|构成)")


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
        lo = run_start(work, s - 1)
        if s - 1 - lo < 2 or "至" not in work[lo : s - 1]:
            break
        a, b = part_span(work, lo, s - 1, known=frozenset(part.places))
        if a is None or inside_span(taken, a, b) or any(c.start <= a < c.end for c in cands) \
                or not all(place_end(p) or p in part.places for p in split_places(work[a:b])):
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
    # (or the parts it is made of: "由东干线、西干线和X江干线组成")
    composed = [(c.start("list"), c.end("list")) for c in _COMPOSED_OF_RE.finditer(work)] if "由" in work else []
    opening: list[re.Match[str]] = []
    for m in found:
        if m.start() == 0 or work[m.start() - 1] in _CLAUSE_OPENERS \
                or (work[m.start() - 1] in _TRUNK_JOINS and opening and opening[-1].end() + 1 == m.start()) \
                or any(a == m.start() and m.end() <= b for a, b in composed):
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


def _chained_from(work: str, cands: list[Cand], lo: int, end: int) -> Cand | None:
    """Return the section of a line, named in this sentence or the one before, that a stretch "A至B段"
    in ``work[lo:end]`` continues ("G209甲至乙段…,乙至丙段") or leads into, or None."""
    run = work[lo:end]
    if run.count("至") != 1:
        return None
    first, last = run.split("至")
    s0 = sentence_start(work, lo)
    floor = sentence_start(work, s0 - 1) if s0 > 0 else 0  # the sentence before
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


def _named_in_full(cands: list[Cand], pos: int, sec: str) -> Cand | None:
    """Return the one line whose part ``sec`` the document names in full before ``pos`` ("渝昆高铁川渝段" before a
    bare "川渝段"), as the whole line, or None (no such line, or two)."""
    parts = {c.part_of: c for c in cands if c.part_of and c.end <= pos and c.name == c.part_of + sec + "段"}
    if len(parts) != 1:
        return None
    owner, part = next(iter(parts.items()))
    whole = next((c for c in cands if c.name == owner and not c.part_of), None)
    return whole or Cand(part.start, part.end, owner, part.type)


def _line_before(work: str, lines: list[Cand], pos: int, sec: str) -> Cand | None:
    """Return the line a part ``sec`` at ``pos`` belongs to, as the whole line.

    Of the lines named before ``pos`` within :data:`REACH`, the one whose name holds the most of the
    part's ends' first characters (a line is named by its ends: "甲乙铁路" runs from 甲… to 乙…, so
    "乙丙段" is more likely a section of "乙丙…" named earlier than of "甲乙…" named last); among
    equals the shortest name (fewest other ends), then the last named. A line named where another one
    starts or ends ("X快速路起于Y高速,…,甲段20公里") is that route's landmark, not the part's owner, unless
    no other line is named.
    """
    before = [c for c in lines if c.end <= pos and pos - c.end <= REACH]
    owners = [c for c in before if not lx.ROUTE_END_RE.search(work, max(0, c.start - 5), c.start)]
    before = owners or before
    if not before:
        return None
    initials = {p[:1] for p in split_places(sec) if p}
    last = max(reversed(before), key=lambda c: (sum(ch in (c.part_of or c.name) for ch in initials),
                                                -len(c.part_of or c.name)))
    if last.part_of:
        whole = next((c for c in reversed(before) if c.name == last.part_of), None)
        return whole or Cand(last.start, last.end, last.part_of, last.type)
    return last
