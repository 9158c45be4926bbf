"""geo.documents.decode.plausibility: the share of ordinary characters, counted without a Python loop (issue 16).

Checked against the definition written as the loop it replaced, on invented text of each
kind a decoder meets and on every boundary of the character ranges.
"""

from __future__ import annotations

import pytest

from geo.documents.decode import plausibility


def _reference(text: str, *, unicode: bool = False) -> float:
    """The definition, one character at a time."""
    if not text:
        return 1.0
    good = 0
    for ch in text:
        o = ord(ch)
        if (32 <= o < 127) or ch in "\n\r\t\f" or 0x4E00 <= o <= 0x9FFF:
            good += 1
        elif o < 0xA0 or 0xE000 <= o < 0xF900 or o == 0xFFFD or 0xF0000 <= o:
            continue
        elif unicode or (
            0xA0 <= o < 0x250 or 0x2000 <= o < 0x2700 or 0x3000 <= o < 0x3100
            or 0x3400 <= o < 0x4DC0 or 0xFF00 <= o < 0xFFF0 or ch == "\ufeff"
        ):
            good += 1
    return good / len(text)


#: Boundaries of every range the definition names, and a step either side.
_EDGES = [0x00, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x1F, 0x20, 0x7E, 0x7F, 0x9F, 0xA0, 0x24F, 0x250,
          0x1FFF, 0x2000, 0x26FF, 0x2700, 0x2FFF, 0x3000, 0x30FF, 0x3100, 0x33FF, 0x3400, 0x4DBF, 0x4DC0, 0x4DFF,
          0x4E00, 0x9FFF, 0xA000, 0xDFFF + 1, 0xE000, 0xF8FF, 0xF900, 0xFEFE, 0xFEFF, 0xFF00, 0xFFEF, 0xFFF0,
          0xFFFC, 0xFFFD, 0xFFFE, 0x10000, 0x20000, 0xEFFFF, 0xF0000, 0x10FFFF]

CASES = [
    "",
    "綦江区人民政府关于印发《2024年重点项目》的通知\n一、加快建设渝贵高铁，力争2025年建成通车。",
    "Ｇ５５１５线（全角）…「引号」——破折号；Café、naïve ±5 km²",
    "乱码ÃƒÂ¤Ã¶ æ\x81\x90 mojibake from a wrong code page",
    "\x00\x01binary\x7f\x85 with controls\x0b and \ufffd\ufffd replacements",
    "private use \ue000\uf8ff and planes \U000f0000\U0010fffd",
    "ハングル한국어 and ĀāŁł and Ωω and 𠀀 outside the basic plane",
    "\ufeff byte order mark at the start",
    "".join(map(chr, _EDGES[:32])) + "".join(map(chr, [c for c in _EDGES[32:] if not 0xD800 <= c < 0xE000])),
]


@pytest.mark.parametrize("unicode", [False, True])
@pytest.mark.parametrize("text", CASES)
def test_matches_the_definition(text: str, unicode: bool) -> None:
    assert plausibility(text, unicode=unicode) == _reference(text, unicode=unicode)


@pytest.mark.parametrize("code", [c for c in _EDGES if not 0xD800 <= c < 0xE000])
@pytest.mark.parametrize("unicode", [False, True])
def test_each_boundary_character(code: int, unicode: bool) -> None:
    assert plausibility(chr(code), unicode=unicode) == _reference(chr(code), unicode=unicode)
