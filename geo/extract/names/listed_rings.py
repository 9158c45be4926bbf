"""Read a ring line named by its side alone and listed among lines ("甲乙、丙丁、东环线等铁路", "3号线、5号线和环线"):
a city's rail or road ring written 环线 or a side + 环线, right beside a line another reading took (issue #11 item 1).

Alone, "东环线" or "环线" is too bare to name an item (a tour's loop, a bus route, a ring of a plan's grid); listed
among lines, it is the ring of the network the list counts, of its neighbour's kind. Not a ring of a tour or a bus
("1路、环线公交"), nor one beside another kind of item (a power line, a place).
"""

from __future__ import annotations

import re

from geo.extract.patterns import Cand, inside_span
from geo.model import EntityType

#: A ring by its side alone, not a word 线 opens (线路, 线网…) nor a ring of a bus or tour ("环线公交", "环线游").
_RING = r"(?P<ring>[东南西北内外]?环线)(?![路上下内外性网段铁公高轨巴车游旅专班])"
#: A ring listed right after a line: the list's separator, then the ring.
_AFTER_RE = re.compile(r"[、和及与]" + _RING)
#: A ring listed right before a line: the ring, then the list's separator, after a separator or the clause's lead.
_BEFORE_RE = re.compile(r"(?<=[、,，:：有括])" + _RING + r"[、和及与]$")

#: The kinds of lines a listed ring joins.
_LINE_KINDS = frozenset({EntityType.RAILWAY, EntityType.HIGHWAY})


def listed_rings(work: str, cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Return the rings named by their side alone listed right beside a railway or highway of ``cands``, each of
    its neighbour's kind, in text order (one per span)."""
    spans = [*taken, *((c.start, c.end) for c in cands)]
    found: dict[tuple[int, int], Cand] = {}
    for c in cands:
        if c.type not in _LINE_KINDS or c.implied:
            continue
        after = _AFTER_RE.match(work, c.end)
        before = _BEFORE_RE.search(work, max(0, c.start - 5), c.start)
        for m in (after, before):
            if m is None:
                continue
            s, e = m.span("ring")
            if not inside_span(spans, s, e) and (s, e) not in found:
                found[(s, e)] = Cand(s, e, m.group("ring"), c.type)
    return [found[k] for k in sorted(found)]
