"""Trim a name's left boundary: where the name ending at a head starts, past the lead of its clause.

:func:`left_start` walks back from the head to the clause's edge, then reads the lead in order: stop words (where a
stop word is no stop: :mod:`geo.extract.names.protected_spans`; a verb glued to a line's initials:
:mod:`geo.extract.names.verb_initials`; stops the line around them reads: :mod:`geo.extract.names.line_leads`), a
definition's 指 after a count, words of the sentence before a name or a kind (:mod:`geo.extract.names.lead_words`), a
verb's aspect particle right before the head, prepositions of route (经, 接, 处, 中), and the phrases that open a span
(list numbers, bylines, lengths, time phrases: :mod:`geo.extract.names.lead_phrases`).

Hands on a start offset (:func:`left_start`) and the clause-lead test (:func:`opens_clause`) to
:mod:`geo.extract.names.head_names`; the start offset also to :mod:`geo.extract.names.compact_lines`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.names.lead_phrases import (
    BYLINE_BEFORE_RE,
    BYLINE_RE,
    LEAD_LENGTH_RE,
    LIST_NUMBER_RE,
    TIME_LEAD_RE,
    past_bare_byline,
)
from geo.extract.names.lead_words import (
    ASPECT_PARTICLES,
    VIA_WORD_ENDS,
    function_word_lead,
    sentence_words_lead,
    way_verb,
)
from geo.extract.names.line_leads import (
    BOUND_STOPS,
    LINE_FROM_RE,
    line_part_after,
    origin_lead,
    station_by_direction,
)
from geo.extract.names.protected_spans import protected_spans
from geo.extract.names.verb_initials import abbreviation_run, split_verb, verb_result_run
from geo.extract.patterns import HEAD_RE, LIST_SEP, NEG_RE, STOP_RE, place_re

#: The characters of :data:`~geo.extract.patterns.NAME_CHAR` outside the CJK range (and Roman numerals), for
#: :func:`left_start`'s test of one character at a time (a comparison, not 15,000 regex calls an ingest: issue 16).
_NAME_OTHER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789·—-–ⅠⅡⅢⅣ")


def _inner_word(work: str, offset: int, m: re.Match[str]) -> bool:
    """Return whether a locative stop's 内 (市内, 区内, 县内), matched in ``work[offset:]``, opens the word after it:
    "城市内环快速路", "止于X区内环Y立交", "宜宾城市内环线" (内环, a ring road; its 环 may open the head 环线), where no
    "within" is meant."""
    return m.group()[-1:] == "内" and work.startswith("环", offset + m.end())


def _past_unopened_bracket(work: str, i: int, hs: int) -> int:
    """Return ``i`` past the last closing bracket of ``work[i:hs]`` opened before ``i``: the span then began inside a
    bracket of the clause ("…(11条建成,2条在建)X高铁", "A至B高速公路(经C)D高速"), which closes before the name."""
    depth = 0
    start = i
    for k in range(i, hs):
        if work[k] in "(（":
            depth += 1
        elif work[k] in ")）":
            if depth:
                depth -= 1
            else:
                start = k + 1
    return start


def _ends_with_head(text: str) -> bool:
    """Return whether ``text`` ends with a head word ("西部第一路", "山城第一港"), a name of its own; a policy's
    slogan is none ("“一带一路”X中心": a negative word, 带, names the policy)."""
    return any(m.end() == len(text) for m in HEAD_RE.finditer(text)) and not NEG_RE.search(text)


def left_start(work: str, hs: int, limit: int = 24) -> int:
    """Return where the name ending at head ``hs`` starts (after the last stop word)."""
    i = hs
    depth = 0
    lo = max(0, hs - limit)
    while i > lo:
        ch = work[i - 1]
        if ch in ")）" and not depth and BYLINE_BEFORE_RE.search(work, max(lo, i - 24), i):
            break  # "新华社重庆10月19日电(记者 韩振)X高速…": a news lead's byline in brackets, not part of the name
        if ch in ")）":
            depth += 1
        elif ch in "(（":
            if depth == 0:
                break
            depth -= 1
        elif ch in "”\"":
            j = work.rfind("“", lo, i - 1)
            if j < 0 or depth or _ends_with_head(work[j + 1 : i - 1]):
                break  # "“西部第一路”X高速": a quoted name of its own before the name is its epithet, no part of it
            i = j
            continue
        elif not ("\u3400" <= ch <= "\u9fff" or ch in _NAME_OTHER) and not (depth and ch not in "\n,，。;；") \
                and not (ch == "±" and work[i : i + 1].isdigit()):
            break  # (a direct current's voltage, "A至B±800千伏特高压直流工程", is inside the name)
        elif ch == "—" and work[i - 2 : i - 1] == "—":
            break  # a double dash "——" opens an apposition; one dash joins places ("江津—綦江")
        elif ch == "丨":
            break  # a headline's column before its title ("年终盘点丨X铁路…", "市州观察丨…"): a separator
        i -= 1
    floor = i
    if i == lo:
        # the walk stopped at its limit, maybe inside a word: the few characters of a word before the limit are
        # read too, so that a stop across it ("新建|成都甲-乙-…-丙高铁") is read whole; the name starts at the limit
        # at the earliest
        while i > max(0, lo - _LIMIT_LOOKBACK) and "\u3400" <= work[i - 1] <= "\u9fff":
            i -= 1
    i = _past_unopened_bracket(work, i, hs)
    i = past_bare_byline(work, i, hs)
    span = work[i:hs]
    cut = 0
    protected = [(a, b) for a, b in protected_spans(span) if not way_verb(span, a, b, work, hs)]
    protected += [(m.start(), m.end()) for m in _ZONE_HEAD_RE.finditer(span)]
    last = 0
    verb_end = -1
    for m in STOP_RE.finditer(span):
        if any(a <= m.start() < b for a, b in protected):
            continue
        if len(m.group()) == 1 and m.group() not in LIST_SEP and span[m.start() :] in lx.TOWN_SHORTS:
            continue  # "实施含山立交改造" (含山 a town): a one-character verb (含) opening a town's short form right before the head
            # is the town's first character; a list's joiner (和, 及, 与) is left to the rules of lists
        if m.group() in lx.WEAK_STOPS and m.start() == verb_end and not (m.end() == len(span) and work[hs : hs + 1].isascii()):
            continue  # "建成走马岭隧道", "改造继光大道": the verb's object may open with such a character
        if m.group() in lx.PART_VERBS and line_part_after(span, cut, m.start(), m.end(), work, hs):
            continue  # "X高速新增甲互通", "X高速甲预留互通": the verb adds a part to the line named before it
        if m.group() in BOUND_STOPS and (m.start() - cut == 1 or station_by_direction(span, cut, m.start())):
            continue  # "加快建设江东至白涛高速", "城东至X": one character and a direction are a place, not "东至X"
        if m.group() in lx.CAUSATIVE_STOPS and not place_re().match(span, m.end()) and len(span) - m.end() < 2 \
                and not (m.end() == len(span) and work[hs : hs + 1].isascii()):
            continue  # "使水富港…", "未来攀盐高速" are a verb before a name; "使君路", "未来科技城" are names
        if _inner_word(work, i, m):
            continue
        if m.group() in _NAME_OPENING_LEADS and len(span) - m.end() < 2:
            continue  # "如意大道": 如 before one character and the head opens the name ("如X大桥能…" is a lead)
        if m.group() in _NAME_OPENING_JOINERS and len(span) - m.end() == 1 and not _RING_BY_ROLE_RE.match(work, hs - 1) \
                and (m.start() <= cut or span[m.start() - 1] in lx.PLACE_SUFFIX):
            continue  # "X县和平水库", "和顺大桥": one character before the head is no list item, 和 opens the name
        if len(m.group()) > 1:
            verb_end = m.end()
        # a longer stop ending inside a place ("打造成都…": 打造成 | 成都) gives way to the shorter
        # stop ending where the place begins (打造)
        inside = [a for a, b in protected if a < m.end() < b and STOP_RE.fullmatch(span, m.start(), a)]
        if not inside and (abbreviation_run(span[m.end() - 1 :]) or verb_result_run(m.group(), span[m.end() - 1 :], work, hs)) \
                and STOP_RE.fullmatch(span, m.start(), m.end() - 1):
            # "加快建设成南达万高铁": a stop ending in an abbreviation (建设成) before a run of four
            # gives way to the shorter stop (建设); the run is the line's name
            inside = [m.end() - 1]
        cut, last = max(cut, min(inside) if inside else m.end()), m.start()
    # a stop overlapping the last one reaches further ("有力推动": 力推, then 推动)
    for k in range(last + 1, cut):
        m = STOP_RE.match(span, k)
        if m and m.end() > cut and (not any(a < m.end() and k < b for a, b in protected) or split_verb(span, last, m)) \
                and not _inner_word(work, i, m) \
                and not (m.end() == cut + 1 and (abbreviation_run(span[cut:]) or verb_result_run(m.group(), span[cut:], work, hs))):
            cut = m.end()
    # "“3桥2隧”指A大桥", "今年开工的3桥2隧指A大桥": 指 after a count of kinds or a quoted count defines it, the
    # items follow; elsewhere 指 is inside a name ("五指山隧道", "指定监管场地")
    for m in _COUNT_DEFINITION_RE.finditer(span, cut):
        if not any(a <= m.start() < b for a, b in protected):
            cut = m.end()
    cut = function_word_lead(span, cut, protected)
    head = HEAD_RE.match(work, hs)
    cut = sentence_words_lead(span, cut, protected, bare=head is not None and head.group() not in lx.VERB_NAMED_HEADS)
    if span[-1:] in ASPECT_PARTICLES and len(span) > cut + 1:
        cut = len(span)  # "“背着公路”进藏": a verb's aspect particle right before the head, which stands alone
    if span[cut : cut + 1] in lx.VIA_LEADS and (cut + 1 == len(span) or place_re().match(span, cut + 1)) \
            and not span.startswith(lx.PLACE_LINE_ROLES, cut):
        cut += 1  # "经隧道连通X机场", "经B、C至D站": the way of a route opens the clause, no name
    # "起于X转盘接Y路", "止于X县接Y大道", "至X接Y高速": where a route meets another, 接 after a site joins them; the
    # name is the line joined. Words opening with 接 (接线, 接驳站, 接待中心) and a name opening with
    # it ("接龙大道") keep it.
    join = span.rfind("接", cut + 1)
    if join > cut and len(span) - join > 2 and span[join + 1] not in _JOIN_WORD_ENDS \
            and not any(a <= join < b for a, b in protected) and not _ROUTE_END_RE.search(span, join) \
            and _names_on_its_own(span, join + 1):
        cut = join + 1
    # "于A大桥处沿B路向南", "在A站处接入B铁路": 处 right after an item's head is the place of that item, told by
    # the clause; the next name starts after it and after a preposition of way that follows
    for m in HEAD_RE.finditer(span, cut):
        if span.startswith("处", m.end()) and len(span) - m.end() > 2:
            cut = m.end() + 1
            if span[cut] in _WAY_AFTER_PLACE and len(span) - cut > 2:
                cut += 1
    via = span.rfind("经", cut)
    # (经 of a word: 经济, 经开区, 经营, 经贸, 经纬)
    opening = place_re().match(span, cut, via) if via > cut and work[i + via + 1 : i + via + 2] not in VIA_WORD_ENDS else None
    if opening and via - opening.end() <= 2 and not _ROUTE_END_RE.search(span, cut) \
            and not (HEAD_RE.search(span, opening.end(), via) and place_re().match(span, via + 1)) \
            and not any(a <= via < b for a, b in protected):
        # "实现X新区经轨道交通S1线与1号线换乘": a place (maybe with its area word) and the way it goes; "A经B至C
        # 高铁" is a route's name, "A港经B港" two items a route joins
        cut = via + 1
    # a length told of the item before it ("新开工高速路200公里高铁300公里", "正线全长478公里高铁…"): the
    # lead ends after it; a length after a route's ends ("A至B81公里航道") is the stretch's name
    for m in LEAD_LENGTH_RE.finditer(span, cut):
        if m.group("told") or any(h.end() == m.start() for h in HEAD_RE.finditer(span, cut, m.start())):
            cut = m.end()
    # "X铁路自Y站引出", "X高速从Z互通起": a line with its preposition of origin opens the clause; the
    # item after it is the site the line leaves from
    for m in LINE_FROM_RE.finditer(span, cut):
        cut = m.end()
    if origin_lead(span, cut, work, hs):
        cut += 1  # "…重要项目,自X站引出": the preposition of origin opening the clause, no part of the name
    # "《X规划》中S7Y高速", "“九联”路网中Z路": 中 after a plan's title or a network is "in" it, no part of the name
    # (a place opening with 中 keeps it: 中江)
    if span.startswith("中", cut) and _IN_AFTER_RE.search(work, 0, i + cut) and not place_re().match(span, cut) \
            and len(span) - cut > 2:
        cut += 1
    number = LIST_NUMBER_RE.match(span, cut) or BYLINE_RE.match(span, cut)
    cut = number.end() if number else cut
    time = TIME_LEAD_RE.match(span, cut)
    return max(floor, i + (time.end() if time else cut))


#: How many characters before its limit :func:`left_start` reads for a stop word across the limit.
_LIMIT_LOOKBACK = 3


#: The verb 指 of a definition after a count of kinds ("3桥2隧指", "两港指") or a quoted count ("“4”指").
_COUNT_DEFINITION_RE = re.compile(r"(?:(?:[一二三四五六七八九十两\d]+[\u4e00-\u9fff])+|[\d”\"])指")

def _names_on_its_own(span: str, at: int) -> bool:
    """Return whether ``span[at:]`` (the words before a head) can name a line by itself: not a street's number
    alone ("一号大道", "2号路" are named with their place), which keeps the words before 接."""
    return not _STREET_NUMBER_RE.fullmatch(span, at)


#: A street's number ("一号", "2号"): no name without its place.
_STREET_NUMBER_RE = re.compile(r"[一二三四五六七八九十\d]{1,3}号")


#: What 中 (in) follows when it is a preposition before a name: a title, a network, a plan or a list.
_IN_AFTER_RE = re.compile("(?:[》〉]|网|规划|方案|计划|清单|名单)$")

#: Prepositions of way after an item's place ("A大桥处沿B路", "A站处向B"): the clause's, no part of the next name.
_WAY_AFTER_PLACE = frozenset("沿向往经接在")

#: Characters that make 接 the first of a word, no join of two routes (接线, 接驳, 接待, 接收, 接入, 接口, 接头, 接力…).
_JOIN_WORD_ENDS = frozenset("线轨驳待收入口头力管续送")

#: What joins a route's ends after its way ("A经B至C"): 经 is then inside the route's name.
_ROUTE_END_RE = re.compile("[至到]")


#: Joiners that also open names (和平, 和顺, 和兴): with one character only between the joiner and the
#: head and nothing before it but a stop or a county ("X县和平水库", "新建和顺大桥"), the joiner is the
#: name's first character; a list item has more ("A水库和白石水库") or follows an item ("内环线和二环线").
_NAME_OPENING_JOINERS = frozenset({"和"})

#: A ring named by its side or its order alone ("西环线", "南环路", "二环路"): a name of its own, so a joiner
#: before it joins it to the item before ("A大道和西环线"), it opens no name.
_RING_BY_ROLE_RE = re.compile("[东南西北内中外一二三四五六七八九十]环(?:线|路)")

#: Conjunctions that also open names (如意): a stop only with two characters or more before the head.
_NAME_OPENING_LEADS = frozenset({"如"})

#: Zone heads that contain a stop word (开发) and may qualify a longer name.
_ZONE_HEAD_RE = re.compile(r"(?:经济|技术)?开发区")


def opens_clause(work: str, start: int, hs: int, end: int) -> bool:
    """Return whether the character at ``start`` is a preposition or conjunction opening the clause
    (:data:`_CLAUSE_LEADS`), told by the shape of the clause after the name ending at ``end``; a name of one
    character before the head ``hs`` or opening with a place keeps it."""
    lead = _CLAUSE_LEADS.get(work[start : start + 1]) if hs - start > 2 else None
    return bool(lead and not place_re().match(work, start) and lead.match(_clause_after(work, end)))


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
