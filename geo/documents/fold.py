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
"""

from __future__ import annotations

from functools import cache

from geo import settings

#: The traditional → simplified character table (language data, not region knowledge).
TABLE_PATH = settings.ROOT / "data" / "language" / "t2s.tsv"


@cache
def _table() -> dict[int, str]:
    out: dict[int, str] = {}
    with TABLE_PATH.open(encoding="utf-8") as fh:
        next(fh)  # header
        for line in fh:
            trad, _, simp = line.rstrip("\n").partition("\t")
            if len(trad) == 1 and len(simp) == 1:
                out[ord(trad)] = simp
    for i in range(10):
        out[0xFF10 + i] = chr(0x30 + i)
    for i in range(26):
        out[0xFF21 + i] = chr(0x41 + i)
        out[0xFF41 + i] = chr(0x61 + i)
    return out


@cache
def _folded_chars() -> frozenset[str]:
    return frozenset(chr(c) for c in _table())


def fold(text: str) -> str:
    """Return ``text`` with each traditional-only character replaced by its simplified form and
    each full-width digit or Latin letter by its ASCII form.

    The result has the same length as ``text``; a text without such characters is returned as is.
    """
    if _folded_chars().isdisjoint(text):
        return text  # a set test is about ten times faster than a regex class of 4,000 characters
    return text.translate(_table())
