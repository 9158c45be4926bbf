"""A section of a city's numbered ring expressway written by its short name, without a head (issue 11 item 1):
"二绕东段", "甲市三绕北段", "第二绕城西段", and a city's bypass by its city ("甲市绕城南段")."""

from __future__ import annotations

import re

from geo.extract.patterns import Cand, place_re
from geo.model import EntityType

#: The ring's number (the second ring of expressways and further out: 二绕 is 第二绕城高速), maybe with 城, or a
#: city's bypass (绕城, only after the city's name), then the side of the section and 段. Sides counted together
#: ("三绕东西两段") name no one section.
_RING_SECTION_RE = re.compile("(?P<ring>第?[二三四]绕城?|绕城)(?P<side>[东西南北]{1,2})段")


def ring_sections(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Return the sections of numbered ring expressways named by their short name ("二绕东段", "X市三绕北段"), and of a
    city's bypass named by its city ("X市绕城南段").

    A place written right before the ring is the ring's city and part of the name ("甲市三绕东段"); a bypass without
    its number needs it ("绕城南段" alone may be any city's). A section
    another reading already took (a list sharing a head, "甲、乙二绕东北段等高速") is left to it.
    """
    out: list[Cand] = []
    for m in _RING_SECTION_RE.finditer(work):
        s, e = m.start(), m.end()
        city = next((p for p in place_re().finditer(work, max(0, s - 6), s) if p.end() == s), None)
        if city is not None:
            s = city.start()
        elif m.group("ring") == "绕城":
            continue
        if any(a < e and s < b for a, b in taken):
            continue
        out.append(Cand(s, e, work[s:e], EntityType.HIGHWAY))
    return out
