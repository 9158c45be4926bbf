"""Find candidate project names in the work text: heads, lists, sections, roads, rivers."""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.finders import (
    code_roads,
    counted_lists,
    hash_roads,
    joined_water_works,
    listed_sections,
    local_code_roads,
    more_phases,
    more_sections,
    quoted_golden_waterways,
    river_stretches,
    rivers,
    route_roads,
    route_works,
)
from geo.extract.names import (
    acceptable,
    all_places,
    clean_name,
    core_head,
    is_alias,
    place_like,
    places_of,
    protected_spans,
    section_ok,
    split_places,
    variant_aliases,
)
from geo.extract.parts import bare_parts, part_owners
from geo.extract.patterns import (
    ALIAS_RE,
    ANNOTATION_RE,
    CJK,
    CLAUSE_BREAK,
    CODE_LIST_RE,
    CUE_RE,
    DASH_ITEM_RE,
    DENG_RE,
    GENERIC_RE,
    HEAD_RE,
    HEAD_TYPES,
    LATER_RE,
    LIST_SEP,
    MULTI_GENERIC_RE,
    NAME_CHAR,
    NEG_RE,
    PAIR_SECTION_RE,
    SECTION_RE,
    SELF_NAMED_RE,
    SENTENCE_BREAK,
    STOP_RE,
    TRAILER_RE,
    WORKS_RE,
    WORKS_SECTION_RE,
    Cand,
    inside_span,
    place_re,
    region_part_re,
)
from geo.extract.projects import project_lists
from geo.extract.sites import landmark_stop, not_a_site
from geo.model import EntityType


def find_candidates(work: str) -> list[Cand]:
    """Return every accepted candidate name in ``work``, in text order."""
    heads = [(m.start(), m.end(), HEAD_TYPES[int(m.lastgroup[1:])]) for m in head_matches(work)]
    cands: list[Cand] = []
    taken: list[tuple[int, int]] = []
    group = 0
    for k, (hs, he, typ) in enumerate(heads):
        recent = taken[-40:]  # spans are made left to right; only recent ones can cover a head
        if inside_span(recent, hs, he) or work[he : he + 1] in ("网", "群") or _PLACE_AFTER_HEAD_RE.match(work, he):
            continue
        if not _is_terminal(work, he, heads[k + 1 : k + 4], typ):
            continue
        floor = max((b for a, b in recent if b <= hs), default=0)
        found = _candidate_at(work, hs, he, typ, group, floor)
        if cands and not any(c.name for c in found):
            found = _item_without_its_place(work, cands[-1], hs, he, typ, group) or found
        group += 1
        for c in found:
            taken.append((c.start, c.end))
            if c.name:
                cands.append(c)
    cands.extend(code_roads(work, taken))
    cands.extend(local_code_roads(work, taken))
    cands.extend(river_stretches(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(route_roads(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(quoted_golden_waterways(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(route_works(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(hash_roads(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(rivers(work, taken))
    cands.extend(project_lists(work, taken, group))
    cands.extend(listed_sections(work, cands, taken))
    cands.extend(more_sections(work, cands, taken))
    cands.extend(more_phases(work, cands, taken))
    cands.extend(counted_lists(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(bare_parts(work, cands, taken))
    owners = part_owners(work, cands)
    cands = [c for c in cands if not any(c is o for o in owners)]
    cands.sort(key=lambda c: (c.start, -c.end))
    return _appositions(work, joined_water_works(work, cands))


def _appositions(work: str, cands: list[Cand]) -> list[Cand]:
    """Name an item written again in apposition after 即 with the first name ("X铁路A至B段,即Y高铁",
    "X铁路全线(即X铁路复线)"): the second name is an alias of the first, not another item."""
    by_end: dict[int, Cand] = {}
    for c in cands:
        if not c.implied and c.group != -2 and (c.end not in by_end or c.start < by_end[c.end].start):
            by_end[c.end] = c
    for c in cands:
        gap = _APPOSITION_RE.search(work, max(0, c.start - 6), c.start)
        first = by_end.get(gap.start()) if gap else None
        if first is None or first is c or first.type is not c.type or c.implied or work[c.end : c.end + 1] in _LIST_JOINERS:
            continue  # "X铁路,即Y铁路和Z铁路": a list of parts after 即, not a second name of X
        first.aliases.append(c.name)
        c.aliases.append(c.name)
        c.name, c.part_of, c.places = first.name, first.part_of, list(first.places)
    return cands


#: A village's, town's or township's suffix closing a word right after a head: the head is part of the
#: place's name ("彭阳至大桥村等高速公路", "X县隧道乡、Y乡"), not a head ("X大桥村民" is the bridge's villagers).
_PLACE_AFTER_HEAD_RE = re.compile(r"[村镇乡](?=[、和及与等,，。;；:：\s)）]|$)")


#: A route's end written with 从/至/到 right before a name, or with 起 before a place and 的.
_ROUTE_FROM_TO_RE = re.compile(r"(?:[从至到]|起[^,，。;；]{1,16}的)$")


#: Characters that join a list's items.
_LIST_JOINERS = ("和", "、", "及", "与")

#: The words between two names of one item in apposition: "X,即Y", "X全线(即Y)".
#: Also a second name given with 又称/也称/俗称/又名 ("X高速公路,又称“Y高速”,…").
_APPOSITION_RE = re.compile(r"(?:全线)?[,，(（](?:即|又称|也称|亦称|俗称|又名|也叫|又叫)[“\"]?$")


def head_matches(work: str) -> list[re.Match[str]]:
    """Return head matches, trying every position so nested heads are all seen.

    Of heads ending at the same place only the longest is kept ("无水港", not "港").
    """
    out: list[re.Match[str]] = []
    ends: set[int] = set()
    pos = 0
    while True:
        m = HEAD_RE.search(work, pos)
        if m is None:
            return out
        if m.end() not in ends:
            out.append(m)
            ends.add(m.end())
        pos = m.start() + 1


def _is_terminal(work: str, he: int, later: list[tuple[int, int, EntityType]], typ: EntityType) -> bool:
    """Return False when the name goes on past this head to a later head ("空港物流园")."""
    if work.startswith(lx.DESCRIPTORS, he) or WORKS_SECTION_RE.match(work, he):
        return True
    if work.startswith("至", he) and place_re().match(work, he + 1):
        # "重庆北站至成都东站": two stations of a service; "重庆西站至潼南段": a section's name
        nxt = next((t2 for hs2, _he2, t2 in later if hs2 > he), None)
        return typ is EntityType.RAIL_STATION and nxt is EntityType.RAIL_STATION
    for hs2, _he2, t2 in later:
        if hs2 < he:
            continue
        if work.startswith("扩容", hs2) and t2 in lx.LINE_LIKE:
            return True  # "成乐高速扩容项目": the widening works of the line named before
        gap = work[he:hs2]
        if lx.COPULA_RE.match(gap):
            return True  # "X水库属中型水库": the item, then its kind
        if t2 in lx.LINE_LIKE and work[he - 1 : he] in "铁速路" and gap and all(c in lx.ABBREVIATIONS for c in gap):
            return True  # "宜泸渝高速渝昆高铁": two lines written back to back
        if hs2 - he > 8 or (lx.negative_after(work, _he2) and not HEAD_RE.match(work, _he2)):
            return True  # far away, or a head word used as a modifier ("港区铁路集疏运体系", not "…集疏运中心")
        origin = _LINE_FROM_RE.search(work, max(0, he - 4), he + 1)
        if typ in lx.LINE_LIKE and origin and origin.end() == he + 1:
            return True  # "X铁路自Y站引出": the line, then where it leaves from
        if "——" in gap:
            return True  # "成渝高速公路——快速路四横线": a double dash joins two items, it is no part of a name
        if not all(NAME_CHAR.match(c) for c in gap) or _COUNT_TAIL_RE.fullmatch(gap) or _LENGTH_RE.search(gap):
            return True  # punctuation, a count of a list ("合川站3座车站"), a length ("X枢纽渠化81公里航道")
        sec = SECTION_RE.match(work, he)
        if STOP_RE.search(gap) or CUE_RE.search(gap) or (sec and section_ok(sec.group("sec"))):
            return True
        return False
    return True


#: Role fillers that rank a list rather than name its items' roles: a list of routes before one still names items.
_RANK_FILLERS = frozenset({"一批", "国家", "重要"})
#: The last item of a list ending in a route named by its ends ("…、C至D等一批高速公路").
_ROUTE_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{2,6}[至到][\u4e00-\u9fff]{2,6}$")

#: A length between two heads: what the first item does to the second, not one longer name.
_LENGTH_RE = re.compile(r"\d+(?:\.\d+)?(?:公里|千米|km)")
#: A list item that is only a length ("45公里" after the decimal point of "18.45公里"): a measure.
_LENGTH_ITEM_RE = re.compile(r"[\d.]+(?:公里|千米|米|km)")


#: The characters of :data:`NAME_CHAR` outside the CJK range, for :func:`_left_start`'s test of one
#: character at a time (a comparison, not 15,000 regex calls an ingest: issue 16).
_NAME_OTHER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789·—-–ⅠⅡⅢⅣ")


#: Joiners of a list whose later item may drop the place the item before opens with.
_PLACE_SHARING_JOINERS = "和及与、"
_BARE_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{0,8}")


def _item_without_its_place(work: str, prev: Cand, hs: int, he: int, typ: EntityType, group: int) -> list[Cand]:
    """Return the item of a list that drops the place the item before it opens with, or nothing.

    "内江国际物流港和保税物流中心(B型)", "内江国际物流港铁路专用线和城区铁路搬迁工程": the second item
    names no place, the list's first item does; the item is the place's ("内江保税物流中心(B型)"). Only
    right after a joiner that follows the item before, with words and no place before the head.
    """
    lead = prev.end + 1
    if not (work[prev.end : lead] and work[prev.end] in _PLACE_SHARING_JOINERS and lead <= hs) \
            or not _BARE_ITEM_RE.fullmatch(work, lead, hs) or place_re().search(work, lead, hs) \
            or STOP_RE.search(work, lead, hs) or not work.startswith(prev.name[:2], prev.start):
        return []
    place = place_re().match(prev.name)
    if place is None or place.end() < 2 or place.end() >= len(prev.name) - 1:
        return []
    pl = place.group()
    virtual = work[:lead] + pl + work[lead:]
    n = len(pl)
    found = _candidate_at(virtual, hs + n, he + n, typ, group, lead)
    out = []
    for c in found:
        if not c.name:
            continue
        if c.start != lead or not c.name.startswith(pl):
            return []
        item = Cand(lead, c.end - n, c.name, c.type, group=c.group)
        item.aliases = [*c.aliases, work[lead : c.end - n]]
        item.places = c.places
        out.append(item)
    return out


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
        elif not ("\u3400" <= ch <= "\u9fff" or ch in _NAME_OTHER) and not (depth and ch not in "\n,，。;；"):
            break
        elif ch == "—" and work[i - 2 : i - 1] == "—":
            break  # a double dash "——" opens an apposition; one dash joins places ("江津—綦江")
        i -= 1
    span = work[i:hs]
    cut = 0
    protected = protected_spans(span) + [(m.start(), m.end()) for m in _ZONE_HEAD_RE.finditer(span)]
    last = 0
    verb_end = -1
    for m in STOP_RE.finditer(span):
        if any(a <= m.start() < b for a, b in protected):
            continue
        if m.group() in lx.WEAK_STOPS and m.start() == verb_end and not (m.end() == len(span) and work[hs : hs + 1].isascii()):
            continue  # "建成走马岭隧道", "改造继光大道": the verb's object may open with such a character
        if m.group() in _BOUND_STOPS and m.start() - cut == 1:
            continue  # "加快建设江东至白涛高速", "城东至X": one character and a direction are a place, not "东至X"
        if m.group() in lx.CAUSATIVE_STOPS and not place_re().match(span, m.end()) and len(span) - m.end() < 2 \
                and not (m.end() == len(span) and work[hs : hs + 1].isascii()):
            continue  # "使水富港…", "未来攀盐高速" are a verb before a name; "使君路", "未来科技城" are names
        if m.group() in _NAME_OPENING_LEADS and len(span) - m.end() < 2:
            continue  # "如意大道": 如 before one character and the head opens the name ("如X大桥能…" is a lead)
        if m.group() in _NAME_OPENING_JOINERS and len(span) - m.end() == 1 \
                and (m.start() <= cut or span[m.start() - 1] in lx.PLACE_SUFFIX):
            continue  # "X县和平水库", "和顺大桥": one character before the head is no list item, 和 opens the name
        if len(m.group()) > 1:
            verb_end = m.end()
        # a longer stop ending inside a place ("打造成都…": 打造成 | 成都) gives way to the shorter
        # stop ending where the place begins (打造)
        inside = [a for a, b in protected if a < m.end() < b and STOP_RE.fullmatch(span, m.start(), a)]
        if not inside and (_abbreviation_run(span[m.end() - 1 :]) or _verb_result_run(m.group(), span[m.end() - 1 :], work, hs)) \
                and STOP_RE.fullmatch(span, m.start(), m.end() - 1):
            # "加快建设成南达万高铁": a stop ending in an abbreviation (建设成) before a run of four
            # gives way to the shorter stop (建设); the run is the line's name
            inside = [m.end() - 1]
        cut, last = max(cut, min(inside) if inside else m.end()), m.start()
    # a stop overlapping the last one reaches further ("有力推动": 力推, then 推动)
    for k in range(last + 1, cut):
        m = STOP_RE.match(span, k)
        if m and m.end() > cut and not any(a < m.end() and k < b for a, b in protected) \
                and not (m.end() == cut + 1 and (_abbreviation_run(span[cut:]) or _verb_result_run(m.group(), span[cut:], work, hs))):
            cut = m.end()
    cut = _function_word_lead(span, cut, protected)
    if span[cut : cut + 1] in lx.VIA_LEADS and (cut + 1 == len(span) or place_re().match(span, cut + 1)):
        cut += 1  # "经隧道连通X机场", "经B、C至D站": the way of a route opens the clause, no name
    # a length told of the item before it ("新开工高速路200公里高铁300公里", "正线全长478公里高铁…"): the
    # lead ends after it; a length after a route's ends ("A至B81公里航道") is the stretch's name
    for m in _LEAD_LENGTH_RE.finditer(span, cut):
        if m.group("told") or any(h.end() == m.start() for h in HEAD_RE.finditer(span, cut, m.start())):
            cut = m.end()
    # "X铁路自Y站引出", "X高速从Z互通起": a line with its preposition of origin opens the clause; the
    # item after it is the site the line leaves from
    for m in _LINE_FROM_RE.finditer(span, cut):
        cut = m.end()
    number = _LIST_NUMBER_RE.match(span, cut) or _BYLINE_RE.match(span, cut)
    cut = number.end() if number else cut
    time = _TIME_LEAD_RE.match(span, cut)
    return i + (time.end() if time else cut)


#: A length in a name's lead, told by 长 ("全长478公里") or written right after a head (read by the caller).
_LEAD_LENGTH_RE = re.compile(r"(?P<told>长约?|长达)?\d+(?:\.\d+)?(?:公里|千米|km)")

#: A code that opens a route's name ("G75", "S11").
_ROUTE_CODE_RE = re.compile(r"[GSXY]\d")
#: Characters that join a route's ends: a function word opening with one ("至上", "到达") is read as the join.
_ROUTE_JOINS = "至到"
#: A phase ("一期", tagged an adverb by the lexicon) belongs to the name before it ("X复线一期Y互通").
_PHASE_WORD_RE = re.compile("[一二三四五六七八九十]期")


@functools.cache
def _lead_words() -> frozenset[str]:
    """:data:`lexicon.FUNCTION_WORDS` without those holding a head word (高速 is an adverb too, 跑道 a verb),
    and the verbs that are a lead only before a place (:data:`lexicon.PLACE_ONLY_STOPS`: "创四川省高铁建设纪录";
    "创业大道" is a name)."""
    return frozenset(w for w in lx.FUNCTION_WORDS if not HEAD_RE.search(w)) | lx.PLACE_ONLY_STOPS


def _function_word_lead(span: str, cut: int, protected: list[tuple[int, int]]) -> int:
    """Return where the name starts in ``span[cut:]`` past a lead ending in a verb or function word.

    The stop words of the lexicon are the documents' usual verbs; a clause's lead may end in any other
    verb, adverb, preposition or time word of Chinese ("增加X东站", "会议主任出席X高铁开工仪式",
    "追赶X机场", "过去五年X铁路", "因X站项目施工": the commonest verbs and prepositions of one character, which
    end a lead only where the lead starts or right after a place, before a place or a route code, and are
    no place's initial). Such a word (:data:`lexicon.FUNCTION_WORDS`) ends the lead when a
    place, a route code or two of a line's initials opens the rest, and it overlaps no place or
    bracket (``protected``) and no head word comes before it in the lead (the lead then holds an item
    of its own: "与X物流基地构成Y铁路…"): "迎宾大道" (nothing after the verb), "遵义新舟机场" (the word
    is a place), "羊石盘至上白沙段" (至 joins a route) and "X复线一期Y互通" (a phase) keep their names.
    """
    found = cut
    words = _lead_words()
    for p in range(cut + 1, len(span)):
        for k in (4, 3, 2, 1):
            a = p - k
            if a < cut:
                continue
            word = span[a:p]
            if word not in words or word[0] in _ROUTE_JOINS or _PHASE_WORD_RE.fullmatch(word) \
                    or any(a < e and s < p for s, e in protected) or (k == 1 and word in lx.ABBREVIATIONS):
                continue
            after_place = a > 0 and (span[a - 1] in lx.PLACE_SUFFIX or any(e == a for _, e in protected))
            if k == 1 and a != cut and not after_place:
                continue  # one character inside a word ("中欧班列巴中组货基地": 列 ends 班列) is no lead
            # one character ends a lead before a run of initials only right after a place ("X县接渝遂高速"):
            # elsewhere it is an initial itself ("合璧津高速", "开万梁高速": 合 and 开 are initials of places too)
            initials = span[p] in lx.ABBREVIATIONS and p + 1 < len(span) and span[p + 1] in lx.ABBREVIATIONS and (
                k > 1 or after_place)
            if (place_re().match(span, p) or _ROUTE_CODE_RE.match(span, p) or initials) \
                    and not HEAD_RE.search(span, cut, a):
                found = p
            break
    return found


#: An ordinal with a measure word, maybe with a size or kind after it, before a head ("首条", "第二座大型",
#: "首个通用"): the head is a ranked kind, not a name.
_RANK_BEFORE_RE = re.compile(r"(?:首|第(?:\d+|[一二三四五六七八九十]+))[条座个家][\u4e00-\u9fff]{0,4}$")

#: A phase right after a section ("X高速重庆段一期", "Y铁路四川段二期工程"), not a phase of a list ("一期、二期").
_SECTION_PHASE_RE = re.compile(r"(?P<phase>[一二三四五六七八九十]期)(?![、和及至])")

#: Words closing a ranked kind after its head ("第四条高速通道", "首个铁路项目").
_RANK_KIND_TAIL_RE = re.compile(r"(?:大)?通道|项目|工程")

#: Joiners that also open names (和平, 和顺, 和兴): with one character only between the joiner and the
#: head and nothing before it but a stop or a county ("X县和平水库", "新建和顺大桥"), the joiner is the
#: name's first character; a list item has more ("A水库和白石水库") or follows an item ("内环线和二环线").
_NAME_OPENING_JOINERS = frozenset({"和"})
#: Conjunctions that also open names (如意): a stop only with two characters or more before the head.
_NAME_OPENING_LEADS = frozenset({"如"})

#: A line's head and a preposition of origin after it ("X铁路自", "X高速从", "X线由", "线路自": the line itself).
_LINE_FROM_RE = re.compile("(?:铁路|高铁|城际|轻轨|公路|高速|大道|线路|线)(?:自|从|由)")

#: A boundary told by direction ("东至长江,西至X高速"): a stop, unless one character before it makes the
#: direction part of a place's name (江东, 城东, 河西) that opens a route "A至B".
_BOUND_STOPS = frozenset({"东至", "西至", "南至", "北至", "东起", "西起", "南起", "北起"})


#: An item's number in brackets opening a name's span ("(1)X", "（一）X", "1）X"): not part of the name.
_LIST_NUMBER_RE = re.compile(r"\s*(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}[)）])\s*")


#: A news report's byline in brackets before its dateline ("(记者 X)1月22日…", "(X)3月5日…"), or
#: any bracket naming a reporter: not part of the name.
_BYLINE_RE = re.compile(
    r"\s*[(（][^()（）\n]{1,12}[)）]\s*(?=(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}[日号])"
    # a reporter's byline anywhere ("(记者 王五)X水库开工", "（通讯员 赵六 记者 钱七）")
    r"|\s*[(（]\s*(?:记者|通讯员|特约记者|见习记者)[^()（）\n]{1,20}[)）]\s*"
    # a photo's or a text's credit ("（图片来源：X融媒体中心）", "(图/张三)", "（摄影 李四）", "(来源:X日报)")
    r"|\s*[(（]\s*(?:图片来源|来源|图|图文|文图|摄影|供图|摄)\s*[:：/／ ][^()（）\n]{1,20}[)）]\s*"
)


#: A time phrase opening a name's span ("到2035年重庆高速公路…", "10月1日X高速公路通车", "2021-2023年X",
#: relative ones: "预计年底前X有望通车", "上半年X开工", "本月底X通车"): not part of the name.
_TIME_LEAD_RE = re.compile(
    r"(?:到|至|在|于|从|自)?(?:(?:(?:19|20)\d\d(?:[-—–~至](?:19|20)\d\d)?年|今年|明年|后年|去年|前年|年内|当年|本年度?)"
    r"(?:\d{1,2}月(?:\d{1,2}[日号])?|年底|年末|上半年|下半年|第?[一二三四]季度|年中)?|\d{1,2}月(?:\d{1,2}[日号])?|年底|年末|上半年|下半年|本月"
    r"|第?[一二三四]季度|年中)"
    r"(?:底|末|前|之前|以前|以来)?"
    # the hour after a date ("10月1日0时X高速通车", "9月29日14时30分")
    r"(?:(?<=[日号])\d{1,2}[时点](?:\d{1,2}分)?)?"
    # a headline's length before the name ("全长313公里 X高铁Y段开工"), a count of people before a kind
    # they work on ("几十名铁路建设工人", "300余名建设者")
    r"|(?:全长|总长|线路长)?(?:约|近)?\d+(?:\.\d+)?(?:公里|千米)"
    r"|(?:几|数|上|近)?(?:\d+|[一二三四五六七八九十百千]+)余?名"
)


def _abbreviation_run(text: str) -> bool:
    """Return whether ``text`` is a run of four one-character abbreviations ("成南达万").

    Four, so that a verb's own last character before a shorter run stays the verb's ("已建成隆黄铁路").
    """
    return len(text) == 4 and all(c in lx.ABBREVIATIONS for c in text)


def _verb_result_run(stop: str, text: str, work: str, hs: int) -> bool:
    """Return whether a stop of a verb and its result 成 (建设成, 打造成) glued before a line's initials
    takes the line's first initial: ``text`` (from the stop's 成 to the head) is a run of two or three
    initials right before the line's head at ``hs`` ("加快建设成自铁路", "建设成宜高速": 成自铁路, 成宜高速). A verb of
    two characters keeps its 成 ("已建成隆黄铁路": 建成), as a run of four is read by :func:`_abbreviation_run`.
    """
    return len(stop) >= 3 and stop.endswith("成") and 2 <= len(text) <= 3 \
        and all(c in lx.ABBREVIATIONS for c in text) and work.startswith(_LINE_HEADS, hs)


#: The heads of a line a run of initials names ("成自铁路", "成宜高速", "成渝中线").
_LINE_HEADS = ("铁路", "高铁", "高速", "城际", "快速", "线")


#: Zone heads that contain a stop word (开发) and may qualify a longer name.
_ZONE_HEAD_RE = re.compile(r"(?:经济|技术)?开发区")


def _candidate_at(work: str, hs: int, he: int, typ: EntityType, group: int, floor: int) -> list[Cand]:
    """Build the candidate(s) whose head is ``work[hs:he]``: a name, a list, a section."""
    if work[hs:he] == "港区" and work[hs - 1 : hs] == "港":
        hs, he = hs - 1, hs  # "乐山港港区建设": the port's own area, so the name is 乐山港
    head = work[hs:he]
    if head in lx.CITY_WORKS_HEADS and "\u4e00" <= work[he : he + 1] <= "\u9fff" and not (
            STOP_RE.match(work, he) or CUE_RE.match(work, he) or HEAD_RE.match(work, he)):
        return []  # "贵阳铁路枢纽都拉营、…等货运枢纽": the hub qualifies the name written after it
    start = max(_left_start(work, hs), floor)
    modifier = work[start:hs]
    if (modifier[-1:] in lx.FUNCTION_BEFORE_HEAD and not (modifier.endswith("给") and head.startswith("水"))) \
            or modifier in lx.ALONE_BEFORE_HEAD:
        return []  # "气候条件给机场…建设", "A至B可高铁直达", "借港出海", "光铁路这一条": a kind, no name
    end = he
    trailer = TRAILER_RE.match(work, end)
    if trailer:
        end = trailer.end()
    out: list[Cand] = []
    # the head's kind is the subject of a figure ("高速公路优等路率", "A、B等高速公路数量"): no list shares it
    qualifier_head = lx.negative_after(work, end, lx.STATISTIC_AFTER)
    # a coordinated list sharing this head: "A、B等5个高铁项目"
    # (the words between may be long: "等34条2274公里普通国省道", "等南北水运大通道航道整治工程")
    dengs = [] if qualifier_head else [m.start() for m in DENG_RE.finditer(work, max(0, hs - 18), hs)]
    # "开江至梁平等省际高速公路": 平等 after a place ending in 平 is the place and 等
    dengs += [m.start() for m in _PLACE_DENG_RE.finditer(work, max(0, hs - 12), hs)
              if any(place_re().fullmatch(work, m.start() - n, m.start()) for n in (2, 3, 4))]
    dengs.sort()
    deng = dengs[-1] if dengs else -1
    # a branch word in the filler qualifies the shared head ("等支线机场"), it is no head of its own
    filler_heads = [m for m in HEAD_RE.finditer(work, deng + 1, hs) if m.group() not in lx.BRANCH_HEADS] if deng >= 0 else []
    if deng >= 0 and lx.LIST_FILLERS.match(work[deng + 1 : hs]) and not filler_heads:
        filler = work[deng + 1 : hs]
        ends_here = not (HEAD_RE.match(work, end) or work[end : end + 2] in ("供水", "重大"))
        # "A至B、C至D等一批高速公路项目", "…等重要铁路": routes named by their ends are items even before a word of rank
        # the filler is read with the head after it ("等国家高速公路" is a kind, "等国家物流枢纽" a role)
        role = next((m for m in lx.ROLE_FILLERS.finditer(filler + head) if m.start() < len(filler)), None)
        if role and role.group() in _RANK_FILLERS and lx.ROLE_FILLERS.search(filler, role.end()) is None \
                and _ROUTE_ITEM_RE.search(work, max(0, deng - 8), deng):
            role = None
        if not role and not NEG_RE.search(filler) and ends_here:
            out.extend(_list_items(work, deng, head, typ, group, qualifier=_crossed_water(filler, head)))
            return out
        if filler == "" or role:
            return out  # "…等区域性物流中心": a list of roles names no item
    # a list counted before its shared head: "乐西、乐雅、隆汉3条高速公路"
    count = None if qualifier_head else _COUNT_TAIL_RE.search(work, max(start, hs - 10), hs)
    before = work[count.start() - 1 : count.start()] if count else ""
    # "全县第二条高速公路", "X又一条铁路开工": 第 (又, 再, 另: another) makes the count an ordinal, which
    # names no list (nor any item)
    if count and count.end() == hs and before and before not in _ORDINAL_BEFORE_COUNT \
            and (NAME_CHAR.match(before) or before in ")）"):
        items = _list_items(work, count.start(), head, typ, group)
        in_list = len(items) >= 2 or (items and work[items[0].start - 1 : items[0].start] in LIST_SEP)
        return items if in_list else out
    # the same with words of kind between the count and the head: "甲、乙、丙3座在线调蓄水库",
    # "甲、乙2座大型水库"; a list of two items at least, the words naming no head or role of their own
    counted = _COUNT_FILLER_RE.search(work, max(0, hs - 14), hs)
    # the words of kind read with the head after them, as after 等 ("5条国家高速公路" is a kind of line)
    if counted and not qualifier_head and not HEAD_RE.search(counted.group("fill")) \
            and not any(m.start() < len(counted.group("fill"))
                        for m in lx.ROLE_FILLERS.finditer(counted.group("fill") + work[hs:he])) \
            and not NEG_RE.search(counted.group("fill")) and NAME_CHAR.match(work[counted.start() - 1 : counted.start()]) \
            and not re.search("[和及与]", counted.group("fill")) \
            and work[counted.start() - 1 : counted.start()] != "第":
        pos = counted.start()
        # the places of a list before a verb of building and the count ("在A、B和C新建4座X变电站"): each
        # place's X; only places, and two at least
        verb = _BUILD_BEFORE_COUNT_RE.search(work, max(0, pos - 3), pos)
        items = _list_items(work, verb.start() if verb else pos, head, typ, group, strict=bool(verb),
                            qualifier=_crossed_water(counted.group("fill"), head))
        if len(items) >= 2 and (not verb or all(place_re().search(work, c.start, c.end) for c in items)):
            return items
    code = bool(SELF_NAMED_RE.fullmatch(head))
    if code and CODE_LIST_RE.match(work, end):
        return out  # "G0615久治至马尔康、G4216…等高速公路": the list item carries it
    while start < hs and (work[start] in "—-–·" or (work[start] in lx.VIA_LEADS and (hs - start > 2 or code)
                                                     and not place_re().match(work, start))):
        # a dash, or a preposition of route ("经G75兰海高速可达", "接G85"): not part of the name; a name
        # of one more character opens with it ("接龙大道", "经开大道", "至善路")
        start += 1
        modifier = work[start:hs]
    lead = _CLAUSE_LEADS.get(work[start : start + 1]) if hs - start > 2 else None
    if lead and not place_re().match(work, start) and lead.match(_clause_after(work, end)):
        # a preposition or conjunction opening the clause, told by the clause's shape ("自X机场通航以来",
        # "若X大桥能如期建成", "沿X高速一线布局"): not part of the name; names that open with the
        # character (自贡…, 沿江高速, 若尔盖…) are places or have one character before the head
        start += 1
        modifier = work[start:hs]
    if typ in (EntityType.PORT, EntityType.LOGISTICS_HUB):
        # "宜万铁路万州新田港(铁路集疏运中心)": the line is named beside the site, which starts at a place
        lines = [m for m in HEAD_RE.finditer(modifier)
                 if HEAD_TYPES[int(m.lastgroup[1:])] in lx.LINE_LIKE and place_re().match(modifier, m.end())]
        if lines and len(modifier) - lines[-1].end() >= 2:
            line = lines[-1]
            if acceptable(modifier[: line.start()], line.group(), modifier[: line.end()]):
                ltype = HEAD_TYPES[int(line.lastgroup[1:])]
                out.append(Cand(start, start + line.end(), clean_name(modifier[: line.end()]), ltype, group=group))
            start += line.end()
            modifier = work[start:hs]
    if typ is EntityType.RAIL_STATION and (pair := _STATION_PAIR_RE.search(work, start - 1, hs)):
        start = pair.end()  # "重庆北站至成都东站": the second station of a pair
        modifier = work[start:hs]
    elif typ is EntityType.RAIL_STATION and (way := modifier.rfind("至")) > 0 and place_re().match(modifier, way + 1) \
            and not any(HEAD_TYPES[int(m.lastgroup[1:])] in lx.LINE_LIKE for m in HEAD_RE.finditer(modifier)) \
            and not _ROUTE_AFTER_STATION_RE.match(work, he):
        # "线路…经A、B至C站": a station is named by its place, not by a route; the places before 至 are the
        # line's way (a station named on its line keeps the line: "A至B铁路C站"; a track to the station is a
        # route: "新建A至B站三线", "A至B站联络线")
        start += way + 1
        modifier = work[start:hs]
    elif not _SERVICE_AFTER_RE.match(work, he) and (first := _item_pair_end(modifier, head, typ)) is not None:
        # "利用A铁路至B站", "A科学城至B新区", "A水道经B港": two items, the second a site; the first is
        # judged as an item of its own (its head was passed over as not ending a name)
        fs, fe = start + first.start(), start + first.end()
        out.extend(c for c in _candidate_at(work, fs, fe, HEAD_TYPES[int(first.lastgroup[1:])], group, floor)
                   if c.end <= fe)
        start = fe + 1
        modifier = work[start:hs]
    # an item in apposition after a ranked kind ("我县首条高速公路X高速公路", "首座大型水库Y水库", "全市首个通用
    # 机场Z机场"): the name is the one after the kind, which counts the place's works and names none
    ranked = [m for m in HEAD_RE.finditer(modifier) if _RANK_BEFORE_RE.search(modifier, max(0, m.start() - 8), m.start())]
    kind_end = ranked[-1].end() if ranked else 0
    if ranked and (tail := _RANK_KIND_TAIL_RE.match(modifier, kind_end)):
        kind_end = tail.end()  # "第四条高速通道X高速": the kind is 高速通道
    if ranked and len(modifier) - kind_end >= 2:
        start += kind_end
        modifier = work[start:hs]
    same = modifier.rfind(head) if head in lx.STRUCTURE_HEADS else -1
    if same >= 0:
        start += same + len(head)  # "全线最长隧道五指山隧道": an apposition, the name is the last one
        modifier = work[start:hs]
    part = _LINE_PART_RE.match(modifier) if head in lx.STRUCTURE_HEADS else None
    if part and part.end() < len(modifier) - 1:
        start += part.end()  # "“二横线”西段土主隧道": the section of the line the structure is on
        modifier = work[start:hs]
    if typ in lx.LINE_LIKE and _INITIALS_LINE_HEAD_RE.fullmatch(head) and (cut := _admin_prefix_end(modifier)):
        # "湖南省湘西州吉恩高速", "贵阳市乌当区沪昆高铁": the places a line runs in, written before the
        # initials that name it; the line's own name is the initials and the head
        start += cut
        modifier = work[start:hs]
    if work.startswith("之间", end) and (to := modifier.rfind("至")) >= 0:
        start += to + 1  # "白沙场镇至龙潭水库之间": a stretch between two places, named by its end
        modifier = work[start:hs]
    name = work[start:end]
    # "轨道交通10号线曾家岩站": the station's own name follows its line and is judged alone
    on_line = _station_on_line(modifier) if typ is EntityType.RAIL_STATION else 0
    own_ok = bool(on_line) and acceptable(modifier[on_line:], head, name)
    # "在X县槐树镇设立了槐树互通": an interchange named after a town the clause names just before it
    own_ok = own_ok or (head in lx.INTERCHANGE_HEADS and 2 <= len(modifier) <= 4 and not STOP_RE.search(modifier)
                        and re.search(re.escape(modifier) + "(?:镇|乡|街道)", work[max(0, start - 40) : start]) is not None)
    metro = _metro_before(work, start) if not modifier and _METRO_NUMBER_RE.fullmatch(head) else ""
    if metro:
        name = metro + work[hs:end]  # "轨道交通9号线二期、10号线二期": the list drops the system's word
    route_at = _route_before_of(work, start) if typ in lx.LINE_LIKE and not GENERIC_RE.sub("", modifier) else None
    if head in lx.CHAIN_HEADS and not modifier and work[start - 1 : start] == "的":
        chain = _left_start(work, start - 1)  # "A河—B河—C水库的水系联通工程": the chain before 的 names it
        route_at = chain if "—" in work[chain : start - 1] else None
    if route_at is not None:
        # "广安到华蓥的快速通道", "仁怀至叙永的普速铁路": a line named by its two ends before 的
        name = work[route_at : start - 1] + work[start:end]
        start, modifier, own_ok = route_at, work[route_at:hs], True
    if not (metro or own_ok or acceptable(modifier, head, name) or SELF_NAMED_RE.fullmatch(head)):
        return out
    if not_a_site(work, start, end, modifier, head, typ):
        return out
    if head in lx.SERVICE_STOP_HEADS and landmark_stop(work, start, end):
        # a toll station named as a landmark ("记者在X高速Y收费站看到"): no item; the line named before
        # it is ("X高速"), when it is a name of its own
        return _line_before_stop(work, start, modifier, group)
    if head in lx.INTERCHANGE_HEADS and (lx.ROUTE_END_RE.search(work, max(0, start - 6), start)
                                         or _ROUTE_FROM_TO_RE.search(work, max(0, start - 20), start)
                                         or work.startswith("起", end)
                                         or head == "互通" and work[start - 1 : start] in ("与", "和", "同")):
        # "起于渝武高速蔡家立交", "从X互通起", "至Y高速Z互通", "起A县城东的B枢纽互通": where a route
        # starts or ends, a landmark, not a project; "可与X高速互通": the verb "to connect with"
        return out
    negative_after = (NEG_RE.match(work, end) and not work.startswith(("口岸", *lx.DESCRIPTORS), end)
                      and not _PLAN_VERB_RE.match(work, end))
    if negative_after or lx.negative_after(work, end):
        return out
    if _in_negative_list(work, end) or (_route_part(modifier) and head not in lx.CHAIN_HEADS) or _ORG_AFTER_RE.match(work, he):
        return out
    if typ in lx.LINE_LIKE and _CORRIDOR_AFTER_RE.match(work, end) and "预留" not in work[max(0, start - 4) : hs]:
        # "形成沿江高铁通道", "X高速公路省际通道又增加一个": a corridor of lines, not one line; "预留X高速
        # 铁路通道" reserves the corridor of a planned line, which is an item
        return out
    if lx.COPULA_RE.match(modifier) and work[start - 1 : start] and HEAD_RE.search(work, max(0, start - 6), start):
        return out  # "X水库属中型水库": the kind an item belongs to
    if _ONE_OF_RE.match(work, end):
        return out  # "“城市过境环线高速公路”之一": a category the item belongs to
    if _QUANTIFIED_RE.search(work[max(0, start - 8) : start]):
        return out  # "布局一批多式联运型物流基地": a class of items, none named
    if head in lx.STRUCTURE_HEADS or head in lx.RING_HEADS:
        typ = _structure_type(work, start, modifier)
    cand = Cand(start, end, clean_name(name), typ, group=group)
    if head in lx.WIDENING_HEADS:
        if any(m.end() == start and HEAD_TYPES[int(m.lastgroup[1:])] in lx.LINE_LIKE
               for m in HEAD_RE.finditer(work, max(0, start - 6), start)):
            return out  # "蓉遵国高赤水至仁怀扩容工程": a section of the line named before, found with it
        cand.aliases.append(cand.name)  # "成绵扩容项目" is the project "成绵扩容"
        cand.name = clean_name(modifier) + "扩容"
    # a section: "渝昆高铁江津至泸州段", "潼荣高速(潼南段)"
    line_like = typ in lx.LINE_LIKE or head.endswith("管道")  # a pipeline has sections too
    works = WORKS_RE.match(work, end) if line_like else None
    sec_at = works.end() if works else end
    if line_like and works is None and work[end : end + 2] in ("项目", "工程") and work[end + 2 : end + 3] in ("(", "（"):
        sec_at = end + 2  # "X高速公路项目(甲段)": the project word before the section's bracket
    sec = SECTION_RE.match(work, sec_at) if line_like else None
    if works is None and head in ("梯级渠化", "航道整治") and sec and HEAD_RE.search(modifier):
        # "綦河航道梯级渠化(江口至桥河段)": the line is the modifier, the works are the head
        line_end = max(m.end() for m in HEAD_RE.finditer(modifier))
        if line_end == len(modifier):
            cand = Cand(start, hs, clean_name(work[start:hs]), typ, group=group)
            works = True
    bracket = ALIAS_RE.match(work, end) if typ in lx.LINE_LIKE and not sec else None
    if bracket and is_alias(bracket.group("alias"), typ):
        sec2 = SECTION_RE.match(work, bracket.end())
        if sec2 and not sec2.group("open") and section_ok(sec2.group("sec")):
            # "内江至大足高速公路(内大高速)四川段": the line's alias sits before its section
            parent = Cand(start, end, cand.name, typ, group=group, implied=True)
            parent.aliases.append(bracket.group("alias"))
            cand = Cand(start, sec2.end(), parent.name + sec2.group("sec") + "段", typ, group=group)
            cand.aliases.append(bracket.group("alias") + sec2.group("sec") + "段")
            cand.part_of = parent.name
            cand.places = split_places(sec2.group("sec"))
            out.extend([parent, Cand(bracket.start(), bracket.end(), "", typ, group=-2)])
            sec = None
    if sec and section_ok(sec.group("sec")):
        parent = Cand(cand.start, cand.end, cand.name, typ, group=group, implied=True)
        whole = clean_name(work[start : sec.end()])
        cand = Cand(start, sec.end(), whole, typ, group=group)
        cand.part_of = parent.name
        cand.places = split_places(sec.group("sec"))
        if sec.group("open") or works:
            cand.aliases.append(whole)
            cand.name = parent.name + sec.group("sec") + "段"
        out.append(parent)
        out.extend(_section_stations(work, sec.start("sec"), sec.group("sec"), group))
        phased = _SECTION_PHASE_RE.match(work, sec.end())
        if phased:
            # "X高速重庆段一期建成通车": the section's phase is the item, named with the section
            cand.end = phased.start() + len(phased.group("phase"))
            cand.aliases = [a + phased.group("phase") for a in cand.aliases]
            cand.name += phased.group("phase")
    elif typ in lx.LINE_LIKE and (pair := PAIR_SECTION_RE.match(work, end)) and (
        all_places(pair.group("sec")) or re.fullmatch(r"[GS]\d+", head)
    ):
        parent = Cand(start, end, cand.name, typ, group=group, implied=True)
        whole = clean_name(work[start : pair.end()])
        cand = Cand(start, pair.end(), whole + "段", typ, group=group)
        cand.aliases.append(whole)
        cand.part_of = parent.name
        cand.places = split_places(pair.group("sec"))
        out.append(parent)
    note = ANNOTATION_RE.match(work, cand.end)
    phase = _PHASE_NOTE_RE.search(note.group()) if note else None
    if phase and not cand.part_of:
        # "X山区公路(一期)", "X轨道交通S1线(一期)": the phase is an item of its own, named with it
        cand.aliases.append(cand.name + phase.group())
        cand.name += phase.group("phase")
    if note:
        alias = ALIAS_RE.search(work, cand.end, note.end())
        if alias and is_alias(alias.group("alias"), typ):
            cand.aliases.append(alias.group("alias"))
        # a bracket right after a name annotates it; nothing in it is a separate item
        out.append(Cand(note.start(), note.end(), "", typ, group=-2))
    if not cand.places:
        cand.places = places_of(cand.name, head)
    variant_aliases(cand, head)
    inner = _inner_parent(cand, work, hs)
    if inner is not None:
        out.append(inner)
    target = _CONNECTOR_TARGET_RE.search(modifier) if head in ("连接线", "连接道") else None
    if target and acceptable(target.group(1)[: -len(target.group(2))], target.group(2), target.group(1)):
        # "石壕至正习高速连接道": the road it connects to is named too
        s = hs - len(target.group(1))
        out.append(Cand(s, hs, clean_name(target.group(1)), EntityType.HIGHWAY, group=group))
    if line_like and "至" in modifier:
        out.extend(_route_ends(work, start, hs, group))
    out.append(cand)
    # headless items before it share its head: "雅安、万源、城口支线机场"
    shared_later = _list_follows(work, cand.end, typ)
    if (work[start - 1 : start] in LIST_SEP and typ in lx.SHARED_HEAD_TYPES and not shared_later and not code
            and head not in lx.BRANCH_HEADS and head not in lx.WIDENING_HEADS):
        core = core_head(head)
        admin = modifier[-1] if _ITEM_ADMIN_RE.search(modifier) else ""
        # "甲西、乙镇、丙南站": a station's direction is its own name's, the list shares only 站
        shared = "站" if typ is EntityType.RAIL_STATION and _DIRECTION_STATION_RE.fullmatch(head) else head
        items = _list_items(work, start - 1, shared, typ, group, strict=True, admin=admin)
        plain = re.sub(r"(支线|大中型|大型)$", "", modifier)
        if items and not cand.part_of and (core != head or plain != modifier):
            cand.aliases.append(cand.name)
            cand.name = clean_name(plain) + core
        out.extend(items)
    return out


#: Heads of a line named by the initials of its ends ("吉恩高速", "沪昆高铁", "运风高速公路").
_INITIALS_LINE_HEAD_RE = re.compile("高速公路|高速|高铁|铁路")
#: A chain of places each with its suffix (province, city, prefecture, district, county) opening a modifier.
#: (a set, so that the empty string after a place at the modifier's end is no suffix)
_ADMIN_CHAIN_SUFFIX = frozenset("省市州区县")


def _admin_prefix_end(modifier: str) -> int:
    """Return where the initials of a line start after a chain of places with their suffixes
    ("湖南省湘西州|吉恩", "贵阳市乌当区|沪昆"), or 0.

    The rest is two or three characters, no place, no generic word, no stop and no word of a line's role
    for the place (:data:`lexicon.PLACE_LINE_ROLES`: "铜仁市环城高速公路", "黔江区过境高速公路" keep their
    names, a ring or a bypass of the place is named by it).
    """
    at = 0
    while (m := place_re().match(modifier, at)) and modifier[m.end() : m.end() + 1] in _ADMIN_CHAIN_SUFFIX:
        at = m.end() + 1
    rest = modifier[at:]
    if not at or not 2 <= len(rest) <= 3 or place_re().match(rest) or GENERIC_RE.search(rest) or STOP_RE.search(rest) \
            or any(w in rest for w in lx.PLACE_LINE_ROLES) \
            or not all("\u4e00" <= ch <= "\u9fff" for ch in rest):
        return 0
    return at


#: A station's head with its direction ("南站"): the direction is part of one station's name.
_DIRECTION_STATION_RE = re.compile(r"[东西南北]站")

#: A section of a line by direction opening a structure's modifier ("西段土主隧道"), or the closing
#: quote of the line's name before it.
_LINE_PART_RE = re.compile(r"[”\"]?[东西南北中]段")

#: A metro line by its number alone ("10号线"); "轨道交通" (or "地铁") written once before a list of them.
_METRO_NUMBER_RE = re.compile(r"\d{1,2}号线")
#: The list may be long ("8号线二期、10号线三期、…、27号线一期、30号线一期": eight lines of one plan).
_METRO_LIST_RE = re.compile(r"(轨道交通|地铁|轨道)(?:\d{1,2}号线|环线)[^,，。;；:：]{0,90}?[、和及与]$")
#: A metro line named with its system's word earlier in the paragraph ("重庆轨道交通9号线二期…, 线路…与9号线一期贯通").
_METRO_NAMED_RE = re.compile(r"(轨道交通|地铁)[A-Z]?\d{1,2}号?线")


def _metro_before(work: str, start: int) -> str:
    """Return the system's word of a metro line listed before ``start`` in the same clause, or of one the
    paragraph named before it when ``start`` follows a joiner ("与9号线一期贯通运营"), or ""."""
    m = _METRO_LIST_RE.search(work, max(0, start - 100), start)
    if m:
        return m.group(1)
    if work[start - 1 : start] not in LIST_SEP:
        return ""
    para = work.rfind("\n", 0, start) + 1
    named = list(_METRO_NAMED_RE.finditer(work, max(para, start - 300), start))
    return named[-1].group(1) if named else ""


def _station_on_line(modifier: str) -> int:
    """Return where a station's own name starts after the railway or metro line it is on, or 0.

    "轨道交通10号线曾家岩" → after "10号线"; "成渝铁路隆昌" → after "铁路"; after the zone it lies in too
    ("贵安新区皂角坝" → after "新区"). The own name is two to four characters; otherwise 0 (the whole
    modifier is judged).
    """
    lines = [m for m in HEAD_RE.finditer(modifier) if HEAD_TYPES[int(m.lastgroup[1:])] is EntityType.RAILWAY
             or HEAD_TYPES[int(m.lastgroup[1:])] is EntityType.INDUSTRIAL_PARK and m.group().endswith("区")]
    if lines and 2 <= len(modifier) - lines[-1].end() <= 4:
        return lines[-1].end()
    return 0


#: A quantifier, maybe with a scope word, just before a name ("一批全国…学校", "布局一批…物流基地").
_QUANTIFIED_RE = re.compile("(?:" + "|".join(lx.QUANTIFIERS) + ")(?:全国|全省|全市|本市|我市|我区)?$")

#: A name followed by 之一 names a category ("是…“X”之一").
_ONE_OF_RE = re.compile(r"[”\"]?之一")

#: A count just before a head: "3条", "两个", "十座".
#: "四大水利工程", "四级航电枢纽" close a list of bare names the same way: the number of items, in a
#: word of size or of steps.
_COUNT_TAIL_RE = re.compile(
    r"(?:(?:\d+|[一二三四五六七八九十两]+)[条个座项]|[两三四五六七八九十]+[大级](?![型桥]))(?:\d+(?:\.\d+)?公里)?"
)
#: Joiners that are also prepositions after a clause's adverb ("拟与", "也和", "将同").
_PREPOSITION_JOINERS = "与和同"

#: Characters that make the count after them an ordinal: 第 ("第二条"), and 又, 再, 另 ("又一条": another).
_ORDINAL_BEFORE_COUNT = frozenset("第又再另")

#: A count with words of kind before a shared head ("3座在线调蓄", "2座大型"), up to the head.
_COUNT_FILLER_RE = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)[条座个项](?P<fill>[\u4e00-\u9fff]{1,6})$")

#: A verb of building between a list of places and its count ("在A、B新建4座X").
_BUILD_BEFORE_COUNT_RE = re.compile("(?:新建|建设|建成|扩建|改建|续建)$")

#: 等 after a character DENG_RE leaves out (平等 is "equal"); a place must end right before it.
_PLACE_DENG_RE = re.compile(r"(?<=平)等(?![级同于])")

#: 计划/规划 as the verb of the item's clause ("X计划2024年开工", "X计划9月建成通车", "X规划建设"), not a plan
#: named after it ("X计划", "X计划编制").
_PLAN_VERB_RE = re.compile(
    r"计划(?=20\d\d|\d{1,2}月|[一二三四五六七八九十]{1,3}月|于|在|将|今年|明年|后年|年内|年底|年末|上半年|下半年|本月|下个?月|月底|月末|年中|第?[一二三四]季度|春节|国庆|元旦|五一|端午|中秋"
    r"|近期|开工|建成|通车|完工|竣工|总投资|投资)"
    r"|规划(?=建设|新建|建成|研究|布局|实施|中的)"  # "依托X铁路规划建设": 规划 is the verb, not a plan's name
    r"|规划(?=等级|标准|线位|里程|长度)"  # "将X航道规划等级由四级提升为三级": the item's planned grade
)

#: One-character prepositions and conjunctions that open a clause before a name, each with the shape of
#: the rest of its clause (the text after the name, up to the next comma) that tells it: 自…以来/起/后
#: (since, from), 若/如…能/如期/顺利 (if … can), 沿…一线/两侧/布局/建设 (along), 向…集聚/延伸/方向 (towards),
#: 往…方向/的车辆 (to).
_CLAUSE_LEADS: dict[str, re.Pattern[str]] = {
    "自": re.compile(r"[^,，。;；]*?(?:以来|以后|之后|后|开始|起)"),
    "若": re.compile(r"(?:能|能够|可以|可|如期|顺利|按期|按时|得以|在[^,，。;；]{0,8}?前?(?:建成|完工|通车|开工))"),
    "如": re.compile(r"(?:能|能够|可以|如期|顺利|按期|按时|得以)"),
    "向": re.compile(r"[^,，。;；]{0,2}?(?:集聚|聚集|汇聚|延伸|转移|靠拢|进发|输送|方向)"),
    "往": re.compile(r"(?:方向|的(?:车辆|列车|航班|旅客|货物|道路|公路|班车))"),
    "沿": re.compile(r"(?:一线|两侧|两岸|沿线|走向|[^,，。;；]{0,4}?(?:布局|布设|布置|分布|规划|建设|打造|发展))"),
}


def _clause_after(work: str, end: int, limit: int = 30) -> str:
    """Return the text after a name up to the end of its clause (a comma or a full stop), at most ``limit``."""
    m = re.compile(r"[,，。;；\n]").search(work, end, end + limit)
    return work[end : m.start() if m else end + limit]


#: A head followed by a unit name is part of an organisation ("中国铁路成都局集团有限公司",
#: "X经开区管委会"); 布局, 格局, 全局, 大局 are no bureau ("沿X高速布局物流园区"), and a verb before the
#: unit makes it the item's partner, not its owner ("X机场获民航局批复", "X站获得国铁集团批复").
#: A company named after its site reaches further ("X物流园建设发展有限公司").
_ORG_AFTER_RE = re.compile(rf"(?:(?![获得经报向由与和及被请交])[{CJK}]){{0,4}}?(?:(?<![布格全大])局|集团|公司)|[{CJK}]{{0,8}}?有限(?:责任)?公司|管委会|管理委员会")


def _route_before_of(work: str, pos: int) -> int | None:
    """Return where a route "A至B" / "A到B" of two places starts when it ends with 的 just before ``pos``."""
    if work[pos - 1 : pos] != "的":
        return None
    to = max(work.rfind("至", max(0, pos - 9), pos - 1), work.rfind("到", max(0, pos - 9), pos - 1))
    if to < 0 or not place_re().fullmatch(work, to + 1, pos - 1):
        return None
    ends = [m.start() for m in place_re().finditer(work, max(0, to - 8), to) if m.end() == to]
    if not ends or work[min(ends) - 1 : min(ends)] == "从":
        return None  # "从重庆到成都的高铁只需1小时": a journey, not a line
    return min(ends)


#: A phase in brackets closing a name's note ("(一期)", "（二期工程）").
_PHASE_NOTE_RE = re.compile(r"[(（](?P<phase>[一二三四五六七八九十]期)(?:工程)?[)）]$")

#: A corridor word right after a line's head ("沿江高铁通道", "川渝高速公路省际通道", "高速公路双通道"):
#: the noun is the corridor; a corridor that is itself a project ("X铁路通道项目") is one.
_CORRIDOR_AFTER_RE = re.compile(r"(?:省际|双|大)?通道(?!项目|工程|建设)")

_STATION_PAIR_RE = re.compile("站至")
#: A track or a stretch right after a station: "A至B站" before it is a route ("A至B站三线", "A至B站段").
_ROUTE_AFTER_STATION_RE = re.compile("[一二三四双单复]?线|联络线|段")

#: A service run between two sites named after them ("A港至B港“水水中转”班轮", "A站至B站班列"): the pair is
#: the service's route, not two items (tests/test_extract.py, routes between ports).
_SERVICE_AFTER_RE = re.compile(r"(?:“[^”]{1,8}”)?(?:班轮|班列|航线|航班|专列|班车|客运|货运|集装箱)")

#: A route's joiner right after a whole item's head ("A铁路至B站", "A科学城至B新区", "A水道经B港").
_ITEM_JOINERS = "至到经"


def _item_pair_end(modifier: str, head: str, typ: EntityType) -> re.Match[str] | None:
    """Return the head of the first item when ``modifier`` holds a whole item joined to a second by a route's
    joiner ("利用A铁路至B站后", "实现A科学城至B新区快速通达", "A大道至B开发区C大桥", "A水道经B港通江达海").

    The second item is a site (a station, port, park, airport), not a line nor a structure on one, which
    may be named by its two ends ("A机场至B站快速通道", "A路至B长江大桥" keep their names); the item before
    the joiner ends in a head of its own with a word before it ("本线至X站" has none: 本线 is no item).
    """
    if typ in lx.LINE_LIKE:
        return None
    found = None
    for m in HEAD_RE.finditer(modifier):
        at = m.end()
        if m.start() >= 2 and modifier[at : at + 1] in _ITEM_JOINERS and len(modifier) - at > 2 \
                and not place_re().match(modifier, m.start()):
            found = m
    return found

#: The road a connector leads to: "…至G75兰海高速连接线", "…至正习高速连接道".
_CONNECTOR_TARGET_RE = re.compile(rf"至((?:[GS]\d{{1,4}})?[{CJK}]{{2,6}}?(高速公路|高速))$")

#: A bracket closing a list item: its section or a note ("(泸州段)", "(在建)", "(含南川)").
_TAIL_BRACKET_RE = re.compile(r"[(（](?P<inner>[^()（）]{1,12})[)）]$")

#: Verbs that open a list after its count or kind ("3个通用机场包括A、B和C通用机场"): the item after
#: one is the list's first, not works on a line named before it.
#: Stop words that close a project's name ("X送出工程", "X项目"): a section after one is that project's.
_WORKS_STOPS = frozenset({"工程", "项目"})
_LIST_OPENERS = frozenset({"包括", "分别为", "分别是", "主要有", "其中", "即"})

#: A place's suffix closing a list item of two or more characters before it ("白石镇", "綦江区").
_ITEM_ADMIN_RE = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})[{lx.ADMIN_SUFFIX}]$")

#: A corridor's line named by its direction closing a list item ("成渝中线", "渝西北线").
_DIRECTION_LINE_RE = re.compile("[东南西北中]线$")

#: Works on a line closing a list item ("G93宜泸渝扩容、渝叙筠等高速公路").
#: (Also a section by direction: "建恩北段、利咸等高速公路" → 建恩高速公路北段.)
_ITEM_WORKS_RE = re.compile(f"(?:{lx.LINE_WORKS}|复线|(?<=[\u4e00-\u9fff]{{2}})[东南西北]段)$")

#: A list item named as a line ("璧铜线"); "成渝中线", "X北线" are lines of a corridor that take the head.
_LINE_NAME_RE = re.compile("(?<![东南西北中复支干])线$")


#: Types of a site that may be a route's end ("X机场至Y高速公路", "A至B储气库天然气管道").
_SITE_TYPES = frozenset({EntityType.AIRPORT, EntityType.PORT, EntityType.ENERGY, EntityType.WATER, EntityType.RAIL_STATION})


def _route_ends(work: str, start: int, hs: int, group: int) -> list[Cand]:
    """Sites named as a route's ends: "黔北(德江)机场至新合朋高速公路" names 黔北(德江)机场 too.

    Each end between 至 is judged alone; its last head may be followed by generic words only
    ("相国寺储气库天然气"), and the site must be acceptable on its own.
    """
    out = []
    pos = start
    for part in work[start:hs].split("至"):
        heads = [m for m in HEAD_RE.finditer(part) if HEAD_TYPES[int(m.lastgroup[1:])] in _SITE_TYPES]
        if heads:
            m = heads[-1]
            rest = part[m.end() :]
            if (not rest or not GENERIC_RE.sub("", rest)) and acceptable(part[: m.start()], m.group(), part[: m.end()]):
                out.append(Cand(pos, pos + m.end(), clean_name(part[: m.end()]), HEAD_TYPES[int(m.lastgroup[1:])], group=group))
        pos += len(part) + 1
    return out


def _section_stations(work: str, pos: int, sec: str, group: int) -> list[Cand]:
    """Stations a section is named by ("兰渝高铁重庆西站至潼南段" names 重庆西站 too)."""
    out = []
    for part in sec.split("至"):
        if len(part) >= 3 and part.endswith("站") and place_re().match(part):
            s = work.index(part, pos)
            out.append(Cand(s, s + len(part), part, EntityType.RAIL_STATION, group=group))
        pos += len(part) + 1
    return out


def _structure_type(work: str, start: int, modifier: str) -> EntityType:
    """Return the type of a tunnel or bridge: a railway's when its name or its sentence says so.

    "万州长江铁路大桥", "宜宾临港长江公铁大桥", "成自宜高铁…建成了龙泉山一号隧道" are railway
    structures; others are road structures (issue #11).
    """
    if _RAIL_WORD_RE.search(modifier):
        return EntityType.RAILWAY
    own = [HEAD_TYPES[int(m.lastgroup[1:])] for m in HEAD_RE.finditer(modifier)]
    own = [t for t in own if t in (EntityType.RAILWAY, EntityType.HIGHWAY)]
    if own:
        return own[-1]  # "北滨大道延长线": the line it is built on is named in it
    lo = max(0, start - 200)
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(work, lo, start)]
    lines = [HEAD_TYPES[int(m.lastgroup[1:])] for m in HEAD_RE.finditer(work, breaks[-1] if breaks else lo, start)]
    lines = [t for t in lines if t in (EntityType.RAILWAY, EntityType.HIGHWAY)]
    return lines[-1] if lines else EntityType.HIGHWAY


_RAIL_WORD_RE = re.compile("铁路|公铁|高铁|轨道|城轨")

#: The works on a list's item right after its name, before 等 ("X客专提质改造等…").
_WORKS_AFTER_RE = re.compile(lx.LINE_WORKS)


def _list_follows(work: str, pos: int, typ: EntityType) -> bool:
    """Return whether a valid "等 + head" of type ``typ`` follows ``pos`` ("…、沿江货运铁路等铁路"), maybe
    after the works on the item ("…、X客专提质改造等5个高铁项目")."""
    works = _WORKS_AFTER_RE.match(work, pos)
    pos = works.end() if works else pos
    later = LATER_RE.match(work, pos)
    if not later:
        return False
    for m in HEAD_RE.finditer(work, pos + 1, later.end()):
        filler = work[pos + 1 : m.start()]
        if HEAD_TYPES[int(m.lastgroup[1:])] is typ and lx.LIST_FILLERS.match(filler) and not lx.ROLE_FILLERS.search(filler):
            return not (HEAD_RE.match(work, m.end()) or work[m.end() : m.end() + 2] in ("供水", "重大"))
    return False


def _in_negative_list(work: str, end: int) -> bool:
    """Return whether the item is one of a list of non-items ("春熙路、…等世界知名商圈", "…图书馆、博物馆合作联盟")."""
    dash = DASH_ITEM_RE.match(work, end)  # "春熙路—太古里、…": a pair joined by a dash
    end = dash.end() if dash else end
    if work[end : end + 1] not in LIST_SEP:
        return False
    m = CLAUSE_BREAK.search(work, end)
    rest = work[end : m.start() if m else len(work)]
    if "等" in rest:
        tail = rest[rest.rindex("等") + 1 :]
    else:  # no shared noun: look only at what follows the last item's head ("博物馆合作联盟")
        heads = list(HEAD_RE.finditer(rest))
        tail = re.split("[、和及与]", rest[heads[-1].end() :])[0] if heads else ""
    cut = [x.start() for x in (STOP_RE.search(tail), CUE_RE.search(tail)) if x]
    tail = tail[: min(cut)] if cut else tail  # only the noun the list shares, not the verb after it
    return bool(lx.TAIL_NEGATIVE.search(place_re().sub("", tail)))


def _route_part(modifier: str) -> bool:
    """Return whether a dash-joined modifier strings several sites together (a tour route)."""
    parts = modifier.split("—")
    return len(parts) > 1 and any(HEAD_RE.search(p) for p in parts[:-1])


#: A river or lake a shared crossing head names ("A、B两座长江大桥", "A、B等嘉陵江隧道"), with 特 of
#: 特大桥: part of each item's name; words of crossing in general (跨江, 过江, 沿江, 临江) are no river's name.
_CROSSED_WATER_RE = re.compile(
    r"(?:\d+|[一二三四五六七八九十两]+)?[座条个]?(?P<water>[\u4e00-\u9fff]{1,3}[江河湖])?(?P<grand>特)?")
_CROSSING_WORDS = frozenset({"跨江", "过江", "沿江", "临江", "滨江", "跨河", "过河", "沿河", "临河", "滨河", "沿湖", "环湖"})
_CROSSING_HEADS = frozenset({"大桥", "特大桥", "桥", "隧道", "过江通道"})


def _crossed_water(filler: str, head: str) -> str:
    """Return the river a list's filler names before a shared crossing head ("两座长江大桥" → 长江), or ""."""
    m = _CROSSED_WATER_RE.fullmatch(filler)
    if not m or core_head(head) not in _CROSSING_HEADS:
        return ""
    water = m.group("water") or ""
    if water in _CROSSING_WORDS or GENERIC_RE.fullmatch(water):
        water = ""  # "两座跨江大桥": a kind of bridge, no river of its name
    grand = (m.group("grand") or "") if head == "大桥" else ""
    return water + grand


#: One character and a direction's 至 before a place ("平南至武宣"): the character and the direction
#: are a place's name (平南, 济南), not a clause's "南至X" (southward to X), unless the character is a
#: verb or preposition of direction ("向南至X").
_PLACE_TO_RE = re.compile(r"(?<=[^\W\d_])(?<![向往朝再后并直])[东西南北]至(?=[^\W\d_]{2})")


def _place_to_spans(item: str, *, listed: bool) -> list[tuple[int, int]]:
    """Return the spans of ``item`` where a direction and 至 follow a one-character word that stands
    alone: at the item's start after a list's separator, or right after a stop ("建设平南至武宣")."""
    out = []
    for m in _PLACE_TO_RE.finditer(item):
        first = m.start() - 1
        if (first == 0 and listed) or any(s.end() == first for s in STOP_RE.finditer(item, 0, first)):
            out.append((m.start(), m.end()))
    return out


def _list_items(
    work: str, pos: int, head: str, typ: EntityType, group: int, *, strict: bool = False, admin: str = "",
    qualifier: str = "",
) -> list[Cand]:
    """Return the items of a coordinated list ending just before ``work[pos]``.

    ``pos`` is the index of 等 (or of the separator before the last item).
    Items that carry a head of their own are skipped (they are found on their
    own); the walk stops at the first item that starts after a stop word.
    ``qualifier`` (a river the shared head crosses) goes between each item and the head.
    """
    out: list[Cand] = []
    end = pos
    core = core_head(head)
    while end > 0:
        start = end
        while start > 0 and (NAME_CHAR.match(work[start - 1]) or work[start - 1] in "()（）") and work[start - 1] not in LIST_SEP:
            if work[start - 2 : start] == "——":
                break  # "…”——X及Y工程": the double dash opens an apposition
            start -= 1
        # a verb ending in a joiner ("主要涉及A、B", "参与X"): the joiner is the verb's, the item after it
        # opens the list
        verb_joined = start > 0 and work[start - 1] in LIST_SEP and work.endswith(lx.JOINER_VERBS, 0, start)
        item = work[start:end]
        # works on the item's line close it ("包茂扩能", "渝湘复线"): kept after the name, not a stop
        works = _ITEM_WORKS_RE.search(item) if typ in lx.LINE_LIKE else None
        if works and works.group().endswith("段") and (
                "至" in item or region_part_re().fullmatch(item, works.start() - 1, works.start() + 1)
                or any(p.end() == works.start() + 1 for p in place_re().finditer(item))):
            works = None  # "A至B西段", "渝西段", "陕西段": a route's or a place's end, not a direction
        suffix = works.group() if works and works.start() >= 2 else ""
        item = item[: len(item) - len(suffix)]
        protected = protected_spans(item)
        if typ in lx.LINE_LIKE:
            protected += _place_to_spans(item, listed=start > 0 and work[start - 1] in LIST_SEP)
        cut = cut_at = 0
        for m in STOP_RE.finditer(item):
            if not any(a <= m.start() < b for a, b in protected) and m.end() > cut:
                cut, cut_at = m.end(), m.start()
        stopped = cut > 0 or start == 0 or work[start - 1] not in LIST_SEP or verb_joined
        item_start = start + cut
        pair = _STATION_PAIR_RE.search(work, item_start, end) if typ is EntityType.RAIL_STATION else None
        if pair:  # "成都东站至X、Y站": the station a service runs from is not an item of the list
            item_start, stopped = pair.end(), True
        item = work[item_start : end - len(suffix)]
        if _TIME_LEAD_RE.fullmatch(item):
            break  # "计划于2025年与X高铁同步建成": a time, not an item of the list
        if work[end : end + 1] in _PREPOSITION_JOINERS and item[-1:] in lx.JOINER_ADVERBS \
                and any(m.end() == len(item) - 1 for m in HEAD_RE.finditer(item)):
            break  # "X高速公路拟与Y高速相接": a name, an adverb, then the preposition 与; no list
        if _LENGTH_ITEM_RE.fullmatch(item) or lx.SLOGAN_RE.search(item):
            break  # "…坝18.45公里、X水库": a length closing the item before; "乡镇通三级公路": a slogan
        if item.endswith("段") and work[item_start - 1 : item_start] == "至":
            break  # "渝厦高铁重庆东至黔江段、…高速公路": the far end of another line's section
        if item.endswith("段") and cut and work[start + cut_at : start + cut] == "的":
            break  # "A、B等线路的X段、C铁路": a part of the lines before 的, named with them (geo.extract.parts)
        if item.endswith("段") and cut and work[start + cut_at : start + cut] in _WORKS_STOPS:
            break  # "A送出工程重庆段、B输变电工程": the section of the project 工程 closed, not an item of the list
        if typ is EntityType.RAIL_STATION and "至" in item:
            break  # "A站经B至C和D东站…的双通道": a route between places, not a station of the list
        if item[:1] in ")）":
            break  # "X高速公路(简称“Y”)甲至乙段、…": the tail of the name before it, not an item
        if len(item) == 1 and cut and item not in lx.ABBREVIATIONS:
            break  # "通过连接线与X等铁路": the last character of a word a stop opens (连接|线), not an item
        # a note closing the item ("X高速公路(在建)") does not hide its own head
        noted = _TAIL_BRACKET_RE.search(item)
        headed = item[: noted.start()] if noted else item
        own = [m for m in HEAD_RE.finditer(item) if (m.end() == len(headed) or item.endswith("段"))
               and not (m.group() == "线" and _DIRECTION_LINE_RE.search(headed))]  # "A至B北线": a route's line, the list's head names it
        if head in lx.CHAIN_HEADS and "—" in item:
            own = []  # "A水库—B水库、…四条输水干渠": the chain ends at a site of its own, it is the canal's name
        if own and typ in lx.LINE_LIKE and "至" in headed and all_places(headed):
            own = []  # "梧州至贵港、…5条高速公路": a route between places, the far one named with a head word (港)
        if (cut and not own and work[start + cut_at : start + cut] not in _LIST_OPENERS
                and any(h.end() == start + cut_at for h in HEAD_RE.finditer(work, start, start + cut_at))):
            # "渝武高速公路扩能北碚至合川段": the item has its own head right before the works; a head
            # further left is another clause's ("X铁路通道项目是衔接沪昆、南昆及沿边铁路")
            own = [None]
        if item and not own:
            # a station's name often holds a one-character generic word (三岔湖, 石大关, 高川)
            # a corridor's line by its direction ("成渝中线") takes the head: 中 is no generic word there
            body = _DIRECTION_LINE_RE.sub("", item)
            # a place with its suffix, as the last item has it ("白石镇、红桥镇污水处理厂"): the suffix is
            # no generic word there; in a list of other things an area stays one ("南岸区、X大桥")
            if admin and item.endswith(admin):
                body = _ITEM_ADMIN_RE.sub("", body)
            # a line's two initials ("娄新、洞新、武靖高速": 娄底–新化…) may hold a one-character generic word,
            # in second place, the first being a place's initial ("内环": a generic word opens it); only in a
            # list of 、 (和, 与 are also prepositions: "最后与X高速相连")
            pair = typ in lx.LINE_LIKE and len(body) == 2 and work[end : end + 1] == "、" \
                and not GENERIC_RE.fullmatch(body[0])
            proper = _not_generic(item) if typ is EntityType.RAIL_STATION or pair else bool(body) and not GENERIC_RE.search(body)
            if strict and not (place_like(item) or (2 <= len(item) <= 5 and proper)):
                break
            longest = 32 if head in lx.CHAIN_HEADS else 16  # a chain of six sites is a canal's name
            if 1 <= len(item) <= longest and not NEG_RE.search(item) and GENERIC_RE.fullmatch(item) is None:
                note = ALIAS_RE.search(item)
                alias = note.group("alias") if note and is_alias(note.group("alias"), typ) else None
                bare = item.replace(note.group(), "") if alias else item
                # a bracket closing an item is its section ("泸州至永川(泸州段)") or a note ("(在建)")
                tail = None if alias else _TAIL_BRACKET_RE.search(bare)
                section = ""
                if tail:
                    bare = bare[: tail.start()]
                    inner = tail.group("inner")
                    section = inner if inner.endswith("段") and section_ok(inner[:-1]) else ""
                if not bare:
                    break
                # an item named as a line ("璧铜线") keeps its name; the list's head is an alias
                named_line = typ in lx.LINE_LIKE and len(bare) >= 3 and _LINE_NAME_RE.search(bare) is not None
                name = clean_name(bare) if named_line else clean_name(bare) + qualifier + core
                if tail and TRAILER_RE.fullmatch(tail.group("inner")):
                    name += tail.group("inner")  # "渝湘(复线)" → 渝湘高速公路复线
                name += suffix
                if section:
                    cand = Cand(item_start, end, name + section, typ, group=group, part_of=name)
                    cand.aliases.append(clean_name(bare) + section)
                    out.append(cand)
                    if stopped:
                        break
                    end = start - 1
                    continue
                cand = Cand(item_start, end, name, typ, group=group)
                if alias:
                    cand.aliases.append(alias)
                if head != core or named_line:
                    cand.aliases.append(clean_name(bare) + head + suffix)
                if qualifier and not named_line:
                    cand.aliases.append(clean_name(bare) + core + suffix)
                cand.places = places_of(name, core)
                variant_aliases(cand, core)
                out.append(cand)
        elif item and strict:
            break
        if stopped:
            break
        end = start - 1
    out.reverse()
    return out


def _inner_parent(cand: Cand, work: str, hs: int) -> Cand | None:
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
    for m in HEAD_RE.finditer(body):
        t = HEAD_TYPES[int(m.lastgroup[1:])]
        if t in kinds and m.start() > 0 and len(body) - m.end() >= 2:
            pname = clean_name(body[: m.end()])
            if not acceptable(body[: m.start()], m.group(), pname):
                return None
            cand.part_of = pname
            own = cand.name[m.end() :]
            if cand.type is EntityType.RAIL_STATION and len(own) >= 3:
                cand.aliases.append(own)  # "成渝铁路隆昌站" is also written "隆昌站"
            return Cand(cand.start, cand.start + m.end(), pname, t, group=cand.group, implied=True)
    return None


def _not_generic(item: str) -> bool:
    """Return whether a short list item is a proper word: no generic word of two characters or
    more, and not only one-character ones ("石大关", "高川" are names; "大型", "新老" are not)."""
    return not MULTI_GENERIC_RE.search(item) and bool(GENERIC_RE.sub("", item))


def _line_before_stop(work: str, start: int, modifier: str, group: int) -> list[Cand]:
    """Return the road named before a toll station that is a landmark ("X高速Y收费站" → X高速), if any."""
    roads = [m for m in HEAD_RE.finditer(modifier) if HEAD_TYPES[int(m.lastgroup[1:])] is EntityType.HIGHWAY]
    if not roads:
        return []
    line = roads[-1]
    name = modifier[: line.end()]
    if not acceptable(name[: line.start()], line.group(), name):
        return []
    return [Cand(start, start + line.end(), clean_name(name), EntityType.HIGHWAY, group=group)]
