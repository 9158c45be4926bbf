"""Words that tell an item's kind and name none: the words before a head that only say its kind
(:func:`kind_words`: line heads, directions, age, a grade, a size), a modifier of kinds of sites alone
(:func:`kinds_only`), a type adjective or an ordinary class ("疏港型", "同向普速": :func:`type_adjective`), a line
followed only by generic words ("渝黔高速省界": :func:`generic_after_line`), a modifier without the heads of its own
kind (:func:`strip_heads`), the core of a list's shared head (:func:`core_head`: "航电枢纽工程" → "航电枢纽"), and the
marks and sizes a modifier is read without (:data:`MARKS_RE`, :data:`MEASURE_RE`).

Asked by :mod:`geo.extract.names.judge`, :mod:`geo.extract.names.place_networks`, the reader of a name's lead
(:mod:`geo.extract.names.lead_words`) and the readers of lists.
"""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.patterns import GENERIC_RE, HEAD_RE, head_type, place_re

#: Brackets with what they hold, quote marks, middle dots and dashes: what a modifier is read without.
MARKS_RE = re.compile(r"[(（][^)）]*[)）]|[“”\"·—\-]")
#: The patterns of :func:`kind_words` and :func:`core_head`, compiled once: they are asked for each candidate (issue 16).
_LATIN_OR_DIGIT_RE = re.compile(r"[A-Za-z\d]")
_WORKS_TAIL_RE = re.compile(r"(工程|项目)$")
_SHARED_HEAD_LEAD_RE = re.compile(r"^(支线|大中型)")

#: A size written before a head: voltage, capacity, tonnage, length ("500千伏", "万余公里").
MEASURE_RE = re.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千万]+)余?(?:千伏|kV|KV|万千瓦|千瓦|兆瓦|万吨级|千吨级|吨级|万吨|公里|米)")


def kinds_only(modifier: str) -> bool:
    """Return whether ``modifier`` is only kinds of sites and generic words ("机场", "高铁站", "新港区"): no place,
    number (a line's in Chinese numerals too: "五号线") or proper word names one."""
    text = MARKS_RE.sub("", modifier)
    if place_re().search(text) or re.search(r"[A-Za-z\d]|[一二三四五六七八九十]+号线", text):
        return False
    bare = HEAD_RE.sub("", text)
    return bare != text and not GENERIC_RE.sub("", bare)


@functools.lru_cache(maxsize=1 << 16)
def kind_words(words: str) -> bool:
    """Return whether ``words`` written before a head only tell its kind: line heads of two characters or more,
    directions, age, a grade, a size or a lane count ("高铁", "高铁北", "老", "双向6车道一级"); no place, code or other
    word. An empty string is no kind. (Generic words of a sector, "旅游", "现代农业", or a site, "学校", are not kinds here: with a word before them
    they name sites or roads to them.) Memoised, a pure function of the words: a name's lead is tried from each
    position of its span, 5,600 questions on 2,700 strings in the 50-document ingest bench (issue 16)."""
    text = lx.GRADE_RE.sub("", MEASURE_RE.sub("", MARKS_RE.sub("", words)))
    if not words or place_re().search(words) or _LATIN_OR_DIGIT_RE.search(text):
        return False
    # a one-character head is a street's or a line's own part ("X路站", "X线"), no kind
    lines = HEAD_RE.sub(lambda m: "" if head_type(m) in lx.LINE_LIKE and len(m.group()) > 1 else m.group(), text)
    # directions alone name a street's side ("X东西路", "北(海)"): a line, a grade or age must tell the kind
    return not _KIND_ADJECTIVE_RE.sub("", lines) and not _DIRECTIONS_RE.fullmatch(text)


#: Directions and age before a kind's head ("高铁北站", "老路"), told by :func:`kind_words`.
_KIND_ADJECTIVE_RE = re.compile("[东西南北老旧]")
_DIRECTIONS_RE = re.compile("[东西南北]+")


def strip_heads(modifier: str, head: str) -> str:
    """Return ``modifier`` without quote marks, brackets and head words of ``head``'s type.

    "作业区" before 码头 → "", "全市高速" before 路 → "全市"; "高铁" before 新城 stays (a zone named
    after a line).
    """
    own = HEAD_RE.fullmatch(head)
    # a structure belongs to any line ("铁路支线", "公路大桥"): every line head is of its kind
    kinds = lx.LINE_LIKE if head in lx.STRUCTURE_HEADS else {head_type(own)} if own else set()
    text = MARKS_RE.sub("", modifier)
    return HEAD_RE.sub(lambda m: "" if head_type(m) in kinds else m.group(), text)


def core_head(head: str) -> str:
    """Drop 工程/项目 and size words from a shared head ("航电枢纽工程" → "航电枢纽", "车站" → "站")."""
    if head in ("车站", "客运车站", "货运车站", "站点"):
        return "站"  # "重庆北、垫江等5座(客运)车站", "设A、B等7个站点": 重庆北站, 垫江站
    core = _WORKS_TAIL_RE.sub("", head)
    if core != head and not HEAD_RE.fullmatch(core):
        return head  # "水利工程": without 工程 no head is left ("水利")
    return _SHARED_HEAD_LEAD_RE.sub("", core) or head


def generic_after_line(modifier: str) -> bool:
    """Return whether ``modifier`` is a line's name followed only by generic words ("渝黔高速省界")."""
    inner = list(HEAD_RE.finditer(modifier))
    if not inner:
        return False
    tail = modifier[inner[-1].end() :]
    return bool(tail) and not GENERIC_RE.sub("", tail)  # "铁路大桥" is a railway bridge


#: A type adjective as the whole of the words before a head ("疏港型", "园区型"), or an ordinary class ("普通", "普速",
#: "一般", "常规") alone or after a word of comparison or direction ("远超普通", "同向普速"), heads taken out: what kind
#: of works, not which (part-n43). A size ("甲大型水库") is left to the size rules, a shape ("十字型") is a slogan's
#: (lx.SLOGAN_RE); a line's initials before the class ("甲乙普速铁路") name one.
_TYPE_ADJECTIVE_RE = re.compile(
    r"^[\u4e00-\u9fff]{1,2}(?<![大中小微字])型$|(?:^|同向|远超|超过|超出|相当于|不同于|有别于|比|较)(?:普通|普速|一般|常规)$")


def type_adjective(modifier: str, head: str) -> bool:
    """Return whether ``modifier`` only says what kind of works the head is ("疏港型" before 铁路专用线, "同向普速" before
    铁路, "远超普通" before 高速公路隧道), with no place in it ("甲市港口型" before 物流枢纽 names one)."""
    return _TYPE_ADJECTIVE_RE.search(strip_heads(modifier, head)) is not None and not place_re().search(modifier)
