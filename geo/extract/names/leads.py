"""Trim a name's left boundary: where the name ending at a head starts, past the lead of its clause (stop
words, verbs and function words, prepositions of route, a definition's 指 after a count, a verb's aspect particle
right before the head, lengths, list numbers, bylines, time phrases).

Hands on a start offset (:func:`left_start`) and the clause-lead test (:func:`opens_clause`) to
:mod:`geo.extract.names.head_names`; :data:`TIME_LEAD_RE` to :mod:`geo.extract.names.list_items`.
"""

from __future__ import annotations

import functools
import itertools
import re

from geo.extract import lexicon as lx
from geo.extract.names.kind_words import kind_words
from geo.extract.names.protected_spans import protected_spans
from geo.extract.patterns import CUE_RE, HEAD_RE, LIST_SEP, NEG_RE, STOP_RE, head_type, place_re

#: The characters of :data:`~geo.extract.patterns.NAME_CHAR` outside the CJK range (and Roman numerals), for
#: :func:`left_start`'s test of one character at a time (a comparison, not 15,000 regex calls an ingest: issue 16).
_NAME_OTHER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789·—-–ⅠⅡⅢⅣ")


#: A news lead's byline in brackets ending right before a name: "(记者 韩振)", "（通讯员 李明 记者 王芳）".
_BYLINE_BEFORE_RE = re.compile(r"[(（]\s*(?:特约)?(?:记者|通讯员|实习生|见习记者|编辑|作者|图/文|文/图)[^()（）\n]{0,20}[)）]$")


#: A reporter's byline without brackets ("记者 王五", "封面新闻记者甲乙"): the reporter's name follows it.
_BARE_BYLINE_RE = re.compile(r"(?:记者|通讯员)\s*(?=[\u4e00-\u9fff])")


def _past_bare_byline(work: str, i: int, hs: int) -> int:
    """Return ``i`` past a byline without brackets and the reporter's name (two or three characters) in ``work[i:hs]``
    when a place opens right after that name ("记者 王五甲县至乙县高速公路…": the name starts at 甲县), else ``i``."""
    for m in _BARE_BYLINE_RE.finditer(work, max(0, i - 6), hs):
        if m.end() < i:
            continue  # (a byline before the walk's start, the reporter's name opening it after a space, is read)
        for person in (2, 3):
            if m.end() + person < hs and place_re().match(work, m.end() + person):
                i = m.end() + person
                break
    return i


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
        if ch in ")）" and not depth and _BYLINE_BEFORE_RE.search(work, max(lo, i - 24), i):
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
    i = _past_bare_byline(work, i, hs)
    span = work[i:hs]
    cut = 0
    protected = [(a, b) for a, b in protected_spans(span) if not _way_verb(span, a, b, work, hs)]
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
        if m.group() in lx.PART_VERBS and _line_part_after(span, cut, m.start(), m.end(), work, hs):
            continue  # "X高速新增甲互通", "X高速甲预留互通": the verb adds a part to the line named before it
        if m.group() in _BOUND_STOPS and (m.start() - cut == 1 or _station_by_direction(span, cut, m.start())):
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
        if not inside and (_abbreviation_run(span[m.end() - 1 :]) or _verb_result_run(m.group(), span[m.end() - 1 :], work, hs)) \
                and STOP_RE.fullmatch(span, m.start(), m.end() - 1):
            # "加快建设成南达万高铁": a stop ending in an abbreviation (建设成) before a run of four
            # gives way to the shorter stop (建设); the run is the line's name
            inside = [m.end() - 1]
        cut, last = max(cut, min(inside) if inside else m.end()), m.start()
    # a stop overlapping the last one reaches further ("有力推动": 力推, then 推动)
    for k in range(last + 1, cut):
        m = STOP_RE.match(span, k)
        if m and m.end() > cut and (not any(a < m.end() and k < b for a, b in protected) or _split_verb(span, last, m)) \
                and not _inner_word(work, i, m) \
                and not (m.end() == cut + 1 and (_abbreviation_run(span[cut:]) or _verb_result_run(m.group(), span[cut:], work, hs))):
            cut = m.end()
    # "“3桥2隧”指A大桥", "今年开工的3桥2隧指A大桥": 指 after a count of kinds or a quoted count defines it, the
    # items follow; elsewhere 指 is inside a name ("五指山隧道", "指定监管场地")
    for m in _COUNT_DEFINITION_RE.finditer(span, cut):
        if not any(a <= m.start() < b for a, b in protected):
            cut = m.end()
    cut = _function_word_lead(span, cut, protected)
    head = HEAD_RE.match(work, hs)
    cut = _sentence_words_lead(span, cut, protected, bare=head is not None and head.group() not in lx.VERB_NAMED_HEADS)
    if span[-1:] in _ASPECT_PARTICLES and len(span) > cut + 1:
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
    opening = place_re().match(span, cut, via) if via > cut and work[i + via + 1 : i + via + 2] not in _VIA_WORD_ENDS else None
    if opening and via - opening.end() <= 2 and not _ROUTE_END_RE.search(span, cut) \
            and not (HEAD_RE.search(span, opening.end(), via) and place_re().match(span, via + 1)) \
            and not any(a <= via < b for a, b in protected):
        # "实现X新区经轨道交通S1线与1号线换乘": a place (maybe with its area word) and the way it goes; "A经B至C
        # 高铁" is a route's name, "A港经B港" two items a route joins
        cut = via + 1
    # a length told of the item before it ("新开工高速路200公里高铁300公里", "正线全长478公里高铁…"): the
    # lead ends after it; a length after a route's ends ("A至B81公里航道") is the stretch's name
    for m in _LEAD_LENGTH_RE.finditer(span, cut):
        if m.group("told") or any(h.end() == m.start() for h in HEAD_RE.finditer(span, cut, m.start())):
            cut = m.end()
    # "X铁路自Y站引出", "X高速从Z互通起": a line with its preposition of origin opens the clause; the
    # item after it is the site the line leaves from
    for m in LINE_FROM_RE.finditer(span, cut):
        cut = m.end()
    if _origin_lead(span, cut, work, hs):
        cut += 1  # "…重要项目,自X站引出": the preposition of origin opening the clause, no part of the name
    # "《X规划》中S7Y高速", "“九联”路网中Z路": 中 after a plan's title or a network is "in" it, no part of the name
    # (a place opening with 中 keeps it: 中江)
    if span.startswith("中", cut) and _IN_AFTER_RE.search(work, 0, i + cut) and not place_re().match(span, cut) \
            and len(span) - cut > 2:
        cut += 1
    number = LIST_NUMBER_RE.match(span, cut) or _BYLINE_RE.match(span, cut)
    cut = number.end() if number else cut
    time = TIME_LEAD_RE.match(span, cut)
    return max(floor, i + (time.end() if time else cut))


def ends_word(work: str, start: int, end: int) -> bool:
    """Return whether the lead word ``work[start:end]`` ends a word where it ends, so that it may be cut from the
    name after it: not before a class's suffix (:data:`lexicon.WORD_SUFFIXES`: "经营性", "规范化") nor as the opening of
    a longer word of the general lexicon (:data:`lexicon.FUNCTION_WORDS`: 经 of "经营", "经销"), unless a place begins
    right after it (a preposition of way before a place: "经X镇至Y")."""
    if work[end : end + 1] in lx.WORD_SUFFIXES:
        return False
    if place_re().match(work, end):
        return True
    return not any(work[start:k] in lx.FUNCTION_WORDS for k in range(end + 1, min(len(work), start + 4) + 1))


def _way_verb(span: str, a: int, b: int, work: str, hs: int) -> bool:
    """Return whether the place ``span[a:b]`` that is also a stop word (打通, a town's name and the verb "open up a
    way") is the verb: the head at ``hs`` names a way (a road, a railway, a waterway, a tunnel or a bridge on one),
    the verb's usual object ("为打通X干线航道瓶颈", "打通Y隧道", "早点打通Z路北延线"), and neither a place's suffix nor a
    route's join follows the word ("打通镇X公路", "打通至X公路" are the town's roads). Before a site ("打通X产业基地")
    the word stays the town."""
    if not (STOP_RE.fullmatch(span, a, b) and place_re().fullmatch(span, a, b)) or span[b : b + 1] in _ROUTE_JOINS \
            or span[b : b + 1] in lx.PLACE_SUFFIX:
        return False
    head = HEAD_RE.match(work, hs)
    return head is not None and head_type(head) in lx.LINE_LIKE


#: How many characters before its limit :func:`left_start` reads for a stop word across the limit.
_LIMIT_LOOKBACK = 3


#: The verb 指 of a definition after a count of kinds ("3桥2隧指", "两港指") or a quoted count ("“4”指").
_COUNT_DEFINITION_RE = re.compile(r"(?:(?:[一二三四五六七八九十两\d]+[\u4e00-\u9fff])+|[\d”\"])指")

#: A length in a name's lead, told by 长 ("全长478公里") or written right after a head (read by the caller).
_LEAD_LENGTH_RE = re.compile(r"(?P<told>长约?|长达)?\d+(?:\.\d+)?(?:公里|千米|km)")

#: Characters that make 经 the first of a word, no way of a route ("经济", "经开区", "经营", "经贸", "经纬").
_VIA_WORD_ENDS = frozenset("济开营贸纬典销费")

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
    "创业大道" is a name). (Filtered by ``filterfalse``: the 12,600 words in one C loop, issue 16.)"""
    return frozenset(itertools.filterfalse(HEAD_RE.search, lx.FUNCTION_WORDS)) | lx.PLACE_ONLY_STOPS


#: The aspect particle after a verb ("围绕着"), and its traditional form left as written by the folding (著).
_ASPECT_PARTICLES = "着著"


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
    A verb's aspect particle (着, traditional 著) after the word belongs to the lead ("围绕着X高铁站").
    """
    if span[cut : cut + 1] in _ASPECT_PARTICLES and cut + 1 < len(span) and (
            place_re().match(span, cut + 1) or _ROUTE_CODE_RE.match(span, cut + 1)):
        cut += 1  # a stop's aspect particle ("围绕着X站"): the verb's, not the place's
    found = cut
    words = _lead_words()
    for p in range(cut + 1, len(span)):
        for k in (4, 3, 2, 1):
            a = p - k
            if a < cut:
                continue
            word = span[a:p]
            if word.endswith("著"):
                word = word[:-1] + "着"  # traditional text's 着, left as written by the folding ("朝著X站")
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
            if k > 1 and span[p : p + 1] in _ASPECT_PARTICLES and p + 1 < len(span):
                p += 1  # "围绕着X站", "围绕著X站": the verb's aspect particle closes the lead
            if (place_re().match(span, p) or _ROUTE_CODE_RE.match(span, p) or initials) \
                    and not HEAD_RE.search(span, cut, a):
                found = p
            break
    return found


def _sentence_words_lead(span: str, cut: int, protected: list[tuple[int, int]], *, bare: bool = False) -> int:
    """Return where the name starts in ``span[cut:]`` past the sentence's words glued to the front of a kind or a name.

    News prose writes a verb, a conjunction, a preposition or a subject right before the kind of road it speaks of
    ("虽然高铁北站", "配备双向6车道一级公路", "走老路"),
    or before a name after a verb and the preposition 经 ("她选择经X大道"). A word of the sentence (a verb or function
    word of :data:`lexicon.FUNCTION_WORDS`, a verb of :data:`lexicon.KIND_OBJECT_VERBS`, a preposition of way or a verb
    of getting on a road) ends the lead when only kind words follow it (:func:`kind_words`). A bare kind noun after
    such a word is left as it is, unless ``bare`` (the head is a kind a verb alone never names, no street's, bridge's or
    reservoir's: :data:`lexicon.VERB_NAMED_HEADS`) and the word is a verb of two characters or more (:data:`lexicon.VERBS`) or a verb of
    :data:`lexicon.KIND_OBJECT_VERBS` that is all the modifier, maybe after a time ("绕行国道", "清理公路", "检验泵站",
    "计划年底准备大坝蓄水"): the sentence then names no item (part-k39; "解放路", "团结水库" keep their names). A
    word overlapping a place, a run of initials ("达成铁路") and one character inside a word are no such word; a
    verb of two characters or more before 经 ends the lead before the name (经 of a word, 经济, stays).
    """
    heads = [(m.start(), m.end()) for m in HEAD_RE.finditer(span, cut)]
    heads_end = {e for _, e in heads}
    words = _lead_words()
    for p in range(cut + 1, len(span) + 1):
        rest = span[p:]
        if any(a < p < e for a, e in heads):
            continue  # "快速路一纵线": the word opens a head word (快速路), no lead
        via = rest[:1] == "经" and len(rest) > 2 and rest[1] not in _VIA_WORD_ENDS
        if not (via or kind_words(rest) or (bare and not rest)):
            continue
        for k in (4, 3, 2, 1):
            a = p - k
            word = span[a:p]
            if a < cut or any(a < e and s < p for s, e in protected):
                continue
            after_time = not rest and a > cut and TIME_LEAD_RE.fullmatch(span, cut, a) is not None
            if not rest and not via and (not (a == cut or after_time)
                                         or not (word in lx.VERBS and k > 1 or word in lx.KIND_OBJECT_VERBS)):
                continue  # before a bare kind only a verb of two characters that is all the modifier (after a time:
                # "计划年底准备大坝蓄水") is the sentence's: words before it make a name's modifier of verbs ("抗旱应急
                # 补水工程", "民用运输机场"); a pronoun or a time word is no verb ("某某高速", "未来科技城")
            way = word in lx.VIA_LEADS or word in lx.BOARD_VERBS
            adverb = via and k == 1 and word in lx.JOINER_ADVERBS  # "再经X高速至Y": the adverb of a trip's way
            if not (way or adverb or word in words or word in lx.KIND_OBJECT_VERBS) or (via and (k == 1 and not adverb or way)):
                continue
            if all(c in lx.ABBREVIATIONS for c in word) and not way:
                continue  # "达成铁路", "会巧高速": a run of initials
            if a > 0 and span[a - 1] in _ROUTE_JOINS:
                continue  # "A至合作铁路": the word after 至 is a route's end
            after_place = any(e == a for _, e in protected)
            if after_place and not way:
                continue  # "X纵向铁路", "X绕行公路": a place, a word and a kind name the place's line
            if not (a == cut or after_time or (a in heads_end and way) or after_place or span[a - 1 : a] in lx.SENTENCE_PRONOUNS
                    or any(span[j:a] in words for j in range(max(cut, a - 4), a - (k == 1)))):
                continue  # inside a word ("滇东纵向铁路通道"): the word opens the clause, or follows an item, a place,
                # a pronoun or another word of the sentence
            return p + 1 if via else p
    return cut


#: Joiners that also open names (和平, 和顺, 和兴): with one character only between the joiner and the
#: head and nothing before it but a stop or a county ("X县和平水库", "新建和顺大桥"), the joiner is the
#: name's first character; a list item has more ("A水库和白石水库") or follows an item ("内环线和二环线").
_NAME_OPENING_JOINERS = frozenset({"和"})

#: A ring named by its side or its order alone ("西环线", "南环路", "二环路"): a name of its own, so a joiner
#: before it joins it to the item before ("A大道和西环线"), it opens no name.
_RING_BY_ROLE_RE = re.compile("[东南西北内中外一二三四五六七八九十]环(?:线|路)")

#: Conjunctions that also open names (如意): a stop only with two characters or more before the head.
_NAME_OPENING_LEADS = frozenset({"如"})

#: A line's head and a preposition of origin after it ("X铁路自", "X高速从", "X线由", "线路自": the line itself).
LINE_FROM_RE = re.compile("(?:铁路|高铁|城际|轻轨|公路|高速|大道|线路|线)(?:自|从|由)")

#: Prepositions of origin ("自", "从", "由") and what a line does at the site after them ("自X站引出", "从Y站接出",
#: "由Z站始发"): read by :func:`_origin_lead`.
_ORIGIN_PREPOSITIONS = frozenset("自从由")
_LEAVES_FROM_RE = re.compile("引出|接出|发车|始发|出发")


def _origin_lead(span: str, cut: int, work: str, hs: int) -> bool:
    """Return whether the lead left at ``span[cut:]`` opens with a preposition of origin before the site a line leaves
    from ("…,自X站引出", the clause's subject told before the comma): a place follows the preposition, the
    preposition is no place's first character ("自贡站引出" keeps its name) and the item's head is followed by a
    verb of leaving (:data:`_LEAVES_FROM_RE`)."""
    if span[cut : cut + 1] not in _ORIGIN_PREPOSITIONS or place_re().match(span, cut) or not place_re().match(span, cut + 1):
        return False
    head = HEAD_RE.match(work, hs)
    return head is not None and _LEAVES_FROM_RE.match(work, head.end()) is not None


#: A boundary told by direction ("东至长江,西至X高速", "东止Y立交"): a stop, unless one character before it makes the
#: direction part of a place's name (江东, 城东, 河西) that opens a route "A至B".
_BOUND_STOPS = frozenset({"东至", "西至", "南至", "北至", "东起", "西起", "南起", "北起", "东止", "西止", "南止", "北止"})


def _line_part_after(span: str, cut: int, at: int, end: int, work: str, hs: int) -> bool:
    """Return whether the verb at ``span[at:end]`` adds or reserves a part of the line named before it: the head at
    ``hs`` is a line's part (interchange, branch, connecting road), a line's head ends before the verb, and the
    part's place stands between the line and the verb or between the verb and the part ("厦蓉高速新增龙溪互通",
    "X高速甲预留互通"). Not a part written alone ("新增龙溪互通"), nor one with no place ("X高速新增互通": a kind)."""
    head = HEAD_RE.match(work, hs)
    if head is None or head.group() not in lx.LINE_PART_HEADS:
        return False
    return any(head_type(m) in lx.LINE_LIKE and m.group() not in lx.LINE_PART_HEADS and m.start() > cut
               and _part_place(span[m.end():at] + span[end:])
               for m in HEAD_RE.finditer(span, cut, at))


def adds_line_part(gap: str, part_head: str) -> bool:
    """Return whether ``gap``, the text between a line's head and the head ``part_head`` of a later item, holds a
    verb of adding or reserving a part of that line and otherwise only a place's name ("新增龙溪", "甲预留"): the
    line's name goes on to its part (:func:`_line_part_after` reads the same shape from the part's side)."""
    verb = _PART_VERB_RE.search(gap) if part_head in lx.LINE_PART_HEADS else None
    return verb is not None and _part_place(gap[:verb.start()] + gap[verb.end():])


def _part_place(words: str) -> bool:
    """Return whether ``words`` (the text around a verb of adding, between a line and its part) is a place's name:
    two to :data:`_PLACE_LEN` characters, no stop, head or count ("新增2个互通", "预留两处互通" count parts)."""
    return (2 <= len(words) <= _PLACE_LEN and not STOP_RE.search(words) and not HEAD_RE.search(words)
            and not _COUNTED_RE.search(words))


#: The verbs of adding or reserving a line's part, longest first ("新增设" reads 新增, never the set's order).
_PART_VERB_RE = re.compile("|".join(sorted(map(re.escape, lx.PART_VERBS), key=lambda w: (-len(w), w))))

#: A count of parts rather than a part's place ("新增2个互通", "预留两处互通").
_COUNTED_RE = re.compile(r"[\d一二两三四五六七八九十几多数]+[个座处条]?$")


def _station_by_direction(span: str, cut: int, at: int) -> bool:
    """Return whether a place's name ends at ``at``, right before a direction and 至 or 起, and what follows 至 opens
    with a place too: the place and the direction name a station at a route's end ("建成万州北至长沙南城际铁路",
    "X铁路长沙南至万州北段"), not a boundary told by direction ("园区东至长江", "万州东至梅青高速": a line reached,
    no other end); a place with its unit's suffix ("梅溪县东至") is a boundary's place."""
    if place_re().match(span, at + 2) is None:
        return False
    return any(place_re().fullmatch(span, k, at) and span[at - 1] not in lx.PLACE_SUFFIX
               for k in range(max(cut, at - _PLACE_LEN), at - 1))



#: The longest place's name :func:`_station_by_direction` looks for before a direction.
_PLACE_LEN = 6

#: An item's number in brackets opening a name's span ("(1)X", "（一）X", "1）X"): not part of the name.
LIST_NUMBER_RE = re.compile(r"\s*(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}[)）])\s*")

#: A news report's byline in brackets before its dateline ("(记者 X)1月22日…", "(X)3月5日…"), or
#: any bracket naming a reporter: not part of the name.
_BYLINE_RE = re.compile(
    r"\s*[(（][^()（）\n]{1,12}[)）]\s*(?=(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}[日号])"
    # a reporter's byline anywhere ("(记者 王五)X水库开工", "（通讯员 赵六 记者 钱七）")
    r"|\s*[(（]\s*(?:记者|通讯员|特约记者|见习记者)[^()（）\n]{1,20}[)）]\s*"
    # a photo's or a text's credit ("（图片来源：X融媒体中心）", "(图/张三)", "（摄影 李四）", "(来源:X日报)")
    r"|\s*[(（]\s*(?:图片来源|来源|图|图文|文图|摄影|供图|摄)\s*[:：/／ ][^()（）\n]{1,20}[)）]\s*"
)

#: A time phrase opening a name's span ("到2035年重庆高速公路…", "10月1日X高速公路通车", "2021-2023年X", a
#: year of an award or a report: "2017-2018年度X工程优质奖",
#: relative ones: "预计年底前X有望通车", "上半年X开工", "本月底X通车"): not part of the name.
TIME_LEAD_RE = re.compile(
    r"(?:到|至|在|于|从|自)?(?:(?:(?:19|20)\d\d(?:[-—–~至](?:19|20)\d\d)?年度?|今年|明年|后年|去年|前年|年内|当年|本年度?)"
    r"(?:\d{1,2}月(?:\d{1,2}[日号])?|年底|年末|上半年|下半年|第?[一二三四]季度|年中)?|\d{1,2}月(?:\d{1,2}[日号])?|年底|年末|上半年|下半年|本月"
    r"|第?[一二三四]季度|年中)"
    r"(?:底|末|前|之前|以前|以来)?"
    # the hour after a date ("10月1日0时X高速通车", "9月29日14时30分")
    r"(?:(?<=[日号])\d{1,2}[时点](?:\d{1,2}分)?)?"
    # a headline's length before the name ("全长313公里 X高铁Y段开工"), a count of people before a kind
    # they work on ("几十名铁路建设工人", "300余名建设者")
    r"|(?:全长|总长|线路长)?(?:约|近)?\d+(?:\.\d+)?(?:公里|千米)"
    # a span of years ("未来8年X高铁…", "今后五年Y站…", "近十年来"): the time of the clause, as a year is
    r"|(?:未来|今后|近|过去)?(?:\d{1,2}|[一二三四五六七八九十两]{1,3})年(?:内|来|间|里)?(?!代)"
    r"|(?:几|数|上|近)?(?:\d+|[一二三四五六七八九十百千]+)余?名"
    # a count or an ordinal of vehicles or runs before a mode word or a line ("一辆高铁列车驶过", "第一班X高铁
    # 列车驶出"): the trains counted, no part of a name (part-n22)
    rf"|{lx.VEHICLE_COUNT_RE.pattern}"
)


def _split_verb(span: str, last: int, m: re.Match[str]) -> bool:
    """Return whether the stage verb ``m`` overlapping the stop at ``last`` is read whole although it ends inside a
    place: the stop is an adverb and the verb's first character ("已建成渝怀铁路": 已 | 建成 | 渝怀铁路, not 已建 |
    成渝…), and what follows the verb reads as a name of its own: no stop word, and a place ("已建成都匀至安顺高速":
    都匀) or two to four characters opening with a line's one-character abbreviation (渝怀). A verb of one stop
    ("新建成都外环铁路": 新建) keeps the place whole."""
    rest = span[m.end() :]
    if not (CUE_RE.fullmatch(m.group()) and STOP_RE.fullmatch(span, last, m.start())) or len(rest) < 2 or STOP_RE.search(rest):
        return False
    return bool(place_re().match(rest)) or rest[0] in lx.ABBREVIATIONS and len(rest) <= 4


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
    if not (len(stop) >= 3 and stop.endswith("成")):
        return False
    if 2 <= len(text) <= 3 and all(c in lx.ABBREVIATIONS for c in text) and work.startswith(_LINE_HEADS, hs):
        return True
    # the same run before more of the name: a line's head and its section ("建设成自铁路X机场段"), or
    # generic words of the kind before the head ("建设成德市域(郊)铁路", "建设成资临空大道")
    if place_re().match(text):
        return False
    for k in (3, 2):
        if len(text) > k and all(c in lx.ABBREVIATIONS for c in text[:k]):
            rest = text[k:]
            if (head := HEAD_RE.match(rest)) and head_type(head) in lx.LINE_LIKE:
                return True
            words = _BRACKETED_RE.sub("", rest)
            if len(words) <= 4 and not (STOP_RE.search(words) or place_re().search(words)) \
                    and work.startswith(_LINE_HEADS + _STREET_HEADS, hs):
                return True
    return False


#: A short note in brackets inside a name ("市域(郊)铁路").
_BRACKETED_RE = re.compile(r"[(（][^()（）]{1,4}[)）]")

#: Heads of a city's road a run of initials may name before generic words ("成资临空大道").
_STREET_HEADS = ("大道", "快速路", "快速通道")


#: The heads of a line a run of initials names ("成自铁路", "成宜高速", "成渝中线", "成德市域(郊)铁路").
_LINE_HEADS = ("铁路", "高铁", "高速", "城际", "快速", "线", "市域")

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
