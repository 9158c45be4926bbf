"""Fold traditional Chinese characters to simplified ones, and full-width digits and Latin letters
to ASCII, character for character.

A document copied from a traditional-character site ("渝黔高速公路擴能項目") is read through its
simplified form, so the extraction's vocabulary, the place lexicon and the gazetteer (all simplified)
apply to it; what a person is shown (evidence quotes, mention text) stays as written
(``SourceText.shown``). The table (``data/language/t2s.tsv``, from OpenCC, see its README) holds
only characters that never occur in simplified text, each mapped to one character: folding a
simplified text changes nothing and every text keeps its length, so offsets stay valid.
Full-width digits and letters ("２０２５年", "Ｇ７５") are read as ASCII for the same reason (years,
route codes); full-width punctuation (，：（）) is the Chinese norm and stays.

A text *written in traditional characters* (at least :data:`TRADITIONAL_MIN` traditional-only
characters, making up :data:`TRADITIONAL_SHARE` of its Chinese characters) also has the few
characters folded that simplified text uses too (後, 於, 徵…; ``data/language/t2s_in_traditional.tsv``):
there "建成後" is 建成后 and "位於" 位于, where in a simplified text the same characters stay as written.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from geo import settings

#: The traditional → simplified character table (language data, not region knowledge).
TABLE_PATH = settings.ROOT / "data" / "language" / "t2s.tsv"
#: Characters outside simplified text that traditional text misuses for another one (陜 typed for 陝),
#: which OpenCC does not map; folded like the table's (a third tab-separated column says why).
MISUSED_PATH = settings.ROOT / "data" / "language" / "t2s_misused.tsv"
#: Characters folded only in a text written in traditional characters.
IN_TRADITIONAL_PATH = settings.ROOT / "data" / "language" / "t2s_in_traditional.tsv"
#: A text is written in traditional characters when it holds at least this many traditional-only
#: characters …
TRADITIONAL_MIN = 10
#: … making up at least this share of its Chinese characters (a simplified text naming a
#: traditional shop sign or 龍 in a name stays simplified; a traditional text is 15–30 % such characters).
TRADITIONAL_SHARE = 0.05


@cache
def _read(path: Path) -> dict[int, str]:
    """Return a table file as ``str.translate`` mapping; read once per process (callers copy before adding)."""
    out: dict[int, str] = {}
    with path.open(encoding="utf-8") as fh:
        next(fh)  # header
        for line in fh:
            trad, _, simp = line.rstrip("\n").partition("\t")
            simp = simp.partition("\t")[0]
            if len(trad) == 1 and len(simp) == 1:
                out[ord(trad)] = simp
    return out


@cache
def _table() -> dict[int, str]:
    out = _read(TABLE_PATH) | _read(MISUSED_PATH)
    for i in range(10):
        out[0xFF10 + i] = chr(0x30 + i)
    for i in range(26):
        out[0xFF21 + i] = chr(0x41 + i)
        out[0xFF41 + i] = chr(0x61 + i)
    return out


@cache
def _traditional_table() -> dict[int, str]:
    return _table() | _read(IN_TRADITIONAL_PATH)


@cache
def _traditional_only() -> frozenset[str]:
    return frozenset(chr(c) for c in _read(TABLE_PATH) | _read(MISUSED_PATH))


@cache
def _folded_chars() -> frozenset[str]:
    return frozenset(chr(c) for c in _table())


def fold(text: str) -> str:
    """Return ``text`` with each traditional-only character replaced by its simplified form and
    each full-width digit or Latin letter by its ASCII form; in a text written in traditional
    characters, the characters simplified text shares with it too (see the module's docstring).

    The result has the same length as ``text``; a text without such characters is returned as is.
    """
    if _folded_chars().isdisjoint(text):
        return text  # a set test is about ten times faster than a regex class of 4,000 characters
    return text.translate(_traditional_table() if is_traditional(text) else _table())


def is_traditional(text: str) -> bool:
    """Return whether ``text`` is written in traditional characters (:data:`TRADITIONAL_MIN`, :data:`TRADITIONAL_SHARE`)."""
    only = _traditional_only()
    trad = sum(1 for c in text if c in only)
    if trad < TRADITIONAL_MIN:
        return False
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return trad >= TRADITIONAL_SHARE * cjk
