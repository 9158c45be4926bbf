"""Where a stop verb ends when it runs into a place or a line's initials: a stage verb read whole after
an adverb although it ends inside a place ("已建成渝怀铁路": :func:`split_verb`), a stop ending in the first of four
initials ("加快建设成南达万高铁": :func:`abbreviation_run`), and a verb with its result 成 before two or three
initials ("加快建设成自铁路": :func:`verb_result_run`): the initials are the line's name.

Asked by :func:`geo.extract.names.leads.left_start`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.patterns import CUE_RE, HEAD_RE, STOP_RE, head_type, place_re


def split_verb(span: str, last: int, m: re.Match[str]) -> bool:
    """Return whether the stage verb ``m`` overlapping the stop at ``last`` is read whole although it ends inside a
    place: the stop is an adverb and the verb's first character ("已建成渝怀铁路": 已 | 建成 | 渝怀铁路, not 已建 |
    成渝…), and what follows the verb reads as a name of its own: no stop word, and a place ("已建成都匀至安顺高速":
    都匀) or two to four characters opening with a line's one-character abbreviation (渝怀). A verb of one stop
    ("新建成都外环铁路": 新建) keeps the place whole."""
    rest = span[m.end() :]
    if not (CUE_RE.fullmatch(m.group()) and STOP_RE.fullmatch(span, last, m.start())) or len(rest) < 2 or STOP_RE.search(rest):
        return False
    return bool(place_re().match(rest)) or rest[0] in lx.ABBREVIATIONS and len(rest) <= 4


def abbreviation_run(text: str) -> bool:
    """Return whether ``text`` is a run of four one-character abbreviations ("成南达万").

    Four, so that a verb's own last character before a shorter run stays the verb's ("已建成隆黄铁路").
    """
    return len(text) == 4 and all(c in lx.ABBREVIATIONS for c in text)


def verb_result_run(stop: str, text: str, work: str, hs: int) -> bool:
    """Return whether a stop of a verb and its result 成 (建设成, 打造成) glued before a line's initials
    takes the line's first initial: ``text`` (from the stop's 成 to the head) is a run of two or three
    initials right before the line's head at ``hs`` ("加快建设成自铁路", "建设成宜高速": 成自铁路, 成宜高速). A verb of
    two characters keeps its 成 ("已建成隆黄铁路": 建成), as a run of four is read by :func:`abbreviation_run`.
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
