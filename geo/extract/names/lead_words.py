"""Words of the sentence glued to the front of a name: where the name starts past a lead ending in a verb or a
function word before a place, a road's code or a line's initials (:func:`function_word_lead`: "增加X东站",
"围绕着X站"), or past a verb, a preposition of way or a subject before a kind of road (:func:`sentence_words_lead`:
"配备双向6车道一级公路", "她选择经X大道"); whether a lead word ends a word where it ends (:func:`ends_word`), and
whether a place that is also a verb is the verb before a way (:func:`way_verb`: "打通X隧道").

Asked by :func:`geo.extract.names.leads.left_start` once the stop words are read; :func:`ends_word` by
:mod:`geo.extract.names.head_names`.
"""

from __future__ import annotations

import functools
import itertools
import re

from geo.extract import lexicon as lx
from geo.extract.names.kind_words import kind_words
from geo.extract.names.lead_phrases import TIME_LEAD_RE
from geo.extract.patterns import HEAD_RE, STOP_RE, head_type, place_re


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


def way_verb(span: str, a: int, b: int, work: str, hs: int) -> bool:
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


#: Characters that make 经 the first of a word, no way of a route ("经济", "经开区", "经营", "经贸", "经纬").
VIA_WORD_ENDS = frozenset("济开营贸纬典销费")

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
ASPECT_PARTICLES = "着著"


def function_word_lead(span: str, cut: int, protected: list[tuple[int, int]]) -> int:
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
    if span[cut : cut + 1] in ASPECT_PARTICLES and cut + 1 < len(span) and (
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
            if k > 1 and span[p : p + 1] in ASPECT_PARTICLES and p + 1 < len(span):
                p += 1  # "围绕着X站", "围绕著X站": the verb's aspect particle closes the lead
            if (place_re().match(span, p) or _ROUTE_CODE_RE.match(span, p) or initials) \
                    and not HEAD_RE.search(span, cut, a):
                found = p
            break
    return found


def sentence_words_lead(span: str, cut: int, protected: list[tuple[int, int]], *, bare: bool = False) -> int:
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
        via = rest[:1] == "经" and len(rest) > 2 and rest[1] not in VIA_WORD_ENDS
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
