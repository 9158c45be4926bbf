"""Compiled patterns and the candidate record shared by the extraction modules."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Iterable

from geo.extract import lexicon as lx
from geo.model import EntityType, Stage
from geo.places import region

CJK = "\u3400-\u9fff"
#: Characters that may appear inside a name (brackets handled separately).
NAME_CHAR = re.compile(rf"[{CJK}A-Za-z0-9·—\-–]")


def first_chars(pattern: str) -> str:
    """Return a character class body of the characters a top-level alternative starts with.

    The pattern is read by :func:`_tokens`, so a parenthesis or ``|`` inside a character class (``[)）]``) or
    escaped (``\\(``) is a character, not a group or an alternative. An alternative whose start it cannot tell
    (a first atom that may be absent, ``甲?乙``; a negated class; an escape other than ``\\d`` or a sign) raises
    ``ValueError``: a look-ahead built from a wrong answer would silently skip the places it may start.
    """
    out = set()
    depth = 0
    alt: list[str] = []
    for tok in [*_tokens(pattern), "|"]:
        if tok == "|" and depth == 0:
            out.add(_first(alt, pattern))
            alt = []
            continue
        depth += tok == "("
        depth -= tok == ")"
        alt.append(tok)
    return "".join(sorted(out))


def _first(alt: list[str], pattern: str) -> str:
    """Return the class body of the characters the alternative ``alt`` (tokens) starts with."""
    while alt[:2] == ["(", "?"] and len(alt) > 3 and alt[2] == "<" and alt[3] in "=!":  # a look-behind, whole
        alt = alt[_closing(alt) + 1 :]
    if alt[:3] == ["(", "?", ":"]:
        close = _closing(alt)
        first, rest = first_chars("".join(alt[3:close])), alt[close + 1 :]
    elif alt and alt[0].startswith("[") and not alt[0].startswith("[^"):
        first, rest = alt[0][1:-1], alt[1:]
    elif alt and alt[0] == "\\d":
        first, rest = "0-9", alt[1:]
    elif alt and alt[0].startswith("\\") and not alt[0][1].isalnum():
        first, rest = alt[0], alt[1:]
    elif alt and len(alt[0]) == 1 and alt[0] not in "()[.^$?*+{\\":
        first, rest = re.escape(alt[0]), alt[1:]
    else:
        raise ValueError(f"cannot tell where an alternative of {pattern!r} starts: {''.join(alt)!r}")
    if rest[:1] in (["?"], ["*"]) or rest[:2] == ["{", "0"]:  # 甲?, 甲*, 甲{0,n}: the atom may be absent
        raise ValueError(f"the first atom of an alternative of {pattern!r} may be absent: {''.join(alt)!r}")
    return first


def _tokens(pattern: str) -> list[str]:
    """Split ``pattern`` into an escape (``\\x``), a whole character class (``[…]``, its own ``]`` and escapes
    kept inside) or one character."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern[i] == "[":
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            j += pattern[j : j + 1] == "]"  # a ] right after the opening is a character
            while pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i : j + 1])
            i = j + 1
        else:
            out.append(pattern[i])
            i += 1
    return out


def _closing(tokens: list[str]) -> int:
    """Return the index of the token closing the group ``tokens`` opens."""
    depth = 0
    for i, tok in enumerate(tokens):
        depth += tok == "("
        depth -= tok == ")"
        if depth == 0:
            return i
    raise ValueError("".join(tokens))


#: Each kind's alternatives behind a look-ahead of the characters they start with, as well as all of them
#: behind one: at a position where a head may start, only the kinds that can start there are tried (the
#: engine tried every alternative of all 12 kinds, a sixth of the regex time of an ingest, issue 16).
#: The characters each kind of :data:`lexicon.HEADS` starts with (a character class's body), in its order.
HEAD_STARTS = [first_chars(p) for p, _t in lx.HEADS]
HEAD_RE = re.compile(
    "(?=[" + "".join(HEAD_STARTS) + "])(?:"
    + "|".join(f"(?=[{first}])(?P<h{i}>{p})" for i, ((p, _t), first) in enumerate(zip(lx.HEADS, HEAD_STARTS))) + ")"
)
HEAD_TYPES = [t for _p, t in lx.HEADS]


def head_type(m: re.Match[str]) -> EntityType:
    """The kind of a :data:`HEAD_RE` match: the type of the head whose group ``h<i>`` matched."""
    return HEAD_TYPES[int(m.lastgroup[1:])]


CLAUSE_BREAK = re.compile(r"[,，;；。!！?？:：\n]")
#: A clause's end where a colon does not end it (a colon opens a list inside its clause).
CLAUSE_STOP = re.compile(r"[,，。;；!！?？\n]")
SENTENCE_BREAK = re.compile(r"[。!！?？;；\n]")
#: A run-in heading of item names: a short line ending with a colon, without a clause mark ("A、B:"); the
#: stage (:mod:`geo.extract.stages.headlines`) and the years (:mod:`geo.extract.years.entries`) of what it heads read it.
RUN_IN_RE = re.compile(r"[^,，。;；!！?？:：\n]{2,40}[:：]\s*")
LEAD_RE = re.compile(r"[(（](?:牵头(?:单位|部门)|责任单位)[:：]\s*([^,，;；)）]+)")
LEAD_SPAN_RE = re.compile(r"[(（](?:牵头|责任)(?:单位|部门)[:：][^)）\n]*[)）]")

#: A book title 《…》 (a plan or agreement cited by name), at most one line long.
TITLE_RE = re.compile(r"《[^《》\n]{1,60}》")
SECTION_RE = re.compile(
    rf"(?P<open>[(（])?(?P<sec>[{CJK}A-Za-z0-9—\-]{{1,14}}?)段(?(open)[)）])"
)
PAIR_SECTION_RE = re.compile(
    rf"(?P<sec>[{CJK}]{{2,6}}?至[{CJK}]{{2,6}}?)(?=[^{CJK}]|正在|全面|加快|已|将|段|升级|改造|改扩建|扩能|建设|工程)"
)
WORKS_SECTION_RE = re.compile(rf"{lx.WORKS}[(（][^)）]{{1,14}}段[)）]")
ANNOTATION_RE = re.compile(r"(?:改扩建|扩建|扩容|升级改造|改造|加宽|改线)?(?:工程|项目)?[(（][^)）\n]{1,24}[)）]")
#: A bracketed other name, also "(简称“城开高速”)" and "(以下简称成自宜高铁)" of news reports.
ALIAS_RE = re.compile(rf"[(（](?:以下)?(?:简称)?[“\"]?(?P<alias>[{CJK}A-Za-z0-9—\-]{{2,16}})[”\"]?[)）]")
TRAILER_RE = re.compile(r"复线|二线(?!城市)|[东南西北]?延长线|[东南西北]?延伸段|二期|三期|一期|支线|[东南西北]段(?![\u4e00-\u9fff]{0,3}[至—])")
#: "省道213、214", "县道024、乡道071", "国道318线、108线" (线 after each number); not a length ("国省道200公里") nor the pair 国省道 or 县乡道.
#: (A 米 after the number is a length unless a place opens with it, "国道227米易段": the reader of the roads
#: tells them apart, :func:`geo.extract.names.numbered_roads.code_roads`.)
#: Behind a lookahead of the characters a match starts with, so the engine skips the others (issue 16).
CODE_ROAD_RE = re.compile(
    r"(?=[省国县乡GS])(?:(?P<kind>(?<!国)省道|国道|(?<![乡村])县道|(?<![县村])乡道)(?P<nums>\d{2,4}(?:线?[、和及]\d{2,4})*)(?![\d.]|公里|千米|km|余|多)"
    r"|(?P<code>[GS]\d{2,4})(?=[国省]道))"
)
#: First characters per look-ahead of :func:`words_re`: the engine tries a pattern's alternatives one
#: after the other, so a position where no word starts walked every first character's alternative
#: (~400 of the place words: 1 µs a position, issue 16 item 5); behind a look-ahead of a few dozen
#: first characters, it tries a few dozen look-aheads and the alternatives of one of them.
WORDS_PER_LOOKAHEAD = 24


def words_re(words: Iterable[str]) -> re.Pattern[str]:
    """Compile literal ``words``, the longest that matches winning, grouped by their first character.

    One alternative per first character, followed by the rests of the words that start with it,
    longest first (``(?:成(?:渝地区|都)|重庆)``): the engine finds where a word may start by the
    first characters alone (a scan of a character set, not a match tried at every position) and
    there tries only the words that start with that character, not all of them in turn, which
    keeps extraction faster than jieba's segmentation (issue 16). The first characters' alternatives
    are grouped behind look-aheads of their characters (:data:`WORDS_PER_LOOKAHEAD` a group), so a
    position tries the look-aheads, then one group's alternatives, not every alternative. It matches
    what ``(?:w1|w2|…)`` of the words sorted longest first matches, in the same order on backtracking
    (at a position only the words of its first character can match, each in one group, in order).
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    alternatives = [(c, re.escape(c) + (f"(?:{'|'.join(rest)})" if rest != [""] else ""))
                    for c, rest in groups.items()]
    if len(alternatives) <= WORDS_PER_LOOKAHEAD:
        return re.compile("(?:" + "|".join(alt for _c, alt in alternatives) + ")")
    chunks = [alternatives[i:i + WORDS_PER_LOOKAHEAD] for i in range(0, len(alternatives), WORDS_PER_LOOKAHEAD)]
    return re.compile("(?=[" + "".join(_class_char(c) for c, _alt in alternatives) + "])(?:" + "|".join(
        "(?=[" + "".join(_class_char(c) for c, _alt in chunk) + "])(?:" + "|".join(alt for _c, alt in chunk) + ")"
        for chunk in chunks) + ")")


def _class_char(c: str) -> str:
    """Return a character written to stand for itself inside a character class."""
    return "\\" + c if c in "\\]^-[" else c


_CUE_WORDS = {re.sub(r"\(\?[=!<][^)]*\)", "", c) for c, _s, _sp in lx.STAGE_CUES}
STOP_RE = words_re([*lx.LEFT_STOPS, *(w for w in _CUE_WORDS if w.isalnum())])
GENERIC_RE = words_re(lx.GENERIC_WORDS)
#: Generic words of two or more characters (one-character ones are generic only on their own).
MULTI_GENERIC_RE = words_re(w for w in lx.GENERIC_WORDS if len(w) > 1)


@functools.cache
def place_re() -> re.Pattern[str]:
    """Return the pattern of the place lexicon (``lexicon.PLACES``), compiled on first use."""
    return words_re(lx.PLACES)


#: Negative words (``lexicon.NEGATIVE_WORDS``), the belt word 带 outside a place's name (``lexicon.BELT_RE``) and 港澳
#: outside a trunk route's abbreviation (``lexicon.REGION_PAIR_RE``).
NEG_RE = re.compile(f"{words_re(lx.NEGATIVE_WORDS).pattern}|{lx.BELT_RE.pattern}|{lx.REGION_PAIR_RE.pattern}")
_CUE_LIST = sorted(lx.STAGE_CUES, key=lambda c: -len(c[0]))
CUE_RE = re.compile(
    "(?=[" + "".join(sorted({c[0] for c, _s, _sp in _CUE_LIST})) + "])(?:"
    + "|".join(f"(?P<c{i}>{c})" for i, (c, _s, _sp) in enumerate(_CUE_LIST)) + ")"
)


def cue_at(m: re.Match[str]) -> tuple[Stage, bool]:
    """Return (stage, specific) of a cue match."""
    _c, stage, specific = _CUE_LIST[int(m.lastgroup[1:])]
    return stage, specific


LIST_SEP = "、和及与"
@functools.cache
def region_part_re() -> re.Pattern[str]:
    """Return the pattern of a region's part: 西部, 西南, or a province abbreviation and a direction (川南).

    The abbreviations are the region's fixed ones (``data/regions``), read on first use.
    """
    chars = "".join(sorted(region.fixed_abbreviations()))
    return re.compile(rf"(?:西部|东部|南部|北部|中部|西南|[{chars}][东西南北])+")
WORKS_RE = re.compile(lx.WORKS)
CODE_LIST_RE = re.compile(r"[^,，。;；]{0,90}?等(?:高速公路|国道|省道)")
DASH_ITEM_RE = re.compile(f"—[{CJK}]{{1,6}}(?=[、和及与])")
LATER_RE = re.compile(r"等[^,，。;；、]{0,10}")
#: Heads that are a whole name, no modifier needed: a metro or numbered line, a road's code, a water
#: diversion (:data:`lexicon.DIVERSION_HEAD`), a power transmission ("疆电入渝"), a city's grid line
#: (:data:`lexicon.GRID_LINE_HEAD`), an area of a free trade zone.
SELF_NAMED_RE = re.compile(
    r"轨道交通.+线|轨道\d{1,2}号线|(?:城轨|市域)快线\d{1,2}号线|[A-Z]\d+线|[GS]\d+|"
    rf"{lx.DIVERSION_HEAD}|.?电入.(?:工程)?|{lx.GRID_LINE_HEAD}|(?:自由贸易|自贸)试验区.+片区"
)
COUNT_RE = re.compile(r"\d+[家所个座条项处]")
QUOTES_RE = re.compile(r"[“”\"\s]")
BRACKET_RE = re.compile(r"[(（][^)）]*[)）]")
GLUE_RE = re.compile(f"[{CJK}]{{0,3}}")
LIST_GAP_RE = re.compile(r"[、和及与()（）\s]*")
DENG_RE = re.compile(r"(?<![高同平对均相])等(?![级同于])")


@dataclass(slots=True)
class Cand:
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


def inside_span(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def nested_places(sec: str) -> bool:
    """Return whether ``sec`` is two or three places written one inside the other ("四川凉山"), each
    maybe with its suffix ("四川省广安", "四川省广安市")."""
    pos, n = 0, 0
    while pos < len(sec) and (m := place_re().match(sec, pos)):
        pos, n = m.end(), n + 1
        if sec[pos : pos + 1] in ("省", "市", "州", "县", "区") and (pos + 1 == len(sec) or place_re().match(sec, pos + 1)):
            pos += 1
    return pos == len(sec) and 2 <= n <= 3


def unit_reach(sec: str) -> str:
    """Return the unit whose part of a line ``sec`` names ("四川境" → 四川, "遵义境内" → 遵义, "川境" → 川), else "".

    A province, city or county with 境 or 境内 (maybe written one inside the other, "四川凉山境"), or one or two of
    the provinces' one-character forms with 境 ("川境", "川渝境"), names the stretch of the line inside it: gold writes
    it with the line's name in every tuning split that has one ("X高速公路(四川境)", "Y铁路四川境内段", "Z高速(遵义境)").
    A 境 of another word (过境, 出境, 入境) or alone ("境内段") names no unit.
    """
    base = sec.removesuffix("境内") if sec.endswith("境内") else sec.removesuffix("境")
    if not base or base == sec:
        return ""
    if place_re().fullmatch(base) or nested_places(base):
        return base
    return base if len(base) <= 2 and all(c in lx.ABBREVIATIONS for c in base) else ""
