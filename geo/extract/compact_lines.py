"""Read a line named by a compact stem and 线, 复线 or 扩容 ("从兰渝线切入", "顺接贵遵复线", "与崇遵扩容顺接"):
the short forms of its ends, right before the word of a line, a second line or a widening (issue #11 item 1).

A compact stem names a line when the name starts exactly at the stem (the words before it are the clause's
lead, :func:`geo.extract.leads.left_start`: a verb, a preposition, a list's separator) and the gazetteer reads
every character of it as a place near the next (:func:`reads_as_line`). Not a stem glued to a word before it
("服务沿线", "有望双线", "旅游连线": the stem would start inside a word), a grid of numbered lines ("一环十七线网"),
a place's own name ("南川线"), a person's name after a title ("村民王成线"), nor a stretch of an existing line a new
line's works measure ("利用既有甲乙线23.9km": a length of track, not an item). Hands on the lines as candidates
to :mod:`geo.extract.candidates`.
"""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.leads import left_start
from geo.extract.names import clean_name, section_ok, split_places
from geo.extract.patterns import (
    CJK,
    HEAD_RE,
    MULTI_GENERIC_RE,
    SECTION_RE,
    SENTENCE_BREAK,
    Cand,
    head_type,
    inside_span,
)
from geo.model import EntityType

#: A word of a line, a second line or a widening after a compact stem; not a word 线 opens (线路, 线上, 线网…).
_HEAD_RE = re.compile(r"(?P<head>复线|復線|扩容|擴容|线|線)(?![路上下内外性索缆圈条型网長长段高公铁鐵道])")

#: Widening words: the works of a road (a highway's widening, as the lexicon's 扩容工程 is).
_WIDENING = frozenset({"扩容", "擴容"})

#: A length right after the name: the stretch of track a new line's works use ("利用既有甲乙线23.9km").
_LENGTH_AFTER_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:km|千米|公里|m(?![A-Za-z])|米)")

#: Three characters ending in a direction: a corridor's line of a pair ("甲乙北线增长极", "甲乙中线"), not initials.
_DIRECTION_STEM_RE = re.compile(f"[{CJK}]{{2}}[东南西北中]")

#: How far around a line's word another line's word tells its kind (same sentence, roughly).
_KIND_REACH = 40


def compact_lines(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Return the lines named by a compact stem and 线, 复线 or 扩容 not already read, in text order.

    A widening is a road's; a line's kind is the one the document gives the same stem with a line word
    ("京昆高速" … "京昆线甲至乙段"), else that of the line word nearest one of its mentions in its sentence,
    else a railway's ("兰渝线").
    """
    found = []
    for m in _HEAD_RE.finditer(work):
        hs, he = m.span()
        start = left_start(work, hs)
        stem = work[start:hs]
        if inside_span(taken, start, he) or _DIRECTION_STEM_RE.fullmatch(stem) or not reads_as_line(stem) \
                or _LENGTH_AFTER_RE.match(work, he):
            continue
        found.append((start, m))
    kinds: dict[str, EntityType] = {}
    out: list[Cand] = []
    for start, m in found:
        hs, he = m.span()
        stem = work[start:hs]
        if m.group("head") in _WIDENING:
            typ = EntityType.HIGHWAY
        else:
            if stem not in kinds:
                kinds[stem] = _kind_named(work, stem) or next(
                    (k for n in re.finditer(re.escape(stem + m.group("head")), work)
                     if (k := _kind_near(work, n.start(), n.end()))), EntityType.RAILWAY)
            typ = kinds[stem]
        cand = Cand(start, he, clean_name(stem + m.group("head")), typ)
        cand.aliases.append(stem)
        sec = SECTION_RE.match(work, he)
        if sec and not sec.group("open") and "至" in sec.group("sec") and section_ok(sec.group("sec")):
            # "达成线甲至乙段": the section of the line is the item, the line is named with it
            cand.implied = True
            part = Cand(start, sec.end(), cand.name + sec.group("sec") + "段", typ, part_of=cand.name)
            part.places = split_places(sec.group("sec"))
            out += [cand, part]
        else:
            out.append(cand)
    return out


@functools.lru_cache(maxsize=1 << 12)
def reads_as_line(stem: str) -> bool:
    """Return whether a stem of two or three characters reads as places, each near the next, that name a line.

    Not a place's own name (乐山, 阆中: read as 乐山–山南), not only provinces (川渝: a region pair), no generic word.
    Kept per stem: asked before every 线 of a text and for each item of a plan's list, the same few stems.
    """
    if not 2 <= len(stem) <= 3 or not re.fullmatch(f"[{CJK}]+", stem) or stem in lx.PLACE_SET \
            or MULTI_GENERIC_RE.search(stem):
        return False
    # Imported here: the gazetteer is heavy and only a compact stem needs it.
    from geo.places import Level, load, read_compact

    reading = read_compact(stem, load(), ())
    return len(reading.places) == len(stem) and not all(p.level is Level.PROVINCE for p in reading.places)


def _kind_named(work: str, stem: str) -> EntityType | None:
    """Return the kind of the line the document names by the same stem with a line word ("京昆高速"), if any."""
    for at in re.finditer(re.escape(stem), work):
        head = HEAD_RE.match(work, at.end())
        kind = head_type(head) if head else None
        if kind in (EntityType.HIGHWAY, EntityType.RAILWAY):
            return kind
    return None


def _kind_near(work: str, start: int, end: int) -> EntityType | None:
    """Return the kind of the line word nearest a compact name in its sentence, if any ("高速公路新通道 甲乙线")."""
    lo = max(0, start - _KIND_REACH, *(s.end() for s in SENTENCE_BREAK.finditer(work, max(0, start - _KIND_REACH), start)))
    stop = SENTENCE_BREAK.search(work, end, end + _KIND_REACH)
    hi = stop.start() if stop else min(len(work), end + _KIND_REACH)
    near = [(min(abs(h.start() - end), abs(start - h.end())), head_type(h))
            for h in HEAD_RE.finditer(work, lo, hi) if not start <= h.start() < end]
    kinds = [(d, t) for d, t in near if t in (EntityType.HIGHWAY, EntityType.RAILWAY)]
    return min(kinds, key=lambda k: k[0])[1] if kinds else None
