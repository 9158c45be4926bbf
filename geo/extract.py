"""Find the infrastructure projects a policy document names, with stage, year and evidence.

The rules (issue #3) are general, not a list of project names:

* a candidate ends with a *head word* that gives its type (高铁 → railway,
  水库 → water…, see :data:`geo.lexicon.HEADS`);
* its start is found by walking left over name characters and stopping at
  punctuation or at the last verb / function word of the clause
  (:data:`geo.lexicon.LEFT_STOPS`);
* items of a coordinated list share the head of the list ("A、B等高速公路");
* a head followed by ``X至Y段`` / ``(X段)`` is a section (``part_of`` the line),
  a head followed by a bracketed name of the same type gives an alias;
* names made only of generic words (一批, 农村…) or naming a mechanism,
  alliance, platform or policy zone are dropped;
* stage, target year and lead unit come from the clause and task around the
  mention (:data:`geo.lexicon.STAGE_CUES`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from geo import lexicon as lx
from geo.model import Entity, EntityType, Mention, SourceText, Stage, name_key

# --------------------------------------------------------------------------- patterns

_CJK = "\u3400-\u9fff"
#: Characters that may appear inside a name (brackets handled separately).
_NAME_CHAR = re.compile(rf"[{_CJK}A-Za-z0-9·—\-–]")


def _first_chars(pattern: str) -> str:
    """Return a character class body of the characters a top-level alternative starts with."""
    out = set()
    depth = 0
    alt = ""
    for ch in pattern + "|":
        if ch == "|" and depth == 0:
            alt = re.sub(r"^(?:\(\?<[!=][^)]*\))+", "", alt)
            if alt.startswith("(?:"):
                close = _closing(alt)
                out.add(_first_chars(alt[3:close]))
            elif alt.startswith("["):
                out.add(alt[1 : alt.index("]")])
            elif alt.startswith("\\d"):
                out.add("0-9")
            else:
                out.add(re.escape(alt[0]))
            alt = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        alt += ch
    return "".join(sorted(out))


def _closing(text: str) -> int:
    """Return the index of the parenthesis closing the group ``text`` opens."""
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i
    raise ValueError(text)


_HEAD_RE = re.compile(
    "(?=[" + "".join(_first_chars(p) for p, _t in lx.HEADS) + "])(?:"
    + "|".join(f"(?P<h{i}>{p})" for i, (p, _t) in enumerate(lx.HEADS)) + ")"
)
_HEAD_TYPES = [t for _p, t in lx.HEADS]
_CLAUSE_BREAK = re.compile(r"[,，;；。!！?？:：\n]")
_SENTENCE_BREAK = re.compile(r"[。!！?？;；\n]")
_LEAD_RE = re.compile(r"[(（](?:牵头(?:单位|部门)|责任单位)[:：]\s*([^,，;；)）]+)")
_LEAD_SPAN_RE = re.compile(r"[(（](?:牵头|责任)(?:单位|部门)[:：][^)）\n]*[)）]")
_SECTION_RE = re.compile(
    rf"(?P<open>[(（])?(?P<sec>[{_CJK}A-Za-z0-9—\-]{{1,14}}?)段(?(open)[)）])"
)
_PAIR_SECTION_RE = re.compile(
    rf"(?P<sec>[{_CJK}]{{2,6}}?至[{_CJK}]{{2,6}}?)(?=[^{_CJK}]|正在|全面|加快|已|将|段|升级|改造|扩能|建设|工程)"
)
_WORKS_SECTION_RE = re.compile(rf"{lx.WORKS}[(（][^)）]{{1,14}}段[)）]")
_ANNOTATION_RE = re.compile(r"(?:改扩建|扩建|扩容|升级改造|改造|加宽|改线)?(?:工程|项目)?[(（][^)）\n]{1,24}[)）]")
_ALIAS_RE = re.compile(rf"[(（](?P<alias>[{_CJK}A-Za-z0-9—\-]{{2,16}})[)）]")
_TRAILER_RE = re.compile(r"复线|延长线|延伸段|二期|三期|一期|支线")
_CODE_ROAD_RE = re.compile(r"(?P<kind>省道|国道)(?P<nums>\d{2,4}(?:[、和及]\d{2,4})*)|(?P<code>[GS]\d{2,4})(?=[国省]道)")
_YEAR_RE = re.compile(
    r"(?:预计|力争|争取|计划|到|于|在)?(?P<year>20\d\d)年(?:年底|底|末)?(?:前|以前|内)?"
    r"(?=[^年]{0,8}?(?:建成|通车|完成|开工|投用|投运|实现|竣工|开通|建设))"
)
_LEAD_YEAR_RE = re.compile(r"\s*(?:[一二三四五六七八九十\d]+[、.．])?(?:到|至|在|于)(20\d\d)年(?:底|末)?(?:前)?[,，]")
_REL_YEAR_RE = re.compile(r"(今年|明年|年底前|年内)(?=[^,，。;；]{0,10}?(?:建成|通车|完成|开工|投用|投运|实现|竣工|开通))")
def _words_re(words: Iterable[str]) -> re.Pattern[str]:
    """Compile literal ``words`` (longest first) behind a first-character lookahead.

    The lookahead lets the engine skip the many positions where no word can
    start, which keeps extraction faster than jieba's segmentation.
    """
    ws = sorted(set(words), key=lambda w: (-len(w), w))
    first = "".join(sorted({re.escape(w[0]) for w in ws}))
    return re.compile(f"(?=[{first}])(?:" + "|".join(map(re.escape, ws)) + ")")


_CUE_WORDS = {re.sub(r"\(\?[=!<][^)]*\)", "", c) for c, _s, _sp in lx.STAGE_CUES}
_STOP_RE = _words_re([*lx.LEFT_STOPS, *(w for w in _CUE_WORDS if w.isalnum())])
_GENERIC_RE = _words_re(lx.GENERIC_WORDS)
_PLACE_RE = _words_re(lx.PLACES)
_NEG_RE = _words_re(lx.NEGATIVE_WORDS)
_CUE_LIST = sorted(lx.STAGE_CUES, key=lambda c: -len(c[0]))
_CUE_RE = re.compile(
    "(?=[" + "".join(sorted({c[0] for c, _s, _sp in _CUE_LIST})) + "])(?:"
    + "|".join(f"(?P<c{i}>{c})" for i, (c, _s, _sp) in enumerate(_CUE_LIST)) + ")"
)


def _cue(m: re.Match[str]) -> tuple[Stage, bool]:
    """Return (stage, specific) of a cue match."""
    _c, stage, specific = _CUE_LIST[int(m.lastgroup[1:])]
    return stage, specific


_LIST_SEP = "、和及与"
_REGION_RE = re.compile(r"(?:西部|东部|南部|北部|中部|西南|川南|渝西|渝南|黔北)+")
_WORKS_RE = re.compile(lx.WORKS)
_CODE_LIST_RE = re.compile(r"[^,，。;；]{0,90}?等(?:高速公路|国道|省道)")
_DASH_ITEM_RE = re.compile(f"—[{_CJK}]{{1,6}}(?=[、和及与])")
_LATER_RE = re.compile(r"等[^,，。;；、]{0,10}")
_SELF_NAMED_RE = re.compile(r"轨道交通.+线|[A-Z]\d+线|[GS]\d+")
_COUNT_RE = re.compile(r"\d+[家所个座条项处]")
_QUOTES_RE = re.compile(r"[“”\"\s]")
_BRACKET_RE = re.compile(r"[(（][^)）]*[)）]")
_GLUE_RE = re.compile(f"[{_CJK}]{{0,3}}")
_LIST_GAP_RE = re.compile(r"[、和及与()（）\s]*")
_DENG_RE = re.compile(r"(?<![高同平对均相])等(?![级同于])")
_PLACE_PREFIX_RE = re.compile(f"(?:{_PLACE_RE.pattern})+[{lx.PLACE_SUFFIX}]?")


@dataclass(slots=True)
class _Cand:
    """A name found in the work text: ``[start, end)`` and what the rules decided."""

    start: int
    end: int
    name: str
    type: EntityType
    part_of: str | None = None
    aliases: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    group: int = -1
    implied: bool = False


# --------------------------------------------------------------------------- public API


def extract(source: SourceText) -> list[Entity]:
    """Return the infrastructure entities named in one document.

    Parameters
    ----------
    source : SourceText
        The decoded and cleaned document.

    Returns
    -------
    list of Entity
        One entity per distinct project, in order of first mention; each
        mention carries its quote, offsets into ``source.raw``, stage, target
        year, lead unit and the document date.
    """
    work, index = _join_broken_lines(source.text)
    masked = _mask_lead_units(work)
    cands = _find_candidates(masked)
    entities: dict[tuple[str, EntityType], Entity] = {}
    for cand in cands:
        mention = _mention(source, work, index, cand, cands)
        key = (name_key(cand.name), cand.type)
        ent = entities.get(key)
        if ent is None:
            ent = Entity(
                name=cand.name,
                type=cand.type,
                aliases=list(cand.aliases),
                places=list(cand.places),
                part_of=cand.part_of,
            )
            entities[key] = ent
        else:
            ent.aliases.extend(a for a in cand.aliases if a not in ent.aliases)
            ent.part_of = ent.part_of or cand.part_of
            ent.places = ent.places or list(cand.places)
        if not any(m.start == mention.start and m.end == mention.end for m in ent.mentions):
            ent.mentions.append(mention)
    return link(entities.values())


def link(entities: Iterable[Entity]) -> list[Entity]:
    """Merge entities of several documents that name the same project.

    Two entities are the same project when they have the same type and share a
    name key (:func:`geo.model.name_key`) through their names or aliases, or
    when their abbreviated forms agree (重庆至昆明铁路 ~ 渝昆铁路 ~ 渝昆高铁
    are all linked through :func:`line_key`). The canonical name is the most
    frequent written form (ties: the longest), so ids are stable across runs.

    Parameters
    ----------
    entities : iterable of Entity
        Entities from any number of documents.

    Returns
    -------
    list of Entity
        Merged entities with all mentions and aliases.
    """
    items = list(entities)
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    docs = [{m.doc for m in e.mentions} for e in items]

    def union(i: int, j: int, *, loose: bool) -> None:
        ri, rj = find(i), find(j)
        if ri == rj or loose and docs[ri] & docs[rj]:
            return  # a loose key never merges two items one document names apart
        parent[ri] = rj
        docs[rj] = docs[rj] | docs[ri]

    exact: dict[tuple[EntityType, str], int] = {}
    loose: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
    for i, ent in enumerate(items):
        for k in {variant_key(n) for n in [ent.name, *ent.aliases]}:
            j = exact.setdefault((ent.type, k), i)
            if j != i:
                union(i, j, loose=False)
        lk = line_key(ent.name, ent.type)
        if lk:
            loose[(ent.type, lk)].append(i)
    for ids in loose.values():
        for i in ids[1:]:
            union(i, ids[0], loose=True)
    # a place-prefixed name and the same name without the place ("重庆新型…产业园" ~ "新型…产业园")
    by_key = {(variant_key(e.name), e.type): i for i, e in enumerate(items)}
    for i, ent in enumerate(items):
        key = variant_key(ent.name)
        m = _PLACE_PREFIX_RE.match(key)
        if m and len(key) - m.end() >= 4:
            j = by_key.get((key[m.end():], ent.type))
            if j is not None:
                union(j, i, loose=False)
    groups: dict[int, list[Entity]] = defaultdict(list)
    for i, ent in enumerate(items):
        groups[find(i)].append(ent)
    out = []
    for members in groups.values():
        counts = Counter(e.name for e in members for _m in (e.mentions or [None]))
        name = max(counts, key=lambda n: (counts[n], len(n), n))
        aliases: list[str] = []
        for e in members:
            for n in [e.name, *e.aliases]:
                if n != name and n not in aliases and name_key(n) != name_key(name):
                    aliases.append(n)
        first = members[0]
        merged = Entity(
            name=name,
            type=first.type,
            aliases=aliases,
            places=next((e.places for e in members if e.places), []),
            part_of=next((e.part_of for e in members if e.part_of), None),
            mentions=[m for e in members for m in e.mentions],
        )
        out.append(merged)
    return out


def variant_key(name: str) -> str:
    """Return :func:`name_key` with spelling variants folded.

    ``渝黔高速公路`` → ``渝黔高速``; ``G75渝黔高速`` → ``渝黔高速``; ``国道210`` → ``210国道``.
    """
    key = name_key(name)
    key = re.sub(r"高速公路$", "高速", key)
    key = re.sub(r"^[GS]\d{1,4}(?=[^\d国省])", "", key)
    return re.sub(r"^(国道|省道)(\d+)$", r"\2\1", key)


def line_key(name: str, type_: EntityType) -> str | None:
    """Return an abbreviation key of a railway or highway name, or None.

    ``重庆至昆明铁路`` and ``渝昆高铁`` both give ``渝昆``; sections give None so a
    section never merges with its line.
    """
    if type_ not in (EntityType.RAILWAY, EntityType.HIGHWAY) or "段" in name:
        return None
    body = re.sub(r"(高速铁路|高铁|城际铁路|铁路|高速公路|高速)$", "", re.sub(r"^[GS]\d+", "", name))
    if body == name:
        return None
    parts = [p for p in re.split("[至—\\-]", body) if p]
    if len(parts) >= 2:
        abbr = "".join(_ABBR_OF.get(p, p[:1]) for p in parts)
    else:
        abbr = body
    return f"{abbr}:{'r' if type_ is EntityType.RAILWAY else 'h'}" if 2 <= len(abbr) <= 4 else None


_ABBR_OF = {
    "重庆": "渝", "成都": "成", "昆明": "昆", "贵阳": "贵", "泸州": "泸", "遂宁": "遂", "綦江": "綦",
    "遵义": "遵", "宜宾": "宜", "内江": "内", "自贡": "自", "绵阳": "绵", "达州": "达", "万州": "万",
    "西安": "西", "长沙": "长", "兰州": "兰", "广安": "广", "南充": "南", "涪陵": "涪", "江津": "津",
}


# --------------------------------------------------------------------------- work text


def _join_broken_lines(text: str) -> tuple[str, list[int]]:
    """Join a line break (and its spaces) that splits a name, keeping a map to ``text``.

    A break is joined when it sits between two Chinese characters and the line
    before it is running text (8+ characters holding a comma, 、 or 。), not a
    heading: "江津—綦江—万盛—桐\\n梓高速".
    """
    parts: list[str] = []
    index: list[int] = []
    pos = 0
    line_start = 0
    for m in _BREAK_RE.finditer(text):
        i, j = m.start(), m.end()
        line = text[line_start:i]
        line_start = j
        if not (len(line) >= 8 and _RUNNING_RE.search(line) and _CJK_RE.match(text, i - 1) and _CJK_RE.match(text, j)):
            continue
        parts.append(text[pos:i])
        index.extend(range(pos, i))
        pos = j
    parts.append(text[pos:])
    index.extend(range(pos, len(text)))
    return "".join(parts), index


_BREAK_RE = re.compile("\n[ \t\u3000]*")
_RUNNING_RE = re.compile("[,，、。]")
_CJK_RE = re.compile(f"[{_CJK}]")


def _mask_lead_units(work: str) -> str:
    """Blank out "(牵头单位:…)" brackets so unit names are not taken for projects."""
    return _LEAD_SPAN_RE.sub(lambda m: "\u3000" * len(m.group()), work)


# --------------------------------------------------------------------------- candidates


def _find_candidates(work: str) -> list[_Cand]:
    """Return every accepted candidate name in ``work``, in text order."""
    heads = [(m.start(), m.end(), _HEAD_TYPES[int(m.lastgroup[1:])]) for m in _head_matches(work)]
    cands: list[_Cand] = []
    taken: list[tuple[int, int]] = []
    group = 0
    for k, (hs, he, typ) in enumerate(heads):
        recent = taken[-40:]  # spans are made left to right; only recent ones can cover a head
        if _inside(recent, hs, he) or work[he : he + 1] in ("网", "群"):
            continue
        if not _is_terminal(work, he, heads[k + 1 : k + 4]):
            continue
        floor = max((b for a, b in recent if b <= hs), default=0)
        found = _candidate_at(work, hs, he, typ, group, floor)
        group += 1
        for c in found:
            taken.append((c.start, c.end))
            if c.name:
                cands.append(c)
    cands.extend(_code_roads(work, taken))
    cands.extend(_rivers(work, taken))
    cands.sort(key=lambda c: (c.start, -c.end))
    return cands


def _head_matches(work: str) -> list[re.Match[str]]:
    """Return head matches, trying every position so nested heads are all seen.

    Of heads ending at the same place only the longest is kept ("无水港", not "港").
    """
    out: list[re.Match[str]] = []
    ends: set[int] = set()
    pos = 0
    while True:
        m = _HEAD_RE.search(work, pos)
        if m is None:
            return out
        if m.end() not in ends:
            out.append(m)
            ends.add(m.end())
        pos = m.start() + 1


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _is_terminal(work: str, he: int, later: list[tuple[int, int, EntityType]]) -> bool:
    """Return False when the name goes on past this head to a later head ("空港物流园")."""
    if work.startswith(lx.DESCRIPTORS, he) or _WORKS_SECTION_RE.match(work, he):
        return True
    if work.startswith("至", he) and _PLACE_RE.match(work, he + 1):
        return False
    for hs2, _he2, t2 in later:
        if hs2 < he:
            continue
        gap = work[he:hs2]
        if t2 in lx.LINE_LIKE and work[he - 1 : he] in "铁速路" and gap and all(c in lx.ABBREVIATIONS for c in gap):
            return True  # "宜泸渝高速渝昆高铁": two lines written back to back
        if hs2 - he > 8:
            return True
        if not all(_NAME_CHAR.match(c) for c in gap):
            return True
        sec = _SECTION_RE.match(work, he)
        if _STOP_RE.search(gap) or _CUE_RE.search(gap) or (sec and _section_ok(sec.group("sec"))):
            return True
        return False
    return True


def _left_start(work: str, hs: int, limit: int = 24) -> int:
    """Return where the name ending at head ``hs`` starts (after the last stop word)."""
    i = hs
    depth = 0
    lo = max(0, hs - limit)
    while i > lo:
        ch = work[i - 1]
        if ch in ")）":
            depth += 1
        elif ch in "(（":
            if depth == 0:
                break
            depth -= 1
        elif ch in "”\"":
            j = work.rfind("“", lo, i - 1)
            if j < 0 or depth:
                break
            i = j
            continue
        elif not _NAME_CHAR.match(ch) and not (depth and ch not in "\n,，。;；"):
            break
        i -= 1
    span = work[i:hs]
    cut = 0
    protected = _protected(span)
    for m in _STOP_RE.finditer(span):
        if any(a <= m.start() < b for a, b in protected):
            continue
        cut = max(cut, m.end())
    return i + cut


def _protected(span: str) -> list[tuple[int, int]]:
    """Spans of ``span`` where a stop word is not a stop: places and brackets."""
    out = [(m.start(), m.end()) for m in _PLACE_RE.finditer(span)]
    out += [(m.start(), m.end()) for m in _BRACKET_RE.finditer(span)]
    return out


def _candidate_at(work: str, hs: int, he: int, typ: EntityType, group: int, floor: int) -> list[_Cand]:
    """Build the candidate(s) whose head is ``work[hs:he]``: a name, a list, a section."""
    head = work[hs:he]
    start = max(_left_start(work, hs), floor)
    modifier = work[start:hs]
    before = work[max(0, start - 1) : start]
    end = he
    trailer = _TRAILER_RE.match(work, end)
    if trailer:
        end = trailer.end()
    out: list[_Cand] = []
    # a coordinated list sharing this head: "A、B等5个高铁项目"
    dengs = [m.start() for m in _DENG_RE.finditer(work, max(0, hs - 12), hs)]
    deng = dengs[-1] if dengs else -1
    if deng >= 0 and lx.LIST_FILLERS.match(work[deng + 1 : hs]) and not _HEAD_RE.search(work, deng + 1, hs):
        filler = work[deng + 1 : hs]
        ends_here = not (_HEAD_RE.match(work, end) or work[end : end + 2] in ("供水", "重大"))
        if not lx.ROLE_FILLERS.search(filler) and not _NEG_RE.search(filler) and ends_here:
            out.extend(_list_items(work, deng, head, typ, group))
            return out
        if filler == "" or lx.ROLE_FILLERS.search(filler):
            return out  # "…等区域性物流中心": a list of roles names no item
    code = bool(_SELF_NAMED_RE.fullmatch(head))
    if code and _CODE_LIST_RE.match(work, end):
        return out  # "G0615久治至马尔康、G4216…等高速公路": the list item carries it
    while start < hs and work[start] in "—-–·":
        start += 1
        modifier = work[start:hs]
    name = work[start:end]
    if not _acceptable(modifier, head, name) and not _SELF_NAMED_RE.fullmatch(head):
        return out
    if (_NEG_RE.match(work, end) and not work.startswith("口岸", end)) or work.startswith(lx.NEGATIVE_AFTER, end):
        return out
    if _in_negative_list(work, end) or _route_part(modifier):
        return out
    cand = _Cand(start, end, _clean(name), typ, group=group)
    # a section: "渝昆高铁江津至泸州段", "潼荣高速(潼南段)"
    works = _WORKS_RE.match(work, end) if typ in lx.LINE_LIKE else None
    sec_at = works.end() if works else end
    sec = _SECTION_RE.match(work, sec_at) if typ in lx.LINE_LIKE else None
    if works is None and head in ("梯级渠化", "航道整治") and sec and _HEAD_RE.search(modifier):
        # "綦河航道梯级渠化(江口至桥河段)": the line is the modifier, the works are the head
        line_end = max(m.end() for m in _HEAD_RE.finditer(modifier))
        if line_end == len(modifier):
            cand = _Cand(start, hs, _clean(work[start:hs]), typ, group=group)
            works = True
    if sec and _section_ok(sec.group("sec")):
        parent = _Cand(cand.start, cand.end, cand.name, typ, group=group, implied=True)
        whole = _clean(work[start : sec.end()])
        cand = _Cand(start, sec.end(), whole, typ, group=group)
        cand.part_of = parent.name
        cand.places = _split_places(sec.group("sec"))
        if sec.group("open") or works:
            cand.aliases.append(whole)
            cand.name = parent.name + sec.group("sec") + "段"
        out.append(parent)
    elif typ in lx.LINE_LIKE and (pair := _PAIR_SECTION_RE.match(work, end)) and (
        _all_places(pair.group("sec")) or re.fullmatch(r"[GS]\d+", head)
    ):
        parent = _Cand(start, end, cand.name, typ, group=group, implied=True)
        whole = _clean(work[start : pair.end()])
        cand = _Cand(start, pair.end(), whole + "段", typ, group=group)
        cand.aliases.append(whole)
        cand.part_of = parent.name
        cand.places = _split_places(pair.group("sec"))
        out.append(parent)
    note = _ANNOTATION_RE.match(work, cand.end)
    if note:
        alias = _ALIAS_RE.search(work, cand.end, note.end())
        if alias and _is_alias(alias.group("alias"), typ):
            cand.aliases.append(alias.group("alias"))
        # a bracket right after a name annotates it; nothing in it is a separate item
        out.append(_Cand(note.start(), note.end(), "", typ, group=-2))
    if not cand.places:
        cand.places = _places_of(cand.name, head)
    _variant_aliases(cand, head)
    inner = _inner_parent(cand, work, hs)
    if inner is not None:
        out.append(inner)
    out.append(cand)
    # headless items before it share its head: "雅安、万源、城口支线机场"
    shared_later = _list_follows(work, cand.end, typ)
    if work[start - 1 : start] in _LIST_SEP and typ in lx.SHARED_HEAD_TYPES and not shared_later and not code:
        core = _core_head(head)
        items = _list_items(work, start - 1, head, typ, group, strict=True)
        plain = re.sub(r"(支线|大中型|大型)$", "", modifier)
        if items and not cand.part_of and (core != head or plain != modifier):
            cand.aliases.append(cand.name)
            cand.name = _clean(plain) + core
        out.extend(items)
    return out


def _list_follows(work: str, pos: int, typ: EntityType) -> bool:
    """Return whether a valid "等 + head" of type ``typ`` follows ``pos`` ("…、沿江货运铁路等铁路")."""
    later = _LATER_RE.match(work, pos)
    if not later:
        return False
    for m in _HEAD_RE.finditer(work, pos + 1, later.end()):
        filler = work[pos + 1 : m.start()]
        if _HEAD_TYPES[int(m.lastgroup[1:])] is typ and lx.LIST_FILLERS.match(filler) and not lx.ROLE_FILLERS.search(filler):
            return not (_HEAD_RE.match(work, m.end()) or work[m.end() : m.end() + 2] in ("供水", "重大"))
    return False


def _in_negative_list(work: str, end: int) -> bool:
    """Return whether the item is one of a list of non-items ("春熙路、…等世界知名商圈", "…图书馆、博物馆合作联盟")."""
    dash = _DASH_ITEM_RE.match(work, end)  # "春熙路—太古里、…": a pair joined by a dash
    end = dash.end() if dash else end
    if work[end : end + 1] not in _LIST_SEP:
        return False
    m = _CLAUSE_BREAK.search(work, end)
    rest = work[end : m.start() if m else len(work)]
    if "等" in rest:
        tail = rest[rest.rindex("等") + 1 :]
    else:  # no shared noun: look only at what follows the last item's head ("博物馆合作联盟")
        heads = list(_HEAD_RE.finditer(rest))
        tail = re.split("[、和及与]", rest[heads[-1].end() :])[0] if heads else ""
    cut = [x.start() for x in (_STOP_RE.search(tail), _CUE_RE.search(tail)) if x]
    tail = tail[: min(cut)] if cut else tail  # only the noun the list shares, not the verb after it
    return bool(lx.TAIL_NEGATIVE.search(_PLACE_RE.sub("", tail)))


def _route_part(modifier: str) -> bool:
    """Return whether a dash-joined modifier strings several sites together (a tour route)."""
    parts = modifier.split("—")
    return len(parts) > 1 and any(_HEAD_RE.search(p) for p in parts[:-1])


def _variant_aliases(cand: _Cand, head: str) -> None:
    """Add the usual variants of a name as aliases (with/without 工程, the bare section)."""
    name = cand.name
    if name.endswith("工程") and len(name) > 4:
        cand.aliases.append(name[:-2])
    elif cand.type is EntityType.WATER and not name.endswith(("水库", "灌区", "治理", "整治")):
        cand.aliases.append(name + "工程")
    body = name[: len(name) - len(head)] if name.endswith(head) else ""
    if body.endswith("段"):
        cand.aliases.append(body)


def _acceptable(modifier: str, head: str, name: str) -> bool:
    """Return whether ``modifier`` + ``head`` names one specific item."""
    if not modifier or _NEG_RE.search(_PLACE_RE.sub("", name)) or lx.NEGATIVE_SUFFIX.search(name) or name in lx.PLACE_SET:
        return False
    if _COUNT_RE.match(modifier):
        return False
    # a quoted slogan ("水公铁") is not a proper name unless it holds a place
    modifier = re.sub(r"“([^”]*)”", lambda q: q.group(1) if _PLACE_RE.search(q.group(1)) else "", modifier)
    proper = _GENERIC_RE.sub("", re.sub(r"[(（][^)）]*[)）]|[“”\"·—\-]", "", modifier))
    has_place = bool(_PLACE_RE.search(modifier)) or bool(re.search(r"[A-Za-z]\d|\d{2,}", modifier))
    need = lx.MIN_MODIFIER.get(head, 1)
    bare = _PLACE_RE.sub("", proper)
    if head == "站" and (len(modifier) > 6 or not (has_place or len(modifier) <= 3)):
        return False
    if head in lx.ROLE_HEADS and lx.ROLE_WORDS.search(modifier):
        return False  # "长江上游区域性航运物流中心": a role to play, not a site
    if has_place and not bare and (head in lx.ROLE_HEADS or lx.ROLE_WORDS.search(modifier)):
        return False  # a city's role ("成都国家重要商贸物流中心"), not a site
    if has_place:
        return len(modifier) >= need
    if head in lx.DISTINCTIVE_HEADS and _REGION_RE.fullmatch(modifier):
        return True  # "西部科学城": a region word is enough before a distinctive head
    return len(proper) >= max(need, 1)


def _list_items(
    work: str, pos: int, head: str, typ: EntityType, group: int, *, strict: bool = False
) -> list[_Cand]:
    """Return the items of a coordinated list ending just before ``work[pos]``.

    ``pos`` is the index of 等 (or of the separator before the last item).
    Items that carry a head of their own are skipped (they are found on their
    own); the walk stops at the first item that starts after a stop word.
    """
    out: list[_Cand] = []
    end = pos
    core = _core_head(head)
    while end > 0:
        start = end
        while start > 0 and (_NAME_CHAR.match(work[start - 1]) or work[start - 1] in "()（）") and work[start - 1] not in _LIST_SEP:
            start -= 1
        item = work[start:end]
        protected = _protected(item)
        cut = 0
        for m in _STOP_RE.finditer(item):
            if not any(a <= m.start() < b for a, b in protected):
                cut = max(cut, m.end())
        stopped = cut > 0 or start == 0 or work[start - 1] not in _LIST_SEP
        item_start = start + cut
        item = work[item_start:end]
        own = [m for m in _HEAD_RE.finditer(item) if m.end() == len(item) or item.endswith("段")]
        if item and not own:
            if strict and not (_place_like(item) or (2 <= len(item) <= 5 and not _GENERIC_RE.search(item))):
                break
            if 1 <= len(item) <= 16 and not _NEG_RE.search(item) and _GENERIC_RE.fullmatch(item) is None:
                note = _ALIAS_RE.search(item)
                alias = note.group("alias") if note and _is_alias(note.group("alias"), typ) else None
                bare = item.replace(note.group(), "") if alias else item
                name = _clean(bare) + core
                cand = _Cand(item_start, end, name, typ, group=group)
                if alias:
                    cand.aliases.append(alias)
                if head != core:
                    cand.aliases.append(_clean(bare) + head)
                cand.places = _places_of(name, core)
                _variant_aliases(cand, core)
                out.append(cand)
        elif item and strict:
            break
        if stopped:
            break
        end = start - 1
    out.reverse()
    return out


def _place_like(item: str) -> bool:
    """Return whether a headless list item looks like a place or a place pair."""
    bare = re.sub(r"[(（][^)）]*[)）]", "", item)
    if "至" in bare or "—" in bare:
        return True
    if _PLACE_RE.fullmatch(re.sub(r"(?<=.)(中部|南部|北部|东部|西部|片区)$", "", bare)):
        return True
    return 2 <= len(bare) <= 4 and all(c in lx.ABBREVIATIONS for c in bare)


def _core_head(head: str) -> str:
    """Drop 工程/项目 and size words from a shared head ("航电枢纽工程" → "航电枢纽")."""
    core = re.sub(r"(工程|项目)$", "", head)
    return re.sub(r"^(支线|大中型)", "", core) or head


def _section_ok(sec: str) -> bool:
    """Return whether the text before 段 names a stretch (places, 至, abbreviations)."""
    if _STOP_RE.search(sec) and not _PLACE_RE.search(sec) or _HEAD_RE.search(sec.replace("站", "")):
        return False
    if "至" in sec:
        return True
    if _PLACE_RE.fullmatch(sec):
        return True
    return 2 <= len(sec) <= 3 and all(c in lx.ABBREVIATIONS for c in sec)


def _all_places(sec: str) -> bool:
    """Return whether every part of "X至Y" is made of known places."""
    return all(re.fullmatch(f"(?:{_PLACE_RE.pattern})+", p) for p in sec.split("至"))


def _is_alias(text: str, typ: EntityType) -> bool:
    """Return whether a bracketed text is another name of the same item."""
    text = re.sub(f"(?:{_TRAILER_RE.pattern})$", "", text)
    heads = [m for m in _HEAD_RE.finditer(text) if _HEAD_TYPES[int(m.lastgroup[1:])] is typ]
    if text.endswith("段"):
        return bool(heads)
    return bool(heads) and heads[-1].end() == len(text) and heads[-1].start() > 0


def _inner_parent(cand: _Cand, work: str, hs: int) -> _Cand | None:
    """A line or port named inside a longer name becomes the parent ("二环路千凤路")."""
    if cand.part_of:
        return None
    body = work[cand.start : hs]
    kinds = {
        EntityType.RAIL_STATION: (EntityType.RAILWAY,),
        EntityType.PORT: (EntityType.PORT,),
        EntityType.HIGHWAY: (EntityType.HIGHWAY,),
    }.get(cand.type)
    if not kinds:
        return None
    for m in _HEAD_RE.finditer(body):
        t = _HEAD_TYPES[int(m.lastgroup[1:])]
        if t in kinds and m.start() > 0 and len(body) - m.end() >= 2:
            pname = _clean(body[: m.end()])
            if not _acceptable(body[: m.start()], m.group(), pname):
                return None
            cand.part_of = pname
            return _Cand(cand.start, cand.start + m.end(), pname, t, group=cand.group, implied=True)
    return None


def _code_roads(work: str, taken: list[tuple[int, int]]) -> list[_Cand]:
    """Numbered roads written without a name: "省道213、214" → 省道213, 省道214."""
    out = []
    for m in _CODE_ROAD_RE.finditer(work):
        if m.group("kind") is None or _inside(taken, m.start(), m.end()):
            continue
        kind = m.group("kind")
        pos = m.start("nums")
        for num in re.findall(r"\d+", m.group("nums")):
            s = work.index(num, pos)
            out.append(_Cand(m.start() if s == m.start("nums") else s, s + len(num), kind + num, EntityType.HIGHWAY))
            pos = s + len(num)
    return out


_RIVER_WORK_RE = re.compile(r"(?:流域)?(?:生态|水环境|综合|防洪)?(?:治理|整治|重塑|修复)")
_RIVER_LIST_RE = re.compile(rf"(?:[{_CJK}]{{1,4}}?(?:河|江|溪)、)*[{_CJK}]{{1,4}}?(?:河|江|溪)$")


def _rivers(work: str, taken: list[tuple[int, int]]) -> list[_Cand]:
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
            for sm in _STOP_RE.finditer(item):
                cut = max(cut, sm.end())
            name = item[cut:]
            if _inside(taken, s + cut, pos) or any(a < pos and s + cut < b for a, b in taken):
                continue
            if len(name) >= 2 and not _GENERIC_RE.fullmatch(name[:-1] or "x") and name[:-1] not in ("长", "大", "小"):
                out.append(_Cand(s + cut, pos, name, EntityType.WATER))
    return out


def _clean(name: str) -> str:
    """Return a name without quote marks and line breaks."""
    return _QUOTES_RE.sub("", name)


def _split_places(sec: str) -> list[str]:
    parts = [p for p in re.split("[至—]", sec) if p]
    return parts if len(parts) >= 2 else [sec]


def _places_of(name: str, head: str) -> list[str]:
    """Return the ordered places a name connects ("宜宾至泸州至永川…") or starts with."""
    body = name[: len(name) - len(head)] if name.endswith(head) else name
    body = re.sub(r"[(（][^)）]*[)）]|[A-Za-z]+\d+", "", body)
    parts = [p for p in re.split("[至—\\-]|经", body) if p]
    if len(parts) >= 2:
        return parts
    m = _PLACE_RE.match(body)
    return [m.group()] if m else []


# --------------------------------------------------------------------------- mentions


def _mention(source: SourceText, work: str, index: list[int], cand: _Cand, cands: list[_Cand]) -> Mention:
    """Return the mention of ``cand`` with its evidence and clause attributes."""
    ts, te = index[cand.start], index[cand.end - 1] + 1
    rs, re_ = source.raw_span(ts, te)
    s_start, s_end = _sentence(work, cand.start, cand.end)
    q0, q1 = index[s_start], index[s_end - 1] + 1 if s_end > s_start else index[s_start]
    stage = Stage.UNSPECIFIED if cand.implied else _stage(work, cand, cands)
    date = source.meta.date
    year = None if cand.implied else _target_year(work, cand, cands, date.year if date else None)
    return Mention(
        doc=source.name,
        text=source.text[ts:te],
        quote=source.text[q0:q1].strip(),
        start=rs,
        end=re_,
        stage=stage,
        target_year=year,
        lead_unit=_lead_unit(work, cand.end),
        doc_date=date,
    )


def _sentence(work: str, s: int, e: int) -> tuple[int, int]:
    breaks = _breaks(work, _SENTENCE_BREAK)
    k = bisect.bisect_left(breaks, s)
    a = breaks[k - 1] + 1 if k else 0
    m = _SENTENCE_BREAK.search(work, e)
    b = m.end() if m and work[m.start()] != "\n" else (m.start() if m else len(work))
    return a, b


_BREAK_CACHE: dict[tuple[int, str], tuple[str, list[int]]] = {}


def _breaks(work: str, pattern: re.Pattern[str]) -> list[int]:
    """Positions of ``pattern`` breaks in ``work`` (memoised for the document being read)."""
    key = (id(work), pattern.pattern)
    hit = _BREAK_CACHE.get(key)
    if hit is None or hit[0] is not work:
        if len(_BREAK_CACHE) > 8:
            _BREAK_CACHE.clear()
        hit = (work, [m.start() for m in pattern.finditer(work)])
        _BREAK_CACHE[key] = hit
    return hit[1]


def _cues_in(work: str, a: int, b: int) -> list[re.Match[str]]:
    """Stage cues starting in ``[a, b)``, found once per document."""
    key = (id(work), "cues")
    hit = _BREAK_CACHE.get(key)
    if hit is None or hit[0] is not work:
        matches = list(_CUE_RE.finditer(work))
        hit = (work, matches)
        _BREAK_CACHE[key] = hit  # type: ignore[assignment]
    matches = hit[1]
    lo = bisect.bisect_left(matches, a, key=lambda m: m.start())
    hi = bisect.bisect_left(matches, b, key=lambda m: m.start())
    return [m for m in matches[lo:hi] if m.end() <= b]


def _near(cands: list[_Cand], a: int, b: int) -> list[_Cand]:
    """Candidates starting in ``[a, b)`` (``cands`` is sorted by start)."""
    lo = bisect.bisect_left(cands, a, key=lambda c: c.start)
    hi = bisect.bisect_left(cands, b, key=lambda c: c.start)
    return cands[lo:hi]


def _clause(work: str, s: int, e: int) -> tuple[int, int]:
    breaks = _breaks(work, _CLAUSE_BREAK)
    k = bisect.bisect_left(breaks, s)
    a = breaks[k - 1] + 1 if k else 0
    m = _CLAUSE_BREAK.search(work, e)
    return a, (m.start() if m else len(work))


def _stage(work: str, cand: _Cand, cands: list[_Cand]) -> Stage:
    """Return the stage the governing clause gives the item (specific cues win)."""
    a, b = _clause(work, cand.start, cand.end)
    if work.startswith(lx.SERVICE_WORDS, cand.end):
        return Stage.UNSPECIFIED  # "开通重庆至成都高铁公交化列车": the cue is about a train service
    others = [(c.start, c.end) for c in _near(cands, a, b) if c is not cand and c.name]
    cues = [m for m in _cues_in(work, a, b) if not _inside(others, m.start(), m.end())]
    lead = [m for m in cues if m.end() <= cand.start]
    # trailing cues: up to the next other item, or in the list's shared tail ("…等项目前期工作")
    nxt = min((s for s, _e in others if s >= cand.end), default=b)
    last = max((e for _s, e in others if e > cand.end), default=cand.end)
    tail = work[last:b]
    tail_from = last + tail.rfind("等") if "等" in tail else (b if "、" in tail else last)
    mask = list(work[cand.end : last])
    for s_, e_ in others:
        for k in range(max(s_, cand.end), min(e_, last)):
            mask[k - cand.end] = ""
    between = "".join(mask)
    in_list = _LIST_GAP_RE.fullmatch(between) is not None
    trail = [m for m in cues if cand.end <= m.start() < nxt or (in_list and m.start() >= max(tail_from, cand.end))]
    # a cue glued to the end of another item is that item's ("渝筑高速永城段改线、扶欢…")
    ends = [e_ for _s, e_ in others]
    lead = [
        m
        for m in lead
        if not any(e_ <= m.start() and _GLUE_RE.fullmatch(work, e_, m.start()) for e_ in ends)
        and work[m.end() : m.end() + 1] not in _LIST_SEP
    ]
    found = []
    trail_cues = [_cue(m) for m in trail]
    best = next((c for c in trail_cues if c[1] and c[0] not in (Stage.UPGRADE, Stage.UNSPECIFIED)), None)
    if best:
        found.append(best)
    elif trail_cues:
        found.append(trail_cues[0])
    if lead:
        found.append(_cue(lead[-1]))
    for specific in (True, False):
        for stage, spec in found:
            if spec is specific and stage not in (Stage.UPGRADE, Stage.UNSPECIFIED):
                return stage
        for stage, spec in found:
            if spec is specific and stage is Stage.UPGRADE:
                return stage
    # no cue in its clause: a milestone later in the sentence, before the next item, governs it
    # ("推进X建设,今年内建成通车")
    _s0, s1 = _sentence(work, cand.start, cand.end)
    nxt_item = min((c.start for c in _near(cands, b, s1) if c.name), default=s1)
    dated = _YEAR_RE.search(work, b, nxt_item) or _REL_YEAR_RE.search(work, b, nxt_item)
    later = [_cue(m) for m in _cues_in(work, b, nxt_item)] if dated else []
    for stage, spec in later:
        if spec and stage is not Stage.UNSPECIFIED:
            return stage
    # the name itself may carry the works ("供水改扩建工程")
    own = [_cue(m)[0] for m in _CUE_RE.finditer(cand.name)]
    return Stage.UPGRADE if Stage.UPGRADE in own else Stage.UNSPECIFIED


def _target_year(work: str, cand: _Cand, cands: list[_Cand], doc_year: int | None) -> int | None:
    """Return the year the clause sets for the item, relative years resolved."""
    a, _ = _clause(work, cand.start, cand.end)
    _, b = _sentence(work, cand.start, cand.end)
    nxt = min((c.start for c in _near(cands, cand.end, b) if c.group != cand.group), default=b)
    stop = min(b, nxt)
    for lo, hi in ((cand.end, stop), (a, cand.start)):
        m = _YEAR_RE.search(work, lo, hi)
        if m:
            return int(m.group("year"))
        r = _REL_YEAR_RE.search(work, lo, hi)
        if r and doc_year:
            return doc_year + (1 if r.group(1) == "明年" else 0)
    # "到2025年,建成…": a year heading the sentence governs its items
    s0, _ = _sentence(work, cand.start, cand.end)
    m = _LEAD_YEAR_RE.match(work, s0, a)
    return int(m.group(1)) if m and _CUE_RE.search(work, a, cand.start) else None


def _lead_unit(work: str, pos: int) -> str | None:
    """Return the lead unit of the task the mention sits in ("(牵头部门:区交委)")."""
    end = work.find("\n", pos)
    m = _LEAD_RE.search(work, pos, end if end >= 0 else len(work))
    return m.group(1).strip() if m else None
