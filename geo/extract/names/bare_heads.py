"""Lists of names closed by a bare generic head (枢纽, 干线) that take their kind from the paragraph (issue 11 item 1).

A bare 枢纽 or 干线 names no kind on its own (a navigation dam, a rail hub, a trunk railway or road): "加快建成甲、乙
枢纽" under a heading on shipping names two navigation dams, "位于甲、乙两大干线间" beside railways two trunk
railways. The list's items are named with the bare head as written ("甲枢纽"), typed by the one kind the nearest
context gives: the list's own words ("岷江航电甲和乙枢纽"), then its items named elsewhere in the document with
their kind ("甲航电枢纽" earlier), then the paragraph, then the paragraph's heading. A context naming two kinds (a
paragraph on rail and shipping) gives no item, and so does a context naming none. A list of places alone ("甲市、
乙县等枢纽", "甲、乙、丙三大干线" where each is a city or a county) names the places' roles as hubs or the lines
through them, no works.
"""

from __future__ import annotations

import re

from geo.extract.names.count_lists import COUNT_TAIL_RE
from geo.extract.names.list_items import list_items
from geo.extract.names.place_words import places_alone
from geo.extract.names.projects import paragraph_end, paragraph_start
from geo.extract.patterns import CJK, Cand, inside_span
from geo.model import EntityType

T = EntityType

#: The words of kind a bare head takes its kind from, per head: the works of shipping, of water or of rail for a
#: hub; rail, road or shipping for a trunk line.
_KIND_WORDS: dict[str, tuple[tuple[str, EntityType], ...]] = {
    "枢纽": (("航电", T.WATERWAY), ("航运", T.WATERWAY), ("航道", T.WATERWAY), ("船闸", T.WATERWAY),
             ("通航", T.WATERWAY), ("水利", T.WATER), ("铁路", T.RAIL_STATION), ("高铁", T.RAIL_STATION)),
    "干线": (("铁路", T.RAILWAY), ("高铁", T.RAILWAY), ("公路", T.HIGHWAY), ("高速", T.HIGHWAY),
             ("航道", T.WATERWAY), ("航运", T.WATERWAY)),
}

#: Words of kind right before a head that make it no bare head ("甲江、乙江6个航电枢纽" is counted works of a kind).
_KINDED = sorted({w for words in _KIND_WORDS.values() for w, _t in words} | {"交通", "物流", "客运", "货运"})

#: A bare head closing a list, maybe after 等 or a count ("甲、乙枢纽", "甲、乙四大枢纽", "甲和乙等干线"), right
#: after a name's character; the head ends the noun, before a verb or an adverb of the works (not "枢纽城市",
#: "干线公路", "枢纽互通": other nouns).
_BARE_HEAD_RE = re.compile(
    rf"(?<=[{CJK}])(?<!{'|'.join(_KINDED)})(?P<deng>等)?(?P<count>{COUNT_TAIL_RE.pattern})?(?P<head>枢纽|干线)"
    rf"(?=[^{CJK}]|$|建设|建成|改造|工程|项目|开工|完工|间|之间|如|相继|同步|均|已|将)"
)

#: A bullet opening a line of a list under a heading ("· 加快建成…").
_BULLET_RE = re.compile(r"\s*[·•●○▪◆■\-—]")

#: The longest line read as a heading.
_HEADING_MAX = 30


def bare_head_lists(work: str, taken: list[tuple[int, int]], group: int) -> list[Cand]:
    """Return the items of lists closed by a bare 枢纽 or 干线, typed by the one kind their context gives.

    Parameters
    ----------
    work : str
        The work text of a document.
    taken : list of (int, int)
        Spans already given to other candidates; a head or an item inside one is skipped.
    group : int
        The first free list group number; each list gets its own.

    Returns
    -------
    list of Cand
        One candidate per item of a list of two items at least, named with the bare head.
    """
    out: list[Cand] = []
    for m in _BARE_HEAD_RE.finditer(work):
        hs = m.start("head")
        if inside_span(taken, hs, m.end()):
            continue
        pos = m.start()
        items = [c for c in list_items(work, pos, m.group("head"), T.OTHER_FACILITY, group, shared=True)
                 if not inside_span(taken, c.start, c.end)]
        if len(items) < 2 or all(places_alone(work[c.start : c.end]) for c in items):
            continue  # a list of places alone ("甲市、乙县等枢纽"): the places' roles, no works
        typ = _kind(work, items, m.group("head"), hs)
        if typ is None:
            continue
        for c in items:
            c.type = typ
        # an item the document names elsewhere with its kind ("甲航电枢纽") is found there, under that name
        out.extend(c for c in items if not _named_elsewhere(work, work[c.start : c.end], m.group("head"), pos, hs))
        group += 1
    return out


def _kind(work: str, items: list[Cand], head: str, hs: int) -> EntityType | None:
    """Return the one kind the nearest context of a list gives its bare ``head``, or None (none, or two)."""
    first, last = items[0].start, items[-1].end
    elsewhere = "".join(_named_elsewhere(work, work[c.start : c.end], head, first, hs) for c in items)
    para = paragraph_start(work, first)
    contexts = (work[first:last], elsewhere, work[para:paragraph_end(work, hs)], _heading(work, para))
    for text in contexts:
        kinds = {t for w, t in _KIND_WORDS[head] if w in text}
        if kinds:
            return kinds.pop() if len(kinds) == 1 else None
    return None


def _named_elsewhere(work: str, item: str, head: str, lo: int, hi: int) -> str:
    """Return the words of kind written between ``item`` and ``head`` where the document names the item with its
    kind outside the list ``work[lo:hi]`` ("甲航电枢纽" → 航电)."""
    found = re.finditer(rf"{re.escape(item)}(?P<kind>[{CJK}]{{1,4}}?){head}", work)
    return "".join(f.group("kind") for f in found if f.end() <= lo or f.start() >= hi)


def _heading(work: str, para: int) -> str:
    """Return the heading of the paragraph starting at ``para``: the nearest line before it that is no bullet
    of the same list, when it is short and ends no sentence ("加快建设X航运中心"), else ""."""
    lines = work[:para].split("\n")
    for line in reversed(lines):
        text = line.strip()
        if not text or _BULLET_RE.match(text):
            continue
        if len(text) <= _HEADING_MAX and not re.search(r"[。;；!！?？,，]$", text):
            return text
        return ""
    return ""
