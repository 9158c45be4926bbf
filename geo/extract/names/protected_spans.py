"""Where a stop word is no stop: the spans of a name's words that the readers of its lead and of a list's
items leave whole (:func:`protected_spans`) — places (unless the place word is the verb before the head: "四川打通航道"),
brackets, compound nouns holding a stop character ("循环利用", "有轨电车"), generic words opening with 进出, a town's
short form ending in a stop ("人和工业园区") and a route's 到 between two places ("成都到宜宾高速").

Asked by :mod:`geo.extract.names.leads` (a name's lead), :mod:`geo.extract.names.list_items` and
:mod:`geo.extract.names.projects`; :func:`town_short` by :mod:`geo.extract.names.modifiers`.
"""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.patterns import BRACKET_RE, GENERIC_RE, HEAD_RE, STOP_RE, place_re


def protected_spans(span: str) -> list[tuple[int, int]]:
    """Spans of ``span`` where a stop word is not a stop: places and brackets (a new list, the caller's to extend)."""
    return list(_protected_spans(span))


@functools.lru_cache(maxsize=1024)
def _protected_spans(span: str) -> tuple[tuple[int, int], ...]:
    """The spans of :func:`protected_spans`, kept per span: the readers of a name's lead and of a list's items
    ask again for the same words (2,128 calls for 1,768 spans in the 50-document ingest bench, issue 16)."""
    # a place word that is also a verb is the verb when the head follows it directly ("四川打通航道");
    # with more of a name after it, it is the place ("打通镇", "打通至石门", "打通大健康…产业基地")
    # (also when only head or generic words follow it: "打通铁路专用线" opens the siding's clause)
    # (and after an adverb it is the verb whatever follows: "彻底打通X高铁")
    out = [(m.start(), m.end()) for m in place_re().finditer(span)
           if not (STOP_RE.fullmatch(m.group()) and not (m.end() < len(span) and span[m.end()] in lx.PLACE_SUFFIX)
                   and (not GENERIC_RE.sub("", HEAD_RE.sub("", span[m.end() :])) or span[: m.start()].endswith(lx.VERB_ADVERBS)))
           and not _between_stops(span, m.start(), m.end())]
    out += [(m.start(), m.end()) for m in BRACKET_RE.finditer(span)]
    # a stop word inside a compound noun of an industry ("再生资源循环利用园区", "综合利用基地", "摄影基地",
    # "产业融合发展示范园":
    # 摄 ends a photo credit only) or of a works' role ("在线调蓄水库": a reservoir on the line of a
    # transfer, 在 is no stop); trade in and out ("进出口物流园": 进出 of ships is a stop) and a service's
    # first station ("始发站": 始发 of a train is a stop)
    out += [(m.start(), m.end()) for m in _COMPOUND_RE.finditer(span)]
    out += [(m.start(), m.end()) for word in _STOP_COMPOUND_RES for m in word.finditer(span)]
    # a generic word opening with 进出 ("打通进出川高速铁路": the lines in and out of a province, a kind)
    out += [(m.start(), m.end()) for m in _in_out_re().finditer(span)]
    # a town's short form ending in a one-character stop, right before a head ("人和工业园区", "中和工业园"; a name's
    # modifier ends there when the span is one): the town names the item, 和 joins nothing (part-r28: fresh3, fresh30)
    out += [(m.start(), m.end()) for m in _town_stop_re().finditer(span)
            if m.end() == len(span) or HEAD_RE.match(span, m.end())]
    # a route written with 到 between two places ("成都到宜宾高速"): 到 joins the ends like 至;
    # after 从 it is a journey ("从重庆到成都高铁只需1小时"), not a name
    ends = {e for _s, e in out}
    out += [(m.start(), m.end()) for m in _ROUTE_TO_RE.finditer(span)
            if m.start() in ends and place_re().match(span, m.end()) and "从" not in span[: m.start()]]
    return tuple(out)


def _between_stops(span: str, a: int, b: int) -> bool:
    """Return whether the place ``span[a:b]`` is read across two stop words, one ending inside it and one opening
    inside it and running past its end ("向南通过X高铁": 向南 and 通过, not the place 南通): the words are read."""
    ends_inside = any((m := STOP_RE.match(span, k)) and a < m.end() < b for k in range(max(0, a - 4), a))
    return ends_inside and any((m := STOP_RE.match(span, k)) and m.end() > b for k in range(a + 1, b))


_ROUTE_TO_RE = re.compile("到")
#: Each word of :data:`lexicon.STOP_COMPOUNDS` (a fixed word holding a stop character: 有轨电车), compiled once.
_STOP_COMPOUND_RES = tuple(re.compile(re.escape(w)) for w in lx.STOP_COMPOUNDS)
_COMPOUND_RE = re.compile("(?:循环|综合|资源化)利用|在线(?=调|监)|摄影|(?<=产业)融合发展(?=$|示范园|产业园)|进出口|始发站")


def town_short(word: str) -> bool:
    """Return whether ``word`` is a town's short form (``lexicon.TOWN_SHORTS``) that is no stop or function word of a
    clause ("建设")."""
    return word in lx.TOWN_SHORTS and word not in lx.LEFT_STOPS and word not in lx.FUNCTION_WORDS


@functools.cache
def _town_stop_re() -> re.Pattern[str]:
    """Return the pattern of the towns' short forms (``lexicon.TOWN_SHORTS``) that end in a one-character stop word
    ("人和", "中和"), longest first; not a short form that is itself a stop or a function word ("建设"), nor one ending
    in 等, which closes a list ("A、B、永平等6条X": the rules of lists read a place before it)."""
    one = {w for w in lx.LEFT_STOPS if len(w) == 1} - {"等"}
    words = sorted((w for w in lx.TOWN_SHORTS if w[-1] in one and town_short(w) and w[:-1] not in lx.LEFT_STOPS),
                   key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


@functools.cache
def _in_out_re() -> re.Pattern[str]:
    """Return the pattern of the generic words longer than the stop 进出 that open with it (进出川, 进出港)."""
    words = sorted((w for w in lx.GENERIC_WORDS if w.startswith("进出") and len(w) > 2), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")
