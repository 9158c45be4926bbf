"""Lines listed by their short names after 包括 in the sentence that counts their kind ("这6条高速公路…还包括A、B、C"):
each item is a line of that kind (:func:`counted_lists`), unless one item is no short name or all are places.

Run by :func:`geo.extract.names.candidates.find_candidates`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.patterns import (
    CJK,
    GENERIC_RE,
    HEAD_RE,
    SENTENCE_BREAK,
    Cand,
    inside_span,
    place_re,
)
from geo.model import EntityType

#: A count of lines of one kind, then in the same sentence the list of their short names after
#: 包括 / 分别为: "这6条高速公路,除X高速外,还包括A、B、C,共计1000公里" (each item takes the head).
_COUNTED_HEAD_RE = re.compile(
    lx.COUNT_NUMBER + r"条(?P<head>高速公路|高速铁路|高速|高铁|铁路|城际铁路)"
)
_COUNTED_LIST_RE = re.compile(rf"(?:包括|分别为|分别是)(?P<items>[{CJK}]{{2,4}}(?:、[{CJK}]{{2,4}})+)(?=[,，。;；等])")
_ITEM_NOT_RE = re.compile(rf"[{lx.ADMIN_SUFFIX}]$|[段线路]$")


def counted_lists(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Short names listed after 包括 in the sentence that counts their kind: each is a line of that kind.

    Items are two to four characters with no head of their own, no place's suffix and not only
    generic words; one failing item drops the whole list (it is not a list of lines), and so do
    items that are all places.
    """
    out: list[Cand] = []
    for m in _COUNTED_HEAD_RE.finditer(work):
        end = SENTENCE_BREAK.search(work, m.end())
        stop = end.end() if end else len(work)
        lst = _COUNTED_LIST_RE.search(work, m.end(), stop)
        if lst is None:
            continue
        head = m.group("head")
        typ = EntityType.HIGHWAY if "公路" in head or head == "高速" else EntityType.RAILWAY
        items, pos = [], lst.start("items")
        for item in lst.group("items").split("、"):
            s = work.index(item, pos)
            pos = s + len(item)
            if (HEAD_RE.search(item) or _ITEM_NOT_RE.search(item) or GENERIC_RE.fullmatch(item)
                    or place_re().fullmatch(item) and len(item) > 2 or inside_span(taken, s, pos)):
                items = []
                break
            cand = Cand(s, pos, item + head, typ)
            cand.aliases.append(item)
            items.append(cand)
        if all(place_re().fullmatch(c.aliases[0]) for c in items):
            continue  # "3条铁路包括重庆、成都": the places the lines serve, not their names
        out.extend(items)
    return out
