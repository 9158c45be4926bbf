"""Lines listed under a bare 项目/工程 head, or counted with 条 and no head, typed by the paragraph that introduces them.

Work plans and 计划 reports often count line items without naming their type:
"建成高速公路500公里。…建成甲至乙、丙至丁等9个项目", "力争6个项目(甲至乙、丙丁、…)开工",
"再储备甲至乙9个项目", "推进甲至乙、丙丁等5条共243公里前期工作",
"有甲至乙、丙丁等37个、总里程3537公里的项目在建". The items are lines (a route "X至Y", a run of one-character
abbreviations, a place's bypass) and their type is the road, railway or waterway head the
same paragraph last named before the list (issue #11). Items are named with that head
appended as written ("甲至乙高速公路"), the bare form kept as an alias
(tests/data/gold/README.md, "Coordinated lists sharing a head").
"""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.names.aliases import clean_name
from geo.extract.names.place_words import places_of
from geo.extract.names.protected_spans import protected_spans
from geo.extract.patterns import (
    CJK,
    GENERIC_RE,
    HEAD_RE,
    NAME_CHAR,
    SENTENCE_BREAK,
    STOP_RE,
    Cand,
    head_type,
    inside_span,
    place_re,
)
from geo.extract.stages import spans

#: The measures of a counted list of projects between its count and 项目 ("等37个、总里程3537公里、总投资6431亿元的
#: 项目"): the projects' total length and cost.
_MEASURES = r"(?:、?(?:总里程|总长|全长|共)?\d+(?:\.\d+)?公里|、?总?投资\d+(?:\.\d+)?亿元)+的?"

#: A count of projects: "等9个项目", "6个重点工程", "等10个项目(路段)", or 等 alone ("等项目").
#: Behind a lookahead of the characters a count starts with, so the engine skips the others (issue 16).
COUNT_RE = re.compile(
    r"(?=[等\d一二三四五六七八九十两])"
    r"(?:(?P<deng>等)?(?:{number}个(?:{measures})?|一批)(?:{state})?(?:重点|重大|省级重点)?(?:项目|工程)"
    r"|(?P<bare>等)(?:{state})?(?:重点|重大)?项目"
    # lines counted with 条 and no head after the count, maybe with their length ("等4条。", "等5条共243公里前期
    # 工作"): the paragraph's kind of line, as for a count of projects
    r"|(?P<lines>等)?{number}条(?:共?\d+(?:\.\d+)?公里)?(?=[,，。;；\n]|$|前期|建设|工作|开工))"
    .format(state=r"在建|续建|新建|新开工|拟建", number=lx.COUNT_NUMBER, measures=_MEASURES)
)

#: A bracketed list right after the count: "6个项目(甲至乙、丙丁,共591公里)".
_BRACKET_LIST_RE = re.compile(r"[(（](?P<body>[^)）\n]{3,200})[)）]")

#: Words that may follow a line item's route: a direction line, a duplicate, widening works.
_LINE_TAIL = r"(?:[东西南北]线|复线|扩容|扩能|[东西南北]段)?"

#: Works on the line closing an item ("甲至乙改扩建", "甲乙大修", "甲乙提质改造"): not part of the line's name,
#: which the item keeps as an alias.
_WORKS_TAIL = r"(?:改扩建|扩建|大修|(?:提质|提升)?改造)"
_WORKS_TAIL_RE = re.compile(f"{_WORKS_TAIL}$")

#: A list closed by a bare 项目 without 等 or a count ("新开工甲乙扩容、丙丁和戊己大修项目", "甲至乙项目开工
#: 建设"): a project word right after a name; whether the names are lines is judged on the items.
_BARE_PROJECT_RE = re.compile(rf"(?<=[{CJK}])项目")

#: Works only a line has, closing an item ("甲乙扩容", "丙丁大修", "戊己复线").
_CLOSING_WORKS_RE = re.compile(f"(?:{lx.LINE_WORKS}|复线|{_WORKS_TAIL})$")

#: The joiners of a list's last item ("甲乙、丙丁和戊己大修项目").
_LAST_JOINERS = "和及"

#: A line item: a route between two ends, or a run of 2–4 abbreviations, or a place's bypass.
_ROUTE_RE = re.compile(rf"[{CJK}]{{2,6}}至[{CJK}]{{2,6}}(?:至[{CJK}]{{2,6}})*{_LINE_TAIL}")
_BYPASS_RE = re.compile(rf"[{CJK}]{{2,4}}绕城{_LINE_TAIL}")

#: Stop words of the clause, and verbs of a project reserve ("再储备X至Y9个项目").
_STOP_RE = re.compile(f"{STOP_RE.pattern}|储备")

#: Only these types name a line a bare route can belong to.
_LINE_TYPES = lx.LINE_LIKE


def project_lists(work: str, taken: list[tuple[int, int]], group: int) -> list[Cand]:
    """Return the line items of lists whose only head is 项目/工程 ("甲至乙、丙丁等9个项目").

    Parameters
    ----------
    work : str
        The work text of a document.
    taken : list of (int, int)
        Spans already given to other candidates; items inside them are skipped.
    group : int
        The first free list group number; each list gets its own.

    Returns
    -------
    list of Cand
        One candidate per item, named with the paragraph's line head appended.
    """
    out: list[Cand] = []
    count_ends = set()
    for m in COUNT_RE.finditer(work):
        count_ends.add(m.end())
        head = _paragraph_head(work, m.start())
        if head is None:
            continue
        spans = _items_before(work, m.start()) if m.start() > 0 else []
        if not spans and not (m.group("deng") or m.group("bare") or m.group("lines")):
            bracket = _BRACKET_LIST_RE.match(work, m.end())
            spans = _items_in(work, bracket.start("body"), bracket.end("body")) if bracket else []
        if not _list_of_lines([work[s:e] for s, e in spans]):
            continue
        out.extend(_items_named(work, spans, head, taken, group))
        group += 1
    for m in _BARE_PROJECT_RE.finditer(work):
        if m.end() in count_ends:
            continue  # "等9个项目", "等续建项目": a counted list, read above
        head = _sentence_head(work, m.start())
        spans = _items_before(work, m.start()) if head else []
        # strict: a bare 项目 follows many nouns ("X园区项目"), so one item at least has a line's shape and
        # the others are lines' initials ("丙丁", "戊己大修" of a province whose initials we do not know)
        items = [work[s:e] for s, e in spans]
        if not spans or not all(is_line_item(i) or _compact(i) for i in items) or not _list_of_lines(items):
            continue
        if not any("至" in i or _CLOSING_WORKS_RE.search(i) for i in items):
            continue  # "实施甲乙和丙丁项目": two characters each may be anything; a route or a line's works says line
        if any(HEAD_RE.search(work, a, b) or _overlaps(taken, a, b) for a, b in spans):
            continue  # "X铁路甲至乙增建复线项目": an item named with its own kind is found on its own
        out.extend(_items_named(work, spans, head, taken, group))
        group += 1
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Return whether [start, end) overlaps one of ``spans``."""
    return any(a < end and start < b for a, b in spans)


def _items_named(
    work: str, spans: list[tuple[int, int]], head: tuple[str, object], taken: list[tuple[int, int]], group: int,
) -> list[Cand]:
    """Return a candidate per item span not already taken, named with the line head ``head`` (text, type)
    appended; the works closing an item ("改扩建") are left out of the name and kept in the alias."""
    head_text, typ = head
    out = []
    for s, e in spans:
        if inside_span(taken, s, e):
            continue
        bare = clean_name(work[s:e])
        line = _WORKS_TAIL_RE.sub("", bare)
        cand = Cand(s, e, line + head_text, typ, group=group)
        cand.aliases.append(bare)
        cand.places = places_of(cand.name, head_text)
        out.append(cand)
    return out


def is_line_item(item: str) -> bool:
    """Return whether a headless list item has the shape of a line's name.

    A route "X至Y(至Z)", 2–4 one-character abbreviations ("甲乙", "甲乙丙北线",
    "甲乙丙丁扩容" with two pairs), or a place's bypass ("某州绕城西段").
    """
    item = _WORKS_TAIL_RE.sub("", item)
    if _ROUTE_RE.fullmatch(item) or _BYPASS_RE.fullmatch(item):
        return True
    core = re.sub(f"{_LINE_TAIL}$", "", item)
    return 2 <= len(core) <= 4 and all(c in lx.ABBREVIATIONS or c in _place_initials() for c in core)


@functools.cache
def _place_initials() -> frozenset[str]:
    """First characters of the lexicon's places: a line between two places is often written with
    them ("甲乙" for 甲州 to 乙县), also outside the region whose one-character abbreviations we know."""
    return frozenset(p[0] for p in lx.PLACES if len(p) >= 2)


def _list_of_lines(items: list[str]) -> bool:
    """Return whether headless ``items`` are a list of lines.

    One item at least has a line's shape (:func:`is_line_item`); the others may be
    short names of 2–4 characters ("某某" of two abbreviations the lexicon does not
    know), but no item is a place alone ("甲市、乙县等5个项目" lists places' projects)
    or a generic word. A single item must be a route ("X至Y") or a bypass ("X绕城").
    """
    if not items or not any(is_line_item(i) for i in items):
        return False
    if any(place_re().fullmatch(i) for i in items):
        return False  # "甲市、乙县等5个项目": the places' projects, whatever the sentence's head
    if len(items) == 1:  # a route, or a place's bypass ("某州北二绕城等7个项目")
        return "至" in items[0] or _BYPASS_RE.fullmatch(_WORKS_TAIL_RE.sub("", items[0])) is not None
    for item in items:
        if is_line_item(item):
            continue
        item = _WORKS_TAIL_RE.sub("", item)
        if not 2 <= len(item) <= 4 or GENERIC_RE.search(item) or place_re().fullmatch(item):
            return False
    return True


def _paragraph_head(work: str, pos: int) -> tuple[str, object] | None:
    """Return the line head (text, type) that types a list of projects ending at ``pos``, if any.

    The last such head of the paragraph before ``pos``; when the paragraph names none before, the
    first one of the rest of the sentence ("甲至乙等13个在建项目1214公里高速公路", "甲乙、丙丁等一批
    续建项目持续推进,戊己高速开工").
    """
    found = _last_head(work, paragraph_start(work, pos), pos)
    if found is None:
        end = SENTENCE_BREAK.search(work, pos)
        for m in HEAD_RE.finditer(work, pos, end.start() if end else len(work)):
            typ = head_type(m)
            if typ in _LINE_TYPES and m.group() in _TYPE_HEADS:
                return _HEAD_OF_ABBREVIATION.get(m.group(), m.group()), typ
    return found


#: Characters closing a line whose sentence goes on on the next line.
_LINE_GOES_ON = frozenset(",，、")


def paragraph_start(work: str, pos: int) -> int:
    """Return where the paragraph holding ``pos`` starts: after the last line break before it that ends a
    sentence; a line closing on a comma goes on on the next ("建成甲乙高速等5条共219公里,\n推进丙丁、戊己等5条")."""
    start = work.rfind("\n", 0, pos) + 1
    while start > 1 and work[start - 2] in _LINE_GOES_ON:
        start = work.rfind("\n", 0, start - 1) + 1
    return start


def paragraph_end(work: str, pos: int) -> int:
    """Return where the paragraph holding ``pos`` ends: the next line break after it that ends a sentence
    (a line closing on a comma goes on on the next, as in :func:`paragraph_start`), or the text's end."""
    end = work.find("\n", pos)
    while end > 0 and work[end - 1] in _LINE_GOES_ON:
        end = work.find("\n", end + 1)
    return len(work) if end == -1 else end


#: A head written as an abbreviation names the line's kind in full when an item takes it
#: ("国高" is 国家高速公路: a listed route takes "高速公路").
_HEAD_OF_ABBREVIATION = {"国高": "高速公路"}


#: Heads that name a kind of line on their own, so a bare route can take them.
_TYPE_HEADS = frozenset({"高速公路", "高速", "国高", "铁路", "高速铁路", "高铁", "城际铁路", "航道", "国道", "省道"})


def _sentence_head(work: str, pos: int) -> tuple[str, object] | None:
    """Return the line head (text, type) the sentence names before ``pos`` (its topic: "高速公路投资…,
    新开工甲乙扩容、丙丁大修项目"), the last one, or None."""
    return _last_head(work, spans.sentence(work, pos, pos)[0], pos)


def _last_head(work: str, lo: int, hi: int) -> tuple[str, object] | None:
    """Return the last line head (text, type) that can type a list, written in ``work[lo:hi]``, or None."""
    found = None
    for m in HEAD_RE.finditer(work, lo, hi):
        typ = head_type(m)
        if typ in _LINE_TYPES and m.group() in _TYPE_HEADS:
            found = (_HEAD_OF_ABBREVIATION.get(m.group(), m.group()), typ)
    return found


def _items_before(work: str, pos: int) -> list[tuple[int, int]]:
    """Return the spans of the 、-separated items ending at ``pos``, the first cut after a stop word.

    The last item may be joined with 和 or 及 ("甲乙、丙丁和戊己"), when both sides have a line's shape.
    """
    out: list[tuple[int, int]] = []
    end = pos
    while end > 0:
        start = end
        while start > 0 and NAME_CHAR.match(work[start - 1]):
            start -= 1
        joint = max(work.rfind(j, start, end) for j in _LAST_JOINERS) if not out else -1
        last = work[joint + 1 : end]
        if joint > start and (is_line_item(last) or _compact(last)) and _line_before(work, start, joint):
            out.append((joint + 1, end))
            end = joint
            continue
        tail = re.search(f"{_LINE_TAIL}{_WORKS_TAIL}?$", work[start:end])
        body_end = end - len(tail.group()) if tail else end
        protected = [(start + a, start + b) for a, b in protected_spans(work[start:body_end])]
        stops = [sm for sm in _STOP_RE.finditer(work, start, body_end) if not any(a <= sm.start() < b for a, b in protected)]
        cut = max((sm.end() for sm in stops), default=0)
        s = max(start, cut)
        if s < end:
            out.append((s, end))
        if cut > start or start == 0 or work[start - 1] != "、":
            break
        end = start - 1
    out.reverse()
    return out


#: Characters that close the nouns of facilities and areas ("危桥", "码头", "站场", "管网", "厂房"): a word
#: ending in one is no line's initials.
_FACILITY_END_RE = re.compile("[桥路站场港口网房舍厂区道线面所馆院楼园街村]$")


def _compact(item: str) -> bool:
    """Return whether ``item`` may be a line written by the initials of its ends, maybe with its works
    ("丙丁", "戊己大修", "甲乙丙改扩建"): 2–3 characters, no generic word, no place alone, no facility's noun."""
    core = re.sub(f"{_LINE_TAIL}$", "", _WORKS_TAIL_RE.sub("", item))
    return (2 <= len(core) <= 3 and re.fullmatch(f"[{CJK}]+", core) is not None and not GENERIC_RE.search(core)
            and not place_re().fullmatch(core) and not _FACILITY_END_RE.search(core))


def _line_before(work: str, start: int, joint: int) -> bool:
    """Return whether the text before a joiner at ``joint`` ends with an item of a line's shape (after a
    stop or a separator: "丙丁" of "新开工甲乙扩容、丙丁和…")."""
    text = work[start:joint]
    cut = max((m.end() for m in _STOP_RE.finditer(text)), default=0)
    return is_line_item(text[cut:]) or _compact(text[cut:])


def _items_in(work: str, a: int, b: int) -> list[tuple[int, int]]:
    """Return the 、-separated item spans of a bracketed list, up to its first comma."""
    stop = re.search("[,，;；]", work[a:b])
    b = a + stop.start() if stop else b
    out = []
    pos = a
    for part in work[a:b].split("、"):
        if part:
            out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out
